"""The timeline screen says it is reading while its worker computes (minutes the first time on
tens of thousands of articles), never "No articles."."""

from __future__ import annotations

import threading

import pytest
from snapshot_app import COVERAGE_MIX, make_app, settle
from textual.widgets import Static

from waic_reader.index.analysis.timeline import Timeline
from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart


async def test_the_timeline_says_it_is_reading_until_the_worker_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(corpus=COVERAGE_MIX)
    ws = app.workspace
    release, entered = threading.Event(), threading.Event()
    real = ws.timeline

    def slow() -> Timeline:
        entered.set()
        assert release.wait(10)
        return real()

    monkeypatch.setattr(ws, "timeline", slow)
    count = len(ws.docs)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        for _ in range(50):  # until the worker is inside timeline()
            await pilot.pause(0.02)
            if entered.is_set():
                break
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.timeline is None
        chart = screen.query_one(TimelineChart)
        reading = f"Reading {count:,} articles…"
        assert chart.render().plain == reading
        assert str(screen.query_one("#timeline-article", Static).render()) == reading
        release.set()
        await settle(pilot)
        assert screen.timeline is not None
        assert chart.render().plain != reading and "No articles." not in chart.render().plain
        assert "Reading" not in str(screen.query_one("#timeline-article", Static).render())
