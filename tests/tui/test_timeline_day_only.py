"""The timeline screen on day-only dates and narrow screens (#17 s16): a date without a time of
day is drawn as its whole day, never as a point at midnight, and the axis covers the days it
shows (fault 1); the axis's end labels keep their times where the width allows (fault 3); an
empty corpus says "No articles." once (fault 4)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.analysis.timeline import build_timeline
from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import axis_ends, column_number, layout

pytestmark = pytest.mark.usefixtures("utc")

STRUCK = "The Halvik Ferry Union said {} workers struck.\n"
STAMP = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}( \d\d:\d\d)?")


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
    """The chart, its text and the article line, after ``keys``."""
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        screen = app.screen
        chart = screen.query_one(TimelineChart)
        said = str(screen.query_one("#timeline-article").render())
        return chart, chart.render().plain, said


def labels_line(chart: str) -> str:
    lines = chart.splitlines()
    return lines[next(n for n, line in enumerate(lines) if "└" in line) + 1]


# -- fault 3: the axis's ends keep their times where they fit -----------------------------------

HOURS = {  # two days by the hour or three: the ends are times
    "a.md": story(1, "Mar 14, 2025 05:45 GMT", "Nordic Wire"),
    "b.md": story(2, "Mar 14, 2025 18:00 GMT", "AP"),
    "c.md": story(3, "Mar 15, 2025 09:00 GMT", "Reuters"),
}


@pytest.mark.parametrize(
    ("files", "size"),
    [
        (HOURS, (60, 20)),  # the reported width
        (HOURS, (120, 40)),
        # a variant: an undated note beside them (the "?" column takes cells) at 60
        (HOURS | {"u.md": "Undated\n\nA note.\n"}, (60, 20)),
    ],
)
async def test_axis_ends_keep_their_times(tmp_path: Path, files: dict[str, str], size: tuple[int, int]) -> None:
    _chart, text, _said = await open_timeline(write(tmp_path / "c", files), size)
    ends = [m.group(0) for m in STAMP.finditer(labels_line(text))]
    assert len(ends) == 2 and all(m.count(":") == 1 for m in ends), labels_line(text)
    assert all(len(line) <= size[0] for line in text.splitlines())


async def test_axis_ends_drop_times_only_when_they_do_not_fit(tmp_path: Path) -> None:
    _chart, text, _said = await open_timeline(write(tmp_path / "c", HOURS), (48, 20))
    line = labels_line(text)
    assert "…" in line and ":" not in line and len(STAMP.findall(line)) == 2, line


# -- fault 4: an empty corpus says it once ------------------------------------------------------


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_empty_corpus_says_no_articles_once(tmp_path: Path, size: tuple[int, int]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        said = [str(screen.query_one(TimelineChart).render()), str(screen.query_one("#timeline-article").render())]
        assert sum(s.count("No articles.") for s in said) == 1, said


# -- fault 1: a date without a time of day is its whole day -------------------------------------


class _A:
    def __init__(self, doc: str, date: str | None, outlet: str = "AP") -> None:
        self.doc, self.date, self.outlet, self.title = doc, date, outlet, doc


@pytest.mark.parametrize(
    "dates",
    [
        # the reported pair: "Posted: Mar 14, 2025" and "Mar 14, 2025 10:00 GMT"
        [("a", "2025-03-14", "Harbour Times"), ("b", "2025-03-14T10:00:00+00:00", "Nordic Wire")],
        # variants: one outlet, the timed one inside its day-only's day; a day-only date last
        [("a", "2025-03-14", "AP"), ("b", "2025-03-14T10:00:00+00:00", "AP"), ("c", "2025-03-13T22:00:00+00:00", "AP")],
        [("b", "2025-03-13T10:00:00+00:00", "AP"), ("c", "2025-03-13T20:00:00+00:00", "AP"), ("a", "2025-03-14", "AP")],
    ],
)
@pytest.mark.parametrize("width", [100, 40])
def test_a_day_only_date_spans_its_day(dates: list[tuple[str, str, str]], width: int) -> None:
    timeline = build_timeline([_A(doc, date, outlet) for doc, date, outlet in dates], {})
    shape = layout(timeline, width)
    assert shape.step < 86400
    key = shape.place["a"]
    assert key in shape.spans  # a bracket, not a point at midnight
    low, high = shape.spans[key]
    day = datetime(2025, 3, 14, tzinfo=UTC).timestamp()
    assert low == column_number(day, shape.step) - shape.origin
    assert high == column_number(day + 86400 - 1, shape.step) - shape.origin
    # the axis covers the whole of 14 March: its right end is at or after the next midnight
    right = datetime.strptime(axis_ends(shape)[1], "%d %b %Y %H:%M")
    assert right >= datetime(2025, 3, 15)
    # in time order the bracket comes after its day's timed marks, never first of its day
    order = [timeline.articles[shape.first[m]].doc for m in shape.marks]
    timed_that_day = [d for d, date, _ in dates if date.startswith("2025-03-14T")]
    assert all(order.index(d) < order.index("a") for d in timed_that_day)


def test_day_columns_hold_a_day_only_date_as_a_point() -> None:
    """On an axis of days or longer a column holds the whole day: no bracket there."""
    timeline = build_timeline([_A("a", "2025-03-14"), _A("b", "2025-05-20T10:00:00+00:00")], {})
    shape = layout(timeline, 100)
    assert shape.step >= 86400 and not shape.spans


@pytest.mark.parametrize(
    ("files", "size", "keys"),
    [
        # the reported input on screen
        (
            {
                "a.md": story(1, "Mar 14, 2025", "Harbour Times"),
                "b.md": story(2, "Mar 14, 2025 10:00 GMT", "Nordic Wire"),
            },
            (120, 40),
            (),
        ),
        # variants: one outlet at 60x20; zoomed in (a window), an undated note beside
        (
            {
                "a.md": story(1, "Mar 14, 2025", "AP"),
                "b.md": story(2, "Mar 14, 2025 10:00 GMT", "AP"),
                "c.md": story(3, "Mar 15, 2025 09:00 GMT", "Reuters"),
            },
            (60, 20),
            (),
        ),
        (
            {
                "a.md": story(1, "Mar 14, 2025", "Harbour Times"),
                "b.md": story(2, "Mar 14, 2025 10:00 GMT", "Nordic Wire"),
                "c.md": story(3, "Mar 14, 2025 18:00 GMT", "Reuters"),
                "u.md": "Undated\n\nA note.\n",
            },
            (120, 40),
            ("plus",),
        ),
    ],
)
async def test_the_screen_draws_a_day_only_date_over_its_day(
    tmp_path: Path, files: dict[str, str], size: tuple[int, int], keys: tuple[str, ...]
) -> None:
    chart, text, said = await open_timeline(write(tmp_path / "c", files), size, keys)
    lanes = [line for line in text.splitlines() if "│" in line]
    outlet = next(line for line in files["a.md"].splitlines() if line.startswith("outlet: ")).removeprefix("outlet: ")
    axis = next(line for line in lanes if line.startswith(outlet)).split("│", 1)[1]
    drawn = [n for n, c in enumerate(axis) if c in "[─]"]  # the bracket, however much is in view
    assert len(drawn) > 3 and ("[" in axis or drawn[0] == 0)
    timed = next(line.split("│", 1)[1].index("●") for line in lanes if "●" in line)
    assert drawn[0] < timed < drawn[-1]  # the time inside its day, not after its "midnight" mark
    assert "[──] day, no time" in text  # said under the axis (or on the line below it)
    assert "no time of day" not in said and chart.current() is not None and chart.current().doc == "b"
    for steps in range(1, len(files)):  # right to the bracket: after its day's timed marks
        chart, _text, said = await open_timeline(tmp_path / "c", size, (*keys, *["right"] * steps))
        if "Story 1" in said:
            break
    assert chart.current() is not None and chart.current().doc == "a"
    assert "(no time of day: the bracket spans the whole day)" in said
