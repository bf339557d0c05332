"""The entity list has no "Labour Party" where the articles write "Labour inspectors said" and
name no party (t13o F8, round s29-g). The reported input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    "Labour inspectors said the third level was unsafe.",  # reported
    "Labour shortages worsened in the northern provinces.",
    "Labour ministry officials met the unions on Friday.",
]


@pytest.mark.parametrize("sentence", CASES)
def test_no_party_in_the_entity_list(capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Mine reopens\n\nThe mine reopened on Monday. {sentence}\n", encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert not any("Labour" in e["name"] for e in json.loads(out)["entities"])
