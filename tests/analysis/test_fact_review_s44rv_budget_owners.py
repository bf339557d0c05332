"""A budget's owner is its whole name (review s44-rv finding 8; facts/budgets.py, grouping.owner_words):
"the fire service budget" and "the library service budget" were one owner, "service", a row in
disagreement, as two departments' and two councils' budgets were. Two owners are two rows; one
owner named two ways ("the council" of a story of one council, "libraries" and "the library
service") is one row, whose values that differ still disagree."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _budgets(*texts: str) -> list[tuple[str, list[str]]]:
    """(status, [doc]) of each budget row, in the sheet's order."""
    return [(f.status, [v.doc for v in f.values]) for f in sheet(*texts) if f.values[0].measure == "budget"]


@pytest.mark.parametrize(
    "texts",
    [
        ("The fire service budget is £48m.", "The library service budget is £6m."),  # reported (p5.py)
        ("The education department's budget is £400m.", "The health department's budget is £900m."),
        ("Valeshire County Council set a budget of £1.4bn.", "Harbourton City Council set a budget of £600m."),
    ],
)
def test_two_owners_budgets_are_two_rows(texts: tuple[str, str]) -> None:
    assert _budgets(*texts) == [("single source", ["a"]), ("single source", ["b"])]


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The library service's budget is £6m.",
            "Libraries will have a budget of £7m.",
        ),  # reported (p4.py), values mine
        ("Northshire County Council set a budget of £1.2bn.", "The council's budget of £1.3bn was approved."),
        ("The ambulance service's budget will be £52m.", "The service's budget will be £55m, the trust said."),
    ],
)
def test_one_owner_named_two_ways_is_one_row(texts: tuple[str, str]) -> None:
    assert _budgets(*texts) == [("disagree", ["a", "b"])]
