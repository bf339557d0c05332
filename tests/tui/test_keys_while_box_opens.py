"""Keys read with the key that opens a text box reach the box, in the order typed (issue 13,
re-test). Reported: a paste of ``/hinton`` + enter (or fast typing) in tmux lost the words: they
were routed to the library before ``/`` opened the search screen, and to the new screen before
its box had focus. The same kind: ``ctrl+f`` in the reader and its words (``n`` stepped the
search's matches instead), ``c`` and the compare picker's filter, ``/`` pressed in the result
list. And a reopened search shows the previous query selected: typing replaces it, enter runs it.
"""

from __future__ import annotations

import asyncio

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle
from textual import events
from textual.widgets import Input

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.pick import PickArticleScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.find_bar import FindBar

CHARS = {"slash": "/", "enter": "\r", "space": " ", "tab": "\t", "ctrl+f": "\x06"}


def typed_at_once(app: WaicReaderApp, *keys: str) -> None:
    """Post ``keys`` as the terminal delivers keys read in one go: all queued before the first
    is handled (``Pilot.press`` waits for the app to go idle after each key)."""
    for key in keys:
        app.post_message(events.Key(key, CHARS.get(key, key)))


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("words", ["hinton", "Unitree", "jk"])
async def test_slash_and_words_in_one_read_are_typed_in_the_box(size: tuple[int, int], words: str) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        typed_at_once(app, "slash", *words)
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert search.query_one("#query", Input).value == words
        assert search.results is not None and search.results.query == words


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_a_pasted_search_with_enter_opens_its_first_hit(size: tuple[int, int]) -> None:
    """The reported paste: ``/hinton`` and enter."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        typed_at_once(app, "slash", *"hinton", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.query_text == "hinton"
        assert "match 1/" in status(reader)
        assert_lands(reader, reader.targets()[reader.current][0])


async def test_ctrl_f_and_words_in_one_read_find_them() -> None:
    app = make_app(open_doc="004")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        typed_at_once(app, "ctrl+f", *"nvidia")
        await settle(pilot)
        assert reader.query_one(FindBar).value == "nvidia"
        assert reader.finding and reader.find_matches


async def test_c_and_a_filter_in_one_read_filter_the_picker() -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        typed_at_once(app, "c", *"reuters")
        await settle(pilot)
        pick = app.screen
        assert isinstance(pick, PickArticleScreen)
        assert pick.query_one("#pick-filter", Input).value == "reuters"


async def reopened(app: WaicReaderApp, pilot, how: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    """Search ``hinton``, then open the search again: from the library (escape, /), from the
    reader (enter, /) or from the result list (tab, /)."""
    await settle(pilot)
    await pilot.press("slash", *"hinton")
    await settle(pilot)
    keys = {"library": ["escape"], "reader": ["enter"], "results": ["tab"]}[how]
    await pilot.press(*keys)
    await settle(pilot)
    await pilot.press("slash")
    await settle(pilot)
    search = app.screen
    assert isinstance(search, SearchScreen)
    return search


@pytest.mark.parametrize("how", ["library", "reader", "results"])
async def test_a_reopened_search_shows_the_query_selected(how: str) -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        search = await reopened(app, pilot, how)
        box = search.query_one("#query", Input)
        assert box.has_focus and box.value == "hinton"
        assert (box.selection.start, box.selection.end) == (0, 6)  # selected: typing replaces it
        typed_at_once(app, *"unitree")
        await settle(pilot)
        assert box.value == "unitree"
        assert search.results is not None and search.results.query == "unitree"


async def test_enter_in_a_reopened_search_runs_the_query() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await reopened(app, pilot, "library")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.query_text == "hinton"
        assert "match 1/" in status(reader)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_back_from_an_article_slash_selects_the_query(size: tuple[int, int]) -> None:
    """Reported (tmux, session 15): ``/Unitree`` enter, escape back to the results, then
    ``/Hinton`` searched "Unitree/Hinton": the box had focus with the cursor at its end. Back from
    the article the result list has the focus (t13d observation 7: a second ``q`` was typed into
    the box; tests/tui/test_search_back_to_results.py), and "/" selects the query, so the words
    typed with it replace it."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"unitree", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        box = search.query_one("#query", Input)
        assert search.query_one("#results").has_focus and not box.has_focus
        typed_at_once(app, "slash", *"hinton")
        await settle(pilot)
        assert box.value == "hinton"
        assert search.results is not None and search.results.query == "hinton"


