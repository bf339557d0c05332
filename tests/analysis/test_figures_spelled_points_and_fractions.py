"""Spelled-out numbers with a decimal point or a fraction in words are one figure of the right
value (issue #16, t13ajr N7): "two and a quarter percent" was the number two, "five point two
percent" a wrong 2%, "six and a half million passengers" the number six and a "million". And an
offer compared with "last year's inflation" is this story's offer, no earlier event's (the
Ledger's "offer of four and a half percent" was in no row)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import find_figures


@pytest.mark.parametrize(
    ("text", "kind", "value", "written"),
    [
        # reported (t13ajr N7 v2, v3)
        ("The offer was two and a quarter percent.", "percent", 2.25, "two and a quarter percent"),
        ("Pay rose five point two percent.", "percent", 5.2, "five point two percent"),
        ("Inflation hit four and three quarters percent.", "percent", 4.75, "four and three quarters percent"),
        ("Some six and a half million passengers were hit.", "count", 6_500_000, "six and a half million passengers"),
        # variants: digits before the fraction, "per cent", points, a decimal before a scale and money
        ("A rise of 3 and a quarter per cent was agreed.", "percent", 3.25, "3 and a quarter per cent"),
        (
            "The rate fell by one point seven five percentage points.",
            "percent",
            1.75,
            "one point seven five percentage points",
        ),
        ("The repairs cost two point five billion dollars.", "money", 2.5e9, "two point five billion dollars"),
    ],
)
def test_spelled_point_or_fraction_is_one_figure(text: str, kind: str, value: float, written: str) -> None:
    figs = [f for f in find_figures(text) if f.kind != "date"]
    assert [(f.kind, round(f.value, 6), text[f.num_start : f.end].removeprefix("Some ")) for f in figs] == [
        (kind, value, written)
    ]


def test_at_one_point_is_no_decimal() -> None:
    # the idiom "at one point": two people, never 1.2 of them
    figs = find_figures("At one point two people were hurt.")
    assert [(f.kind, f.value, f.noun) for f in figs] == [("count", 2.0, "people")]


@pytest.mark.parametrize(
    ("compared", "other", "label_word", "value"),
    [
        # reported: the Ledger's column (t13ajr N7)
        (
            "The employers' offer of four and a half percent barely covers last year's inflation.",
            "The employers have offered 4.5 percent, the association said.",
            "offered",
            4.5,
        ),
        # variants: a demand, and "last year's" before another noun phrase
        (
            "The union's demand of 6 per cent only matches last year's rise in prices.",
            "The union has demanded 6 percent.",
            "demanded",
            6.0,
        ),
        (
            "Management's offer of two point five percent is below last year's pay award.",
            "Management has offered 2.5%.",
            "offered",
            2.5,
        ),
    ],
)
def test_figure_compared_with_last_years_thing_is_this_storys(
    compared: str, other: str, label_word: str, value: float
) -> None:
    [fact] = [f for f in sheet(compared, other) if f.values[0].kind == "percent"]
    assert label_word in fact.label
    assert fact.status == "agree"
    assert sorted(v.doc for v in fact.values) == ["a", "b"]
    assert [v.value for v in fact.values] == [value, value]


def test_last_years_event_after_a_figure_stays_that_events() -> None:
    # "in last year's flood" still names an earlier event: its 40 is no value of Monday's toll
    facts = sheet("Some 40 people died in last year's flood.", "Some 12 people died in the flood on Monday.")
    assert [(f.status, [v.value for v in f.values]) for f in facts if f.values[0].kind == "count"] == [
        ("single source", [12.0])
    ]
