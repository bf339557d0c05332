"""An impossible text date (acceptance s11: "Posted: 31/06/2025", "June 3 25:61", "February 30,
2025") is said where every other date note is: ``list --json`` and ``show --json`` ``notes``, the
text output's ``note:`` lines and the reader's line under the title; the article stays undated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.reader import ReaderScreen

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."
STAMPS = {
    "posted": ("Posted: 31/06/2025", "text date '31/06/2025' is no date (June has 30 days): not read"),
    "clock": ("June 3 25:61", "text date 'June 3 25:61' is no date ('25:61' is no time of day): not read"),
    "february": ("February 30, 2025", "text date 'February 30, 2025' is no date (February 2025 has 28 days): not read"),
    "half": (
        "Updated: June 3, 2025 24:10 GMT",
        "text date 'June 3, 2025 24:10 GMT' is no date ('24:10' is no time of day): not read",
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for doc, (line, _note) in STAMPS.items():
        (root / f"{doc}.txt").write_text(f"Ferry plan\n\n{line}\n\n{BODY}\n", "utf-8")
    return root


def _run(capsys: pytest.CaptureFixture[str], corpus: Path, *argv: str) -> str:
    code = main(["--corpus", str(corpus), "--index-dir", str(corpus.parent / "i"), *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_list_and_show_json_carry_the_note(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = {r["doc"]: r for r in json.loads(_run(capsys, corpus, "list", "--json"))["articles"]}
    for doc, (_line, note) in STAMPS.items():
        assert rows[doc]["date"] is None and rows[doc]["notes"] == [note]
        shown = json.loads(_run(capsys, corpus, "show", doc, "--json"))
        assert shown["date"] is None and shown["notes"] == [note]


def test_show_text_says_it(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, corpus, "show", "half")
    assert f"note: {STAMPS['half'][1]}" in out.splitlines()


async def test_the_reader_says_it_under_the_title(corpus: Path, tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), StartOptions(open_doc="posted"), save_settings=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        notes = str(reader.query_one("#reader-notes", Static).render())
        assert f"note: {STAMPS['posted'][1]}" in notes.splitlines()
