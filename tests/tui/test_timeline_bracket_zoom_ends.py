"""The timeline's brackets (#17 s16, tester report t17): ``+`` with the cursor on a day-only (or
month-only) article's bracket centres its day (its month), not its midnight (fault 5); a timed
mark in a bracket's first or last column never hides the bracket's end: one glyph, ``◖`` or
``◗``, is both (fault 6)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import column_start

pytestmark = pytest.mark.usefixtures("utc")


def corpus(root: Path, rows: list[tuple[str, str, str]]) -> Path:
    root.mkdir()
    lines = [
        json.dumps({"id": i, "title": f"Story {i}", "outlet": o, "date": d, "text": f"Story {i}: the ferry sank."})
        for i, o, d in rows
    ]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return root


def moment(iso: str) -> float:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp()


# -- fault 5: "+" on a bracket centres its day (month) ----------------------------------------


@pytest.mark.parametrize(
    ("rows", "doc", "middle"),
    [
        # the reported case: a day-only 14 Mar among timed reports of 13-15 Mar
        (
            [
                ("t1", "AP", "2025-03-13T09:00:00Z"),
                ("d", "Reuters", "2025-03-14"),
                ("t2", "AP", "2025-03-14T21:00:00Z"),
                ("t3", "BBC", "2025-03-15T18:00:00Z"),
            ],
            "dump#d",
            "2025-03-14T12:00:00",
        ),
        # variant: a day-only date at the end of a run over New Year (c6: 28 Dec … 4 Jan)
        (
            [
                ("a", "Reuters", "2024-12-28"),
                ("b", "Reuters", "2024-12-31"),
                ("c", "AP", "2025-01-04"),
                ("t", "AFP", "2025-01-02T06:00:00Z"),
            ],
            "dump#a",
            "2024-12-28T12:00:00",
        ),
        # variant: a month-only date among timed reports of the months around it: its middle
        (
            [
                ("m", "Digest", "2025-03"),
                ("a", "AP", "2025-02-20T10:00:00Z"),
                ("b", "AP", "2025-04-10T10:00:00Z"),
            ],
            "dump#m",
            "2025-03-16T12:00:00",
        ),
    ],
)
@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_zoom_on_a_bracket_centres_its_day(
    tmp_path: Path, rows: list[tuple[str, str, str]], doc: str, middle: str, size: tuple[int, int]
) -> None:
    app = make_app(corpus=corpus(tmp_path / "c", rows))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        assert chart.timeline is not None
        chart.cursor = next(n for n, a in enumerate(chart.timeline.articles) if a.doc == doc)
        await settle(pilot)
        await pilot.press("+")
        await settle(pilot)
        shape = chart.shape()
        assert shape is not None and shape.window
        start = column_start(shape.origin, shape.step).timestamp()
        centre = start + shape.width * shape.step / 2
        # Within a column or two of the day's (month's) middle; its midnight (its 1st) was the
        # centre before, half the window before it.
        assert abs(centre - moment(middle)) <= 2 * shape.step
        span = chart.timeline.span(chart.timeline.articles[chart.cursor].date)
        assert span is not None and abs(centre - span[0]) > 2 * shape.step


# -- fault 6: a mark on a bracket's end keeps the end seen -------------------------------------


def lane(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(name)).split("│", 1)[1]


@pytest.mark.parametrize(
    ("rows", "end"),
    [
        # the reported case: a 21:00 mark in the 14 Mar bracket's last column, 15 Mar's bracket next
        (
            [
                ("d1", "", "2025-03-14"),
                ("t1", "", "2025-03-14T10:00:00Z"),
                ("t2", "", "2025-03-14T23:30:00Z"),
                ("d2", "", "2025-03-15"),
                ("t3", "", "2025-03-15T12:00:00Z"),
            ],
            "◗",
        ),
        # variant: a mark just after midnight, in the bracket's first column
        (
            [
                ("d1", "", "2025-03-14"),
                ("t1", "", "2025-03-14T00:10:00Z"),
                ("t2", "", "2025-03-14T12:00:00Z"),
                ("t3", "AP", "2025-03-16T12:00:00Z"),
            ],
            "◖",
        ),
        # variant: both ends taken
        (
            [
                ("d1", "", "2025-03-14"),
                ("t1", "", "2025-03-14T00:10:00Z"),
                ("t2", "", "2025-03-14T23:50:00Z"),
                ("t3", "AP", "2025-03-15T12:00:00Z"),
            ],
            "◖◗",
        ),
    ],
)
@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_a_mark_on_a_bracket_end_keeps_the_end(
    tmp_path: Path, rows: list[tuple[str, str, str]], end: str, size: tuple[int, int]
) -> None:
    app = make_app(corpus=corpus(tmp_path / "c", rows))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        assert chart.timeline is not None
        shape = chart.shape()
        assert shape is not None and shape.spans and shape.step < 86400
        text = chart.render().plain
        row = lane(text, "(no outlet)")
        # Each bracket of the lane shows both ends: "[" or "◖" opens it, "]" or "◗" closes it.
        opens = [n for n, c in enumerate(row) if c in "[◖"]
        closes = [n for n, c in enumerate(row) if c in "]◗"]
        assert (
            len(opens)
            == len(closes)
            == len({span for at, span in shape.spans.items() if at[0] == shape.lanes.index("(no outlet)")})
        )
        assert all(o < c for o, c in zip(opens, closes, strict=True))
        for glyph in end:
            assert glyph in row
        if size[0] >= 100:  # the axis line says what the glyph is (at 60 it is cut: the README says it)
            assert "◖◗ mark at its end" in text
