"""The timeline's range of time (acceptance s11: one stray date, a 2099 or a 1990 among a week of
coverage, flattened the chart into one column, and there was no zoom). The axis covers the bulk
of the articles; those beyond sit at the edge of their lane (◀ ▶) and the line under the axis
says how many in words; + - zoom, < > pan (test_timeline_zoom_pan.py), 0 fits the bulk again, a shows every date; the help
lists those keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX, make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.help import HelpScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import Window, step_name

pytestmark = pytest.mark.usefixtures("utc")

DAY = 86400.0
WEEK = [  # (id, outlet, date): a week of coverage, 14-20 July 2025
    ("r1", "Reuters", "2025-07-14T08:10:00Z"),
    ("a1", "AP", "2025-07-14T11:30:00Z"),
    ("b1", "BBC", "2025-07-15T19:05:00Z"),
    ("r2", "Reuters", "2025-07-16T07:45:00Z"),
    ("a2", "AP", "2025-07-17T09:00:00Z"),
    ("b2", "BBC", "2025-07-18T16:40:00Z"),
    ("r3", "Reuters", "2025-07-19T10:15:00Z"),
    ("a3", "AP", "2025-07-20T12:00:00Z"),
]


def corpus(root: Path, *extra: tuple[str, str, str]) -> Path:
    root.mkdir()
    lines = [
        json.dumps({"id": i, "title": f"Story {i}", "outlet": o, "date": d, "text": f"Story {i}: the ferry sank."})
        for i, o, d in (*WEEK, *extra)
    ]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return root


async def open_chart(pilot, app) -> TimelineChart:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("t")
    await settle(pilot)
    return app.screen.query_one(TimelineChart)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_a_stray_2099_does_not_flatten_the_week(tmp_path: Path, size: tuple[int, int]) -> None:
    """The report: one 2099 article among a week of coverage."""
    app = make_app(corpus=corpus(tmp_path / "c", ("typo", "BBC", "2099-07-16T09:00:00Z")))
    async with app.run_test(size=size) as pilot:
        chart = await open_chart(pilot, app)
        shape = chart.shape()
        assert shape is not None and shape.step <= 6 * 3600  # the week by the hours, not by the years
        assert (shape.before, shape.after) == (0, 1)
        assert shape.place["dump#typo"][1] == shape.width  # the ▶ edge of BBC's lane
        lines = chart.render().plain.splitlines()
        assert any("▶" in ln and ln.startswith("BBC") for ln in lines)
        words = "1 article later ▶"
        assert any(ln.rstrip().endswith(words) for ln in lines)
        assert chart.size.height >= len(lines)  # the words' line is not cut off
        # the cursor starts in the range, on the week's first article
        assert chart.current() is not None and chart.current().doc == "dump#r1"  # type: ignore[union-attr]


async def test_a_stray_1990_and_a_2099_both_stand_aside(tmp_path: Path) -> None:
    root = corpus(tmp_path / "c", ("old", "Archive", "1990-03-02"), ("typo", "BBC", "2099-07-16T09:00:00Z"))
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        chart = await open_chart(pilot, app)
        shape = chart.shape()
        assert shape is not None and (shape.before, shape.after) == (1, 1)
        assert shape.place["dump#old"][1] == -1
        lines = chart.render().plain.splitlines()
        assert any("◀ 1 article earlier" in ln and ln.rstrip().endswith("1 article later ▶") for ln in lines)
        # stepping left from the week's first article reaches the 1990 one, on its arrow
        await pilot.press("left")
        await pilot.pause()
        assert chart.current().doc == "dump#old"  # type: ignore[union-attr]
        said = str(app.screen.query_one("#timeline-article", Static).render())
        assert "earlier than the range shown" in said


async def test_zoom_pan_fit_and_all(tmp_path: Path) -> None:
    app = make_app(corpus=corpus(tmp_path / "c", ("typo", "BBC", "2099-07-16T09:00:00Z")))
    async with app.run_test(size=(120, 40)) as pilot:
        chart = await open_chart(pilot, app)
        shape = chart.shape()
        assert shape is not None and shape.start is not None and shape.end is not None
        bulk = (shape.start, shape.end)
        span = shape.width * shape.step  # the fit's columns
        await pilot.press("plus")  # about half the range, in whole columns (test_timeline_zoom_pan.py)
        assert isinstance(chart.view, Window)
        zoomed = chart.shape()
        assert zoomed is not None and span / 3 <= zoomed.width * zoomed.step <= span * 2 / 3
        assert zoomed.place["dump#r1"][1] in (zoomed.width // 2 - 1, zoomed.width // 2)  # the cursor's, in the middle
        await pilot.press("greater_than_sign")  # a screenful later, the same columns
        panned = chart.shape()
        assert panned is not None and (panned.step, panned.cell) == (zoomed.step, zoomed.cell)
        assert panned.origin == zoomed.origin + zoomed.width
        await pilot.press("less_than_sign")
        assert chart.shape().origin == zoomed.origin  # type: ignore[union-attr]
        await pilot.press("minus")
        shape = chart.shape()
        assert shape is not None and shape.after >= 1 and shape.width * shape.step > zoomed.width * zoomed.step
        await pilot.press("a")  # every date: 2099 in range, nothing beyond
        shape = chart.shape()
        assert shape is not None and (shape.before, shape.after) == (0, 0)
        assert "year" in step_name(shape.step)  # 74 years: a column a year
        assert not any("later ▶" in ln for ln in chart.render().plain.splitlines())
        await pilot.press("0")  # the bulk again
        assert chart.view is None
        shape = chart.shape()
        assert shape is not None and (shape.start, shape.end) == bulk and shape.after == 1
        for _ in range(20):  # zooming in stops at a minute a column
            await pilot.press("plus")
        shape = chart.shape()
        assert shape is not None and shape.step == 60 and shape.width * shape.step >= 3600
        for _ in range(40):  # zooming out stops at every dated article
            await pilot.press("minus")
        shape = chart.shape()
        assert shape is not None and (shape.before, shape.after) == (0, 0)


async def test_a_corpus_without_strays_is_shown_whole_and_the_help_lists_the_keys() -> None:
    app = make_app(corpus=COVERAGE_MIX)
    async with app.run_test(size=(120, 40)) as pilot:
        chart = await open_chart(pilot, app)
        shape = chart.shape()
        assert shape is not None and (shape.before, shape.after) == (0, 0)
        assert not any("◀" in ln or "▶" in ln for ln in chart.render().plain.splitlines())
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys", Static).render())
        for said in ("Zoom in", "Zoom out", "Pan earlier", "Pan later", "Fit", "All dates"):
            assert said in keys, said
