"""With no year anywhere, a run of days over New Year is ordered December first (acceptance #17
after s13-f2, fault b): the year is taken to turn in the longest stretch of the calendar without
an article (analysis.timeline.year_start), so coverage from 28 December to 4 January is one run,
its first, ties and changes in that order; the text output and the screen's heading say so. A
run that does not cross New Year stays in calendar order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.index.corpus.date_values import NEW_YEAR, placed, year_start
from waic_reader.tui.cli.main import main
from waic_reader.tui.widgets.timeline_chart import TimelineChart

pytestmark = pytest.mark.usefixtures("utc")

WIRES = {  # reported: datelines from late December into January, no year anywhere
    "a.txt": "Ferry sinks off Halvik\n\nHALVIK, December 28 (Reuters) - A ferry sank off Halvik with 3 people missing.\n",
    "b.txt": "Rescuers search\n\nHALVIK, December 30 (AP) - Rescuers searched Halvik harbour; 5 people missing.\n",
    "c.txt": "Toll rises\n\nHALVIK, January 2 (Kyodo) - The Halvik ferry toll rose; 7 people missing.\n",
    "d.txt": "Inquiry opens\n\nHALVIK, January 4 (AFP) - An inquiry into the Halvik ferry opened.\n",
}
STAMPS = {  # variant: labelled stamps with times either side of midnight on New Year's Eve
    "x.txt": "Harbour closes\n\nUpdated: December 31 11:50 PM\n\nThe Halvik harbour was closed to ferries, officials said.\n",
    "y.txt": "Harbour reopens\n\nPosted: January 1 0:10 AM\n\nThe Halvik harbour was open to ferries again, officials said.\n",
}
SPRING = {  # variant: a spread of months that does not cross New Year stays in calendar order
    "p.txt": "Ferry ordered\n\nHALVIK, March 3 (Reuters) - Halvik ordered a ferry.\n",
    "q.txt": "Ferry launched\n\nHALVIK, April 20 (AP) - The Halvik ferry was launched.\n",
    "r.txt": "Ferry in service\n\nHALVIK, May 30 (AFP) - The Halvik ferry entered service.\n",
}


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def run(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "timeline", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("files", "order", "first"),
    [(WIRES, ["a", "b", "c", "d"], "a"), (STAMPS, ["x", "y"], None), (SPRING, ["p", "q", "r"], "p")],
)
def test_the_articles_and_first_follow_the_run_of_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], order: list[str], first: str | None
) -> None:
    root = write(tmp_path / "c", files)
    data = json.loads(run(root, capsys, "--json"))
    assert [a["doc"] for a in data["articles"]] == order
    if first is not None:
        assert data["first"]["Halvik"]["doc"] == first
    assert data["range"]["start"] == data["articles"][0]["date"]
    assert data["range"]["end"] == data["articles"][-1]["date"]
    said = run(root, capsys)
    assert ("They are taken as one run over New Year" in said) == (files is not SPRING), said


def test_the_figure_changes_in_the_run_s_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = run(write(tmp_path / "c", WIRES), capsys)
    assert "They are taken as one run over New Year, 28 Dec – 4 Jan." in said
    changed = said[said.index("Figures that changed:") :]
    assert changed.index("3 (") < changed.index("5 (") < changed.index("7 ("), changed


@pytest.mark.parametrize(
    ("dates", "start"),
    [
        (["--12-28", "--01-04", "--12-30"], "12-28"),
        (["--11-30", "--02-29", "--01-10"], "11-30"),  # 29 February in the year after the turn
        (["--03-03", "--04-20", "--05-30"], NEW_YEAR),
        (["--03-03", "--10-20", "--11-30"], "10-20"),  # 7 months empty from March: October first
        (["--01-01", "--07-02"], NEW_YEAR),  # as long over New Year as within: calendar order
    ],
)
def test_year_start_and_placed(dates: list[str], start: str) -> None:
    assert year_start(dates) == start
    placed_dates = [placed(d, True, start) for d in dates]
    assert all(p is not None and not p.startswith("--") for p in placed_dates)
    by_run = sorted(dates, key=lambda d: placed(d, True, start) or "")
    assert by_run[0][2:] == (start if start != NEW_YEAR else min(d[2:] for d in dates))


async def test_the_screen_says_the_run_crosses_new_year(tmp_path: Path) -> None:
    app = make_app(corpus=write(tmp_path / "c", WIRES))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        heading = str(app.screen.query_one("#timeline-heading", Static).render())
        assert "4 dated by day and month, the year unknown, over New Year" in heading, heading
        shape = app.screen.query_one(TimelineChart).shape()
        assert shape is not None and shape.yearless
        columns = [shape.place[doc][1] for doc in ("a", "b", "c", "d")]
        assert columns == sorted(columns) and columns[0] < columns[-1], columns
