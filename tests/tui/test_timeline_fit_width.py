"""The timeline's fit takes the whole axis (issue 17, s12): with columns of whole cells, the bulk's
columns took only part of the width (34 three-hour columns two cells wide, 68 of 96 cells at 120
columns; a week with strays by the 3 hours, 51 of 94), and two cells were kept for nothing. The fit
(the first view, ``0``, and ``a``) now has as many columns as the width holds, the bulk in the
middle and empty columns around it, and its axis says its own ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX, STRAY_DATES, make_app, settle

from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import LANE_LABEL

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def archive(root: Path) -> Path:
    """Sixteen years of two outlets, every article dated: no undated column."""
    root.mkdir()
    for year in range(2010, 2026):
        for month, outlet in ((2, "AP"), (9, "BBC")):
            (root / f"{outlet}-{year}.md").write_text(
                f"---\ntitle: Harbour report {year}\noutlet: {outlet}\ndate: {year}-{month:02d}-15\n---\n"
                f"The harbour report of {year} was published.\n",
                "utf-8",
            )
    return root


def axis_cells(chart: TimelineChart) -> tuple[int, int, int]:
    """(cells the axis's columns and edge arrows take, cells they may take, a column's cells)."""
    shape = chart.shape()
    assert shape is not None and shape.step
    edges = (1 if shape.before else 0) + (1 if shape.after else 0)
    room = chart.size.width - LANE_LABEL - 2 - (2 if shape.has_undated else 0)
    return shape.width * shape.cell + edges, room, shape.cell


async def check_fills(corpus: Path, size: tuple[int, int], keys: tuple[str, ...]) -> None:
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        for key in keys:  # "" the first view; "plus" zooms in (no fit), then each a fit again
            if key:
                await pilot.press(key)
                await settle(pilot)
            if key == "plus":
                continue
            used, room, cell = axis_cells(chart)
            assert room - cell < used <= room, (key, used, room, cell)  # only what no whole column fills is left
            lines = chart.render().split()
            axis = next(line.plain for line in lines if "└" in line.plain)
            assert room - cell < len(axis.rstrip("┴?")) - LANE_LABEL - 2 <= room, axis
            assert max(line.cell_len for line in lines) <= chart.content_size.width  # nothing cut off


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_fit_takes_the_whole_axis(size: tuple[int, int]) -> None:
    # reported: the mixed-format corpus, 3-hour columns; zoomed in and back with 0
    await check_fills(COVERAGE_MIX, size, ("", "plus", "0"))


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_a_fit_with_strays_beyond_it_and_every_date(size: tuple[int, int]) -> None:
    # the arrows' columns at its edges stay; a shows every dated article, filled too
    await check_fills(STRAY_DATES, size, ("", "a", "plus", "0"))


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_calendar_columns_with_no_undated_article(tmp_path: Path, size: tuple[int, int]) -> None:
    await check_fills(archive(tmp_path / "archive"), size, ("",))


async def test_the_padded_axis_says_its_own_ends() -> None:
    app = make_app(corpus=COVERAGE_MIX)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        shape = chart.shape()
        assert shape is not None and shape.padded and shape.cell == 2
        labels = chart.render().plain.splitlines()[-1]
        # 49 columns of 3 h: the bulk (02 Sep 00:00 to 06 Sep 06:00, 34 columns) and 7 more on each side
        assert labels.split()[:4] == ["1", "Sep", "2025", "03:00"] and labels.endswith("7 Sep 2025 06:00"), labels
        assert "3 h = 2 cells" in labels
