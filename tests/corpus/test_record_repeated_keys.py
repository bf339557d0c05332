"""A JSON record that writes a key twice keeps its first value and says so (re-test of #17 after
s15, fault 7): ``{"title": "a", "title": "b"}`` silently took "b", where a CSV header naming a
field twice is read from its first column with a note, and front matter's YAML refuses it."""

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


@pytest.mark.parametrize(
    ("name", "data", "where", "field", "note"),
    [
        # reported
        (
            "api.jsonl",
            f'{{"title": "a", "title": "b", "text": "{BODY}"}}\n',
            "api.jsonl (line 1)",
            ("title", "a"),
            'the record names \'title\' twice ("a", then "b"): the first is read',
        ),
        # variants: a date twice in a JSON array's record; an outlet object's name twice
        (
            "arr.json",
            f'[{{"text": "{BODY}", "date": "2025-03-14", "date": "2025-03-15"}}]',
            "arr.json (record 1)",
            ("date", "2025-03-14"),
            'the record names \'date\' twice ("2025-03-14", then "2025-03-15"): the first is read',
        ),
        (
            "news.ndjson",
            f'{{"text": "{BODY}", "source": {{"id": null, "name": "Reuters", "name": "AP"}}}}\n',
            "news.ndjson (line 1)",
            ("outlet", "Reuters"),
            'the record names \'source.name\' twice ("Reuters", then "AP"): the first is read',
        ),
    ],
)
def test_a_key_written_twice_reads_the_first_and_says_so(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: str,
    where: str,
    field: tuple[str, str],
    note: str,
) -> None:
    root = corpus(tmp_path, name, data)
    assert run(root, capsys, "index")["metadata_errors"] == [f"{where}: {note}"]
    (row,) = run(root, capsys, "list")["articles"]
    assert row[field[0]] == field[1]
    assert row["notes"] == [f"{where}: {note}"]
    shown = run(root, capsys, "show", row["doc"])
    assert f"{where}: {note}" in shown["notes"]


def test_a_skipped_record_s_reason_names_its_repeated_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path, "api.jsonl", f'{{"text": "{BODY}"}}\n{{"text": "", "text": "late"}}\n')
    (skip,) = run(root, capsys, "index")["skipped"]
    assert skip["path"] == "api.jsonl (line 2)"
    assert (
        skip["reason"]
        == "'text' is empty: no text read; the record names 'text' twice (\"\", then \"late\"): the first is read"
    )


def test_keys_written_once_have_no_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path, "api.jsonl", f'{{"title": "a", "text": "{BODY}", "source": {{"name": "AP"}}}}\n')
    assert run(root, capsys, "index")["metadata_errors"] == []
    (row,) = run(root, capsys, "list")["articles"]
    assert row["notes"] == [] and row["title"] == "a"
