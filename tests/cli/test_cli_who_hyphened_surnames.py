"""``entity:`` of a person named with a hyphened compound surname finds the article writing it
with a space, and the entity list and an article's entities name it once (t13o F4, round s29-g:
``entity:"Elena Vargas-Huamán"`` missed the live blog's "Elena Vargas Huaman"). The reported
spellings and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    ("Elena Vargas-Huamán", "Elena Vargas Huaman"),  # reported
    ("Marta Pérez-Llorca", "Marta Perez Llorca"),
    ("Jean-Pierre Lavallée", "Jean Pierre Lavallee"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("hyphened", "spaced"), CASES)
def test_entity_search_finds_both_spellings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, hyphened: str, spaced: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Help promised\n\nGovernor {hyphened} promised help on Tuesday.\n", encoding="utf-8")
    (root / "b.txt").write_text(f"Help on its way\n\nGovernor {spaced} said help was coming.\n", encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    people = [e["name"] for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"]
    assert people == [hyphened]
    own = [e["name"] for e in _run(capsys, [*base, "entities", "b", "--json"])["entities"] if e["type"] == "PERSON"]
    assert own == [hyphened]
    for name in (hyphened, spaced):
        hits = _run(capsys, [*base, "search", f'entity:"{name}"', "--json"])["hits"]
        assert sorted(h["doc"] for h in hits) == ["a", "b"], (name, hits)
