"""Scrolled sideways, the entities × outlets matrix shows whole columns (issue 13, t13v F13).

Reported: at 60 columns, moving the cursor right through the outlets' columns left the column at
the left edge cut ("umidaw…" of "lumidaw…", a count's last digit alone beside the frozen name
column), so a reader could not tell whose counts those were. DataTable scrolls just far enough
to show the cursor's column; the table now goes on to the next column's start, so the first
column shown next to the frozen one starts at its first cell, however it was scrolled (keys,
the scroll actions a mouse wheel runs).

Since round s39-p the table holds only the columns in view and never scrolls sideways: the
screen moves its window of columns a whole column at a time (keys, the mouse wheel), so these
check the same for that window."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual import events

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


def assert_whole_columns(table: MatrixTable) -> None:
    """The table never scrolls sideways (the screen moves its window of columns: round s39-p),
    and the columns it holds are whole on screen, the first beside the frozen one from its first
    cell, with the header of the column it shows."""
    assert round(table.scroll_x) == 0
    widths = [c.get_render_width(table) for c in table.ordered_columns]
    assert sum(widths) <= table.scrollable_content_region.width, widths
    first = table.ordered_columns[table.fixed_columns]
    assert table.scrolled_index(table.fixed_columns) == table.first
    assert first.key.value == (
        "label" if table.first == 0 else "total" if table.first > len(OUTLETS) else f"a{table.first - 1}"
    )


@pytest.mark.parametrize("width", [60, 72])
async def test_moving_right_and_back_keeps_whole_columns(tmp_path: Path, width: int) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(width, 20)) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        assert len(table.in_view()) < table.scrolled_count  # wider than the screen: the case
        moved = []
        for key in ["right"] * 9 + ["left"] * 9:
            await pilot.press(key)
            await pilot.pause()
            moved.append(table.first)
            assert_whole_columns(table)
            assert table.scrolled_index(table.cursor_column) in [None, *table.in_view()]
        assert max(moved) > 0 and moved[-1] == 0  # it did scroll sideways, and back


async def test_scroll_actions_stop_at_whole_columns(tmp_path: Path) -> None:
    """A mouse wheel's sideways scroll: a column at a time, whole columns each time."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        for _ in range(4):
            table.post_message(events.MouseScrollRight(table, 5, 5, 0, 0, 0, False, False, False))
            await pilot.pause()
            assert_whole_columns(table)
        assert table.first > 0


@pytest.mark.parametrize("cursor", ["row", "cell"])
async def test_a_step_left_goes_to_the_column_before(tmp_path: Path, cursor: str) -> None:
    """Scrolled right, a step left goes to the column before, never back where it was (review
    s33-r: a row-cursor table's left key and a mouse's small steps left were undone and the
    table stuck)."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        table.cursor_type = cursor
        table.move_window(table.scrolled_count)  # to the end
        await pilot.pause()
        seen = [table.first]
        for _ in range(3):
            if cursor == "row":
                await pilot.press("left")
            else:
                table.post_message(events.MouseScrollLeft(table, 5, 5, 0, 0, 0, False, False, False))
            await pilot.pause()
            assert_whole_columns(table)
            seen.append(table.first)
        assert seen == sorted(seen, reverse=True) and len(set(seen)) == len(seen), seen  # each step moved left
        for _ in range(2):
            table.post_message(events.MouseScrollRight(table, 5, 5, 0, 0, 0, False, False, False))
            await pilot.pause()
            assert_whole_columns(table)
        assert table.first > seen[-1]
