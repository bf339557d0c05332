"""A pan onto a stray day-only date brings its whole day's bracket into view, and the article the
axis counts beyond ("◀ 1 article earlier") is in view after the pan (t13ap N22: `<` onto a year
typo's "2016-08-19" showed only the bracket's opening "[" in the last column; a second `<` then
said there was nothing earlier, the article never shown). Here a stray day before the bulk
(`<`, at 120×40 and 60×20) and one after it (`>`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import column_number

pytestmark = pytest.mark.usefixtures("utc")  # times shown and bucketed in UTC (tests/conftest.py)

BULK = [
    ("Northwire", "2026-08-18T14:05:00Z"),
    ("Northwire", "2026-08-19T09:30:00Z"),
    ("Valley Courier", "2026-08-18T19:40:00Z"),
    ("Ember Watch", "2026-08-19T21:10:00Z"),
    ("Channel 9", "2026-08-20T06:45:00Z"),
    ("Channel 9", "2026-08-21T12:00:00Z"),
]


def corpus(root: Path, stray: tuple[str, str]) -> Path:
    root.mkdir()
    rows = [
        {"id": f"s{n:02d}", "title": f"Story {n}", "outlet": o, "date": d, "text": f"Story {n}: the fire spread."}
        for n, (o, d) in enumerate([*BULK, stray])
    ]
    (root / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    return root


@pytest.mark.parametrize(
    ("size", "stray", "key"),
    [
        ((120, 40), ("环球快讯", "2016-08-19"), "less_than_sign"),  # the reported: a year typo, earlier
        ((60, 20), ("Kellby Post", "2019-03-02"), "less_than_sign"),
        ((120, 40), ("Halvik Herald", "2031-11-05"), "greater_than_sign"),  # a stray day later
    ],
)
async def test_pan_shows_the_whole_day_bracket(
    tmp_path: Path, size: tuple[int, int], stray: tuple[str, str], key: str
) -> None:
    app = make_app(corpus=corpus(tmp_path / "c", stray))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        shape = chart.shape()
        assert shape is not None and shape.step < 86400  # columns shorter than a day: a bracket
        assert shape.before if key == "less_than_sign" else shape.after, "the stray lies beyond the axis"
        await pilot.press(key)
        await pilot.pause()
        shape = chart.shape()
        assert shape is not None and chart.timeline is not None
        when = chart.timeline.span(stray[1])
        assert when is not None and not when[2]
        first = column_number(when[0], shape.step) - shape.origin
        last = column_number(when[1] - 1, shape.step) - shape.origin
        assert first >= 0 and last < shape.width, (first, last, shape.width)
        current = chart.current()
        assert current is not None and current.date == stray[1]
