"""Scrolled sideways, the entities × outlets matrix shows whole columns (issue 13, t13v F13).

Reported: at 60 columns, moving the cursor right through the outlets' columns left the column at
the left edge cut ("umidaw…" of "lumidaw…", a count's last digit alone beside the frozen name
column), so a reader could not tell whose counts those were. DataTable scrolls just far enough
to show the cursor's column; the table now goes on to the next column's start, so the first
column shown next to the frozen one starts at its first cell, however it was scrolled (keys,
the scroll actions a mouse wheel runs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable

BODY = "Premier Li Qiang opened the Shanghai summit, where delegates from Geneva met Unitree engineers.\n"
OUTLETS = ["Lumidaw Daily Record", "Kyodo", "Nordwire Agency", "Hallvik Avis", "The Ledger", "Reuters", "Gazeta Porto"]


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    entries = []
    for i, outlet in enumerate(OUTLETS):
        (root / f"a{i}.txt").write_text(f"Summit {i}\n\n{BODY}", "utf-8")
        entries.append(f"  a{i}.txt:\n    outlet: {outlet}\n")
    (root / "corpus.yaml").write_text("articles:\n" + "".join(entries), "utf-8")
    return root


def starts(table: MatrixTable) -> tuple[int, list[int]]:
    """Where the part scrolled sideways begins (cells) and where each of its columns starts."""
    x, out = 0, []
    for i, column in enumerate(table.ordered_columns):
        if i == table.fixed_columns:
            left = x
        out.append(x)
        x += column.get_render_width(table)
    return left, out[table.fixed_columns :]


def assert_whole_column_at_left(table: MatrixTable) -> None:
    left, column_starts = starts(table)
    at = round(table.scroll_x)
    # at a column's start, or at the table's end (nothing further to bring in)
    assert at + left in column_starts or at == round(table.max_scroll_x), (at, left, column_starts)


@pytest.mark.parametrize("width", [60, 72])
async def test_moving_right_and_back_keeps_whole_columns(tmp_path: Path, width: int) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        assert table.max_scroll_x > 0  # wider than the screen: the case
        moved = []
        for key in ["right"] * 9 + ["left"] * 9:
            await pilot.press(key)
            await pilot.pause()
            moved.append(round(table.scroll_x))
            assert_whole_column_at_left(table)
        assert max(moved) > 0  # it did scroll sideways


async def test_scroll_actions_stop_at_whole_columns(tmp_path: Path) -> None:
    """A mouse wheel's sideways scroll (the table's scroll_right action) a few cells at a time."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        for _ in range(4):
            table.scroll_to(x=round(table.scroll_x) + 3, animate=False)
            await pilot.pause()
            assert_whole_column_at_left(table)
        assert table.scroll_x > 0


@pytest.mark.parametrize("cursor", ["row", "cell"])
async def test_a_step_left_goes_to_the_column_before(tmp_path: Path, cursor: str) -> None:
    """Scrolled right, a step left of less than a column goes to the start of the column it
    entered, never back where it was (review s33-r: snapped forward only, a row-cursor table's
    left key and a mouse's small steps left were undone and the table stuck)."""
    from waic_reader.tui.widgets.sheet_table import DrawsColumnsInView

    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        assert isinstance(table, DrawsColumnsInView)
        table.cursor_type = cursor
        table.scroll_to(x=table.max_scroll_x, animate=False)
        await pilot.pause()
        seen = [round(table.scroll_x)]
        for _ in range(3):
            table.scroll_to(x=round(table.scroll_x) - 2, animate=False)  # a small step left
            await pilot.pause()
            assert_whole_column_at_left(table)
            seen.append(round(table.scroll_x))
        assert seen == sorted(seen, reverse=True) and len(set(seen)) == len(seen), seen  # each step moved left
        for _ in range(2):
            table.scroll_to(x=round(table.scroll_x) + 1, animate=False)  # and right again
            await pilot.pause()
            assert_whole_column_at_left(table)
        assert round(table.scroll_x) > seen[-1]
