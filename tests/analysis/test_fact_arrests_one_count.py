"""Arrests are one count whatever noun counts the arrested (issue #16, t13ajr S5): "23 people"
and "23 protesters" arrested on one Wednesday were compared only by noun, so the row paired the
wrong reports and never showed the real 23 vs 32. A running total ("since the start of the
strike") is another count, never a value of one day's arrests."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _arrests(*texts: str) -> list[tuple[str, str, list[float]]]:
    return [
        (f.values[0].measure, f.status, [float(v.value) for v in f.values])
        for f in sheet(*texts)
        if f.values[0].measure.startswith("arrested")
    ]


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # reported (t13ajr S5)
        (
            (
                "Police arrested 23 people on Wednesday after protesters blocked an access road.",
                "Police said 23 protesters were arrested on Wednesday.",
                "Police arrested 32 protesters on Wednesday at Terminal 2.",
                "Police said 32 people had been arrested since the start of the strike.",
            ),
            [("arrested", "disagree", [23.0, 23.0, 32.0]), ("arrested|since the start", "single source", [32.0])],
        ),
        # variants: "detained" strikers and demonstrators, a total since the protests began
        (
            (
                "Police detained 40 strikers outside the factory on Monday.",
                "Some 55 demonstrators were detained outside the factory on Monday.",
                "In all 120 people have been detained since the protests began.",
            ),
            [("arrested", "disagree", [40.0, 55.0]), ("arrested|since the start", "single source", [120.0])],
        ),
        (
            (
                "Officers arrested 12 fans after the match.",
                "Twelve people were arrested after the match, police said.",
            ),
            [("arrested", "agree", [12.0, 12.0])],
        ),
    ],
)
def test_the_arrested_are_one_count(texts: tuple[str, ...], rows: list[tuple[str, str, list[float]]]) -> None:
    assert _arrests(*texts) == rows
