"""Search that finds every match in every language: exact prefixes, numbers with separators,
snippets around matches, accent and case folding, CJK bigrams. The articles are written for
these tests (German, Spanish, Portuguese, Turkish, Polish, Croatian, Danish, Maltese, Chinese,
Japanese, Korean, English)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.tokens import fold, search_tokens, word_count
from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.search.whoosh.analyzer import terms_with_spans
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "de_zurich": (
        "Zürich öffnet eine neue Fahrradstraße\n\n"
        "Die Stadt Zürich hat am Montag eine Straße für Radfahrer eröffnet. Rund 3,000 Menschen "
        "kamen zur Eröffnung, 1.5 Kilometer lang ist der Abschnitt. Der Bürgermeister sagte, "
        "45% der Wege in der Stadt würden bald mit dem Rad zurückgelegt.\n"
    ),
    "es_juarez": (
        "Ciudad Juárez amplía su red de agua potable\n\n"
        "El ayuntamiento de Ciudad Juárez anunció que 7,000 hogares recibirán agua potable antes "
        "de 2026. La obra costará 11.5 millones de pesos, según el alcalde.\n"
    ),
    "pt_saopaulo": (
        "São Paulo testa ônibus elétricos\n\n"
        "A prefeitura de São Paulo começou a testar ônibus elétricos em três linhas. Segundo a "
        "secretaria, a frota terá 3000 veículos até o fim da década.\n"
    ),
    "tr_istanbul": (
        "İstanbul'da yeni metro hattı açıldı\n\n"
        "Cumhurbaşkanı Erdoğan, İstanbul'da yeni metro hattının açılışını yaptı. Hat günde "
        "yüz bin yolcu taşıyacak. ISTANBUL belediyesi de törene katıldı.\n"
    ),
    "pl_lodz": (
        "Łódź buduje nowy dworzec\n\n"
        "Władze Łodzi ogłosiły, że nowy dworzec w Łódź będzie gotowy za dwa lata. Prezydent "
        "miasta powiedział, że inwestycja kosztuje 1,000 milionów złotych.\n"
    ),
    "hr_dordevic": (
        "Đorđević wins the Øresund race\n\n"
        "Marko Đorđević crossed the Øresund bridge first, ahead of a runner from Ħamrun, and "
        "thanked the crowd in Ærøskøbing.\n"
    ),
    "en_ascii": (
        "Mayors of Zurich, Sao Paulo and Juarez meet\n\n"
        "The mayors of Zurich, Sao Paulo and Ciudad Juarez met on Monday. President Erdogan sent "
        "a message; the mayor of Lodz joined by video from a strasse in Berlin. Djordjevic and "
        "Oresund were also mentioned. Istanbul was absent.\n"
    ),
    "zh_shanghai": (
        "上海举办世界人工智能大会\n\n"
        "国务院总理李強在上海出席世界人工智能大会开幕式并致辞。大会吸引了来自四十多个国家的"
        "代表。上海市表示，将继续支持人工智能产业发展。\n"
    ),
    "ja_shanghai": (
        "上海で人工知能の国際会議\n\n"
        "上海で開かれた国際会議には、多くの研究者が参加した。日本の企業も人工知能の新しい製品を"
        "発表した。\n"
    ),
    "ko_shanghai": (
        "상하이에서 인공지능 회의 열려\n\n"
        "상하이에서 열린 세계 인공지능 회의에 여러 나라의 대표가 참석했다. 한국 기업들도 새로운 "
        "제품을 소개했다.\n"
    ),
    "en_seen": (
        "Ferry service resumes\n\n"
        "The island ferry returned to service on Monday, the first time it has been seen in the "
        "harbour since the storm. Semiconductor shipments were not affected.\n"
    ),
    "en_second": (
        "Second ferry ordered\n\n"
        "The county ordered a second ferry. Several senators said the second vessel should be "
        "delivered in September; security officials agreed.\n"
    ),
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("multilingual"), ARTICLES)


def docs(ws: Workspace, query: str, **kw: object) -> set[str]:
    res = ws.search(query, limit=None, **kw)  # type: ignore[arg-type]
    found = {h.doc for h in res.hits}
    assert res.total == len(found)
    return found


def brute_prefix(prefix: str) -> set[str]:
    """Articles with an indexed term starting with ``prefix``, by scanning every text."""
    return {name for name, text in ARTICLES.items() if any(t.startswith(prefix) for t, _, _ in terms_with_spans(text))}


def highlighted(ws: Workspace, query: str, doc: str) -> list[str]:
    hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
    return [hit.snippet[a:b] for a, b in hit.matches]


# -- exact prefixes ---------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["se", "sec", "fe", "sem", "semic", "secon", "za", "300", "de", "øre", "łó"])
def test_prefix_membership_is_exact_whatever_the_ranking_keeps(
    ws: Workspace, prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One ranking expansion per prefix: membership must not depend on it.
    monkeypatch.setattr(uq, "PREFIX_KEEP", 1)
    monkeypatch.setattr(uq, "PREFIX_KEEP_TYPING", 1)
    ws.index.forget_queries()
    want = brute_prefix(fold(prefix).replace(",", ""))
    assert want
    assert docs(ws, f"{prefix}*") == want
    assert docs(ws, f"{prefix}*", typing=True) == want


def test_prefix_page_and_total_while_typing(ws: Workspace) -> None:
    res = ws.search("ferry sec", limit=1, typing=True)
    assert res.total == 1 and res.total_exact and [h.doc for h in res.hits] == ["en_second"]
    assert docs(ws, "ferry se*") == {"en_seen", "en_second"}  # "seen" alone qualifies en_seen


@pytest.mark.parametrize("typed", ["st", "fe", "zu", "Zü", "se", "sh", "ferry se", "ferry sh", "ferry fe", "ferry de"])
def test_a_two_letter_last_word_being_typed_is_an_exact_prefix(ws: Workspace, typed: str) -> None:
    # Reported: typing ``st`` showed "No article matches st" while ``st*`` found 7 articles.
    *before, last = typed.split()
    want = brute_prefix(fold(last))
    for word in before:
        want &= brute_prefix(fold(word))
    assert want
    assert docs(ws, typed, typing=True) == docs(ws, f"{typed}*") == want


def brute_word_prefix(prefix: str) -> set[str]:
    """Articles with a word starting with ``prefix``, stop words included ("an", "and"), by
    scanning every text."""
    return {
        name
        for name, text in ARTICLES.items()
        if any(fold(t).startswith(prefix) for t, _, _ in search_tokens(text))
        or any(t.startswith(prefix) for t, _, _ in terms_with_spans(text))
    }


@pytest.mark.parametrize(
    ("query", "typing"),
    [
        ("ferry the*", False),
        ("ferry and*", False),
        ("ferry an*", False),
        ("ferry th", True),
        ("the* ferry", False),
        ("ferry wh", True),
        ("title:ferry th*", False),
    ],
)
def test_a_prefix_of_a_stop_word_narrows_an_and(ws: Workspace, query: str, typing: bool) -> None:
    # Reported (s13): ``ferry the*`` missed articles holding "the"; (s17): ``ferry ca*`` found
    # every "ferry" article. A stop word is a word its prefix starts: the AND is narrowed to the
    # articles holding a word starting with the prefix, stop words included.
    rest = " ".join(w for w in query.split() if not w.endswith("*") and w not in ("th", "wh"))
    prefix = next(w for w in query.split() if w.endswith("*") or w in ("th", "wh")).rstrip("*")
    assert docs(ws, rest)  # the other words match: what the prefix keeps of them is tested
    assert docs(ws, query, typing=typing) == docs(ws, rest) & brute_word_prefix(prefix)


def test_a_prefix_of_a_stop_word_alone_counts_the_stop_word_too(ws: Workspace) -> None:
    for prefix in ("an", "th", "the"):
        want = brute_word_prefix(prefix)
        assert want and docs(ws, f"{prefix}*") == want
        assert docs(ws, prefix, typing=True) == want
    assert brute_word_prefix("an") > brute_prefix("an")  # some article holds "an" or "and" only
    # Under OR and NOT likewise.
    assert docs(ws, "ferry NOT th*") == docs(ws, "ferry") - brute_word_prefix("th")
    assert docs(ws, "st* OR an*") == brute_prefix("st") | brute_word_prefix("an")


@pytest.mark.parametrize("query", ["ferry qqqq*", "ferry zzzzzz*", "title:ferry xq*", "qqqq* ferry"])
def test_prefix_without_expansion_matches_nothing(ws: Workspace, query: str) -> None:
    assert docs(ws, query) == set()


# -- numbers ----------------------------------------------------------------------------------


def test_numbers_with_separators_are_one_token(ws: Workspace) -> None:
    assert docs(ws, "3,000") == docs(ws, "3000") == {"de_zurich", "pt_saopaulo"}
    assert docs(ws, "1,000") == {"pl_lodz"}  # not "7,000", not "3,000"
    assert docs(ws, "7000") == {"es_juarez"}
    assert docs(ws, "1.5") == {"de_zurich"}  # not "11.5"
    assert docs(ws, "11.5") == {"es_juarez"}
    assert docs(ws, "45%") == {"de_zurich"}
    assert docs(ws, "2026") == {"es_juarez"}
    assert highlighted(ws, "3000", "de_zurich") == ["3,000"]


NUMBERS = {
    "pct": "Turnout\n\nTurnout rose to 45% on Sunday; inflation was 4.5% and shares rose 3,000%.\n",
    "ppl": "Crowd\n\nAbout 45 people came; 4.5 million watched and 3,000 homes lost power in 2026.\n",
    "fr": "Participation\n\nLa participation atteint 45\u202f% et l'inflation 4,5 % selon l'institut.\n",
    "fr_space": "Sondage\n\nLe oui obtient 45 % des voix et 2,5 % de plus qu'en 2025.\n",
    "ja": "支持率\n\n内閣支持率は45％に上昇した。\n",
    "years": "Seasons\n\nThe 2025-26 season and the year 2026 and the 1990s and 2,026 votes.\n",
}


@pytest.fixture(scope="module")
def numbers_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("numbers"), NUMBERS)


@pytest.mark.parametrize(
    ("query", "want", "shown"),
    [
        # Reported: ``45%`` matched "45 people" (the query became ``45``).
        ("45%", {"pct", "fr", "fr_space", "ja"}, {"pct": "45%", "fr": "45\u202f%", "fr_space": "45 %", "ja": "45％"}),
        ("45％", {"pct", "fr", "fr_space", "ja"}, {"ja": "45％"}),
        ("45 %", {"pct", "fr", "fr_space", "ja"}, {"fr_space": "45 %"}),  # typed as French writes it
        ("45", {"ppl"}, {"ppl": "45"}),  # a bare number is not a percentage
        ("4.5%", {"pct"}, {"pct": "4.5%"}),  # not "4.5 million"
        ("4.5", {"ppl"}, {"ppl": "4.5"}),
        ("3,000%", {"pct"}, {"pct": "3,000%"}),
        ("3000%", {"pct"}, {"pct": "3,000%"}),
        ("3,000", {"ppl"}, {"ppl": "3,000"}),
        ("2026", {"ppl", "years"}, {"ppl": "2026", "years": "2026"}),  # "2,026 votes" is 2026 too
        ("2025", {"fr_space", "years"}, {"years": "2025"}),  # "2025-26" is two numbers: 2025 and 26
        ("1990s", {"years"}, {"years": "1990s"}),
    ],
)
def test_percentages_are_one_token_with_their_sign(
    numbers_ws: Workspace, query: str, want: set[str], shown: dict[str, str]
) -> None:
    assert docs(numbers_ws, query) == want
    for doc, text in shown.items():
        hit = next(h for h in numbers_ws.search(query, limit=None).hits if h.doc == doc)
        assert text in [numbers_ws.corpus.article(doc).text[a:b] for a, b in hit.spans]
        assert " ".join(text.split()) in [hit.snippet[a:b] for a, b in hit.matches]  # on one line


def test_a_number_prefix_finds_the_percentages_too(numbers_ws: Workspace) -> None:
    assert docs(numbers_ws, "45*") == {"pct", "ppl", "fr", "fr_space", "ja"}
    assert docs(numbers_ws, "45", typing=True) == docs(numbers_ws, "45*")


# -- snippets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    ["x" * 10_000, "https://example.org/" + "a/" * 3000, "数" * 10_000, "word " * 3000 + "y" * 5000],
    ids=["long-word", "long-url", "long-cjk-run", "words-then-long-word"],
)
def test_snippet_centres_on_a_match_whatever_precedes_it(tmp_path: Path, before: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text(f"A long line\n\n{before} then the quokka arrived. {before}\n", "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    (hit,) = ws.search("quokka").hits
    assert [hit.snippet[a:b] for a, b in hit.matches] == ["quokka"]
    assert len(hit.snippet) <= 250


@pytest.mark.parametrize(
    ("run", "query"),
    [("好" * 10_000, "好好"), ("x" * 10_050, "xx*"), ("上海" * 5_000, "上海"), ("ab" * 6_000, "abab*")],
    ids=["cjk-run", "long-word-prefix", "cjk-word-repeated", "long-word-longer-prefix"],
)
def test_a_huge_match_is_cut_to_the_snippet_length(tmp_path: Path, run: str, query: str) -> None:
    # Reported: ``好好`` on a 10,000-character run gave a 10,031-character snippet, ``xx*`` 10,050.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "huge.txt").write_text(f"A huge match\n\nBefore it, {run} and after it.\n", "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    (hit,) = ws.search(query).hits
    assert len(hit.snippet) <= 250
    assert hit.matches and all(0 <= a < b <= len(hit.snippet) for a, b in hit.matches)
    shown = "".join(hit.snippet[a:b] for a, b in hit.matches)
    assert shown and set(shown) <= set(run) and len(shown) <= 200


# -- folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "want", "shown"),
    [
        ("Zurich", {"de_zurich", "en_ascii"}, "Zürich"),
        ("zürich", {"de_zurich", "en_ascii"}, "Zürich"),
        ("Juárez", {"es_juarez", "en_ascii"}, "Juárez"),
        ('"Sao Paulo"', {"pt_saopaulo", "en_ascii"}, "São Paulo"),  # a phrase is lit whole
        ("Erdogan", {"tr_istanbul", "en_ascii"}, "Erdoğan"),
        ("istanbul", {"tr_istanbul", "en_ascii"}, "İstanbul"),
        ("lodz", {"pl_lodz", "en_ascii"}, "Łódź"),
        ("strasse", {"de_zurich", "en_ascii"}, "Straße"),
        ("oresund", {"hr_dordevic", "en_ascii"}, "Øresund"),
        ("hamrun", {"hr_dordevic"}, "Ħamrun"),
        ("Æroskobing", {"hr_dordevic"}, "Ærøskøbing"),
    ],
)
def test_folding_both_ways_highlights_the_original(ws: Workspace, query: str, want: set[str], shown: str) -> None:
    assert docs(ws, query) == want
    doc = next(iter(want - {"en_ascii"}))
    assert shown in highlighted(ws, query, doc)


def test_fold_function() -> None:
    assert fold("Zürich") == fold("ZURICH") == "zurich"
    assert fold("İstanbul") == fold("ISTANBUL") == fold("ıstanbul") == "istanbul"
    assert fold("Straße") == "strasse" and fold("Łódź") == "lodz" and fold("Đorđe") == "dorde"
    assert fold("São Paulo") == "sao paulo"
    assert fold("が") == "が" and fold("상하이") == "상하이"  # CJK: no mark removal
    assert fold("ＡＢＣ") == "abc"  # full-width forms


def test_prefix_folds_too(ws: Workspace) -> None:
    assert docs(ws, "zür*") == docs(ws, "zur*") == {"de_zurich", "en_ascii"}
    assert "Zürich" in highlighted(ws, "zur*", "de_zurich")


# -- CJK --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("上海", {"zh_shanghai", "ja_shanghai"}),
        ("人工智能", {"zh_shanghai"}),  # Japanese 人工知能 shares only the bigram 人工
        ("人工知能", {"ja_shanghai"}),
        ("李強", {"zh_shanghai"}),
        ("상하이", {"ko_shanghai"}),
        ("인공지능", {"ko_shanghai"}),
        ("上海 人工智能", {"zh_shanghai"}),
    ],
)
def test_cjk_words_are_found_and_highlighted(ws: Workspace, query: str, want: set[str]) -> None:
    assert docs(ws, query) == want
    for doc in want:
        shown = highlighted(ws, query, doc)
        for word in query.split():
            assert word in shown
        hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
        assert len(hit.snippet) <= 100  # CJK characters are two columns wide


def test_cjk_typing_does_not_widen_to_a_prefix(ws: Workspace) -> None:
    assert uq.as_you_type("人工智") == "人工智"
    assert docs(ws, "人工智", typing=True) == {"zh_shanghai"}


def test_cjk_word_counts() -> None:
    assert word_count("上海举办世界人工智能大会") == 12  # one word per Chinese character
    assert word_count("上海で人工知能の国際会議") == 12
    assert word_count("상하이에서 인공지능 회의 열려") == 4  # Korean words are spaced
    assert word_count("Zürich hat 3000 Menschen") == 4
    assert word_count("The state-of-the-art chip") == 3


# -- entities ---------------------------------------------------------------------------------


def test_entities_merge_folded_spellings(ws: Workspace) -> None:
    from waic_reader.index.analysis.entities.recogniser import group

    mentions = {doc: ws.analyser.doc(doc).mentions for doc in ws.corpus.entries}
    by_name = {fold(e.name): e for e in group(mentions)}
    zurich = by_name["zurich"]
    assert {m.text for _doc, m in zurich.mentions} == {"Zürich", "Zurich"}
    assert set(zurich.docs) == {"de_zurich", "en_ascii"}
    assert sum(1 for e in group(mentions) if fold(e.name) == "zurich") == 1


@pytest.mark.parametrize("query", ["who:Zurich", "who:zürich", "entity:ZÜRICH", "who:ZURICH"])
def test_who_folds_entity_names(ws: Workspace, query: str) -> None:
    assert docs(ws, query) == {"de_zurich", "en_ascii"}


def test_match_spans_equal_the_analyzer_in_every_language() -> None:
    """Highlights (found cheaply: ASCII tokens by string search, others one by one) are exactly
    the analyzer's tokens with a wanted form, in text mixing scripts, accents and curly quotes."""
    from waic_reader.index.search.whoosh.snippets import _merged, match_spans

    tricky = [
        "“Zürich’s” café — São Paulo’s 3,000 cafés; 上海的 chips in Zurich",
        "上海café Zürich.Basel u.s.ü 1,000ü x_ü Zu\u0308rich ĦamrunŁódź 상하이chips,3,000",
    ]
    for text in [*ARTICLES.values(), *tricky]:
        indexed = [t for t, _, _ in terms_with_spans(text)]
        for terms in ({"zurich"}, {"cafe", "chip"}, {"上海"}, {"3000", "sao"}, set(indexed[::3]), set(indexed)):
            want = _merged([(s, e) for t, s, e in terms_with_spans(text) if t in terms])
            assert match_spans(text, terms) == want, (text[:30], terms)
        for prefix in ("za", "ca", "st", "se"):
            want = _merged([(s, e) for t, s, e in terms_with_spans(text) if t.startswith(prefix)])
            assert match_spans(text, set(), [prefix]) == want, (text[:30], prefix)


