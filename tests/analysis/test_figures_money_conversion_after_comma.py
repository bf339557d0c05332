"""An amount's conversion into another currency after a comma and a hedge ("about", "roughly",
"some", "around", "approximately"), ending its clause, is the same figure (t13p F15, round s30-b: "Rs
16,189 crore, about $1.9 billion" gave two facts, amount INR and amount USD); the same currency
after the comma is another amount."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (Andes Review)
        (
            "The Indian contractor Larsen Hydro valued its repair bid at Rs 16,189 crore, about $1.9 billion.",
            [(161890000000.0, "INR", (1.9e9, "USD"))],
        ),
        # variants of my own
        ("The contract was worth €40 million, roughly $43 million, officials said.", [(4e7, "EUR", (4.3e7, "USD"))]),
        ("Aid reached 500 million pesos, some $8.6 million; more was promised.", [(5e8, "pesos", (8.6e6, "USD"))]),
        # the same currency: two amounts
        ("It cost $2bn, about $2.1bn more than planned.", [(2e9, "USD", None), (2.1e9, "USD", None)]),
    ],
)
def test_conversion_after_comma(text: str, want: list[tuple[float, str, object]]) -> None:
    assert [(f.value, f.unit, f.conversion) for f in figures_of(text) if f.kind == "money"] == want


def test_one_fact() -> None:
    facts = sheet("The Indian contractor Larsen Hydro valued its repair bid at Rs 16,189 crore, about $1.9 billion.")
    assert [(f.label, len(f.values)) for f in facts] == [("bid", 1)]
