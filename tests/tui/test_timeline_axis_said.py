"""What the timeline screen says of its axis and its corpus (#17 after s15): dated articles all
at one moment are dated, centred, with a unit (fault 1); the axis's right-hand label is where
the range shown ends in every view (fault 5); the heading counts named outlets (fault 6); a
dense undated column says its count (fault 7); a date-less corpus says nothing is dated when
panned or zoomed (fault 8); the entity list never wraps a row (fault 9)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import axis_ends, layout

pytestmark = pytest.mark.usefixtures("utc")

STRUCK = "The Halvik Ferry Union said {} workers struck.\n"


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def story(n: int, stamp: str | None, outlet: str | None = None) -> str:
    head = f"---\noutlet: {outlet}\n---\n" if outlet else ""
    posted = f"Posted: {stamp}\n\n" if stamp else ""
    return f"{head}Story {n}\n\n{posted}{STRUCK.format(300 + n)}"


async def open_timeline(root: Path, size: tuple[int, int] = (120, 40), keys: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """The screen's heading, chart, article line and the notes shown, after ``keys``."""
    app = make_app(corpus=root)
    notes: list[str] = []
    notify = app.notify
    app.notify = lambda message, *a, **k: (notes.append(str(message)), notify(message, *a, **k))[1]  # type: ignore[method-assign]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        screen = app.screen
        heading = str(screen.query_one("#timeline-heading").render())
        chart = screen.query_one(TimelineChart)
        said = str(screen.query_one("#timeline-article").render())
        options = screen.query_one("#timeline-subject-list")
        rows = [options.render_line(y).text for y in range(options.size.height)]
        return heading, chart.render().plain, said, notes, rows


# -- fault 1: one moment ------------------------------------------------------------------------

ONE_DAY = {f"s{n}.txt": story(n, "Mar 14, 2025") for n in (1, 2, 3)} | {"u.txt": "Undated\n\nA note.\n"}  # r4
ONE_TIME = {f"s{n}.txt": story(n, "Mar 14, 2025 10:00 GMT") for n in (1, 2)}  # r3
ONE_OF_EACH = {"a.md": story(1, "Mar 14, 2025 10:00 GMT", "AP"), "b.md": story(2, "Mar 14, 2025 10:00 GMT", "Reuters")}


@pytest.mark.parametrize(
    ("files", "unit", "count"),
    [(ONE_DAY, "1 column = 1 day", 3), (ONE_TIME, "1 column = 1 h", 2), (ONE_OF_EACH, "1 column = 1 h", 1)],
)
async def test_one_moment_is_dated_centred_and_zooms(
    tmp_path: Path, files: dict[str, str], unit: str, count: int
) -> None:
    root = write(tmp_path / "c", files)
    _heading, chart, said, _notes, _rows = await open_timeline(root)
    lane = chart.splitlines()[0]
    axis = lane.split("│", 1)[1].split("┆", 1)[0]
    mark = "●" if count == 1 else str(count)
    assert abs(axis.index(mark) - len(axis) // 2) <= 1, lane  # in the middle, not at the left edge
    assert unit in chart
    assert "undated" not in said and (count == 1 or f"the first of {count} in this column" in said)
    *_, notes, _rows = await open_timeline(root, keys=("+",))
    assert not any("nothing to zoom" in n for n in notes)


# -- fault 5: the right-hand label is where the range shown ends --------------------------------


class _A:
    def __init__(self, doc: str, date: str | None, outlet: str = "AP") -> None:
        self.doc, self.date, self.outlet, self.title = doc, date, outlet, doc


@pytest.mark.parametrize(
    ("dates", "width"),
    [
        # the reported shapes: c1 (3 h columns, drawn 2 cells wide) and c21 (1 h columns)
        (["2025-03-14", "2025-03-14T05:45Z", "2025-03-16T09:00Z", "2025-03-20"], 99),
        (["2025-03-11T10:00Z", "2025-03-12T12:00Z", "2025-03-13T10:00Z", "2025-03-15T10:00Z"], 99),
        # variants: days, and hours few enough to be drawn wide
        (["2025-03-01T10:00Z", "2025-04-20T10:00Z"], 76),
        (["2025-03-14T08:10Z", "2025-03-14T11:30Z"], 76),
    ],
)
def test_the_right_label_is_the_end_of_the_range(dates: list[str], width: int) -> None:
    timeline = build_timeline([_A(f"d{n}", d) for n, d in enumerate(dates)], {})
    shape = layout(timeline, width)
    left, right = axis_ends(shape)
    assert shape.step
    last = datetime.fromtimestamp(max(timeline.key(d)[1] for d in dates))
    # the right label is at or after the last article, and the last column's end, not its start
    if shape.step < 86400:
        end = datetime.strptime(right, "%d %b %Y %H:%M")
        assert end > last and (end - last).total_seconds() <= shape.step * (shape.width + 1)
        start = datetime.strptime(left, "%d %b %Y %H:%M")
        assert round((end - start).total_seconds() / shape.step) == shape.width  # whole columns, end exclusive
    else:
        end = datetime.strptime(right, "%d %b %Y")
        assert end.date() >= last.date()
        start = datetime.strptime(left, "%d %b %Y")
        assert round((end - start).total_seconds() / shape.step) + 1 == shape.width  # the last day in it


async def test_the_screen_says_the_axis_ends(tmp_path: Path) -> None:
    # c1's shape on screen: few 3 h columns drawn wide had said the last article's day
    files = {
        "a.md": story(1, "Mar 14, 2025 05:45 GMT", "Nordic Wire"),
        "b.md": story(2, "Mar 16, 2025 09:00 GMT", "AP"),
        "c.md": story(3, "Mar 20, 2025", "AP"),
    }
    _heading, chart, *_ = await open_timeline(write(tmp_path / "c", files))
    lines = chart.splitlines()
    labels = lines[next(n for n, line in enumerate(lines) if "└" in line) + 1]
    assert labels.split()[:4][-1].count(":") == 1 and labels.rstrip().split()[-1].count(":") == 1  # times both ends


# -- fault 6: named outlets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outlets", "said"),
    [
        (["AP", "Reuters", None], "· 2 outlets"),  # the reported shape: named ones and "(no outlet)"
        ([None, None], "· no outlet"),  # none named: was "1 outlet"
        (["AP"], "· 1 outlet"),
    ],
)
async def test_the_heading_counts_named_outlets(tmp_path: Path, outlets: list[str | None], said: str) -> None:
    files = {f"s{n}.md": story(n, f"Mar {10 + n}, 2025", o) for n, o in enumerate(outlets)}
    heading, *_ = await open_timeline(write(tmp_path / "c", files))
    assert heading.rstrip().endswith(said), heading


