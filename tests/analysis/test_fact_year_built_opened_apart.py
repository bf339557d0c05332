"""A structure built in one year and opened in another is two facts, never one row in
disagreement (review s48-rv finding 1, round s48-fx1): round s48-f joined every opening year of a
structure to its year built, so "built in 1966 and opened in 1968" was one row *year built/opened*
disagreeing with itself. The rule (facts/structure_years.py): an opening year joins the building
year only when no source gives the structure a building or completion year other than it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, tuple[dict[str, list[int]], bool]]:
    rows: dict[str, tuple[dict[str, list[int]], bool]] = {}
    for f in sheet(*texts):
        if f.values[0].kind != "year":
            continue
        docs: dict[str, list[int]] = {}
        for v in f.values:
            docs.setdefault(v.doc, []).append(int(v.value))
        rows[f.label] = ({d: sorted(y) for d, y in docs.items()}, f.agree)
    return rows


@pytest.mark.parametrize(
    ("texts", "built", "opened", "opened_label"),
    [
        # reported: one outlet gives both years, another the opening alone
        (
            (
                "The Harlow bridge was built in 1966 and opened in 1968. The bridge carries 40,000 cars a day.",
                "The Harlow bridge opened in 1968, engineers recalled on Monday.",
            ),
            {"a": [1966]},
            {"a": [1968], "b": [1968]},
            "year of opening",
        ),
        # reported: one article alone, completed and inaugurated
        (
            ("The national stadium was completed in 2003 and inaugurated in 2004.",),
            {"a": [2003]},
            {"a": [2004]},
            "year of inaugurating",
        ),
        # variant of my own: a dam, the two years in two sentences, another outlet the build alone
        (
            (
                "Work on the Kessel dam was finished in 1958. The dam opened to the public in 1961, the utility said.",
                "The Kessel dam was constructed in 1958 by a Swiss firm.",
            ),
            {"a": [1958], "b": [1958]},
            {"a": [1961]},
            "year of opening",
        ),
        # variant of my own: two outlets whose years differ by their wording (no contradiction)
        (
            (
                "The Marlow tunnel was completed in 1974, the council said.",
                "The Marlow tunnel was opened to traffic in 1976.",
            ),
            {"a": [1974]},
            {"b": [1976]},
            "year of opening",
        ),
    ],
)
def test_built_and_opened_in_different_years_are_two_facts(
    texts: tuple[str, ...], built: dict[str, list[int]], opened: dict[str, list[int]], opened_label: str
) -> None:
    rows = _rows(*texts)
    assert "year built/opened" not in rows, rows
    assert rows["year built"] == (built, True), rows
    assert rows[opened_label] == (opened, True), rows


def test_one_year_told_both_ways_stays_one_row() -> None:
    """Round s48-f's join kept: the same year built and opened, across outlets, one row."""
    rows = _rows(
        "The Harlow bridge was built in 1968, the wire reported.",
        "The Harlow bridge, opened in 1968, was closed on Monday.",
        "The Harlow bridge was built and opened in 1968.",
    )
    assert rows["year built/opened"][1] is True, rows
    assert set(rows["year built/opened"][0]) == {"a", "b", "c"}, rows
