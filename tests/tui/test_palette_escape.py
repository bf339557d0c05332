"""``escape`` closes the command palette (``ctrl+p``) and its theme list, and does nothing else: the
screen under it stays as it was (t13g F5: the palette's ``escape`` given to its box started a hold
for what the box would open and was kept by that hold, again and again, so the palette stayed
open and the escapes later went to the screens under it, closing the reader)."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.command import CommandPalette
from textual.pilot import Pilot

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen


async def _palette_then_escape(pilot: Pilot[None], typed: str) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    if typed:
        await pilot.press(*typed)
        await settle(pilot)
    await pilot.press("escape")
    await settle(pilot)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("typed", ["", "the", "zzz"])  # the palette empty, with matches, with none
@pytest.mark.parametrize("where", ["library", "reader"])
async def test_escape_closes_the_palette_and_nothing_else(size: tuple[int, int], typed: str, where: str) -> None:
    app = make_app(open_doc="004" if where == "reader" else None)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        under = app.screen
        assert isinstance(under, ReaderScreen if where == "reader" else LibraryScreen)
        depth = len(app.screen_stack)
        await _palette_then_escape(pilot, typed)
        assert app.screen is under and len(app.screen_stack) == depth
        # Once more: the next escape is the screen's own again (the reader goes back).
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is under


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_escape_closes_the_theme_list_and_keeps_the_theme(size: tuple[int, int]) -> None:
    app = make_app(open_doc="004")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reader, theme = app.screen, app.theme
        await pilot.press("ctrl+p", *"theme")
        await settle(pilot)
        await pilot.press("enter")  # "Theme": the list of themes, a palette of its own
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("down", "escape")
        await settle(pilot)
        assert app.screen is reader and app.theme == theme
