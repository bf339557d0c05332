"""A duration said in a condition ("losses at $1.2 billion if the closures lasted three days"), the
span an estimate assumes ("€1.1 billion for three days of closures") or the span a cumulative count
covers ("9,800 flights had been cancelled over two days") is no value of a duration fact; beside a
forecast's bound ("disruption for at least 48 hours") they made a false DISAGREE "closure duration"
(t13as N2, round s50-f2). A bound never contradicts a larger value."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "not_durations"),
    [
        # reported (t13as N2)
        (
            (
                'Its spokeswoman said the agency expected disruption "for at least 48 hours".',
                "The International Air Transport Association estimated airlines' losses at $ 1.2 bln if the "
                "closures lasted three days.",
                "IATA put the industry's losses at €1.1 billion for three days of closures.",
                "Eurocontrol said 9,800 flights had been cancelled over two days.",
            ),
            {"three days", "two days"},
        ),
        # variants of my own: other words, units and conditions
        (
            (
                "The port is expected to stay shut for at least 72 hours.",
                "Analysts put the cost at $300 million unless the port reopens within five days.",
                "Shippers estimated losses at £90m for four days of delays.",
                "Some 1,200 containers were held up over six days, the authority said.",
            ),
            {"five days", "four days", "six days"},
        ),
        (
            (
                "Unions said the walkout would last at least a week.",
                "The operator estimated lost fares at €40m if the strike went on for ten days.",
                "Rail firms put the bill at €25 million for two weeks of strikes.",
                "More than 3,000 trains were cancelled over 12 days.",
            ),
            {"ten days", "two weeks", "12 days"},
        ),
    ],
)
def test_supposed_and_spanned_durations_are_no_values(texts: tuple[str, ...], not_durations: set[str]) -> None:
    facts = sheet(*texts)
    assert not [f.label for f in facts if f.status == "disagree"]
    read = {v.text for f in facts for v in f.values if v.kind == "duration"}
    assert not read & not_durations


def test_a_duration_that_is_said_stays() -> None:
    [row] = sheet("The airport will stay closed for at least 48 hours.", "The airport will stay closed for three days.")
    assert row.status == "agree"
    assert {v.text for v in row.values} == {"at least 48 hours", "three days"}
