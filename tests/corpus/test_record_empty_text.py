"""A record whose text field is there but empty (issue 17, s12): ``index --json`` ``skipped`` said
"no text field", as for a record that has none, so a user looked for a misnamed column that was
there all along. The reason now names the field, as the file writes it, and says it is empty (or
null, or only markup); "no text field" stays for a record without any."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate."
NO_FIELD = "no text field (text, content, body, …)"


def skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> tuple[int, list[dict]]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "index", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    return data["indexed"], data["skipped"]


def test_a_csv_rows_empty_text_cell_is_said_with_its_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # reported: an empty cell under "text"
    indexed, skips = skipped(tmp_path, capsys, {"rows.csv": f"title,text\nEmpty one,\nSecond,{BODY}\n"})
    assert indexed == 1
    assert skips == [{"path": "rows.csv (line 2)", "reason": "'text' is empty: no text read"}]


def test_json_lines_name_the_empty_or_null_field_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"title": "blank", "Content": "   "},  # blanks only, the key as the file writes it
        {"title": "null", "body": None},  # JSON null
        {"title": "none"},  # no text field at all: said as before
        {"title": "tags only", "text": "<p> </p>"},  # HTML tags and no text
        {"title": "kept", "text": "", "body": BODY},  # an empty field before one with text: read
    ]
    indexed, skips = skipped(tmp_path, capsys, {"api.jsonl": "\n".join(json.dumps(r) for r in lines) + "\n"})
    assert indexed == 1
    assert skips == [
        {"path": "api.jsonl (line 1)", "reason": "'Content' is empty: no text read"},
        {"path": "api.jsonl (line 2)", "reason": "'body' is null: no text read"},
        {"path": "api.jsonl (line 3)", "reason": NO_FIELD},
        {"path": "api.jsonl (line 4)", "reason": "'text' holds HTML tags and no text: no text read"},
    ]


def test_a_json_arrays_records_say_it_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"headline": "teaser only", "description": ""},  # the fallback text field, empty
        {"headline": "cut", "content": "[+2345 chars]"},  # NewsAPI's cut marker alone
        {"headline": "read", "content": BODY},
    ]
    indexed, skips = skipped(tmp_path, capsys, {"dump.json": json.dumps({"articles": records})})
    assert indexed == 1
    assert skips == [
        {"path": "dump.json (record 1)", "reason": "'description' is empty: no text read"},
        {"path": "dump.json (record 2)", "reason": "'content' holds a cut marker and no text: no text read"},
    ]
