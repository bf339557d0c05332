"""Homes without power are one measure whatever the dwellings' word (issue #16, session 26 probe of
an invented typhoon). Found: Reuters' "cutting power to about 310,000 homes", the council's fact
box "Households without power: 312,400", AP's "More than 300,000 customers remained without
electricity" and AFP's "about 150,000 homes still had no power on Wednesday" were rows "homes",
"households" and "customers" apart (each "agree" or single), so the fall to 150,000 was never
compared; now one row *homes without power*."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # found (Reuters, AFP)
        (
            "Typhoon Lorna tore across the province, killing at least four people and cutting power to about 310,000 homes.",
            "About 150,000 homes still had no power on Wednesday morning.",
        ),
        # found (the council's fact box, AP)
        (
            "KEY FIGURES\n\n- Households without power: 312,400\n- Flights cancelled: 146",
            "Some 250,000 customers remained without electricity on Tuesday night.",
        ),
        # variants of my own
        ("The storm knocked out power to 45,000 households.", "Some 60,000 homes lost power overnight."),
        ("About 8,000 properties were left without electricity.", "The gale left 9,500 customers with no power."),
    ],
)
def test_homes_households_customers_without_power_are_one_row_compared(text: str, other: str) -> None:
    rows = _rows(text, other)
    power = [r for r in rows if r[0] == "homes without power"]
    assert len(power) == 1 and power[0][1] == "disagree" and len(power[0][2]) == 2, rows


def test_people_without_power_are_not_homes() -> None:
    rows = _rows("About 2,000 homes were without power.", "About 5,000 people were without power.")
    assert sorted(r[0] for r in rows) == ["homes without power", "people without power"], rows
    assert all(r[1] == "single source" for r in rows), rows


def test_power_restored_is_no_outage() -> None:
    rows = _rows("Power was restored to 120,000 homes by noon.", "About 150,000 homes had no power.")
    assert ("homes without power", "single source", ["about 150,000"]) in rows, rows
    assert not [r for r in rows if r[1] == "disagree"], rows


@pytest.mark.parametrize(
    "text",
    [
        # found (tests/fixtures/t14s17l, a live blog)
        "Power has been cut to 4,000 homes north of the town, the grid operator says.",
        # variants of my own
        "Electricity was cut to 4,000 homes overnight.",
        "Crews cut off power to 4,000 households as a precaution.",
    ],
)
def test_power_cut_to_homes_is_an_outage(text: str) -> None:
    rows = _rows(text, "About 6,500 homes had no power.")
    assert ("homes without power", "disagree") in [r[:2] for r in rows], rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # found (the hurricane probe)
        ("Five people have died and 380,000 homes and businesses were still without power on Thursday.", "380,000"),
        # variants of my own
        ("Some 90,000 households and shops had no electricity overnight.", "some 90,000"),
        ("About 2,000 homes, farms and schools lost power.", "about 2,000"),
    ],
)
def test_homes_and_other_premises_without_power_are_an_outage(text: str, value: str) -> None:
    rows = _rows(text)
    assert ("homes without power", "single source", [value]) in rows, rows
