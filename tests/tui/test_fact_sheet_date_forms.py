"""The fact sheet writes every date in one form, with the year when its dates span several
(acceptance s12 #4: a 1990 article's figure date showed as "14 Mar" among 2025 ones, and one
story's dates were written two ways, "14 Mar" and "Fri 10:52")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.index.analysis.facts import when
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)

WEEKDAY = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
TOLLS = ("At least 12", "Fourteen", "Twelve")


def write(root: Path, dates: tuple[str, ...]) -> Path:
    root.mkdir()
    for n, (date, toll) in enumerate(zip(dates, TOLLS, strict=False)):
        (root / f"s{n}.md").write_text(
            f"---\ntitle: Ferry sinks off Halvik\noutlet: Outlet {n}\ndate: {date}\n---\n"
            f"{toll} people were killed when the ferry sank off Halvik, officials said.\n",
            "utf-8",
        )
    return root


@pytest.mark.parametrize(
    ("dates", "shown", "absent"),
    [
        (  # the report: a 1990 article among 2025 ones, one of them timed
            ("2025-03-14T10:52:00Z", "2025-03-15", "1990-03-14"),
            ["14 Mar 2025 10:52", "15 Mar 2025", "14 Mar 1990"],
            [],
        ),
        (  # one year: no year, and the timed and day-only dates in one form
            ("2025-03-14T10:52:00Z", "2025-03-15"),
            ["14 Mar 10:52", "15 Mar"],
            ["2025"],
        ),
        (  # across a new year: both years said
            ("2024-12-31T23:30:00Z", "2025-01-01T08:15:00Z"),
            ["31 Dec 2024 23:30", "1 Jan 2025 08:15"],
            [],
        ),
    ],
)
async def test_the_sheet_writes_its_dates_one_way(
    tmp_path: Path, dates: tuple[str, ...], shown: list[str], absent: list[str]
) -> None:
    app = make_app(corpus=write(tmp_path / "c", dates))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
        toll = next(f for f in screen.rows if f.label == "death toll")
        assert screen.year() == (not absent)  # the sheet's dates span several years
        # the values cell as the table draws it, each source written out (wide enough for all)
        cell = screen._cells(toll, screen.names(), 30, 400, 3)[2].content.plain
        for said in shown:
            assert said in cell, (said, cell)
        for said in absent:
            assert said not in cell, (said, cell)
        assert not WEEKDAY.search(cell), cell
        detail = str(screen.query_one("#coverage-detail", Static).render())
        first = toll.values[screen.value_index]
        assert when(first.date, year=len(absent) == 0) in detail and not WEEKDAY.search(detail), detail


def test_a_year_is_said_only_when_the_years_differ() -> None:
    assert when("2025-03-14T10:52:00Z") == "14 Mar 10:52" and when("2025-03-14") == "14 Mar"
    assert when("2025-03-14T10:52:00Z", year=True) == "14 Mar 2025 10:52"
    assert when("1990-03-02", year=True) == "2 Mar 1990"
    assert when("--03-14", year=True) == "14 Mar"  # a year-less date has none to say
    assert when("2025-03", year=True) == "Mar 2025"
