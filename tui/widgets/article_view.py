"""ArticleView: an article's blocks as one scrollable column, with highlight spans layered on top.

The blocks are drawn with Textual's line API (as compare's ``AlignedView``): each block's text
is wrapped once per width (the heights are cached, so a side panel opening and closing swaps
between two cached layouts), and only the lines on screen are turned into strips. A widget per
block made opening a long article, opening a side panel (every block re-wrapped and laid out
again) and restyling (every block updated) cost hundreds of milliseconds on a 5,000-word article.

Layout, as the column of ``Static`` blocks it replaces drew it: a blank line after each block
(none after a heading or list item, one before the block that ends a list), blocks at most
``MAX_WIDTH`` cells wide, list items indented two cells, the selected block (``}`` / ``{``)
marked by a bar at its left edge and a tint.

Text selection with the mouse (press, drag; ``ctrl+c`` or the reader's ``y`` copies it) is
Textual's, on the blocks' shown text (:mod:`waic_reader.tui.widgets.stacked_view`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cached_property

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from waic_reader.index.corpus.blocks import Block, joined_shown, known_words
from waic_reader.index.corpus.markdown import Shown, shown_block, table_rule
from waic_reader.index.corpus.spans import SpanSet
from waic_reader.index.corpus.text import visible_same_length
from waic_reader.tui.safe import spans_content
from waic_reader.tui.widgets.stacked_view import (
    Point,
    StackedView,
    kinsoku_lines,
    kinsoku_wrap,
    line_starts,
    offset_style,
    selected_span,
    with_offsets,
    wrapped_height,
    wrapped_line_starts,
    wrapped_starts,
)

CONTEXT_ROWS = 3  # rows of context shown above a jump's target
# The reader's place (ArticleView.place): (block text, block start, its rows scrolled past; -1: the
# blank row above it) for the block at the top of the view, then for each block below it on screen.
Place = list[tuple[str, int, int]]
MAX_WIDTH = 96  # cells: a block is at most this wide (a readable line length)
INDENT = 2  # cells before the text of a list item, and of the selected block (its bar and a space)
CURSOR_BAR = "▌"  # the selected block's left edge (as CSS ``border-left: outer``)

Highlight = tuple[int, int, str]  # absolute (start, end) in the article text, and a style

# A highlight longer than this (characters) is not found by its start (a window looks back this
# far at most): the few such (a long quote, a whole passage) are checked one by one.
LONG_HIGHLIGHT = 2_000


class HighlightsByStart:
    """A block's highlights (in their drawing order) indexed by start, so the ones overlapping a
    window are found in O(log n + k + long ones), not by scanning all n (s35-rv2 15: 9,000
    quotes tinted on a 2 MB paragraph were all scanned for every window drawn)."""

    __slots__ = ("_long", "_order", "_reach", "_starts")

    def __init__(self, highlights: Sequence[Highlight]) -> None:
        short: list[tuple[int, int]] = []  # (start, position in the drawing order)
        long: list[int] = []
        reach = 0
        for n, h in enumerate(highlights):
            start, length = h[0], h[1] - h[0]
            if length > LONG_HIGHLIGHT:
                long.append(n)
            else:
                short.append((start, n))
                reach = max(reach, length)
        short.sort()
        self._starts = [start for start, _n in short]
        self._order = [n for _start, n in short]
        self._reach = reach  # the longest of the short ones: none ends after its start + reach
        self._long = long

    def over(self, highlights: Sequence[Highlight], low: int, high: int) -> list[Highlight]:
        """Those of ``highlights`` (the sequence indexed) starting before ``high`` and ending
        after ``low``, in their order in ``highlights``."""
        # A short one starting at or before low - reach ends at or before low: not over it.
        first = bisect_right(self._starts, low - self._reach)
        last = bisect_left(self._starts, high)
        picked = [n for n in self._order[first:last] if highlights[n][1] > low]
        picked += [n for n in self._long if highlights[n][0] < high and highlights[n][1] > low]
        picked.sort()  # the drawing order: a later highlight over an earlier one
        return [highlights[n] for n in picked]


# The theme's text-primary and text-accent, made readable on the selected block (tui/highlights.py).
KIND_STYLES = {"title": "bold $hl-article-title", "heading": "bold $hl-article-heading"}
# What a Markdown article's inline syntax meant, once its characters are hidden.
MARK_STYLES = {
    "strong": "bold",
    "emphasis": "italic",
    "strike": "strike",
    "link": "underline",
    "code": "$hl-article-heading",
}


def noise_blocks(blocks: Sequence[Block], noise: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the blocks lying wholly inside boilerplate spans: what the views leave out."""
    spans = SpanSet(noise)
    return {i for i, b in enumerate(blocks) if spans.covers(b.start, b.end)}


