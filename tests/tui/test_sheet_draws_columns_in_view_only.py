"""A table of one column per article visits only the columns in view to draw a line (issues 13
and 15, round s37-p).

Profiled on 221 articles, the first `E` and `Q` spent most of their drawing in DataTable's loop
over every column of each line drawn (~225 columns for ~12 on screen: each cell's coordinate,
cursor and hover tests and its blank drawn, then the line cropped to the view). Now the columns
out of view are not visited; one blank segment stands for them. The lines drawn are DataTable's
own, cell for cell and style for style, in every table of the kind (the matrix's and the fact
sheet's SheetTable, the Quotes screen's tables: a row cursor, zebra stripes, two frozen
columns), scrolled sideways or not.
"""

from __future__ import annotations

from typing import Any

import pytest
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import DataTable

from waic_reader.tui.widgets.sheet_table import DrawsColumnsInView, SheetColumn, SheetRow, SheetTable

COLUMNS = 90  # far more than a screen holds
ROWS = 30


class _Tables(App[None]):
    def __init__(self, table: DrawsColumnsInView) -> None:
        super().__init__()
        self.table = table

    def compose(self) -> ComposeResult:
        yield self.table


def _filled(kind: str) -> DrawsColumnsInView:
    if kind == "sheet":  # the matrix's and the fact sheet's
        sheet = SheetTable(cursor_type="cell")
        columns = [SheetColumn(Content("name"), "name", 14)]
        columns += [SheetColumn(Content(f"outlet {i}"), f"c{i}", 8) for i in range(COLUMNS)]
        rows = [
            SheetRow([Content(f"entity {r}"), *(Content(str(r * i % 7 or "·")) for i in range(COLUMNS))])
            for r in range(ROWS)
        ]
        sheet.call_after_refresh(sheet.fill, columns, rows, 100)
        return sheet
    # The Quotes screen's: a row cursor, zebra stripes, the speaker and total columns frozen.
    table = DrawsColumnsInView(cursor_type="row", zebra_stripes=True, fixed_columns=2)

    def fill() -> None:
        table.add_column("speaker", key="name", width=16)
        table.add_column("total", key="total", width=5)
        for i in range(COLUMNS):
            table.add_column(f"article {i}", key=f"a{i}", width=9)
        for r in range(ROWS):
            table.add_row(
                Content(f"Speaker {r}"), Content(str(r)), *(Content(str(i % 3 or "·")) for i in range(COLUMNS))
            )

    table.call_after_refresh(fill)
    return table


def _lines(table: DrawsColumnsInView) -> list[list[tuple[str, Any]]]:
    table._row_render_cache.clear()
    table._line_cache.clear()
    return [[(s.text, s.style) for s in table.render_line(y)] for y in range(table.size.height)]


def _datatable_lines(table: DrawsColumnsInView, monkeypatch: pytest.MonkeyPatch) -> list[list[tuple[str, Any]]]:
    """The lines as DataTable's own ``_render_line_in_row`` draws them (every column visited)."""

    def own(self: DrawsColumnsInView, *args: Any, **kwargs: Any) -> Any:
        self._in_view = (round(self.scroll_x), round(self.scroll_x) + self.size.width)
        return DataTable._render_line_in_row(self, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(type(table), "_render_line_in_row", own)
        return _lines(table)


@pytest.mark.parametrize("kind", ["sheet", "quotes"])
@pytest.mark.parametrize("keys", [[], ["down", *["right"] * 30], ["end", "pagedown"]])
async def test_only_the_columns_in_view_are_visited(
    monkeypatch: pytest.MonkeyPatch, kind: str, keys: list[str]
) -> None:
    table = _filled(kind)
    app = _Tables(table)
    visited: list[int] = []
    real = DrawsColumnsInView._render_cell

    def counted(self: DrawsColumnsInView, row: int, column: int, *args: Any, **kwargs: Any) -> Any:
        visited.append(column)
        return real(self, row, column, *args, **kwargs)

    monkeypatch.setattr(DrawsColumnsInView, "_render_cell", counted)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert table.row_count == ROWS and len(table.columns) > COLUMNS
        table.focus()
        if keys == ["end", "pagedown"]:
            table.move_cursor(column=COLUMNS // 2)  # the middle (a row cursor stays, scrolled there)
            table.scroll_to(x=table.max_scroll_x // 2, animate=False, immediate=True)
            keys = ["pagedown"]
        await pilot.press(*keys)
        await pilot.pause()
        assert (round(table.scroll_x) > 0) is bool(keys)  # scrolled sideways: the columns in view moved
        mine = _lines(table)
        visited.clear()
        _lines(table)
        lines = table.size.height
        # The frozen columns and the ~11 in view, each line: never the ~90 out of view.
        assert len(visited) <= lines * 16, len(visited) / lines
        assert any(text.strip() for line in mine for text, _style in line)
        assert mine == _datatable_lines(table, monkeypatch)
        assert isinstance(mine[0][0][0], str) and all(isinstance(s, Segment) for s in table.render_line(1))
