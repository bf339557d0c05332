"""A scroll view of items of different heights stacked top to bottom (an article's blocks, a
comparison's rows), drawn with Textual's line API: only the lines on screen are made, and each
item's lines are kept once drawn until the layout or the style changes."""

from __future__ import annotations

from bisect import bisect_right

from textual.scroll_view import ScrollView
from textual.strip import Strip


class StackedView(ScrollView):
    """Subclasses lay their items out in :meth:`_layout` (setting ``_tops``: each item's first
    line, ``_heights``: its number of lines, and clearing ``_strips``), count them in
    :meth:`_item_count` and draw one in :meth:`_draw_item` (its lines, the view's full width
    each). A line between items, or past the last, is blank."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._tops: list[int] = []  # first line of each item
        self._heights: list[int] = []
        self._strips: dict[int, list[Strip]] = {}  # item -> its lines, made when first drawn

    def _layout(self) -> None:
        raise NotImplementedError

    def _item_count(self) -> int:
        raise NotImplementedError

    def _draw_item(self, index: int) -> list[Strip]:
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        self._layout()
        line = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        base = self.visual_style.rich_style
        index = bisect_right(self._tops, line) - 1
        if not 0 <= index < self._item_count():
            return Strip.blank(width, base)
        offset = line - self._tops[index]
        if offset >= self._heights[index]:
            return Strip.blank(width, base)  # the blank line between items
        strips = self._strips.get(index)
        if strips is None:
            strips = self._strips[index] = self._draw_item(index)
        return strips[offset]
