"""The CLI's ``facts --json`` on a corpus written for one test (shared by the fact-sheet CLI tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def facts_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict[str, Any]]:
    """``files`` (name → text) written to a corpus folder under ``tmp_path``; the ``facts`` list of
    ``waic-reader --corpus … facts --json`` on it (its own index folder). Fails the test on a
    non-zero exit, with the CLI's stderr."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts: list[dict[str, Any]] = json.loads(out)["facts"]
    return facts
