"""A category's band of wind speeds is no storm's wind speed (issue #16, session 26 probe of an
invented typhoon). Found: the explainer's "a Category 4 storm has winds of 209 to 251 km/h (130 to
156 mph)" was a value of the *wind speed* row, among the outlets' 185 km/h."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    "text",
    [
        # found (The Monsoon Review)
        "It was a Category 3 storm on the scale used in the Atlantic, where a Category 4 storm has winds of 209 to 251 km/h (130 to 156 mph).",
        # variants of my own
        "On the Saffir-Simpson scale, a Category 3 hurricane has winds of 111 to 129 mph.",
        "Under that scale, Category 2 typhoons have winds of 154-177 km/h.",
    ],
)
def test_a_categorys_band_is_no_wind_speed(text: str) -> None:
    facts = sheet("The typhoon came ashore with sustained winds of 185 km/h.", text)
    rows = {f.label: [value_text(v) for v in f.values] for f in facts}
    assert rows.get("wind speed") == ["185 km/h"], rows


def test_a_storms_own_winds_beside_its_category_stay() -> None:
    facts = sheet("Lorna, a Category 3 storm, came ashore with winds of 185 km/h.", "Winds reached 195 km/h.")
    rows = {f.label: f.status for f in facts}
    assert rows.get("wind speed") == "disagree", rows
