"""A person's given name written joined by one outlet ("Kim Minjun"), with a hyphen ("Kim
Min-jun") or a space ("Kim Min Jun") by others is one entity in the entity list and ``who:``
(issue #13/#16, round s32-p: the joined spelling was an entity of its own, so ``who:`` and the
matrix split her). Same surname word, same letters once the given name's hyphens and spaces are
dropped, four letters or more. The reported names and two invented variants (another Korean given
name, surname first; a French compound given name, surname last); a split of the letters at
another word ("Kimmin Jun"), and a short given name ("Li Na", "Lina") stay apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# (spellings, one per article; the name the entity list shows)
CASES = [
    (["Kim Min-jun", "Kim Minjun", "Kim Min Jun"], "Kim Min-jun"),  # reported
    (["Park Seo-yeon", "Park Seoyeon", "Park Seo Yeon"], "Park Seo-yeon"),
    (["Jean-Luc Ferrand", "Jeanluc Ferrand", "Jean Luc Ferrand"], "Jean-Luc Ferrand"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _corpus(tmp_path: Path, names: list[str]) -> tuple[list[str], dict[str, str]]:
    root = tmp_path / "c"
    root.mkdir()
    texts = {
        "a": f"Help promised\n\nFire chief {names[0]} promised help on Tuesday.\n",
        "b": f"Help on its way\n\nFire chief {names[1]} said help was coming.\n",
        "c": f"Crews arrive\n\nThe crews of fire chief {names[2]} arrived at dawn.\n",
    }
    for doc, text in texts.items():
        (root / f"{doc}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")], texts


@pytest.mark.parametrize(("names", "shown"), CASES)
def test_joined_given_name_is_one_entity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, names: list[str], shown: str
) -> None:
    base, texts = _corpus(tmp_path, names)
    people = [e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"]
    assert [p["name"] for p in people] == [shown]
    assert sorted({m["doc"] for m in people[0]["mentions"]}) == ["a", "b", "c"]
    for name in dict.fromkeys(names):
        got = _run(capsys, [*base, "search", f'who:"{name}"', "--json"])
        assert sorted(h["doc"] for h in got["hits"]) == ["a", "b", "c"], (name, got["hits"])
        for hit in got["hits"]:
            text = texts[hit["doc"]]
            assert [text[s:e] for s, e in hit["spans"]] == [names["abc".index(hit["doc"])]], (name, hit)


@pytest.mark.parametrize(
    "names",
    [
        ["Kim Minjun", "Kimmin Jun", "Kim Minjun"],  # the letters split at another word
        ["Li Na", "Lina Li", "Li Na"],  # no same surname word
        ["Wu Li", "Wuli Wu", "Wu Li"],
    ],
)
def test_other_splits_stay_apart(capsys: pytest.CaptureFixture[str], tmp_path: Path, names: list[str]) -> None:
    base, _texts = _corpus(tmp_path, names)
    people = {e["name"] for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "PERSON"}
    assert {names[0], names[1]} <= people
