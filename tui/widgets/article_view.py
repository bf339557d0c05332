"""ArticleView: an article's blocks as a scrollable column, with highlight spans layered on top.

Each block is its own widget so that "scroll to this offset" is exact to the block and cheap:
restyling (a new match selected, entities toggled) updates the blocks' content in place
without remounting anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from waic_reader.index.corpus.blocks import Block
from waic_reader.tui.safe import spans_content

Highlight = tuple[int, int, str]  # absolute (start, end) in the article text, and a style

KIND_STYLES = {"title": "bold $text-primary", "heading": "bold $text-accent"}


def noise_blocks(blocks: Sequence[Block], noise: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the blocks lying wholly inside boilerplate spans: what the views leave out."""
    return {i for i, b in enumerate(blocks) if any(s <= b.start and b.end <= e for s, e in noise)}


class BlockView(Static):
    """One block of the article (a paragraph, heading, list item...)."""

    DEFAULT_CSS = """
    BlockView { margin: 0 0 1 0; }
    BlockView.-title { margin-bottom: 1; text-style: bold; }
    BlockView.-heading { margin-bottom: 0; }
    BlockView.-list-item { padding-left: 2; margin-bottom: 0; }
    BlockView.-after-list { margin-top: 1; }
    BlockView.-cursor { border-left: outer $accent; padding-left: 1; }
    BlockView.-list-item.-cursor { padding-left: 1; }
    """

    def __init__(self, block: Block, index: int) -> None:
        super().__init__(classes=f"-{block.kind}")
        self.block = block
        self.index = index

    def render_spans(self, highlights: Iterable[Highlight]) -> Content:
        b = self.block
        local = [(s - b.start, e - b.start, style) for s, e, style in highlights if s < b.end and e > b.start]
        local = [(max(0, s), min(len(b.text), e), style) for s, e, style in local]
        base = KIND_STYLES.get(b.kind, "")
        styles = ([(0, len(b.text), base)] if base else []) + local
        return spans_content(b.text, styles)


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

    async def show_blocks(self, blocks: Sequence[Block], hidden: set[int], highlights: list[Highlight]) -> None:
        await self.remove_children()
        self._views = []
        self._highlights = highlights
        previous = ""
        for i, block in enumerate(blocks):
            if i in hidden:
                continue
            view = BlockView(block, i)
            if previous == "list-item" and block.kind != "list-item":
                view.add_class("-after-list")
            previous = block.kind
            view.update(view.render_spans(self._overlapping(block)))
            self._views.append(view)
        if self._views:
            await self.mount_all(self._views)
        self.cursor = None
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
        self._highlights = highlights
        for view in self._views:
            view.update(view.render_spans(self._overlapping(view.block)))

    def view_for_offset(self, offset: int) -> BlockView | None:
        for view in self._views:
            if view.block.start <= offset <= view.block.end:
                return view
        return None

    def scroll_to_offset(self, offset: int, *, animate: bool = False) -> None:
        view = self.view_for_offset(offset)
        if view is None:
            return
        # Put the block a few lines below the top so the context above the match shows too.
        line_in_block = _line_of(view, offset)
        target = view.virtual_region.y + line_in_block - 3
        self.scroll_to(y=max(0, target), animate=animate)

    @property
    def block_views(self) -> list[BlockView]:
        return list(self._views)


def _line_of(view: BlockView, offset: int) -> int:
    """Approximate wrapped line of ``offset`` inside a block (good enough to keep it in view)."""
    width = max(10, view.content_region.width or 80)
    return max(0, (offset - view.block.start)) // width
