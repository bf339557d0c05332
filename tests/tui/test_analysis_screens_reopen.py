"""The entities × outlets matrix (``E``) and the Quotes screen (``Q``) over many articles: opened
again on an unchanged corpus they show what was made before, a changed corpus makes it again,
the first open does not hold the keys, and a table draws only the columns in view (t13k F17).

Reported at 228 articles: ``E`` 5.3 s to open and ~2 s every reopen, ``Q`` 3.8 s, then 1.6-2.0 s
each reopen, nothing changed in between. Profiled (``tests/perf/analysis_screens.py``): each
visit made the analysis again in its worker, and on the UI thread DataTable drew every cell of
each line drawn, one column per article, to show the dozen in view (the Quotes screen also made
every wording cell, each the article's text as shown).
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.paths import bundled_seeds
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.sheet_table import LazyCell

QUAKE = Path(__file__).parents[1] / "fixtures" / "quake"


def corpus(tmp_path: Path) -> Path:
    """The seeds and the quake story's articles (21 articles: more columns than fit)."""
    root = tmp_path / "corpus"
    shutil.copytree(bundled_seeds(), root)
    for f in QUAKE.glob("*.txt"):
        shutil.copy(f, root / f.name)
    return root


def counting(app: WaicReaderApp, name: str) -> list[int]:
    """Counts the calls of the workspace's ``name`` (entities, quotes) made for the screens: not
    those of the app's grouping worker (``Workspace.keep_grouping``, round s38-p), which works the
    names' grouping out beside the index once it is ready, whatever screen is open."""
    calls = [0]
    real = getattr(app.workspace, name)
    keep = app.workspace.keep_grouping
    keeping = threading.local()

    def kept(*args, **kwargs):  # type: ignore[no-untyped-def]
        keeping.on = True
        try:
            return keep(*args, **kwargs)
        finally:
            keeping.on = False

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not getattr(keeping, "on", False):
            calls[0] += 1
        return real(*args, **kwargs)

    app.workspace.keep_grouping = kept  # type: ignore[method-assign]
    setattr(app.workspace, name, counted)
    return calls


def shown_line(table: MatrixTable, row: int) -> str:
    return "".join(s.text for s in table.render_line(table.header_height + row))


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_matrix_cells_of_columns_out_of_view_are_not_made(size: tuple[int, int], tmp_path: Path) -> None:
    """Only the outlet columns in view are held, so made (the table holds the columns in view
    since round s39-p; before, it held them all and drew those in view); the last one once the
    cursor is taken to it, and the line then shows its count; taken back, the first again."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
        table = screen.query_one(MatrixTable)
        docs = list(screen.matrix.articles)
        held = [str(c.key.value) for c in table.ordered_columns]
        assert docs[0] in held and docs[-1] not in held, held  # the columns do not all fit
        cells = table.get_row_at(0)[1:]
        assert all(isinstance(c, LazyCell) and c._content is not None for c in cells)  # drawn, made
        table.show_scrolled(len(docs), row=0)  # the last outlet column (scrolled column 0: the label)
        await settle(pilot)
        assert screen.at(table.cursor_coordinate)[1] == docs[-1]
        cell = table.get_cell_at(table.cursor_coordinate)
        assert cell.plain.strip() and cell.plain.strip() in shown_line(table, 0), (cell.plain, shown_line(table, 0))
        # Taken back: the first columns are drawn again (not left blank).
        table.show_scrolled(1, row=0)
        await settle(pilot)
        assert screen.at(table.cursor_coordinate)[1] == docs[0]
        first_cell = table.get_cell_at(table.cursor_coordinate).plain.strip()
        assert first_cell and first_cell in shown_line(table, 0)


@pytest.mark.parametrize("key", ["E", "Q"])
async def test_reopened_on_an_unchanged_corpus_shows_what_was_made(key: str, tmp_path: Path) -> None:
    """E (or Q), escape, E again: made once, shown at once the second time; then a file edited
    makes it again, with the new article's words."""
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    calls = counting(app, "entities" if key == "E" else "quotes")
    kind = EntityMatrixScreen if key == "E" else QuotesScreen
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for _ in range(2):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, kind)
            await pilot.press("escape")
            await settle(pilot)
        assert calls[0] == 1
        await pilot.press(key)
        screen = app.screen
        assert isinstance(screen, kind)
        # Shown with the key's own pass: no worker waited for.
        assert (screen.matrix if isinstance(screen, EntityMatrixScreen) else screen.sheet) is not None
        await pilot.press("escape")
        await settle(pilot)
        (root / "zz_new.txt").write_text(
            "Harbour crane falls\n\nThe crane fell on Monday, said Torvald Brennhaug, the port's manager.\n",
            "utf-8",
        )
        app.check_folder()
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        screen = app.screen
        assert calls[0] == 2
        if isinstance(screen, EntityMatrixScreen):
            assert screen.matrix is not None and "zz_new" in screen.matrix.articles
            assert any(r.entity.name == "Torvald Brennhaug" for r in screen.matrix.rows)
        else:
            assert isinstance(screen, QuotesScreen) and screen.sheet is not None
            assert any(s.name == "Torvald Brennhaug" for s, _ in screen.speakers)
            assert screen.query_one(SpeakerTable).row_count == len(screen.speakers)


@pytest.mark.parametrize("key", ["E", "Q"])
async def test_first_open_does_not_hold_the_keys(key: str, tmp_path: Path) -> None:
    """While the first matrix (quotes) is being made, the screen is up saying so and escape
    goes back at once."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    name = "entities" if key == "E" else "quotes"
    release = threading.Event()
    real = getattr(app.workspace, name)

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)
        return real(*args, **kwargs)

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(app.workspace.corpus.docs[0])
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        setattr(app.workspace, name, slow)
        try:
            await pilot.press(key)
            screen = app.screen
            assert isinstance(screen, EntityMatrixScreen if key == "E" else QuotesScreen)
            detail = screen.query_one("#matrix-detail" if key == "E" else "#quotes-detail")
            assert str(detail.render()).startswith("Finding")  # says what it is doing
            await pilot.press("escape")
            assert isinstance(app.screen, ReaderScreen)  # not held by the work under way
        finally:
            release.set()
        await settle(pilot)
