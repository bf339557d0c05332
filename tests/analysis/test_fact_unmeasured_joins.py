"""A figure without a measure joins another article's row of its value and unit when their
sentences share the thing (issue #16 "spelled-out vs digit figures that must agree", t13n F17):
"one hundred and fifty thousand dollars on the tests" and "tested …, at a cost of $150,000" were
rows "amount (USD)" and "cost"; "40 kilometres (25 miles) of road were closed" and "Road closures
cover 40 km" were "length closed" and "length (km)". The same value with nothing shared stays
apart (no false agreement)."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.display import value_text

TITLES = ("Ministry plans checks", "Officials count the bill")


def _sheet(*texts: str) -> list[Fact]:
    # titles of their own: a shared title would link the figures by context alone
    return fact_sheet([(Art(chr(ord("a") + i), f"{TITLES[i]}\n\n{t}"), []) for i, t in enumerate(texts)])


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in _sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "label", "value"),
    [
        # reported (the probe corpus)
        (
            "The ministry will spend one hundred and fifty thousand dollars on the tests.",
            "Thirty-five thousand workers will be tested for exposure, at a cost of $150,000, officials said.",
            "cost",
            "$150,000",
        ),
        ("40 kilometres (25 miles) of road were closed.", "Road closures cover 40 km.", "length closed", "40 km"),
        # variants of my own
        (
            "The council will spend two million euros on the repairs.",
            "Repair work on the bridge will cost €2 million in total.",
            "work cost",
            "€2 million",
        ),
        (
            "Twelve miles of track were flooded on Monday.",
            "Flooding covers 12 miles of the railway track.",
            "length flooded",
            "12 mi",
        ),
    ],
)
def test_one_value_of_one_thing_is_one_row(a: str, b: str, label: str, value: str) -> None:
    rows = _rows(a, b)
    assert rows.get(label) == [("a", value), ("b", value)], rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The firm paid $150,000 for a new logo.",
            "Workers will be tested for exposure, at a cost of $150,000, officials said.",
        ),
        ("Some 40 km of coastline were flooded.", "Road closures cover 40 km."),
    ],
)
def test_one_value_of_different_things_stays_apart(a: str, b: str) -> None:
    assert all(f.sources == 1 for f in _sheet(a, b)), _rows(a, b)
