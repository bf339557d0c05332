"""A corpus whose dates all lack a year (acceptance #17-3): "TOKYO, March 14 (Reuters) -" in every
article and no year anywhere made the timeline say "0 dated" and put every article in the
undated column. Now such dates are placed on the axis by day and month, in a year left unknown
(said so in the heading, the axis's ends said without a year), and ``timeline --json``'s range
is those dates; where other articles have a year, a year-less date none could be given stays in
the ``?`` column, counted in the heading."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.geometry import Region
from textual.widgets import Static

from waic_reader.tui.cli.main import main
from waic_reader.tui.widgets.timeline_chart import TimelineChart

pytestmark = pytest.mark.usefixtures("utc")  # times shown and bucketed in UTC (tests/conftest.py)

WIRES = {  # the reported shape: a wire dateline with a day and month, no year anywhere
    "r.txt": "Ferry sinks off Halvik\n\nTOKYO, March 14 (Reuters) - A ferry sank off Halvik on Friday, officials said.\n",
    "a.txt": "Rescuers search the harbour\n\nTOKYO, March 15 (AP) - Rescuers searched for survivors on Saturday.\n",
    "k.txt": "Ferry toll rises\n\nOSAKA, March 16 (Kyodo) - The toll from the Halvik ferry rose on Sunday.\n",
    "n.txt": "A note without any date about the ferry and the harbour, written by someone in town.\n",
}
STAMPS = {  # labelled stamps with a time, no year: placed at their times
    "x.txt": "Harbour closes\n\nUpdated: March 14 7:52 PM\n\nThe harbour was closed to ferries in the evening, officials said.\n",
    "y.txt": "Harbour reopens\n\nPosted: March 15 9:10 AM\n\nThe harbour was open to ferries again in the morning, officials said.\n",
}
MIXED = {  # one article with a year, far from a year-less one: that one gets no year
    **WIRES,
    "old.md": "---\ntitle: Harbour history\noutlet: Archive\ndate: 2019-08-01\n---\nThe harbour's long history.\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def timeline_json(root: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "timeline", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("files", "start", "end"),
    [(WIRES, "--03-14", "--03-16"), (STAMPS, "--03-14T19:52", "--03-15T09:10")],
)
def test_the_json_range_is_the_yearless_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], start: str, end: str
) -> None:
    root = write(tmp_path / "c", files)
    data = timeline_json(root, capsys)
    assert data["range"] == {"start": start, "end": end, "before": 0, "after": 0}
    assert [a["date"] for a in data["articles"] if a["date"]] == sorted(
        a["date"] for a in data["articles"] if a["date"]
    )
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "timeline"]) == 0
    assert "No date has a year: the dates are placed by day and month" in capsys.readouterr().out


def test_with_dated_articles_a_yearless_one_is_not_placed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = timeline_json(write(tmp_path / "c", MIXED), capsys)
    assert data["range"] == {"start": "2019-08-01", "end": "2019-08-01", "before": 0, "after": 0}


def chart_lines(chart: TimelineChart) -> list[str]:
    return [strip.text.rstrip() for strip in chart.render_lines(Region(0, 0, *chart.outer_size))]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_screen_places_yearless_dates_by_day_and_month(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(corpus=write(tmp_path / "c", WIRES))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        heading = str(app.screen.query_one("#timeline-heading", Static).render())
        assert "3 dated by day and month, the year unknown" in heading and "0 dated" not in heading
        chart = app.screen.query_one(TimelineChart)
        shape = chart.shape()
        assert shape is not None and shape.yearless
        for doc in ("r", "a", "k"):  # on the axis, not in the undated column
            assert 0 <= shape.place[doc][1] < shape.width, doc
        assert shape.place["n"][1] == shape.undated_column
        for key in ("", "plus", "plus", "0"):
            if key:
                await pilot.press(key)
                await settle(pilot)
            shown = "\n".join(chart_lines(chart))
            # a day and month on the axis, without a year (the days the view's ends fall on vary
            # with the width and the zoom: a day-only date's whole day is shown, #17 s16)
            assert re.search(r"\b\d{1,2} Mar\b", shown), shown
            assert "2000" not in shown, shown  # the year the axis places them in is never said


async def test_the_screen_counts_dates_without_a_year_beside_dated_ones(tmp_path: Path) -> None:
    app = make_app(corpus=write(tmp_path / "c", MIXED))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        heading = str(app.screen.query_one("#timeline-heading", Static).render())
        assert "1 dated, 3 without a year" in heading, heading
        shape = app.screen.query_one(TimelineChart).shape()
        assert shape is not None and not shape.yearless
        assert shape.place["r"][1] == shape.undated_column
