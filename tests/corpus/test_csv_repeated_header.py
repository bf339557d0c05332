"""A CSV header that names a field twice (issue 17, s14 #2): the csv rows became dicts, so the
last column of a repeated name silently won (``id;title;text;source;date;title`` took its title
from the second ``title``). The first column is read, as a record's first recognised field
name is, and a note on each of the file's articles names the repeated header; ``index`` lists it
once, for the file."""

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


def corpus(tmp_path: Path, name: str, data: str) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / name).write_text(data, encoding="utf-8")
    return root


def test_a_repeated_title_reads_the_first_column_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # reported
    data = f"id;title;text;source;date;title\n1;First title;{BODY};Harbour Times;2025-05-05;Second title\n"
    root = corpus(tmp_path, "api.csv", data)
    note = "api.csv: the header repeats 'title' and 'title' (columns 2, 6): the first column is read"
    index = run(root, capsys, "index")
    assert index["metadata_errors"] == [note]
    (row,) = run(root, capsys, "list")["articles"]
    assert row["title"] == "First title" and row["notes"] == [note]


def test_a_repeated_date_dates_by_the_first_and_is_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # reported: dated by the last "date"; two records, one warning for the file
    data = f"title,text,date,date\nA,{BODY},2025-01-01,2025-02-02\nB,{BODY} Again.,2025-01-03,2025-02-04\n"
    root = corpus(tmp_path, "two.csv", data)
    note = "two.csv: the header repeats 'date' and 'date' (columns 3, 4): the first column is read"
    assert run(root, capsys, "index")["metadata_errors"] == [note]
    rows = run(root, capsys, "list")["articles"]
    assert [r["date"] for r in rows] == ["2025-01-01", "2025-01-03"]
    assert all(r["notes"] == [note] for r in rows)


def test_names_repeated_in_another_case_or_a_short_row_and_unread_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Title" and "title" are one field name (compared as fields are recognised); a row without
    # the second cell still reads the first; a repeated column no field is read from is not said
    data = f"Title\ttext\textra\textra\ttitle\nFirst\t{BODY}\tx\ty\nOther\t{BODY} More.\tx\ty\tLast\n"
    root = corpus(tmp_path, "tab.csv", data)
    note = "tab.csv: the header repeats 'Title' and 'title' (columns 1, 5): the first column is read"
    assert run(root, capsys, "index")["metadata_errors"] == [note]
    rows = run(root, capsys, "list")["articles"]
    assert [r["title"] for r in rows] == ["First", "Other"]


def test_a_header_without_repeats_has_no_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path, "ok.csv", f"title,text,date\nA,{BODY},2025-01-01\n")
    assert run(root, capsys, "index")["metadata_errors"] == []
    (row,) = run(root, capsys, "list")["articles"]
    assert row["notes"] == [] and row["title"] == "A"
