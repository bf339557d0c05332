"""A percentage with a half written out ("four and a half percent", t13aj N7) is one figure, 4.5%,
as precise as "4.5%": it was read as the number four, and a whole 4 ± 0.5 disagreed with 4.5%."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import find_figures


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("The employers have offered four and a half percent.", 4.5, "four and a half percent"),
        ("Prices rose 2-and-a-half per cent in May.", 2.5, "2-and-a-half per cent"),
        ("The bank cut rates by three and a half percentage points.", 3.5, "three and a half percentage points"),
    ],
)
def test_half_is_the_percentages(text: str, value: float, written: str) -> None:
    percents = [f for f in find_figures(text) if f.kind == "percent"]
    assert [(f.value, text[f.start : f.end]) for f in percents] == [(value, written)]


def test_spelled_half_percent_agrees_with_decimals() -> None:
    facts = sheet(
        "The employers have offered four and a half percent, the association said.",
        "The employers have offered 4.5 percent, the association said.",
    )
    [fact] = [f for f in facts if any(v.kind == "percent" for v in f.values)]
    assert fact.status == "agree"
    assert [v.value for v in fact.values] == [4.5, 4.5]
