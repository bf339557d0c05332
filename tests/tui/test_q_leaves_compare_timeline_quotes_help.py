"""``q`` leaves the screen it is pressed on, back to the one under it, and never quits there;
only in the library does it quit (issue 13, row 34 of the review: compare, timeline, quotes and
help were untested). Each screen is opened as a user opens it, over the library and over the
reader, and the quotes screen also with its statements focused (``q`` then goes back one level,
to the speakers, as ``escape`` does)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from snapshot_app import make_app, settle
from textual.pilot import Pilot
from textual.screen import Screen

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.help import HelpScreen
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.pick import PickArticleScreen
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.timeline import TimelineScreen

SIZES = [(120, 40), (60, 20)]


async def open_compare(pilot: Pilot[None]) -> None:
    """``c`` (from the library or the reader), then ``enter`` on the first article offered."""
    await pilot.press("c")
    await settle(pilot)
    assert isinstance(pilot.app.screen, PickArticleScreen)
    await pilot.press("enter")
    await settle(pilot)


def key(name: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def press(pilot: Pilot[None]) -> None:
        await pilot.press(name)
        await settle(pilot)

    return press


OPENERS: dict[str, tuple[Callable[[Pilot[None]], Awaitable[None]], type[Screen[None]]]] = {
    "compare": (open_compare, CompareScreen),
    "timeline": (key("t"), TimelineScreen),
    "quotes": (key("Q"), QuotesScreen),
    "help": (key("question_mark"), HelpScreen),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("under", ["library", "reader"])
@pytest.mark.parametrize("name", list(OPENERS))
async def test_q_goes_back_to_the_screen_under_it_and_q_in_the_library_quits(
    size: tuple[int, int], under: str, name: str
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        if under == "reader":
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ReaderScreen)
        below = app.screen
        depth = len(app.screen_stack)
        opener, kind = OPENERS[name]
        await opener(pilot)
        assert isinstance(app.screen, kind), app.screen
        await pilot.press("q")
        await settle(pilot)
        # Back on the very screen it was opened from, the app still running.
        assert app.is_running and app.screen is below and len(app.screen_stack) == depth, app.screen_stack
        if under == "reader":
            await pilot.press("q")
            await settle(pilot)
            assert app.is_running and isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
        await settle(pilot)
        assert not app.is_running  # q in the library quits


async def test_q_in_the_quotes_statements_goes_back_to_the_speakers_then_leaves() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = app.screen
        await pilot.press("Q")
        await settle(pilot)
        quotes = app.screen
        assert isinstance(quotes, QuotesScreen)
        await pilot.press("tab")
        await settle(pilot)
        assert quotes.query_one(StatementTable).has_focus
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running and app.screen is quotes and quotes.query_one(SpeakerTable).has_focus
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running and app.screen is library


@pytest.mark.parametrize("start", ["compare", "open"])
async def test_q_on_a_screen_the_app_started_with_goes_to_the_library(start: str) -> None:
    """Started on a comparison (``--compare``) or an article (``--open``): the library is under
    it, so ``q`` goes there rather than quitting."""
    app = make_app(compare=("002", "004")) if start == "compare" else make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen if start == "compare" else ReaderScreen)
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
        await settle(pilot)
        assert not app.is_running