async def test_a_slash_inside_a_query_is_typed() -> None:
    """ "/" is typed where the query is not wholly selected: "AI/ML", or after the cursor moved."""
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        typed_at_once(app, "slash", *"ai", "slash", *"ml")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        box = search.query_one("#query", Input)
        assert box.value == "ai/ml"
        box.select_all()
        await pilot.press("end", "slash")
        assert box.value == "ai/ml/"


# Keys read after an enter given to a box act on what the enter opened, in order (issue 13,
# fresh tester): "/Varga" enter "n" in one read left the box reading "Vargan"; ctrl+f "Reyes"
# enter "n" said "no matches for Reyesn"; the library filter needed a third enter; and an "n"
# typed 100 ms after the enter, while the article loaded, was lost ("match 1/2").


def match_number(reader: ReaderScreen) -> str:
    text = status(reader)
    word = "find " if reader.finding else "match "
    assert word in text, text
    return text.split(word, 1)[1].split()[0]  # "2/5"


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(("after", "want"), [(["n"], "2/"), (["n", "n"], "3/"), (["n", "N"], "1/")])
async def test_keys_after_the_search_enter_step_the_reader(size: tuple[int, int], after: list[str], want: str) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        typed_at_once(app, "slash", *"chip", "enter", *after)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.query_text == "chip"
        count = len(reader.targets())
        assert count >= 3
        assert match_number(reader) == f"{want}{count}"
        assert_lands(reader, reader.targets()[reader.current][0])


@pytest.mark.parametrize("after", [["n"], ["n", "n"]])
async def test_an_n_typed_while_the_article_opens_steps_once_it_is_shown(after: list[str]) -> None:
    """The enter, then n a moment later: the reader is pushed but its article not yet shown."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        typed_at_once(app, "slash", *"chip")
        await settle(pilot)
        typed_at_once(app, "enter")
        for _ in range(500):
            if isinstance(app.screen, ReaderScreen):
                break
            await asyncio.sleep(0.001)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is None
        typed_at_once(app, *after)
        await settle(pilot)
        assert match_number(reader).startswith(f"{len(after) + 1}/")


@pytest.mark.parametrize("after", [["n"], ["n", "n"], ["n", "N"]])
async def test_keys_after_the_find_enter_step_the_matches(after: list[str]) -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        typed_at_once(app, "ctrl+f", *"global", "enter", *after)
        await settle(pilot)
        assert reader.query_one(FindBar).value == "global"
        count = len(reader.find_matches)
        assert count >= 3
        want = {("n",): 2, ("n", "n"): 3, ("n", "N"): 1}[tuple(after)]
        assert match_number(reader) == f"{want}/{count}"


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("words", ["reuters", "lumida"])
async def test_enter_after_the_library_filter_enter_opens_the_article(size: tuple[int, int], words: str) -> None:
    from waic_reader.tui.screens.library import LibraryScreen
    from waic_reader.tui.widgets.article_table import ArticleTable

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        typed_at_once(app, "ctrl+f", *words, "enter", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen), library.query_one(ArticleTable).has_focus
        assert words in (reader.loaded.article.outlet or "").lower() if reader.loaded else False


# Textual's command palette: its box is Textual's own (not SafeInput), so its bound keys ran
# after the letters read with them (issue 13, fresh tester: ctrl+p "theme" enter, then ctrl+u
# and letters in one read left the box empty, and enter picked another theme).

CHARS.update({"ctrl+u": "\x15", "backspace": "\x7f", "ctrl+p": "\x10"})


async def palette_box(app: WaicReaderApp, pilot) -> Input:  # type: ignore[no-untyped-def]
    from textual.command import CommandInput, CommandPalette

    await settle(pilot)
    assert isinstance(app.screen, CommandPalette)
    return app.screen.query_one(CommandInput)


@pytest.mark.parametrize("theme", ["solarized-light", "nord"])
async def test_ctrl_u_and_letters_in_the_theme_picker_pick_that_theme(theme: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await palette_box(app, pilot)
        await pilot.press(*"theme")
        await settle(pilot)
        await pilot.press("enter")
        box = await palette_box(app, pilot)
        typed_at_once(app, *"xyz", "ctrl+u", *theme)
        await settle(pilot)
        assert box.value == theme
        await pilot.pause(0.5)  # the palette's search runs in a worker
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.theme == theme


async def test_backspace_and_letters_in_the_palette_in_order() -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        box = await palette_box(app, pilot)
        typed_at_once(app, *"themx", "backspace", "e", "ctrl+u", *"nord", "backspace", "d")
        await settle(pilot)
        assert box.value == "nord"
