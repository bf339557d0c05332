"""A CSV quote that is never closed (issue 17, s12): the csv module reads the rest of the file
as one cell and says nothing, so the rows after it silently became one article's text. The
record is still read as the csv module gives it, and says so where a record's other faults are
said (a note naming its row, listed by ``index`` as a warning; its skip reason when it is
skipped): the line where the quote opened and what became of the rest of the file. In the
header row, the file has no records and is skipped with that reason."""

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


def test_a_text_cell_left_open_is_read_to_the_end_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # reported: a text cell opens a quote on line 3 and never closes it
    data = f'title,text\nFirst,{BODY}\nSecond,"Opened here\nThird,third row\nFourth,fourth row\n'
    root = corpus(tmp_path, "rows.csv", data.encode())
    fault = (
        "rows.csv (line 3): a quote opened on line 3 is never closed: "
        "the rest of the file (lines 3–5) is read as its 'text'"
    )
    index = run(root, capsys, "index")
    assert index["skipped"] == [] and index["metadata_errors"] == [fault]
    rows = {r["doc"]: r for r in run(root, capsys, "list")["articles"]}
    assert rows["rows#2"]["notes"] == []  # the rows before it are as they were
    assert rows["rows#3"]["notes"] == [fault]
    shown = run(root, capsys, "show", "rows#3")
    assert shown["text"] == "Opened here\nThird,third row\nFourth,fourth row"  # what the csv module gives


def test_a_title_left_open_on_the_last_line_is_said_in_the_skip_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # semicolons, CRLF, Windows-1252: the quote opens in the title of the last row, whose text it swallows
    data = f'title;text\r\nCaf\xe9;{BODY}\r\n"Never closed;\r\n'.encode("cp1252")
    root = corpus(tmp_path, "semi.csv", data)
    index = run(root, capsys, "index")
    assert index["indexed"] == 1 and index["metadata_errors"] == []
    assert index["skipped"] == [
        {
            "path": "semi.csv (line 3)",
            "reason": "'text' is empty: no text read; a quote opened on line 3 is never closed: "
            "the rest of the file (line 3) is read as its 'title'",
        }
    ]


def test_a_header_left_open_skips_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path, "head.csv", f'title\t"text\nA\t{BODY}\nB\tmore\n'.encode())
    index = run(root, capsys, "index")
    assert index["indexed"] == 0
    assert index["skipped"] == [
        {
            "path": "head.csv",
            "reason": "a quote opened on line 1 is never closed: the header row runs to the end of the file "
            "(lines 1–3), no records",
        }
    ]


@pytest.mark.parametrize(
    "last",
    [
        '"Closed, with ""quotes"" and\na second line"\n',  # a quoted cell over two lines, closed
        '"Ends with a quote mark """',  # closed, no newline at the end
        'a stray " quote in an unquoted cell\n',  # a quote inside a cell opens nothing
    ],
)
def test_closed_cells_say_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], last: str) -> None:
    root = corpus(tmp_path, "ok.csv", f"title,text\nFirst,{BODY}\nSecond,{last}".encode())
    index = run(root, capsys, "index")
    assert index["indexed"] == 2 and index["skipped"] == [] and index["metadata_errors"] == []
