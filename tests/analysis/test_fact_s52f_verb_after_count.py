"""A verb after a count is not its noun (t13au N14, round s52-f): "The Associated Press figure of five
dead appears to count a contractor …" made a fact "appears killed" (the recogniser took "dead
appears" as the counted noun). The reported sentence and two variants of my own (a linking verb
after a noun counted without "-s", a verb of showing after a participle): the figure's noun ends
at the count's head and no label holds the verb; a plural noun after a counted adjective is still
the counted noun."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import find_figures


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        # found (t13au N14, blog/miner-notes.md)
        (
            "The Associated Press figure of five dead appears to count a contractor who died in hospital in Perth.",
            "dead",
            "appears",
        ),
        # variants of my own
        ("The official tally of 12 people seems low to the union.", "people", "seems"),
        ("A police count of 40 injured suggests the crowd was larger.", "injured", "suggests"),
    ],
)
def test_a_verb_after_a_count_is_not_its_noun(text: str, noun: str, verb: str) -> None:
    counts = [f for f in find_figures(text) if f.kind == "count"]
    assert [f.noun for f in counts] == [noun], counts
    labels = [f.label for f in sheet(text, "Four workers were killed in the collapse.")]
    assert not any(verb in label for label in labels), labels


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Three injured miners were flown to Perth.", "injured miners"),
        ("Five dead soldiers were found.", "dead soldiers"),
    ],
)
def test_a_noun_after_a_counted_adjective_is_still_counted(text: str, noun: str) -> None:
    assert [f.noun for f in find_figures(text) if f.kind == "count"] == [noun]
