"""The entity list types a mine named beside its kind noun as a facility in every article (t13y
G10: "San Telmo" was a Person in all four articles because the Spanish wire writes "la mina San
Telmo", and no entity at all without it). The reported corpus (tests/fixtures/names_t13y_mine,
copied unchanged) and two variants of other names and languages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "names_t13y_mine"


def _entities(capsys: pytest.CaptureFixture[str], root: Path, ix: Path) -> list[dict[str, object]]:
    code = main(["--corpus", str(root), "--index-dir", str(ix), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(json.loads(out)["entities"])


def test_the_reported_mine_is_a_facility(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    shutil.copytree(FIXTURE, root)
    found = [e for e in _entities(capsys, root, tmp_path / "ix") if e["name"] == "San Telmo"]
    assert [e["type"] for e in found] == ["FAC"], found
    docs = {m["doc"] for m in found[0]["mentions"]}  # type: ignore[attr-defined]
    assert {"agencia-sur", "nordwire-0930", "short"} <= docs, docs


@pytest.mark.parametrize(
    ("name", "foreign", "english"),
    [
        (
            "Sainte-Barbe",
            "Les secours ont atteint les mineurs du puits Sainte-Barbe dans la nuit de lundi.",
            "Rescuers reached the miners of the Sainte-Barbe coal pit on Monday night, officials said.",
        ),
        (
            "Glückauf Ost",
            "Die Bergleute der Zeche Glückauf Ost wurden am Montag gerettet, sagte die Feuerwehr.",
            "The miners trapped at the Glückauf Ost colliery were rescued on Monday, firefighters said.",
        ),
    ],
)
def test_a_foreign_wires_mine_is_a_facility_everywhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, foreign: str, english: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "wire.txt").write_text(f"Mine rescue\n\n{foreign}\n", encoding="utf-8")
    (root / "news.txt").write_text(f"Miners rescued\n\n{english}\n\nThe miners of {name} are safe.\n", encoding="utf-8")
    found = [
        (e["type"], sorted({m["doc"] for m in e["mentions"]}))
        for e in _entities(capsys, root, tmp_path / "ix")
        if e["name"] == name
    ]  # type: ignore[attr-defined]
    assert found == [("FAC", ["news", "wire"])], found
