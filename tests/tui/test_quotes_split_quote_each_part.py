"""t13x F5 on the Quotes screen: a wire's quote split by its cue ('"A," Brannock told reporters.
"B."') is in both of the speaker's statements, beside the outlet quoting A and beside the one
quoting B, its cell there the part they quote; enter on the wire's cell in the second statement
reads the wire at that part, its quote current."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, StatementTable
from waic_reader.tui.screens.reader import ReaderScreen

FIRST = "We are doing everything we can to reach the people still trapped"
SECOND = "Nobody should go back to the river until we say it is safe"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / "wire.txt").write_text(
        "Dam breach floods valley town\n\nKELLBY, March 9 (Nordwire) - The Velmora dam gave way before dawn.\n\n"
        f'"{FIRST}," Governor Ilsa Brannock told reporters at the crisis centre. "{SECOND}."\n',
        "utf-8",
    )
    (root / "beacon.txt").write_text(
        f'Seven killed as dam bursts\n\nSeven people were killed when the dam burst.\n\n"{FIRST}," said Governor '
        "Ilsa Brannock.\n",
        "utf-8",
    )
    (root / "blog.txt").write_text(
        "The night the dam broke\n\nGovernor Ilsa Brannock said on the radio that "
        f'"{SECOND[0].lower() + SECOND[1:]}". People are going back anyway.\n',
        "utf-8",
    )
    return root


async def test_the_wire_is_in_both_statements_and_lands_on_its_part(tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path)), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        speaker, statements = screen.speakers[0]
        assert speaker.name == "Ilsa Brannock" and len(statements) == 2
        docs = sorted(sorted(q.doc for q in st.members) for st in statements)
        assert docs == [["beacon", "wire"], ["blog", "wire"]], docs
        wire = {next(q.quoted for q in st.members if q.doc == "wire") for st in statements}
        assert wire == {FIRST, SECOND}
        await pilot.press("enter")  # to the statements
        table = screen.query_one(StatementTable)
        assert table.has_focus
        # to the statement the blog reports, on the wire's wording
        row = next(r for r, st in enumerate(statements) if any(q.doc == "blog" for q in st.members))
        table.move_cursor(row=row, column=screen.columns.index("wire"))
        await settle(pilot)
        _, q = screen.at(table.cursor_coordinate)
        assert q is not None and q.doc == "wire" and q.quoted == SECOND
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == "wire"
        current = reader.current_quote()
        assert current is not None and current.start <= q.start < current.end
        status = str(reader.query_one("#reader-status", Static).render())
        assert "Ilsa Brannock" in status
