"""A family's or household's size ("a family of four had been evacuated", "A family of six remained
unaccounted for", "A family of nine lost their home") is no count of the people evacuated, missing
or displaced (t13p F4, round s29-i): it made the AFP article's 4 people evacuated disagree with
4,500, and Reuters' 6 missing disagree with its own 20."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "label", "want"),
    [
        # reported (t13p's AFP, Reuters and Lima government texts)
        (
            "About 4,500 people were evacuated, officials said. The boy's family of four had been evacuated to a school.",
            "people evacuated",
            ["about 4,500"],
        ),
        (
            "At least 20 people were missing, officials said. A family of six remained unaccounted for.",
            "people missing",
            ["at least 20"],
        ),
        # variants of my own: a household, other verbs and numbers
        (
            "Some 300 people were evacuated from the valley. A household of five was evacuated by helicopter.",
            "people evacuated",
            ["some 300"],
        ),
        (
            "Twelve people are missing after the landslide. A family of three is also missing, neighbours said.",
            "people missing",
            ["12"],
        ),
    ],
)
def test_a_family_size_is_no_count(text: str, label: str, want: list[str]) -> None:
    facts = sheet(text)
    [fact] = [f for f in facts if f.label == label]
    assert [value_text(v) for v in fact.values] == want


def test_a_family_of_nine_displaced_is_no_fact() -> None:
    # reported (17_lima_gov): the lone family size made a fact of its own
    facts = sheet("A family of nine lost their home when the river rose, the mayor said.")
    assert [f.label for f in facts if f.label.startswith("people")] == []
