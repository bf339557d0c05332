"""Currency signs written with letters: "N500,000" (the naira, as Nigerian outlets spell "₦") and
"NKr2.4bn" (Norwegian kroner, as the financial press writes them) are money (review s41-rv
finding 14: both were lost, so the naira article's payment per family stood alone). The letters
are money only glued to an amount that reads as money: "N95 masks" and "the N1 road" are not."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import find_figures


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Each family will get N500,000 from the state government.", "N500,000", 500_000, "NGN"),
        ("Nordvik's profit rose to NKr2.4bn, the FT reported.", "NKr2.4bn", 2.4e9, "NOK"),
        ("The state set aside N2.5bn for repairs.", "N2.5bn", 2.5e9, "NGN"),
        ("Volvo paid SKr40m in fines.", "SKr40m", 4e7, "SEK"),
    ],
)
def test_a_letter_sign_before_an_amount_is_money(text: str, written: str, value: float, unit: str) -> None:
    money = [(text[f.start : f.end], f.value, f.unit) for f in find_figures(text) if f.kind == "money"]
    assert money == [(written, value, unit)]


def test_letters_before_a_bare_number_are_no_money() -> None:
    text = "Nurses wore N95 masks on the N1 road near Gate N7."
    assert [f for f in find_figures(text) if f.kind == "money"] == []


def test_a_payment_in_naira_written_either_way_agrees() -> None:
    # the reviewer's pair (c3.py "naira")
    facts = sheet(
        "The state government will pay ₦500,000 to each family, the governor said.",
        "Each family will get N500,000 from the state government, the governor said.",
    )
    assert [(f.label, f.status, [v.doc for v in f.values]) for f in facts] == [
        ("money pledged per family", "agree", ["a", "b"])
    ]
