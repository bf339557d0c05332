"""Round s38-q (issue 15): a word written with an apostrophe, its last part a prefix.

Reported: ``O'Bri*`` submitted found nothing (read whole, "o'bri" starts no term: the index
holds the word's parts, "o" and "brien"), while ``O'Bri`` typed found "O'Brien"; a typed
``O'`` alone showed "no match". As the README says, a word with an apostrophe is its parts, the
finished word found by its indexed parts ("O" is too short a word), and its last part typed is
a prefix (``O'Bri`` finds what ``O'Bri*`` finds): submitted with ``*`` it is read the same
way, so it finds at least what the finished word finds. (Round s53-s: the finished word is the
phrase of its parts, so neither finds "Alessandro" alone any more.) Variants of our own: elided articles in Italian and French (``l'Aqu*``, ``dell'Umb*``,
``l'Ely*`` for "l’Élysée", folded), a surname (``d'Ales*``), a word of three parts
(``rock'n'ro*``), the straight and the typographic apostrophe both ways. The articles are
written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.tokens import fold
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "straight": (
        "Talks in the hills\n\nSean O'Brien met Marco d'Alessandro in l'Aquila on Monday. "
        "They spoke of dell'Umbria and of rock'n'roll.\n"
    ),
    "curly": (
        "A visit\n\nSean O’Brien toured l’Aquila with Marco d’Alessandro, then flew to "
        "l’Élysée in Paris. Rock’n’roll played.\n"
    ),
    "apart": "Other walks\n\nObrien and Alessandro walked to Aquila town with Umberto and Ely.\n",
    "none": "Weather\n\nRain fell on the coast all day, forecasters said.\n",
}

APOSTROPHES = "'’′ʼ"


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(Path(tmp_path_factory.mktemp("apostrophe_prefixes")), ARTICLES)


def found(ws: Workspace, text: str, typing: bool) -> dict[str, set[str]]:
    """doc → the article's text at the spans of its hit (what the reader lights)."""
    res = ws.search(text, limit=None, typing=typing)
    assert res.total == len(res.hits)
    out: dict[str, set[str]] = {}
    for hit in res.hits:
        article = ws.corpus.article(hit.doc).text
        out[hit.doc] = {article[a - 1 : b] for a, b in hit.spans}  # with the character before
    return out


@pytest.mark.parametrize(
    ("query", "want", "lit"),
    [
        ("O'Bri*", {"straight", "curly"}, "brien"),  # reported: found nothing
        ("O’Bri*", {"straight", "curly"}, "brien"),
        ("o'bri*", {"straight", "curly"}, "brien"),
        # never the part alone ("Alessandro", "Aquila", "Ely"), as the finished word (round s53-s)
        ("d'Ales*", {"straight", "curly"}, "alessandro"),
        ("d’Ales*", {"straight", "curly"}, "alessandro"),
        ("l'Aqu*", {"straight", "curly"}, "aquila"),
        ("l’Aqu*", {"straight", "curly"}, "aquila"),
        ("l'Ely*", {"curly"}, "elysee"),  # "l’Élysée": folded, the other apostrophe
        ("L’ÉLYS*", {"curly"}, "elysee"),
        ("dell'Umb*", {"straight"}, "umbria"),  # a part of four letters before the apostrophe
        ("rock'n'ro*", {"straight", "curly"}, "roll"),  # three parts
    ],
)
@pytest.mark.parametrize("typing", [False, True])
def test_last_part_is_a_prefix(ws: Workspace, query: str, want: set[str], lit: str, typing: bool) -> None:
    """Submitted with ``*``, or typed (the ``*`` left off: the last word typed is a prefix),
    the word finds every article holding a word so written, whichever apostrophe either uses,
    and lights the whole word where the article writes it, its parts before the apostrophe too."""
    text = query.removesuffix("*") if typing else query
    got = found(ws, text, typing)
    assert set(got) == want, (text, typing)
    for doc, spans in got.items():
        if doc == "apart":
            continue
        # lit on the article's own spelling: the whole word, the completed part after its own apostrophe
        assert any(fold(s[1:]).endswith("'" + lit) and s[-len(lit) - 1] in APOSTROPHES for s in spans), (
            text,
            doc,
            spans,
        )


@pytest.mark.parametrize("query", ["O'Bri*", "d’Ales*", "l'Aqu*", "rock'n'ro*"])
def test_submitted_prefix_finds_what_the_word_typed_finds(ws: Workspace, query: str) -> None:
    typed = ws.search(query.removesuffix("*"), limit=None, typing=True)
    submitted = ws.search(query, limit=None)
    assert [h.doc for h in submitted.hits] and {h.doc for h in submitted.hits} == {h.doc for h in typed.hits}
    assert submitted.total == typed.total


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("O'", {"straight", "curly"}),  # reported: "no match" until a second letter followed
        ("O’", {"straight", "curly"}),
        ("O'B", {"straight", "curly"}),  # one letter of the next part: not yet searched
        ("l'", {"straight", "curly"}),
        ("d’A", {"straight", "curly"}),
    ],
)
def test_typed_short_part_and_apostrophe_is_not_blank(ws: Workspace, typed: str, want: set[str]) -> None:
    """A one-letter part and its apostrophe typed, the next part not yet begun: the articles
    where that part stands (its stop form), lit there, never "no match" until the next
    letters."""
    res = ws.search(typed, limit=None, typing=True)
    assert {h.doc for h in res.hits} == want
    for hit in res.hits:
        article = ws.corpus.article(hit.doc).text
        assert {fold(article[a : b + 1]) for a, b in hit.spans} == {fold(typed[:2]).replace("’", "'")}


def test_words_before_keep_their_results(ws: Workspace) -> None:
    """``Sean O'`` narrows what "Sean" finds to the articles where an "O'" stands too."""
    assert {h.doc for h in ws.search("Sean O'", limit=None, typing=True).hits} == {"straight", "curly"}
    assert {h.doc for h in ws.search("Marco d’", limit=None, typing=True).hits} == {"straight", "curly"}
