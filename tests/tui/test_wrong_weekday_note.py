"""A weekday that names another day than its date keeps the date as written and is said in a
note, in ``show --json`` and in the reader under the title (re-test of #17 after s15, fault 8:
checked; a date in front matter or a record's field with a wrong weekday had no note, a date in
the text had one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.geometry import Region
from textual.widgets import Static

from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.reader import ReaderScreen

BODY = "The council approved the ferry plan on Friday after a long debate about the harbour."
SLIP = "14 March 2025 is a Friday, not a Saturday; read as the date written"

FILES = {
    # reported: a date line in the text
    "a.txt": (f"Ferry plan approved\nSaturday, March 14, 2025\n\n{BODY}\n", "text date 'Saturday, March 14, 2025'"),
    # variants: front matter's date, a record's RFC 822 date
    "b.md": (
        f"---\ntitle: Ferry plan approved\ndate: Saturday, March 14, 2025\n---\n\n{BODY}\n",
        "b.md:3:7: front-matter date 'Saturday, March 14, 2025'",
    ),
    "c.jsonl": (
        json.dumps({"title": "Ferry plan approved", "text": BODY, "date": "Sat, 14 Mar 2025 10:00:00 GMT"}) + "\n",
        "c.jsonl (line 1): metadata date 'Sat, 14 Mar 2025 10:00:00 GMT'",
    ),
}


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for name, (text, _said) in FILES.items():
        (root / name).write_text(text, "utf-8")
    return root


@pytest.mark.parametrize(("doc", "name"), [("a", "a.txt"), ("b", "b.md"), ("c#1", "c.jsonl")])
def test_show_json_keeps_the_date_written_and_says_the_weekday(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, name: str
) -> None:
    root = _corpus(tmp_path)
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "show", doc, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["date"].startswith("2025-03-14")
    assert shown["notes"] == [f"{FILES[name][1]}: {SLIP}"]


def test_a_right_weekday_says_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "d.md").write_text(f"---\ntitle: Ferry\ndate: Friday, March 14, 2025\n---\n\n{BODY}\n", "utf-8")
    (root / "e.txt").write_text(f"Ferry plan approved\nFri 14 Mar 2025 10:00 GMT\n\n{BODY}\n", "utf-8")
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert [(r["date"][:10], r["notes"]) for r in rows] == [("2025-03-14", []), ("2025-03-14", [])]


@pytest.mark.parametrize("doc", ["a", "b"])
async def test_the_reader_shows_the_weekday_note_under_the_title(tmp_path: Path, doc: str) -> None:
    app = make_app(open_doc=doc, corpus=_corpus(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        notes = reader.query_one("#reader-notes", Static)
        assert notes.display
        width, height = notes.size
        drawn = " ".join(s.text.strip() for s in notes.render_lines(Region(0, 0, width, height)))
        assert " ".join(drawn.split()) == f"note: {FILES[doc + ('.txt' if doc == 'a' else '.md')][1]}: {SLIP}"
