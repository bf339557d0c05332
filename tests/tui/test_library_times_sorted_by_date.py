"""A library sorted by date shows its dates' times where the articles of one day differ in time
and the title keeps at least 30 cells (t13an N18: at 120 columns, sorted by date, every row of
14 March read "14 Mar 2026": the doc ids, grown to 27 cells, took the title down to 34, and the
time, allowed the title's cells only down to 30, never showed). Reported: the needs of that
corpus at 120 columns (fit_widths); variants: another corpus of long ids and timed dates at 100,
115, 120, 125 and 130 columns (Pilot; before, times showed at 110 and 130 but not at 115 or 125),
and 60 columns unchanged (the day alone, as before)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import SIZE, make_app, settle, then

from waic_reader.tui.screens.library import (
    DATE_TIMED,
    TIME_FROM_TITLE,
    TITLE_ROOM,
    LibraryScreen,
    fit_widths,
    times_within_a_day,
)

FIXTURE = Path(__file__).parents[1] / "fixtures" / "library_times_t13an"
TIME = re.compile(r"\d\d:\d\d")


def title_left(screen: int, widths: dict[str, int]) -> int:
    return screen - sum(w + 2 for w in widths.values()) - 4


# The reported library (t13an-r corpus2) at 120 columns: folder, doc, outlet, date and the count
# columns' base widths, and what its rows need (folders 7, ids 27, outlets 24, titles 36, times).
REPORTED_BASE = {"folder": 12, "doc": 10, "outlet": 16, "date": 11, "words": 6, "entities": 4}
REPORTED_NEED = {"folder": 7, "doc": 27, "outlet": 24, "title": 36, "date": DATE_TIMED}


def test_reported_time_first_when_sorted_by_date() -> None:
    widths = fit_widths(120, REPORTED_BASE, REPORTED_NEED, time_first=True)
    assert widths["date"] == DATE_TIMED
    assert title_left(120, widths) >= TITLE_ROOM - TIME_FROM_TITLE


def test_folder_order_keeps_ids_first() -> None:
    # not sorted by date: the order (ids whole first) is as before
    widths = fit_widths(120, REPORTED_BASE, REPORTED_NEED)
    assert widths["doc"] == 27


def test_times_within_a_day() -> None:
    assert times_within_a_day(["2026-03-14T03:20", "2026-03-14T06:05", None])
    assert not times_within_a_day(["2026-03-14T03:20", "2026-03-15T06:05", "2026-03-14", "--03-14"])
    assert not times_within_a_day(["2026-03-14T11:20", "2026-03-14T11:20:00"])


async def dates_shown(width: int, sort: bool) -> tuple[list[str], int]:
    app = make_app(corpus=FIXTURE)
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        if sort:
            await pilot.press("s")
            await settle(pilot)
        keys = [key for key, _, _ in screen._shown]
        at = keys.index("date")
        dates = [str(screen._row_cells(doc)[at]) for doc in screen._ordered()]
        return dates, screen._title_width


@pytest.mark.parametrize("width", [100, 115, 120, 125, 130])
async def test_sorted_by_date_shows_times(width: int) -> None:
    dates, title = await dates_shown(width, sort=True)
    assert sum(bool(TIME.search(d)) for d in dates) == 7, dates  # every timed article's time
    assert title >= TITLE_ROOM - TIME_FROM_TITLE


async def test_60_columns_unchanged() -> None:
    dates, _ = await dates_shown(60, sort=True)
    assert not any(TIME.search(d) for d in dates)


def test_snapshot_sorted_by_date(snap_compare) -> None:
    """120x40, `s` once: the fixture sorted by date, 2 Apr's rows with their times (05:40 … 16:50),
    1 Apr's day alone, ids whole, titles 30 cells or more."""
    assert snap_compare(make_app(corpus=FIXTURE), terminal_size=SIZE, run_before=then("s"))
