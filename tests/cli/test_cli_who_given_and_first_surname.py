"""A person named by a given name and a first surname in some articles and by the full name with
a second surname in another ("Rosario Quispe" / "Rosario Quispe Mamani") is one entity, and
``who:`` of the short form finds every article of that person (t13o F4, round s29-g: two entities;
s27-i's rule joined a given name and the *last* surname only). The reported pair and two
invented variants; a short form two longer names could be stays apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

PAIRS = [
    ("Rosario Quispe Mamani", "Rosario Quispe", "Inspector"),  # reported (t13o F4)
    ("Lucía Huamán Torres", "Lucía Huamán", "Director"),
    ("Tomás Condori Apaza", "Tomás Condori", "Governor"),
]


def _corpus(root: Path, full: str, short: str, role: str) -> Path:
    root.mkdir()
    (root / "long.txt").write_text(
        f"Rescuers worked through the night. {role} {full} said the site was unsafe.\n", encoding="utf-8"
    )
    (root / "short.txt").write_text(
        f"Residents gathered on Tuesday. {role} {short} said the danger has passed.\n", encoding="utf-8"
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
    corpus = _corpus(tmp_path / "c", "Rosario Quispe Mamani", "Rosario Quispe", "Inspector")
    (corpus / "other.txt").write_text("The teacher Rosario Quispe Huanca watched the rescue.\n", encoding="utf-8")
    data = _run(capsys, ["--corpus", str(corpus), "entities", "--json"])
    names = sorted(e["name"] for e in data["entities"] if e["type"] == "PERSON")
    assert names == ["Rosario Quispe", "Rosario Quispe Huanca", "Rosario Quispe Mamani"], names
