"""The timeline with many outlets and many articles (issue 17, from acceptance at 60x20 and 20,000
articles): the axis stays under the lanes however many outlets there are, the lanes scroll with
the cursor, and a column's count reads at any size (bars, not "+")."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_timeline_columns import _Article

from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.tui.widgets.timeline_layout import BARS, DENSE, layout, mark_for

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def test_a_single_article_and_small_counts_keep_their_marks() -> None:
    assert [mark_for(n) for n in (1, 2, 9)] == ["●", "2", "9"]


@pytest.mark.parametrize(("fullest", "counts"), [(12, (1, 6, 12)), (240, (1, 120, 240)), (10, (1, 5, 10))])
def test_past_nine_a_column_is_a_bar_of_eighths_of_the_fullest(fullest: int, counts: tuple[int, ...]) -> None:
    marks = [mark_for(n, fullest) for n in counts]
    assert marks[0] == BARS[0] and marks[-1] == BARS[-1]  # one article: the lowest bar; the fullest: a full one
    assert marks[1] == BARS[3]  # half the fullest: four eighths
    assert all(len(m) == 1 for m in marks)  # one cell each: the axis stays in line


def test_a_dense_lane_draws_bars_and_the_undated_column_too() -> None:
    start = datetime(2025, 3, 10, tzinfo=UTC)
    dates = [((start + timedelta(minutes=5 * n)).isoformat(), "Wire") for n in range(300)]  # 25 h, 12 an hour
    dates += [("", "Wire")] * 11
    articles = [_Article(f"d{n}", d, o) for n, (d, o) in enumerate(dates)]
    shape = layout(build_timeline(articles, {}), 40)
    assert shape.fullest >= DENSE
    assert {mark_for(len(docs), shape.fullest) for docs in shape.cells.values()} <= set(BARS)


@pytest.mark.parametrize("undated", [12, 5000])
def test_undated_articles_do_not_set_the_dated_columns_scale(undated: int) -> None:
    # Acceptance: 12 undated notes beside five dated articles, one a column, drew every dated
    # column as the lowest bar and the axis said "█ 12"; 5,000 undated flattened a whole year.
    start = datetime(2025, 3, 10, tzinfo=UTC)
    dates = [((start + timedelta(days=n)).isoformat(), "Wire") for n in range(5)] + [("", "Notes")] * undated
    articles = [_Article(f"d{n}", d, o) for n, (d, o) in enumerate(dates)]
    shape = layout(build_timeline(articles, {}), 40)
    dated = [docs for (_, column), docs in shape.cells.items() if column < shape.width]
    assert shape.fullest == 1 and [mark_for(len(docs), shape.fullest) for docs in dated] == ["●"] * 5
    assert shape.undated_fullest == undated
    assert mark_for(undated, shape.undated_fullest) == BARS[-1]  # the undated column on its own scale


def test_dated_bars_keep_their_scale_beside_a_few_undated() -> None:
    start = datetime(2025, 3, 10, tzinfo=UTC)
    dates = [((start + timedelta(minutes=5 * n)).isoformat(), "Wire") for n in range(300)] + [("", "Wire")] * 3
    shape = layout(build_timeline([_Article(f"d{n}", d, o) for n, (d, o) in enumerate(dates)], {}), 40)
    assert shape.fullest >= DENSE and shape.undated_fullest == 3


def many_outlets(root: Path, outlets: int = 22, per_outlet: int = 30) -> Path:
    """``outlets`` outlets, each with ``per_outlet`` articles over ten days, as JSON Lines."""
    root.mkdir()
    start = datetime(2025, 3, 10, tzinfo=UTC)
    records = [
        {
            "id": f"o{o:02d}-{n:03d}",
            "title": f"Harbour crane report {o}-{n}",
            "text": f"Crews moved the harbour cranes again on day {n % 10}.",
            "outlet": f"Station {o:03d} News",
            "date": (start + timedelta(hours=8 * n + o)).isoformat(),
        }
        for o in range(outlets)
        for n in range(per_outlet)
    ]
    (root / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return root


def wire_corpus(root: Path, count: int, minutes: int) -> Path:
    """One outlet's ``count`` flashes, ``minutes`` apart from 10 March 2025, as JSON Lines."""
    root.mkdir()
    start = datetime(2025, 3, 10, tzinfo=UTC)
    records = [
        {
            "id": f"w{n:04d}",
            "title": f"Flash {n}",
            "text": "Crews moved the harbour cranes.",
            "outlet": "Wire",
            "date": (start + timedelta(minutes=minutes * n)).isoformat(),
        }
        for n in range(count)
    ]
    (root / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return root


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_with_more_outlets_than_lines_the_axis_stays_and_the_lanes_follow_the_cursor(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from snapshot_app import make_app, settle

    from waic_reader.tui.widgets.timeline_chart import TimelineChart

    app = make_app(corpus=many_outlets(tmp_path / "c", outlets=22 if size[1] < 40 else 40))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        lanes = chart.timeline.outlets() if chart.timeline else []

        def drawn() -> list[str]:
            return [line.plain for line in chart.render().split()]

        lines = drawn()
        assert chart.size.height >= len(lines)  # nothing of it cut off below
        below = app.screen.query_one("#timeline-article").region
        assert chart.region.bottom <= below.y  # the whole chart, its axis too, above the article line
        assert any("└" in line for line in lines) and any("1 column =" in line for line in lines)
        assert any(f"/{len(lanes)}" in line for line in lines)  # says which lanes are shown
        # down to the last outlet: its lane comes into view, the axis stays
        for _ in range(len(lanes) - 1):
            await pilot.press("down")
        await pilot.pause()
        current = chart.current()
        assert current is not None and current.outlet == lanes[-1]
        lines = drawn()
        assert any(line.startswith(lanes[-1][:16]) for line in lines)
        assert not any(line.startswith(lanes[0][:16] + " ") for line in lines)  # the first scrolled away
        assert any("└" in line for line in lines) and chart.size.height >= len(lines)
        # and back up: the first lane again
        for _ in range(len(lanes) - 1):
            await pilot.press("up")
        await pilot.pause()
        assert any(line.startswith(lanes[0][:16]) for line in drawn())


async def test_in_a_dense_chart_right_moves_column_by_column_and_says_how_many(tmp_path: Path) -> None:
    """Hundreds of articles of one outlet an hour: right goes to the next column (not through
    every article of this one) and the line under the chart says how many the column holds."""
    from snapshot_app import make_app, settle
    from textual.widgets import Static

    from waic_reader.tui.widgets.timeline_chart import TimelineChart

    root = wire_corpus(tmp_path / "dense", count=600, minutes=5)  # 12 an hour for 50 hours: hour columns
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        shape = chart.shape()
        assert shape is not None and shape.fullest >= DENSE
        first = chart.current()
        assert first is not None and chart.column_count(first.doc) > 1
        await pilot.press("right")
        await pilot.pause()
        after = chart.current()
        assert after is not None and shape.place[after.doc][1] == shape.place[first.doc][1] + 1
        said = app.screen.query_one("#timeline-article", Static).render()
        assert f"the first of {chart.column_count(after.doc)} in this column" in str(said)
        await pilot.press("left")
        await pilot.pause()
        assert chart.current() is first  # back to the column's first article
        marks = {c for line in chart.render().split() for c in line.plain} & set(BARS)
        assert marks  # counts drawn as bars, never "+"
        assert "+" not in "".join(line.plain for line in chart.render().split()[:1])


def column_corpus(root: Path) -> Path:
    """Wire: three articles in one 3-hour mark and one ten days later; Post: one beside them."""
    root.mkdir()
    rows = [
        ("w1", "Wire at 10:00", "Wire", "2025-03-10T10:00:00+00:00"),
        ("w2", "Wire at 10:20", "Wire", "2025-03-10T10:20:00+00:00"),
        ("w3", "Wire at 10:40", "Wire", "2025-03-10T10:40:00+00:00"),
        ("w4", "Wire ten days on", "Wire", "2025-03-20T10:00:00+00:00"),
        ("p1", "Post at 10:45", "Post", "2025-03-10T10:45:00+00:00"),
    ]
    records = [
        {"id": i, "title": t, "outlet": o, "date": d, "text": f"{t}: crews moved the harbour cranes."}
        for i, t, o, d in rows
    ]
    (root / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    return root


async def test_every_article_of_a_mark_is_reached_from_the_timeline(tmp_path: Path) -> None:
    """enter on a mark of several opens its first article with the others a [ / ] away; up and
    down land on a mark's first article, as left and right do (review findings)."""
    from snapshot_app import make_app, settle
    from textual.widgets import Static

    from waic_reader.tui.screens.reader import ReaderScreen
    from waic_reader.tui.widgets.timeline_chart import TimelineChart

    app = make_app(corpus=column_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        chart = screen.query_one(TimelineChart)
        lanes = chart.timeline.outlets() if chart.timeline else []
        # to Post's lane, then back up to Wire: the mark's first article, not the nearest in time
        await pilot.press("down" if lanes.index("Post") > lanes.index("Wire") else "up")
        current = chart.current()
        assert current is not None and current.title == "Post at 10:45"
        await pilot.press("up" if lanes.index("Post") > lanes.index("Wire") else "down")
        await pilot.pause()
        current = chart.current()
        assert current is not None and current.title == "Wire at 10:00"
        assert "the first of 3" in str(screen.query_one("#timeline-article", Static).render())
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc.endswith("w1")
        seen = [reader.doc]
        for _ in range(2):
            await pilot.press("]")
            await settle(pilot)
            seen.append(reader.doc)
        assert [d.rsplit("#", 1)[-1] for d in seen] == ["w1", "w2", "w3"]
        assert "article 3 of 3" in str(reader.query_one("#reader-status", Static).render())


async def test_the_axis_stays_in_line_with_a_hundred_outlets_and_more(tmp_path: Path) -> None:
    from snapshot_app import make_app, settle

    from waic_reader.tui.widgets.timeline_chart import TimelineChart
    from waic_reader.tui.widgets.timeline_layout import LANE_LABEL

    app = make_app(corpus=many_outlets(tmp_path / "c", outlets=120, per_outlet=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        for _ in range(30):
            await pilot.press("down")
        await pilot.pause()
        chart = app.screen.query_one(TimelineChart)
        lines = [line.plain for line in chart.render().split()]
        bars = {line.index("│") for line in lines if "│" in line}
        corner = next(line.index("└") for line in lines if "└" in line)
        assert bars == {LANE_LABEL + 1} and corner == LANE_LABEL + 1, lines
        assert any("/120" in line for line in lines)


async def test_timeline_help_subjects_resize_and_reader_date(tmp_path: Path) -> None:
    """Acceptance findings: ? lists the chart's keys; tab then enter reads the first subject's
    first article; the line under the chart follows a resize; the reader shows the date in the
    library's readable form, not ISO."""
    from snapshot_app import COVERAGE_MIX, make_app, settle
    from textual.widgets import Static

    from waic_reader.tui.screens.help import HelpScreen
    from waic_reader.tui.screens.reader import ReaderScreen
    from waic_reader.tui.screens.timeline import TimelineScreen

    app = make_app(corpus=COVERAGE_MIX)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.render_keys())
        assert "Later" in keys and "Earlier" in keys and "Next outlet" in keys
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("tab", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.doc == screen.subjects[0].first.doc  # type: ignore[union-attr]
        meta = str(reader.query_one("#reader-meta", Static).render())
        assert "Sep 2025" in meta and "2025-09" not in meta


async def test_the_line_under_the_chart_follows_a_resize(tmp_path: Path) -> None:
    from snapshot_app import make_app, settle
    from textual.widgets import Static

    root = wire_corpus(tmp_path / "dense", count=300, minutes=20)
    app = make_app(corpus=root)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        line = app.screen.query_one("#timeline-article", Static)
        wide = str(line.render())
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        narrow = str(line.render())
        assert "in this column" in wide and "in this column" in narrow
        assert wide.split("in this column")[1][:8] != narrow.split("in this column")[1][:8]  # "(1 h)" then "(12 h)"


async def test_j_and_k_move_in_the_subject_list(tmp_path: Path) -> None:
    """Acceptance s10 #8: j and k did nothing in the timeline's entity and figure list (they move
    every other list of the app); on the chart they still move between outlets."""
    from snapshot_app import COVERAGE_MIX, make_app, settle
    from textual.widgets import OptionList

    from waic_reader.tui.screens.help import HelpScreen
    from waic_reader.tui.screens.timeline import TimelineScreen
    from waic_reader.tui.widgets.timeline_chart import TimelineChart

    app = make_app(corpus=COVERAGE_MIX)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        chart = screen.query_one(TimelineChart)
        options = screen.query_one("#timeline-subject-list", OptionList)
        assert chart.has_focus
        before = options.highlighted
        await pilot.press("j")
        await settle(pilot)
        assert options.highlighted == before  # the chart's j: the next outlet, not the list
        await pilot.press("tab")
        await settle(pilot)
        assert options.has_focus and options.option_count >= 3
        start = options.highlighted or 0
        await pilot.press("j", "j")
        await settle(pilot)
        assert options.highlighted == start + 2
        await pilot.press("k")
        await settle(pilot)
        assert options.highlighted == start + 1
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert "Next subject" in str(app.screen.render_keys())
