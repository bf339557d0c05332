"""A screen whose layout follows the terminal's width is laid out for the width it is shown at when
it is back on top, whatever the terminal did while another screen covered it (t13ao N8).

Reported: at 120x40, the library → `f` (fact sheet) or `/` (search) → the terminal narrowed to
60x20 and widened back to 120x40 → escape: the library showed its 60-column layout (narrow Doc,
Outlet and Title columns, no Words / Ent. / Noise) until another resize while it was shown. Every
screen that lays itself out from its width (library, fact sheet, matrix, quotes, search results)
does it again when it is back on top (``on_screen_resume``), as on a resize.
"""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.app import App

from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.screens.fact_sheet import FactSheetScreen, FactTable
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.quotes import QuotesScreen
from waic_reader.tui.widgets.article_table import ArticleTable

WIDE, NARROW = (120, 40), (60, 20)


def _columns(app: App[None]) -> list[tuple[str, int]]:
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return [(label, width) for _, label, width in screen.query_one(ArticleTable).columns]


async def _library_at(size: tuple[int, int]) -> list[tuple[str, int]]:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        return _columns(app)


@pytest.mark.parametrize(
    "keys",
    [
        ("f",),  # the reported path: the fact sheet over the library
        ("slash", "f", "e", "r", "r", "y"),  # search, a query typed, over the library
        ("E",),  # the matrix over the library
    ],
    ids=["fact-sheet", "search", "matrix"],
)
async def test_the_library_has_its_wide_columns_after_a_round_trip_under_a_screen(keys: tuple[str, ...]) -> None:
    wide, narrow = await _library_at(WIDE), await _library_at(NARROW)
    assert wide != narrow  # (else the test shows nothing)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        assert not isinstance(app.screen, LibraryScreen)
        await pilot.resize_terminal(*NARROW)
        await settle(pilot)
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        if not isinstance(app.screen, LibraryScreen):  # (search: the box's escape, then the screen's)
            await pilot.press("escape")
            await settle(pilot)
        assert _columns(app) == wide
        await pilot.press("j")
        await settle(pilot)
        assert _columns(app) == wide


@pytest.mark.parametrize(
    ("key", "screen", "table"),
    [("f", FactSheetScreen, FactTable), ("E", EntityMatrixScreen, MatrixTable)],
    ids=["fact-sheet", "matrix"],
)
async def test_a_table_screen_is_filled_for_the_width_after_a_round_trip_under_help(
    key: str, screen: type, table: type
) -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, screen)
        await pilot.press("question_mark")
        await settle(pilot)
        await pilot.resize_terminal(*NARROW)
        await settle(pilot)
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, screen)
        assert app.screen.query_one(table).filled_width == WIDE[0]


async def test_quotes_are_laid_out_for_the_width_after_a_round_trip_under_help() -> None:
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        quotes = app.screen
        assert isinstance(quotes, QuotesScreen)
        await pilot.press("question_mark")
        await settle(pilot)
        await pilot.resize_terminal(*NARROW)
        await settle(pilot)
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is quotes
        assert quotes._width == WIDE[0]
