"""A record's number is one number (acceptance, session 8): ``rows.csv (line 2): no text field``
counted the file's rows (the header is row 1) while ``rows#2`` was the second data row, and a
blank line in JSON Lines shifted the ids from the lines the notes name. Now a record's doc id
(when it has no id of its own) carries the number its skipped entry and notes give: its line in
JSON Lines, its row in a CSV, its place in a JSON array."""

from __future__ import annotations

import json
from pathlib import Path

from waic_reader.index.corpus.reader import Corpus

BODY = "The harbour council approved the ferry plan on Friday after a long debate."


def scan(folder: Path) -> tuple[dict[str, str], list[str]]:
    corpus = Corpus.scan(folder)
    return {doc: corpus.article(doc).text for doc in corpus.docs}, [s.path for s in corpus.skipped]


def test_the_reported_csv_row_is_the_same_number_in_the_id_and_the_skipped_list(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text(f"title,text\nempty,\nsecond,{BODY} (row 3)\nthird,{BODY} (row 4)\n", "utf-8")
    docs, skipped = scan(tmp_path)
    assert skipped == ["rows.csv (line 2)"]
    assert docs == {"rows#3": f"{BODY} (row 3)", "rows#4": f"{BODY} (row 4)"}


def test_json_lines_ids_are_the_lines_blank_lines_included(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": f"{BODY} (line 1)"}),
        "",
        "not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": f"{BODY} (line 5)"}),
    ]
    (tmp_path / "api.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    docs, skipped = scan(tmp_path)
    assert skipped == ["api.jsonl (line 3)", "api.jsonl (line 4)"]
    assert docs == {"api#1": f"{BODY} (line 1)", "api#5": f"{BODY} (line 5)"}


def test_json_array_records_are_numbered_as_the_skipped_list_names_them(tmp_path: Path) -> None:
    records = [{"title": "none"}, "a string", {"text": f"{BODY} (record 3)"}]
    (tmp_path / "dump.json").write_text(json.dumps(records), "utf-8")
    docs, skipped = scan(tmp_path)
    assert skipped == ["dump.json (record 1)", "dump.json (record 2)"]
    assert docs == {"dump#3": f"{BODY} (record 3)"}