class ShownBlock:
    """One block of the article as the view shows it (a paragraph, heading, list item...).

    ``index``: its position in the article's blocks; ``after_list``: it ends a list (a blank
    line before it)."""

    def __init__(
        self,
        block: Block,
        index: int,
        markdown: bool = False,
        after_list: bool = False,
        joined: bool = False,
        known: Collection[str] = (),
        below: str = "",
        above: str = "",
    ) -> None:
        self.block = block
        self.index = index
        self.after_list = after_list
        # A Markdown block is shown with its syntax hidden, a hard-wrapped plain-text paragraph
        # (``joined``) as one paragraph the view reflows, a word hyphenated over its line breaks
        # whole when ``known`` (the article's words) has it; offsets still point into block.text.
        self.shown: Shown | None = (
            shown_block(block.text, below, above) if markdown else joined_shown(block.text, known) if joined else None
        )
        self._wrapped: dict[int, list[Content]] = {}  # text width -> its wrapped lines
        self._heights: dict[int, int] = {}  # text width -> its number of lines
        self._kinsoku: dict[int, list[tuple[int, int]] | None] = {}  # text width -> kinsoku_lines
        self._starts: dict[int, list[int]] = {}  # text width -> where each wrapped line starts

    @property
    def shown_text(self) -> str:
        """The characters on screen: the block text, less any Markdown syntax."""
        return self.shown.text if self.shown is not None else self.block.text

    def shown_offset(self, offset: int) -> int:
        """Where the article offset ``offset`` (inside this block) is on screen, in shown_text."""
        local = max(0, min(len(self.block.text), offset - self.block.start))
        return self.shown.positions[local] if self.shown is not None else local

    @property
    def margin_top(self) -> int:
        return 1 if self.after_list else 0

    @property
    def margin_bottom(self) -> int:
        return 0 if self.block.kind in ("heading", "list-item") and not self.after_list else 1

    @cached_property
    def drawn_text(self) -> str:
        """The shown text as drawn: a control character's stand-in in its place (one character
        each, so offsets hold; see :func:`visible_same_length`). A bidi mark is zero cells wide
        but its stand-in one: wrapped as the raw text, a block of them took fewer lines than it
        is drawn on, and a jump past it landed off its target."""
        return visible_same_length(self.shown_text)

    def wrapped(self, width: int) -> list[Content]:
        """The shown text wrapped to ``width`` cells (one Content per line), as it is drawn."""
        lines = self._wrapped.get(width)
        if lines is None:
            kinsoku = self.kinsoku(width)
            text = Content(self.drawn_text)
            lines = self._wrapped[width] = text.wrap(width) if kinsoku is None else kinsoku_wrap(text, kinsoku)
        return lines

    def kinsoku(self, width: int) -> list[tuple[int, int]] | None:
        """The lines at ``width`` when no CJK line may begin with closing punctuation moves a
        break (:func:`kinsoku_lines`), or None: Textual wraps the block as it is."""
        if width not in self._kinsoku:
            self._kinsoku[width] = kinsoku_lines(self.drawn_text, width)
        return self._kinsoku[width]

    def height(self, width: int) -> int:
        """How many lines the block takes at ``width`` (what :meth:`wrapped` makes, counted
        without making them: a layout needs every block's, only those drawn are wrapped)."""
        height = self._heights.get(width)
        if height is None:
            lines = self._wrapped.get(width)
            if lines is None and self.kinsoku(width) is not None:
                lines = self.wrapped(width)
            height = self._heights[width] = len(lines) if lines is not None else wrapped_height(self.drawn_text, width)
        return height

    def wrapped_starts(self, width: int) -> list[int]:
        """Where each wrapped line (at ``width``) starts in :attr:`shown_text` (found without
        wrapping the block: :func:`wrapped_line_starts`)."""
        starts = self._starts.get(width)
        if starts is None:
            kinsoku = self.kinsoku(width)
            starts = self._starts[width] = (
                wrapped_line_starts(self.drawn_text, width)
                if kinsoku is None
                else wrapped_starts(self.drawn_text, self.wrapped(width))
            )
        return starts

    def line_of(self, offset: int, width: int) -> int:
        """The wrapped line (0 = the block's first) of the article offset ``offset``; the spaces
        a line breaks at belong to the line after them."""
        text = self.drawn_text
        local = self.shown_offset(offset)
        starts = self.wrapped_starts(width)
        number = max(0, bisect_right(starts, local) - 1)
        if number + 1 < len(starts):
            end = starts[number] + len(text[starts[number] : starts[number + 1]].rstrip())
            if local >= end:
                return number + 1
        return number

    def content(
        self,
        highlights: Iterable[Highlight],
        selected: tuple[int, int, Style] | None = None,
        window: tuple[int, int] | None = None,
    ) -> Content:
        """The shown text with its kind's style, its Markdown marks and ``highlights`` (absolute
        offsets; those outside the block are ignored); ``selected``: the characters of the shown
        text under the mouse selection, and the selection's style (drawn over the rest);
        ``window``: only the shown text from ``window[0]`` to ``window[1]`` (its offsets from
        there), for a block drawn a window of lines at a time."""
        b = self.block
        text = self.shown_text
        low, high = window if window is not None else (0, len(text))
        spans = []
        base = KIND_STYLES.get(b.kind, "")
        if base:
            spans.append((0, len(text), base))
        if self.shown is not None:
            spans += [(s, e, MARK_STYLES[kind]) for s, e, kind in self.shown.marks]
        spans += [
            (self.shown_offset(s), self.shown_offset(e), style)
            for s, e, style in highlights
            if s < b.end and e > b.start
        ]
        clipped = [(max(s, low) - low, min(e, high) - low, style) for s, e, style in spans if s < high and e > low]
        content = spans_content(text[low:high], [(s, e, style) for s, e, style in clipped if s < e])
        if selected is not None and selected[0] < high and selected[1] > low:
            content = content.stylize(selected[2], max(selected[0], low) - low, min(selected[1], high) - low)
        return content


