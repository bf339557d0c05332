"""A phrase matches only where its words stand in that order, stop words included.

Reported by the acceptance tester: stop words were not indexed and positions were renumbered
over the kept words, so ``"state of the art"`` was the phrase "state art" and found "state and
art", "the state, for the art" and "State art"; ``"the art of war"`` found "art and war".
Variants of our own: ``"rose to 45%"``-like phrases in French (``"l'état de l'art"``: the elided
article is a one-letter word, dropped like a stop word), German (``"fährt in München"``, where
"in" is a stop word), phrases of stop words alone (``"to be or not to be"``, ``"the of"``) and a
quoted stop word alone (``"the"``). The articles are written for these tests; every query's
articles, and the spans lit in them, are checked against a scan of the texts with the one
tokeniser (``corpus.tokens.search_tokens``): a phrase occurs where consecutive tokens fold to
its words (case, accents, a plural to its singular).
"""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.tokens import fold, search_tokens
from waic_reader.index.search.whoosh.analyzer import fold_plural
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "en_state": (
        "State of the art chips on show\n\n"
        "Makers showed state-of-the-art packaging at the fair. Engineers said the state of the "
        "art in lithography moved faster this year than last.\n"
    ),
    "en_state_and_art": (
        "Budget for the state and art museums\n\n"
        "The state and art museums shared a budget. For the state, the art collection is a "
        "priority; state art schools were not mentioned.\n"
    ),
    "en_war": (
        "A general's reading list\n\n"
        "Officers still read The Art of War. One instructor said the art of war is taught in "
        "every academy.\n"
    ),
    "en_art_and_war": (
        "Exhibition on art and war\n\n"
        "An exhibition on art and war opened on Friday. Her essay on art of war posters was "
        "praised; the art of peace and of war filled three rooms.\n"
    ),
    "en_hamlet": (
        "Theatre review\n\n"
        "The actor asked whether to be or not to be was still the question. A typo printed it as "
        "the of in one programme.\n"
    ),
    "en_not_hamlet": (
        "Ministers prepare\n\nNot to be outdone, ministers said they had to be ready or they would not be heard.\n"
    ),
    "fr_etat": (
        "Robotique à Lyon\n\n"
        "Ce laboratoire présente l'état de l'art en robotique. L’ÉTAT DE L’ART évolue vite, "
        "selon ses chercheurs.\n"
    ),
    "fr_autre": (
        "Musée de Lyon\n\n"
        "L'état de la recherche et l'art moderne sont au programme; cet état de l'art ancien "
        "intéresse peu, et un coup d'état de l'art n'a pas eu lieu.\n"
    ),
    "de_muenchen": (
        "Bahn in Bayern\n\nDer Zug fährt in München um acht Uhr ab. Die Messe in München beginnt am Montag.\n"
    ),
    "de_vorbei": (
        "Umleitung\n\nDer Zug fährt an München vorbei und hält erst in Augsburg. Fahrt nach München? Nein.\n"
    ),
}

