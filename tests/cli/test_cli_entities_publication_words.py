"""The entity list types a publication named by how often it comes out an organisation (t13o F8,
round s29-g: "Mining Weekly" was a person). The reported input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = ["Mining Weekly", "Farming Daily", "Aviation Monthly"]


@pytest.mark.parametrize("name", CASES)
def test_an_organisation_in_the_entity_list(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.md").write_text(
        f"# Why mines collapse\n\nThe report, seen by *{name}*, lists 40 incidents since 2019.\n", encoding="utf-8"
    )
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    types = {e["name"]: e["type"] for e in json.loads(out)["entities"]}
    assert types.get(name) == "ORG", types
