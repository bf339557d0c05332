"""The entity list has no organisation made of a word a tabloid shouts after "are" ("SEVEN men
are DEAD and others are feared lost"; t13o F8, round s29-g: ORG "DEAD"). The reported input and
two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    ("SEVEN men are DEAD and others are feared lost after the collapse.", "DEAD"),  # reported
    ("Two miners are SAFE after the rescue, officials said.", "SAFE"),
    ("The pilots were LUCKY to survive, doctors said.", "LUCKY"),
]


@pytest.mark.parametrize(("sentence", "word"), CASES)
def test_no_shouted_word_in_the_entity_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, word: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "tabloid.txt").write_text(f"HORROR IN THE ANDES\n\nThe Daily Blast\n\n{sentence}\n", encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert word not in {e["name"] for e in json.loads(out)["entities"]}
