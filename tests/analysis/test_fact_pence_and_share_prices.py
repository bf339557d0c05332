"""Prices in pence and per share (issue #16, review s43-rv finding 16, round s44-y2).

"160p a share", "153p" and "412p" were not read at all, and "£1.60 per share" was shown "£1.6":
a number with a glued "p" in a sentence about a price is pence (a pound's hundredth), money
keeps its pence when shown, and an amount per share is the price of one share whoever pays or
gets it. Each test: the reviewer's input first, then two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import find_figures


@pytest.mark.parametrize(
    ("a", "b", "status", "shown"),
    [
        (
            "Halden will pay 160p a share in cash.",
            "Marrow shareholders will receive £1.60 per share.",
            "agree",
            "£1.60",
        ),
        ("Marrow's shares jumped 28% to 153p.", "Marrow shares closed at 153 pence.", "agree", "£1.53"),
        ("Unleaded petrol now costs 142p a litre.", "Unleaded petrol costs £1.45 a litre.", "disagree", "£1.42"),
    ],
)
def test_pence_are_read_and_compared_with_pounds(a: str, b: str, status: str, shown: str) -> None:
    (row,) = [f for f in sheet(a, b) if {v.doc for v in f.values} == {"a", "b"}]
    assert row.status == status
    assert all(v.kind == "money" and v.unit == "GBP" for v in row.values)
    assert value_text(row.values[0]) == shown


def test_a_price_per_share_is_one_row_whoever_pays_it() -> None:
    (row,) = sheet("Halden will pay 160p a share in cash.", "Marrow shareholders will receive £1.60 per share.")
    assert row.label == "price per share"
    assert [v.owner for v in row.values] == ["", ""]


@pytest.mark.parametrize("text", ["The camera records 1080p video at 60 frames a second.", "It streams in 720p."])
def test_a_glued_p_outside_a_price_is_no_money(text: str) -> None:
    # (a guard: a video's resolution is no sum of pence)
    assert not [f for f in find_figures(text) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Marrow shareholders will receive £1.60 per share.", "£1.60"),
        ("The single fare will be £3.40.", "£3.40"),
        ("Tickets cost €12.50 each.", "€12.50"),
    ],
)
def test_money_keeps_its_pence_when_shown(text: str, shown: str) -> None:
    (row,) = sheet(text)
    assert value_text(row.values[0]) == shown
