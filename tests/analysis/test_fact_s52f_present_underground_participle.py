"""A count of people with a participle phrase of being below the ground and a verb of its own after
it is the people underground at the time (s51-fx1's leftover of review s51-rv F12, round s52-f:
"Officials said 23 people still working underground were safe" was no longer read once a form of
"be" was needed before the place). The leftover's sentence and two variants of my own; the mine's
workforce ("has about 410 people working underground") stays apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

_OTHER = "Twenty-three workers were underground on Friday morning."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # found (s51-fx1.md, "left undone", F12)
        ("Officials said 23 people still working underground were safe.", "23"),
        # variants of my own
        ("Police said the 23 men working below ground are unhurt.", "23"),
        ("Rescuers said 23 miners still working in the mine have been found alive.", "23"),
    ],
)
def test_a_participle_phrase_then_the_counts_verb_is_people_underground(text: str, value: str) -> None:
    rows = {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(text, _OTHER)}
    assert rows.get("people underground") == [("a", value), ("b", "23")], rows


def test_a_workforce_working_underground_stays_apart() -> None:
    rows = {
        f.label: sorted((v.doc, value_text(v)) for v in f.values)
        for f in sheet("The mine has about 410 people working underground.", _OTHER)
    }
    assert rows.get("people underground") == [("b", "23")], rows
