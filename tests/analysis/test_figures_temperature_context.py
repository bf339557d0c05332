"""A scale's letter on a number is a temperature where its sentence speaks of one (issue #16, round
s35-j; t13z H12): "The temperature in the server room at Velmont General Hospital reached 41C" was
no figure (the temperature's word more than 40 characters before it), "hit 106F (41C)" a row
"temperature (°F)" never compared with another outlet's 38 °C. A temperature's word anywhere in
its clause before the number, a heat word after it ("a 41C heatwave"), or a letter after a space
("41 C") read so; a value in °F with its conversion in °C is compared in °C; "Flat 15C" and "seat
41C" stay no figure."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        # found (t13z repro v15)
        (
            "The temperature in the server room at Velmont General Hospital reached 41C after the air conditioning failed.",
            "41C",
            41.0,
            "°C",
        ),
        # variants of my own: other words, a space before the letter, Fahrenheit, a word after
        ("Temperatures across the whole of the northern Kestvik region climbed to 39 C on Monday.", "39 C", 39.0, "°C"),
        ("The mercury in downtown Dallow and most of its western suburbs rose to 104F on Sunday.", "104F", 104.0, "°F"),
        ("Marlow sweltered in a 41C heatwave on Tuesday.", "41C", 41.0, "°C"),
        ("Servers at the plant overheated once the room reached 45C.", "45C", 45.0, "°C"),
    ],
)
def test_a_temperature_in_its_words_is_read(text: str, written: str, value: float, unit: str) -> None:
    figs = [f for f in figures_of(text) if f.kind == "quantity"]
    assert [(text[f.start : f.end], f.value, f.unit) for f in figs] == [(written, value, unit)], figs


@pytest.mark.parametrize(
    "text",
    [
        "Flat 15C was empty when police arrived.",
        "She sat in seat 41C on the flight from Dallow.",
        "The temperature was fine, he said, and passengers boarded at Gate 5F.",
        "Form 41 C must be filed by March.",
    ],
)
def test_a_letter_without_a_temperature_near_is_none(text: str) -> None:
    assert not [f for f in figures_of(text) if f.unit in ("°C", "°F")], figures_of(text)


def test_a_fahrenheit_value_with_its_celsius_conversion_is_compared_in_celsius() -> None:
    rows = [
        (f.label, f.status, sorted(value_text(v) for v in f.values))
        for f in sheet(
            "The temperature in the server room at Velmont General Hospital reached 41C after the air conditioning failed.",
            "Servers at Velmont General Hospital overheated as the temperature hit 106F (41C), engineers said.",
            "The server room at Velmont General Hospital reached 38 degrees Celsius, according to the trust.",
        )
    ]
    assert [r for r in rows if r[0].startswith("temperature")] == [
        ("temperature (°C)", "disagree", ["38 °C", "41 °C", "41 °C"])
    ], rows


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        (
            ("Temperatures in Dallow reached 95F (35C) on Sunday.", "Temperatures in Dallow reached 35C on Sunday."),
            ["35 °C", "35 °C"],
        ),
        (
            ("Temperatures in Orvenn fell to 23F (-5C) overnight.", "Temperatures in Orvenn fell to -8C overnight."),
            ["-5 °C", "-8 °C"],
        ),
    ],
)
def test_one_temperature_row_across_scales(texts: tuple[str, ...], shown: list[str]) -> None:
    rows = [(f.label, sorted(value_text(v) for v in f.values)) for f in sheet(*texts)]
    # the weather's temperature, a measure of its own since round s35-fb (t13aa K4; was "temperature (°C)")
    assert rows == [("temperature", sorted(shown))], rows
