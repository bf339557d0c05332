"""ArticleTable: a table of rows drawn only where they are on screen.

Textual's ``DataTable`` measures every cell of every row it is given (about a millisecond a row
here), so a library of 20,000 articles took half a minute to show. This table keeps the row keys
and a function that makes a row's cells; a line is made when it is drawn (and kept in a small
cache), so showing, scrolling and re-sorting cost the same for 50 rows or 50,000.

Cells are ``rich.text.Text`` (never markup). Keys: up/down, page up/down, home/end; ``enter``
or a click on the cursor row posts :class:`ArticleTable.Selected`; moving posts ``Highlighted``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

CELL_PAD = 1  # spaces either side of a cell, as DataTable draws them
# Padding is its own segment (never merged into a cell's text), so exported screenshots place
# every cell at its column, as a terminal does.
PAD_STYLE = Style(meta={"pad": True})
CACHE_ROWS = 512


class ArticleTable(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    ArticleTable {
        background: $surface;
        color: $foreground;  /* app.tcss: $hl-list-fg, the theme's text that reads on the stripes */
    }
    ArticleTable > .article-table--header {
        text-style: bold;
        background: $panel;
        color: $foreground;
    }
    ArticleTable > .article-table--even-row {
        background: $surface-darken-1 40%;
    }
    ArticleTable > .article-table--secondary {
        color: $foreground-muted;  /* app.tcss: $hl-table-muted-fg, measured to read at 4.5:1 */
    }
    ArticleTable > .article-table--cursor {
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
    }
    ArticleTable:focus > .article-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """
    COMPONENT_CLASSES = {
        "article-table--header",
        "article-table--even-row",
        "article-table--cursor",
        "article-table--secondary",
    }
    BINDINGS = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True)

    class Highlighted(Message):
        def __init__(self, table: ArticleTable, key: str | None) -> None:
            super().__init__()
            self.table = table
            self.key = key

    class Selected(Message):
        def __init__(self, table: ArticleTable, key: str) -> None:
            super().__init__()
            self.table = table
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: list[tuple[str, str, int]] = []  # (key, label, width)
        self.keys: list[str] = []
        self._cells: Callable[[str], Sequence[Text]] = lambda _key: ()
        self._lines: OrderedDict[str, list[Segment]] = OrderedDict()
        self._index: dict[str, int] = {}

    # -- content --------------------------------------------------------------------------

    def set_rows(
        self, columns: list[tuple[str, str, int]], keys: list[str], cells: Callable[[str], Sequence[Text]]
    ) -> None:
        """Show ``keys`` in this order; ``cells(key)`` gives a row's cells, one per column."""
        current = self.cursor_key
        self.columns = columns
        self.keys = keys
        self._index = {k: i for i, k in enumerate(keys)}
        self._cells = cells
        self._lines.clear()
        self.virtual_size = Size(self._row_width(), len(keys) + 1)
        # The cursor stays on its row's key; a key gone (its file deleted, filtered out) leaves it
        # at the same place, on the row that took its place: it had jumped to the top.
        row = self._index.get(current, self.cursor_row) if current is not None else 0
        self.cursor_row = min(row, max(0, len(keys) - 1))
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.keys)

    @property
    def cursor_key(self) -> str | None:
        if not self.keys or not 0 <= self.cursor_row < len(self.keys):
            return None
        return self.keys[self.cursor_row]

    def move_cursor(self, row: int) -> None:
        self.cursor_row = max(0, min(row, len(self.keys) - 1))

    def cells_at(self, row: int) -> list[str]:
        """The plain text of a row's cells (for tests and accessibility)."""
        return [c.plain for c in self._cells(self.keys[row])]

    def _row_width(self) -> int:
        return sum(w + 2 * CELL_PAD for _, _, w in self.columns)

    # -- drawing ----------------------------------------------------------------------------

    def _segments(self, cells: Sequence[Text]) -> list[Segment]:
        line = Text(no_wrap=True, overflow="crop")
        for (_, _, width), cell in zip(self.columns, cells):
            piece = cell.copy()
            piece.no_wrap = True
            piece.truncate(width, overflow="ellipsis", pad=False)
            shown = piece.cell_len
            if piece.justify == "right":
                line.append(" " * (CELL_PAD + width - shown), PAD_STYLE)
                line.append_text(piece)
                line.append(" " * CELL_PAD, PAD_STYLE)
            else:
                line.append(" " * CELL_PAD, PAD_STYLE)
                line.append_text(piece)
                line.append(" " * (CELL_PAD + width - shown), PAD_STYLE)
        return list(line.render(self.app.console))

    def _row_segments(self, key: str) -> list[Segment]:
        cached = self._lines.get(key)
        if cached is not None:
            self._lines.move_to_end(key)
            return cached
        segments = self._segments(self._cells(key))
        self._lines[key] = segments
        if len(self._lines) > CACHE_ROWS:
            self._lines.popitem(last=False)
        return segments

    def forget(self, key: str | None = None) -> None:
        """Redraw a row (or every row) whose cells changed."""
        if key is None:
            self._lines.clear()
        else:
            self._lines.pop(key, None)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x, scroll_y = self.scroll_offset
        base = self.rich_style
        if y == 0:
            header = Text(no_wrap=True)
            for _, label, w in self.columns:
                header.append(" " * CELL_PAD, PAD_STYLE)
                header.append(label[:w])
                header.append(" " * (w - len(label[:w]) + CELL_PAD), PAD_STYLE)
            style = base + self.get_component_rich_style("article-table--header")
            segments = list(header.render(self.app.console))
            strip = Strip(segments).crop(scroll_x, scroll_x + width).extend_cell_length(width)
            return strip.apply_style(style)
        row = scroll_y + y - 1
        if row >= len(self.keys):
            return Strip.blank(width, base)
        segments = self._secondary(self._row_segments(self.keys[row]))
        style = base
        if row % 2 == 1:
            style = style + self.get_component_rich_style("article-table--even-row")
        if row == self.cursor_row:
            style = style + self.get_component_rich_style("article-table--cursor")
        strip = Strip(segments).crop(scroll_x, scroll_x + width).extend_cell_length(width)
        if row == self.cursor_row:
            # The cursor's colours win over the cells' own (as DataTable's row cursor does), and
            # its text is never dimmed: a dim cell (the doc id) on the cursor read 2.46:1 in
            # textual-dark, drawn fainter than the cursor's text colour (app.tcss, t13m F11).
            cursor = self.get_component_rich_style("article-table--cursor")
            over = Style(color=cursor.color, bgcolor=cursor.bgcolor, dim=False)
            styled = strip.apply_style(style)
            return Strip(Segment.apply_style(styled, post_style=over), styled.cell_length)
        return strip.apply_style(style)

    def _secondary(self, segments: list[Segment]) -> list[Segment]:
        """A row's dim cells (the folder and doc id, a row still pending) drawn in the theme's
        muted text colour instead (article-table--secondary: $hl-table-muted-fg, made to read at 4.5:1
        on the table's rows and stripes): a terminal draws dim as it likes, fainter than any
        colour measured (solarized-light's folder and doc id read 2.40:1 and 2.62:1 on the
        stripes in 256 colours, t13n F13)."""
        if not any(seg.style is not None and seg.style.dim for seg in segments):
            return segments
        color = self.get_component_rich_style("article-table--secondary").color
        over = Style(color=color, dim=False)
        return [
            Segment(seg.text, seg.style + over, seg.control) if seg.style is not None and seg.style.dim else seg
            for seg in segments
        ]

    # -- cursor -----------------------------------------------------------------------------

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self, self.cursor_key))

    def _visible_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_to_cursor(self) -> None:
        top = round(self.scroll_offset.y)
        rows = self._visible_rows()
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + rows:
            self.scroll_to(y=self.cursor_row - rows + 1, animate=False)

    def on_resize(self) -> None:
        self._scroll_to_cursor()

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + self._visible_rows())

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - self._visible_rows())

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self.keys) - 1)

    def action_select(self) -> None:
        key = self.cursor_key
        if key is not None:
            self.post_message(self.Selected(self, key))

    def on_click(self, event: events.Click) -> None:
        row = round(self.scroll_offset.y) + event.y - 1
        if event.y < 1 or not 0 <= row < len(self.keys):
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.move_cursor(row)
