"""``who:`` on a word a hyphen joins into a name finds every article of that entity, whichever
spelling it writes, with its mentions as the matches (t13u F2, round s32-c: ``who:Calderon``
found only the article writing "Ines Ruiz Calderon", none of the five writing "Inés
Ruiz-Calderón"; ``who:Pereira`` missed "Joaquim Pereira-Nunes"). The words of a hyphened name
are whole words of it, folded as every ``who:`` word is. The reported names and two invented
variants (a Korean given name, a French compound given name and surname)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# (hyphened spelling, spaced spelling, the words each must find the entity by)
CASES = [
    ("Inés Ruiz-Calderón", "Ines Ruiz Calderon", ["Calderon", "Calderón", "Ruiz", "Ines"]),  # reported
    ("Joaquim Pereira-Nunes", "Joaquim Pereira Nunes", ["Pereira", "Nunes"]),  # reported
    ("Kim Min-jun", "Kim Min Jun", ["Jun", "Min"]),
    ("Jean-Luc Moreau-Vidal", "Jean Luc Moreau Vidal", ["Luc", "Vidal", "Moreau", "Jean"]),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("hyphened", "spaced", "words"), CASES)
def test_who_word_of_a_hyphened_name_finds_every_spelling(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, hyphened: str, spaced: str, words: list[str]
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    texts = {
        "a": f"Help promised\n\nFire chief {hyphened} promised help on Tuesday.\n",
        "b": f"Help on its way\n\nFire chief {spaced} said help was coming.\n",
        "c": f"Crews arrive\n\nThe crews of fire chief {hyphened} arrived at dawn.\n",
    }
    for doc, text in texts.items():
        (root / f"{doc}.txt").write_text(text, encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    people = [e["name"] for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"]
    assert people == [hyphened]
    for word in words:
        for field in ("who", "entity"):
            got = _run(capsys, [*base, "search", f"{field}:{word}", "--json"])
            assert got["total"] == 3, (field, word, got["hits"])
            for hit in got["hits"]:
                text = texts[hit["doc"]]
                lit = [text[s:e] for s, e in hit["spans"]]
                assert lit == [hyphened if hit["doc"] != "b" else spaced], (field, word, hit)


def test_who_word_of_a_hyphened_name_written_one_way(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A name the corpus writes only with its hyphen is found by each word it joins, and a
    prefix of one of them finds it too; a word it does not hold finds nothing."""
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        "Talks resume\n\nMinister Anne-Sophie Kerbrat-Lemoine opened the talks on Monday.\n", encoding="utf-8"
    )
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    for query in ("who:Sophie", "who:Lemoine", "who:Kerbrat", "who:Anne-Sophie", "who:Lemo*"):
        got = _run(capsys, [*base, "search", query, "--json"])
        assert [h["doc"] for h in got["hits"]] == ["a"], query
    assert _run(capsys, [*base, "search", "who:Lemoin", "--json"])["total"] == 0
