"""A hyphenated word whose last part is a prefix (round s37-x6, acceptance t13ad N22).

Reported: typed in the app, "take-of" found nothing and "take-off" found an article holding
"take … Officer" apart (ranked first, "Officer" lit); submitted, ``take-o*``, ``Ruiz-Cal*`` and
``mum-of-t*`` found nothing (no term starts with "take-o": terms are the word's parts). The
README says a hyphenated word is searched as its parts in that order, never apart, and that the
last word typed is a prefix (typing ``st`` finds what ``st*`` finds); issue #15 that a prefix
matches every article holding a word starting with it. So such a word is the phrase of its
parts, its last part a prefix of the word right after the others (what ``"take of*"`` finds),
exact in membership, lit on the whole hyphenated word. Variants of our own: a French compound
("porte-parole") and a German place ("Baden-Württemberg", asked with and without its umlaut),
and fifteen completions of one prefix (more than the ranked expansions). The articles are
written for these tests; each answer is checked against their text."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "wire": "Jet returns\n\nOne engine caught fire shortly after take-off, the airline said.\n",
    "post": "Jet fire\n\nThe fire started during the take-off roll at Kelvik airport.\n",
    # the reported article: "take" and "Officer" apart
    "gazette": 'Fire chief praised\n\n"She saved lives today," Chief Officer Tove Rask said. '
    "The inquiry could take up to 18 months.\n",
    "diario": "Aterrizaje de emergencia\n\nPor Inés Ruiz-Calderón | 3 de marzo de 2026\n\n"
    "Un avión aterrizó de emergencia en Stavenholm.\n",
    "diario_apart": "Juicio en Kelvik\n\nEl juez Ruiz habló ayer con el alcalde de Calderón.\n",
    "mum": "Crash survivors\n\nA mum-of-three from Kelvik was among the passengers.\n",
    "mum_apart": "School day\n\nHis mum said three of the pupils were late.\n",
    "bw": "Unwetter\n\nIn Baden-Württemberg fielen am Montag viele Bäume um.\n",
    "bw_apart": "Reise\n\nIn Baden regnete es, in Württemberg schien die Sonne.\n",
    "fr": "Grève\n\nLe porte-parole du syndicat a parlé lundi matin.\n",
    "fr_apart": "Musée\n\nLa porte du musée était ouverte ; la parole est aux visiteurs.\n",
}
# Fifteen words "anti-ov…": more completions than a prefix's ranked expansions (PREFIX_KEEP,
# PREFIX_KEEP_TYPING) and than the phrases a phrase prefix ranks by.
OV_WORDS = (
    "overtime overload oversight overdraft overreach overkill overflow overhaul overlord overpass "
    "overrun overseas overspill overture overview"
).split()
MANY = {f"anti{i}": f"Campaign {i}\n\nThe new anti-{w} campaign began on Monday.\n" for i, w in enumerate(OV_WORDS)}
MANY["anti_apart"] = "Protest\n\nAnti protests went on; overtime pay was cut.\n"

ALL = {**ARTICLES, **MANY}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(Path(tmp_path_factory.mktemp("hyphen_prefix")), ALL)


def lit(ws: Workspace, query: str, *, typing: bool = False) -> dict[str, list[str]]:
    """Each hit's lit words, as its text shows them."""
    res = ws.search(query, limit=None, typing=typing)
    assert res.total == len(res.hits), query
    return {h.doc: [ALL[h.doc][a:b] for a, b in h.spans] for h in res.hits}


CASES = [
    # (submitted prefix, typed, the whole word lit in each article holding it)
    ("take-o*", "take-of", {"wire": ["take-off"], "post": ["take-off"]}),
    ("take-of*", "take-off", {"wire": ["take-off"], "post": ["take-off"]}),
    ("Ruiz-Cal*", "Ruiz-Cal", {"diario": ["Ruiz-Calderón"]}),
    ("ruiz-calde*", "ruiz-calde", {"diario": ["Ruiz-Calderón"]}),
    ("mum-of-t*", "mum-of-th", {"mum": ["mum-of-three"]}),
    ("porte-par*", "porte-paro", {"fr": ["porte-parole"]}),
    ("Baden-Wür*", "Baden-Wür", {"bw": ["Baden-Württemberg"]}),
    ("baden-wurt*", "baden-wurt", {"bw": ["Baden-Württemberg"]}),  # the umlaut folded, as elsewhere
]


@pytest.mark.parametrize(("prefix", "_typed", "want"), CASES)
def test_a_submitted_hyphenated_prefix_finds_the_word_and_lights_it_whole(
    ws: Workspace, prefix: str, _typed: str, want: dict[str, list[str]]
) -> None:
    assert lit(ws, prefix) == want


@pytest.mark.parametrize(("_prefix", "typed", "want"), CASES)
def test_a_typed_hyphenated_word_finds_the_word_never_its_parts_apart(
    ws: Workspace, _prefix: str, typed: str, want: dict[str, list[str]]
) -> None:
    assert lit(ws, typed, typing=True) == want


def test_typing_finds_what_the_prefix_finds(ws: Workspace) -> None:
    # "typing st finds what st* finds", a hyphenated word's last part included
    for _prefix, typed, _want in CASES:
        assert {h.doc for h in ws.search(typed, typing=True, limit=None).hits} == {
            h.doc for h in ws.search(typed + "*", limit=None).hits
        }, typed


def test_a_prefix_with_many_completions_finds_every_article_exactly(ws: Workspace) -> None:
    want = {f"anti{i}": [f"anti-{w}"] for i, w in enumerate(OV_WORDS)}
    assert lit(ws, "anti-ov*") == want
    assert lit(ws, "anti-ov", typing=True) == want
    assert lit(ws, "anti-over", typing=True) == want


def test_the_opened_article_lights_the_whole_word(ws: Workspace) -> None:
    for doc, query, word in (
        ("wire", "take-o*", "take-off"),
        ("diario", "Ruiz-Cal*", "Ruiz-Calderón"),
        ("anti3", "anti-ov*", f"anti-{OV_WORDS[3]}"),
    ):
        opened = ws.open_article(doc, query)
        spans = sorted(opened.matches + opened.noise_matches)  # (a byline is boilerplate)
        assert [opened.article.text[a:b] for a, b in spans] == [word], query


def test_the_finished_words_still_find_their_phrase(ws: Workspace) -> None:
    assert set(lit(ws, "take-off")) == {"wire", "post"}
    assert set(lit(ws, "Ruiz-Calderón")) == {"diario"}
    assert set(lit(ws, "mum-of-three")) == {"mum"}


def test_typing_a_start_of_many_words_finds_what_the_prefix_finds(ws: Workspace) -> None:
    # Typed or submitted, the last part is read exactly (issue 15, round s40-q: past 150
    # completions, the typed word showed the parts before it alone, a superset).
    many = {f"anti{i}" for i in range(len(OV_WORDS))}
    assert {h.doc for h in ws.search("Anti-ov", typing=True, limit=None).hits} == many
    assert set(lit(ws, "Anti-overti", typing=True)) == {"anti0"}
    assert set(lit(ws, "Anti-ov*")) == many
