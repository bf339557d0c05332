"""``quotes --json`` on the kinds issue #16 left from session 36 (round s37-q), through the corpus
reader's own blocks and titles:

* a short quotation with its tag opening an article ('"Nobody warned us," Tomas Arvid said.', a
  file of that one line, or the first paragraph under a front-matter title) was taken for a
  title-case headline and lost;
* '"…," according to the coastguard.' and '…, according to the Kerrow Coastguard.' were credited
  to no one or lost;
* "alleged" reported nothing;
* a capital the entity recogniser gives no mention ("Castries said", "Valletta insisted") was
  no one's or a person's.
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a.txt": '"Nobody warned us," Tomas Arvid said.\n',
    "b.md": "---\ntitle: Flood hits Kerrow\n---\n“Nobody came,” said Anna Berg.\n\nThe river rose overnight.\n",
    "c.txt": (
        "Storm closes Kerrow harbour\n\nThe Kerrow Coastguard sent two lifeboats on Tuesday.\n\n"
        '"The harbour is closed to all traffic," according to the coastguard.\n\n'
        "Ships must wait offshore until Friday, according to the Kerrow Coastguard.\n"
    ),
    "d.txt": (
        "Crane inquiry\n\nHarbour pilot Jonas Reeve alleged that the crane had not been inspected in years.\n\n"
        "The alleged saboteur was released on bail.\n"
    ),
    "e.txt": (
        "Aid talks\n\nCastries said the fund would be released in March.\n\n"
        "Valletta insisted that the talks would continue.\n"
    ),
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("q")
    corpus = root / "c"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--corpus", str(corpus), "--index-dir", str(root / "i"), "quotes", "--json"]) == 0
    return json.loads(out.getvalue())


def said(data: dict) -> dict[tuple[str, str], tuple[str, str]]:
    return {(q["doc"], q["text"]): (sp["name"], sp["type"]) for sp in data["speakers"] for q in sp["quotes"]}


@pytest.mark.parametrize(
    ("doc", "words", "speaker"),
    [
        ("a", "Nobody warned us", ("Tomas Arvid", "PERSON")),
        ("b", "Nobody came", ("Anna Berg", "PERSON")),
        ("c", "The harbour is closed to all traffic", ("Kerrow Coastguard", "ORG")),
        ("c", "Ships must wait offshore until Friday", ("Kerrow Coastguard", "ORG")),
        ("d", "the crane had not been inspected in years", ("Jonas Reeve", "PERSON")),
        ("e", "the fund would be released in March", ("Castries", "GPE")),
        ("e", "the talks would continue", ("Valletta", "GPE")),
    ],
)
def test_attributed(data: dict, doc: str, words: str, speaker: tuple[str, str]) -> None:
    assert said(data).get((doc, words)) == speaker, data


def test_the_alleged_saboteur_says_nothing(data: dict) -> None:
    quotes = [q for sp in data["speakers"] for q in sp["quotes"]] + data["unattributed"]
    assert not any("released on bail" in q["text"] for q in quotes), quotes
