"""``corpus.yaml``'s problems name it as the README shows and as the corpus's other files are
named, relative to the corpus folder (acceptance s14 #8): ``corpus.yaml:5:5: …``, not
``/home/…/corpus/corpus.yaml:5:5: …``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate.\n"


def _errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], yaml: str) -> list[str]:
    root = tmp_path / "c"
    root.mkdir(parents=True)
    (root / "a.txt").write_text(BODY, "utf-8")
    (root / "corpus.yaml").write_text(yaml, "utf-8")
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["metadata_errors"]


def test_an_unknown_field_is_placed_relative_to_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # reported: a warning at 5:5 printed with the absolute path
    yaml = "articles:\n  a.txt:\n    title: A\n    outlet: B\n    colour: red\n"
    assert _errors(tmp_path, capsys, yaml) == [
        "corpus.yaml:5:13: unknown field 'colour' (known: title, outlet, date, url, author, tags)"
    ]


def test_a_yaml_syntax_error_and_a_missing_file_are_placed_so_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _errors(tmp_path / "1", capsys, "articles:\n  a.txt: [unclosed\n")
    assert len(broken) == 1 and broken[0].startswith("corpus.yaml:"), broken
    missing = _errors(tmp_path / "2", capsys, "articles:\n  gone.txt:\n    title: G\n")
    assert missing == ["corpus.yaml:3:5: no file 'gone.txt' in the corpus: its fields apply to no article"]
    assert str(tmp_path) not in " ".join(broken + missing)
