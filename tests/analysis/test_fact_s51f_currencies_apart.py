"""A row whose amounts are written in different currencies, no rate given, is never drawn as an amount
that changed currency: each currency's amounts are a run of their own, arrows only among them (round
s51-f; the ransomware tester's "$5 million → 75 BTC", left open by s50-f2). Reported wording (a
ransom in dollars with its bitcoin, one in dollars, one in bitcoin) and two variants of my own (euros
beside pounds; dollars beside ether stolen)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import timeline

CASES = [
    (
        (
            "The hackers demanded a ransom of $4.5 million, or about 75 bitcoin, police said.",
            "The attackers demanded a ransom of $5 million, the hospital said.",
            "The gang demanded a ransom of 75 bitcoin, the hospital said.",
        ),
        ["$4.5 million (a) → $5 million (b)", "75 BTC (c)"],
    ),
    (
        (
            "The kidnappers demanded a ransom of €2 million (about £1.7 million) for the engineer.",
            "The kidnappers demanded a ransom of €2.5 million, his family said.",
            "The kidnappers demanded a ransom of £1.7 million, police said.",
        ),
        ["€2 million (a) → €2.5 million (b)", "£1.7 million (c)"],
    ),
    (
        (
            "Thieves stole $30 million, or 12,000 ETH, from the exchange, the firm said.",
            "Thieves stole $32 million from the exchange on Monday.",
            "Thieves stole 12,000 ETH from the exchange, analysts said.",
        ),
        ["$30 million (a) → $32 million (b)", "12,000 ETH (c)"],
    ),
]


@pytest.mark.parametrize(("texts", "runs"), CASES, ids=["reported-bitcoin", "euros-pounds", "dollars-ether"])
def test_amounts_in_other_currencies_are_no_change(texts: tuple[str, ...], runs: list[str]) -> None:
    [row] = [f for f in sheet(*texts) if f.values[0].kind == "money"]
    assert row.status == "disagree"
    assert timeline(row, {}).split(" · ") == runs


def test_one_currency_still_changes() -> None:
    [row] = [
        f
        for f in sheet(
            "The attackers demanded a ransom of $4.5 million, police said.",
            "The attackers demanded a ransom of $5 million, the hospital said.",
        )
        if f.values[0].kind == "money"
    ]
    assert timeline(row, {}) == "$4.5 million (a) → $5 million (b)"
