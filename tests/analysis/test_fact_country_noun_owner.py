""" "The country" as an owner (issue #16, review s43-rv finding 16, round s44-y2): "The country will
receive 5 million pa'anga" gave "money pledged (the country)" beside another outlet's "money
pledged (Tonga)" for the same sum. A country's generic noun as a payer's subject is the country
the article named before it, else no owner at all. Each test: the reviewer's input first, then
two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b", "country"),
    [
        (
            "The country will receive 5 million pa'anga in aid.",
            "Tonga will get 5 million pa'anga ($2.1m) in aid.",
            "",
        ),
        (
            "Cyclone Ava hit Tonga on Monday. The country will receive 5 million pa'anga in aid.",
            "Tonga will get 5 million pa'anga ($2.1m) in aid.",
            "Tonga",
        ),
        (
            "Floods swept Fiji this week. The nation has pledged F$3 million for relief.",
            "Fiji pledged F$3 million for flood relief.",
            "Fiji",
        ),
    ],
)
def test_the_country_is_the_country_named_or_no_owner(a: str, b: str, country: str) -> None:
    rows = sheet(a, b)
    assert not [v for f in rows for v in f.values if v.owner.lower().startswith("the ")], rows
    (row,) = [f for f in rows if f.values[0].kind == "money"]
    assert row.status == "agree"
    assert [v.owner for v in row.values if v.doc == "a"] == [country]
