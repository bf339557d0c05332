"""The Quotes screen lists the quotes no speaker is found for, as ``quotes --json`` lists them
under ``unattributed``: a last row "Unattributed" (not counted as a speaker), its statements one a
quote with the article's wording, ``enter`` on one reads it in its article at the quote, and ``s``
says there is no speaker to search for (Pilot; articles written for this test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable
from waic_reader.tui.screens.reader import ReaderScreen

FILLER = "".join(f"Paragraph {n} tells of the harbour works and the long wait for the ferry.\n\n" for n in range(40))
CORPUS = {
    # a body the article never names: its statements have no speaker
    "council.txt": "The regional council, however, said that no worker had contacted it.\n\n"
    + FILLER
    + "The regional council has said it will not intervene in the dispute.\n",
    # a named speaker beside an unnamed body
    "mayor.txt": '"We will rebuild the pier," said Mayor Ines Vadla on Monday.\n\n'
    "The port authority, in a statement, said the pier would stay closed until spring.\n",
    # no body at all: a speaker alone (no unattributed row)
    "plain.txt": '"The road is open again," said engineer Tomas Rekve.\n',
}


def write(tmp_path: Path, files: dict[str, str]) -> Path:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    return corpus


def cli_unattributed(corpus: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str]]:
    assert main(["--corpus", str(corpus), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return sorted((q["doc"], q["text"]) for q in data["unattributed"])


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_unattributed_statements_are_the_last_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], size: tuple[int, int]
) -> None:
    corpus = write(tmp_path, CORPUS)
    expected = cli_unattributed(corpus, capsys)
    assert len(expected) == 3, expected  # two of the council's, one of the port authority's
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        table = screen.query_one(SpeakerTable)
        names = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        assert names[-1] == "Unattributed" and names.count("Unattributed") == 1, names
        assert "Ines Vadla" in names
        heading = str(screen.query_one("#quotes-heading").render())
        assert "3 unattributed" in heading and f"{len(names) - 1} speaker" in heading, heading
        # the row's statements are the CLI's unattributed quotes
        speaker, statements = screen.speakers[-1]
        assert speaker.name == "Unattributed"
        assert sorted((q.doc, q.text) for st in statements for q in st.members) == expected
        table.move_cursor(row=len(names) - 1)
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert app.screen is screen  # no search for a speaker that is none
        # enter on the council's second statement reads it in its article, at the quote
        await pilot.press("enter")
        await settle(pilot)
        statements_table = screen.query_one(StatementTable)
        assert statements_table.has_focus
        row = next(i for i, st in enumerate(statements) if st.members[0].text.startswith("it will not intervene"))
        doc_column = screen.columns.index("council")
        statements_table.move_cursor(row=row, column=doc_column)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == "council"
