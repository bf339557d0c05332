"""Zoom and pan keep the articles being looked at (acceptance s12 #1). ``t``, ``a`` then ``+``
repeatedly had left the cursor's article at the right edge and the rest of its day off-screen
("15 / 22 articles later ▶"); a zoomed range ended mid-column (at "1 quarter = 2 cells" on 14
March, so 15–17 March of the same quarter counted as later); zoomed views took 53–68 of ~98 cells
and wrapped the axis labels; ``<`` ``<`` from "1 column = 1 h" changed the scale and lost the
cursor's article; ``>`` at the end of the data said nothing.

Now a zoom is whole columns filling the axis (:class:`Window`) with the cursor's article in the
middle, a pan moves a screenful at the same scale (the cursor to a mark in view), and a pan or a
zoom that cannot go on says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.corpus.date_values import sort_key
from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import LANE_LABEL, Window, column_number, step_name

pytestmark = pytest.mark.usefixtures("utc")  # times shown and bucketed in UTC (tests/conftest.py)

WEEK = [  # (outlet, date): a busy week, several a day, and two stray dates
    *[("Reuters", f"2025-07-{d}T{h:02d}:10:00Z") for d in (14, 15, 16, 17, 18) for h in (6, 13, 21)],
    *[("AP", f"2025-07-{d}T{h:02d}:40:00Z") for d in (14, 16, 18, 20) for h in (9, 17)],
    ("Archive", "1990-03-02T12:00:00Z"),
    ("BBC", "2099-07-16T09:00:00Z"),
]
QUARTERS = [  # years of coverage, 10-17 March 2025 in one quarter (the quarter report)
    *[("AP", f"{y}-{m:02d}-15T12:00:00Z") for y in range(2016, 2025) for m in (2, 8)],
    *[("Reuters", f"2025-03-{d}T08:00:00Z") for d in (10, 14, 15, 16, 17)],
    ("BBC", "2025-03-17T18:00:00Z"),
    ("Archive", "1990-06-01T12:00:00Z"),  # a stray: "a" spans 35 years, zooming in passes quarters
]
SPARSE = [  # two bursts a year apart and an undated note: panning has an empty stretch to cross
    *[("AP", f"2024-05-0{d}T{h:02d}:00:00Z") for d in (1, 2, 3) for h in (8, 16)],
    *[("BBC", f"2025-05-0{d}T{h:02d}:30:00Z") for d in (1, 2, 3) for h in (9, 18)],
    ("Notes", None),
]


def corpus(root: Path, rows: list[tuple[str, str | None]]) -> Path:
    root.mkdir()
    lines = []
    for n, (outlet, date) in enumerate(rows):
        record = {"id": f"s{n:02d}", "title": f"Story {n}", "outlet": outlet, "text": f"Story {n}: the ferry sank."}
        if date is not None:
            record["date"] = date
        lines.append(json.dumps(record))
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return root


async def open_chart(pilot, app) -> TimelineChart:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("t")
    await settle(pilot)
    return app.screen.query_one(TimelineChart)


def moments(chart: TimelineChart) -> dict[str, float]:
    assert chart.timeline is not None
    keys = {a.doc: sort_key(a.date) for a in chart.timeline.articles}
    return {doc: key[1] for doc, key in keys.items() if key[0] == 0}


def check_view(chart: TimelineChart, *, centred: bool = True) -> None:
    """What a zoomed or panned view owes the user: whole columns (an article is in the view
    exactly when its hour, day or quarter is, never counted beyond it), the axis's whole width
    (as the fit takes it), the labels on one line, and the cursor's article in view, in the
    middle after a zoom, with the rest of its day when the view is two days or more (``centred``)."""
    shape = chart.shape()
    assert shape is not None and shape.window and shape.step
    for doc, moment in moments(chart).items():
        column = column_number(moment, shape.step) - shape.origin
        shown = shape.place[doc][1]
        assert shown == (-1 if column < 0 else shape.width if column >= shape.width else column), (doc, column)
    edges = (1 if shape.before else 0) + (1 if shape.after else 0)
    room = chart.size.width - LANE_LABEL - 2 - (2 if shape.has_undated else 0)  # as the fit
    assert room - shape.cell < shape.width * shape.cell + edges <= room, (shape.width, shape.cell, room)
    assert chart._labels_fit  # the ends and the scale on one line under the axis
    current = chart.current()
    assert current is not None
    column = shape.place[current.doc][1]
    assert 0 <= column < shape.width, "the cursor's article is in view"
    if centred:
        assert abs(column - shape.width // 2) <= 1, (column, shape.width)
    if centred and shape.width * shape.step >= 2 * 86400:
        day = column_number(moments(chart)[current.doc], 86400)
        same_day = [d for d, m in moments(chart).items() if column_number(m, 86400) == day]
        assert all(0 <= shape.place[d][1] < shape.width for d in same_day), "the rest of its day in view"


@pytest.mark.parametrize(
    ("rows", "moves"),
    [
        (WEEK, 0),  # the report: t, a, then + on the first article of the week
        (WEEK, 12),  # the cursor on an article in the middle of the week
        (QUARTERS, 99),  # the last article (17 March 2025, the end of the data)
    ],
)
async def test_zooming_in_keeps_the_cursors_article_and_fills_the_axis(tmp_path: Path, rows, moves: int) -> None:  # type: ignore[no-untyped-def]
    app = make_app(corpus=corpus(tmp_path / "c", rows))
    async with app.run_test(size=(120, 40)) as pilot:
        chart = await open_chart(pilot, app)
        await pilot.press("a", *["right"] * moves)
        await pilot.pause()
        looked_at = chart.current()
        assert looked_at is not None
        spans = []
        while not app._notifications:  # until it says it goes no farther
            assert len(spans) < 30
            await pilot.press("plus")
            await pilot.pause()
            shape = chart.shape()
            assert shape is not None
            spans.append(shape.width * shape.step)
            assert chart.current() == looked_at
            check_view(chart)
        assert all(b < a for a, b in zip(spans, spans[1:-1], strict=False)), [step_name(s) for s in spans]
        assert spans[-1] == spans[-2] and shape.step == 60  # down to a minute a column, then it says so
        notes = [n.message for n in list(app._notifications)]
        assert any(n.startswith("Zoomed in as far as it goes") for n in notes), notes


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (160, 40)])
async def test_a_quarter_column_holds_the_whole_quarter(tmp_path: Path, size: tuple[int, int]) -> None:
    # The report: at "1 quarter = 2 cells" the range ended on 14 March and 15-17 March counted
    # as later. Zoomed to quarters, the March 2025 articles share one column, none beyond.
    app = make_app(corpus=corpus(tmp_path / "c", QUARTERS))
    async with app.run_test(size=size) as pilot:
        chart = await open_chart(pilot, app)
        await pilot.press("a", *["right"] * 40)  # to the last article, 17 March 2025
        await pilot.pause()
        seen = set()
        for key in ("plus", "plus", "plus", "minus", "plus", "plus", "plus", "plus", "plus", "plus"):
            await pilot.press(key)
            await pilot.pause()
            shape = chart.shape()
            assert shape is not None
            seen.add(step_name(shape.step))
            if shape.step >= 3 * 2_629_746:  # a quarter or longer: March 2025 is one column
                march = {shape.place[d][1] for d, m in moments(chart).items() if m >= 1741564800}  # 10 Mar 2025
                assert len(march) == 1 and 0 <= next(iter(march)) < shape.width, (step_name(shape.step), march)
                assert shape.after == 0
            if shape.window:  # (zoomed out to every date: the fit, as test_timeline_fit_width.py checks)
                check_view(chart, centred=False)  # the last article: the data ends there
        assert "1 quarter" in seen and "1 week" in seen, seen


async def test_panning_keeps_the_scale_and_the_cursor_in_view(tmp_path: Path) -> None:
    # The report: < < from "1 column = 1 h" changed the scale to "3 h = 2 cells" and lost the
    # cursor's article; > at the end of the data did nothing and said nothing. Here > < < at an
    # hour a column: a screenful later, back, then past days of nothing to the 1990 article.
    app = make_app(corpus=corpus(tmp_path / "c", WEEK))
    async with app.run_test(size=(120, 40)) as pilot:
        chart = await open_chart(pilot, app)
        await pilot.press(*["right"] * 6)
        for _ in range(6):
            await pilot.press("plus")
            await pilot.pause()
            shape = chart.shape()
            assert shape is not None
            if shape.step == 3600 and shape.cell == 1:
                break
        assert shape.step == 3600 and shape.cell == 1, "1 column = 1 h"
        scale, origin = (shape.step, shape.cell), shape.origin
        for direction, key in ((1, "greater_than_sign"), (-1, "less_than_sign")):
            width = shape.width
            await pilot.press(key)
            await pilot.pause()
            shape = chart.shape()
            assert shape is not None and (shape.step, shape.cell) == scale
            assert shape.origin == origin + direction * width  # a screenful
            origin = shape.origin
            check_view(chart, centred=False)
        await pilot.press("less_than_sign")  # days of nothing before 14 July: on to 1990
        await pilot.pause()
        shape = chart.shape()
        assert shape is not None and (shape.step, shape.cell) == scale
        assert (
            app._notifications and list(app._notifications)[-1].message == "Nothing in between: on to 2 Mar 1990 12:00"
        )
        assert chart.current() is not None and chart.current().date.startswith("1990")  # type: ignore[union-attr]
        check_view(chart, centred=False)
        # on to the end of the week, then past it: the 2099 article lies beyond an empty stretch
        for _ in range(10):
            await pilot.press("greater_than_sign")
            await pilot.pause()
        shape = chart.shape()
        assert shape is not None and (shape.step, shape.cell) == scale and shape.after == 0
        assert chart.current() is not None and chart.current().date.startswith("2099")  # type: ignore[union-attr]
        before = chart.view
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert chart.view == before  # nothing later: nothing moves
        notes = [n.message for n in list(app._notifications)]
        assert any(n.startswith("Nothing in between: on to 16 Jul 2099") for n in notes), notes
        assert notes[-1].startswith("No articles later than"), notes


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_panning_from_the_fit_and_across_an_empty_year(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(corpus=corpus(tmp_path / "c", SPARSE))
    async with app.run_test(size=size) as pilot:
        chart = await open_chart(pilot, app)
        for _ in range(8):  # from the fit to days of 2024's burst
            await pilot.press("plus")
            await pilot.pause()
            shape = chart.shape()
            assert shape is not None
            if shape.step <= 86400:
                break
        assert shape.step <= 86400 and shape.after
        scale = (shape.step, shape.cell)
        await pilot.press("less_than_sign")  # nothing before the burst
        await pilot.pause()
        assert [n.message for n in list(app._notifications)][-1].startswith("No articles earlier than")
        await pilot.press("greater_than_sign")  # over a year of nothing: on to 2025's burst
        await pilot.pause()
        shape = chart.shape()
        assert shape is not None and (shape.step, shape.cell) == scale
        current = chart.current()
        assert current is not None and current.date is not None and current.date.startswith("2025-05-01")
        assert shape.place[current.doc][1] == 0  # the next article at the near edge
        assert shape.has_undated and chart.shape() is not None
        await pilot.press("less_than_sign")  # and back
        await pilot.pause()
        current = chart.current()
        assert current is not None and current.date is not None and current.date.startswith("2024-05-03")
        shape = chart.shape()
        assert shape is not None and shape.place[current.doc][1] == shape.width - 1
        if size[0] >= 100:
            check_view(chart, centred=False)


async def test_zooming_out_reaches_every_date_and_says_so(tmp_path: Path) -> None:
    app = make_app(corpus=corpus(tmp_path / "c", WEEK))
    async with app.run_test(size=(120, 40)) as pilot:
        chart = await open_chart(pilot, app)
        await pilot.press("plus", "plus")
        assert isinstance(chart.view, Window)
        for _ in range(30):
            await pilot.press("minus")
        await pilot.pause()
        shape = chart.shape()
        assert shape is not None and (shape.before, shape.after) == (0, 0) and not shape.window
        assert [n.message for n in list(app._notifications)][-1].startswith("Every dated article is shown")


@pytest.mark.parametrize("zone", ["UTC", "Asia/Tokyo", "America/Los_Angeles"])
def test_a_week_column_is_monday_to_sunday(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    # Week columns were counted from the epoch, a Thursday: "1 column = 1 week" ran Thursday to
    # Wednesday, so one Monday-to-Sunday week of coverage fell in two columns.
    import time
    from datetime import datetime

    from waic_reader.tui.widgets.timeline_layout import column_start

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    week = 7 * 86400
    try:
        days = [datetime(2025, 7, d, h).timestamp() for d in (13, 14, 17, 20, 21) for h in (0, 12, 23)]
        buckets = [column_number(t, week) for t in days]
        assert len(set(buckets[:3])) == 1 and len(set(buckets[3:12])) == 1 and len(set(buckets[12:])) == 1
        assert buckets[0] + 1 == buckets[3] == buckets[12] - 1
        assert column_start(buckets[3], week) == datetime(2025, 7, 14)  # Monday, local midnight
    finally:
        monkeypatch.undo()
        time.tzset()
