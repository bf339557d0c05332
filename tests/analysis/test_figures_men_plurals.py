"""A plural in "-men" is what a number counts (issue #16, session 26 probe of an invented
typhoon). Found: the local paper's "Three fishermen from Barangay Punta remain missing" counted
nothing ("fishermen" has no plural -s), so the three fishermen were three *people* missing, in
disagreement with the council's five missing persons."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # found (Casilang Courier)
        ("Three fishermen from Barangay Punta remain missing.", "fishermen"),
        # variants of my own
        ("Linemen from three provinces joined 40 linemen from the city.", "linemen"),
        ("Police said two gunmen fled in a van.", "gunmen"),
    ],
)
def test_a_men_plural_is_the_counted_noun(text: str, noun: str) -> None:
    counts = [f for f in figures_of(text) if f.kind == "count" and f.value > 1]
    assert counts and counts[-1].noun == noun, counts


def test_a_singular_in_men_counts_nothing() -> None:
    [fig] = [f for f in figures_of("The museum keeps 12 specimen jars.") if f.kind == "count"]
    assert fig.noun == "specimen jars"
    [fig] = [f for f in figures_of("He had 3 abdomen scans.") if f.kind == "count"]
    assert fig.noun == "abdomen scans"


def test_fishermen_missing_are_not_compared_with_people_missing() -> None:
    facts = sheet("Three fishermen from Barangay Punta remain missing.", "Five people are missing, officials said.")
    row = [f for f in facts if f.label == "people missing"]
    assert len(row) == 1 and row[0].status == "not compared", [(f.label, f.status) for f in facts]
