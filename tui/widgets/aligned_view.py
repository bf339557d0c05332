"""AlignedView: the comparison's aligned rows (A's sentence, a gutter, B's sentence) in one widget.

One row per pair of sentences or per sentence only one side has, a blank line between rows. The
rows are drawn with Textual's line API: the cells are wrapped once per width (cached), and only
the lines on screen are turned into strips. A widget per row (three per row with its cells) made
showing, hiding and scrolling a long comparison cost hundreds of milliseconds: every widget is
styled, laid out and sent show/hide messages.

Text selection with the mouse works on the cells (:mod:`waic_reader.tui.widgets.stacked_view`):
a drag down one side takes in that side's sentences only; a drag from one side to the other,
both sides' cells in reading order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

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
    wrapped_starts,
)

# A place in the rows (AlignedView.place): (side A's text, side B's, the row's index, its lines
# scrolled past) for the row at the top of the view, then each row below it on screen.
RowPlace = list[tuple[str, str, int, int]]
GUTTER = 6  # cells: a score such as "0.87↕" centred
ONLY_MARK = "▌"  # the left edge of a cell only one side has (as CSS ``border-left: outer``)


class Cell:
    """One side of a row: its text (styled), and whether only this side has it or it is the
    continuation of a sentence shown in a neighbouring row.

    ``content`` is the styled text, or a function making it, called when the cell is first
    drawn (or its content asked for); ``plain``, its characters, must be given with a function:
    the layout needs only them, so a comparison's cells are styled only once on screen (styling
    all ~600 cells of a long comparison was ~7 ms of opening it, most of them below the fold)."""

    __slots__ = ("_content", "_make", "continued", "only", "plain")

    def __init__(
        self,
        content: Content | Callable[[], Content],
        only: bool = False,
        continued: bool = False,
        *,
        plain: str | None = None,
    ) -> None:
        self.only = only
        self.continued = continued
        if isinstance(content, Content):
            self._content: Content | None = content
            self._make: Callable[[], Content] | None = None
            self.plain = content.plain
        else:
            if plain is None:
                raise ValueError("a cell made on first use needs its plain text")
            self._content, self._make, self.plain = None, content, plain

    @property
    def content(self) -> Content:
        if self._content is None:
            assert self._make is not None
            self._content, self._make = self._make(), None
        return self._content


@dataclass(frozen=True)
class AlignedRow:
    a: Cell
    gutter: str
    b: Cell
    is_difference: bool  # a sentence only one side has (what ] and [ step through)


class AlignedView(StackedView, can_focus=True):
    """The rows of :meth:`show`; :attr:`current` (a row index or -1) has its gutter highlighted."""

    COMPONENT_CLASSES = {
        "aligned-view--only",
        "aligned-view--only-mark",
        "aligned-view--continued",
        "aligned-view--gutter",
        "aligned-view--current",
    }

    DEFAULT_CSS = """
    AlignedView { padding: 0; }
    AlignedView > .aligned-view--only { background: $error 12%; }
    AlignedView > .aligned-view--only-mark { color: $error; }
    AlignedView > .aligned-view--continued { color: $text-muted; text-style: italic; }
    AlignedView > .aligned-view--gutter { color: $text-muted; }
    AlignedView > .aligned-view--current { background: $accent; color: $text; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.rows: list[AlignedRow] = []
        self.current = -1

    def show(self, rows: list[AlignedRow]) -> None:
        self.forget_selection()  # the rows are new: a selection's pieces would point into them
        self.rows = rows
        self.current = -1
        self._relayout()
        self._layout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def place(self) -> RowPlace:
        """What the top of the view shows: the row there (its two sides' text, its index, its
        lines scrolled past; -1: the blank line above it), then the rows below it on screen, so
        that :meth:`keep_place` finds the place again in rows made anew (a realignment after
        the marks moved)."""
        self._layout()
        if not self.rows or not self._tops:
            return []
        top = round(self.scroll_y)
        bottom = top + max(1, self.scrollable_content_region.height)
        first = max(0, bisect_right(self._tops, top) - 1)
        if top >= self._tops[first] + self._heights[first] and first + 1 < len(self.rows):
            first += 1  # the blank line after a row: kept above the next one
        place = [(self.rows[first].a.plain, self.rows[first].b.plain, first, top - self._tops[first])]
        for i in range(first + 1, len(self.rows)):
            if self._tops[i] >= bottom:
                break
            place.append((self.rows[i].a.plain, self.rows[i].b.plain, i, 0))
        return place

    def find_row(self, a: str, b: str, near: int) -> int | None:
        """The row with these two sides (else with side A's text, else B's, when not empty)
        nearest row ``near``; None if none has."""
        for want in ((a, b), (a, None), (None, b)):
            if not any(want):
                continue  # an empty side alone says nothing
            same = [
                i
                for i, row in enumerate(self.rows)
                if (want[0] is None or row.a.plain == want[0]) and (want[1] is None or row.b.plain == want[1])
            ]
            if same:
                return min(same, key=lambda i: abs(i - near))
        return None

    def keep_place(self, place: RowPlace) -> bool:
        """Scroll so :meth:`place`'s rows are at the top again; False: none of them is here."""
        self._layout()
        for a, b, index, rows in place:
            i = self.find_row(a, b, index)
            if i is not None and i < len(self._tops):
                y = max(0, self._tops[i] + min(rows, max(0, self._heights[i] - 1)))
                self.scroll_to(y=y, animate=False, immediate=True, force=True)
                return True
        return False

    def set_current(self, index: int) -> None:
        for row in (self.current, index):
            self._forget_item(row)
        self.current = index
        self.refresh()

    def row_top(self, index: int) -> int:
        """The line ``index``'s row starts on (0 = the first line)."""
        self._layout()
        return self._tops[index] if 0 <= index < len(self._tops) else 0

    # -- layout -------------------------------------------------------------------------------

    def _cell_widths(self, width: int) -> tuple[int, int]:
        a = max(4, (width - GUTTER) // 2)
        return a, max(4, width - GUTTER - a)

    def _min_height(self) -> int:
        return 2 * len(self.rows)  # a line each at least, and the blank line after it

    def _measure(self, width: int) -> int:
        wa, wb = self._cell_widths(width)
        tops, heights, y = [], [], 0
        for row in self.rows:
            h = max(1, _text_height(row.a, wa), _text_height(row.b, wb))
            tops.append(y)
            heights.append(h)
            y += h + 1  # a blank line after every row
        self._tops, self._heights = tops, heights
        return y

    # -- drawing ------------------------------------------------------------------------------

    def _item_count(self) -> int:
        return len(self.rows)

    def row_lines(self, index: int) -> list[Strip]:
        """The lines row ``index`` is drawn as (its two cells and the gutter), as on screen."""
        self._layout()
        return self._draw_item(index)

    def _draw_item(self, index: int) -> list[Strip]:
        row = self.rows[index]
        wa, wb = self._cell_widths(self._width)
        height = self._heights[index]
        a = self._cell(row.a, wa, height, 2 * index)
        b = self._cell(row.b, wb, height, 2 * index + 1)
        gutter_style = self._component("aligned-view--current" if index == self.current else "aligned-view--gutter")
        excess = max(0, GUTTER - len(row.gutter))
        centred = " " * (excess // 2) + row.gutter + " " * ((excess + 1) // 2)  # as text-align: center
        blank = [Segment(" " * GUTTER, self._component("aligned-view--gutter").rich_style)]
        g = [[Segment(centred, gutter_style.rich_style)]] + [blank] * (height - 1)
        # One Strip per line, from segments (a Strip is eight objects: its caches).
        return [Strip([*a[i], *g[i], *b[i]]) for i in range(height)]

    def _component(self, name: str) -> Style:
        """The component's style laid over this widget's own (a translucent background blended)."""
        return self.visual_style + Style.from_styles(self.get_component_styles(name))

    def _cell(self, cell: Cell, width: int, height: int, piece: int) -> list[list[Segment]]:
        """``height`` lines of ``width`` cells (the segments of each): a cell of padding either
        side, an edge mark on a cell only one side has, the text wrapped in between; ``piece``:
        the cell's number for the mouse selection (``2 * row + side``)."""
        base = self.visual_style
        if cell.only:
            style = self._component("aligned-view--only")
            edge = style + Style.from_styles(self.get_component_styles("aligned-view--only-mark"))
        elif cell.continued:
            style = edge = self._component("aligned-view--continued")
        else:
            style = edge = base
        inner = max(1, width - 2 - (1 if cell.only else 0))
        content = cell.content
        span = self._selected(piece)
        if span is not None:
            content = content.stylize(Style.from_styles(self.screen.get_component_styles("screen--selection")), *span)
        kinsoku = kinsoku_lines(cell.plain, inner)
        if kinsoku is not None:
            # No CJK line begins with closing punctuation: drawn a line per Content line.
            content = Content("\n").join(kinsoku_wrap(content, kinsoku))
        drawn = Visual.to_strips(self, content, inner, None, style, pad=True, apply_selection=False) if content else []
        plain = self._piece_text(piece)
        begins = [start for start, _end in kinsoku] if kinsoku is not None else None
        text = with_offsets(drawn, begins or line_starts(plain), piece)
        starts = (begins or wrapped_starts(plain, cell.content.wrap(inner))) if plain else []
        fill = style.rich_style
        end = offset_style(piece, len(plain))  # below the text: its end
        lines = []
        for i in range(height):
            # Left of the text: the line's first character (one segment per cell: Textual adds
            # the column within a segment to its offset).
            at = offset_style(piece, starts[i], margin=True) if i < len(starts) else end
            if cell.only:
                left = [Segment(ONLY_MARK, edge.rich_style + at), Segment(" ", fill + at)]
            else:
                left = [Segment(" ", fill + at)]
            body, cells = text[i] if i < len(text) else ([Segment(" " * inner, fill + end)], inner)
            segments = [*left, *body, Segment(" ", fill)]
            if len(left) + cells + 1 != width:  # a cell narrower than its padding: cut to width
                segments = list(Strip(segments).adjust_cell_length(width, fill))
            lines.append(segments)
        return lines

    # -- mouse selection ----------------------------------------------------------------------

    def _selected(self, piece: int) -> tuple[int, int] | None:
        selection = self.text_selection
        points = self.selection_points(selection)
        if points is None or piece not in self._pieces_selected(points):
            return None
        return selected_span(selection, points, piece, len(self._piece_text(piece)))

    def _piece_count(self) -> int:
        return 2 * len(self.rows)

    def _piece_cell(self, piece: int) -> Cell:
        row = self.rows[piece // 2]
        return row.b if piece % 2 else row.a

    def _piece_text(self, piece: int) -> str:
        cell = self._piece_cell(piece)
        return "" if cell.continued else cell.plain  # a placeholder is not the article's

    def _pieces_selected(self, points: tuple[Point, Point]) -> range:
        first, last = points[0][0], points[1][0]
        # Both ends on one side: that side's cells only, not the other column between them.
        return range(first, last + 1, 2 if first % 2 == last % 2 else 1)

    def _point_at(self, line: int, column: int) -> Point:
        i = bisect_right(self._tops, line) - 1
        if i < 0 or not self.rows:
            return 0, 0
        wa, wb = self._cell_widths(self._width)
        side = 0 if column < wa + GUTTER // 2 else 1
        piece = 2 * i + side
        plain = self._piece_text(piece)
        within = line - self._tops[i]
        cell = self._piece_cell(piece)
        inner = max(1, (wb if side else wa) - 2 - (1 if cell.only else 0))
        kinsoku = kinsoku_lines(cell.plain, inner)
        begins = [start for start, _end in kinsoku] if kinsoku is not None else None
        starts = (begins or wrapped_starts(plain, cell.content.wrap(inner))) if plain else []
        return piece, starts[within] if within < len(starts) else len(plain)

    def _blank_line(self, after: int, width: int, style: RichStyle) -> Strip:
        if not self.rows:
            return Strip.blank(width, style)
        wa, _wb = self._cell_widths(width)
        if after < 0:
            a, b = (0, 0), (1, 0)
        else:
            a = (2 * after, len(self._piece_text(2 * after)))
            b = (2 * after + 1, len(self._piece_text(2 * after + 1)))
        segments = [
            Segment(" " * wa, style + offset_style(*a)),
            Segment(" " * GUTTER, style),
            Segment(" " * max(0, width - wa - GUTTER), style + offset_style(*b)),
        ]
        return Strip(segments, width)


def _text_height(cell: Cell, width: int) -> int:
    inner = max(1, width - 2 - (1 if cell.only else 0))
    if not cell.plain:
        return 1
    kinsoku = kinsoku_lines(cell.plain, inner)  # no CJK line begins with closing punctuation
    return len(kinsoku) if kinsoku is not None else wrapped_height(cell.plain, inner)  # styles change no break
