"""The cells and columns of the app's tables: Content (never markup) or :class:`LazyCell`.

A table's columns are :class:`SheetColumn` objects of fixed widths, so DataTable never measures
their cells for them; the tables (the fact sheet, the entities × outlets matrix, the Quotes
screen's two) are ``window_table.WindowTable`` objects, holding only the columns in view.
DataTable measures every cell of every row it is given, even in columns of fixed width (where
the measure is not used), and measuring a Content renders it whole: for a fact sheet of 650
facts that, and making cells nobody scrolls to, was a third of opening the sheet
(``tests/perf/tui_keys.py``). A LazyCell is measured without being made (it declares no width).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from textual.content import Content
from textual.style import Style

REFILL_AFTER = 4  # cells of width change before the columns are worked out again
PAD = 2  # cells around each column's content (DataTable's cell padding)
SCROLLBAR = 2  # a table's vertical scrollbar (cells)


def whole_columns(room: int, count: int, least: int, most: int, pad: int = PAD) -> int:
    """The width (cells, without DataTable's ``pad`` cells of padding) of each of ``count`` columns
    of one kind sharing ``room`` cells: between ``least`` and ``most`` when they all fit, else
    widened so the ones in view fill ``room`` exactly, with no column cut at the screen's right
    edge ("Dail" of "Daily Herald", t13w F11). A ``window_table.WindowTable`` shows whole
    columns from its left edge, so its columns in view then fill the screen exactly."""
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
        # The Content's segments, as ``Content.__rich__`` makes them, yielded here: handing Rich
        # the Content cast it to a ``Segments`` and rendered that a level deeper, ~a fifth of
        # drawing a cell (round s42-p).
        yield from self.content.render_segments(Style(), "\n")


Cell = Content | LazyCell


@dataclass(frozen=True)
class SheetColumn:
    label: Content
    key: str
    width: int  # cells; fixed, so the table never measures its cells for it
