"""One sum and its conversion are one value in one row, however the articles write them (issue
#16, review s42-rv finding 4, round s42-z1). Each test: the reviewer's input first, then two
variants of my own.

Before: "3.2 billion pounds ($4.1 billion)", "$4.1bn (£3.2bn)" and "The £3.2bn sale …, or about
$4.1bn," were a pound row and a dollar row, the third article in both: its conversion after the
sum's noun phrase was a figure of its own, and the sum written in dollars first stayed in dollars
because that figure made dollars one more article's currency."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "unit"),
    [
        (
            (
                "Halvard agreed to be bought by Corvex, valuing the company at 3.2 billion pounds ($4.1 billion).",
                "Corvex has agreed to pay $4.1bn (£3.2bn) for Halvard.",
                "The £3.2bn sale of Halvard to Corvex, or about $4.1bn, has prompted fears for jobs.",
            ),
            "GBP",
        ),
        (
            (
                "Nordvik agreed to buy the port, valuing it at 900 million euros ($980 million).",
                "Nordvik will pay $980m (€900m) for the port.",
                "The €900m purchase of the port by Nordvik, or about $980m, was approved on Monday.",
            ),
            "EUR",
        ),
        (
            (  # the corpus's wording: the conversion after a longer noun phrase
                "Halvard agreed to be bought by Corvex, valuing the company at 3.2 billion pounds ($4.1 billion).",
                "Corvex has agreed to pay $4.1bn (£3.2bn) for Halvard.",
                "The £3.2bn sale of Halvard to the American firm Corvex, or about $4.1bn, has prompted fears.",
            ),
            "GBP",
        ),
        (
            (
                "Acme was valued at $2.5bn (£2bn) in the deal.",
                "The £2bn takeover of Acme, or about $2.5bn, was approved.",
                "Berg agreed to buy Acme for £2bn.",
            ),
            "GBP",
        ),
    ],
)
def test_a_sum_and_its_conversion_are_one_row(texts: tuple[str, ...], unit: str) -> None:
    money = [f for f in sheet(*texts) if any(v.kind == "money" for v in f.values)]
    assert len(money) == 1 and money[0].status == "agree"
    assert sorted(v.doc for v in money[0].values) == ["a", "b", "c"][: len(texts)]
    assert {v.unit for v in money[0].values} == {unit}


def test_two_sums_without_or_stay_two() -> None:
    # no ", or" before the second sum: two amounts, never one and its conversion
    rows = sheet("Acme paid £3m for the site and Berg paid $4m for the depot.")
    assert sorted(v.unit for f in rows for v in f.values) == ["GBP", "USD"]