class ArticleView(StackedView, can_focus=True):
    """Shows the blocks of one article; hidden blocks (noise) are left out."""

    COMPONENT_CLASSES = {"article-view--cursor", "article-view--cursor-bar"}

    DEFAULT_CSS = """
    ArticleView { padding: 1 2; overflow-x: hidden; overflow-y: auto; }
    ArticleView > .article-view--cursor { background: $boost; }
    ArticleView > .article-view--cursor-bar { color: $accent; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._blocks: list[ShownBlock] = []
        self._starts: list[int] = []  # the blocks' start offsets, for bisecting
        self._ends: list[int] = []  # and their end offsets
        self._highlights: list[Highlight] = []
        self._by_block: list[list[Highlight]] = []  # the highlights overlapping each block
        # Each long block's highlights by start, made when a window of it is first drawn.
        self._by_start: dict[int, HighlightsByStart] = {}
        self._current: Highlight | None = None  # drawn over the others (see set_current)
        self.cursor: int | None = None  # position in the visible blocks, shown once moved
        self._jump: int | None = None  # the offset a jump keeps in view (see scroll_to_offset)
        self._kept: tuple[ShownBlock, int] | None = None  # a place kept at the top (see keep_place)
        self._top_kept: tuple[ShownBlock, int] | None = None  # the top's block and character (see _layout)
        self._end_kept = False  # the view was at the article's end at a width change (see _layout)
        self._content_height = 0  # the blocks' lines (the view may scroll past them: _room_below)

    async def show_blocks(
        self,
        blocks: Sequence[Block],
        hidden: set[int],
        highlights: list[Highlight],
        markdown: bool = False,
        joined: bool = False,
    ) -> None:
        """Show ``blocks`` but those in ``hidden``, with ``highlights``; ``markdown``: the blocks
        are Markdown, shown with their syntax hidden (:mod:`waic_reader.index.corpus.markdown`);
        ``joined``: they are plain text, a hard-wrapped paragraph shown as one
        (:func:`~waic_reader.index.corpus.blocks.joined_shown`)."""
        shown: list[ShownBlock] = []
        previous = ""
        # The article's words, a word hyphenated over a line break looked up in (joined_shown).
        known = known_words(" ".join(b.text for b in blocks)) if joined else frozenset()
        for i, block in enumerate(blocks):
            if i in hidden or (markdown and table_rule(block.text)):
                continue  # (a pipe table's separator row is shown as nothing: no empty line)
            after_list = previous == "list-item" and block.kind != "list-item"
            # The block on the line under it (a pipe table's separator row makes it the header).
            nxt = blocks[i + 1] if markdown and i + 1 < len(blocks) else None
            below = nxt.text if nxt is not None and nxt.start == block.end + 1 else ""
            # (And the one over it: a row without outer bars is one only beside its table.)
            prev = blocks[i - 1] if markdown and i > 0 else None
            above = prev.text if prev is not None and block.start == prev.end + 1 else ""
            shown.append(ShownBlock(block, i, markdown, after_list, joined, known, below, above))
            previous = block.kind
        if [v.block for v in shown] != [v.block for v in self._blocks]:
            self.forget_selection()  # another article, or blocks hidden or shown: not what was selected
        self._blocks = shown
        self._starts = [v.block.start for v in shown]
        self._ends = [v.block.end for v in shown]
        self.cursor = None
        self._jump = None
        self._kept = None
        self._top_kept = None
        self._end_kept = False
        self._relayout()
        self._current = None
        self._set_highlights(highlights)
        self._layout()
        self.scroll_to(y=0, animate=False, immediate=True)

    @property
    def block_views(self) -> list[ShownBlock]:
        """The blocks shown, in order."""
        return list(self._blocks)

    # -- highlights -----------------------------------------------------------------------------

    def _set_highlights(self, highlights: list[Highlight]) -> None:
        self._highlights = highlights
        by_block: list[list[Highlight]] = [[] for _ in self._blocks]
        ends, starts = self._ends, self._starts
        for h in highlights:
            # The blocks it overlaps: those starting before its end and ending after its start.
            for i in range(bisect_right(ends, h[0]), bisect_left(starts, h[1])):
                by_block[i].append(h)
        self._by_block = by_block
        self._by_start = {}
        self._strips.clear()

    def restyle(self, highlights: list[Highlight]) -> None:
        """New highlights on the same text: no block changes height, so nothing is laid out again."""
        self._set_highlights(highlights)
        self.refresh()

    def set_current(self, current: Highlight | None) -> None:
        """One highlight drawn over the others (the match or mention ``n`` / ``N`` is on),
        moved without restyling the rest: only the blocks it leaves and enters are drawn again
        (with 100,000 find matches, handing every highlight over again took seconds per key)."""
        if current == self._current:
            return
        for h in (self._current, current):
            if h is not None:
                for i in self._blocks_overlapping(h[0], h[1]):
                    self._forget_item(i)
        self._current = current
        self.refresh()

    def _blocks_overlapping(self, start: int, end: int) -> range:
        """The shown blocks starting before ``end`` and ending after ``start``."""
        ends = self._ends
        return range(bisect_right(ends, start), bisect_left(self._starts, end))

    def _block_highlights(self, i: int) -> list[Highlight]:
        """The highlights block ``i`` is drawn with, the current one last (on top)."""
        out = self._by_block[i] if i < len(self._by_block) else []
        current = self._current
        if current is not None and i in self._blocks_overlapping(current[0], current[1]):
            out = [*out, current]
        return out

    def _window_highlights(self, i: int, low: int, high: int) -> list[Highlight]:
        """The highlights block ``i`` is drawn with (:meth:`_block_highlights`) that overlap the
        absolute offsets ``low`` to ``high``, in the same order (a later one drawn over an
        earlier one), the current one last: O(log n + k) per window (:class:`HighlightsByStart`)."""
        own = self._by_block[i] if i < len(self._by_block) else []
        index = self._by_start.get(i)
        if index is None:
            index = self._by_start[i] = HighlightsByStart(own)
        out = index.over(own, low, high)
        current = self._current
        if current is not None and current[0] < high and current[1] > low:
            out.append(current)
        return out

    # -- the selected block (for m) ---------------------------------------------------------------

    def move_cursor(self, delta: int) -> ShownBlock | None:
        """Select the next/previous block (the one marking acts on); starts at the top of view."""
        if not self._blocks:
            return None
        self._layout()
        if self.cursor is None:
            top = self.scroll_y
            first = next((i for i in range(len(self._blocks)) if self._tops[i] + self._heights[i] > top), 0)
            self.cursor = first if delta >= 0 else max(0, first - 1)
        else:
            self.cursor = max(0, min(len(self._blocks) - 1, self.cursor + delta))
        self._relayout()  # the selected block's text is narrower (its bar): lay out again
        self._layout()
        self._jump = None
        i = self.cursor
        self.scroll_to_region(Region(0, self._tops[i], self._width, self._heights[i]), animate=False, immediate=True)
        return self._blocks[i]

    @property
    def selected(self) -> ShownBlock | None:
        if self.cursor is None or not 0 <= self.cursor < len(self._blocks):
            return None
        return self._blocks[self.cursor]

    # -- offsets and rows -----------------------------------------------------------------------

    def view_for_offset(self, offset: int) -> ShownBlock | None:
        """The shown block holding ``offset`` (its end included), or None."""
        i = bisect_right(self._starts, offset) - 1
        # A block ending exactly where the next starts: the first holds the offset, as before.
        for j in (i - 1, i):
            if 0 <= j < len(self._blocks) and self._blocks[j].block.start <= offset <= self._blocks[j].block.end:
                return self._blocks[j]
        return None

    def block_row(self, block: ShownBlock) -> int:
        """The row of ``block``'s first line in the scrollable column (0 = its first row)."""
        self._layout()
        return self._tops[self._blocks.index(block)] if self._tops else 0

    def row_of_offset(self, offset: int) -> int | None:
        """The row of ``offset`` in the scrollable column (0 = the column's first row), from the
        current layout; None if no shown block holds it."""
        view = self.view_for_offset(offset)
        if view is None:
            return None
        self._layout()
        if self._width <= 0:
            return 0
        i = self._blocks.index(view)
        return self._tops[i] + view.line_of(offset, self._text_width(i))

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is a few lines from the top (context above it
        shows too), and keep it there until the reader scrolls by hand. Near the article's end
        the view scrolls past it (blank lines below the last block, as a pager's ``~`` lines),
        so a target in the last screenful is not left lower down the pane than the others.

        The position is measured again after each layout (the view's width changed: a side panel,
        a resize): a position measured before would put the target off-screen."""
        self._jump = offset
        self._kept = None
        self._top_kept = None
        self._end_kept = False
        self._scroll_to_jump()
        self.call_after_refresh(self._scroll_to_jump)

    def place(self) -> Place:
        """What the top of the view shows: the block there (its text and start) with the rows of
        it scrolled past, then the blocks below it on screen (none of their rows scrolled past),
        so that :meth:`keep_place` finds the reader's place again after the article is shown
        anew (a reload: other marks, the file edited) even when the top block is hidden now."""
        self._layout()
        if not self._blocks or self._width <= 0 or not self._tops:
            return []
        top = round(self.scroll_y)
        bottom = top + max(1, self.scrollable_content_region.height)
        first = max(0, bisect_right(self._tops, top) - 1)
        if top >= self._tops[first] + self._heights[first] and first + 1 < len(self._blocks):
            first += 1  # the top row is the blank line between two blocks: kept above the next one
        place = [(self._blocks[first].block.text, self._blocks[first].block.start, top - self._tops[first])]
        for i in range(first + 1, len(self._blocks)):
            if self._tops[i] >= bottom:
                break
            place.append((self._blocks[i].block.text, self._blocks[i].block.start, 0))
        return place

    def keep_place(self, place: Place) -> bool:
        """Scroll so :meth:`place`'s text is at the top again, in the blocks shown now: its
        first block still shown (the same text; the one nearest where it was), at as many of its
        rows scrolled past as before; kept there through layouts until the reader scrolls, as
        :meth:`scroll_to_offset` keeps a jump. False: none of its blocks is shown now."""
        for text, start, rows in place:
            same = [v for v in self._blocks if v.block.text == text]
            if same:
                self._jump = None
                self._kept = (min(same, key=lambda v: abs(v.block.start - start)), rows)
                self._top_kept = None
                self._end_kept = False
                self._scroll_to_jump()
                self.call_after_refresh(self._scroll_to_jump)
                return True
        return False

    def forget_jump(self) -> None:
        """The reader scrolled by hand: layout changes no longer move the view."""
        self._jump = None
        self._kept = None
        self._top_kept = None
        self._end_kept = False

    def _scroll_to_jump(self) -> None:
        if self._kept is not None:
            view, rows = self._kept
            self._layout()
            if self._width > 0 and view in self._blocks:
                i = self._blocks.index(view)
                y = max(0, self._tops[i] + min(rows, max(0, self._heights[i] - 1)))
                self._room_below(y)
                self.scroll_to(y=y, animate=False, immediate=True, force=True)
            return
        if self._jump is None:
            return
        row = self.row_of_offset(self._jump)
        if row is not None and self._width > 0:
            y = max(0, row - CONTEXT_ROWS)
            self._room_below(y)
            # force: Textual ignores a scroll while the view shows no scrollbar yet, as right
            # after the "opening…" loading indicator is taken off (the layout that brings the
            # scrollbar back comes later): the jump then stayed at the top (CI under load).
            self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def _room_below(self, y: int) -> None:
        """Make the view scrollable down to ``y`` at its top: blank lines past the article's
        end, as many as that takes. Only in an article taller than the view (which shows a
        scrollbar already): one that fits shows its target where it is, never scrolled away."""
        content = self._content_height
        height = self.scrollable_content_region.height
        need = y + height
        if content > height and need > self.virtual_size.height:
            self.virtual_size = Size(self._width, need)
        elif content <= height < self.virtual_size.height:
            # The view grew (a notice or bar gone) and the article fits it now: the lines a jump
            # added before go, or they kept it scrolled part-way, its target neither where it is
            # nor near the top (t13q F14: six lines down at 60x20).
            self.virtual_size = Size(self._width, content)

    def drop_room_below(self) -> None:
        """The blank lines a jump added past the article's end are taken away (``G`` goes to
        the article's last line, not past it)."""
        if self._width > 0 and self.virtual_size.height > self._content_height:
            self.virtual_size = Size(self._width, self._content_height)

    def on_resize(self) -> None:
        super().on_resize()
        self._scroll_to_jump()

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        # A jump forced through while no scrollbar showed (see _scroll_to_jump) left the thumb
        # of the scrollbar that comes next at the top: Textual moves the thumb only from
        # scroll_y's watcher, and only while a scrollbar shows.
        if shown:
            self.vertical_scrollbar.position = self.scroll_y

    def on_mouse_scroll_down(self, _event: events.MouseScrollDown) -> None:
        self.forget_jump()

    def on_mouse_scroll_up(self, _event: events.MouseScrollUp) -> None:
        self.forget_jump()

    # -- layout ---------------------------------------------------------------------------------

    def _block_width(self) -> int:
        return min(self._width, MAX_WIDTH)

    def _text_width(self, i: int) -> int:
        indented = self._blocks[i].block.kind == "list-item" or i == self.cursor
        return max(1, self._block_width() - (INDENT if indented else 0))

    def _min_height(self) -> int:
        return self._stack(lambda _i, _view: 1)  # a line each at least, and the margins

    def _laid_out(self) -> None:
        self._scroll_to_jump()

    def _layout(self) -> None:
        # Laid out again for another width (a panel opened or closed beside the article, the
        # terminal resized), the text at the top of the view stays at the top: the line holding
        # the top row's first character, at the new wrapping (t13w F11: opening the entity panel
        # at 60x20 left the view a paragraph above where the reader was). A jump or a kept place
        # keeps its own target; the top of the article stays the top.
        # The place is kept as a character of its block, not a row: rows differ at each width, and
        # a panel opened then closed came back to another line (review s33-r).
        width = self.scrollable_content_region.width
        if width <= 0 or width in (self._width, self._laid_for):
            return  # laid out for this width already (most calls: every refresh asks)
        old = self._width
        if old > 0 and self._jump is None and self._kept is None and not self._end_kept:
            # Scrolled to the article's end (G, or by hand): the reader is reading its last lines,
            # which stay in view, the view at the new end. Kept at the top, a paragraph above that
            # wraps to more lines pushed them out of view (t13as N13: G then b showed the middle
            # of a long paragraph, the last two paragraphs gone).
            self._end_kept = self.max_scroll_y > 0 and round(self.scroll_y) >= self.max_scroll_y
        if old <= 0 or self._jump is not None or self._end_kept:
            self._top_kept = None
        elif self._kept is None:
            self._top_kept = self._top_anchor()
        elif self._top_kept is not None and self._kept[0] is not self._top_kept[0]:
            self._top_kept = None  # a place keep_place keeps: its own rows
        super()._layout()
        if self._end_kept and self._width != old:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True, force=True)
            self.call_after_refresh(self._scroll_to_end_kept)
        if self._top_kept is not None and self._width != old:
            view, local = self._top_kept
            if view in self._blocks:
                starts = view.wrapped_starts(self._text_width(self._blocks.index(view)))
                self._kept = (view, max(0, bisect_right(starts, local) - 1))
                self._scroll_to_jump()

    def _scroll_to_end_kept(self) -> None:
        """The view at the article's end still, once the new layout is refreshed (the scrollbar
        shown or gone changes the room): unless the reader has scrolled since."""
        if self._end_kept:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True, force=True)

    def _top_anchor(self) -> tuple[ShownBlock, int] | None:
        """The block at the top of the view and where its top row starts in its shown text, at
        the width laid out now; None at the article's top."""
        top = round(self.scroll_y)
        if top <= 0 or not self._tops or len(self._tops) != len(self._blocks):
            return None
        i = max(0, bisect_right(self._tops, top) - 1)
        rows = top - self._tops[i]
        if rows >= self._heights[i]:  # the blank line under a block: the next block's start
            if i + 1 >= len(self._blocks):
                return None
            return self._blocks[i + 1], 0
        starts = self._blocks[i].wrapped_starts(self._text_width(i))
        return self._blocks[i], starts[min(rows, len(starts) - 1)] if starts else 0

    def _measure(self, width: int) -> int:
        self._content_height = self._stack(lambda i, view: view.height(self._text_width(i)), keep=True)
        return self._content_height

    def _stack(self, height: Callable[[int, ShownBlock], int], keep: bool = False) -> int:
        """The lines of the blocks stacked, each ``height(i, view)`` lines tall, and their
        margins; ``keep``: set ``_tops`` and ``_heights`` from them."""
        tops, heights, y = [], [], 0
        previous_bottom: int | None = None
        for i, view in enumerate(self._blocks):
            # Margins between blocks collapse (the larger one), as in a vertical layout.
            y += view.margin_top if previous_bottom is None else max(previous_bottom, view.margin_top)
            h = height(i, view)
            tops.append(y)
            heights.append(h)
            y += h
            previous_bottom = view.margin_bottom
        y += previous_bottom or 0
        if keep:
            self._tops, self._heights = tops, heights
        return y

    # -- drawing --------------------------------------------------------------------------------

    def _item_count(self) -> int:
        return len(self._blocks)

    def _draw_item(self, index: int) -> list[Strip]:
        return self.block_lines(self._blocks[index])

    def _draw_lines(self, index: int, first: int, last: int) -> list[Strip]:
        return self.block_lines(self._blocks[index], first, last)

    def block_lines(self, view: ShownBlock, first: int = 0, last: int | None = None) -> list[Strip]:
        """The lines ``view`` is drawn as, the view's full width each; ``first`` to ``last``
        (excluded) only, when given: only the text of those lines is styled and drawn."""
        self._layout()
        i = self._blocks.index(view)
        text_width = self._text_width(i)
        starts = view.wrapped_starts(text_width)
        kinsoku = view.kinsoku(text_width)
        count = len(starts) if kinsoku is None else len(kinsoku)
        last = count if last is None else min(last, count)
        if first <= 0 and last >= count:
            return self._block_window(view, i, 0, count, None)
        # The text of those lines: from the first one's start to where the line after the last
        # starts, less the spaces a break drops (left in, they could wrap onto a line of their own).
        low = starts[first] if kinsoku is None else kinsoku[first][0]
        high = (starts[last] if last < count else len(view.drawn_text)) if kinsoku is None else kinsoku[last - 1][1]
        high = low + len(view.drawn_text[low:high].rstrip())
        lines = self._block_window(view, i, first, last, (low, high))
        if len(lines) != last - first:  # wrapped otherwise from there (cannot happen; never draw wrong)
            lines = self._block_window(view, i, 0, count, None)[first:last]
        return lines

    def _block_window(
        self, view: ShownBlock, i: int, first: int, last: int, window: tuple[int, int] | None
    ) -> list[Strip]:
        """Lines ``first`` to ``last`` of block ``i``, drawn from its shown text's ``window``
        (None: the whole block)."""
        width = self._width
        block_width = self._block_width()
        text_width = self._text_width(i)
        base = self.visual_style
        if view.block.kind == "title":
            base += Style(bold=True)
        is_cursor = i == self.cursor
        style = base + self._component("article-view--cursor") if is_cursor else base
        span = self._selected(i)
        selected = (*span, self._selection_style()) if span is not None else None
        if window is not None and view.shown is None:
            # Only the highlights over the window's text (its offsets are the block's, shown as
            # they are): scrolling a 2 MB paragraph mapped all its 40,000 highlights per window,
            # and scanning them all per window was O(highlights) each (s35-rv2 15).
            low_at, high_at = view.block.start + window[0], view.block.start + window[1]
            highlights = self._window_highlights(i, low_at, high_at)
        else:
            highlights = self._block_highlights(i)
        content = view.content(highlights, selected, window)
        low = window[0] if window is not None else 0
        kinsoku = view.kinsoku(text_width)
        if kinsoku is not None:
            # Lines broken where no CJK line begins with closing punctuation: drawn one per
            # line (each fits, Textual breaks none), a segment's offset from its line's start.
            content = Content("\n").join(kinsoku_wrap(content, [(a - low, b - low) for a, b in kinsoku[first:last]]))
            starts_drawn = [start for start, _end in kinsoku[first:last]]
        else:
            starts_drawn = [low + start for start in line_starts(content.plain)]
        drawn = Visual.to_strips(self, content, text_width, None, style, pad=True, apply_selection=False)
        text = with_offsets(drawn, starts_drawn, i)
        fill = style.rich_style
        starts = view.wrapped_starts(text_width)
        right = [Segment(" " * (width - block_width), self.visual_style.rich_style)] if width > block_width else []
        lines = []
        for number, line in enumerate(text, first):
            # The cells left of the text stand for the line's first character (a press there
            # starts a selection at the line's start): one segment per cell, as Textual adds
            # the column within a segment to its offset.
            at = offset_style(i, starts[min(number, len(starts) - 1)] if starts else 0, margin=True)
            if is_cursor:
                bar = (style + self._component("article-view--cursor-bar")).rich_style
                left = [Segment(CURSOR_BAR, bar + at), Segment(" ", fill + at)]
            else:
                left = [Segment(" ", fill + at)] * (block_width - text_width)
            # One Strip per line, from segments: joining strips makes several Strips (each with
            # caches of its own) for every line drawn.
            lines.append(Strip([*left, *line[0], *right], width))
        return lines

    def _component(self, name: str) -> Style:
        return Style.from_styles(self.get_component_styles(name))

    # -- mouse selection ------------------------------------------------------------------------

    def _selection_style(self) -> Style:
        return Style.from_styles(self.screen.get_component_styles("screen--selection"))

    def _selected(self, index: int) -> tuple[int, int] | None:
        """The characters of block ``index``'s shown text inside the mouse selection."""
        selection = self.text_selection
        points = self.selection_points(selection)
        if points is None:
            return None
        return selected_span(selection, points, index, len(self._blocks[index].shown_text))

    def _piece_count(self) -> int:
        return len(self._blocks)

    def _piece_text(self, piece: int) -> str:
        return self._blocks[piece].drawn_text

    def _point_at(self, line: int, column: int) -> Point:
        i = bisect_right(self._tops, line) - 1
        if i < 0 or not self._blocks:
            return 0, 0
        view = self._blocks[i]
        within = line - self._tops[i]
        if within >= self._heights[i]:
            return i, len(view.shown_text)  # the blank line after it: its end
        starts = view.wrapped_starts(self._text_width(i))
        start = starts[min(within, len(starts) - 1)]
        end = starts[within + 1] if within + 1 < len(starts) else len(view.shown_text)
        return i, min(start + column, end)

    def _blank_line(self, after: int, width: int, style: RichStyle) -> Strip:
        if not self._blocks:
            return Strip.blank(width, style)
        at = (0, 0) if after < 0 else (after, len(self._blocks[after].shown_text))
        return Strip([Segment(" " * width, style + offset_style(*at))], width)

    @property
    def selected_text(self) -> str | None:
        """The text under the mouse selection, as shown (blocks a blank line apart), or None."""
        selection = self.text_selection
        if selection is None:
            return None
        got = self.get_selection(selection)
        return got[0] if got is not None and got[0] else None
