"""The library's cursor stays where it was when the row under it goes (its file deleted and the
rows checked or rescanned): it had jumped to the first row (acceptance s12b #7)."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.app import App, ComposeResult

from waic_reader.tui.widgets.article_table import ArticleTable

COLUMNS = [("title", "Title", 20)]


class One(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleTable()


def cells(key: str) -> list[Text]:
    return [Text(key)]


@pytest.mark.parametrize(("gone", "expected"), [("k5", "k6"), ("k9", "k8"), ("k3", "k5")])
async def test_the_cursor_keeps_its_place_when_its_row_goes(gone: str, expected: str) -> None:
    keys = [f"k{i}" for i in range(10)]
    app = One()
    async with app.run_test(size=(40, 20)) as pilot:
        table = app.query_one(ArticleTable)
        table.set_rows(COLUMNS, keys, cells)
        table.move_cursor(keys.index(gone) if gone != "k3" else 5)
        await pilot.pause()
        table.set_rows(COLUMNS, [k for k in keys if k != gone], cells)
        await pilot.pause()
        assert table.cursor_key == expected
