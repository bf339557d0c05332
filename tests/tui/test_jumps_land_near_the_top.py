"""Every jump shows its target a few lines from the top (``CONTEXT_ROWS`` of context above
it), also in an article's last screenful, at 120x40 and 60x20 (issue 13, re-test). Reported: a
target near the end landed ~20 lines down a 36-line pane (the view stopped at the article's
end); the view now scrolls past the end for a jump, blank lines below the last block, and ``G``
still ends at the article's last line. Search hits, fact values and matrix mentions are in
test_tui_jumps.py (``assert_lands`` holds every jump to this); here quotes and the followed
entity's mentions, stepped with n / N."""

from __future__ import annotations

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

SIZES = [(120, 40), (60, 20)]
LONG = "002"  # the longest seed: its last quotes and mentions are in its last screenful


async def open_reader(pilot, **kwargs) -> ReaderScreen:  # type: ignore[no-untyped-def]
    app = pilot.app
    await settle(pilot)
    reader = ReaderScreen(app.workspace.resolve(LONG), **kwargs)
    app.push_screen(reader)
    await settle(pilot)
    assert reader.loaded is not None
    return reader


@pytest.mark.parametrize("size", SIZES)
async def test_a_quote_jump_and_n_through_the_quotes_land(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        doc = app.workspace.resolve(LONG)
        quotes = [q for q in app.workspace.analyser.doc(doc).quotes if not q.noise]
        last = quotes[-1]
        reader = await open_reader(pilot, at=last.start, quotes=True)  # as the Quotes screen's enter
        assert reader.targets()[reader.current][0] == last.start
        assert_lands(reader, last.start)
        for _ in range(len(quotes) - 1):
            await pilot.press("N")
            await settle(pilot)
            assert_lands(reader, reader.targets()[reader.current][0])
        assert reader.current == 0


@pytest.mark.parametrize("size", SIZES)
async def test_n_through_a_followed_entitys_mentions_lands_each(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        doc = app.workspace.resolve(LONG)
        mentions = [m for m in app.workspace.analyser.doc(doc).mentions if not m.noise]
        # The entity mentioned last in the article, followed: its mentions reach the end.
        last = max(mentions, key=lambda m: m.start)
        reader = await open_reader(pilot, follow=(last.key, last.text))
        targets = reader.targets()
        assert targets and targets[-1][0] == last.start
        assert_lands(reader, targets[0][0])
        for i in range(1, len(targets)):
            await pilot.press("n")
            await settle(pilot)
            assert reader.current == i
            assert_lands(reader, targets[i][0])


@pytest.mark.parametrize("size", SIZES)
async def test_G_after_a_jump_near_the_end_shows_the_articles_last_line_at_the_bottom(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        doc = app.workspace.resolve(LONG)
        quotes = [q for q in app.workspace.analyser.doc(doc).quotes if not q.noise]
        reader = await open_reader(pilot, at=quotes[-1].start, quotes=True)
        view = reader.query_one(ArticleView)
        height = view.scrollable_content_region.height
        assert view.virtual_size.height > view.block_row(view.block_views[-1]) + height // 2  # room past the end
        await pilot.press("G")
        await settle(pilot)
        last_line = view.row_of_offset(view.block_views[-1].block.end - 1)
        assert last_line is not None
        # The article's last line (then its margin) at the bottom: no blank lines past it.
        assert round(view.scroll_y) + height - last_line in (1, 2)
