"""Rows labelled by what their figures measure and what of, in their own clauses' words (issue #16,
s40-x1 item 1). Before: a duration or a year naming no measure was labelled by its kind alone and
told apart by a stray word of its sentence ("duration: government", "duration: units", "year"), and
a share price's move of a name's possessed thing by the phrase's last word ("change in unit")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _labels(text: str, kind: str) -> list[str]:
    return [f.label for f in sheet(text) if f.values[0].kind == kind]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (the garment-fire corpus: explainer, Dhaka Ledger)
        (
            "The government has formed a five-member probe committee, which must report within 15 days.",
            "days within which the five-member probe committee must report",
        ),
        (
            "Firefighters battled the blaze for nine hours with 22 units before bringing it under control.",
            "hours firefighters battled the blaze",
        ),
        # variants of my own
        ("The strike lasted 12 days.", "days the strike lasted"),
        ("The walkout by dock workers lasted for 12 days, the union said.", "days the walkout by dock workers lasted"),
    ],
)
def test_a_duration_is_labelled_by_its_clause(text: str, label: str) -> None:
    assert _labels(text, "duration") == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (the company's statement)
        (
            "The facility passed its most recent fire-safety audit in November 2025.",
            "year of the most recent fire-safety audit",
        ),
        # variants of my own
        ("The last safety audit of the mine was in 2019.", "year of the last safety audit of the mine"),
        ("The mine's last safety audit took place in 2021.", "year of the mine's last safety audit"),
    ],
)
def test_a_year_of_no_event_is_labelled_by_its_clause(text: str, label: str) -> None:
    assert _labels(text, "year") == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (Reuters, the ticker in the clause)
        (
            "Shares of Orvane Group's listed unit <ORVN.DH> fell 8.5% in Dhaka on Wednesday.",
            "change in shares of Orvane Group's listed unit",
        ),
        # variants of my own
        ("Shares of Orvane Group's unit fell 8.5% in Dhaka.", "change in shares of Orvane Group's unit"),
        ("Shares in Nordvik's mining arm rose 3%.", "change in shares of Nordvik's mining arm"),
    ],
)
def test_shares_of_a_names_possessed_thing_are_its_shares(text: str, label: str) -> None:
    assert _labels(text, "percent") == [label]


def test_a_parents_shares_and_its_units_are_never_compared() -> None:
    facts = sheet(
        "Shares of Orvane Group fell 8.5% in Dhaka.", "Shares of Orvane Group's listed unit fell 6% in Dhaka."
    )
    assert sorted(f.status for f in facts) == ["single source", "single source"], [(f.label, f.status) for f in facts]