# -- decomposed (NFD) text --------------------------------------------------------------------

# The same stories written with combining marks (NFD, as macOS and some CMS exports write them):
# German, Vietnamese, French; and one precomposed article to find beside them.
NFD_ARTICLES = {
    "de_nfd": "Zu\u0308rich baut eine Bru\u0308cke\n\nDie Stadt Zu\u0308rich baut eine neue Bru\u0308cke.\n",
    "vi_nfd": "Ha\u0300 No\u0323\u0302i mo\u031b\u0309 tuye\u0302\u0301n metro\n\nThu\u0309 đo\u0302 Ha\u0300 No\u0323\u0302i mo\u031b\u0309 tuye\u0302\u0301n metro mo\u031b\u0301i.\n",
    "fr_nfd": "Montre\u0301al inaugure un pont\n\nLa ville de Montre\u0301al a inaugure\u0301 un pont.\n",
    "de_nfc": "Zürich und Montréal\n\nZürich und Montréal tauschen Erfahrungen aus.\n",
}


@pytest.fixture(scope="module")
def nfd_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("nfd")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in NFD_ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize(
    ("query", "want", "shown"),
    [
        ("Zürich", {"de_nfd", "de_nfc"}, "Zürich"),
        ("Zurich", {"de_nfd", "de_nfc"}, "Zürich"),
        ("Zu\u0308rich", {"de_nfd", "de_nfc"}, "Zürich"),  # a decomposed query too
        ("Brücke", {"de_nfd"}, "Brücke"),
        ('"Hà Nội"', {"vi_nfd"}, "Hà Nội"),  # a phrase is lit whole
        ("Ha Noi", {"vi_nfd"}, "Nội"),
        ("montréal", {"fr_nfd", "de_nfc"}, "Montréal"),
        ("inaugur*", {"fr_nfd"}, "inauguré"),
    ],
)
def test_decomposed_text_is_read_composed(nfd_ws: Workspace, query: str, want: set[str], shown: str) -> None:
    assert docs(nfd_ws, query) == want
    for doc in want:
        hit = next(h for h in nfd_ws.search(query, limit=None).hits if h.doc == doc)
        text = nfd_ws.corpus.article(doc).text  # what ``show --json`` gives as "text"
        assert shown in [text[a:b] for a, b in hit.spans]  # offsets into the composed text
        assert shown in [hit.snippet[a:b] for a, b in hit.matches]


