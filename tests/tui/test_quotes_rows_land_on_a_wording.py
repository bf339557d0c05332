"""t13t F7: in the Quotes screen's statements, moving up or down kept the cursor's column, so on a
statement that column's article does not report, enter said "No wording in this cell"; the
tester needed ``l l l`` to reach the one article reporting it. A move onto another row lands on
the nearest article's wording of that statement (a sideways move stays where it goes), so enter
reads it. With ``j``/``k`` (the reported keys) and the arrows, at 120x40 and 60x20."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, StatementTable
from waic_reader.tui.screens.reader import ReaderScreen

# Four articles, each reporting a statement of one speaker that no other reports: every row of her
# statements has one wording, each in another article's column.
SAID = (
    "the ferry had passed its inspection in March",
    "the crew had been trained to fight engine fires",
    "the fire began in the engine room after midnight",
    "the company would pay for the families' funerals",
)


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for n, words in enumerate(SAID):
        (root / f"report{n}.txt").write_text(
            f"Ferry fire report {n}\n\nThe ferry burned off the coast on Tuesday.\n\n"
            f"Marta Solis, the company's director, said {words}.\n",
            "utf-8",
        )
    return root


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(("down", "up"), [("j", "k"), ("down", "up")])
async def test_a_move_to_another_statement_lands_on_its_wording(
    tmp_path: Path, size: tuple[int, int], down: str, up: str
) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path)), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        await pilot.press("enter")
        await settle(pilot)
        statements = screen.query_one(StatementTable)
        assert statements.has_focus and statements.row_count == len(SAID)
        columns = set()
        for key in [down] * (len(SAID) - 1) + [up] * (len(SAID) - 1):
            await pilot.press(key)
            await settle(pilot)
            st, q = screen.at(statements.cursor_coordinate)
            assert st is not None and q is not None, (key, statements.cursor_coordinate)
            # the article's column (the table holds the columns in view: WindowTable)
            columns.add(statements.scrolled_index(statements.cursor_coordinate.column))
        assert len(columns) == len(SAID)  # each row's wording is in another article's column
        # a sideways move onto an empty cell stays there
        row, column = statements.cursor_row, statements.scrolled_index(statements.cursor_column)
        await pilot.press("l" if column == 0 else "h")
        await settle(pilot)
        assert statements.cursor_row == row and statements.scrolled_index(statements.cursor_column) != column
        assert screen.at(statements.cursor_coordinate)[1] is None
        # and enter on a row reached by a move reads its wording
        await pilot.press(down)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
