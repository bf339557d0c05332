"""Snapshots: the timeline screen on a corpus mixing every format (times shown in UTC)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from snapshot_app import COVERAGE_MIX, SIZE, make_app, then


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_timeline(snap_compare) -> None:
    """t from the library: one lane per outlet (AP, Reuters, Lusa, Portugal News Daily, Tejo
    Notes, Diario Economico, and "—" for articles without an outlet), marks placed in time from
    02 Sep to 06 Sep 2025, the undated opinion piece in the "?" column after the axis; the
    cursor on the first article (AP), described under the chart; the subject list below."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=SIZE, run_before=then("t"))


def test_timeline_subject_chosen(snap_compare) -> None:
    """tab to the subject list and down to the second subject: the articles mentioning it are
    emphasised (the first underlined), and the detail says who mentioned it first and, for a
    figure, how it changed."""
    assert snap_compare(make_app(corpus=COVERAGE_MIX), terminal_size=SIZE, run_before=then("t", "tab", "down", "down"))
