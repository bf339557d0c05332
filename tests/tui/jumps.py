"""Helpers for flow tests of jumps: is a target offset inside the reader's visible region?"""

from __future__ import annotations

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import CONTEXT_ROWS, ArticleView


def visible_row(reader: ReaderScreen, offset: int) -> int | None:
    """The row of ``offset`` counted from the top of the article's viewport, or None if the
    offset is outside it (above, below, or in a block that is not shown)."""
    view = reader.query_one(ArticleView)
    row = view.row_of_offset(offset)
    if row is None:
        return None
    top = round(view.scroll_y)
    if top <= row < top + view.scrollable_content_region.height:
        return row - top
    return None


def assert_lands(reader: ReaderScreen, offset: int, *, near_top: int = CONTEXT_ROWS) -> None:
    """The target is on screen, a few lines from the top (``CONTEXT_ROWS`` of context above
    it), also near the article's end (the view scrolls past it); in an article that fits the
    view, wherever it is."""
    view = reader.query_one(ArticleView)
    row = visible_row(reader, offset)
    assert row is not None, (
        f"offset {offset} at row {view.row_of_offset(offset)} is outside the viewport "
        f"{round(view.scroll_y)}..{round(view.scroll_y) + view.scrollable_content_region.height}"
    )
    fits = view.virtual_size.height <= view.scrollable_content_region.height
    assert row <= near_top or fits, f"target at row {row}, not near the top"
