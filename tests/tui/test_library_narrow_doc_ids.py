"""The narrow library gives the Doc column what its ids need, up to 16 cells, from the title's
room beyond its 16 (t13u F13, round s32-c: at 60x20 every doc id was cut to 6 cells,
"rel…uz" beside "rel…eb" for "release-monteluz" and "release-web", while the title kept 24).
The reported ids and two invented corpora (ids sharing a long start; ids in subfolders, shown
by their short forms where the folder column is dropped)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import NARROW_DOC_MAX, TITLE_MIN, LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

BODY = "Seven people died in a crowd crush at the stadium gate, the fire chief said on Saturday."
# The reported corpus's ids and outlets (outlets wider than the narrow Outlet column)
REPORTED = {
    "analysis": "Valdoria Evening Post",
    "ap-0603": "AP",
    "herald-local": "Cordaleza Herald",
    "release-monteluz": "Estadio Monteluz",
    "release-web": "Monteluz Press Office",
    "reuters-0603": "Reuters",
}
# ids sharing a long start, no outlet anywhere (the Outlet column narrows to its header)
SHARED_START = {"statement-police": "", "statement-mayor": "", "statement-club": "", "wire-0601": ""}
# ids in subfolders: shown by their short forms where the folder column is dropped
FOLDERS = {
    "press/release-stadium": "Estadio Monteluz",
    "press/release-city": "Cordaleza City Hall",
    "wires/ap-0603": "AP",
    "wires/reuters-0603": "Reuters",
}


def corpus(root: Path, files: dict[str, str]) -> Path:
    for n, (doc, outlet) in enumerate(files.items()):
        path = root / f"{doc}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = f"outlet: {outlet}\n" if outlet else ""
        path.write_text(
            f"---\ntitle: Crowd crush at Estadio Monteluz leaves seven dead, report {n}\n{meta}"
            f"date: 2026-06-03T0{n % 10}:00:00\n---\n\n{BODY}\n",
            "utf-8",
        )
    return root


async def doc_cells(root: Path, size: tuple[int, int]) -> tuple[dict[str, int], list[str]]:
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        table = screen.query_one(ArticleTable)
        cols = {label: w for _, label, w in table.columns}
        at = [label for _, label, _ in table.columns].index("Doc")
        return cols, [table.cells_at(n)[at] for n in range(table.row_count)]


def told_apart(cells: list[str], width: int, ends: int) -> None:
    """Every id cell distinct, and a cut one keeps at least ``ends`` characters of each end."""
    assert len(set(cells)) == len(cells), cells
    for cell in cells:
        assert cell_len(cell) <= width
        if "…" in cell:
            head, _, tail = cell.partition("…")
            assert len(head) >= ends and len(tail) >= ends, cells


@pytest.mark.parametrize(
    ("files", "whole"),
    [
        (REPORTED, ["release-web", "ap-0603", "analysis", "reuters-0603", "herald-local"]),  # reported
        (SHARED_START, list(SHARED_START)),  # no outlets: the Outlet column's room shows them whole
        (FOLDERS, ["release-city", "ap-0603", "reuters-0603"]),
    ],
)
async def test_ids_are_readable_at_60_columns(tmp_path: Path, files: dict[str, str], whole: list[str]) -> None:
    cols, cells = await doc_cells(corpus(tmp_path / "c", files), (60, 20))
    told_apart(cells, cols["Doc"], 5)
    assert set(whole) <= set(cells), cells
    assert "rel…uz" not in cells and "rel…eb" not in cells
    need = max(cell_len(s) for s in (list(files) if files is not FOLDERS else [d.split("/")[1] for d in files]))
    # the Doc column has what its ids need, up to 16 cells, or else every title cell beyond 16
    assert cols["Doc"] == min(need, NARROW_DOC_MAX) or cols["Title"] == TITLE_MIN, cols
    assert cols["Doc"] >= 12 and cols["Title"] >= TITLE_MIN, cols


@pytest.mark.parametrize("files", [REPORTED, SHARED_START, FOLDERS])
async def test_ids_take_the_titles_slack_at_56_columns(tmp_path: Path, files: dict[str, str]) -> None:
    """Narrower still, the ids take what the title has beyond its 16 cells, each told apart."""
    cols, cells = await doc_cells(corpus(tmp_path / "c", files), (56, 20))
    assert cols["Doc"] >= 9 and cols["Title"] >= TITLE_MIN, cols
    told_apart(cells, cols["Doc"], 4)


@pytest.mark.parametrize("files", [REPORTED, SHARED_START, FOLDERS])
async def test_a_wider_narrow_library_never_cuts_an_id_more(tmp_path: Path, files: dict[str, str]) -> None:
    """From 56 to 89 columns the Doc column never narrows as the screen widens: a count column
    (words, entities, noise) or the folder column comes back only beside ids shown whole."""
    root = corpus(tmp_path / "c", files)
    app = make_app(corpus=root)
    last = 0
    async with app.run_test(size=(56, 20)) as pilot:
        await settle(pilot)
        for width in range(56, 90, 3):
            await pilot.resize_terminal(width, 20)
            await settle(pilot)
            table = app.screen.query_one(ArticleTable)
            cols = {label: w for _, label, w in table.columns}
            assert cols["Doc"] >= last and cols["Title"] >= TITLE_MIN, (width, cols)
            last = cols["Doc"]
