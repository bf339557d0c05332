"""The Quotes screen's "Unattributed" row lines up one anonymous statement told by several outlets
as one statement, a wording in each outlet's column (issue #16, round s37-q; t13ab L10): it was
one row a quote. "Anonymous source" is no speaker row of its own, and the wording's detail line
says whose words they are (Pilot; articles written for this test)."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable

HEAD = "Driver warned before Harnwick crash\n\n"
TAIL = "\n\nThe train derailed near Harnwick on Tuesday, killing seven people.\n"
CORPUS = {
    "a.txt": HEAD
    + 'According to a source close to the investigation, the driver "had been warned twice about speeding".'
    + TAIL,
    "b.txt": HEAD + 'The driver "had been warned twice about speeding", a source close to the inquiry said.' + TAIL,
    "c.txt": HEAD + "Residents of Harnwick said the line had been closed twice before." + TAIL,
}


async def test_anonymous_statement_is_one_row(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in CORPUS.items():
        (corpus / name).write_text(text, "utf-8")
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        table = screen.query_one(SpeakerTable)
        names = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert names == ["Unattributed"], names  # the label is no speaker of its own
        _unattributed, statements = screen.speakers[-1]
        rows = sorted(sorted(q.doc for q in st.members) for st in statements)
        assert rows == [["a", "b"], ["c"]], rows
        # the anonymous statement's row has a wording in both outlets' columns
        table.move_cursor(row=0)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        statements_table = screen.query_one(StatementTable)
        row = next(i for i, st in enumerate(statements) if len(st.members) == 2)
        statements_table.move_cursor(row=row, column=screen.columns.index("b"))
        await settle(pilot)
        st, q = screen.at(statements_table.cursor_coordinate)
        assert st is statements[row] and q is not None and q.doc == "b"
        detail = str(screen.query_one("#quotes-detail").render())
        assert "anonymous source" in detail, detail