def test_decomposed_text_counts_words_and_names_as_composed(nfd_ws: Workspace) -> None:
    from waic_reader.index.corpus.reader import to_show_json

    for doc in ("de_nfd", "vi_nfd", "fr_nfd"):
        article = nfd_ws.corpus.article(doc)
        assert "\u0308" not in article.text and "\u0301" not in article.text and "\u0300" not in article.text
        assert article.word_count == word_count(unicodedata.normalize("NFC", NFD_ARTICLES[doc]))
        data = to_show_json(article)
        assert all(data["text"][b["start"] : b["end"]] == b["text"] for b in data["blocks"])
    assert nfd_ws.corpus.article("de_nfd").word_count == 11
    assert nfd_ws.corpus.article("vi_nfd").word_count == 13
    assert {r["doc"]: r["words"] for r in nfd_ws.list_rows()}["de_nfd"] == 11  # what the library shows


def test_decomposed_names_are_one_entity(nfd_ws: Workspace) -> None:
    from waic_reader.index.analysis.entities.recogniser import group

    mentions = {doc: nfd_ws.analyser.doc(doc).mentions for doc in nfd_ws.corpus.entries}
    zurich = [e for e in group(mentions) if fold(e.name) == "zurich"]
    assert len(zurich) == 1
    assert set(zurich[0].docs) == {"de_nfd", "de_nfc"}
    assert {m.text for _doc, m in zurich[0].mentions} == {"Zürich"}
    assert docs(nfd_ws, "who:Zurich") == {"de_nfd", "de_nfc"}


def test_feed_items_are_composed_too(tmp_path: Path) -> None:
    from waic_reader.index.corpus.reader import Corpus

    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Bridge</title><guid>b1</guid><description>Zu\u0308rich opens a bridge, "
        "says Montre\u0301al.</description></item></channel></rss>"
    )
    (tmp_path / "wire.rss").write_text(rss, "utf-8")
    corpus = Corpus.scan(tmp_path)
    (doc,) = corpus.entries
    text = corpus.article(doc).text
    assert "Zürich" in text and "Montréal" in text and text == unicodedata.normalize("NFC", text)