QUERIES = [
    '"state of the art"',
    '"the art of war"',
    '"art of war"',
    '"State-of-the-Art"',
    '"art and war"',
    '"state art"',
    "\"l'état de l'art\"",
    '"L’etat de l’art"',
    '"fährt in München"',
    '"FAHRT IN MUNCHEN"',
    '"to be or not to be"',
    '"the of"',
    '"the"',
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("phrase_stop_words")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def _word(token: str) -> str:
    return fold_plural(fold(token))


def scan(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text``: consecutive tokens folding to its words, each place
    from its first token's start to its last token's end."""
    want = [_word(t) for t, _, _ in search_tokens(phrase)]
    toks = [(_word(t), s, e) for t, s, e in search_tokens(text)]
    k = len(want)
    return [
        (toks[i][1], toks[i + k - 1][2])
        for i in range(len(toks) - k + 1)
        if all(toks[i + j][0] == want[j] for j in range(k))
    ]


@pytest.mark.parametrize("query", QUERIES)
def test_a_phrase_finds_exactly_the_articles_holding_it(ws: Workspace, query: str) -> None:
    phrase = query.strip('"')
    want = {doc for doc, text in ARTICLES.items() if scan(text, phrase)}
    res = ws.search(query, limit=None)
    assert {h.doc for h in res.hits} == want
    assert res.total == len(want)
    for doc in ARTICLES:  # whoosh's own matcher (the reader's check of a typed query) agrees
        assert ws.index.doc_matches(doc, query) == (doc in want), doc


@pytest.mark.parametrize("query", QUERIES)
def test_only_the_phrase_is_lit(ws: Workspace, query: str) -> None:
    """The hit's spans, the snippet's highlights and the reader's matches are the places the
    phrase occurs, whole, and nothing else."""
    phrase = query.strip('"')
    for hit in ws.search(query, limit=None).hits:
        text = ws.corpus.article(hit.doc).text
        places = scan(text, phrase)
        assert hit.spans == places
        lit = [hit.snippet[a:b] for a, b in hit.matches]
        assert lit and all(s in [text[a:b] for a, b in places] for s in lit)
        opened = ws.open_article(hit.doc, query)
        assert sorted(opened.matches + opened.noise_matches) == places


def test_the_reported_phrases(ws: Workspace) -> None:
    """The reported inputs, spelled out: never "state and art", "the state, for the art",
    "state art" or "art and war"."""
    assert {h.doc for h in ws.search('"state of the art"', limit=None).hits} == {"en_state"}
    assert {h.doc for h in ws.search('"the art of war"', limit=None).hits} == {"en_war"}
    text = ARTICLES["en_state"]
    hit = ws.search('"state of the art"', limit=None).hits[0]
    assert [text[a:b] for a, b in hit.spans] == ["State of the art", "state-of-the-art", "state of the art"]


def test_words_unquoted_still_drop_stop_words(ws: Workspace) -> None:
    """Outside quotes a stop word is dropped from an AND as before (``art the war`` is ``art
    war``), and alone it finds nothing; quoted, ``"the"`` finds the articles holding it."""
    both = {doc for doc, text in ARTICLES.items() if scan(text, "art") and scan(text, "war")}
    assert {h.doc for h in ws.search("art the war", limit=None).hits} == both
    assert ws.search("the", limit=None).total == 0
    assert {h.doc for h in ws.search('"the"', limit=None).hits} == {d for d, t in ARTICLES.items() if scan(t, "the")}


def test_a_phrase_with_other_words(ws: Workspace) -> None:
    """Beside other words a phrase still needs its stop words; the other words are lit
    wherever they are, the phrase only where it occurs."""
    res = ws.search('"art of war" exhibition', limit=None)
    assert {h.doc for h in res.hits} == {"en_art_and_war"}
    text = ARTICLES["en_art_and_war"]
    lit = [text[a:b] for a, b in res.hits[0].spans]
    assert lit == ["Exhibition", "exhibition", "art of war"]
    assert {h.doc for h in ws.search('"art of war" NOT exhibition', limit=None).hits} == {"en_war"}


def test_phrase_spans_found_from_a_word_are_those_of_a_scan() -> None:
    """Every run of 2 to 4 consecutive tokens of texts mixing stop words, one-letter words,
    numbers with separators, percentages, apostrophes, accents and CJK text is lit exactly where
    a scan of every token finds it (the highlighter reads only the tokens around a word's
    places)."""
    from waic_reader.index.search.whoosh.snippets import _merged, _scan_runs, match_spans

    texts = [
        *ARTICLES.values(),
        "In 2025 3 000 people, i.e. 45 % of a town, saw l’état de l'art; the of the of a. To be or not to be!",
        "上海 AI 大会: the 上海市 of 人工智能 and a 北上海 AI-run lab at 5 p.m. in O'Brien's São Paulo office.",
    ]
    for text in texts:
        forms = [_scan_word(tok) for tok, _s, _e in search_tokens(text)]
        for k in (2, 3, 4):
            for i in range(len(forms) - k + 1):
                run = tuple(forms[i : i + k])
                assert match_spans(text, set(), runs=[run]) == _merged(sorted(_scan_runs(text, [run]))), (text, run)


def _scan_word(token: str) -> str:
    from waic_reader.index.search.whoosh.analyzer import stop_form, token_forms

    forms = token_forms(token)
    return stop_form(token) if forms is None else forms[0]


@pytest.mark.parametrize("final", ["state-of-the-art", "l'état", "L’ÉTAT", "art-of-war"])
def test_a_hyphenated_or_elided_word_typed_shows_its_articles(ws: Workspace, final: str) -> None:
    """Typed letter by letter, a word of several tokens shows at every step from its first two
    letters of a word at least the articles the finished word finds: its last token is the prefix being typed (widened whole,
    "state-of-the-ar*" is no term's start, and the search box showed nothing until the word was
    submitted)."""
    want = {h.doc for h in ws.search(final, limit=None).hits}
    assert want
    for n in range(2, len(final) + 1):
        typed = final[:n]
        if not any(len(t) > 1 for t, _s, _e in search_tokens(typed)):
            continue  # "l'": no word begun yet
        res = ws.search(typed, limit=None, typing=True)
        assert want <= {h.doc for h in res.hits}, typed
        assert res.total == len(res.hits), typed
