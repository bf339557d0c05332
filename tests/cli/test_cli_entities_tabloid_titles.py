"""The entity list has one person where a tabloid writes a title word before the name the other
articles write ("Boss Joaquín Céspedes was grilled"; t13o F4, round s29-g: a separate PERSON
"Boss Joaquín Céspedes"). The reported input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    ("Boss", "Joaquín Céspedes"),  # reported
    ("Doc", "Dariusz Wolanski"),
    ("Ace", "Ingrid Halvorsen"),
]


@pytest.mark.parametrize(("title", "name"), CASES)
def test_one_person_in_the_entity_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, title: str, name: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "wire.txt").write_text(
        f"Inquiry opens\n\n{name}, who leads the company, spoke on Monday.\n", encoding="utf-8"
    )
    (root / "tabloid.txt").write_text(
        f"FURY\n\n{title} {name} was grilled by reporters last night.\n", encoding="utf-8"
    )
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    people = [(e["name"], len(e["mentions"])) for e in json.loads(out)["entities"] if e["type"] == "PERSON"]
    assert people == [(name, 2)], people
