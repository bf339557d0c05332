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


@pytest.mark.parametrize("change", ["add", "remove"])
async def test_the_timeline_takes_in_files_added_or_removed_while_the_app_runs(tmp_path, change: str) -> None:  # type: ignore[no-untyped-def]
    # Opened from the library right after files changed, the timeline listed the old folder
    # until the library was shown again (acceptance tester, issue 17).
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i, day in enumerate((14, 15, 16)):
        (corpus / f"s{i}.txt").write_text(
            f"Ferry story {i}\n\nPosted: March {day}, 2025\n\nThe ferry service resumed on the island route.\n", "utf-8"
        )
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.index_ready
        if change == "add":
            (corpus / "s9.txt").write_text("Late story\n\nPosted: March 18, 2025\n\nThe ferry ran late.\n", "utf-8")
        else:
            (corpus / "s0.txt").unlink()
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.timeline is not None
        docs = sorted(a.doc for a in screen.timeline.articles)
        assert docs == (["s0", "s1", "s2", "s9"] if change == "add" else ["s1", "s2"])


@pytest.mark.parametrize("leave", [False, True], ids=["waits-then-reads", "left-while-waiting"])
async def test_the_timeline_waits_for_the_first_index_build_instead_of_reading_every_article(
    monkeypatch: pytest.MonkeyPatch, leave: bool
) -> None:
    """Acceptance s11: `t` during the first index build of 20,000 articles read every article
    itself beside the build (8.5 minutes, "Reading 20,000 articles…" without a count). It now
    waits for the build, saying how far it is, and then reads what the index keeps; left while
    waiting, it reads nothing."""
    app = make_app(corpus=COVERAGE_MIX)
    ws = app.workspace
    release, building = threading.Event(), threading.Event()
    real_ensure, real_timeline = ws.ensure_index, ws.timeline
    timelines: list[bool] = []  # whether the index was ready when the timeline was read

    def slow_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        building.set()
        assert release.wait(20)
        return real_ensure(*args, **kwargs)

    def timeline() -> Timeline:
        timelines.append(ws.index_ready())
        return real_timeline()

    monkeypatch.setattr(ws, "ensure_index", slow_build)
    monkeypatch.setattr(ws, "timeline", timeline)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if building.is_set():
                break
        assert building.is_set() and not app.index_ready
        await pilot.press("t")
        await pilot.pause(0.5)
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.timeline is None
        assert "Waiting for the index" in screen.query_one(TimelineChart).render().plain
        assert timelines == []  # no article read beside the build
        if leave:
            await pilot.press("escape")
            await pilot.pause(0.3)
        release.set()
        await settle(pilot)
        assert app.index_ready
        if leave:
            assert timelines == []
        else:
            assert timelines == [True]  # read once, from what the index keeps
            assert screen.timeline is not None and screen.timeline.articles
