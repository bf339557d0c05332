"""``corpus.yaml`` takes ``author`` and ``tags`` as front matter does (acceptance t13ad N13: the README
lists them among corpus.yaml's metadata strings, yet each was "unknown field … (ignored)"), and, as for
its other fields, they take precedence over the file's own (front matter, a feed item, a record);
an edited author re-indexes the article as an edited title does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = "A jet carrying 184 passengers landed safely on Tuesday after an engine fire, the airline said.\n"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _corpus(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "c"
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def test_the_reported_entry_gives_author_and_tags_without_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(
        tmp_path,
        {"a.txt": BODY, "corpus.yaml": "articles:\n  a.txt: {author: Kai Lund, tags: [aviation], outlet: Nordwire}\n"},
    )
    assert _run(tmp_path, capsys, "index")["metadata_errors"] == []
    shown = _run(tmp_path, capsys, "show", "a")
    assert (shown["author"], shown["tags"], shown["outlet"]) == ("Kai Lund", ["aviation"], "Nordwire")


def test_corpus_yaml_wins_over_front_matter_and_takes_comma_separated_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    front = "---\ntitle: Jet lands\nauthor: Front Writer\ntags: [x, y]\n---\n" + BODY
    only_front = "---\ntitle: Jet lands again\nauthor: Ana Ruiz\ntags: kept\n---\n" + BODY
    _corpus(
        tmp_path,
        {
            "b.md": front,
            "c.md": only_front,
            "corpus.yaml": "articles:\n  b.md:\n    author: Mei Tanaka\n    tags: fire, airports\n",
        },
    )
    shown = _run(tmp_path, capsys, "show", "b")
    assert (shown["author"], shown["tags"]) == ("Mei Tanaka", ["fire", "airports"])
    other = _run(tmp_path, capsys, "show", "c")  # no entry: the file's own fields
    assert (other["author"], other["tags"]) == ("Ana Ruiz", ["kept"])


def test_a_record_export_entry_and_a_bad_tags_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = {"id": "r1", "title": "Jet lands", "text": BODY, "author": "Wire Desk", "tags": ["news"]}
    _corpus(
        tmp_path,
        {
            "feed.jsonl": json.dumps(record) + "\n",
            "d.txt": BODY,
            "corpus.yaml": "articles:\n  d.txt:\n    tags: {a: 1}\n    author: [not, text]\n",
        },
    )
    errors = _run(tmp_path, capsys, "index")["metadata_errors"]
    assert any(e.startswith("corpus.yaml:3:11:") and "'tags' must be text or a list" in e for e in errors), errors
    assert any(e.startswith("corpus.yaml:4:13:") and "'author'" in e for e in errors), errors
    shown = _run(tmp_path, capsys, "show", "d")
    assert (shown["author"], shown["tags"]) == (None, [])
    docs = [row["doc"] for row in _run(tmp_path, capsys, "list")["articles"]]
    record_doc = next(doc for doc in docs if doc != "d")
    kept = _run(tmp_path, capsys, "show", record_doc)
    assert (kept["author"], kept["tags"]) == ("Wire Desk", ["news"])


def test_an_edited_author_re_indexes_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _corpus(tmp_path, {"e.txt": BODY, "corpus.yaml": "articles:\n  e.txt: {author: Old Name}\n"})
    _run(tmp_path, capsys, "index")
    (root / "corpus.yaml").write_text("articles:\n  e.txt: {author: New Name, tags: [late]}\n", "utf-8")
    assert _run(tmp_path, capsys, "index")["indexed"] == 1
    shown = _run(tmp_path, capsys, "show", "e")
    assert (shown["author"], shown["tags"]) == ("New Name", ["late"])