# -- fault 7: a dense undated column says its count --------------------------------------------------


@pytest.mark.parametrize(("dated", "undated"), [(5, 12), (0, 12), (2, 30)])  # c21: 5 dated, 12 undated
async def test_a_dense_undated_column_says_its_count(tmp_path: Path, dated: int, undated: int) -> None:
    files = {f"d{n}.txt": story(n, f"Mar {11 + n}, 2025 10:00 GMT") for n in range(dated)}
    files |= {f"u{n}.txt": story(100 + n, None) for n in range(undated)}
    _heading, chart, *_ = await open_timeline(write(tmp_path / "c", files))
    lane = chart.splitlines()[0]
    assert lane.rstrip().endswith("┆█")
    assert f"█ {undated}" in chart.split("┴?", 1)[1] if dated else f"? undated · █ {undated}" in chart


# -- fault 8: nothing dated ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["<", ">", "+"])
async def test_a_date_less_corpus_says_nothing_is_dated(tmp_path: Path, key: str) -> None:
    files = {f"n{n}.txt": story(n, None) for n in (1, 2, 3)}
    *_, notes, _rows = await open_timeline(write(tmp_path / "c", files), keys=(key,))
    assert notes and notes[-1].startswith("No article is dated: nothing to"), notes
    assert not any("One moment" in n for n in notes)


# -- fault 9: the entity list --------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(120, 40), (60, 20), (90, 30)])
async def test_the_subject_list_never_wraps_a_row(tmp_path: Path, size: tuple[int, int]) -> None:
    # c1's row: "Valdmark Water Authority  Organisation · 4 articles" wrapped " articles"
    body = "The Valdmark Water Authority said the Oster dam held. Ilse Korvan spoke for the Valdmark Water Authority.\n"
    files = {f"s{n}.txt": f"Dam {n}\n\nPosted: Mar {10 + n}, 2025\n\n{body}" for n in range(4)}
    *_, rows = await open_timeline(write(tmp_path / "c", files), size=size)
    shown = [row.strip() for row in rows if row.strip()]
    assert any(row.startswith("Valdmark Water Authority") for row in shown), shown
    assert not any(row.startswith(("articles", "article")) for row in shown), shown
    whole = next(row for row in shown if row.startswith("Valdmark Water Authority"))
    assert whole.endswith(("4 articles", "…")), whole
    if size[0] >= 120:
        assert whole.endswith("4 articles"), whole  # the row fits whole where the screen has room
