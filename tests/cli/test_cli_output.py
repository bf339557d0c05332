"""The JSON writers of the CLI: same JSON value whichever layout, terminal-unsafe text escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main
from waic_reader.tui.cli.output import json_text, records_json_text

DATA = {
    "articles": [
        {"doc": "a", "title": "Ferry plan \u2014 approved", "words": 3, "notes": [], "date": None},
        {"doc": "b/c", "title": "Right\u202eto-left \x85 and \u2028", "words": 0, "notes": ["n"], "date": "2025"},
    ],
    "skipped": [],
    "total": 2,
}


def test_records_layout_is_the_same_json_value_one_record_a_line() -> None:
    text = records_json_text(DATA)
    assert json.loads(text) == json.loads(json_text(DATA)) == DATA
    assert list(json.loads(text)) == list(DATA)  # key order kept
    lines = text.splitlines()
    assert [json.loads(line.strip().rstrip(",")) for line in lines[2:4]] == DATA["articles"]
    for unsafe in ("\u202e", "\x85", "\u2028"):
        assert unsafe not in text


def test_list_json_writes_one_article_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("one", "two", "three"):
        (corpus / f"{name}.txt").write_text(f"The {name} report.\n\nThe council met on Tuesday about {name}.\n")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert sorted(a["doc"] for a in data["articles"]) == ["one", "three", "two"]
    docs_by_line = [json.loads(line.strip().rstrip(","))["doc"] for line in out.splitlines() if '"doc"' in line]
    assert docs_by_line == [a["doc"] for a in data["articles"]]


def test_a_command_leaves_the_callers_collector_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gc

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "one.txt").write_text("The one report.\n\nThe council met on Tuesday.\n")
    before = gc.get_threshold()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    assert gc.get_threshold() == before and gc.isenabled()
    assert main(["--corpus", str(tmp_path / "missing"), "list"]) == 1
    assert gc.get_threshold() == before
    capsys.readouterr()
