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
