"""WindowTable: a DataTable holding only the columns in view; the sideways scrolling its own.

A table of one column per article (the entities × outlets matrix) at 221 articles gave DataTable
~225 columns of which ~12 are on screen: DataTable measures every cell it is given and visits
every column of each line it draws, ~150–280 ms of a first ``E`` on the UI thread (round s38-p,
tests/perf/HISTORY.md). This table is given all its columns and rows, but holds only the frozen
columns (the row's name) and the scrolled columns that fit whole beside them: a *window* of
the scrolled columns. Moving the cursor past the window's edge (``left``/``right``, ``home``/
``end``), or a sideways mouse wheel, moves the window a column and fills the table again with
the columns then in view (rows × the columns in view, never rows × every column). Only
DataTable's public methods are used: the table never scrolls sideways itself, so every column
shown is whole, and a narrow screen shows no cut column names (t13w F11). The fact sheet, the
entities × outlets matrix and the Quotes screen's two tables are WindowTables.

Coordinates of DataTable's events and cursor are the table's (the columns it holds);
:meth:`WindowTable.scrolled_index` gives the scrolled column (index into those given to
:meth:`WindowTable.fill`) shown at a table column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich.style import Style
from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import DataTable

from waic_reader.tui.safe import column_label
from waic_reader.tui.widgets.sheet_table import PAD, REFILL_AFTER, SCROLLBAR, Cell, SheetColumn


@dataclass(frozen=True)
class WindowRow:
    """A row: its cells in the frozen columns, and ``cell(i)``, its cell in scrolled column ``i``
    (made only for the columns in view)."""

    frozen: Sequence[Cell]
    cell: Callable[[int], Cell]
    height: int = 1  # lines


def fitting(widths: Sequence[int], room: int, first: int) -> int:
    """How many of the columns of ``widths`` (cells, without DataTable's padding) from ``first``
    on fit whole in ``room`` cells (at least one, where there is one)."""
    used, count = 0, 0
    for width in widths[first:]:
        used += width + PAD
        if used > room and count:
            break
        count += 1
        if used >= room:
            break
    return count


def last_first(widths: Sequence[int], room: int) -> int:
    """The largest ``first`` whose window reaches the last column: the window scrolled to the
    end, as full as the room allows (no blank room right of the last column)."""
    used, first = 0, len(widths)
    for i in range(len(widths) - 1, -1, -1):
        used += widths[i] + PAD
        if used > room and first < len(widths):
            break
        first = i
    return max(0, first)


def in_view_said(view: range, count: int) -> str:
    """Which of ``count`` articles a window table shows, "articles 3–7 of 30", its scrolled
    column ``i`` being article ``i`` (column 0 a total's or none): "" when all of them are. One
    wording for every screen with such a table (the entity matrix, the Quotes screen)."""
    docs = [i for i in view if 1 <= i <= count]
    if not docs or len(docs) == count:
        return ""
    return f"articles {docs[0]}–{docs[-1]} of {count}"


class WindowTable(DataTable[Any]):
    """A DataTable showing a window of its scrolled columns, see the module's docstring."""

    class WindowMoved(Message):
        """The scrolled columns in view changed (``table.in_view()``): sideways, or filled anew."""

        def __init__(self, table: WindowTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> WindowTable:
            return self.table

    filled_width = 0  # the screen width the columns were last worked out for
    first = 0  # the scrolled column shown first (index into the scrolled columns given to fill)

    def __init__(self, **kwargs: Any) -> None:  # DataTable's own keyword arguments
        super().__init__(**kwargs)
        self._frozen: list[SheetColumn] = []
        self._scrolled: list[SheetColumn] = []
        self._rows: list[WindowRow] = []
        self._room = 0  # cells beside the frozen columns
        self._shown = 0  # scrolled columns in view
        self._drawing_style: Style | None = None  # rich_style, worked out once a paint

    # -- drawing ----------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        """DataTable's lines, its style worked out once for them all: DataTable asks for
        ``rich_style`` at every line it draws, and each ask walks the widget's ancestors and
        blends their backgrounds again (~a tenth of a first ``E``'s paint, round s42-p). Nothing
        restyles the table while its lines are drawn."""
        self._drawing_style = super().rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._drawing_style = None

    @property
    def rich_style(self) -> Style:
        """The table's Rich style (DOMNode's), the one worked out for the paint under way."""
        style = self._drawing_style
        return style if style is not None else super().rich_style

    # -- filling ----------------------------------------------------------------------------

    def fill(
        self,
        frozen: Sequence[SheetColumn],
        scrolled: Sequence[SheetColumn],
        rows: Sequence[WindowRow],
        width: int,
        at: tuple[int, int] | None = None,
    ) -> int:
        """Replace the columns and rows: ``frozen`` always shown at the left, ``scrolled`` shown
        as many as fit whole from :attr:`first` on; ``width``: the screen's width (cells) the
        columns were worked out for (see :meth:`stale`). The cursor keeps its row and its
        scrolled column (brought into view), within the new table; ``at``: (row, scrolled
        column) instead, for a table of other rows (the window from its start, or as far on as
        that column needs). Returns the number of rows."""
        row, column = self.cursor_row, self.scrolled_index(self.cursor_column)
        if at is not None:
            (row, column), self.first = at, 0
            self.scroll_to(y=0, animate=False, immediate=True)  # other rows: from the top
        self.filled_width = width
        self._frozen, self._scrolled, self._rows = list(frozen), list(scrolled), list(rows)
        self._room = width - SCROLLBAR - sum(c.width + PAD for c in self._frozen)
        self.fixed_columns = len(self._frozen)
        self._place(self.first, row, column)
        return len(self._rows)

    def stale(self, width: int) -> bool:
        """The screen is now ``width`` wide: are the columns worth working out again?"""
        return abs(width - self.filled_width) >= REFILL_AFTER

    def _place(self, first: int, row: int, column: int | None) -> None:
        """The table filled with the window from ``first`` (brought within reach), the cursor at
        ``row`` and scrolled column ``column`` (None: a frozen column, the one it was in), the
        rows scrolled as they were."""
        widths = [c.width for c in self._scrolled]
        first = max(0, min(first, last_first(widths, self._room)))
        if column is not None:  # the cursor's column in view
            if column < first:
                first = column
            elif column >= first + fitting(widths, self._room, first):
                first = column
                while first > 0 and fitting(widths, self._room, first - 1) > column - (first - 1):
                    first -= 1
        moved = (first, fitting(widths, self._room, first)) != (self.first, self._shown)
        self.first, self._shown = first, fitting(widths, self._room, first)
        if moved:  # a screen's heading says which columns are in view (in_view_said)
            self.post_message(self.WindowMoved(self))
        frozen_column = min(self.cursor_column, max(0, len(self._frozen) - 1))
        scroll_y = self.scroll_y
        # Filled again whole (DataTable's clear): adding columns to a table with rows measured
        # every cell of each new column against the others.
        self.clear(columns=True)
        shown = range(first, first + self._shown)
        for c in [*self._frozen, *(self._scrolled[i] for i in shown)]:
            label = c.label
            if label.cell_length > c.width:  # a header wider than its column ends in "…"
                label = label.truncate(c.width, ellipsis=True)
            self.add_column(column_label(label), key=c.key, width=c.width)
        for n, r in enumerate(self._rows):
            self.add_row(*r.frozen, *(r.cell(i) for i in shown), key=str(n), height=r.height)
        if self._rows:
            # the same rows of the same heights: the rows stay scrolled where they were
            self.scroll_to(y=scroll_y, animate=False, immediate=True)
            at = frozen_column if column is None else len(self._frozen) + column - first
            self.move_cursor(row=min(row, len(self._rows) - 1), column=at, scroll=False)

    # -- the window -------------------------------------------------------------------------

    def scrolled_index(self, column: int) -> int | None:
        """The scrolled column (index into those given to :meth:`fill`) at table column
        ``column``; None for a frozen column or none."""
        i = column - len(self._frozen)
        return self.first + i if 0 <= i < self._shown else None

    def in_view(self) -> range:
        """The scrolled columns in view (indices into those given to :meth:`fill`)."""
        return range(self.first, self.first + self._shown)

    @property
    def scrolled_count(self) -> int:
        return len(self._scrolled)

    def move_window(self, first: int) -> bool:
        """The window from scrolled column ``first`` (within reach); the cursor stays on its
        scrolled column where that is still in view, else at the window's edge it was nearest.
        False when the window did not move."""
        widths = [c.width for c in self._scrolled]
        first = max(0, min(first, last_first(widths, self._room)))
        if first == self.first or not self._scrolled:
            return False
        column = self.scrolled_index(self.cursor_column)
        if column is not None:
            column = max(first, min(column, first + fitting(widths, self._room, first) - 1))
        self._place(first, self.cursor_row, column)
        return True

    def show_scrolled(self, index: int, row: int | None = None) -> None:
        """The cursor on scrolled column ``index`` (and ``row``), the window moved to show it."""
        if not 0 <= index < len(self._scrolled):
            return
        row = self.cursor_row if row is None else row
        if index in self.in_view():
            self.move_cursor(row=row, column=len(self._frozen) + index - self.first)
        else:
            self._place(self.first, row, index)

    # -- keys and the mouse -----------------------------------------------------------------

    def _cell_cursor(self) -> bool:
        return self.show_cursor and self.cursor_type in ("cell", "column")

    def action_cursor_right(self) -> None:
        column = self.scrolled_index(self.cursor_column)
        last = self.first + self._shown - 1
        if not self._cell_cursor():  # a row cursor: the columns move (the table never scrolls sideways)
            self.move_window(self.first + 1)
        elif column == last and last + 1 < len(self._scrolled):
            self.show_scrolled(last + 1)
        else:
            super().action_cursor_right()

    def action_cursor_left(self) -> None:
        column = self.scrolled_index(self.cursor_column)
        if not self._cell_cursor():
            self.move_window(self.first - 1)
        elif column == self.first and self.first > 0:
            self.show_scrolled(self.first - 1)
        else:
            super().action_cursor_left()

    def action_scroll_home(self) -> None:
        """To the first column (the window at its start)."""
        self.move_window(0)
        super().action_scroll_home()

    def action_scroll_end(self) -> None:
        """To the last column (the window at its end)."""
        self.move_window(len(self._scrolled))
        super().action_scroll_end()

    def on_mouse_scroll_right(self, event: events.MouseScrollRight) -> None:
        if self.move_window(self.first + 1):
            event.stop()

    def on_mouse_scroll_left(self, event: events.MouseScrollLeft) -> None:
        if self.move_window(self.first - 1):
            event.stop()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        # shift or ctrl with the wheel scrolls sideways (as Textual's widgets take it)
        if (event.shift or event.ctrl) and self.move_window(self.first + 1):
            event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if (event.shift or event.ctrl) and self.move_window(self.first - 1):
            event.stop()


__all__ = ["WindowRow", "WindowTable", "fitting", "last_first"]
