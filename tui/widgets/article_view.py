"""ArticleView: an article's blocks as a scrollable column, with highlight spans layered on top.

Each block is its own widget so that "scroll to this offset" is exact to the block and cheap:
restyling (a new match selected, entities toggled) updates the blocks' content in place
without remounting anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual import events
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.visual import VisualType
from textual.widgets import Static

from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.markdown import Shown, shown_block
from waic_reader.index.corpus.spans import SpanSet
from waic_reader.tui.safe import spans_content

CONTEXT_ROWS = 3  # rows of context shown above a jump's target

Highlight = tuple[int, int, str]  # absolute (start, end) in the article text, and a style

KIND_STYLES = {"title": "bold $text-primary", "heading": "bold $text-accent"}
# What a Markdown article's inline syntax meant, once its characters are hidden.
MARK_STYLES = {"strong": "bold", "emphasis": "italic", "strike": "strike", "link": "underline", "code": "$text-accent"}


def noise_blocks(blocks: Sequence[Block], noise: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the blocks lying wholly inside boilerplate spans: what the views leave out."""
    spans = SpanSet(noise)
    return {i for i, b in enumerate(blocks) if spans.covers(b.start, b.end)}


class BlockView(Static):
    """One block of the article (a paragraph, heading, list item...)."""

    DEFAULT_CSS = """
    BlockView { margin: 0 0 1 0; }
    BlockView.-title { margin-bottom: 1; text-style: bold; }
    BlockView.-heading { margin-bottom: 0; }
    BlockView.-list-item { padding-left: 2; margin-bottom: 0; }
    BlockView.-after-list { margin: 1 0 1 0; }
    BlockView.-cursor { border-left: outer $accent; padding-left: 1; }
    BlockView.-list-item.-cursor { padding-left: 1; }
    """

    def __init__(self, block: Block, index: int, markdown: bool = False) -> None:
        super().__init__(classes=f"-{block.kind}")
        self.block = block
        self.index = index
        # A Markdown block is shown with its syntax hidden; offsets still point into block.text.
        self.shown: Shown | None = shown_block(block.text) if markdown else None
        # Wrapped height by width: a side panel opening and closing swaps between two widths,
        # and Textual keeps one. Emptied when the text changes (update with layout=True).
        self._heights: dict[int, int] = {}

    @property
    def shown_text(self) -> str:
        """The characters on screen: the block text, less any Markdown syntax."""
        return self.shown.text if self.shown is not None else self.block.text

    def shown_offset(self, offset: int) -> int:
        """Where the article offset ``offset`` (inside this block) is on screen, in shown_text."""
        local = max(0, min(len(self.block.text), offset - self.block.start))
        return self.shown.positions[local] if self.shown is not None else local

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        if layout:
            self._heights.clear()
        super().update(content, layout=layout)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().get_content_height(container, viewport, width)
        return height

    def render_spans(self, highlights: Iterable[Highlight]) -> Content:
        b = self.block
        text = self.shown_text
        local = [
            (self.shown_offset(s), self.shown_offset(e), style)
            for s, e, style in highlights
            if s < b.end and e > b.start
        ]
        base = KIND_STYLES.get(b.kind, "")
        styles = [(0, len(text), base)] if base else []
        if self.shown is not None:
            styles += [(s, e, MARK_STYLES[kind]) for s, e, kind in self.shown.marks]
        return spans_content(text, styles + [(s, e, style) for s, e, style in local if s < e])


