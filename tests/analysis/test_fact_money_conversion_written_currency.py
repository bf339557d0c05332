"""A sum written with its conversion keeps the currency written first as its value, the
conversion beside it: another outlet's plain sum in that currency is the same value (review
s41-rv finding 6: "50,000 pesos, or about $870" was valued in dollars, the code sorting first, so
the other outlet's "50,000 pesos" stood in a row apart, and "£5,000 (€5,800) to each family" was
"not compared" with "£5,000 to each family"). The first two pairs are the reviewer's; the others
my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("a", "b", "value"),
    [
        (
            "The city will spend 50,000 pesos, or about $870, on repairs.",
            "The city will spend 50,000 pesos on repairs.",
            "50,000 pesos",
        ),
        ("The club will pay £5,000 (€5,800) to each family.", "The club will pay £5,000 to each family.", "£5,000"),
        (
            "The province will spend 2 million rand (about $110,000) on repairs.",
            "The province will spend 2 million rand on repairs.",
            "2 million ZAR",
        ),
        (
            "The airline will pay $20,000, or about €18,500, to each family.",
            "The airline will pay $20,000 to each family.",
            "$20,000",
        ),
    ],
)
def test_a_sum_with_its_conversion_is_valued_as_written(a: str, b: str, value: str) -> None:
    facts = [f for f in sheet(a, b) if f.values[0].kind == "money"]
    assert [(f.status, [(v.doc, value_text(v)) for v in f.values]) for f in facts] == [
        ("agree", [("a", value), ("b", value)])
    ], [(f.label, f.status, [value_text(v) for v in f.values]) for f in facts]
    assert facts[0].values[0].alt is not None  # the conversion kept beside it
