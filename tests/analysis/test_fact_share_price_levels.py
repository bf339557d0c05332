"""A firm's share price after its move (issue #16; the review corpus `bank` after round s44-y2 read
the pence): "Selby shares rose 27% to 399p" and "Northgate's own shares fell 4% to 1,102p" were one
row "amount (GBP)" in disagreement (two firms' prices), and the two moves one row "change in shares"
in disagreement ("Northgate's own shares" named no firm). Each firm's share price and move is its
own; one firm's price in two outlets is one row. The reported pair first, then two variants."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b", "rows"),
    [
        (
            "Selby shares rose 27% to 399p in early trading.",
            "Northgate's own shares fell 4% to 1,102p.",
            {"share price (Selby)", "share price (Northgate)", "change in Selby shares", "change in Northgate shares"},
        ),
        (
            "Halden Bank shares fell 8% to $4.20.",
            "Marrow Savings' shares rose 3% to $11.80.",
            {"share price (Halden Bank)", "share price (Marrow Savings)"},
        ),
        (
            "Shares in Kestrel Mining closed at 153p on Friday.",
            "Vantor Oil shares ended the week at 412p.",
            {"share price (Kestrel Mining)", "share price (Vantor Oil)"},
        ),
    ],
    ids=["reported", "dollars-plural-possessive", "closed-at"],
)
def test_two_firms_share_prices_are_two_rows(a: str, b: str, rows: set[str]) -> None:
    facts = {f.label: f for f in sheet(a, b)}
    assert rows <= set(facts), list(facts)
    assert not [f.label for f in facts.values() if f.status == "disagree"], {k: f.status for k, f in facts.items()}


def test_one_firms_share_price_in_two_outlets_is_one_row() -> None:
    facts = {f.label: f for f in sheet("Selby shares rose 27% to 399p.", "Selby's shares closed at 399p on Friday.")}
    assert facts["share price (Selby)"].status == "agree"


def test_a_takeover_price_per_share_stays_the_offers() -> None:
    # (a guard: an amount per share paid in a deal is the price per share, whoever pays it)
    facts = {f.label for f in sheet("Halden will pay 160p a share for Selby.")}
    assert "price per share" in facts, facts
