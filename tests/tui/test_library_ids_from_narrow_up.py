"""From 90 columns up the library never cuts a doc id that 80 columns showed whole (acceptance
t13ad N18: at 90-100 columns "nordwire-0303" showed as "nordw…0303", 10 cells, while 80 and 120
columns showed it whole: the count columns kept their room and the ids grew only from a title
of 30 cells or more). The reported layout (a folder, outlets of 14 cells, long titles) and two
of our own: no folders with longer ids, and ids in CJK (two cells a character)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

BODY = "A jet carrying 184 passengers made an emergency landing on Tuesday after an engine fire, the airline said."
WIDTHS = (80, 90, 95, 100, 105, 110, 120)


def corpus(root: Path, files: dict[str, str]) -> Path:
    for n, (doc, outlet) in enumerate(files.items()):
        path = root / f"{doc}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"---\ntitle: Jet makes emergency landing after engine fire over the northern coast, report {n}\n"
            f"outlet: {outlet}\ndate: 2026-03-03T0{n % 10}:00:00\n---\n\n{BODY}\n",
            "utf-8",
        )
    return root


REPORTED = {
    "wire/nordwire-0303": "Reuters Nordic",
    "wire/exports-nt": "Nordic Times",
    "web/gazette-page": "Stavenholm Gazette",
    "blog/live-nr418": "Stavenholm Post",
}
NO_FOLDERS = {"statement-airline-0303": "Nordair Media", "coastguard-0303": "Coast Guard", "wire-0303": "AP"}
CJK = {"北方新聞-速報": "北方新聞", "朝日-0303": "朝日新聞", "wire-0303": "Reuters Nordic"}


async def doc_columns(root: Path) -> dict[int, tuple[int, list[str]]]:
    out: dict[int, tuple[int, list[str]]] = {}
    for width in WIDTHS:
        app = make_app(corpus=root)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            table = screen.query_one(ArticleTable)
            labels = [label for _, label, _ in table.columns]
            at = labels.index("Doc")
            out[width] = (table.columns[at][2], [table.cells_at(n)[at] for n in range(table.row_count)])
    return out


@pytest.mark.parametrize("files", [REPORTED, NO_FOLDERS, CJK], ids=["reported", "no-folders", "cjk"])
async def test_a_wider_library_never_cuts_an_id_more(tmp_path: Path, files: dict[str, str]) -> None:
    seen = await doc_columns(corpus(tmp_path / "c", files))
    widths = [seen[w][0] for w in WIDTHS]
    assert widths == sorted(widths), dict(zip(WIDTHS, widths))
    whole_at_80 = {cell for cell in seen[80][1] if "…" not in cell}
    assert whole_at_80, seen[80]
    for width in WIDTHS:
        assert whole_at_80 <= set(seen[width][1]), (width, seen[width][1])
