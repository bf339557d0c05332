"""Queries of negations alone (``NOT 上海``, ``NOT ferry``): every article without the word.

Lucene and whoosh's own searcher match nothing for a query that is only negative; a reader
browsing one story's coverage means "the articles that do not mention it" (as ``grep -L``
does), so that is what such a query finds, counted exactly. The articles are written for these
tests (English, Chinese, Japanese), one of them with the excluded word only in its boilerplate.
"""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ferry": "Ferry service resumes\n\nThe island ferry returned to service on Monday after the storm.\n",
    "ferry_shanghai": (
        "Ferry line to Shanghai\n\nA new ferry line links the island with Shanghai, the operator said on Monday.\n"
    ),
    "zh": "上海港恢复运营\n\n上海港周一恢复运营，渡轮服务同时恢复。\n",
    "ja": "東京で会議\n\n東京で開かれた会議には多くの研究者が参加した。\n",
    "bridge": "Bridge reopens\n\nThe harbour bridge reopened to traffic on Tuesday, the council said.\n",
    # "Shanghai" only in boilerplate: an unfielded word is searched there too, so NOT excludes it.
    "boiler": (
        "Ferry timetable changes\n\nThe winter ferry timetable starts on Monday, the operator said.\n\n"
        "Related: Shanghai port news\nShare on Facebook\nFollow us on Twitter\n"
    ),
}
ALL = set(ARTICLES)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("negation")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def found(ws: Workspace, query: str, limit: int | None = None, typing: bool = False) -> set[str]:
    res = ws.search(query, limit=limit, typing=typing)
    docs = {h.doc for h in res.hits}
    assert res.total_exact
    if limit is None or res.total <= limit:
        assert res.total == len(docs)
    return docs


def test_the_boilerplate_article_is_a_match_of_the_word(ws: Workspace) -> None:
    assert found(ws, "Shanghai") == {"ferry_shanghai", "boiler"}
    assert ws.analyser.doc("boiler").noise_count() >= 1


@pytest.mark.parametrize(
    ("query", "without"),
    [
        ("NOT 上海", {"zh"}),  # reported: returned every article
        ("NOT ferry", {"ferry", "ferry_shanghai", "boiler"}),
        ("NOT Shanghai", {"ferry_shanghai", "boiler"}),  # boilerplate included, as the word finds it
        ("NOT 東京", {"ja"}),
        ('NOT "ferry line"', {"ferry_shanghai"}),
        ("NOT ferry NOT 上海", {"ferry", "ferry_shanghai", "boiler", "zh"}),
        ("NOT (ferry OR bridge)", {"ferry", "ferry_shanghai", "boiler", "bridge"}),
        ("NOT fer*", {"ferry", "ferry_shanghai", "boiler"}),
        ("NOT title:ferry", {"ferry", "ferry_shanghai", "boiler"}),
        ("NOT qqqq", set()),  # a word no article has: every article
    ],
)
def test_a_query_of_negations_alone_finds_every_other_article(ws: Workspace, query: str, without: set[str]) -> None:
    want = ALL - without
    assert found(ws, query) == want
    page = ws.search(query, limit=2)
    assert page.total == len(want) and page.total_exact  # counted exactly, not estimated
    assert len(page.hits) == min(2, len(want)) and {h.doc for h in page.hits} <= want
    for hit in page.hits:
        assert hit.snippet and hit.matches == []  # the article's opening, nothing highlighted


def test_negation_while_typing(ws: Workspace) -> None:
    assert found(ws, "NOT fe", typing=True) == ALL - {"ferry", "ferry_shanghai", "boiler"}


@pytest.mark.parametrize("limit", [1, 2, None])
def test_not_excludes_a_word_found_only_in_boilerplate_beside_other_words(ws: Workspace, limit: int | None) -> None:
    # The article pass searches titles and bodies first; its NOT must still look at the
    # boilerplate, or the page would show "boiler", which the count leaves out.
    res = ws.search("ferry NOT Shanghai", limit=limit)
    assert {h.doc for h in res.hits} == {"ferry"}
    assert res.total == 1 and res.total_exact
    # bridge OR (not Shanghai): "boiler" has Shanghai in its boilerplate.
    res = ws.search("bridge OR NOT Shanghai", limit=limit)
    want = {"ferry", "zh", "ja", "bridge"}
    assert res.total == len(want) and res.total_exact
    assert {h.doc for h in res.hits} <= want and len(res.hits) == min(limit or 99, len(want))


def test_or_with_a_negation(ws: Workspace) -> None:
    # bridge OR (not ferry): the bridge article, and every article without "ferry".
    assert found(ws, "bridge OR NOT ferry") == ALL - {"ferry", "ferry_shanghai", "boiler"}
    assert found(ws, "Monday OR NOT ferry") == ALL


def test_a_negated_stop_word_alone_finds_nothing(ws: Workspace) -> None:
    # Stop words are not indexed: which articles lack "the" is unknown, as for ``the`` alone.
    assert ws.search("NOT the").total == ws.search("the").total == 0
