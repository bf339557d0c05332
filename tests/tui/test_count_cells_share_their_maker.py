"""The matrix's and the Quotes screen's count cells share one maker a count (issues 13 and 15,
round s37-p).

A first `E` or `Q` makes one cell an article for every row (entities × articles, speakers ×
articles: ~12,000 cells for 54 rows of 221 articles), each a LazyCell made when drawn. Every cell
had a function of its own besides (``functools.partial`` of its count): half the time of making
the cells on the UI thread. Now the cells of one count share one; a cell is still made only when
drawn or read, with the same text.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable
from waic_reader.tui.widgets.sheet_table import LazyCell

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _wide(tmp_path: Path) -> Path:
    """Twelve articles quoting and naming the same people, a few counts each."""
    root = tmp_path / "wide"
    root.mkdir()
    for i in range(12):
        said = ' "We will rebuild," said Ilse Brandvold.' * (i % 3)
        (root / f"{i:02d}_outlet.txt").write_text(
            f"Report {i} on the ferry\n\n"
            f'"The site is safe now," fire chief Torben Ekholm said in Osaka.{said}\n\n'
            f"Hiroshi Ueda met Kenji Morimoto and Aiko Tanaka in Osaka.\n",
            "utf-8",
        )
    return root


def _fixture(name: str) -> Any:
    def copy(tmp_path: Path) -> Path:
        root = tmp_path / name
        shutil.copytree(FIXTURES / name, root)
        return root

    return copy


@pytest.mark.parametrize("key", ["E", "Q"])
@pytest.mark.parametrize(
    "make",
    [_wide, _fixture("quake"), _fixture("quotes_t13t_first_open")],  # wires, Markdown, a page, Spanish
    ids=["wide", "quake", "formats"],
)
async def test_the_cells_of_one_count_share_a_maker(tmp_path: Path, key: str, make: Any) -> None:
    app = WaicReaderApp(Workspace(make(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(80, 12)) as pilot:  # short: most rows not drawn, their cells not made
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        screen = app.screen
        if key == "E":
            assert isinstance(screen, EntityMatrixScreen)
            table: Any = screen.query_one(MatrixTable)
            first, last = 2, len(table.columns) - 1  # the articles' columns: after name and label
        else:
            assert isinstance(screen, QuotesScreen)
            table = screen.query_one(SpeakerTable)
            first, last = 2, len(table.columns)  # after speaker and total
        assert table.row_count >= 2
        makers: set[int] = set()
        texts: dict[int, set[str]] = {}
        cells = 0
        for row in range(table.row_count):
            for cell in table.get_row_at(row)[first:last]:
                assert isinstance(cell, LazyCell)
                cells += 1
                if cell._make is not None:  # not made yet: its maker
                    makers.add(id(cell._make))
                    texts.setdefault(id(cell._make), set()).add(cell._make().plain)
        assert cells >= 2 * table.row_count
        assert all(len(t) == 1 for t in texts.values())  # one maker, one text
        distinct = {cell.plain for row in range(table.row_count) for cell in table.get_row_at(row)[first:last]}
        assert len(makers) <= len(distinct) + 1, (len(makers), distinct)
