"""A scroll view of items of different heights stacked top to bottom (an article's blocks, a
comparison's rows), drawn with Textual's line API: only the lines on screen are made (an item's lines a window of
``WINDOW_LINES`` at a time), and they are kept once drawn until the layout, the style or the mouse
selection changes.

Mouse selection (Textual's text selection: press, drag, ``ctrl+c``) works on *pieces* of text
(a block; one side of a row): every segment drawn carries, in its style's meta, the ``offset``
Textual reads under the pointer, here ``(character in the piece's text, SELECT_BASE + piece)``,
so a selection is a range of pieces and characters, whatever the wrapping or the scroll.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Hashable, Iterable, Sequence

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.geometry import Offset, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style

from waic_reader.index.corpus.quote_marks import CLOSING_MARKS, OPENING_MARKS

WINDOW_LINES = 64
"""An item's lines are drawn and kept this many at a time: a 2 MB paragraph is 30,000 lines,
and drawing all of them to show one screenful froze the app for seconds (t13x F15)."""

SELECT_BASE = 1 << 20
"""Selection offsets' rows start here. Textual gives an offset below it for a press on the
widget's padding: the (column, row) of the pointer in the content region."""

Point = tuple[int, int]  # (piece, character in its text)


def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` (split at newlines, as Content draws it) starts."""
    return [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]


# Characters one cell wide (Latin, Greek, Cyrillic, general punctuation, currency signs), as Rich
# measures them: a line made of these alone is wrapped by counting characters.
_ONE_CELL = frozenset(
    c
    for low, high in ((0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x52F), (0x2010, 0x205E), (0x20A0, 0x20C0))
    for c in map(chr, range(low, high + 1))
    if get_character_cell_size(c) == 1
)
_LAST_WORD_END = re.compile(r".*\S(?=\s)", re.S)  # up to the last word's end before endpos
_WORD_END = re.compile(r"\s*\S+")
_SPACES = re.compile(r"\s*")


def wrapped_height(text: str, width: int) -> int:
    """How many lines ``Content(text).wrap(width)`` makes (Rich's greedy word wrap, a word
    longer than the width folded), without making them: a layout needs every item's height,
    but only the items on screen are drawn. ~15x faster than wrapping (1.5 ms instead of 25 for
    a 4,900-word article); lines holding characters that are not one cell wide (CJK, tabs,
    controls) are wrapped by Textual itself. ``tests/tui/test_wrapped_height.py`` holds it to
    ``len(Content(text).wrap(width))``."""
    if width < 1:
        return len(Content(text).wrap(width))
    total = 0
    for line in text.split("\n"):  # as Content.split("\n", allow_blank=True)
        total += _one_cell_height(line, width) if _ONE_CELL.issuperset(line) else len(Content(line).wrap(width))
    return total


def _one_cell_height(text: str, width: int) -> int:
    """:func:`wrapped_height` of one line of one-cell characters (see :func:`_one_cell_breaks`)."""
    return 1 + len(_one_cell_breaks(text, width))


def _one_cell_breaks(text: str, width: int) -> list[int]:
    """Where the lines after the first of ``text`` (one line of one-cell characters) wrapped to
    ``width`` start, as Rich's ``divide_line`` divides it, a line at a time instead of a word at
    a time. A word is its leading spaces (at the text's start), its characters and the spaces
    after it; it joins the line while its characters end within ``width`` of the line's start;
    one that cannot fit on any line is folded every ``width`` characters, its spaces after it
    included (so they may make a line of their own)."""
    rest_end = len(text.rstrip())  # str.isspace is re's \s
    breaks: list[int] = []
    start = word = 0  # the current line's start, and the next word's
    while rest_end > start + width:
        # The words that fit on this line: up to the last word end within its width.
        fits = _LAST_WORD_END.match(text, word, start + width + 1)
        if fits is not None:
            word = _end(_SPACES.match(text, fits.end()), fits.end())
        # The word at ``word`` does not fit on this line.
        word_end = _end(_WORD_END.match(text, word), word)
        if word_end - word > width:
            after = _end(_SPACES.match(text, word_end), word_end)
            chunks = -(-(after - word) // width)
            breaks.extend(word + k * width for k in range(0 if word else 1, chunks))
            start = word + (chunks - 1) * width
            word = after
        else:
            breaks.append(word)
            start = word
    return breaks


def wrapped_line_starts(text: str, width: int) -> list[int]:
    """``wrapped_starts(text, Content(text).wrap(width))`` without wrapping: lines of one-cell
    characters divided as :func:`wrapped_height` counts them, the others wrapped by Textual.
    A 2 MB paragraph took seconds to wrap on every draw and every jump (t13x F15); this takes
    tens of milliseconds. ``tests/tui/test_wrapped_height.py`` holds it to the wrap."""
    if width < 1:
        return wrapped_starts(text, Content(text).wrap(width))
    pieces: list[str] = []  # each wrapped line's text, stripped (what wrapped_starts finds)
    for line in text.split("\n"):
        if _ONE_CELL.issuperset(line):
            cuts = [0, *_one_cell_breaks(line, width), len(line)]
            pieces.extend(line[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False))
        else:
            pieces.extend(wrapped.plain.strip() for wrapped in Content(line).wrap(width))
    return _starts_of(text, pieces)


def _end(match: re.Match[str] | None, default: int) -> int:
    """Where ``match`` ends, or ``default`` when nothing matched."""
    return match.end() if match is not None else default


# Characters that never begin a line of CJK text (kinsoku shori): closing punctuation and closing
# quotes and brackets, full-width. Rich folds a run of CJK text (no spaces) at the width, so
# "。" stood alone at a line's start. None is one cell wide (_ONE_CELL): lines of those keep
# their fast height (wrapped_height), and Latin text wraps as before.
NO_LINE_START = frozenset(CLOSING_MARKS + "、。，．・：；？！）］｝〕〉》】〙〗〟｠｡､｣") - _ONE_CELL
# Characters that never end a line of CJK text (kinsoku shori's other half, JIS X 4051's opening
# brackets, W3C "Requirements for Japanese Text Layout" 3.1.7): opening quotes and brackets,
# full-width, which belong with what follows them ("（KVH）" had its "（" left at a line's end).
NO_LINE_END = frozenset(OPENING_MARKS + "（［｛〔〈《【〘〖〝｟｢") - _ONE_CELL


def _word_char(ch: str) -> bool:
    """A letter, digit or combining mark at most one cell wide: a character of a word of a
    spaced script (Latin, Greek, Cyrillic; digits). Rich folds a run of CJK text without spaces
    at the width, wherever it falls: inside a Latin word or a number in that run too
    ("ペニャルビア（Peñarr" / "ubia）", t13at N10). CJK may break between any two of its
    characters; such a word moves to the next line whole (W3C "Requirements for Japanese Text
    Layout" 3.1.9: a Western word is not broken)."""
    return (ch.isalnum() or unicodedata.category(ch).startswith("M")) and get_character_cell_size(ch) <= 1


def kinsoku_lines(text: str, width: int) -> list[tuple[int, int]] | None:
    """The (start, end) in ``text`` of each line of ``text`` wrapped to ``width`` cells as
    Rich's greedy wrap does, but a break that would begin a line with a :data:`NO_LINE_START`
    character or end one with a :data:`NO_LINE_END` character moved back over the characters
    before it (the last of the line goes down with it, as a typesetter's *oidashi*), the rest
    wrapped again from there; and a break inside a word of a spaced script (:func:`_word_char`
    on both sides) moved back to the word's start likewise. None when Rich's own wrap breaks no
    line so (draw and measure with ``Content.wrap`` then). A line's end is where the next starts
    (its spaces at the break included; drawn, they are dropped)."""
    if width < 2 or (NO_LINE_START.isdisjoint(text) and NO_LINE_END.isdisjoint(text) and _ONE_CELL.issuperset(text)):
        return None  # (a line of one-cell characters is folded only in a word longer than it)
    lines: list[tuple[int, int]] = []
    moved = False
    base = 0
    for line in text.split("\n"):
        start = 0
        # A line at a time, each break found by wrapping only the text from the line's start
        # on (Rich's greedy wrap starts afresh at every break): wrapping the rest of a paragraph
        # after each moved break made a long CJK paragraph quadratic (review s35-rv 11).
        while (at := _next_break(line, start, width)) is not None:
            new = moved_break(line, start, at, ends=True)
            if new == at:  # (no break keeps both rules: "「の」" on lines of two cells)
                new = moved_break(line, start, at, ends=False)
            if new == at:
                lines.append((base + start, base + at))
                start = at
                continue
            moved = True
            lines.append((base + start, base + new))
            start = new
        lines.append((base + start, base + len(line)))
        base += len(line) + 1
    return lines if moved else None


def moved_break(line: str, start: int, at: int, ends: bool) -> int:
    """Where the break at ``at`` of ``line`` (its line starting at ``start``) goes: moved back
    while it would begin a line with a :data:`NO_LINE_START` character or, ``ends``, end one
    with a :data:`NO_LINE_END` character, never past a space (a break at a space is no break
    inside a run of CJK text) nor to the line's start, and, ``ends``, while it falls inside a word
    of a spaced script; ``at`` when no such place is found. (Without ``ends``, the fallback where
    no break keeps every rule, a word too long for the line with its opening bracket is cut as
    Rich cuts it: its bracket is not left alone at a line's end.)"""

    def bad(k: int) -> bool:
        return (
            line[k] in NO_LINE_START
            or (ends and line[k - 1] in NO_LINE_END)
            or (ends and _word_char(line[k - 1]) and _word_char(line[k]))
        )

    new = at
    while new > start + 1 and bad(new) and not line[new - 1].isspace():
        new -= 1
    return at if bad(new) else new


def _next_break(line: str, start: int, width: int) -> int | None:
    """Where the line after the one starting at ``start`` of ``line`` starts, wrapped to
    ``width`` cells; None when the rest fits one line. Only a piece of the rest is wrapped: a
    line and the next word's start lie within ``3 * width + 2`` characters (each at least a
    cell wide), and a word cut at the piece's end is then longer than the room left anyway;
    a piece that fits one line (zero-width characters) is doubled until it does not."""
    size = 3 * width + 2
    while True:
        piece = line[start : start + size]
        found = _breaks(piece, width)
        if found:
            return start + found[0]
        if start + size >= len(line):
            return None
        size *= 2


def _breaks(line: str, width: int) -> list[int]:
    """Where the lines after the first of ``line`` wrapped to ``width`` cells start: the breaks
    ``Content.wrap`` makes (the wrap the reader draws with), through the public API."""
    return wrapped_starts(line, Content(line).wrap(width))[1:] if line else []


def kinsoku_wrap(content: Content, lines: Sequence[tuple[int, int]]) -> list[Content]:
    """``content`` cut at :func:`kinsoku_lines`' lines, the spaces ending each dropped."""
    return [content[start:end].rstrip() for start, end in lines]


def wrapped_starts(text: str, lines: Sequence[Content]) -> list[int]:
    """Where each of ``lines`` (``text`` wrapped; the spaces at a break dropped) starts in ``text``."""
    return _starts_of(text, [line.plain.strip() for line in lines])


def _starts_of(text: str, pieces: Iterable[str]) -> list[int]:
    """Where each of ``pieces`` (``text``'s wrapped lines, stripped) starts in ``text``; an empty
    one where the piece before it ends."""
    starts: list[int] = []
    position = 0
    for piece in pieces:
        found = text.find(piece, position) if piece else -1
        start = found if found >= 0 else position
        starts.append(start)
        position = start + len(piece)
    return starts


def offset_style(piece: int, char: int, margin: bool = False) -> RichStyle:
    """The style meta of a segment showing ``piece`` from character ``char`` on. ``margin``: a
    segment beside the text standing for ``char`` (marked so that it is never merged with the
    text's first segment, which carries the same offset: the drawing would change)."""
    meta: dict[str, object] = {"offset": (char, SELECT_BASE + piece)}
    if margin:
        meta["margin"] = True
    return RichStyle.from_meta(meta)


def with_offsets(strips: Iterable[Strip], starts: list[int], piece: int) -> list[tuple[list[Segment], int]]:
    """``strips``, drawn from one Content by ``Visual.to_strips`` (each segment's ``offset`` is
    its column in its line of the Content and that line's number), with offsets into the whole
    text of ``piece`` instead: each line's segments and its cell length, to be joined with what
    is drawn beside it into one Strip (a Strip per piece of a line is eight objects, its caches,
    made and dropped)."""
    out = []
    for strip in strips:
        segments = []
        for segment in strip:
            style = segment.style
            offset = style.meta.get("offset") if style is not None and style.meta else None
            if style is not None and offset is not None:
                x, y = offset
                style = style + offset_style(piece, starts[min(y, len(starts) - 1)] + x)
                segment = Segment(segment.text, style)
            segments.append(segment)
        out.append((segments, strip.cell_length))
    return out


def selected_span(
    selection: Selection | None, points: tuple[Point, Point] | None, piece: int, length: int
) -> tuple[int, int] | None:
    """The characters of ``piece`` (its text ``length`` long) inside the selection whose ends
    are ``points``."""
    if selection is None or points is None:
        return None
    (p0, c0), (p1, c1) = points
    if not p0 <= piece <= p1:
        return None
    start = c0 if piece == p0 else 0
    end = c1 if piece == p1 else length
    start, end = max(0, min(start, length)), max(0, min(end, length))
    return (start, end) if start < end else None


class StackedView(ScrollView):
    """Subclasses lay their items out at a width in :meth:`_measure` (setting ``_tops``: each
    item's first line, ``_heights``: its number of lines; returning the lines of them all), give
    a cheap lower bound of that in :meth:`_min_height`, count them in :meth:`_item_count` and
    draw one in :meth:`_draw_item` (its lines, the view's full width each). A line between
    items, or past the last, is blank. :meth:`_layout` lays them out for the view's width
    (``_width``) when it changed; :meth:`_relayout` makes the next one lay out again.

    For selection they name their pieces of text (:meth:`_piece_count`, :meth:`_piece_text`),
    the piece and character at a line and column (:meth:`_point_at`) and what a blank line
    after an item stands for (:meth:`_blank_line`)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._tops: list[int] = []  # first line of each item
        self._heights: list[int] = []
        # (item, window) -> the item's lines in that window of WINDOW_LINES, made when first drawn
        self._strips: dict[tuple[int, int], list[Strip]] = {}
        self._strips_style: Hashable = None  # the styles _strips were drawn with (_style_key)
        self._style_checked = False
        self._width = -1  # the width the items are laid out for
        self._laid_for = -1  # the view's width then (wider by a scrollbar about to be shown)

    def notify_style_update(self) -> None:
        """The styles were applied again: the theme or the CSS changed, or only a pseudo-class
        no rule of this view names (``:focus`` when ``y`` or ``tab`` moves the focus between
        compare's views, ``:hover``). The lines drawn are kept unless the styles they are drawn
        with changed (checked when next drawn: the ancestors' styles, which the view's colours
        are blended with, may be applied after this)."""
        super().notify_style_update()
        self._style_checked = False

    def _style_key(self) -> Hashable:
        """Everything the items' lines take their colours from: the theme, the view's style,
        its components' and the selection's."""
        components = tuple(
            Style.from_styles(self.get_component_styles(name)) for name in sorted(self.COMPONENT_CLASSES)
        )
        selection = Style.from_styles(self.screen.get_component_styles("screen--selection"))
        return self.app.theme, self.visual_style, components, selection

    def _relayout(self) -> None:
        """The items changed: lay them out again when next needed."""
        self._width = self._laid_for = -1

    def _layout(self) -> None:
        """Lay the items out for the view's width, if they are not laid out for it already.

        A view filled while its content fits (empty, as a screen opens) gets a vertical
        scrollbar from Textual at the next layout pass, once the content is taller than the
        view: its width shrinks by the scrollbar, so everything would be laid out again, the
        virtual size would change again and the screen would make another layout and paint
        pass (~15 ms on opening a long comparison). The items are laid out at once for the
        width left beside that scrollbar (see :meth:`_scrollbar_to_come`)."""
        width = self.scrollable_content_region.width
        if width <= 0 or width in (self._width, self._laid_for):
            return
        self._laid_for = width
        self._strips.clear()
        bar = self._scrollbar_to_come(self._min_height())
        self._width = max(1, width - bar)
        height = self._measure(self._width)
        if not bar and (bar := self._scrollbar_to_come(height)):
            self._width = max(1, width - bar)
            height = self._measure(self._width)
        self.virtual_size = Size(self._width, height)
        self._laid_out()
        self.refresh()

    def _scrollbar_to_come(self, height: int) -> int:
        """The columns of the vertical scrollbar Textual will show once the content is
        ``height`` lines tall, if it does not show it now: one is shown when the content is
        taller than the view (``overflow-y: auto``), as ``Widget._refresh_scrollbars`` decides."""
        styles = self.styles
        if styles.overflow_y != "auto" or styles.scrollbar_gutter == "stable" or self.show_vertical_scrollbar:
            return 0
        return styles.scrollbar_size_vertical if height > self.container_size.height else 0

    def on_resize(self) -> None:
        """A new size: what the scrollbar will be is decided again (see :meth:`_layout`)."""
        self._laid_for = -1
        self._layout()

    def _measure(self, width: int) -> int:
        raise NotImplementedError

    def _min_height(self) -> int:
        raise NotImplementedError

    def _laid_out(self) -> None:
        """Called after each layout (a subclass keeps a position in view)."""

    def _item_count(self) -> int:
        raise NotImplementedError

    def _draw_item(self, index: int) -> list[Strip]:
        raise NotImplementedError

    def _piece_count(self) -> int:
        raise NotImplementedError

    def _piece_text(self, piece: int) -> str:
        """The text of ``piece`` as shown (what a selection copies of it)."""
        raise NotImplementedError

    def _point_at(self, line: int, column: int) -> Point:
        """The piece and character shown at ``line`` (of the scrollable column) and ``column``."""
        raise NotImplementedError

    def _blank_line(self, after: int, width: int, style: RichStyle) -> Strip:
        """A line with no text after item ``after`` (-1: before the first): a press there
        stands for the end of the item before it."""
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        if not self._style_checked:
            self._style_checked = True
            key = self._style_key()
            if key != self._strips_style:
                self._strips.clear()  # draw again with the new colours
                self._strips_style = key
        self._layout()
        line = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        base = self.visual_style.rich_style
        index = bisect_right(self._tops, line) - 1
        count = self._item_count()
        if index >= count:
            index = count - 1
        if index < 0:
            return self._blank_line(-1, width, base)
        offset = line - self._tops[index]
        if offset >= self._heights[index]:
            return self._blank_line(index, width, base)  # the blank line between items
        window, row = divmod(offset, WINDOW_LINES)
        strips = self._strips.get((index, window))
        if strips is None:
            first = window * WINDOW_LINES
            last = min(first + WINDOW_LINES, self._heights[index])
            strips = self._strips[index, window] = self._draw_lines(index, first, last)
        return strips[row]

    def _draw_lines(self, index: int, first: int, last: int) -> list[Strip]:
        """Lines ``first`` to ``last`` (excluded) of item ``index``: those of :meth:`_draw_item`,
        unless a subclass draws a window of a tall item by itself. The item is drawn whole once,
        and every window of it kept (a comparison's row taller than a window was drawn again for
        each: review s35-rv 12)."""
        lines = self._draw_item(index)
        for start in range(0, len(lines), WINDOW_LINES):
            self._strips.setdefault((index, start // WINDOW_LINES), lines[start : start + WINDOW_LINES])
        return lines[first:last]

    def _forget_item(self, index: int) -> None:
        """Item ``index`` is drawn anew when next shown (its highlights or its row changed)."""
        for key in [key for key in self._strips if key[0] == index]:
            del self._strips[key]

    # -- selection ------------------------------------------------------------------------------

    def _point(self, offset: Offset | None, at_start: bool) -> Point:
        if offset is None:  # open-ended: from the first piece's start, to the last one's end
            last = self._piece_count() - 1
            return (0, 0) if at_start else (last, len(self._piece_text(last)) if last >= 0 else 0)
        if offset.y >= SELECT_BASE:
            piece = offset.y - SELECT_BASE
            last = self._piece_count() - 1
            if piece > last:  # a selection made over longer content: up to the end of this one's
                return (last, len(self._piece_text(last))) if last >= 0 else (0, 0)
            return piece, min(offset.x, len(self._piece_text(piece)))
        # Pressed on the padding: Textual's offset is where the pointer is in the content region.
        self._layout()
        return self._point_at(self.scroll_offset.y + offset.y, offset.x)

    def selection_points(self, selection: Selection | None = None) -> tuple[Point, Point] | None:
        """The selection's first and last (piece, character), in order; None: nothing selected."""
        selection = selection if selection is not None else self.text_selection
        if selection is None or not self._piece_count():
            return None
        a, b = self._point(selection.start, True), self._point(selection.end, False)
        return (a, b) if a <= b else (b, a)

    def _pieces_selected(self, points: tuple[Point, Point]) -> range:
        """The pieces a selection from ``points[0]`` to ``points[1]`` takes in, in order."""
        return range(points[0][0], points[1][0] + 1)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text as shown, its pieces a blank line apart (Textual's copy asks)."""
        points = self.selection_points(selection)
        if points is None:
            return None
        parts = []
        for piece in self._pieces_selected(points):
            text = self._piece_text(piece)
            span = selected_span(selection, points, piece, len(text))
            if span is not None:
                parts.append(text[span[0] : span[1]])
        return "\n\n".join(parts), "\n"

    def forget_selection(self) -> None:
        """Drop the screen's text selection when it is in this view: called when the view's
        content is replaced, since Textual keeps a selection's pieces and offsets, which would
        then point into the new content (copying text the user never selected, or past its end)."""
        if self.is_mounted and self.text_selection is not None:
            self.screen.clear_selection()

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()  # the selection is drawn into the items' lines
        self.refresh()
