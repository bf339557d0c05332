"""A word written with hyphens is searched as its parts in that order (t13w F7).

Reported: ``forty-two`` found "Forty workers were hurt and two died" (the parts apart) and lit
every lone "two" of the article that does hold "Forty-two". The README promises "a hyphen inside
a word … is part of it": the word is the phrase of its parts, so it finds the word written with
the hyphen or a space, never its parts apart, and lights only where they stand together.
Variants: a compound with stop words ("state-of-the-art") and a hyphenated name ("Jean-Luc").
The articles are written for these tests; each answer is checked against their text."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "joined": "Plant blast\n\nForty-two workers were hurt. Later two more died, and two others were missing.\n",
    "apart": "Blast at plant\n\nForty workers were hurt and two died.\n",
    "spaced": "Plant fire\n\nForty two workers were treated at the scene.\n",
    "art": "New plant\n\nThe state-of-the-art plant opened; the state paid for the art on its walls.\n",
    "name_joined": "Mayor speaks\n\nJean-Luc Moreau, the mayor, spoke on Friday.\n",
    "name_apart": "Mayor thanks\n\nLuc Moreau thanked Jean Dupont on Friday.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("hyphen")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def lit(ws: Workspace, query: str) -> dict[str, list[str]]:
    """Each hit's lit words, as its text shows them."""
    return {h.doc: [ARTICLES[h.doc][a:b] for a, b in h.spans] for h in ws.search(query, limit=None).hits}


def test_the_reported_number_word(ws: Workspace) -> None:
    assert lit(ws, "forty-two") == {"joined": ["Forty-two"], "spaced": ["Forty two"]}


def test_a_compound_with_stop_words(ws: Workspace) -> None:
    # "the state paid for the art" holds both parts apart: no match there, none lit
    assert lit(ws, "state-of-the-art") == {"art": ["state-of-the-art"]}


def test_a_hyphenated_name(ws: Workspace) -> None:
    assert lit(ws, "Jean-Luc") == {"name_joined": ["Jean-Luc"]}
    assert set(lit(ws, "Jean Luc")) == {"name_joined", "name_apart"}  # words apart: both (AND)


def test_the_opened_article_lights_only_the_phrase(ws: Workspace) -> None:
    opened = ws.open_article("joined", "forty-two")
    assert [opened.article.text[a:b] for a, b in opened.matches] == ["Forty-two"]
