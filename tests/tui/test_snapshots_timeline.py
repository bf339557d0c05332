"""Snapshots: the timeline screen on a corpus mixing every format (times shown in UTC)."""

from __future__ import annotations

import pytest
from snapshot_app import COVERAGE_MIX, SIZE, make_app, then

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def test_timeline(snap_compare) -> None:
    """t from the library: one lane per outlet (AP, Reuters, Lusa, Portugal News Daily, Tagus
    Times, Tejo Notes, Diario Economico, and "(no outlet)"), marks placed in 3-hour columns from
    02 Sep to 06 Sep 2025 ("1 column = 3 h" under the axis), the undated opinion piece in the "?"
    column after the axis; the cursor on the first article (AP), described under the chart; the
    subject list below."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=SIZE, run_before=then("t"))


def test_timeline_subject_chosen(snap_compare) -> None:
    """tab to the subject list and down to the second subject: the articles mentioning it are
    emphasised (the first underlined), and the detail says who mentioned it first and, for a
    figure, how it changed."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=SIZE, run_before=then("t", "tab", "down"))


def test_timeline_narrow(snap_compare) -> None:
    """At 60x20: the lanes scroll, the axis ends are the days only and the column's stretch
    ("1 column = 3 h") has a line of its own under them."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=(60, 20), run_before=then("t"))
