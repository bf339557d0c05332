"""The matrix makes a cell only when it is drawn or read (issue 13, session 15 #3g).

Reported: E took ~340 ms to draw the matrix on the seeds and a dozen articles. DataTable measured
every cell of every row it was given (58 rows × 21 columns there), rendering each Content to
do so, while the screen shows ~30 rows. Its cells are LazyCells now: rows off screen are never
made until scrolled to (the rest of the cost is DataTable drawing each visible row whole)."""

from __future__ import annotations

import shutil
from pathlib import Path

from snapshot_app import settle
from textual.coordinate import Coordinate

from waic_reader.index.paths import bundled_seeds
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.widgets.sheet_table import LazyCell

QUAKE = Path(__file__).parents[1] / "fixtures" / "quake"


def made(table: MatrixTable, row: int) -> list[bool]:
    return [cell._content is not None for cell in table.get_row_at(row) if isinstance(cell, LazyCell)]


async def test_rows_off_screen_are_not_made_until_shown(tmp_path: Path) -> None:
    """The reported corpus: the seeds and the quake story's articles."""
    root = tmp_path / "corpus"
    shutil.copytree(bundled_seeds(), root)
    for f in QUAKE.glob("*.txt"):
        shutil.copy(f, root / f.name)
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityMatrixScreen)
        table = screen.query_one(MatrixTable)
        last = table.row_count - 1
        assert last > 40  # more rows than the screen holds
        # Row 0 drawn (its cells in the columns in view: those out of view are not drawn
        # either, test_analysis_screens_reopen.py), the last row not at all.
        assert made(table, 0)[:3] == [True] * 3 and not any(made(table, last))
        # Read (the tests and the detail line read cells): made then, the same text as before.
        assert table.get_cell_at(Coordinate(last, 1)).plain
        table.move_cursor(row=last)
        await settle(pilot)
        assert made(table, last)[:3] == [True] * 3
