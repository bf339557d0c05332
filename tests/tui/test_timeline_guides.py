"""The timeline's guide dots mark real units of time, said under the axis (acceptance s9b #11:
a dot every tenth column read as day ticks), and an undated or single article reads plainly
(d15-d17: an all-undated corpus drew an empty axis of dots; a lone undated article was "?")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import layout

pytestmark = pytest.mark.usefixtures("utc")  # times in UTC (tests/conftest.py)


class _A:
    def __init__(self, doc: str, date: str | None, outlet: str = "AP") -> None:
        self.doc, self.date, self.outlet, self.title = doc, date, outlet, doc


def chart(dates: list[str | None], width: int = 76):  # type: ignore[no-untyped-def]
    return layout(build_timeline([_A(f"d{n}", d) for n, d in enumerate(dates)], {}), width)


def test_three_hour_columns_mark_each_midnight() -> None:
    # the reported d1 span: 14 to 18 March in 3 h columns; dots every 8 columns, at midnight
    start = datetime(2025, 3, 14, 0, 0, tzinfo=UTC)
    shape = chart([(start + timedelta(hours=h)).isoformat() for h in (0, 5, 30, 100)])
    assert shape.step == 3 * 3600
    zero = shape.place["d0"][1]  # 14 March 00:00 (the fit adds columns before it)
    assert {c - zero for c in shape.guides} >= {0, 8, 16, 24, 32}
    assert {(c - zero) % 8 for c in shape.guides} == {0}  # every dot at a midnight, before and after too


def test_day_columns_mark_mondays_and_month_columns_mark_january() -> None:
    shape = chart(["2025-03-01T10:00Z", "2025-04-20T10:00Z"])  # 51 days: one column a day
    assert shape.step == 86400
    mondays = [c - shape.place["d0"][1] for c in sorted(shape.guides)]  # from 1 March's column
    assert 2 in mondays and all(b - a == 7 for a, b in zip(mondays, mondays[1:], strict=False))  # 3 March
    shape = chart(["2023-05-01", "2025-09-01"], width=40)  # months
    start, zero = datetime(2023, 5, 1), shape.place["d0"][1]
    assert {(start.month + c - zero - 1) % 12 for c in shape.guides} == {0}  # January columns only
    assert {8, 20} <= {c - zero for c in shape.guides}  # January 2024 and 2025 (and those of the empty columns around)


def test_an_all_undated_corpus_has_no_time_axis_and_one_undated_is_a_plain_mark() -> None:
    shape = chart([None, None])
    assert shape.width == 0 and not shape.guides and shape.cells == {(0, shape.undated_column): ["d0", "d1"]}
    # A single moment: an hour a column around it, midnight marked as on any axis of hours
    # (#17 after s15, fault 1: it was one column, unmarked, said nothing of its unit).
    single = chart(["2025-03-14T10:00Z"])
    assert single.step == 3600 and single.guides and single.place["d0"][1] == single.width // 2


async def test_the_screen_says_what_the_dots_are_and_shows_a_lone_undated_article_as_a_mark(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    body = "The ferry capsized off Halvik, the coast guard said. Rescuers searched the water."
    (root / "a.txt").write_text(f"Ferry capsizes\n\nPosted: March 14, 2025 10:00 GMT\n\n{body}\n", "utf-8")
    (root / "b.txt").write_text(f"Ferry sinks\n\nPosted: March 16, 2025 08:00 GMT\n\n{body}\n", "utf-8")
    (root / "c.txt").write_text(f"Ferry note\n\n{body}\n", "utf-8")
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        text = app.screen.query_one(TimelineChart).render().plain
        assert "dots: midnight" in text
        lane = text.splitlines()[0]
        assert lane.rstrip().endswith("┆●") and "?" not in lane  # the undated article: a mark
