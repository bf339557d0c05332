"""Money's role words inside names and a row's currencies (issue #16, review s43-rv finding 16's
leftovers, round s44-y2).

"Relief Logistics" was read as relief money: a word of a capitalised name ("Relief Logistics",
"Aid Freight Ltd") is no role word. A deal's row of "£2.1bn ($2.7bn)" and "$2.7 billion" was
labelled "amount (GBP)" while holding a dollar value: a row of one sum in two currencies names
both. Each test: the reviewer's input first, then two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "text",
    [
        "Relief Logistics won the £4m contract.",
        "Relief Logistics won a contract worth £4m.",
        "Aid Freight Ltd will carry the goods under a £2m contract.",
    ],
)
def test_a_names_words_are_no_money_role(text: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert labels and not [k for k in labels if k.startswith(("money pledged", "money for"))], labels


def test_money_given_as_relief_is_still_pledged() -> None:
    # (a guard: the lower-case word is the role's)
    assert [f.label for f in sheet("The government pledged £5m in relief.")] == ["money pledged"]


@pytest.mark.parametrize(
    ("a", "b", "units"),
    [
        (
            "Halden Bank has agreed to buy Marrow Savings for £2.1bn ($2.7bn).",
            "Halden Bank will acquire Marrow Savings in a deal worth $2.7 billion.",
            ("GBP", "USD"),
        ),
        (
            "Vantor agreed to buy Kelso for €3.1bn ($3.4bn).",
            "Vantor will acquire Kelso in a deal worth $3.4 billion.",
            ("EUR", "USD"),
        ),
        (
            "Vantor agreed to buy Kelso for $3.4bn (€3.1bn).",
            "Vantor will acquire Kelso in a deal worth €3.1 billion.",
            ("USD", "EUR"),
        ),
    ],
)
def test_a_row_in_two_currencies_names_both(a: str, b: str, units: tuple[str, str]) -> None:
    (row,) = sheet(a, b)
    assert {v.unit for v in row.values} == set(units)
    assert all(unit in row.label for unit in units), row.label
