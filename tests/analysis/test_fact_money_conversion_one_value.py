"""An amount with its conversion into another currency is one value, whichever is written first
and however the conversion is set off (issue #16, s40-x1 item 5). Before: a conversion written with
a currency's word in brackets ("$1,640 (200,000 taka)") or after ", or" ("200,000 taka, or about
$1,640,") was a second amount, and the "per family" after it was lost, so the outlets' one payment
per family stood in rows apart. Amounts in two currencies with no conversion between them stay
uncompared."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

OTHER = "The government will pay 200,000 taka per family."


@pytest.mark.parametrize(
    "text",
    [
        # the reported form (AP), already one value, and variants of my own
        "The government will pay 200,000 taka ($1,640) per family.",
        "The government will pay $1,640 (200,000 taka) per family.",
        "The government will pay 200,000 taka, or about $1,640, per family.",
        "The government will pay $1,640 (about 200,000 taka) per family.",
    ],
)
def test_an_amount_and_its_conversion_are_one_value(text: str) -> None:
    rows = [(f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(text, OTHER)]
    assert rows == [("money pledged per family", "agree", [("a", "200,000 BDT"), ("b", "200,000 BDT")])], rows


def test_two_currencies_without_a_conversion_are_not_compared() -> None:
    facts = sheet("The fund will pay 200,000 taka per family.", "The fund will pay $1,700 per family.")
    assert [f.status for f in facts] == ["not compared"], [(f.label, f.status) for f in facts]
