"""The Entities × outlets screen says which articles are in a script whose names are not read,
whatever the script (t13ar N10: the Russian and Arabic articles were left as outlets that named
nobody): the heading names them, their column reads "n/a" but where a Latin-script name inside
is read ("BlackTarn" in the Russian text counts). The reported Russian article and two of my
own, Greek and Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from other_script_articles import ARABIC, ENGLISH, GREEK, RUSSIAN
from snapshot_app import settle, workers_done
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import NOT_ANALYSED_CELL, EntityMatrixScreen

CASES = {
    "russian": ("Цифровой [b]вестник[/b]", "Russian", RUSSIAN, "BlackTarn"),
    "greek": ("Καθημερινή", "Greek", GREEK, "Hydrolyne Corporation"),
    "arabic": ("الشرق الرقمي", "Arabic", ARABIC, None),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_matrix_column_said_not_analysed(case: str, tmp_path: Path) -> None:
    outlet, language, text, name = CASES[case]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-wire.txt").write_text(ENGLISH, "utf-8")
    (corpus / "c-local.txt").write_text(text, "utf-8")
    (corpus / "corpus.yaml").write_text(f'articles:\n  c-local.txt:\n    outlet: "{outlet}"\n', "utf-8")
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        await workers_done(app)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
        said = str(screen.query_one("#matrix-heading", Static).render())
        assert f"not analysed: {outlet} ({language})" in said, said
        table = screen.query_one(DataTable)
        column = 2 + list(screen.matrix.articles).index("c-local")
        names = [table.get_cell_at(Coordinate(r, 0)).plain.strip() for r in range(table.row_count)]
        cells = [table.get_cell_at(Coordinate(r, column)).plain.strip() for r in range(table.row_count)]
        # Each cell a count (a Latin-script name read in it) or "n/a", never "·" (named nobody).
        assert all(cell == NOT_ANALYSED_CELL or cell.isdigit() for cell in cells), cells
        assert NOT_ANALYSED_CELL in cells
        if name is not None:
            assert cells[names.index(name)].isdigit(), dict(zip(names, cells, strict=True))
