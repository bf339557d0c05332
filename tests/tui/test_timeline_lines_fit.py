"""Every line of the timeline fits the width, zoomed in and out (acceptance #17-2). Textual wraps a
Text's long lines whatever its ``no_wrap``, and the chart's height counts one line each: at 60
columns, zoomed in to weeks, "1 column = 1 week, dots: 1st of the month" wrapped and pushed the
line of strays ("◀ 1 earlier  96 later ▶") out of sight. Now the scale starts under the lane
names when it does not fit beside them, and any line still too long is cut with "…"."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.geometry import Region

from waic_reader.tui.widgets.timeline_chart import TimelineChart

pytestmark = pytest.mark.usefixtures("utc")  # times shown and bucketed in UTC (tests/conftest.py)


def corpus(root: Path, per_day: int) -> Path:
    """Two outlets every eleventh day of 2024-2025 (``per_day`` articles each), a 1950 archive
    piece (a stray: the strays line) and an undated note (the undated column)."""
    root.mkdir()
    rows = []
    for i in range(60):
        day = date(2024, 1, 1) + timedelta(days=11 * i)
        for outlet in ("Reuters", "AP"):
            for n in range(per_day):
                rows.append(
                    {
                        "id": f"{outlet}-{i}-{n}",
                        "title": f"Harbour story {i}",
                        "outlet": outlet,
                        "date": f"{day.isoformat()}T{10 + n % 12:02d}:00:00Z",
                        "text": f"The harbour council met again, story {i}, and the ferry plan was discussed.",
                    }
                )
    rows.append(
        {
            "id": "old",
            "title": "Archive",
            "outlet": "Archive",
            "date": "1950-03-02T12:00:00Z",
            "text": "An archive piece about the harbour ferry and its long history in town.",
        }
    )
    (root / "year.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    (root / "undated.txt").write_text(
        "A note with no date at all about the ferry in the harbour, by someone.\n", "utf-8"
    )
    return root


def shown(chart: TimelineChart) -> list[str]:
    """The chart's lines as the screen shows them (wrapped, if Textual wrapped them)."""
    return [strip.text.rstrip() for strip in chart.render_lines(Region(0, 0, *chart.outer_size))]


async def check(root: Path, size: tuple[int, int], keys: tuple[str, ...]) -> set[str]:
    """Press ``keys`` on the timeline; after each, every line fits and the strays line is the
    chart's last line, on screen. Returns the scale lines seen."""
    scales: set[str] = set()
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        for key in keys:
            if key:
                await pilot.press(key)
                await settle(pilot)
            shape = chart.shape()
            assert shape is not None
            lines = chart.render().split("\n", allow_blank=True)
            assert all(line.cell_len <= chart.content_size.width for line in lines), [line.plain for line in lines]
            on_screen = shown(chart)
            assert len(on_screen) == len(lines), (key, on_screen)  # nothing wrapped
            assert [line.strip() for line in on_screen] == [line.plain.strip() for line in lines], key
            if shape.before or shape.after:
                assert "earlier" in on_screen[-1] or "later" in on_screen[-1], (key, on_screen)
                assert chart.region.bottom <= app.screen.size.height
            scales |= {line.strip() for line in on_screen if "dots:" in line or "column =" in line}
    return scales


async def test_the_reported_week_scale_at_60_columns(tmp_path: Path) -> None:
    scales = await check(corpus(tmp_path / "c", 1), (60, 20), ("", "plus", "plus", "plus"))
    # said whole: it starts under the lane names instead of wrapping
    assert "1 column = 1 week, dots: 1st of the month" in scales


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_dense_counts_zoomed_in_and_out(tmp_path: Path, size: tuple[int, int]) -> None:
    # bars with their count ("· █ 24") lengthen the scale line
    scales = await check(
        corpus(tmp_path / "c", 6), size, ("", "plus", "plus", "plus", "minus", "minus", "minus", "a", "0")
    )
    assert any("█" in line for line in scales), scales


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_zoomed_out_to_years_and_in_to_minutes(tmp_path: Path, size: tuple[int, int]) -> None:
    await check(corpus(tmp_path / "c", 1), size, ("a", *["plus"] * 14, "minus", "minus"))
