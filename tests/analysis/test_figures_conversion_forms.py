"""A measurement with its conversion is one figure, however the conversion is written (t13m F8, a
storm corpus, issue #16: "winds of 120 km/h (75 mph)", the mph a row of its own). The reported
writing was one figure already; its kind failed in other writings of a speed ("120 km per hour",
"33 m/s", "75 m.p.h."), of a mass or an area ("66 lb", "116 sq miles"), with two conversions in
the brackets ("(75 mph; 65 knots)"), in square brackets, and after "or" or between dashes ("120
km/h, or 75 mph,"): the conversion was a length, a bare number or a speed of its own. A figure
after "or" in the same unit, or one that is no conversion ("5 km or 10 km"), stays a figure."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "conversion"),
    [
        # reported (t13m F8): one figure on main too
        ("The storm brought winds of 120 km/h (75 mph).", "120 km/h (75 mph)", 120, "km/h", (75, "mph")),
        # variants of my own (each two figures before)
        ("Winds of 120 km per hour (75 mph) toppled trees.", "120 km per hour (75 mph)", 120, "km/h", (75, "mph")),
        ("Gusts of 33 m/s (120 km/h) were measured.", "33 m/s (120 km/h)", 33, "m/s", (120, "km/h")),
        ("Winds of 120 km/h (75 m.p.h.) hit the coast.", "120 km/h (75 m.p.h.)", 120, "km/h", (75, "mph")),
        ("Each sack weighs 30 kg (66 lb).", "30 kg (66 lb)", 30, "kg", (66, "lb")),
        ("The lake covers 300 sq km (116 sq miles).", "300 sq km (116 sq miles)", 300, "km²", (116, "mi²")),
        ("Winds of 120 km/h (75 mph; 65 knots) hit.", "120 km/h (75 mph; 65 knots)", 120, "km/h", (75, "mph")),
        ("Winds of 120 km/h [75 mph] hit the coast.", "120 km/h [75 mph]", 120, "km/h", (75, "mph")),
        ("Winds of 120 km/h, or 75 mph, hit the coast.", "120 km/h, or 75 mph", 120, "km/h", (75, "mph")),
        ("Gusts of 130 km/h – 81 mph – felled trees.", "130 km/h – 81 mph", 130, "km/h", (81, "mph")),
    ],
)
def test_a_measurement_with_its_conversion_is_one_figure(
    text: str, written: str, value: float, unit: str, conversion: tuple[float, str]
) -> None:
    figs = [f for f in figures_of(text) if f.kind == "quantity"]
    assert [(text[f.start : f.end], f.value, f.unit, f.conversion) for f in figs] == [
        (written, value, unit, conversion)
    ], figs


@pytest.mark.parametrize(
    "text",
    ["The road is 5 km or 10 km long.", "Winds of 120 km/h or 95 mph were forecast.", "It is 12 km – 40 miles away."],
)
def test_a_figure_after_or_that_is_no_conversion_stays_a_figure(text: str) -> None:
    assert len([f for f in figures_of(text) if f.kind == "quantity"]) == 2, figures_of(text)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Winds of 120 km per hour (75 mph) toppled trees.", "Winds reached 75 mph."),
        ("Winds of 120 km/h, or 75 mph, toppled trees.", "Winds reached 120 km/h."),
        ("Gusts of 33 m/s (120 km/h) were measured.", "Gusts of 119 km/h were measured."),
    ],
)
def test_the_fact_sheet_has_one_row_of_the_speed(text: str, other: str) -> None:
    rows = [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(text, other)]
    assert len(rows) == 1 and rows[0][1] == "agree", rows
