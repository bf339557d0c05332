"""Air temperatures in other wordings reach the one measure ``temperature`` (issue #16, t13aa K12):
a bare "degrees" or "°" after a temperature's word or before a heat word is a temperature in the
article's scale (°C unless the text says Fahrenheit and never Celsius: figures._temperature_scale),
a value in °F alone is compared in °C as "106F (41C)" is, and a place's name reading it ("Lindmark
recorded …") or "in the shade" makes it the weather's (temperatures._place_name, WEATHER_WORDS)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import find_figures


def _rows(*texts: str) -> dict[str, tuple[str, list[float]]]:
    return {f.label: (f.status, sorted(float(v.value) for v in f.values)) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # found (t13aa repro v12)
        (
            (
                "The city sweltered on Tuesday. Temperatures hit a high of 39 degrees, the weather service said.",
                "The city sweltered on Tuesday. Lindmark recorded 102 degrees Fahrenheit on Tuesday, the weather "
                "service said.",
                "The city sweltered on Tuesday. It was 41° in the shade on Tuesday, the weather service said.",
                "The city sweltered on Tuesday. On Tuesday the thermometer read 40.5C, the weather service said.",
            ),
            [38.9, 39.0, 40.5, 41.0],
        ),
        # variants of my own: other places, other wordings, other scales
        (
            (
                "Seville baked as the mercury climbed to 44 degrees on Sunday.",
                "Seville recorded 109 degrees Fahrenheit on Sunday.",
                "It was 45° in the shade in Seville on Sunday.",
            ),
            [42.8, 44.0, 45.0],
        ),
        (
            (
                "Temperatures in Athens reached 41 degrees on Friday.",
                "Athens registered 43 °C on Friday.",
            ),
            [41.0, 43.0],
        ),
    ],
)
def test_air_temperatures_in_other_wordings_are_one_row(texts: tuple[str, ...], values: list[float]) -> None:
    rows = _rows(*texts)
    assert rows.get("temperature") == ("disagree", values), rows
    assert not [label for label in rows if label.startswith(("quantity", "temperature ("))], rows


def test_an_american_article_s_bare_degrees_are_fahrenheit() -> None:
    text = "Phoenix hit 110F on Monday. Temperatures reached 112 degrees on Tuesday."
    units = [f.unit for f in find_figures(text)]
    assert units[-1] == "°F", units


@pytest.mark.parametrize(
    "text",
    [
        # angles stay angles: no temperature's word, no heat word
        "The pipe was bent through 90 degrees.",
        "The road turns by 41° at the bridge.",
    ],
)
def test_degrees_of_no_temperature_stay_angles(text: str) -> None:
    assert [f.unit for f in find_figures(text) if f.kind == "quantity"] == ["°"], find_figures(text)


def test_a_lone_fahrenheit_value_is_compared_in_celsius_its_scale_kept() -> None:
    [fact] = sheet("Lindmark recorded 102 degrees Fahrenheit on Tuesday.")
    assert fact.label == "temperature"
    # compared in °C (38.9), shown as its source wrote it (t13ab L8, round s36-q: was "38.9 °C")
    assert (fact.values[0].value, fact.values[0].unit) == (38.9, "°C")
    assert value_text(fact.values[0]) == "102 °F", value_text(fact.values[0])
    assert fact.values[0].alt == (102.0, "°F")
