"""The entity list types a name written before "dam", "bridge", "tunnel" … as a facility, never a
person (t13p F11, round s29-j: "the Rocío Alto dam", written so in every article, was "Rocío
Alto  Person" at the top of the matrix). The reported input and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

CASES = [("Rocío Alto", "dam"), ("Marta Lindqvist", "bridge"), ("Ingrid Holm", "tunnel")]  # the first reported


@pytest.mark.parametrize(("name", "noun"), CASES)
def test_the_structure_is_no_person(capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, noun: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        f"{name} {noun} collapse: live updates\n\nOfficials said the {name} {noun} gave way at dawn.\n",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        f"Inquiry opened\n\nThe {name} {noun} had been inspected in May, police said.\n", encoding="utf-8"
    )
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    kinds = {e["type"] for e in json.loads(out)["entities"] if e["name"] == name}
    assert kinds == {"FAC"}, kinds


ELSEWHERE = [
    ("Rocío Alto", "dam", "Officials said on Friday that the Rocío Alto incident was under review."),  # reported kind
    ("Marta Lindqvist", "bridge", "Officials said on Friday that the Marta Lindqvist incident was under review."),
    ("Ingrid Holm", "tunnel", "Inspectors visited the Ingrid Holm site, officials said."),
]


@pytest.mark.parametrize(("name", "noun", "title"), ELSEWHERE)
def test_a_facility_typed_a_person_elsewhere_is_the_facility(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, noun: str, title: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Flood news\n\nOfficials said the {name} {noun} gave way at dawn.\n", encoding="utf-8")
    (root / "b.txt").write_text(f"Inquiry opened\n\n{title}\n", encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    found = [
        (e["type"], sorted({m["doc"] for m in e["mentions"]})) for e in json.loads(out)["entities"] if e["name"] == name
    ]
    assert found == [("FAC", ["a", "b"])], found
