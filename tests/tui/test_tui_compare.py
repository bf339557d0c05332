"""Compare: ] / [ land on a difference inside the view; y switches panes both ways."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import AlignedView
from waic_reader.tui.widgets.article_view import ArticleView


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_next_difference_is_on_screen_and_highlighted(size: tuple[int, int]) -> None:
    app = make_app(compare=("003", "004"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(AlignedView)
        differences = [i for i, row in enumerate(view.rows) if row.is_difference]
        assert len(differences) >= 4
        for step in range(4):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            assert view.current == screen.current_row == differences[step]
            top = view.row_top(view.current)
            assert view.scroll_y <= top < view.scroll_y + view.scrollable_content_region.height
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert view.current == differences[2]


async def test_y_switches_to_free_panes_and_back() -> None:
    app = make_app(compare=("003", "004"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        for _ in range(2):  # the second time round the panes are kept, not drawn again
            await pilot.press("y")
            await settle(pilot)
            assert not screen.synced and not screen.query_one(AlignedView).display
            panes = screen.query(ArticleView)
            assert all(p.display and p.block_views for p in panes)
            assert app.focused is screen.query_one("#free-a")
            await pilot.press("y")
            await settle(pilot)
            assert screen.synced and app.focused is screen.query_one(AlignedView)
        scroller = screen.query_one(AlignedView)
        await pilot.press("space")
        await settle(pilot)
        assert scroller.scroll_y > 0  # the aligned rows scroll as one


async def test_y_twice_shows_the_same_rows_where_they_were() -> None:
    """The views keep their lines while hidden (and across the focus moving between them):
    back in a mode, the screen is as it was, scroll positions included; a theme change still
    draws them again in its colours."""
    app = make_app(compare=("003", "004"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(AlignedView)
        for _ in range(2):
            await pilot.press("space")
            await settle(pilot)
        top, rows, aligned_shot = view.scroll_y, list(view.rows), app.export_screenshot()
        assert top > 0
        await pilot.press("y")
        await settle(pilot)
        free = screen.query_one("#free-a", ArticleView)
        await pilot.press("space")
        await settle(pilot)
        free_top, free_shot = free.scroll_y, app.export_screenshot()
        assert free_top > 0
        await pilot.press("y")
        await settle(pilot)
        assert view.rows == rows and view.scroll_y == top
        assert app.export_screenshot() == aligned_shot
        await pilot.press("y")
        await settle(pilot)
        assert free.scroll_y == free_top
        assert app.export_screenshot() == free_shot
        await pilot.press("y")
        await settle(pilot)
        app.theme = "nord" if app.theme != "nord" else "gruvbox"
        await settle(pilot)
        themed = app.export_screenshot()
        assert themed != aligned_shot
        view._strips.clear()  # what the rows look like drawn afresh in the new theme
        view.refresh()
        await settle(pilot)
        assert app.export_screenshot() == themed
