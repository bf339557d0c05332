"""A pan past an empty stretch names the article it moves on to by its date, as README's example
does ("Nothing in between: on to 2 Mar 1990 12:00"), at every scale (acceptance #17 after s13,
fault 5): zoomed to weeks it named the week column's Monday ("on to 2 Jun 2025") for an article
of Thursday 5 June 08:00. Here a Thursday of June 2027 and one of August 2029."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import Window, column_number

pytestmark = pytest.mark.usefixtures("utc")  # times shown and bucketed in UTC (tests/conftest.py)

WEEK = 7 * 86400
SPRING = [  # a burst in May 2025, one in June 2027, one in August 2029: months of nothing between
    *[("AP", f"2025-05-0{d}T{h:02d}:30:00Z") for d in (1, 2, 3) for h in (9, 18)],
    ("Reuters", "2027-06-03T08:00:00Z"),  # a Thursday
    ("Reuters", "2027-06-04T11:15:00Z"),
    ("BBC", "2029-08-16"),  # a day alone, a Thursday
]


def corpus(root: Path) -> Path:
    root.mkdir()
    rows = [
        {"id": f"s{n:02d}", "title": f"Story {n}", "outlet": o, "date": d, "text": f"Story {n}: the ferry sank."}
        for n, (o, d) in enumerate(SPRING)
    ]
    (root / "dump.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    return root


async def test_a_pan_at_a_week_a_column_names_the_articles_date(tmp_path: Path) -> None:
    app = make_app(corpus=corpus(tmp_path / "c"))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        may = column_number(1746057600.0, WEEK)  # the week of 1 May 2025
        chart._set_view(Window(WEEK, 1, may - 2))
        await pilot.pause()
        shape = chart.shape()
        assert shape is not None and shape.step == WEEK
        notes: list[str] = []
        for key in ("greater_than_sign",) * 4 + ("less_than_sign",) * 4:
            await pilot.press(key)
            await pilot.pause()
            notes += [n.message for n in app._notifications if n.message not in notes]
        said = [n for n in notes if n.startswith("Nothing in between")]
        # the reported: on to Thursday's article, not Monday 31 May; then on to the day-only article
        assert "Nothing in between: on to 3 Jun 2027 08:00" in said, notes
        assert "Nothing in between: on to 16 Aug 2029" in said, notes
        # and back: the latest article of the column it moves back to
        assert "Nothing in between: on to 4 Jun 2027 11:15" in said, notes
        assert not any("31 May 2027" in n for n in said), notes
