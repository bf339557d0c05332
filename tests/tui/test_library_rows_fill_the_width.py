"""The library's rows fill the table's width where no vertical scrollbar is drawn (t13az N12: at
120x40 on 17 articles the rows ended 2 cells short of the edge, the title cut at 34 of the 36 cells
the README promises it: the budget kept the scrollbar's cells though every row was in view). Those
cells now go to the columns, in the README's order (here a date's time, which a title of 30 cells
beside 24-cell ids leaves room for); with more rows than the table holds, the scrollbar's cells are
kept as before. The reported layout (feed and export items, 24-cell ids, outlets up to 23 cells),
and variants of my own: other names and widths (100x30 and 60x20, a German outlet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

BODY = "The Nordline Shipping ferry capsized off Halvik, the coast guard said on Monday. Rescuers searched."


def corpus(root: Path, files: dict[str, str], n_extra: int = 0) -> Path:
    """``files``: path → outlet; each article dated, titled at length; ``n_extra`` more articles."""
    entries = []
    for i, (name, outlet) in enumerate({**files, **{f"more/extra-{k}.txt": "Extra" for k in range(n_extra)}}.items()):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = f"Posted: March 14, 2025 {10 + i % 9}:{i % 6}0 GMT"
        path.write_text(f"A long headline about the ferry that capsized off Halvik, part {i}\n\n{stamp}\n\n{BODY}\n")
        entries.append(f"  {name}:\n    outlet: {outlet}\n")
    (root / "corpus.yaml").write_text("articles:\n" + "".join(entries), "utf-8")
    return root


REPORTED = {  # t13az's shape: folders, 24-cell ids, a 19-cell and a 23-cell outlet
    "broadcast/cbv-news.txt": "CBV News",
    "feeds/valley-news-river-closed.txt": "Valley News Network",
    "feeds/valley-news-hospital-17.txt": "Valley News Network",
    "web/harlowbend-courier-html.txt": "The Harlow Bend Courier",
    "wire/northwire-1117.txt": "Northwire",
}
VARIANT = {  # other names: a German outlet, shorter ids
    "de/rundschau-faehre.txt": "Rheinische Rundschau",
    "de/tagesblatt-faehre.txt": "Tagesblatt Köln",
    "nord/halvik-post.txt": "Halvik Post",
}


def row_fills(app: object) -> tuple[int, int]:
    """(the rows' width, the table's room beside its scrollbar, if drawn)."""
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, LibraryScreen)
    table = screen.query_one(ArticleTable)
    return sum(w + 2 for _, _, w in table.columns), table.scrollable_content_region.width


@pytest.mark.parametrize(
    ("files", "size"),
    [(REPORTED, (120, 40)), (VARIANT, (100, 30)), (VARIANT, (60, 20))],
)
async def test_rows_in_view_fill_the_width(tmp_path: Path, files: dict[str, str], size: tuple[int, int]) -> None:
    app = make_app(corpus=corpus(tmp_path / "c", files))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        row, room = row_fills(app)
        assert room == size[0]  # every row in view: no scrollbar
        assert row == room, (row, room)


async def test_more_rows_than_the_table_holds_keep_the_scrollbar(tmp_path: Path) -> None:
    # (passes before the change too: the budget always kept the scrollbar's cells)
    app = make_app(corpus=corpus(tmp_path / "c", REPORTED, n_extra=30))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        row, room = row_fills(app)
        assert room < 120 and row == room, (row, room)
