"""Straight and curly apostrophes are one character to search and to entity names.

Reported by the acceptance tester: "Moody's" and "Moody’s" (and "Moodyʼs" with U+02BC, "Moody′s"
with a prime) were two entities, and ``who:Moody's`` missed the curly one. Variants of our own:
a person's name with an inner apostrophe ("Sean O'Brien" / "Sean O’Brien" / "O′Brien"), and an
elided article ("l'Italia" / "l’Italia"). The articles are written for these tests.
"""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.index.corpus.tokens import fold, name_forms, search_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "straight": (
        "Rating cut\n\nMoody's cut the country's rating on Friday. Moody's said debt would rise. "
        "Sean O'Brien, a trader in Dublin, said the move was expected. Bonds in l'Italia fell.\n"
    ),
    "curly": (
        "Outlook lowered\n\nMoody’s lowered its outlook on Monday, Moody’s analysts said. Sean O’Brien "
        "said he agreed. Traders in l’Italia were calm.\n"
    ),
    "modifier": "Outlook kept\n\nAnalysts at Moodyʼs kept the outlook, said Sean O′Brien of the bank.\n",
    "other": "Weather\n\nRain is expected in Dublin on Friday, forecasters said.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("apostrophes")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str) -> set[str]:
    res = ws.search(query, limit=None)
    found = {h.doc for h in res.hits}
    assert res.total == len(found)
    return found


@pytest.mark.parametrize("apostrophe", ["'", "’", "\u02bc", "\u2032", "\u2018"])
def test_every_apostrophe_folds_to_the_straight_one(apostrophe: str) -> None:
    assert fold(f"Moody{apostrophe}s") == "moody's"
    assert key_form(f"ORG:Moody{apostrophe}s") == key_form("ORG:Moody's")
    assert name_forms(f"Sean O{apostrophe}Brien") == ["sean o'brien", "sean", "o'brien"]
    # In search, every apostrophe splits words as the straight one does.
    assert [t for t, _, _ in search_tokens(f"Moody{apostrophe}s l{apostrophe}Italia")] == [
        "Moody",
        "s",
        "l",
        "Italia",
    ]


def test_one_entity_whatever_the_apostrophe(ws: Workspace) -> None:
    by_name = {e.name: e for e in ws.entities().entities}
    moodys = [e for e in by_name.values() if fold(e.name) == "moody's"]
    assert len(moodys) == 1  # reported: "Moody's" and "Moody’s" were two
    assert {d for d, _ in moodys[0].mentions} >= {"straight", "curly"}
    obrien = [e for e in by_name.values() if fold(e.name) == "sean o'brien"]
    assert len(obrien) == 1 and {d for d, _ in obrien[0].mentions} == {"straight", "curly", "modifier"}


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("who:Moody's", {"straight", "curly", "modifier"}),  # reported: missed "curly"
        ("who:Moody’s", {"straight", "curly", "modifier"}),
        ("who:Moodyʼs", {"straight", "curly", "modifier"}),
        ("who:O'Brien", {"straight", "curly", "modifier"}),
        ('who:"Sean O’Brien"', {"straight", "curly", "modifier"}),
        ("who:O′Brien", {"straight", "curly", "modifier"}),
    ],
)
def test_who_finds_every_spelling(ws: Workspace, query: str, want: set[str]) -> None:
    assert docs(ws, query) == want
    for doc in want:
        hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
        text = ws.corpus.article(doc).text
        assert all(any(c in text[a:b] for c in "'’′\u02bc") for a, b in hit.spans)


@pytest.mark.parametrize(
    ("query", "want", "lit"),
    [
        ("Moody's", {"straight", "curly", "modifier"}, {"moody's"}),
        ("Moody’s", {"straight", "curly", "modifier"}, {"moody's"}),
        ("O'Brien", {"straight", "curly", "modifier"}, {"o'brien"}),
        ("O’Brien", {"straight", "curly", "modifier"}, {"o'brien"}),
        ("l'Italia", {"straight", "curly"}, {"l'italia"}),
        ("l’Italia", {"straight", "curly"}, {"l'italia"}),
        # A phrase holds every word, the one-letter part too, and is lit whole.
        ('"O’Brien said"', {"curly"}, {"o'brien said"}),
        ('"O\'Brien said"', {"curly"}, {"o'brien said"}),
    ],
)
def test_words_with_an_apostrophe_search_alike(ws: Workspace, query: str, want: set[str], lit: set[str]) -> None:
    """A word is split at its apostrophe, whichever, and searched as the phrase of its parts,
    the one-letter part ("O", "l", "s") at its place by its stop form, as a quoted phrase keeps
    it: found in every spelling and lit whole in the article's (round s53-s: it was found and lit
    by its other part alone, so ``O'Day`` found every "days")."""
    assert docs(ws, query) == want
    for hit in ws.search(query, limit=None).hits:
        assert {fold(hit.snippet[a:b]) for a, b in hit.matches} == lit


def test_following_an_entity_steps_through_every_spelling(ws: Workspace) -> None:
    """``n`` in the reader while following an entity: the next article mentioning it, whatever
    apostrophe that article writes."""
    key = next(m.key for m in ws.analyser.doc("straight").mentions if fold(m.text) == "sean o'brien")
    seen = ["straight"]
    while (nxt := ws.next_mention(seen[-1], key, 1)) not in (None, "straight"):
        seen.append(nxt)
    assert sorted(seen) == ["curly", "modifier", "straight"]
