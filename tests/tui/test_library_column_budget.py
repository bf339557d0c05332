"""The library's column budget (acceptance s9b #10, d14): at 120 columns a date shows its time
when there is room, a doc id is not cut while the folder or outlet column has slack, and ids of
wide (CJK) characters are cut to the cells they are drawn in."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from snapshot_app import make_app, settle

from waic_reader.index.corpus.text import one_line
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable

BODY = "The Nordline Shipping ferry capsized off Halvik, the coast guard said. Rescuers searched the water."


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


def widths(app: object) -> dict[str, int]:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, LibraryScreen)
    return {label: w for _, label, w in screen.query_one(ArticleTable).columns}


async def shot(root: Path, size: tuple[int, int]) -> tuple[dict[str, int], str]:
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        return widths(app), app.export_screenshot().replace("&#160;", " ")


async def test_the_reported_corpus_shows_times_and_the_doc_grows_into_the_slack(tmp_path: Path) -> None:
    # d14: a long folder name, short outlets, a long file name, dates with times
    stamp = "Posted: March 14, 2025 10:00 GMT\n\n"
    root = write(
        tmp_path / "d14",
        {
            "agence-france-presse-long-folder/ferry.txt": f"Ferry story from AFP\n\n{stamp}{BODY}\n",
            "reuters/ferry.txt": f"Ferry story from Reuters\n\n{stamp}{BODY}\n",
            "ap/ferry.txt": f"Ferry story from AP\n\n{stamp}{BODY}\n",
            "ap/unique-long-name.txt": f"Unique story\n\n{BODY}\n",
        },
    )
    cols, screen = await shot(root, (120, 40))
    assert cols["Date"] == 17 and "14 Mar 2025 10:00" in screen
    assert cols["Doc"] >= len("unique-long-name") and "unique-long-name" in screen  # not cut
    assert cols["Outlet"] == len("Outlet")  # no outlet anywhere: its slack went elsewhere
    assert cols["Folder"] >= 12 and cols["Title"] >= len("Ferry story from Reuters")  # every title whole


async def test_a_narrower_screen_gives_the_time_up_before_the_title(tmp_path: Path) -> None:
    root = write(
        tmp_path / "c",
        {
            f"story-{n}.txt": f"Harbour story number {n} with a long headline here\n\nPosted: March 14, 2025 10:{n:02d} GMT\n\n{BODY}\n"
            # more rows than the table holds: its scrollbar drawn, as when this was written (with
            # every row in view its 2 cells go to the columns, and at 90 the time fits: s53-t)
            for n in range(30)
        },
    )
    cols, screen = await shot(root, (90, 30))
    assert cols["Date"] == 11 and "14 Mar 2025" in screen and "10:00" not in screen
    assert cols["Title"] >= 30
    cols, screen = await shot(root, (140, 30))
    assert cols["Date"] == 17 and "14 Mar 2025 10:01" in screen


async def test_day_only_dates_and_short_ids_take_no_more_than_they_need(tmp_path: Path) -> None:
    root = write(
        tmp_path / "c", {"a.txt": f"Short one\n\nPosted: March 14, 2025\n\n{BODY}\n", "b.txt": f"Other one\n\n{BODY}\n"}
    )
    cols, _ = await shot(root, (120, 40))
    assert cols["Date"] == 11 and cols["Doc"] == len("Doc")


def test_middle_cuts_count_terminal_cells() -> None:
    doc = "東京支局#二〇二五年三月十四日-更新"
    for width in (6, 9, 10, 15):
        cut = one_line(doc, width, middle=True, cells=cell_len)
        assert cell_len(cut) <= width and cut.startswith("東") and "…" in cut, (width, cut)
    assert one_line("updates#entry-12", 10, middle=True, cells=cell_len) == "updat…y-12"  # ASCII as before
    assert one_line("ap/東京", 10, middle=True, cells=cell_len) == "ap/東京"  # 7 cells: fits
    assert cell_len(one_line("…" + doc, 8, keep_end=True, cells=cell_len)) <= 8


def folders_outlets_times(root: Path) -> Path:
    """Acceptance s11: a folder column, 15-cell doc ids, 16-cell outlets, timed dates and titles
    longer than 36 cells: the room beyond a 36-cell title (5 cells at 120 columns) was too small
    for a time, so no date showed one."""
    files = {}
    for n, (folder, outlet) in enumerate(
        [("wire", "Nordic Wire Desk"), ("feeds", "Harbour Gazette"), ("notes", "Field Notes")]
    ):
        front = f"---\ntitle: Ferry capsizes off Halvik as storm hits the coast number {n}\noutlet: {outlet}\n"
        files[f"{folder}/ferry-report-{n:02d}.md"] = f"{front}date: 2025-03-14T08:1{n}:00\n---\n\n{BODY}\n"
    return write(root, files)


async def test_a_title_of_36_cells_never_keeps_a_time_off_screen(tmp_path: Path) -> None:
    root = folders_outlets_times(tmp_path / "c")
    # 120 columns with a folder column is the reported shape: too few cells beyond a 36-cell
    # title for a 6-cell time. Doc ids show whole first (issue 13), then the title gives the time.
    cols, screen = await shot(root, (120, 40))
    assert cols["Date"] == 17 and "14 Mar 2025 08:10" in screen
    assert cols["Doc"] == len("ferry-report-00") and 30 <= cols["Title"] < 36
    for width in range(100, 131, 3):
        cols, screen = await shot(root, (width, 40))
        if cols["Date"] == 17:
            assert cols["Title"] >= 30 and "08:11" in screen, width
        else:  # no time: the title could not give 6 cells and keep 30
            assert cols["Title"] < 36 and "08:11" not in screen, width
