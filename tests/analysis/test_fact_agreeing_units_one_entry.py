"""A row whose values agree writes one amount in two units as one entry, headed by the amount most
of its sources give, the others saying how they wrote it (issue #16, t13ac M24, round s37-f:
`temperature agree 93 °F (Nordwire) · 34 °C (Eastpress; Southline)` listed one reading twice, as
if two; a row that changes did so already: "12 km (Alpha; 7.5 mi: Beta)")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import timeline


@pytest.mark.parametrize(
    ("texts", "prefix", "line"),
    [
        (  # reported (t13ac repro v26 a-c)
            (
                "Temperatures in Varnhelm reached 93F on Thursday.",
                "Temperatures in Varnhelm reached 34C on Thursday.",
                "It was 34 degrees Celsius (93 degrees Fahrenheit) in Varnhelm on Thursday.",
            ),
            "temperature",
            "34 °C (93 °F: a; b; c)",
        ),
        (  # another: a distance in miles and kilometres
            (
                "The summit is 8 km from Varnhelm, scientists said.",
                "The summit lies 5 miles from Varnhelm, scientists said.",
                "Scientists said the summit was 8 km from Varnhelm.",
            ),
            "distance",
            "8 km (a; 5 mi: b; c)",
        ),
        (  # and a duration in hours and days
            (
                "The airport was closed for 72 hours after the eruption.",
                "The airport was closed for three days after the eruption.",
            ),
            "closure",
            "72 hours (a; 3 days: b)",
        ),
    ],
    ids=["temperature", "distance", "duration"],
)
def test_an_agreeing_row_writes_one_amount_once(texts: tuple[str, ...], prefix: str, line: str) -> None:
    [row] = [f for f in sheet(*texts) if f.label.startswith(prefix) and f.sources > 1]
    assert row.status == "agree", row.grounds
    assert timeline(row, {}) == line
