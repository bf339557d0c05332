"""A bare temperature with its conversion is one figure (issue #16, round s29-e): "15C (59F)",
"15°C (59°F)", "-3C (27F)" are each the temperature 15 °C (or -3 °C) with its conversion in
°F, never two figures, a number, or a temperature above zero ("-3°C" was 3 °C, "15C (59F)" no
figure, "(59 Fahrenheit)" a number of its own). A scale's letter written onto a number is read
only with its conversion beside it or after a temperature's word ("a high of 5C"): "Flat 15C",
"Gate 5F" and "50c" stay no temperature."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "conversion"),
    [
        # the reported shapes
        ("Temperatures fell to 15C (59F) on Tuesday.", "15C (59F)", 15.0, "°C", (59.0, "°F")),
        ("The high was 15°C (59°F) in the capital.", "15°C (59°F)", 15.0, "°C", (59.0, "°F")),
        ("It was -3C (27F) at dawn.", "-3C (27F)", -3.0, "°C", (27.0, "°F")),
        # invented variants: other values, other writings of the scale and the sign
        ("Lake Orvenn froze at minus 7C (19F) overnight.", "minus 7C (19F)", -7.0, "°C", (19.0, "°F")),
        ("Kestvik recorded −12°C (10°F) on Sunday.", "−12°C (10°F)", -12.0, "°C", (10.0, "°F")),
        (
            "The afternoon peaked at 21 degrees Celsius (70 Fahrenheit) in Marlow.",
            "21 degrees Celsius (70 Fahrenheit)",
            21.0,
            "°C",
            (70.0, "°F"),
        ),
        ("Readings hit 95F (35C) in Dallow by noon.", "95F (35C)", 95.0, "°F", (35.0, "°C")),
        ("It fell to -20C (-4F) at the summit station.", "-20C (-4F)", -20.0, "°C", (-4.0, "°F")),
    ],
)
def test_a_temperature_with_its_conversion_is_one_figure(
    text: str, written: str, value: float, unit: str, conversion: tuple[float, str]
) -> None:
    figs = figures_of(text)
    assert [(text[f.start : f.end], f.kind, f.value, f.unit, f.conversion) for f in figs] == [
        (written, "quantity", value, unit, conversion)
    ], figs


@pytest.mark.parametrize(
    "text", ["Flat 15C was empty when police arrived.", "Passengers waited at Gate 5F for hours.", "A stamp costs 50c."]
)
def test_a_letter_on_a_number_is_no_temperature_without_one(text: str) -> None:
    assert not [f for f in figures_of(text) if f.unit in ("°C", "°F")], figures_of(text)


def test_a_temperature_after_its_word_without_a_conversion() -> None:
    text = "Forecasters expect a high of 5C on Vardøya."
    assert [(f.value, f.unit) for f in figures_of(text)] == [(5.0, "°C")]


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        (("Overnight temperatures on Vardøya dropped to -3C (27F), the institute said.",), ["-3 °C"]),
        (("Temperatures on Orvenn rose to 15C (59F) on Tuesday.",), ["15 °C"]),
        (("Temperatures on Kestvik reached 21 degrees Celsius (70 Fahrenheit) on Tuesday.",), ["21 °C"]),
    ],
)
def test_the_fact_sheet_has_one_temperature(texts: tuple[str, ...], shown: list[str]) -> None:
    rows = [(f.label, [value_text(v) for v in f.values]) for f in sheet(*texts)]
    # the weather's temperature, a measure of its own since round s35-fb (t13aa K4; was "temperature (°C)")
    assert rows == [("temperature", shown)], rows


def test_the_entities_are_the_temperature_and_its_conversion() -> None:
    """A temperature and its conversion are one mention, as the fact sheet reads one figure (round
    s30-b, t13p F15: were two, "-3C" and "27F", as OntoNotes tags them), its sign included (was "3C"
    and nothing for "-3C (27F)")."""
    from name_helpers import names

    from waic_reader.index.analysis.entities.recogniser import Recognizer

    found = names(
        Recognizer.default(), "It was -3C (27F) at dawn in Oslo, and 21 degrees Celsius (70 Fahrenheit) by noon."
    )
    quantities = sorted(text for text, label in found if label in ("QUANTITY", "CARDINAL"))
    assert quantities == ["-3C (27F)", "21 degrees Celsius (70 Fahrenheit)"], found
