"""``who:`` on a word of one form of an entity finds every article of that entity, also where the
word is no word of the form the entity list names it by (t13u F2, round s32-c, the kind beyond
hyphens: ``who:Limited`` found only the article writing "Brightwater Ferries Limited", not the
two writing "Brightwater Ferries Ltd", one entity in the entity list). Its matches are the
entity's mentions. The firm's legal form written out and two invented variants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# (the form written once, the form written twice, the word only the first has)
CASES = [
    ("Brightwater Ferries Limited", "Brightwater Ferries Ltd", "Limited"),
    ("Halsa Pumps Incorporated", "Halsa Pumps Inc", "Incorporated"),
    ("Nordline Shipping Corporation", "Nordline Shipping Corp", "Corporation"),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("once", "twice", "word"), CASES)
def test_who_word_of_one_form_finds_every_article_of_the_entity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, once: str, twice: str, word: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    texts = {
        "a": f"Service halted\n\n{once} halted its service on Monday, the company said.\n",
        "b": f"Service back\n\n{twice} resumed its service on Tuesday, a spokesman said.\n",
        "c": f"Fares up\n\n{twice} raised its fares on Wednesday, a spokesman said.\n",
    }
    for doc, text in texts.items():
        (root / f"{doc}.txt").write_text(text, encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    firms = [e for e in _run(capsys, [*base, "entities", "--json"])["entities"] if e["type"] == "ORG"]
    assert len(firms) == 1 and sorted({m["doc"] for m in firms[0]["mentions"]}) == ["a", "b", "c"], firms
    for field in ("who", "entity"):
        got = _run(capsys, [*base, "search", f"{field}:{word}", "--json"])
        assert sorted(h["doc"] for h in got["hits"]) == ["a", "b", "c"], (field, got["hits"])
        for hit in got["hits"]:
            text = texts[hit["doc"]]
            assert [text[s:e] for s, e in hit["spans"]] == [once if hit["doc"] == "a" else twice], hit
