"""A duration after "in" or "within" that says how long a figure of its clause took to be reached is
that figure's window, no "duration" row of its own: "4 inches (100 mm) of rain fell in three hours"
and "Rainfall reached 4 inches in three hours" give the rainfall row and no bare "duration agree 3
hours" (t13air R4). A duration that is what its clause says ("The strike lasted three days") stays."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13air variants/R4-traps2 a, c)
        (
            "Temperatures hit 38C (100F) before the storms, and 4 inches (100 mm) of rain fell in three hours.",
            "Rainfall reached 4 inches in three hours, and the temperature peaked at 38 degrees Celsius.",
        ),
        # variants of my own: "within", a count reached in a time
        ("The storm dumped 200 mm of rain within six hours.", "About 200 mm of rain fell in six hours."),
        ("The floods killed 30 people in two days.", "Thirty people were killed in just two days."),
    ],
)
def test_a_figures_window_is_no_duration_row(texts: tuple[str, str]) -> None:
    facts = sheet(*texts)
    assert not [f for f in facts if f.values[0].kind == "duration"]
    assert all(f.status == "agree" for f in facts)


def test_a_duration_its_clause_is_about_stays() -> None:
    [row] = sheet("The strike lasted three days.", "Workers were on strike for three days.")
    assert row.values[0].kind == "duration"
