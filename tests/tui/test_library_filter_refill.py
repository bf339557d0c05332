"""Clearing the library's filter fills the table once (it filled it twice: once itself, once
more on the ``Changed`` that emptying the box posts), and not at all when nothing was filtered."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from test_tui_library_filter import shown, status, write_corpus

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable


def count_fills(library: LibraryScreen, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    table = library.query_one(ArticleTable)
    fills: list[int] = []
    real = table.set_rows

    def set_rows(*args: object) -> None:
        fills.append(1)
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(table, "set_rows", set_rows)
    return fills


@pytest.mark.parametrize(
    "keys",
    [
        ("escape",),  # reported: escape in the box
        ("enter", "escape"),  # escape on the rows, the filter kept
    ],
)
async def test_clearing_the_filter_fills_the_table_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: tuple[str, ...]
) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("ctrl+f", *"ferry")
        await settle(pilot)
        assert len(shown(library)) == 2
        fills = count_fills(library, monkeypatch)
        await pilot.press(*keys)
        await settle(pilot)
        assert len(shown(library)) == 4 and status(library).startswith("4 articles")
        assert len(fills) == 1


async def test_clearing_an_empty_filter_does_not_fill_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("ctrl+f", *"ferry")
        await settle(pilot)
        await pilot.press(*["backspace"] * 5)  # the box emptied by hand: every row again
        await settle(pilot)
        assert len(shown(library)) == 4
        fills = count_fills(library, monkeypatch)
        await pilot.press("escape")
        await settle(pilot)
        assert len(shown(library)) == 4 and fills == []
