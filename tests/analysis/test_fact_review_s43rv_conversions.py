"""A sum written with its conversion is comparable in either currency with the others (issue #16,
review s43-rv finding 7): "£2.1bn ($2.7bn)", "$2.7 billion" and "£2.1 billion", one deal's value,
were a pound row and a dollar row, the sum compared in the one currency a corpus-wide vote chose.
A different value stays apart or disagrees."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _money_rows(*texts: str) -> list[tuple[str, list[str]]]:
    return sorted((f.status, [v.doc for v in f.values]) for f in sheet(*texts) if f.values[0].kind == "money")


@pytest.mark.parametrize(
    "texts",
    [
        # the reported input
        (
            "Halden Bank has agreed to buy Marrow Savings for £2.1bn ($2.7bn).",
            "Halden Bank will acquire Marrow Savings in a deal worth $2.7 billion.",
            "Halden's £2.1 billion takeover of Marrow was approved.",
        ),
        # variants: euros with dollars, and the dollar sum written first
        (
            "Corvex will buy Halvard for €3.2bn ($3.5bn).",
            "Corvex is paying $3.5 billion for Halvard.",
            "The €3.2bn purchase of Halvard by Corvex was approved.",
        ),
        (
            "Corvex will buy Halvard for $3.5bn (€3.2bn).",
            "Corvex is paying €3.2 billion for Halvard.",
            "The $3.5bn purchase of Halvard by Corvex was approved.",
        ),
    ],
)
def test_a_sum_and_its_conversion_are_one_row_with_either(texts: tuple[str, str, str]) -> None:
    assert _money_rows(*texts) == [("agree", ["a", "b", "c"])]


def test_a_different_sum_disagrees_in_the_conversions_currency() -> None:
    rows = _money_rows(
        "Corvex is paying €3.2 billion ($3.5 billion) for Halvard.", "Corvex is paying $3.9 billion for Halvard."
    )
    assert rows == [("disagree", ["a", "b"])]


@pytest.mark.parametrize(
    "text",
    [
        # the reported input: "Savings" of the bank's name made the deal's value a sum saved
        "Halden Bank will acquire Marrow Savings in a deal worth $2.7 billion.",
        # variants: the name after the verb, and as the subject's object of "for"
        "Corvex will buy Northern Savings in a deal worth £900m.",
        "Halden's deal for Marrow Savings is worth $2.7bn.",
    ],
)
def test_a_deal_worth_a_sum_is_no_sum_cut(text: str) -> None:
    # a word of a name says nothing of the money ("a fund … is worth $2.5 million" stays money
    # given: t13ab L15's tests)
    assert [v.measure for f in sheet(text) for v in f.values if v.kind == "money"] == [""]
