"""A value its clause says was rejected is its article's earlier one where the article gives another
of its measure (issue #16, t13al-r S1): "Nurses … voted to strike after rejecting a 3% pay offer.
Management then offered 4.5%" put one article on both sides of the row's arrow, "3% → 4.5%" in
disagreement, though the README says an article has one value, the latest. The reported text
first, then two variants; a rejected offer alone stays its article's value."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("text", "first", "latest"),
    [
        (
            "NORTHFIELD, Sept 8 - Nurses at Northfield General Hospital voted on Tuesday to strike after "
            "rejecting a 3% pay offer. Management then offered 4.5%, the Royal College of Nursing (RCN) said.",
            3.0,
            4.5,
        ),
        (
            "Porters at Kelvin Docks walked out after a 2% pay offer was turned down. The port then offered 3.5%.",
            2.0,
            3.5,
        ),
        (
            "Cleaners at the Orrin Hotel group refused a 5% pay offer in June. The group has since offered 6%.",
            5.0,
            6.0,
        ),
    ],
    ids=["reported", "turned-down", "refused"],
)
def test_a_rejected_offer_is_the_earlier_one(text: str, first: float, latest: float) -> None:
    (row,) = [f for f in sheet(text) if f.label.startswith("pay rise offered")]
    assert [float(v.value) for v in row.values] == [latest]
    assert [float(e.value) for e in row.values[0].earlier] == [first]
    assert row.status != "disagree"


def test_a_rejected_offer_alone_is_the_articles_value() -> None:
    # (a guard: "Nurses walked out after a 4.5% offer was turned down" has no other offer)
    (row,) = [f for f in sheet("Nurses walked out after a 4.5% pay offer was turned down.") if "offer" in f.label]
    assert [float(v.value) for v in row.values] == [4.5]
