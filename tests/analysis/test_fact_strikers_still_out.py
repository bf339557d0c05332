"""A count of people still on strike is the strikers' measure, whatever the wording (issue #16,
t13ajr N1): "more than 14,000 of its members … remain on strike" (a count with its noun in an
"of" phrase), "remain off the job", "stayed off the wards", "stayed out" were in no row, and the
union's figure was the outlier the row should show."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _strikers(*texts: str) -> list[tuple[str, list[float]]]:
    return [
        (f.status, [float(v.value) for v in f.values])
        for f in sheet(*texts)
        if f.values[0].kind == "count" and f.values[0].measure.split("|", 1)[0] == "strike"
    ]


@pytest.mark.parametrize(
    ("still_out", "other", "values"),
    [
        # reported: the union's release (t13ajr N1)
        (
            "The union today confirmed that more than 14,000 of its members at the Port of Marholm remain on strike.",
            "Some 12,000 dockworkers are on strike, the union said.",
            [14_000.0, 12_000.0],
        ),
        # variants: other trades and wordings of staying away
        (
            "More than 2,100 pilots remain off the job at Nordair, on the third day of the strike.",
            "About 1,800 pilots went on strike on Monday.",
            [2_100.0, 1_800.0],
        ),
        (
            "Some 8,000 nurses stayed off the wards on Tuesday, the second day of their strike.",
            "About 11,000 nurses are on strike, the federation said.",
            [8_000.0, 11_000.0],
        ),
        (
            "About 600 bus drivers stayed out on Friday as the strike entered its second week.",
            "Some 450 bus drivers are on strike.",
            [600.0, 450.0],
        ),
    ],
)
def test_still_on_strike_is_the_strikers_count(still_out: str, other: str, values: list[float]) -> None:
    assert _strikers(still_out, other) == [("disagree", values)]


def test_staying_out_of_something_is_no_strike() -> None:
    # "stayed out of the dispute": no one on strike
    assert _strikers("About 3,000 teachers stayed out of the dispute, the strike committee said.") == []
