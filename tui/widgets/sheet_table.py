"""SheetTable: a DataTable filled whole from columns of fixed widths, its cursor kept.

The fact sheet is computed once, then shown as a table
whose column widths follow the screen's width: filled again (columns and rows) when the width
changes by a few cells or the user changes what is shown, with the cursor staying where it was.
Cells are :class:`~textual.content.Content` (never markup), or :class:`LazyCell`: made when
first drawn or read. DataTable measures every cell of every row it is given, even in columns of
fixed width (where the measure is not used), and measuring a Content renders it whole: for a fact
sheet of 650 facts that, and making cells nobody scrolls to, was a third of opening the sheet
(``tests/perf/tui_keys.py``). A LazyCell is measured without being made (it declares no width).
The first column, naming the row, stays on screen when the table is scrolled sideways.
(The entities × outlets matrix, one column per article, holds only the columns in view:
``window_table.WindowTable``, which reuses this module's columns, cells and widths.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from textual.content import Content
from textual.widgets import DataTable

from waic_reader.tui.safe import column_label

REFILL_AFTER = 4  # cells of width change before the columns are worked out again
PAD = 2  # cells around each column's content (DataTable's cell padding)
SCROLLBAR = 2  # a table's vertical scrollbar (cells)


def whole_columns(room: int, count: int, least: int, most: int, pad: int = PAD) -> int:
    """The width (cells, without DataTable's ``pad`` cells of padding) of each of ``count`` columns
    of one kind sharing ``room`` cells: between ``least`` and ``most`` when they all fit, else
    widened so the ones in view fill ``room`` exactly, with no column cut at the screen's right
    edge ("Dail" of "Daily Herald", t13w F11). With :meth:`DrawsColumnsInView.watch_scroll_x`
    (whole columns at the left edge), a table scrolled sideways shows whole columns only."""
    if count <= 0:
        return least
    width = max(least, min(most, room // count - pad))
    if count * (width + pad) <= room:
        return width
    shown = max(1, room // (width + pad))
    return max(least, room // shown - pad)


class LazyCell:
    """A table cell made by ``make`` the first time it is drawn or read (then kept).

    A Rich renderable with no ``__rich__`` and no ``__rich_measure__``: DataTable's measuring
    (``textual.render.measure``) takes its default width without making it, and drawing it
    draws the Content ``make`` returns."""

    __slots__ = ("_content", "_make")

    def __init__(self, make: Callable[[], Content]) -> None:
        self._make: Callable[[], Content] | None = make
        self._content: Content | None = None

    @property
    def content(self) -> Content:
        if self._content is None:
            assert self._make is not None
            self._content, self._make = self._make(), None
        return self._content

    @property
    def plain(self) -> str:
        """The cell's text, as Content's ``plain``."""
        return self.content.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.content


Cell = Content | LazyCell


@dataclass(frozen=True)
class SheetColumn:
    label: Content
    key: str
    width: int  # cells; fixed, so the table never measures its cells for it


@dataclass(frozen=True)
class SheetRow:
    cells: Sequence[Cell]
    height: int = 1  # lines


class DrawsColumnsInView(DataTable[Any]):
    """A DataTable that draws only the cells of the columns in view (and a screen's width
    either side): DataTable draws every cell of a row to show the few columns on screen, and
    a table of one column per article draws ~230 cells a line at 230 articles (t13k F17: the
    entities × outlets matrix took 5.3 s to open, ~2 s each reopen, most of it drawing cells
    of columns off screen). The others are drawn blank, never shown: the lines drawn are
    dropped when the table is scrolled sideways, and drawn again for the columns then in view."""

    _in_view: tuple[int, int] = (0, 0)  # scrollable x range drawn (cells), see _render_line_in_row

    def _render_line_in_row(self, *args: Any, **kwargs: Any) -> Any:
        width = self.size.width
        self._in_view = (round(self.scroll_x), round(self.scroll_x) + width)
        return super()._render_line_in_row(*args, **kwargs)

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> Any:
        if column_index >= self.fixed_columns:
            x = self._column_x(column_index)
            start, end = self._in_view
            if x >= end or x + width <= start:
                key = None if row_index < 0 else self._row_locations.get_key(row_index)
                height = self.rows[key].height if key is not None else self.header_height
                return [[Segment(" " * width, base_style)]] * max(1, height)
        return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)

    def _column_x(self, column_index: int) -> int:
        """Where column ``column_index`` starts in the table's drawn line (every column counted,
        as DataTable lays out the scrollable part), kept while the columns are the same."""
        key = (self._update_count, len(self.columns))
        if getattr(self, "_starts_for", None) != key:
            starts, x = [], self._row_label_column_width
            for column in self.ordered_columns:
                starts.append(x)
                x += column.get_render_width(self)
            self._starts, self._starts_for = starts, key
        return self._starts[column_index] if column_index < len(self._starts) else 0

    def column_boundary(self, x: float, backwards: bool = False) -> int:
        """The scroll offset that puts a column's first cell at the left edge of the part
        scrolled sideways (next to the frozen columns): the first at or after ``x`` (cells), or
        with ``backwards`` the last at or before it; ``round(x)`` when no column starts within
        reach that way (the table's end)."""
        self._column_x(0)  # the columns' starts, worked out once per layout
        left = self._column_x(self.fixed_columns) if len(self.columns) > self.fixed_columns else 0
        at = round(x)
        starts = [start - left for start in self._starts[self.fixed_columns :] if start - left <= self.max_scroll_x]
        if backwards:
            return max((start for start in starts if start <= at), default=at)
        return next((start for start in starts if start >= at), at)

    def watch_scroll_x(self, old_value: float, new_value: float) -> None:
        if round(old_value) != round(new_value):
            # Lines drawn for the old columns in view hold blanks where the new ones are.
            self._row_render_cache.clear()
            self._line_cache.clear()
        super().watch_scroll_x(old_value, new_value)
        # Scrolled sideways to keep the cursor in view, DataTable stops where the cursor's column
        # ends, the column at the left edge cut ("umidaw…" of "lumidaw…", a count's last digit
        # alone: t13v F13): go on to the next column's start, so every column shown is whole and
        # its header says whose it is. (Past the last start within reach, the table's end is
        # shown as it is.)
        # Snapped the way it moved (a step left of less than a column goes to the column it
        # entered, not back where it was: review s33-r), and only where it comes to rest, not
        # through an animation's steps.
        if round(self.scroll_target_x) == round(new_value):
            # (after the refresh: an animation's last step is set after its value is watched)
            self.call_after_refresh(self._snap_to_column, new_value < old_value)

    def _snap_to_column(self, backwards: bool) -> None:
        if round(self.scroll_target_x) != round(self.scroll_x):
            return  # moving again: snapped where it comes to rest
        snapped = self.column_boundary(self.scroll_x, backwards=backwards)
        if snapped != round(self.scroll_x):
            self.scroll_to(x=snapped, animate=False, immediate=True)


class SheetTable(DrawsColumnsInView):
    """A DataTable that :meth:`fill` replaces whole; rows are keyed by their position (``"0"``, ``"1"``…)."""

    filled_width = 0  # the screen width the columns were last worked out for

    def __init__(self, **kwargs: Any) -> None:  # DataTable's own keyword arguments
        # The first column names the row (the fact, the entity): frozen, so a table wider than
        # the screen, scrolled sideways to a column far right, still shows what each row is.
        kwargs.setdefault("fixed_columns", 1)
        super().__init__(**kwargs)

    def fill(self, columns: Sequence[SheetColumn], rows: Iterable[SheetRow], width: int) -> int:
        """Replace the columns and rows; ``width``: the screen width the columns were worked out
        for (see :meth:`stale`). The cursor keeps its row and column, within the new table.
        Returns the number of rows."""
        keep = self.cursor_coordinate
        self.filled_width = width
        self.clear(columns=True)
        for column in columns:
            # A header wider than its column ends in "…" (DataTable wraps it and shows the first
            # line, cut with no sign: "values and" of "values and sources, by date").
            label = column.label
            if label.cell_length > column.width:
                label = label.truncate(column.width, ellipsis=True)
            self.add_column(column_label(label), key=column.key, width=column.width)
        count = 0
        for count, row in enumerate(rows, 1):
            self.add_row(*row.cells, key=str(count - 1), height=row.height)
        if count:
            self.move_cursor(row=min(keep.row, count - 1), column=min(keep.column, max(0, len(columns) - 1)))
        return count

    def stale(self, width: int) -> bool:
        """The screen is now ``width`` wide: are the columns worth working out again?"""
        return abs(width - self.filled_width) >= REFILL_AFTER
