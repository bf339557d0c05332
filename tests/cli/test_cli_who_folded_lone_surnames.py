"""``who:`` of a full name finds the lone surname an article writes with other accents, and the
entity list has no separate entity of it (t13o F4, round s29-g: "Joaquin Cespedes" then
"Céspedes said" was a PERSON "Céspedes" of its own, and ``who:"Joaquin Cespedes"`` found one
span of two: the corpus, naming another person of that surname, could not join it). The reported
input and two invented variants, each beside an article on another bearer of the surname."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [
    ("Joaquin Cespedes", "Céspedes", "The chief executive", "Marta Céspedes"),  # reported
    ("Zoltán Kovács", "Kovacs", "The mayor", "Ildikó Kovács"),
    ("Soren Mikkelsen", "Mikkelsén", "The coach", "Lars Mikkelsen"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("full", "lone", "role", "other"), CASES)
def test_who_finds_the_folded_lone_surname(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, full: str, lone: str, role: str, other: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        f'Claims rejected\n\n{role}, {full}, rejected the claim. "We followed every rule," {lone} said.\n',
        encoding="utf-8",
    )
    (root / "b.txt").write_text(f"Nurse honoured\n\n{other}, a nurse, was honoured on Friday.\n", encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    people = [e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"]
    assert sorted((e["name"], len(e["mentions"])) for e in people) == sorted([(full, 2), (other, 1)]), people
    hits = _run(capsys, [*base, "search", f'who:"{full}"', "--json"])["hits"]
    assert [(h["doc"], len(h["spans"])) for h in hits] == [("a", 2)], hits
