"""A ``said:NAME word`` being typed: the unfinished word is a prefix, as any last word typed in the
search box is (t13x F7: ``said:Ferreira los`` showed "No article matches" until "lost" was
finished; ``said:Ferreira los*`` typed by hand found both articles)."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.quotes.said import rewrite_said
from waic_reader.index.workspace import Workspace


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("said:Berg balan", '(said:"berg" said:"berg:balan*")'),
        ("quote:Li govern", '(said:"li" said:"li:govern*")'),
        ('said:"Li Qiang" coop', '(said:"li qiang" said:"li qiang:coop*")'),
        ("flood said:Moreau evacu", 'flood (said:"moreau" said:"moreau:evacu*")'),
        # the words before the last are finished: only the last is a prefix
        ("said:Berg budget balan", '(said:"berg" said:"berg budget" said:"berg:balan*")'),
        # one letter: no prefix yet (the parser refuses one); the name alone is searched
        ("said:Li c", '(said:"li")'),
        # a space after the word: it is finished
        ("said:Berg balanced ", '(said:"berg" said:"berg balanc") '),
        # after an operator the words are the query's: the parser widens them itself
        ("said:Li governance OR chi", '(said:"li" said:"li governanc") OR chi'),
        ("said:Berg balan*", '(said:"berg" said:"berg:balan*")'),
        # the speaker's name being typed (t13y G8): the speakers whose name starts so
        ("said:Pen", '(said:"pen*")'),
        ("quote:Rí", '(said:"ri*")'),
        ("said:P", '(said:"p")'),  # one letter: no prefix yet
        ("said:Pen ", '(said:"pen") '),  # finished
    ],
)
def test_the_word_being_typed_after_said_name_is_a_prefix(typed: str, expected: str) -> None:
    assert rewrite_said(typed, typing=True) == expected


def test_submitted_queries_are_unchanged() -> None:
    assert rewrite_said("said:Berg balan") == '(said:"berg" said:"berg balan")'


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("typing")
    corpus = root / "corpus"
    corpus.mkdir()
    texts = {
        "a": 'Dam breach\n\nMayor Tomas Ferreira said: "People have lost everything, but they have not lost '
        'each other."\n',
        "b": "Shelters open\n\nFerreira said residents who lost their homes would be housed in the school.\n",
        "c": "Inquiry\n\nThe operator said it had lost contact with the gauges. Ferreira visited the shelter.\n",
        "d": 'Villages cut off\n\n"We have lost contact with two villages," said Hélène Vasseur, the prefect.\n',
    }
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    w = Workspace(corpus, root / "ix", root / "data")
    w.ensure_index()
    return w


def found(ws: Workspace, query: str, typing: bool) -> set[str]:
    return {h.doc for h in ws.search(query, limit=None, typing=typing).hits}


def test_typing_said_name_word_never_loses_the_articles_the_finished_word_finds(ws: Workspace) -> None:
    finished = found(ws, "said:Ferreira lost", False)
    assert finished == {"a", "b"}  # c: "lost" is the operator's, not Ferreira's
    for n in range(2, len("lost") + 1):
        assert found(ws, "said:Ferreira " + "lost"[:n], True) == finished, n


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ('said:"Tomas Ferreira" every', {"a"}),
        ("quote:Vasseur vill", {"d"}),  # the alias, a name with an accent
        ("shelter said:Ferreira hou", {"b"}),
    ],
)
def test_variants_find_as_typed(ws: Workspace, typed: str, expected: set[str]) -> None:
    assert found(ws, typed, True) == expected
    # the reader then steps through the speaker's quotes holding the word typed so far
    for doc in expected:
        assert ws.open_article(doc, typed, typing=True).matches, doc


@pytest.mark.parametrize("name", ["Ferreira", "Vasseur"])
def test_the_speakers_name_being_typed_finds_them(ws: Workspace, name: str) -> None:
    finished = found(ws, f"said:{name}", False)
    assert finished
    for n in range(2, len(name)):
        assert found(ws, f"said:{name[:n]}", True) >= finished, name[:n]
    # and opening a hit steps through the speaker's quotes
    doc = sorted(finished)[0]
    assert ws.open_article(doc, f"said:{name[:3]}", typing=True).matches
