"""``quotes --json`` on two kinds of issue #16 (round s39-x2), through the corpus reader:

* a time phrase between the speech verb and words reported with no "that" ("Paris said on Monday
  it would appeal the ruling") was the start of the quote's text;
* "described how …", "recounted how …", "explained how …" reported nothing, or kept "how".
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a.txt": (
        "Trade dispute\n\nParis said on Monday it would appeal the ruling.\n\n"
        "Berlin said late on Tuesday the border would stay open.\n\n"
        "Madrid said yesterday it would not pay the fine.\n"
    ),
    "b.txt": (
        "Flood in Kerrow\n\nAnna Berg described how the water rose in minutes.\n\n"
        "Tomas Arvid recounted how the roof fell in.\n\n"
        "Jonas Reeve explained to reporters how the dyke gave way.\n\n"
        "Ingrid Lunde recounted the night the river rose.\n"
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


def said(data: dict) -> dict[tuple[str, str], tuple[str, str, str]]:
    return {(q["doc"], q["text"]): (sp["name"], q["kind"], q["cue"]) for sp in data["speakers"] for q in sp["quotes"]}


@pytest.mark.parametrize(
    ("doc", "words", "speaker"),
    [
        ("a", "it would appeal the ruling", ("Paris", "reported", "said")),
        ("a", "the border would stay open", ("Berlin", "reported", "said")),
        ("a", "it would not pay the fine", ("Madrid", "reported", "said")),
        ("b", "the water rose in minutes", ("Anna Berg", "reported", "described")),
        ("b", "the roof fell in", ("Tomas Arvid", "reported", "recounted")),
        ("b", "the dyke gave way", ("Jonas Reeve", "reported", "explained")),
    ],
)
def test_attributed(data: dict, doc: str, words: str, speaker: tuple[str, str, str]) -> None:
    assert said(data).get((doc, words)) == speaker, data


def test_no_time_phrase_opens_a_quote_and_no_how_clause_no_words(data: dict) -> None:
    quotes = [q for sp in data["speakers"] for q in sp["quotes"]] + data["unattributed"]
    assert not any(q["text"].startswith(("on Monday", "late on", "yesterday", "how ")) for q in quotes), quotes
    assert not any("river rose" in q["text"] for q in quotes), quotes
