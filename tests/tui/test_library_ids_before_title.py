"""The library gives its room in the README's order (issue 13): doc ids whole first, then the
title shrinks to 30 cells (for a date's time), then dates lose their time.

Reported at 120 columns (a folder column, ids like ``05_japantimes``, timed dates, long titles):
ids were cut ("05_ja…imes") while the title kept 36 cells.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import make_app, settle

from waic_reader.tui.screens.library import NARROW, LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

BODY = "The ferry struck a freighter in the bay, the coast guard said. Rescuers searched the water."
OUTLETS = ["Reuters", "Associated Press", "Kyodo", "NHK World", "Japan Times", "BBC News"]


def write_corpus(root: Path, ids: list[str], folder: bool = True) -> Path:
    root.mkdir()
    for n, doc in enumerate(ids):
        front = (
            f"---\ntitle: Twelve dead as ferry hits freighter in Osaka Bay, report {n}\n"
            f"outlet: {OUTLETS[n % len(OUTLETS)]}\ndate: 2025-03-14T2{n % 4}:1{n % 10}:00\n---\n\n"
        )
        (root / f"{doc}.md").write_text(f"{front}{BODY}\n", "utf-8")
    if folder:
        (root / "regional").mkdir()
        (root / "regional" / "asahi.md").write_text(
            "---\ntitle: Ferry collision in Osaka Bay leaves twelve dead\noutlet: Asahi\n"
            f"date: 2025-03-15T09:00:00\n---\n\n{BODY}\n",
            "utf-8",
        )
    return root


REPORTED = ["01_reuters", "02_ap", "03_kyodo", "04_nhk", "05_japantimes", "13_kyodo_update", "11_aljazeera"]


async def layout(root: Path, width: int) -> tuple[dict[str, int], str]:
    app = make_app(corpus=root)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        cols = {label: w for _, label, w in screen.query_one(ArticleTable).columns}
        return cols, app.export_screenshot().replace("&#160;", " ")


async def test_at_120_columns_ids_show_whole_before_the_title_keeps_36(tmp_path: Path) -> None:
    cols, screen = await layout(write_corpus(tmp_path / "c", REPORTED), 120)
    assert cols["Doc"] >= max(cell_len(d) for d in REPORTED)
    assert all(d in screen for d in REPORTED) and "05_ja…" not in screen
    assert 30 <= cols["Title"] < 36  # the title gave cells, not below 30
    assert cols["Date"] == 17  # and the time still shows


@pytest.mark.parametrize(
    ("ids", "folder"),
    [
        (REPORTED, True),  # the reported shape, at every width
        ([f"{n:02d}_regional_desk_update" for n in range(5)], False),  # longer ids, no folder column
    ],
)
async def test_the_order_holds_at_every_width(tmp_path: Path, ids: list[str], folder: bool) -> None:
    """From NARROW up: a time never shows while an id is cut, nor with the title under 30; and
    while an id is cut, the title is at 30 already (it gave what it could)."""
    root = write_corpus(tmp_path / "c", ids, folder)
    longest = max(cell_len(d) for d in ids)
    seen_cut = seen_time = False
    for width in range(NARROW, 141, 5):
        cols, _ = await layout(root, width)
        cut = cols["Doc"] < longest
        timed = cols["Date"] == 17
        seen_cut |= cut
        seen_time |= timed
        if cut:
            assert not timed and cols["Title"] <= 30, (width, cols)
        if timed:
            assert cols["Title"] >= 30, (width, cols)
    assert seen_time  # the sweep reaches widths with room for everything
