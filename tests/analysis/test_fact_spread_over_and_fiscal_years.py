"""Two readings of time that made a figure say what its text does not (issue #16, t13air's list):

* "over" before a duration after what is spread across it is no bound: "will pay $40 million over
  four years" is a payment plan of four years, never "more than 4 years"; after a preposition, at
  its clause's start, after a verb whose object is the time, or before "ago", it still is ("for
  over four years", "Over four years have passed", "spent over four years in prison");
* a fiscal year written with a slash ("2026/27") is no calendar year: "£40m for road repairs in
  2026/27" is no money "in 2026"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    "text",
    [
        # reported (a payment plan's duration)
        "The government will pay $40 million over four years to rebuild the schools.",
        # variants of my own: a spending plan, work done over a time
        "The council will spend £12m over five years on flood defences.",
        "The survey, carried out over four years, measured 43 sea walls.",
    ],
)
def test_over_a_span_is_no_bound(text: str) -> None:
    [duration] = [f for f in figures_of(text) if f.kind == "duration"]
    assert duration.qualifier == ""
    assert not text[duration.start : duration.end].lower().startswith("over")


@pytest.mark.parametrize(
    "text",
    [
        "He waited for over four years.",
        "Over four years have passed since the flood.",
        "He spent over four years in prison.",
    ],
)
def test_over_as_more_than_stays(text: str) -> None:
    [duration] = [f for f in figures_of(text) if f.kind == "duration"]
    assert duration.qualifier == "over"


@pytest.mark.parametrize(
    "text",
    [
        # reported (a fiscal year)
        "The council set aside £40m for road repairs in 2026/27.",
        # variants of my own: the year before the amount, another year and currency
        "In 2026/27 the council set aside £40m for road repairs.",
        "The ministry pledged €12m for bridge repairs in 2025/26.",
    ],
)
def test_a_fiscal_year_is_no_calendar_year(text: str) -> None:
    [money] = [f for f in sheet(text) if f.values[0].kind == "money"]
    assert not any(ch.isdigit() for ch in money.label)
    assert all(str(v.years_ago) == "None" and "20" not in v.measure for v in money.values)
