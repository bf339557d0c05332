"""Keys read with the tab (or shift+tab, escape) that takes the focus out of a text box act on
what has the focus then, not in the box (issue 13, session 16 #3).

Reported: tab out of the search box followed at once by letters (a paste, a fast typist: tab then
``nn`` within a few ms) typed the letters into the box: they were routed to it before its tab had
moved the focus. The keys read after a key that leaves a box are kept (tui/early_keys.py,
HeldKeys, as after an enter) until the box has let go, then routed to the widget focused then.
Every box: the search box, the reader's find bar, the library's filter, the compare picker's."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_keys_while_box_opens import CHARS, typed_at_once
from textual.widgets import Input, OptionList

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.pick import PickArticleScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.article_table import ArticleTable
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.find_bar import FindBar

CHARS.setdefault("shift+tab", None)  # as Pilot.press sends it (no character)
CHARS.setdefault("escape", "\x1b")


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_tab_then_letters_from_the_search_box_move_in_the_results(size: tuple[int, int]) -> None:
    """The reported case: a query typed, then tab and ``jj`` in one read."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"global")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        options = search.query_one(OptionList)
        assert options.option_count >= 3
        first = options.highlighted or 0
        typed_at_once(app, "tab", "j", "j")
        await settle(pilot)
        assert search.query_one("#query", Input).value == "global"
        assert options.has_focus and options.highlighted == first + 2


async def test_tab_then_n_from_the_reader_s_find_bar_steps_the_matches() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("ctrl+f", *"global")
        await settle(pilot)
        count = len(reader.find_matches)
        assert count >= 3
        typed_at_once(app, "tab", "n", "n")
        await settle(pilot)
        assert reader.query_one(FindBar).value == "global"
        assert reader.current == 1, str(
            reader.query_one("#reader-status").render()
        )  # none current before: n, n: the 2nd


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_tab_then_j_from_the_library_filter_moves_the_rows(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("ctrl+f", "e")
        await settle(pilot)
        table = library.query_one(ArticleTable)
        rows = len(table.keys)
        assert rows >= 3
        before = table.cursor_row
        typed_at_once(app, "tab", "j", "j")
        await settle(pilot)
        assert library.query_one(FindBar).value == "e"
        assert table.has_focus and table.cursor_row == before + 2


async def test_shift_tab_from_the_picker_s_filter_does_not_type_there() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, PickArticleScreen)
        box = picker.query_one("#pick-filter", Input)
        await pilot.press(*"a")
        await settle(pilot)
        typed_at_once(app, "shift+tab", "x", "y")
        await settle(pilot)
        assert box.value == "a"


async def test_escape_then_n_from_the_reader_s_find_bar_steps_the_matches() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("ctrl+f", *"global", "enter")
        await settle(pilot)
        typed_at_once(app, "ctrl+f", "escape", "j")
        await settle(pilot)
        assert not reader.query_one(FindBar).display
        assert reader.query_one(FindBar).value in ("", "global")
        assert reader.query_one(ArticleView).has_focus
