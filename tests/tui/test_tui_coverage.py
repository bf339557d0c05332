"""FactSheetScreen: the fact sheet as facts against outlets, in the running app (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen, export_path
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen

SIZE = (120, 40)


def make_app(corpus: Path | None = None, index_dir: Path | None = None) -> WaicReaderApp:
    return WaicReaderApp(Workspace(corpus, index_dir), save_settings=False)


async def open_coverage(app: WaicReaderApp, pilot, **kwargs) -> FactSheetScreen:  # type: ignore[no-untyped-def]
    await app.workers.wait_for_complete()
    screen = FactSheetScreen(**kwargs)
    await app.push_screen(screen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert screen.sheet is not None, "the fact sheet was not computed"
    return screen


def columns(table: DataTable) -> list[str]:  # type: ignore[type-arg]
    return [str(key.value) for key in table.columns]


def row_cells(table: DataTable, row: int) -> dict[str, str]:  # type: ignore[type-arg]
    return {col: table.get_cell_at(Coordinate(row, i)).plain for i, col in enumerate(columns(table))}


def record_reader_offsets(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """The ``at`` offset of every ReaderScreen created (the reader consumes it once scrolled)."""
    import functools

    offsets: list[int | None] = []
    original = ReaderScreen.__init__

    @functools.wraps(original)
    def init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        offsets.append(kwargs.get("at"))
        original(self, *args, **kwargs)

    monkeypatch.setattr(ReaderScreen, "__init__", init)
    return offsets


def companies_row(screen: FactSheetScreen) -> int:
    return next(
        i for i, f in enumerate(screen.rows) if f.label == "companies" and any("800" in v.text for v in f.values)
    )


async def test_800_companies_row_shows_three_outlets_agreeing() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        docs = [a.doc for a in screen.sheet.articles]  # type: ignore[union-attr]
        assert columns(table) == ["fact", *docs, "agree"]
        cells = row_cells(table, companies_row(screen))
        with_value = {d for d in docs if cells[d].strip()}
        assert {d[:3] for d in with_value} == {"002", "003", "004"}
        for d in with_value:
            assert "800" in cells[d] and "compan" in cells[d]
        assert cells["agree"] == "agree"
        # Facts several outlets report come before single-source ones.
        sources = [f.sources for f in screen.rows]
        assert sources == sorted(sources, reverse=True) and sources[0] >= 2 and sources[-1] == 1
        # The cursor starts on a figure, and the grounds of the highlighted fact show below.
        fact, value = screen.at(table.cursor_coordinate)
        assert fact is not None and value is not None
        detail = str(screen.query_one("#coverage-detail", Static).render())
        assert detail.startswith("grounds:")


async def test_enter_on_a_value_opens_the_reader_on_that_article(monkeypatch: pytest.MonkeyPatch) -> None:
    offsets = record_reader_offsets(monkeypatch)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        doc = next(d for d in columns(table) if d.startswith("003"))
        table.move_cursor(row=companies_row(screen), column=columns(table).index(doc))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.doc == doc
        value = next(v for v in screen.rows[companies_row(screen)].values if v.doc == doc)
        assert offsets == [value.start]  # the reader scrolls to the figure
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        # An empty cell opens nothing.
        empty = next(d for d in columns(table) if d.startswith("000"))
        table.move_cursor(row=companies_row(screen), column=columns(table).index(empty))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen


async def test_single_source_toggle_and_escape() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        everything = table.row_count
        await pilot.press("a")
        await pilot.pause()
        assert 0 < table.row_count < everything
        assert all(f.sources > 1 for f in screen.rows)
        await pilot.press("a")
        await pilot.pause()
        assert table.row_count == everything
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_x_exports_markdown_without_overwriting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "waic-facts.md").write_text("mine", "utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_coverage(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
    assert (tmp_path / "waic-facts.md").read_text("utf-8") == "mine"
    for name in ("waic-facts-2.md", "waic-facts-3.md"):
        text = (tmp_path / name).read_text("utf-8")
        assert text.startswith("# Fact sheet") and "800 companies" in text
    assert export_path(tmp_path).name == "waic-facts-4.md"


async def test_start_column_follows_the_doc_asked_for() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        docs = app.docs
        screen = await open_coverage(app, pilot, doc=docs[3])
        table = screen.query_one(DataTable)
        assert columns(table)[table.cursor_coordinate.column] == docs[3]


# -- hostile corpus ----------------------------------------------------------------------------

HOSTILE_BODY = (
    "{title}\n\n"
    "Premier Li Qiang opened the [@click=app.quit]y[/] Shanghai summit, where over 800 companies "
    "showed robots and [b]x[/b] models to delegates from over 30 countries.\n\n"
    "The conference also featured 40 large language models, organisers in Shanghai said.\n"
)


def hostile_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(HOSTILE_BODY.format(title="[b]x[/b] Summit opens [@click=app.quit]y[/]"), "utf-8")
    (corpus / "b.txt").write_text(HOSTILE_BODY.format(title="Summit [@click=app.quit]y[/] opens [b]x[/b]"), "utf-8")
    (corpus / "corpus.yaml").write_text('articles:\n  a.txt:\n    outlet: "[red]Evil[/red]"\n', "utf-8")
    return corpus


async def test_hostile_text_shows_literally(tmp_path: Path) -> None:
    app = make_app(hostile_corpus(tmp_path), tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        assert app.is_running and app.screen is screen
        headers = {str(k.value): c.label.plain for k, c in table.columns.items()}
        assert headers["a"] == "[red]Evil[/red]"
        assert screen.sheet is not None and screen.sheet.facts
        # The detail shows the figure's sentence, markup and all, as typed.
        table.move_cursor(row=0, column=columns(table).index("a"))
        await pilot.pause()
        detail = screen.query_one("#coverage-detail", Static).render().plain  # type: ignore[union-attr]
        assert "[@click=app.quit]y[/]" in detail and "[b]x[/b]" in detail
        assert "[red]Evil[/red]" in app.export_screenshot()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.screen.doc == "a"
        assert app.is_running
