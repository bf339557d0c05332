"""A count a modal's verb of reaching is to reach ("could pass 500 cases by the end of the month")
is a forecast, listed in no row, so it never agrees or disagrees with a count an article reports
(#16, t13ak N6: HealthWatch's projection agreed with a blog's claimed 500 in a row "cases")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        (  # reported (HealthWatch's Dr Marsh, the hostile blog's claim)
            (
                "Dr Helen Marsh warned the outbreak could pass 500 cases by the end of the month.",
                "Residents said there were already 500 cases in the city.",
            ),
            500,
        ),
        # variants of my own: other verbs and things, with and without the value's agreement
        (
            (
                "Analysts said arrivals may top 2,000 migrants this week.",
                "Officials said 2,000 migrants arrived this week.",
            ),
            2000,
        ),
        (
            (
                "Doctors fear the outbreak might exceed 1,200 infections before the schools reopen.",
                "The agency has confirmed 950 infections, the ministry said.",
            ),
            1200,
        ),
    ],
    ids=["reported", "top", "exceed"],
)
def test_a_forecast_count_is_in_no_row(texts: tuple[str, str], value: int) -> None:
    rows = [f for f in sheet(*texts) if any(v.value == value for v in f.values)]
    assert all(v.doc != "a" for f in rows for v in f.values), [(f.label, f.status, f.grounds) for f in rows]
