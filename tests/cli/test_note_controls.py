"""A note quoting a fragment of a file that holds a control character (issue 17, s12): the note
quoted the fragment as Python writes it (``'x\\x1by'``), so ``--json`` carried a backslash and
four characters, not the character, and ``show``/the reader showed ``\\x1b`` where the README
promises the stand-in (``␛``). A note now quotes the fragment as written: ``--json`` keeps the
character (JSON-escaped), and every display shows it as :func:`visible` does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.corpus.text import visible
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.reader import ReaderScreen

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."

# doc → (its file, the note it gets, with the control character as written)
CASES = {
    # reported: a record's date holding ESC (an ANSI colour code)
    "api#1": ("api.jsonl", json.dumps({"text": BODY, "date": "soon\x1b[31m"}) + "\n"),
    # a front-matter date with BEL (YAML's double-quoted "\a")
    "notes/a": ("notes/a.md", f'---\ntitle: Ferry plan\ndate: "later\\a"\n---\n{BODY}\n'),
    # a record's date holding a bidi override (U+202E), in a JSON array
    "dump#1": ("dump.json", json.dumps([{"text": BODY, "published": "2025\u202e-03-14x"}])),
}
NOTES = {
    "api#1": "api.jsonl (line 1): metadata date 'soon\x1b[31m' is not a date this app understands",
    "notes/a": "notes/a.md:3:7: front-matter date 'later\x07' is not a date this app understands",
    "dump#1": "dump.json (record 1): metadata date '2025\u202e-03-14x' is not a date this app understands",
}
SHOWN = {  # as the text output and the reader show them
    "api#1": "'soon␛[31m'",
    "notes/a": "'later␇'",
    "dump#1": "'2025<U+202E>-03-14x'",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    for name, data in CASES.values():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(data, "utf-8")
    return root


def _run(capsys: pytest.CaptureFixture[str], corpus: Path, *argv: str) -> str:
    code = main(["--corpus", str(corpus), "--index-dir", str(corpus.parent / "i"), *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_json_notes_carry_the_character_itself(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = _run(capsys, corpus, "list", "--json")
    assert "\\\\x" not in listed and "\\\\u" not in listed  # no escape written as text
    rows = {r["doc"]: r for r in json.loads(listed)["articles"]}
    for doc, note in NOTES.items():
        assert rows[doc]["notes"] == [note], doc
        assert json.loads(_run(capsys, corpus, "show", doc, "--json"))["notes"] == [note], doc


def test_show_says_the_note_with_stand_ins(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for doc, shown in SHOWN.items():
        out = _run(capsys, corpus, "show", doc)
        notes = [line for line in out.splitlines() if line.startswith("note: ")]
        assert notes == [f"note: {visible(NOTES[doc])}"], doc
        assert shown in notes[0] and "\\x" not in notes[0] and "\x1b" not in out and "\x07" not in out


@pytest.mark.parametrize("doc", sorted(SHOWN))
async def test_the_readers_notes_show_stand_ins(corpus: Path, tmp_path: Path, doc: str) -> None:
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), StartOptions(open_doc=doc), save_settings=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        notes = str(reader.query_one("#reader-notes", Static).render())
        assert notes.splitlines() == [f"note: {visible(NOTES[doc])}"]
        assert SHOWN[doc] in notes and "\\x" not in notes


def test_a_corpus_yaml_warning_quotes_its_key_as_written(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "corpus.yaml").write_text('articles:\n  api.jsonl:\n    "col\\eour": red\n', "utf-8")
    data = json.loads(_run(capsys, corpus, "index", "--json"))
    assert any("unknown field 'col\x1bour'" in e for e in data["metadata_errors"]), data["metadata_errors"]
    out = _run(capsys, corpus, "index")
    assert any("unknown field 'col␛our'" in line for line in out.splitlines() if line.startswith("warning: "))
