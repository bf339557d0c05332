"""A speed is one figure and one measure however it is written (issue #16, session 26 probe of an
invented typhoon). Found: AP's "sustained winds of 185 kilometers (115 miles) per hour" was a
*length* of 185 km (one row with AFP's "185 kilometres (115 miles) an hour", apart from every
km/h), "150 kph" no speed at all, and every speed a row "quantity (km/h)" grouped by shared
context alone: the local paper's 195 km/h never disagreed with 185 km/h, while a storm's gusts and
its forward speed stood in rows as unlabelled as its winds."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "conversion"),
    [
        # found (AP)
        (
            "The typhoon, packing sustained winds of 185 kilometers (115 miles) per hour, blew ashore.",
            "185 kilometers (115 miles) per hour",
            185,
            "km/h",
            (115, "mph"),
        ),
        # variants of my own
        (
            "Gales of 90 kilometres (56 miles) an hour closed the bridge.",
            "90 kilometres (56 miles) an hour",
            90,
            "km/h",
            (56, "mph"),
        ),
        (
            "The car was doing 70 miles (113 kilometres) per hour.",
            "70 miles (113 kilometres) per hour",
            70,
            "mph",
            (113, "km/h"),
        ),
    ],
)
def test_an_hour_after_a_conversion_makes_a_speed(
    text: str, written: str, value: float, unit: str, conversion: tuple[float, str]
) -> None:
    [fig] = figures_of(text)
    assert (text[fig.start : fig.end], fig.value, fig.unit, fig.conversion) == (written, value, unit, conversion)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It was over the sea with winds of 150 kph (93 mph).", 150, "km/h"),  # found (AP)
        ("Winds of 120 kilometres per hour felled trees.", 120, "km/h"),
        ("Gusts reached 80 miles an hour.", 80, "mph"),
    ],
)
def test_a_speed_written_in_words_or_kph_is_a_speed(text: str, value: float, unit: str) -> None:
    figs = [f for f in figures_of(text) if f.kind == "quantity"]
    assert [(f.value, f.unit) for f in figs] == [(value, unit)], figs


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # found: AP against the Casilang Courier
        (
            "The typhoon, packing sustained winds of 185 kilometers (115 miles) per hour, blew ashore.",
            "Local meteorologists clocked winds of 195 km/h as the eye crossed the coast.",
        ),
        # variants of my own
        ("The storm came ashore with winds of 185 km/h.", "Wind speeds reached 140 mph at the lighthouse."),
        ("Sustained winds of 185 kph battered the town.", "The storm had winds of 190 kilometres an hour."),
    ],
)
def test_outlets_wind_speeds_are_one_row_compared(text: str, other: str) -> None:
    facts = sheet(text, other)
    rows = [f for f in facts if f.label == "wind speed"]
    assert len(rows) == 1 and rows[0].sources == 2 and not rows[0].agree, [
        (f.label, [value_text(v) for v in f.values]) for f in facts
    ]


@pytest.mark.parametrize(
    "text",
    [
        # found (Reuters)
        "It made landfall with maximum sustained winds of 185 km/h (115 mph) and gusts of up to 230 km/h (143 mph).",
        # variants of my own
        "Winds of 100 mph, gusting to 140 mph, tore roofs off.",
        "The hurricane brought gusts of 160 km/h and sustained winds of 120 km/h to the coast.",
    ],
)
def test_gusts_are_never_the_wind_speed(text: str) -> None:
    facts = sheet(text)
    labels = sorted(f.label for f in facts if f.values[0].kind == "quantity")
    assert labels == ["wind gusts", "wind speed"], [(f.label, [value_text(v) for v in f.values]) for f in facts]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # found (Reuters, and the council's report)
        ("It was moving west at 20 km/h (12 mph).", "It had winds of 20 km/h."),
        # variants of my own
        ("The storm was crawling north at 15 mph.", "Winds eased to 24 km/h."),
        ("The front moved east at 30 kilometres an hour.", "Winds dropped to 30 km/h overnight."),
    ],
)
def test_a_storms_forward_speed_is_no_wind_speed(text: str, other: str) -> None:
    facts = sheet(text, other)
    assert not [f for f in facts if f.sources > 1], [(f.label, [value_text(v) for v in f.values]) for f in facts]
    assert [f.label for f in facts if f.label == "wind speed"] == ["wind speed"]
