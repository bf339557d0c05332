"""The fact sheet's detail (the highlighted value's sentence) is read by a worker, never on the
UI thread, and says so when the article's file changed since the sheet was made instead of
showing whatever its old offsets now point at."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import FactSheet, Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

SIZE = (120, 40)


async def open_sheet(app: WaicReaderApp, pilot) -> FactSheetScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("f")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
    row = next(i for i, f in enumerate(screen.rows) if f.sources > 1)  # a fact with several values
    screen.query_one("#coverage-table").move_cursor(row=row)  # type: ignore[attr-defined]
    await settle(pilot)
    return screen


def detail(screen: FactSheetScreen) -> str:
    return str(screen.query_one("#coverage-detail", Static).render())


async def test_stepping_through_values_reads_no_article_on_the_ui_thread(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reported case: RowHighlighted and left/right read (HTML: extracted) the value's
    article on the UI thread."""
    on_ui: list[bool] = []
    real = FactSheet.article

    def article(self: FactSheet, doc: str):  # type: ignore[no-untyped-def]
        on_ui.append(threading.current_thread() is threading.main_thread())
        return real(self, doc)

    monkeypatch.setattr(FactSheet, "article", article)
    app = WaicReaderApp(Workspace(seeds_copy), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_sheet(app, pilot)
        for key in ("right", "right", "left", "down", "up"):
            await pilot.press(key)
        await settle(pilot)
        fact, value = screen.current()
        assert fact is not None and value is not None
        text = app.workspace.article(value.doc).text
        assert text[value.start : value.end] in detail(screen)  # the last value's own sentence
        assert f"{screen.value_index + 1}/{len(fact.values)}" in detail(screen)
    assert on_ui and not any(on_ui)


async def test_a_file_changed_since_the_sheet_was_made_is_said(seeds_copy: Path) -> None:
    app = WaicReaderApp(Workspace(seeds_copy), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_sheet(app, pilot)
        _fact, value = screen.current()
        assert value is not None
        path = app.workspace.corpus.entries[value.doc].path
        # A paragraph added at the top moves every figure: the old offsets point elsewhere.
        path.write_text("Editor's note: this story was updated.\n\n" + path.read_text("utf-8"), "utf-8")
        await pilot.press("right", "left")  # back on the same value
        await settle(pilot)
        assert screen.current()[1] is value
        shown = detail(screen)
        assert f"{value.doc} changed since the fact sheet was made; open the fact sheet again" in shown


async def test_a_file_removed_since_the_sheet_was_made_is_said(seeds_copy: Path) -> None:
    app = WaicReaderApp(Workspace(seeds_copy), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_sheet(app, pilot)
        _fact, value = screen.current()
        assert value is not None
        app.workspace.corpus.entries[value.doc].path.unlink()
        await pilot.press("right", "left")
        await settle(pilot)
        assert "(cannot read the article: cannot read " in detail(screen)
