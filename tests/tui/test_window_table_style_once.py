"""A window table works its style out once a paint, not once a line (issue 13, round s42-p).

Reported: the first ``E`` and ``Q`` of a session on 221 articles took 0.32–0.57 s, most of the UI
thread's share painting the tables. DataTable asks for its ``rich_style`` at every line it draws,
and each ask walks the widget's ancestors and blends their backgrounds again: 35 times for one
paint of the matrix at 120x40 (its empty table while loading too). The analysis tables
(``WindowTable``: the matrix, the fact sheet, both Quotes tables) work it out once a paint; what
they draw is the same."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.dom import DOMNode
from textual.geometry import Region
from textual.widgets import DataTable

from waic_reader.tui.safe import plain
from waic_reader.tui.widgets.sheet_table import SheetColumn
from waic_reader.tui.widgets.window_table import WindowRow, WindowTable


class TableApp(App[None]):
    CSS = "WindowTable { height: 1fr; }"  # as the screens give theirs the room (app.tcss)

    def compose(self) -> ComposeResult:
        yield WindowTable(cursor_type="cell", zebra_stripes=True)


@pytest.mark.parametrize("rows", [0, 60], ids=["empty, loading", "filled"])
async def test_one_style_a_paint(rows: int, monkeypatch: pytest.MonkeyPatch) -> None:
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(WindowTable)
        if rows:
            names = [SheetColumn(plain("name"), "name", 10)]
            scrolled = [SheetColumn(plain(f"a{i}"), f"a{i}", 8) for i in range(30)]
            made = [WindowRow([plain(f"row {n}")], lambda i, n=n: plain(f"{n}·{i}")) for n in range(rows)]
            table.fill(names, scrolled, made, 60)
        await pilot.pause()
        crop = Region(0, 0, table.size.width, table.size.height)
        asked: list[DOMNode] = []
        walk = DOMNode.rich_style

        def counted(node: DOMNode):  # type: ignore[no-untyped-def]
            if node is table:
                asked.append(node)
            return walk.fget(node)  # type: ignore[attr-defined]

        monkeypatch.setattr(DOMNode, "rich_style", property(counted))
        table.refresh()  # every line drawn again (none kept from the last paint)
        lines = table.render_lines(crop)
        assert len(lines) == table.size.height > 10
        assert len(asked) == 1  # once for the paint, not once a line
        # the same lines as DataTable draws asking at every line
        table.refresh()
        assert DataTable.render_lines(table, crop) == lines
