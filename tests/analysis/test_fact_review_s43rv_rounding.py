"""One rounding rule for every percentage, symmetric (issue #16, review s43-rv finding 11): a figure
written with fewer digits is a rounding of one written with more when within half a unit of its
last digit. A decimal was read as exact, so "52.5%" agreed with "53%" but disagreed with "52%", and
"4.45%" disagreed with "4.5%"; two figures that truly differ still disagree."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.facts.percent import rounding_margin


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # the reported inputs: 52.5 may be 52.46, a rounding to 52 as much as to 53
        ("Turnout was 52.5%.", "Turnout was 52 per cent.", "agree"),
        ("Inflation was 4.45%.", "Inflation was 4.5%.", "agree"),
        # variants: a half below a whole percent, two decimals below one
        ("Labour won 37.5% of the vote.", "Labour took 37 per cent of the vote.", "agree"),
        ("Unemployment rose to 2.35%.", "Unemployment rose to 2.3%.", "agree"),
        # what truly differs stays apart: beyond half a unit, or one precision compared as written
        ("Turnout was 52.6%.", "Turnout was 52 per cent.", "disagree"),
        ("Inflation was 4.44%.", "Inflation was 4.5%.", "disagree"),
        ("Turnout was 52%.", "Turnout was 55 per cent.", "disagree"),
        ("Turnout was 52.5%.", "Turnout was 52.4 per cent.", "disagree"),
    ],
)
def test_a_rounding_is_symmetric_at_any_precision(a: str, b: str, status: str) -> None:
    assert [f.status for f in sheet(a, b)] == [status]


def test_a_decimal_shows_its_digits() -> None:
    # its rounding margin is no share in words' margin: "52.5%" is shown as written
    (row,) = sheet("Turnout was 52.5%.", "Turnout was 52 per cent.")
    assert [value_text(v) for v in row.values] == ["52.5%", "52%"]
    assert rounding_margin("4.45", 4.45) == pytest.approx(0.005)
