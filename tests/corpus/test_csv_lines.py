"""A CSV record is numbered by the line it starts on, as the file shows it (acceptance #17-7,
reviewer F9): blank lines were passed over in the count, so the record on line 4 under a blank
line was ``rows#3`` and ``rows.csv (row 3)``. And a quote closed inside a cell (a second stray
quote further down closing the first) glued the lines up to it into one record without a word:
the csv module's strict reading finds it, and the record says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate."


def run(root: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def corpus(tmp_path: Path, name: str, data: bytes) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / name).write_bytes(data)
    return root


def line_of(data: str, needle: str) -> int:
    """The line of ``data`` (1-based) on which ``needle`` first appears: what a user sees."""
    return data[: data.index(needle)].count("\n") + 1


@pytest.mark.parametrize(
    ("data", "sep"),
    [
        # reported: blank lines between records
        (f"title,text\nFirst,{BODY}\n\nEmpty,\n\n\nThird,{BODY}\n", "\n"),
        # CRLF, semicolons, blank lines at once
        (f"title;text\r\nFirst;{BODY}\r\n\r\nEmpty;\r\n\r\n\r\nThird;{BODY}\r\n", "\r\n"),
        # a quoted cell with line breaks (and a blank line inside it) above the others
        (f'title,text\nFirst,"{BODY}\n\nSecond paragraph."\n\nEmpty,\nThird,{BODY}\n', "\n"),
    ],
)
def test_ids_and_skips_name_the_line_a_record_starts_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: str, sep: str
) -> None:
    root = corpus(tmp_path, "rows.csv", data.encode())
    shown = data.replace("\r\n", "\n")
    index = run(root, capsys, "index")
    assert index["skipped"] == [
        {"path": f"rows.csv (line {line_of(shown, 'Empty')})", "reason": "'text' is empty: no text read"}
    ]
    assert index["metadata_errors"] == []
    docs = {r["doc"]: r["title"] for r in run(root, capsys, "list")["articles"]}
    assert docs == {f"rows#{line_of(shown, 'First')}": "First", f"rows#{line_of(shown, 'Third')}": "Third"}


@pytest.mark.parametrize(
    ("data", "opened", "closed", "last"),
    [
        # reported: the quote opened on line 3 is closed by the stray quotes of line 4
        ('title,text\nA,"text a"\nB,"text b\nC,text c "quoted" here\nD,dee text\n', 3, 4, 4),
        # semicolons, a blank line before it, closed two lines further down
        ('title;text\nA;"text a"\n\nB;"text b\nC;more\nD;"the end" of it\nE;eee\n', 4, 6, 6),
        # closed in a later title cell
        ('title,text\nB,"text b\nC,"quoted" title\n', 2, 3, 3),
    ],
)
def test_a_quote_closed_inside_a_cell_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: str, opened: int, closed: int, last: int
) -> None:
    root = corpus(tmp_path, "two.csv", data.encode())
    index = run(root, capsys, "index")
    fault = (
        f"two.csv (line {opened}): a quote closes inside a cell on line {closed} "
        f"(the csv module: '{';' if ';' in data.partition(chr(10))[0] else ','}' expected after '\"'): "
        f"lines {opened}\u2013{last} are read as this one record"
    )
    assert fault in index["metadata_errors"], index
    rows = {r["doc"]: r for r in run(root, capsys, "list")["articles"]}
    assert rows[f"two#{opened}"]["title"] == "B"
    assert rows[f"two#{opened}"]["notes"] == [fault]
    assert all(not r["notes"] for doc, r in rows.items() if doc != f"two#{opened}")


def test_a_stray_quote_inside_a_plain_cell_is_no_fault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = f'title,text\nA,the "quoted" word in {BODY}\nB,"a ""doubled"" quote, {BODY}"\n'
    root = corpus(tmp_path, "ok.csv", data.encode())
    index = run(root, capsys, "index")
    assert index["metadata_errors"] == [] and index["skipped"] == []
    assert {r["doc"] for r in run(root, capsys, "list")["articles"]} == {"ok#2", "ok#3"}


# Reviewer s13 #12: a quoted cell with text after its closing quote on the same line glued
# nothing, yet the note said "line 2 are read as this one record".
@pytest.mark.parametrize("cell", ['"Mr Roe" Jr', '"Harbour" council', '"A" b c'], ids=["suffix", "word", "words"])
def test_text_after_a_closing_quote_on_one_line_is_said_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str
) -> None:
    data = f'title,text\n{cell},"{BODY}"\nSecond,"{BODY}"\n'
    root = corpus(tmp_path, "one.csv", data.encode())
    rows = {r["doc"]: r for r in run(root, capsys, "list")["articles"]}
    assert set(rows) == {"one#2", "one#3"}
    (note,) = rows["one#2"]["notes"]
    assert note.startswith("one.csv (line 2): a quote closes inside a cell on line 2 ")
    assert note.endswith(": the text after it is kept in the cell") and "read as this one record" not in note
    assert rows["one#3"]["notes"] == []
