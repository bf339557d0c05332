"""A corpus.yaml whose keys apply to nothing is said, not ignored in silence (issue 13, session 15
#3c).

Reported: a corpus.yaml with each file's entry at the top level (no ``articles:`` key) was ignored
silently: no outlet or title it gave applied, and nothing said why. Every top-level key but
``articles`` and ``date_order`` is now one warning naming its place and what was expected (CLI
stderr, ``index --json`` ``metadata_errors``, the app's notice, tests/tui)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLE = "Harbour cranes idle\n\nThe port of Rotterdam said on Monday that automated cranes stood idle for a day.\n"


def corpus(tmp_path: Path, yaml: str) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), "utf-8")
    (root / "corpus.yaml").write_text(yaml, "utf-8")
    return root


def run(capsys: pytest.CaptureFixture[str], root: Path, tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_entries_at_the_top_level_are_said_with_what_was_expected(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The reported case: the files' entries written without ``articles:``."""
    root = corpus(tmp_path, "a.txt:\n  outlet: Harbour Gazette\nb.txt:\n  outlet: Port Wire\n")
    code, out, err = run(capsys, root, tmp_path, "list")
    assert code == 0 and "Harbour Gazette" not in out  # still not applied: nothing guessed
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == 1
    assert "corpus.yaml:1:1: no 'articles' key" in warnings[0]
    assert "'a.txt' and 1 more top-level key ignored" in warnings[0]
    assert "expected 'articles:'" in warnings[0]
    code, out, _ = run(capsys, root, tmp_path, "index", "--json")
    assert code == 0
    assert any("no 'articles' key" in e for e in json.loads(out)["metadata_errors"])


def test_a_misspelt_articles_key_is_said_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = corpus(tmp_path, "Articles:\n  a.txt:\n    outlet: Harbour Gazette\n")
    _code, _out, err = run(capsys, root, tmp_path, "list")
    assert (
        "corpus.yaml:1:1: no 'articles' key, so nothing in corpus.yaml applies to any article ('Articles' ignored)"
        in err
    )


def test_a_stray_key_beside_articles_is_said_and_the_entries_still_apply(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = corpus(tmp_path, "articles:\n  a.txt:\n    outlet: Harbour Gazette\ndate-order: dmy\n")
    code, out, err = run(capsys, root, tmp_path, "list")
    assert code == 0 and "Harbour Gazette" in out
    assert "corpus.yaml:4:1: unknown key 'date-order' at the top level (known: articles, date_order) (ignored)" in err
    # A file with date_order alone (for front matter dates) or only comments says nothing.
    for quiet in ("date_order: dmy\n", "# nothing yet\n"):
        (root / "corpus.yaml").write_text(quiet, "utf-8")
        assert "warning" not in run(capsys, root, tmp_path, "list")[2]
