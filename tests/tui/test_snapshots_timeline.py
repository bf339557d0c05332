"""Snapshots: the timeline screen on a corpus mixing every format (times shown in UTC)."""

from __future__ import annotations

import pytest
from snapshot_app import COVERAGE_MIX, SIZE, STRAY_DATES, make_app, then

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def test_timeline(snap_compare) -> None:
    """t from the library: one lane per outlet, in order of its first article (Lusa, Portugal News
    Daily, then AP and Reuters, whose day-only 2 Sep counts at that day's end: t13d fault 6, Tagus
    Times, Tejo Notes, Diario Economico, and "(no outlet)"), marks placed in 3-hour columns from
    02 Sep to 06 Sep 2025, each two cells wide ("3 h = 2 cells" under the axis), with empty
    columns on both sides so the axis takes the whole width (its ends said: 1 Sep 2025 03:00 to
    7 Sep 2025 06:00), the undated opinion piece in the "?" column after the axis; AP's,
    Reuters's and Diario Economico's dates without a time of day drawn as brackets over their
    whole day ("[──] day, no time" under the axis, #17 s16); the cursor on the first timed
    article (Lusa, 2 Sep 16:05), described under the chart; the subject list below."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=SIZE, run_before=then("t"))


def test_timeline_subject_chosen(snap_compare) -> None:
    """tab to the subject list and down to the second subject: the articles mentioning it are
    emphasised (the first underlined), and the detail says who mentioned it first and, for a
    figure, how it changed."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=SIZE, run_before=then("t", "tab", "down"))


def test_timeline_narrow(snap_compare) -> None:
    """At 60x20: the lanes scroll, the axis (the whole width: two empty columns on each side)
    ends are said with their times where they fit, day-only dates drawn as brackets, ("1 Sep 2025 18:00  …  6 Sep 2025 12:00"; the
    days alone had been said, #17 s16, fault 3) and the column's stretch ("1 column = 3 h") has a
    line of its own under them."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=(60, 20), run_before=then("t"))


# -- stray dates: the axis covers the bulk, arrows and words for the rest; zoom and pan --------


def test_timeline_stray_dates(snap_compare) -> None:
    """A week of coverage (14-20 July 2025) with an archive piece of 1990 and a typo's 2099: the
    axis covers the week by the 3 hours (not one column of a 200-year axis), with empty columns
    around it to the whole width (11 to 23 July); Archive's lane has a
    ◀ at the left edge, BBC's a ▶ at the right, and the line under the axis says "◀ 1 article
    earlier" and "1 article later ▶"; the cursor on the first article in the range (Reuters, 14
    July 08:10), not on the 1990 one."""
    assert snap_compare(make_app(corpus=STRAY_DATES), terminal_size=SIZE, run_before=then("t"))


def test_timeline_stray_dates_narrow(snap_compare) -> None:
    """At 60x20 the same: the week by the 6 hours (12 Jul 2025 18:00 to 22 Jul 2025 06:00, times
    said as they fit: the whole width), both arrows and the words under the axis."""
    assert snap_compare(make_app(corpus=STRAY_DATES), terminal_size=(60, 20), run_before=then("t"))


def test_timeline_zoomed_in_and_panned(snap_compare) -> None:
    """+ twice (columns halved about the cursor's article, Reuters 14 July 08:10: the first in the
    range, not the 1990 one) then > once: a screenful later at the same scale, "1 h = 2 cells",
    15 Jul 09:00 to 17 Jul 10:00 (the columns' own ends under the axis, the whole width); the
    cursor on the first mark in view (Xinhua, 15 Jul 13:20), "◀ 5 articles earlier", "5 articles
    later ▶"."""
    assert snap_compare(
        make_app(corpus=STRAY_DATES), terminal_size=SIZE, run_before=then("t", "plus", "plus", "greater_than_sign")
    )


def test_timeline_all_dates_then_zoomed_in(snap_compare) -> None:
    """The acceptance report's flow (s12): t, a, then + nine times, from 2 years a column down
    to a day a column (26 May to 31 Aug 2025): whole days filling the axis, the cursor's article
    (Reuters, 14 July 08:10) in the middle column with the rest of its week beside it, dots on
    Mondays, the axis's own ends and the scale on one line under it; the 1990 and 2099 articles
    beyond (◀ ▶ and the words under the axis)."""
    assert snap_compare(make_app(corpus=STRAY_DATES), terminal_size=SIZE, run_before=then("t", "a", *["plus"] * 9))


def test_timeline_all_dates_narrow(snap_compare) -> None:
    """a at 60x20: every dated article, 1990 to 2099, by the 5 years (1945 to 2144: the whole
    width); the week is one column (as the chart was before), no arrows; 0 would fit the week
    again."""
    assert snap_compare(make_app(corpus=STRAY_DATES), terminal_size=(60, 20), run_before=then("t", "a"))
