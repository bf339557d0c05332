"""A reload keeps the reader's place (issue 13, session 16 #1).

Reported: another process marked (or unmarked) boilerplate; the app re-read the marks file and
the open reader went back to the top of the article. Every reload of an article on a marks
change (another window's marks taken in, a mark made here with m) and compare's realignment now
keep the place: the same text at the top of the view (the next block on screen when the one
there is hidden now), the same match current."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from test_tui_marks_other_process import other_process
from test_tui_marks_taken_in import a_look_later, app_on
from textual.widgets import Static

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.aligned_view import AlignedView
from waic_reader.tui.widgets.article_view import ArticleView

TOWNS = ["Portmere", "Halvik", "Dunmore", "Castlereagh", "Brenford", "Ostwick", "Lindale", "Marrow", "Ashby", "Kelso"]
PARAS = [
    f"Paragraph {i}: rescuers in {TOWNS[i % len(TOWNS)]} searched the collapsed buildings through the night, "
    f"and officials said crews number {i} had reached the old quarter by morning."
    for i in range(40)
]


def long_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "01_wire.txt").write_text("Quake hits the coast\n\n" + "\n\n".join(PARAS) + "\n", "utf-8")
    (root / "02_post.txt").write_text("Coast shaken by quake\n\n" + "\n\n".join(PARAS[::-1]) + "\n", "utf-8")
    return root


def top_text(view: ArticleView | AlignedView) -> str:
    """The text on the view's first visible row that is not blank."""
    for y in range(view.scrollable_content_region.height):
        text = "".join(seg.text for seg in view.render_line(y)).strip()
        if text:
            return text
    return ""


def status(app: WaicReaderApp) -> str:
    return str(app.screen.query_one("#reader-status", Static).render())


async def open_scrolled(pilot, app: WaicReaderApp, pages: int) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    reader = app.screen
    assert isinstance(reader, ReaderScreen) and reader.doc == "01_wire"
    for _ in range(pages):
        await pilot.press("space")
    await settle(pilot)
    return reader


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_another_window_s_marks_keep_the_text_at_the_top(tmp_path: Path, size: tuple[int, int]) -> None:
    """The reported case: scrolled down; another process marks blocks above the view."""
    root = long_corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=size) as pilot:
        reader = await open_scrolled(pilot, app, 3)
        view = reader.query_one(ArticleView)
        before = top_text(view)
        assert view.scroll_y > 0 and before and "Paragraph 0:" not in before
        other_process(root, "01_wire", PARAS[:2])
        await a_look_later(pilot)
        assert "2 noise blocks hidden" in str(reader.query_one("#reader-meta", Static).render())
        assert top_text(view) == before
        other_process(root, "01_wire", PARAS[:2], "content")  # and taken back
        await a_look_later(pilot)
        assert "0 noise blocks hidden" in str(reader.query_one("#reader-meta", Static).render())
        assert top_text(view) == before


async def test_the_block_at_the_top_marked_elsewhere_leaves_the_next_one_there(tmp_path: Path) -> None:
    root = long_corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_scrolled(pilot, app, 2)
        view = reader.query_one(ArticleView)
        place = view.place()
        top_block, below = place[0][0], place[1][0]
        other_process(root, "01_wire", [top_block])
        await a_look_later(pilot)
        assert "1 noise block hidden" in str(reader.query_one("#reader-meta", Static).render())
        assert top_text(view) and below.startswith(top_text(view)[:30])


async def test_a_mark_made_here_keeps_the_current_match_and_the_top(tmp_path: Path) -> None:
    """A search match current (n stepped to the 4th), a block marked here with m: the same match
    is current and the same text on top."""
    root = long_corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Halvik", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("n", "n", "n")
        await settle(pilot)
        assert reader.current == 3 and "4/" in status(app)
        view = reader.query_one(ArticleView)
        before = top_text(view)
        await pilot.press("right_curly_bracket")  # a block selected
        await settle(pilot)
        selected = view.selected
        assert selected is not None
        await pilot.press("m")
        await settle(pilot)
        assert reader.current == 3 and "4/" in status(app)
        text = reader.loaded.article.text
        start, end = reader.targets()[3]
        assert text[start:end] == "Halvik"
        if selected.block.text.startswith(before[:30]):
            assert top_text(view) != before  # that block is hidden now: the next one is on top
        else:
            assert top_text(view) == before


async def test_compare_keeps_its_rows_when_marks_move_elsewhere(tmp_path: Path) -> None:
    root = long_corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_compare("01_wire", "02_post")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        view = app.screen.query_one(AlignedView)
        await pilot.press("space", "space")
        await settle(pilot)
        before = top_text(view)
        assert view.scroll_y > 0 and before
        other_process(root, "01_wire", PARAS[30:32])
        await a_look_later(pilot)
        assert top_text(view) == before


async def test_compare_s_free_panes_keep_their_text_when_marks_move_elsewhere(tmp_path: Path) -> None:
    root = long_corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        app.open_compare("01_wire", "02_post")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        if screen.synced:
            await pilot.press("y")  # two free panes
            await settle(pilot)
        pane = screen.query_one("#free-a", ArticleView)
        pane.focus()
        await pilot.press("space", "space")
        await settle(pilot)
        before = top_text(pane)
        assert pane.scroll_y > 0 and before
        other_process(root, "01_wire", PARAS[:3])
        await a_look_later(pilot)
        assert screen.sides is not None and screen.sides[0].analysis.noise_count() == 3
        assert top_text(pane) == before


async def test_the_search_results_keep_the_highlighted_hit_when_marks_move_elsewhere(tmp_path: Path) -> None:
    """The search screen searches again when the index changes: the hit the reader was on stays
    highlighted (it went back to the first)."""
    from textual.widgets import OptionList

    from waic_reader.tui.screens.search import SearchScreen

    root = long_corpus(tmp_path)
    for i in range(3, 12):
        (root / f"{i:02d}_more.txt").write_text(f"Aftershock {i}\n\n" + "\n\n".join(PARAS[i : i + 6]) + "\n", "utf-8")
    app = app_on(root, tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Halvik")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        options = search.query_one(OptionList)
        assert options.option_count >= 4
        await pilot.press("tab", "j", "j", "j")
        await settle(pilot)
        assert options.highlighted == 3
        doc = options.get_option_at_index(3).id
        other_process(root, "01_wire", PARAS[30:32])
        await a_look_later(pilot)
        assert app.index_generation > 1
        assert options.get_option_at_index(options.highlighted or 0).id == doc
