"""The entity list has no name holding a terminal control sequence's letter, and the name after
it is a mention of its person (t13o F6, round s29-g: "\\x1b[31mQuispe said" gave PERSON
"mQuispe"). The reported input and an invented variant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    (  # reported (t13o F6)
        "Rosario Quispe, a labour inspector, had warned the company. \x1b[31mQuispe said the third level was unsafe.\x1b[0m\n",
        "Rosario Quispe",
        "Quispe",
    ),
    (  # bold and a colour with two parameters
        "Tomasz Wielgosz, an engineer, inspected the dam. \x1b[1;33mWielgosz told reporters it would hold.\x1b[0m\n",
        "Tomasz Wielgosz",
        "Wielgosz",
    ),
]


@pytest.mark.parametrize(("text", "name", "later"), CASES)
def test_the_name_after_a_sequence_is_a_mention(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, name: str, later: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("Mine safety\n\n" + text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    ents = {e["name"]: [m["text"] for m in e["mentions"]] for e in json.loads(out)["entities"]}
    assert all("\x1b" not in n and not n.startswith("m") for n in ents), ents
    assert ents.get(name) == [name, later], ents
