"""A header row repeated mid-file, where two CSV exports were joined into one, is no article
(re-test of #17 after s15, fault 3): it was read as an article titled "title" whose text was
"text". It is skipped with its reason in ``index --json`` ``skipped``, and so is a JSON record
that is such a header (every field it fills holds a field's name)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.formats.records import HEADER_AGAIN
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate."
LATER = "The ferry sailed again on Monday after the council vote on Friday."


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


@pytest.mark.parametrize(
    ("data", "skipped_line"),
    [
        # reported: the header again, mid-file
        (f"title,text,date\nA,{BODY},2025-03-14\ntitle,text,date\nB,{LATER},2025-03-17\n", 3),
        # variants: quoted, semicolons and a blank line between the exports; padded cells
        (f'"title";"text";"date"\nA;{BODY};2025-03-14\n\n"title";"text";"date"\nB;{LATER};2025-03-17\n', 4),
        (f"title, text, date\nA, {BODY}, 2025-03-14\ntitle, text, date\nB, {LATER}, 2025-03-17\n", 3),
    ],
)
def test_the_header_row_again_is_skipped_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: str, skipped_line: int
) -> None:
    root = corpus(tmp_path, "rows.csv", data)
    index = run(root, capsys, "index")
    assert index["skipped"] == [{"path": f"rows.csv (line {skipped_line})", "reason": HEADER_AGAIN}]
    rows = run(root, capsys, "list")["articles"]
    assert [r["title"] for r in rows] == ["A", "B"]


def test_another_export_s_header_mid_file_is_skipped_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The second export writes its columns in another order: still field names, no article.
    data = f"title,text,date\nA,{BODY},2025-03-14\ntext,title,published\nB,{LATER},2025-03-17\n"
    root = corpus(tmp_path, "rows.csv", data)
    (skip,) = run(root, capsys, "index")["skipped"]
    assert skip["path"] == "rows.csv (line 3)"
    assert skip["reason"].startswith("a header row, no article: its fields hold field names ('text', 'title'")


def test_a_json_lines_record_of_field_names_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"title": "A", "text": BODY, "date": "2025-03-14"},
        {"title": "title", "text": "text", "date": "date"},
        {"title": "B", "text": LATER, "date": "2025-03-17"},
    ]
    root = corpus(tmp_path, "api.jsonl", "".join(json.dumps(r) + "\n" for r in lines))
    (skip,) = run(root, capsys, "index")["skipped"]
    assert skip == {
        "path": "api.jsonl (line 2)",
        "reason": "a header row, no article: its fields hold field names ('title', 'text', 'date')",
    }


def test_a_record_whose_title_is_a_field_name_is_still_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only a record whose every field is a field's name is a header: a title "Summary" over text is read.
    root = corpus(tmp_path, "rows.csv", f"title,text,date\nSummary,{BODY},2025-03-14\n")
    assert run(root, capsys, "index")["skipped"] == []
    (row,) = run(root, capsys, "list")["articles"]
    assert row["title"] == "Summary"
