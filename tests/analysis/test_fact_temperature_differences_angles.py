"""Bare "degrees" and °F values that are no air reading (s35-rv2 items 4, 5 and 11, round s35-p2):
a difference in °F is not converted with the offset and is no air temperature
(temperatures.temperature_difference); a bare-degree air value above the °C air's 60 is °F
(figures._bare_degrees_scale); a turn's or slope's angle is no temperature (figures._ANGLE_BEFORE)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import find_figures


def _rows(*texts: str) -> dict[str, tuple[str, list[float]]]:
    return {f.label: (f.status, sorted(float(v.value) for v in f.values)) for f in sheet(*texts)}


@pytest.mark.parametrize(
    "difference",
    [
        # found (rv2-tmp/t3)
        "Temperatures in the city were 15 degrees Fahrenheit above normal on Monday, officials said.",
        # variants of my own: other comparisons, a change verb, a hyphenated change
        "Temperatures in Lindmark were 18F warmer than usual on Monday, officials said.",
        "Temperatures in the city rose by 20 degrees Fahrenheit on Monday, officials said.",
        "Kellby saw a 25-degree Fahrenheit drop in temperatures on Monday, officials said.",
    ],
)
def test_a_difference_in_fahrenheit_is_no_air_temperature(difference: str) -> None:
    rows = _rows(difference, "Temperatures in the city reached 41C on Monday, officials said.")
    assert "temperature" not in rows or rows["temperature"][0] != "disagree", rows
    assert all(v >= 0 for _, values in rows.values() for v in values), rows  # no "-9.4 °C"


@pytest.mark.parametrize(
    "hot",
    [
        # found (rv2-tmp/t8)
        "Temperatures in Phoenix hit 104 degrees on Monday, the weather service said.",
        # variants of my own: other places, "°", a high of
        "The mercury in Dallas climbed to 107 degrees on Sunday, forecasters said.",
        "Temperatures in Tucson reached a high of 100° on Friday, forecasters said.",
    ],
)
def test_a_bare_degree_air_value_above_60_is_fahrenheit(hot: str) -> None:
    units = [f.unit for f in find_figures(hot) if f.kind == "quantity"]
    assert units == ["°F"], units


def test_phoenix_104_degrees_agrees_with_40c() -> None:
    rows = _rows(
        "Temperatures in Phoenix hit 104 degrees on Monday, the weather service said.",
        "Temperatures in Phoenix hit 40C on Monday, the weather service said.",
    )
    assert rows.get("temperature") == ("agree", [40.0, 40.0]), rows


@pytest.mark.parametrize(
    "angle",
    [
        # found (rv2-tmp/t6)
        "As temperatures fell, the wind swung round 90 degrees overnight, forecasters said.",
        # variants of my own: other turning verbs, a slope, another value
        "As temperatures climbed, the ship turned through 45 degrees to avoid the ice.",
        "With temperatures dropping, the crane tilted 30 degrees before it fell.",
        "Despite the heat, the road rises at an angle of 12 degrees near the pass.",
    ],
)
def test_an_angle_near_a_temperature_word_is_no_temperature(angle: str) -> None:
    units = [f.unit for f in find_figures(angle) if f.kind == "quantity"]
    assert "°C" not in units and "°F" not in units, units


def test_a_bare_degree_beyond_any_air_is_no_temperature() -> None:
    units = [f.unit for f in find_figures("Temperatures in the kiln area, engineers said, were 900 degrees.")]
    assert "°C" not in units and "°F" not in units, units


@pytest.mark.parametrize(
    "text",
    [
        "As temperatures fell, the fleet sailed 50 degrees off its course, the coastguard said.",
        "While the heatwave eased, the tanker drifted 20 degrees to port.",
        "Despite the heat, they steered 35 degrees away from the reef.",
    ],
)
def test_no_temperature_across_a_clause_cut(text: str) -> None:
    units = [f.unit for f in find_figures(text) if f.kind == "quantity"]
    assert "°C" not in units and "°F" not in units, units


@pytest.mark.parametrize(
    "text",
    [
        "As temperatures climbed, the mercury reached 41 degrees.",
        "As temperatures climbed, reaching 41 degrees, crews rested.",
        "Temperatures in Seville, the hottest city, reached 41 degrees.",
    ],
)
def test_a_temperature_in_its_own_clause_is_kept(text: str) -> None:
    units = [f.unit for f in find_figures(text) if f.kind == "quantity"]
    assert units == ["°C"], units