class ArticleView(VerticalScroll, can_focus=True):
    """Shows the blocks of one article; hidden blocks (noise) are left out."""

    DEFAULT_CSS = """
    ArticleView { padding: 1 2; }
    ArticleView > BlockView { max-width: 96; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._views: list[BlockView] = []
        self._highlights: list[Highlight] = []
        self.cursor: int | None = None  # position in the visible blocks, shown once moved
        self._jump: int | None = None  # the offset a jump keeps in view (see scroll_to_offset)

    async def show_blocks(
        self, blocks: Sequence[Block], hidden: set[int], highlights: list[Highlight], markdown: bool = False
    ) -> None:
        """Show ``blocks`` but those in ``hidden``, with ``highlights``; ``markdown``: the blocks
        are Markdown, shown with their syntax hidden (:mod:`waic_reader.index.corpus.markdown`)."""
        await self.remove_children()
        self._views = []
        self._highlights = highlights
        previous = ""
        for i, block in enumerate(blocks):
            if i in hidden:
                continue
            view = BlockView(block, i, markdown)
            if previous == "list-item" and block.kind != "list-item":
                view.add_class("-after-list")
            previous = block.kind
            view.update(view.render_spans(self._overlapping(block)))
            self._views.append(view)
        if self._views:
            await self.mount_all(self._views)
        self.cursor = None
        self._jump = None
        self.scroll_home(animate=False)

    def move_cursor(self, delta: int) -> BlockView | None:
        """Select the next/previous block (the one marking acts on); starts at the top of view."""
        if not self._views:
            return None
        if self.cursor is None:
            top = self.scroll_y
            first = next((i for i, v in enumerate(self._views) if v.virtual_region.bottom > top), 0)
            self.cursor = first if delta >= 0 else max(0, first - 1)
        else:
            self._views[self.cursor].remove_class("-cursor")
            self.cursor = max(0, min(len(self._views) - 1, self.cursor + delta))
        view = self._views[self.cursor]
        view.add_class("-cursor")
        self._jump = None
        self.scroll_to_widget(view, animate=False)
        return view

    @property
    def selected(self) -> BlockView | None:
        if self.cursor is None or not 0 <= self.cursor < len(self._views):
            return None
        return self._views[self.cursor]

    def _overlapping(self, block: Block) -> list[Highlight]:
        return [h for h in self._highlights if h[0] < block.end and h[1] > block.start]

    def restyle(self, highlights: list[Highlight]) -> None:
        """New highlights on the same text: no block changes height, so nothing is laid out again."""
        self._highlights = highlights
        for view in self._views:
            view.update(view.render_spans(self._overlapping(view.block)), layout=False)

    def view_for_offset(self, offset: int) -> BlockView | None:
        for view in self._views:
            if view.block.start <= offset <= view.block.end:
                return view
        return None

    def row_of_offset(self, offset: int) -> int | None:
        """The row of ``offset`` in the scrollable column (0 = the column's first row), from the
        current layout; None if no shown block holds it."""
        view = self.view_for_offset(offset)
        if view is None:
            return None
        return view.virtual_region.y + view.styles.gutter.top + _line_of(view, offset)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is a few lines from the top (context above it
        shows too), and keep it there until the reader scrolls by hand.

        The position is measured again after each layout (the view's size or scrollable height
        changed): right after blocks are mounted or restyled, or when the terminal is resized,
        a position measured before would put the target off-screen."""
        self._jump = offset
        self.call_after_refresh(self._scroll_to_jump)

    def forget_jump(self) -> None:
        """The reader scrolled by hand: layout changes no longer move the view."""
        self._jump = None

    def _scroll_to_jump(self) -> None:
        if self._jump is None:
            return
        row = self.row_of_offset(self._jump)
        if row is not None:
            self.scroll_to(y=max(0, row - CONTEXT_ROWS), animate=False, immediate=True)

    def on_resize(self, _event: events.Resize) -> None:
        self._scroll_to_jump()

    def watch_virtual_size(self) -> None:
        # Blocks laid out (or re-wrapped) change the scrollable height without resizing the view,
        # so no Resize arrives: measure again once this layout pass is complete.
        if self._jump is not None:
            self.call_after_refresh(self._scroll_to_jump)

    def on_mouse_scroll_down(self, _event: events.MouseScrollDown) -> None:
        self.forget_jump()

    def on_mouse_scroll_up(self, _event: events.MouseScrollUp) -> None:
        self.forget_jump()

    @property
    def block_views(self) -> list[BlockView]:
        return list(self._views)


def _line_of(view: BlockView, offset: int) -> int:
    """The wrapped line of ``offset`` inside a block, wrapped as the block is shown."""
    width = view.content_region.width
    text = view.shown_text
    local = view.shown_offset(offset)
    if width <= 0:
        return 0
    position = 0
    lines = Content(text).wrap(width)
    for number, wrapped in enumerate(lines):
        # Wrapping drops the spaces it breaks at; find each line where it starts in the text.
        found = text.find(wrapped.plain.strip(), position)
        if found < 0:
            break
        position = found + len(wrapped.plain.strip())
        if local < position or number == len(lines) - 1:
            return number
    return 0
