"""A fact-sheet row told apart by its value is labelled by the value, never by a bound's spelling
(issue #16; brief s49-f fault 2, the fact sheet's half of t13ap N21's "More than 1,450" label):
"over €2 million" beside "€5 million" in one sentence was the row "amount (EUR) · over €2 million".
The bound stays on the value (its cell), the label says the amount alone, as the matrix's figure
rows are named by their value (``entities.figure_names``). Invented texts: money, a share, a mass."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        pytest.param(
            "It was between €5 million and over €2 million, he said.",
            "amount (EUR) · €2 million",
            "over €2 million",
            id="money_over",
        ),
        pytest.param(
            "Prices ranged from 45% to at least 30%.", "percentage · 30%", "at least 30%", id="share_at_least"
        ),
        pytest.param(
            "The fund now holds 40 tonnes and up to 12 tonnes more.", "mass (t) · 12 t", "up to 12 t", id="mass_up_to"
        ),
    ],
)
def test_a_row_told_by_its_value_is_labelled_by_the_bare_amount(text: str, label: str, value: str) -> None:
    got = [(f.label, [value_text(v) for v in f.values]) for f in sheet(text)]
    assert (label, [value]) in got, got
