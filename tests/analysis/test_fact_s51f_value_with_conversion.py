"""A measurement written with its conversion ("20 ft (6.1 m)") is one value, compared in the unit the
row's other articles write and listed once as its article wrote it in that unit (t13at N2, round
s51-f: the hydrologist's "20 ft (6.1 m)" was compared as 20 ft, so listed as the same value as the
Guardian's 6.2 m, "6.2 m (…; 20 ft: Flood Notes)", while Reuters' "6 metres (20 feet)" was 6 m).
Reported table row and two variants of my own (the conversion in running text; a bridge's length in
feet with metres). Guard: where the other articles write feet, it stays in feet."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import timeline

CASES = [
    (
        (
            "The river rose 6.2 metres on Sunday, the agency said.",
            "| Measure | Value |\n|---|---|\n| Peak water level, Town | 20 ft (6.1 m) |",
            "The river rose 6 metres (20 feet) on Sunday.",
        ),
        "6.1 m",
    ),
    (
        (
            "The river rose 6.2 metres on Sunday, the agency said.",
            "The water rose 20 ft (6.1 m) in the town on Sunday.",
            "Flood water reached 7 metres in the old town.",
        ),
        "6.1 m",
    ),
    (
        (
            "The bridge is 400 metres long, the council said.",
            "The bridge, 1,300 ft (396 m) long, opened in 1990.",
            "The bridge is 450 metres long, engineers said.",
        ),
        "396 m",
    ),
]


@pytest.mark.parametrize(("texts", "shown"), CASES, ids=["reported-table", "running-text", "bridge-feet"])
def test_a_value_with_its_conversion_is_one_value_in_the_rows_unit(texts: tuple[str, ...], shown: str) -> None:
    [row] = [f for f in sheet(*texts) if f.values[0].kind == "quantity" and len(f.values) == 3]
    [b] = [v for v in row.values if v.doc == "b"]
    number, unit = shown.split()
    assert (b.value, b.unit) == (float(number), unit)
    line = timeline(row, {})
    assert f"{shown} (b)" in line, line
    assert ": b" not in line, line  # not listed under another article's amount


def test_a_value_with_its_conversion_stays_in_the_unit_most_write() -> None:
    [row] = [
        f
        for f in sheet(
            "The water rose 21 feet in the town on Sunday.",
            "The water rose 20 ft (6.1 m) in the town on Sunday.",
            "Flood water reached 22 feet in the old town.",
        )
        if f.values[0].kind == "quantity"
    ]
    [b] = [v for v in row.values if v.doc == "b"]
    assert (b.value, b.unit) == (20.0, "ft")
