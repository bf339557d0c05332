"""The entities × outlets matrix keeps its name column on screen when moved right (issue 13).

Reported at 60x20: ``E``, down, down, right ×4 scrolled the entity names off the left edge, so
the counts under the cursor belonged to no visible entity. Every WindowTable (the matrix, the
fact sheet) freezes its first column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from test_jump_replaces_follow import write_corpus

from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable


def wide_corpus(root: Path, n: int = 9) -> Path:
    """``n`` articles naming the same people: more outlet columns than 60 cells hold."""
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(n):
        (corpus / f"{i:02d}_outlet.txt").write_text(
            f"Report {i} on the ferry\n\nHiroshi Ueda met Kenji Morimoto and Aiko Tanaka in Osaka.\n", "utf-8"
        )
    return corpus


def cursor_line(table: MatrixTable) -> str:
    """The text of the cursor's row as drawn on screen."""
    y = table.header_height + table.cursor_row - round(table.scroll_y)
    return table.render_line(y).text


@pytest.mark.parametrize(
    ("size", "make", "moves", "scrolls"),
    [
        ((60, 20), write_corpus, ["down", "down", "right", "right", "right", "right"], False),  # reported
        ((60, 20), wide_corpus, ["down", *["right"] * 10], True),  # the last outlet column
        ((80, 24), wide_corpus, ["right"] * 10 + ["left", "left"], True),  # wider, to the end and back two
    ],
)
async def test_the_name_column_stays_when_moving_right(tmp_path: Path, size, make, moves, scrolls) -> None:  # type: ignore[no-untyped-def]
    app = make_app(corpus=make(tmp_path))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        matrix = app.screen
        assert isinstance(matrix, EntityMatrixScreen) and matrix.shown
        table = matrix.query_one(MatrixTable)
        await pilot.press(*moves)
        await settle(pilot)
        assert table.cursor_column >= 3
        # The table did scroll sideways (the reported three articles' columns, since t13b fault 4,
        # are on screen beside narrower names at 60 columns: no scroll needed to reach them): its
        # window of columns moved on (it holds only the columns in view since round s39-p)
        assert (table.first > 0) is scrolls
        row = matrix.shown[table.cursor_row]
        drawn = cursor_line(table)
        assert drawn.lstrip().startswith(row.entity.name[:10]), drawn
        # and the cursor's own cell is on screen too
        region = table._get_cell_region(table.cursor_coordinate)
        assert region.x - table.scroll_x >= 0 and region.right - table.scroll_x <= table.scrollable_content_region.width
