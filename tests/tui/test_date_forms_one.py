"""One readable form of a date everywhere (acceptance #17-6): the library said "02 Mar 2025" where
the timeline's axis and the fact sheet said "2 Mar 2025". Every place now formats with
``date_values.said`` (through ``readable``): the day never padded."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.analysis.facts import when
from waic_reader.index.corpus.date_values import readable, said
from waic_reader.tui.widgets.timeline_layout import axis_said

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)

PADDED = re.compile(r"\b0\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


@pytest.mark.parametrize(
    ("iso", "shown"),
    [
        ("2025-03-02T08:10:00Z", "2 Mar 2025 08:10"),  # the reported form
        ("2025-03-02", "2 Mar 2025"),  # a day alone
        ("--03-02", "2 Mar"),  # a day without a year
        ("--03-02T08:10", "2 Mar 08:10"),
        ("2025-03-14T08:10:00Z", "14 Mar 2025 08:10"),
    ],
)
def test_every_formatter_says_a_day_one_way(iso: str, shown: str) -> None:
    assert readable(iso) == shown
    assert when(iso, year=True) == shown
    if not iso.startswith("--"):
        moment = datetime(2025, 3, int(iso[8:10]), 8, 10)
        assert axis_said(moment, 3600) == said(moment, time=True) == shown.replace(" 08:10", "") + " 08:10"
        assert axis_said(moment, 86400) == shown.replace(" 08:10", "")


def corpus(root: Path) -> Path:
    root.mkdir()
    for name, date, outlet in (("early", "2025-03-02T08:10:00Z", "Reuters"), ("late", "2025-03-14", "AP")):
        (root / f"{name}.md").write_text(
            f"---\ntitle: Harbour story {name}\noutlet: {outlet}\ndate: {date}\n---\n"
            "The harbour council met again and the ferry plan was discussed at length.\n",
            "utf-8",
        )
    return root


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_library_and_the_timeline_say_the_same_day(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(corpus=corpus(tmp_path / "c"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        library = app.export_screenshot().replace("&#160;", " ")
        assert "2 Mar 2025" in library and not PADDED.search(library)
        await pilot.press("t")
        await settle(pilot)
        timeline = app.export_screenshot().replace("&#160;", " ")
        assert "2 Mar 2025 08:10" in timeline and not PADDED.search(timeline)
