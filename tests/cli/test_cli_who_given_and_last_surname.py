"""A person named by a given name and a surname in one article and by a longer name that opens
and ends with them in another ("Rui Patrício Lourenço" / "Rui Lourenço") is one entity, and
``who:`` of the short form finds every article of that person (t13n F4, round s27-i): two
entities, and ``who:"Rui Lourenço"`` found one article. The reported pairs and two invented
variants; a short form two longer names could be stays apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

PAIRS = [
    # reported (t13n F4)
    ("Rui Patrício Lourenço", "Rui Lourenço", "the fire commander"),
    ("Maria da Conceição Fernandes", "Maria Fernandes", "the mayor"),
    # invented: other names, other languages' middle names
    ("Ana Beatriz Valadares", "Ana Valadares", "the hospital's director"),
    ("Jan Maciej Wróblewski", "Jan Wróblewski", "the site manager"),
]


def _corpus(root: Path, full: str, short: str, role: str) -> Path:
    root.mkdir()
    (root / "long.txt").write_text(
        f"Firefighters fought the blaze through the night. {full}, {role}, said the site was safe.\n",
        encoding="utf-8",
    )
    (root / "short.txt").write_text(
        f"Residents returned home on Tuesday. According to {role}, {short}, the danger has passed.\n",
        encoding="utf-8",
    )
    return root


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("full", "short", "role"), PAIRS)
def test_the_short_form_is_the_long_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, full: str, short: str, role: str
) -> None:
    corpus = _corpus(tmp_path / "c", full, short, role)
    data = _run(capsys, ["--corpus", str(corpus), "entities", "--json"])
    people = [e for e in data["entities"] if e["type"] == "PERSON"]
    assert [e["name"] for e in people] == [full], [e["name"] for e in people]
    hits = _run(capsys, ["--corpus", str(corpus), "search", f'who:"{short}"', "--json"])["hits"]
    assert sorted(h["doc"] for h in hits) == ["long", "short"]


def test_two_longer_names_leave_the_short_form_apart(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", "Rui Patrício Lourenço", "Rui Lourenço", "the fire commander")
    (corpus / "other.txt").write_text("Rui Manuel Lourenço, a baker, watched the smoke.\n", encoding="utf-8")
    data = _run(capsys, ["--corpus", str(corpus), "entities", "--json"])
    names = sorted(e["name"] for e in data["entities"] if e["type"] == "PERSON")
    assert names == ["Rui Lourenço", "Rui Manuel Lourenço", "Rui Patrício Lourenço"], names
