"""The timeline's columns: whole hours or days (issue 17: with many articles, counts per hour
or day), so a count reads as "articles of this outlet in that hour"."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.tui.widgets.timeline_chart import column_step, layout, step_name


class _Article:
    def __init__(self, doc: str, date: str, outlet: str) -> None:
        self.doc, self.date, self.outlet, self.title = doc, date, outlet, doc


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _chart(dates: list[tuple[str, str]], width: int):  # type: ignore[no-untyped-def]
    articles = [_Article(f"d{n}", d, o) for n, (d, o) in enumerate(dates)]
    return layout(build_timeline(articles, {}), width)


def test_two_days_of_wire_copy_are_counted_per_hour() -> None:
    start = datetime(2025, 9, 2, 6, 0, tzinfo=UTC)
    dates = [((start + timedelta(minutes=20 * n)).isoformat(), "Reuters") for n in range(100)]  # 33 h
    shape = _chart(dates, 96)
    assert shape.step == 3600 and step_name(shape.step) == "1 h"
    assert shape.width == 34  # 06:00 on day one to 15:00 on day two, one column an hour
    assert [len(shape.cells[(0, c)]) for c in range(3)] == [3, 3, 3]  # :00, :20, :40 of each hour


def test_a_week_on_a_narrow_axis_is_counted_per_day() -> None:
    dates = [(f"2025-09-{d:02d}T{h:02d}:30+00:00", "AP") for d in range(1, 8) for h in (1, 9, 23)]
    shape = _chart(dates, 12)
    assert shape.step == 86400 and step_name(shape.step) == "1 day"
    assert shape.width == 7
    assert all(len(shape.cells[(0, c)]) == 3 for c in range(7))  # 01:30, 09:30 and 23:30 of each day


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
        assert any("1 column = 3 h" in ln for ln in lines)  # four days on either width
        assert chart.size.height >= len(lines)  # nothing below the axis is cut off
