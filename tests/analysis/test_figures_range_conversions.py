"""A range with its conversion is one figure (issue #16: "a measurement with its conversion is one
figure, not two"; session 26 probe of an invented typhoon). Found: Reuters' "a storm surge of 2 to
3 metres (6.5 to 10 feet)" was two figures, the feet a fact of their own ("length (ft)"), and so was
the explainer's "209 to 251 km/h (130 to 156 mph)"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "low", "high", "unit", "conversion"),
    [
        # found (Reuters, The Monsoon Review)
        (
            "forecasters had warned of a storm surge of 2 to 3 metres (6.5 to 10 feet).",
            "2 to 3 metres (6.5 to 10 feet)",
            2,
            3,
            "m",
            (6.5, "ft"),
        ),
        (
            "a Category 4 storm has winds of 209 to 251 km/h (130 to 156 mph).",
            "209 to 251 km/h (130 to 156 mph)",
            209,
            251,
            "km/h",
            (130, "mph"),
        ),
        # variants of my own
        ("Waves of 8-10 metres (26-33 feet) hit the pier.", "8-10 metres (26-33 feet)", 8, 10, "m", (26, "ft")),
        ("The trail climbs 300–400 m (980–1,310 ft).", "300–400 m (980–1,310 ft)", 300, 400, "m", (980, "ft")),
    ],
)
def test_a_range_with_its_conversion_is_one_figure(
    text: str, written: str, low: float, high: float, unit: str, conversion: tuple[float, str]
) -> None:
    figs = figures_of(text)
    got = [(text[f.start : f.end], f.value, f.high, f.unit, f.conversion) for f in figs if f.kind == "quantity"]
    assert got == [(written, low, high, unit, conversion)], got


def test_the_converted_range_is_no_fact_of_its_own() -> None:
    facts = sheet("Forecasters warned of a storm surge of 2 to 3 metres (6.5 to 10 feet).")
    assert [f.label for f in facts] == ["storm surge"], [f.label for f in facts]  # no "length (ft)"
