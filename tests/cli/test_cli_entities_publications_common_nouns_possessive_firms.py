"""`entities --json` on the names of acceptance report t13w F6 (people and firms invented): a
publication someone spoke to is an organisation, never a person ("told Chemical Week Review
that"; a trade title's last word, "Review", "Magazine", "Bulletin"); a capitalised common noun
for a kind of body before an officer's job at a sentence's start is no organisation ("Union
spokesman Søren Dahl", "Hospital spokeswoman", "Council chairman"; a firm's name there, "Brightwave
spokeswoman", stays one); a firm named in the possessive form is recognised as the subject of its
verb and the verb's object ("Moody's cut its rating", "Sainsbury's shut its store", issue 16)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a.txt": "Plant blast\n\nInspector Henrik Solberg told Chemical Week Review that warning signs were there.\n\nUnion spokesman Søren Dahl said the workers had raised concerns. Northwind Co Ltd supplies the plant, and Moody's cut its rating.\n",
    "b.txt": "Harbour fire\n\nEngineer Marta Lindqvist told Nordic Shipping Digest that the valves failed. Auditor Paolo Ferri spoke to Baltic Energy Bulletin on Monday.\n\nHospital spokeswoman Lena Holm said twelve people were treated. Council chairman Peter Moss said the quay would reopen. Brightwave spokeswoman Ines Berg said the firm would pay.\n\nSainsbury's shut its Harwick store, and Domino's closed a branch in the town. Fitch's lowered the outlook too.\n",
    "c.txt": "Ferry strike\n\nCaptain Aino Virtanen told Maritime Trade Magazine in an interview that the crew was tired.\n\nCompany spokesman Jonas Berg said talks would resume. Ministry spokeswoman Kaisa Lehto declined to comment.\n\nHarrod's raised its prices, and Kellogg's cut the jobs of 300 workers.\n",
}


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return {e["name"]: e["type"] for e in data["entities"]}


def test_publications_told_are_organisations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    types = run(tmp_path, capsys)
    for name in ("Chemical Week Review", "Nordic Shipping Digest", "Maritime Trade Magazine", "Baltic Energy Bulletin"):
        assert types.get(name) == "ORG", (name, types)
    assert types.get("Henrik Solberg") == "PERSON"


def test_common_noun_before_an_officer_is_no_organisation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    types = run(tmp_path, capsys)
    for word in ("Union", "Hospital", "Council", "Company", "Ministry"):
        assert word not in types, (word, types)
    assert types.get("Brightwave") == "ORG"
    for person in ("Søren Dahl", "Lena Holm", "Peter Moss", "Jonas Berg", "Kaisa Lehto"):
        assert types.get(person) == "PERSON", person


def test_possessive_firm_names_are_organisations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    types = run(tmp_path, capsys)
    for name in ("Moody's", "Sainsbury's", "Domino's", "Kellogg's", "Harrod's", "Fitch's"):
        assert types.get(name) == "ORG", (name, types)


def test_a_publications_kind_word_alone_keeps_its_purpose_on_the_fact_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Review" names a publication last in a name, but "a review" alone is a thing money is for,
    # no body it is given to (lexicons.kind_of_word leaves PUBLICATION_KINDS out)
    root = tmp_path / "f"
    root.mkdir()
    (root / "a.txt").write_text(
        "Flood plan\n\nThe council set aside £1m for a review of flood defences. The ministry gave "
        "$2 million for the magazine.\n",
        "utf-8",
    )
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "facts", "--json"]) == 0
    labels = {f["label"] for f in json.loads(capsys.readouterr().out)["facts"]}
    assert {"money for review", "money for magazine"} <= labels, labels
