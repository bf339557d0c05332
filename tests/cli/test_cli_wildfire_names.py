"""Issue #16 (round s33-d), through the CLI: ``entities --json`` and ``facts --json`` on a small
French/English wildfire corpus as the acceptance tester wrote it. The kinds and their variants are
tested in tests/analysis/test_entities_wildfire_names.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a1": (
        "Wildfire forces evacuations near Saint-Aubrac-Des-Pins\n\nAugust 14, 2026\n\n"
        "Sofia Lindqvist, a Swedish tourist, said the smoke was thick. The hotel Costa Azul was used as a "
        "shelter, said Amélie Costa, a regional official. Costa said more crews would come.\n\n"
        "The fire crossed the Col du Bougnon. Members of Les Cigales, the local rugby club, helped. "
        "Zhao Xi-ping, a researcher, measured the wind. Xi Jinping sent a message of support.\n\n"
        "Call the hotline on 04 94 12 34 56 or +33 4 94 12 34 56. In the US call (555) 123-4567.\n\n"
        "© 2026 Var Matin\n"
    ),
    "a2": "Fire near Toulon\n\nAugust 15, 2026\n\nSaint-Aubrac-Des-Pins was evacuated. Costa said 300 people left.\n\n© 2026 Nice Presse\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, text in FILES.items():
        (folder / f"{doc}.txt").write_text(text, "utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_entities(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    ents = _json(capsys, *corpus, "entities", "--json")["entities"]
    by_name = {e["name"]: e for e in ents}
    assert by_name["Sofia Lindqvist"]["type"] == "PERSON" and "Sofia" not in by_name
    assert by_name["Col du Bougnon"]["type"] == "LOC" and "Bougnon" not in by_name
    assert by_name["Les Cigales"]["type"] == "ORG"
    assert by_name["Saint-Aubrac-Des-Pins"]["type"] == "GPE"
    assert any(m["doc"] == "a2" for m in by_name["Saint-Aubrac-Des-Pins"]["mentions"])
    assert by_name["Zhao Xi-ping"]["type"] == "PERSON"
    assert all(m["text"] == "Xi Jinping" for m in by_name["Xi Jinping"]["mentions"])
    costa = [m for m in by_name["Amélie Costa"]["mentions"] if m["doc"] == "a1" and m["text"] == "Costa"]
    text = FILES["a1"]
    assert [m["start"] for m in costa] == [text.index("Costa said")]  # never the hotel's "Costa Azul"
    numbers = {e["name"] for e in ents if e["type"] in ("CARDINAL", "DATE")}
    assert numbers <= {"August 14, 2026", "August 15, 2026", "300"}, numbers


def test_facts(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    facts = _json(capsys, *corpus, "facts", "--json")["facts"]
    values = [v["value"] for f in facts for v in f["values"]]
    assert values == [300], facts


HYPHENED = {  # a hyphenated given name written with U+2011 (a non-breaking hyphen) or U+2010
    "b1": "Fire update\n\nAugust 16, 2026\n\nFirefighter Jean\u2011Luc Moreau was treated in hospital on Saturday.\n",
    "b2": "Fire update two\n\nAugust 16, 2026\n\nJean\u2010Luc Moreau and Anne\u2011Sophie Martin were treated.\n",
    "b3": "Fire update three\n\nAugust 17, 2026\n\nMarie\u2011Claire Dupont said the crews were tired.\n",
}


@pytest.fixture
def hyphened(tmp_path: Path) -> list[str]:
    folder = tmp_path / "hyphened"
    folder.mkdir()
    for doc, text in HYPHENED.items():
        (folder / f"{doc}.txt").write_text(text, "utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix2")]


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        ('who:"Jean-Luc Moreau"', {"b1", "b2"}),  # reported
        ('who:"Jean\u2011Luc Moreau"', {"b1", "b2"}),
        ('who:"Anne-Sophie Martin"', {"b2"}),
        ('who:"Marie-Claire Dupont"', {"b3"}),
    ],
)
def test_who_finds_a_hyphenated_name_however_its_hyphen_is_written(
    hyphened: list[str], capsys: pytest.CaptureFixture[str], query: str, docs: set[str]
) -> None:
    hits = _json(capsys, *hyphened, "search", query, "--json")["hits"]
    assert {h["doc"] for h in hits} == docs


def test_a_hyphenated_name_is_one_person(hyphened: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    names = {e["name"] for e in _json(capsys, *hyphened, "entities", "--json")["entities"] if e["type"] == "PERSON"}
    assert {"Jean-Luc Moreau", "Anne-Sophie Martin", "Marie-Claire Dupont"} <= names, names
    assert not names & {"Jean", "Luc Moreau", "Anne", "Sophie Martin", "Marie", "Claire Dupont"}, names


PHONES = {  # phone numbers beside counted nouns: none is a count
    "h1": (
        "Hotline busy\n\nAugust 16, 2026\n\nThe hotline, 04 94 12 34 56, received 300 calls. Residents evacuated "
        "can call 06 12 34 56 78 homes said.\n\n© 2026 Var Matin\n"
    ),
    "h2": (
        "Hotline\n\nAugust 16, 2026\n\nThe hotline at +33 4 94 12 34 56 took 280 calls. Call (555) 123-4567 "
        "people said.\n\n© 2025 Nice Presse\n"
    ),
}


def test_phone_numbers_are_no_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "phones"
    folder.mkdir()
    for doc, text in PHONES.items():
        (folder / f"{doc}.txt").write_text(text, "utf-8")
    argv = ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix3")]
    facts = _json(capsys, *argv, "facts", "--json")["facts"]
    values = sorted(v["value"] for f in facts for v in f["values"])
    assert values == [280, 300], facts
    ents = _json(capsys, *argv, "entities", "--json")["entities"]
    numbers = {e["name"] for e in ents if e["type"] in ("CARDINAL", "DATE")}
    assert numbers <= {"August 16, 2026", "280", "300"}, numbers
