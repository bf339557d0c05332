"""A known person's surname written alone, with no cue for the known person, is the one person of
that surname the corpus names in full (t13r F7, round s31-c): "Erdogan, the Turkish tourist, thanked
rescuers." in a saved page was the gazetteer's "Recep Tayyip Erdogan" although two other articles
name the tourist "Emre Erdoğan" in full; ``who:"Emre Erdogan"`` missed the page. A title or role
before the surname ("President Erdogan", "Turkish President Erdogan"), a country's possessive
("Turkey's Erdogan") or a possessive role after it ("Erdogan's government") keeps the known person;
two bearers named in full leave the lone surname its own entity (never the known person); a corpus
naming none keeps the known person. ``entities --json`` and ``who:`` search, the reported input and
two invented variants (other famous surnames, other wording)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "names_t13r_erdogan"


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _people(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path) -> dict[str, list[str]]:
    """Each PERSON entity's name → the docs naming it."""
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    ents = _run(capsys, [*base, "entities", "--json"])["entities"]
    return {e["name"]: sorted({m["doc"] for m in e["mentions"]}) for e in ents if e["type"] == "PERSON"}


def _found(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path, query: str) -> list[str]:
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    return sorted(h["doc"] for h in _run(capsys, [*base, "search", query, "--json"])["hits"])


def _corpus(root: Path, texts: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in texts.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def test_reported_saved_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    for f in FIXTURE.iterdir():
        shutil.copy(f, root / f.name)
    people = _people(capsys, tmp_path, root)
    assert people.get("Emre Erdoğan") == ["ap-0603", "saved-page", "worldnews-page"], people
    assert "Recep Tayyip Erdogan" not in people, people
    for q in ('who:"Emre Erdogan"', 'who:"Emre Erdoğan"', "who:Erdogan"):
        assert _found(capsys, tmp_path, root, q) == ["ap-0603", "saved-page", "worldnews-page"], q


# (the tourist in full, the tourist by surname, the known person by a cue), the known person's
# name, the tourist's name
CUED = [
    (
        {
            "a": "Bus crash\n\nEmre Erdoğan, a Turkish tourist on board, said the bus turned over. "
            "Erdoğan was taken to hospital.\n",
            "b": "Rescue\n\nErdogan, the tourist, thanked rescuers.\n",
            "c": "Ankara reacts\n\nPresident Erdogan said the government would help the injured.\n",
        },
        "Recep Tayyip Erdogan",
        "Emre Erdoğan",
    ),
    (
        {
            "a": "Boat rescue\n\nThe fisherman Tom Biden pulled two swimmers from the bay on Sunday.\n",
            "b": "Hero of the bay\n\nNeighbours said Biden, a quiet man, had gone out in his own boat.\n",
            "c": "Washington\n\nThe White House said President Biden had called the family.\n",
        },
        "Joe Biden",
        "Tom Biden",
    ),
    (
        {
            "a": "School prize\n\nLucía Milei, who teaches chemistry in Rosario, won the national prize.\n",
            "b": "Prize\n\nMilei said her pupils had done the work.\n",
            "c": "Budget\n\nArgentina's Milei cut spending again, and Milei's government defended it.\n",
        },
        "Javier Milei",
        "Lucía Milei",
    ),
]


@pytest.mark.parametrize(("texts", "known", "bearer"), CUED)
def test_lone_surname_is_the_corpus_bearer_a_cue_the_known_person(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, texts: dict[str, str], known: str, bearer: str
) -> None:
    root = _corpus(tmp_path / "c", texts)
    people = _people(capsys, tmp_path, root)
    assert people.get(bearer) == ["a", "b"], people
    assert people.get(known) == ["c"], people
    assert _found(capsys, tmp_path, root, f'who:"{bearer}"') == ["a", "b"]
    assert _found(capsys, tmp_path, root, f'who:"{known}"') == ["c"]


# two bearers named in full: the lone surname is neither of them, nor the known person
TWO_BEARERS = [
    (
        {
            "a": "Bus crash\n\nEmre Erdoğan, a Turkish tourist, was hurt.\n",
            "b": "Bus crash\n\nAli Erdoğan, the driver, was unhurt.\n",
            "c": "Rescue\n\nErdogan, the tourist, thanked rescuers.\n",
        },
        "Recep Tayyip Erdogan",
        "Erdogan",
    ),
    (
        {
            "a": "Boat rescue\n\nTom Biden, a fisherman, pulled two swimmers from the bay.\n",
            "b": "Boat rescue\n\nAnna Biden, his sister, called the coastguard.\n",
            "c": "Hero of the bay\n\nNeighbours said Biden had gone out in his own boat.\n",
        },
        "Joe Biden",
        "Biden",
    ),
]


@pytest.mark.parametrize(("texts", "known", "lone"), TWO_BEARERS)
def test_two_bearers_leave_the_lone_surname_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, texts: dict[str, str], known: str, lone: str
) -> None:
    root = _corpus(tmp_path / "c", texts)
    people = _people(capsys, tmp_path, root)
    assert people.get(lone) == ["c"], people
    assert known not in people, people


# no bearer in the corpus: the lone surname is still the known person
@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Talks\n\nErdogan said Turkey would host the talks.\n", "Recep Tayyip Erdogan"),
        ("Talks\n\nBiden told reporters the talks went well.\n", "Joe Biden"),
        ("Budget\n\nMilei defended the cuts on Monday.\n", "Javier Milei"),
    ],
)
def test_no_bearer_keeps_the_known_person(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, known: str
) -> None:
    root = _corpus(tmp_path / "c", {"a": text})
    people = _people(capsys, tmp_path, root)
    assert people == {known: ["a"]}, people
    assert _found(capsys, tmp_path, root, f'who:"{known}"') == ["a"]
