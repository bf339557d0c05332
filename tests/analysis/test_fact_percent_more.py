"""A percentage before "more", "less" or "fewer" and a noun is a change in that noun (issue #16,
session 26 probe of an invented typhoon). Found: the explainer's "each degree of warming lets the air
hold about 7 percent more moisture" was labelled "air hold", the words before it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # found (The Monsoon Review)
        ("Each degree of warming lets the air hold about 7 percent more moisture.", "change in moisture"),
        # variants of my own
        ("The new engines burn 12% less fuel.", "change in fuel"),
        ("Shops sold 30 per cent fewer umbrellas this summer.", "change in umbrellas"),
    ],
)
def test_a_percentage_more_or_less_of_a_noun_is_its_change(text: str, label: str) -> None:
    labels = [f.label for f in sheet(text) if f.values[0].kind == "percent"]
    assert labels == [label], labels


def test_changes_in_two_nouns_are_never_compared() -> None:
    facts = sheet("The engines burn 12% less fuel.", "The engines need 15% less oil.")
    rows = [(f.label, f.status, [value_text(v) for v in f.values]) for f in facts]
    assert sorted(r[:2] for r in rows) == [("change in fuel", "single source"), ("change in oil", "single source")], (
        rows
    )


def test_more_than_is_no_noun() -> None:
    labels = [f.label for f in sheet("Turnout was 5 percent more than in 2019.") if f.values[0].kind == "percent"]
    assert labels == ["turnout"], labels
