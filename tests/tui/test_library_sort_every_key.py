"""`s` in the library cycles through every sort the README names (date, outlet, title, words,
noise, then folder order again), and each puts the rows in the order its column says: titles A–Z,
words and noise most first. The expected order is worked out here from the rows the library shows
(the same rows ``list --json`` gives: Workspace.list_rows), at 120x40 and 60x20, where the noise
column is not even shown: the order must not depend on what fits."""

from __future__ import annotations

from typing import Any

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import SORTS, LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

SIZES = [(120, 40), (60, 20)]


def expected(rows: list[dict[str, Any]], sort: str) -> list[str]:
    if sort == "title":
        return [r["doc"] for r in sorted(rows, key=lambda r: (str(r["title"]).casefold(), r["doc"]))]
    return [r["doc"] for r in sorted(rows, key=lambda r: (-int(r[sort]), r["doc"]))]


@pytest.mark.parametrize("size", SIZES)
async def test_s_cycles_every_sort_and_each_orders_the_rows_by_its_column(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        rows = app.workspace.list_rows()
        folder = [r["doc"] for r in rows]
        assert list(library.query_one(ArticleTable).keys) == folder
        seen = []
        for _ in SORTS:
            await pilot.press("s")
            await settle(pilot)
            seen.append(library.sort)
            shown = list(library.query_one(ArticleTable).keys)
            if library.sort in ("title", "words", "noise"):
                want = expected(rows, library.sort)
                assert want != folder, library.sort  # else this corpus could not tell the orders apart
                assert shown == want, library.sort
            elif library.sort is None:
                assert shown == folder
        assert seen == [*SORTS[1:], None]
