"""An article naming a person by a compound surname alone ("Harbour master Ríos Vidal said") is
an article of the one person the corpus names in full with it: one entity, and ``who:`` of the
full name, of the first surname form and of the lone surname find every article (t13t F1, round
s31-j: two entities; who:"Elena Rios Vidal" missed the article). The reported names and two
invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    ("Elena Ríos Vidal", "Elena Rios", "Ríos Vidal", "Harbour master"),  # reported (t13t F1)
    ("Joaquim Souza Teixeira", "Joaquim Souza", "Souza-Teixeira", "Fire chief"),
    ("Gabriela Fernández Ochoa", "Gabriela Fernandez", "Fernández Ochoa", "Mayor"),
]


def _corpus(root: Path, full: str, short: str, lone: str, role: str) -> Path:
    root.mkdir()
    (root / "full.txt").write_text(
        f"Rescuers searched the water through the night. {role} {full} said the search would go on.\n",
        encoding="utf-8",
    )
    (root / "short.txt").write_text(
        f"Families waited at the pier on Friday. {role} {short} said more boats were coming.\n", encoding="utf-8"
    )
    (root / "lone.txt").write_text(
        f"The inquiry opened on Monday. {role} {lone} said 212 passengers had been aboard.\n", encoding="utf-8"
    )
    return root


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("full", "short", "lone", "role"), CASES)
def test_the_lone_compound_surname_is_the_person(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, full: str, short: str, lone: str, role: str
) -> None:
    corpus = _corpus(tmp_path / "c", full, short, lone, role)
    data = _run(capsys, ["--corpus", str(corpus), "entities", "--json"])
    people = [e for e in data["entities"] if e["type"] == "PERSON"]
    assert [e["name"] for e in people] == [full], [e["name"] for e in people]
    assert sorted({m["doc"] for m in people[0]["mentions"]}) == ["full", "lone", "short"]
    for query in (full, short, lone):
        hits = _run(capsys, ["--corpus", str(corpus), "search", f'who:"{query}"', "--json"])["hits"]
        assert sorted(h["doc"] for h in hits) == ["full", "lone", "short"], query
