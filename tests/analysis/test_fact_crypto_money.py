"""Amounts of a cryptocurrency ("75 bitcoin", "30 BTC", "1,200 ETH", "50,000 USDT") are money in
their currency, read by the one figure recogniser, so a ransom demanded in bitcoin is a figure of
the sheet (t13ar N4: "or about 75 bitcoin", "demanding 75 bitcoin", "asked for 75 bitcoin" were no
figure anywhere; round s50-f2)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        # reported (t13ar N4)
        (
            "The hackers demanded $4.5 million, or about 75 bitcoin, according to a source.",
            "about 75 bitcoin",
            75,
            "BTC",
        ),
        ("The gang is demanding 75 bitcoin, worth about $4.9 million at Tuesday's prices.", "75 bitcoin", 75, "BTC"),
        ("The gang first asked for 75 bitcoin, then lowered its demand.", "75 bitcoin", 75, "BTC"),
        # variants of my own: tickers, other coins, a decimal
        ("The attackers want 12.5 BTC to unlock the files.", "12.5 BTC", 12.5, "BTC"),
        ("Thieves drained 1,200 ETH and 50,000 USDT from the exchange.", "1,200 ETH", 1200, "ETH"),
        ("Thieves drained 1,200 ETH and 50,000 USDT from the exchange.", "50,000 USDT", 50000, "USDT"),
    ],
)
def test_a_crypto_amount_is_money(text: str, written: str, value: float, unit: str) -> None:
    # (an amount in another currency before it is its conversion: "$4.5 million, or about 75 bitcoin")
    [fig] = [f for f in figures_of(text) if written in text[f.start : f.end]]
    assert fig.kind == "money"
    assert (fig.value, fig.unit) == (value, unit) or fig.conversion == (value, unit)


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The gang, which calls itself Black Tarn, is demanding 75 bitcoin.",
            "The gang first asked for 75 bitcoin, then lowered its demand.",
        ),
        ("The attackers want 30 BTC to unlock the files.", "The criminals are demanding 30 bitcoin."),
        ("Thieves stole 1,200 ETH from the exchange.", "Hackers stole about 1,200 ether, the exchange said."),
    ],
)
def test_a_crypto_amount_is_a_row_of_the_sheet(texts: tuple[str, ...]) -> None:
    [row] = [f for f in sheet(*texts) if f.values[0].kind == "money"]
    assert row.status == "agree"
    assert len({v.doc for v in row.values}) == len(texts)
