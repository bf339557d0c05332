"""A currency named by its word after the amount is money like the same amount under its sign: Tonga's
"5 million pa'anga" beside "T$5 million" (t13air S6: b's pledge was in no fact, the row single-source),
the word with a typographic apostrophe or none, from the figure recogniser's one currency table."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("signed", "worded", "value"),
    [
        # reported (t13air variants/R1-tonga)
        (
            "Prime Minister Sione Tupou pledged T$5 million (US$2.1 million) in relief. Cyclone Gita hit Tonga.",
            "Prime Minister Sione Tupou pledged 5 million pa'anga in relief after Cyclone Gita killed two people "
            "in Tonga.",
            5e6,
        ),
        # variants of my own: the typographic apostrophe, the word written without one
        (
            "The Tonga Red Cross pledged T$750,000 for families in Nuku'alofa.",
            "The Tonga Red Cross pledged 750,000 pa’anga for families after the floods.",
            75e4,
        ),
        (
            "The Tongan government pledged T$2.5 million to rebuild schools.",
            "The Tongan government pledged 2.5 million paanga to rebuild schools.",
            25e5,
        ),
    ],
)
def test_currency_word_after_amount_is_money(signed: str, worded: str, value: float) -> None:
    [fig] = [f for f in figures_of(worded) if f.kind == "money"]
    assert (fig.value, fig.unit) == (value, "TOP")
    rows = [f for f in sheet(signed, worded) if any(v.unit == "TOP" for v in f.values)]
    assert len(rows) == 1
    assert rows[0].status == "agree"
