"""The timeline's columns: whole hours or days (issue 17: with many articles, counts per hour
or day), so a count reads as "articles of this outlet in that hour"."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.tui.widgets.timeline_layout import column_step, layout, step_name


class _Article:
    def __init__(self, doc: str, date: str, outlet: str) -> None:
        self.doc, self.date, self.outlet, self.title = doc, date, outlet, doc


pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def _chart(dates: list[tuple[str, str]], width: int):  # type: ignore[no-untyped-def]
    articles = [_Article(f"d{n}", d, o) for n, (d, o) in enumerate(dates)]
    return layout(build_timeline(articles, {}), width)


def _spanned(shape) -> int:  # type: ignore[no-untyped-def]
    """The columns from the first article's to the last's (the fit adds empty ones around them)."""
    columns = [column for _, column in shape.place.values()]
    return max(columns) - min(columns) + 1


def test_two_days_of_wire_copy_are_counted_per_hour() -> None:
    start = datetime(2025, 9, 2, 6, 0, tzinfo=UTC)
    dates = [((start + timedelta(minutes=20 * n)).isoformat(), "Reuters") for n in range(100)]  # 33 h
    shape = _chart(dates, 96)
    assert shape.step == 3600 and step_name(shape.step) == "1 h"
    assert _spanned(shape) == 34  # 06:00 on day one to 15:00 on day two, one column an hour
    assert shape.cell == 2 and shape.width == 48  # two cells an hour, 14 empty hours around: 96 cells
    zero = shape.place["d0"][1]
    assert zero == 7 and [len(shape.cells[(0, zero + c)]) for c in range(3)] == [3, 3, 3]  # :00, :20, :40


def test_a_week_on_a_narrow_axis_is_counted_per_day() -> None:
    dates = [(f"2025-09-{d:02d}T{h:02d}:30+00:00", "AP") for d in range(1, 8) for h in (1, 9, 23)]
    shape = _chart(dates, 12)
    assert shape.step == 86400 and step_name(shape.step) == "1 day"
    assert _spanned(shape) == 7 and shape.width == 12  # the week, and a day or three on each side
    zero = shape.place["d0"][1]
    assert zero == 2 and all(len(shape.cells[(0, zero + c)]) == 3 for c in range(7))  # 01:30, 09:30, 23:30


def test_a_day_column_runs_from_local_midnight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    # 15:30 UTC on the 1st is 00:30 on the 2nd in Tokyo: the same day as 14:00 UTC on the 2nd
    dates = [("2025-09-01T15:30+00:00", "Kyodo"), ("2025-09-02T14:00+00:00", "Kyodo"), ("2025-09-09", "AP")]
    shape = _chart(dates, 10)
    assert shape.step == 86400
    assert shape.place["d0"][1] == shape.place["d1"][1]


@pytest.mark.parametrize(
    ("span", "width", "step"),
    [(50 * 60, 96, 60), (30 * 3600, 40, 3600), (30 * 3600, 20, 3 * 3600), (40 * 86400, 8, 7 * 86400)],
)
def test_the_shortest_step_that_fits(span: int, width: int, step: int) -> None:
    start = datetime(2025, 9, 2, tzinfo=UTC).timestamp()
    assert column_step(start, start + span, width) == step


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_chart_always_says_what_a_column_is(size: tuple[int, int]) -> None:
    from snapshot_app import COVERAGE_MIX, make_app, settle

    from waic_reader.tui.widgets.timeline_chart import TimelineChart

    app = make_app(corpus=COVERAGE_MIX)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        lines = chart.render().plain.splitlines()
        shape = chart.shape()
        assert shape is not None and shape.step == 3 * 3600  # four days on either width
        # What a column is, and (drawn wider than a cell: acceptance s11) how many cells it takes.
        said = "1 column = 3 h" if shape.cell == 1 else f"3 h = {shape.cell} cells"
        assert any(said in ln for ln in lines), (shape.cell, lines)
        assert size == (60, 20) or shape.cell > 1  # 120 columns: wide columns, said so
        assert chart.size.height >= len(lines)  # nothing below the axis is cut off


# -- long spans: calendar months, quarters, years… so the axis always fits (issue 13) ----------


def test_fifteen_years_fit_a_narrow_axis() -> None:
    """The reported case: 2010–2025 on a 60-column terminal drew 202 columns of 28 days."""
    dates = [
        (f"{year}-{month:02d}-15", outlet) for year in range(2010, 2026) for month, outlet in ((2, "AP"), (9, "BBC"))
    ]
    shape = _chart(dates, 60 - 16 - 2 - 4)  # the chart's axis at 60 columns
    assert step_name(shape.step) == "6 months" and _spanned(shape) == 32 and shape.width == 38
    assert shape.place["d1"][1] == shape.place["d0"][1] + 1  # February and September: two halves


@pytest.mark.parametrize(
    ("first", "last", "width", "name", "used", "columns"),
    [
        ("2023-01-01", "2025-12-31", 98, "1 month", 36, 49),  # two cells each
        ("2020-01-01", "2025-12-31", 38, "1 quarter", 24, 38),
        ("1900-06-01", "2025-06-01", 38, "5 years", 26, 38),
        ("1000-01-01", "9999-12-31", 8, "2000 years", 5, 5),  # no column before the year 1 or after 9999
    ],
)
def test_long_spans_take_whole_calendar_stretches(
    first: str, last: str, width: int, name: str, used: int, columns: int
) -> None:
    shape = _chart([(first, "AP"), (last, "AP")], width)
    assert (step_name(shape.step), _spanned(shape)) == (name, used)
    assert shape.width == columns  # the whole axis, in columns of whole cells, where the calendar goes


def test_a_quarter_column_runs_from_the_first_of_its_quarter() -> None:
    dates = [("2024-01-01T00:00", "AP"), ("2024-03-31T23:59", "AP"), ("2024-04-01T00:00", "AP"), ("2028-12-31", "AP")]
    shape = _chart(dates, 20)
    assert step_name(shape.step) == "1 quarter"
    assert shape.place["d0"][1] == shape.place["d1"][1] == 0 and shape.place["d2"][1] == 1
    assert shape.width == 20


def test_any_span_fits_any_width() -> None:
    start = datetime(2025, 9, 2, tzinfo=UTC).timestamp()
    for span in (61, 3 * 3600 + 1, 40 * 86400, 400 * 86400, 16 * 365 * 86400, 300 * 365 * 86400):
        for width in (8, 9, 13, 38, 60, 98, 200):
            step = column_step(start, start + span, width)
            shape = _chart(
                [
                    (datetime.fromtimestamp(start, UTC).isoformat(), "A"),
                    (datetime.fromtimestamp(start + span, UTC).isoformat(), "B"),
                ],
                width,
            )
            assert shape.step == step and shape.width <= width, (span, width, step_name(step))


def long_corpus(root: Path) -> Path:
    """Sixteen years of three outlets' articles, as JSON Lines records."""
    root.mkdir()
    records = [
        {
            "title": f"Report {year}-{month}",
            "text": f"The harbour report of {year}.",
            "outlet": outlet,
            "date": f"{year}-{month:02d}-10",
        }
        for year in range(2010, 2026)
        for month, outlet in ((1, "AP"), (5, "BBC"), (11, "Reuters"))
    ]
    (root / "archive.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return root


@pytest.mark.parametrize(("size", "name"), [((120, 40), "1 quarter"), ((60, 20), "6 months")])
async def test_a_long_span_fits_the_screen(tmp_path: Path, size: tuple[int, int], name: str) -> None:
    from snapshot_app import make_app, settle

    from waic_reader.tui.widgets.timeline_chart import TimelineChart

    app = make_app(corpus=long_corpus(tmp_path / "archive"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        lines = chart.render().split()
        assert max(line.cell_len for line in lines) <= chart.content_size.width  # nothing cut off on the right
        assert any(f"1 column = {name}" in line.plain for line in lines)
        assert chart.size.height >= len(lines)


@pytest.mark.parametrize("hours", [10, 29, 40])
@pytest.mark.parametrize("size", [(120, 40), (100, 30), (60, 20)])
async def test_the_axis_label_says_how_many_cells_a_column_takes(hours: int, size: tuple[int, int]) -> None:
    """Acceptance s11: "1 column = 1 h" under an axis whose hours were drawn 2 or 3 cells wide.
    Wider than a cell, the label says how many cells a column (an hour, 15 min, 3 h) takes, and
    the marks stand that many cells a column apart."""
    from textual.app import App, ComposeResult

    from waic_reader.tui.widgets.timeline_chart import TimelineChart

    class ChartApp(App[None]):
        def compose(self) -> ComposeResult:
            yield TimelineChart()

    start = datetime(2025, 3, 14, 0, 10)
    timeline = build_timeline(
        [_Article(f"d{n}", (start + timedelta(hours=n)).isoformat(), "Reuters") for n in range(hours)], {}
    )
    app = ChartApp()
    async with app.run_test(size=size) as pilot:
        chart = app.query_one(TimelineChart)
        chart.show(timeline)
        await pilot.pause()
        shape = chart.shape()
        lines = chart.render().plain.splitlines()
    assert shape is not None and shape.step
    name = step_name(shape.step)
    said = f"1 column = {name}" if shape.cell == 1 else f"{name} = {shape.cell} cells"
    assert any(said in line for line in lines), lines
    if shape.cell > 1:
        assert "1 column =" not in "\n".join(lines)
    # Each mark stands at its column times the cells a column takes.
    lane = lines[0].split("│", 1)[1]
    assert [i for i, c in enumerate(lane) if c not in " ·"] == sorted(col * shape.cell for _, col in shape.cells)
