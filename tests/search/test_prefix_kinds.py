"""Prefixes of every kind find every article they start a word of, and CJK words are highlighted
only where they occur whole (issue 15's acceptance round): CJK prefixes of three characters or
more (a phrase of their bigrams), number prefixes with a thousands separator, ``who:``/``entity:``
prefixes over entity names. The articles are written for these tests."""

from __future__ import annotations

import pytest

from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "zh_open": "大会开幕\n\n2025世界人工智能大会在上海开幕。来自各国的代表参加了开幕式。\n",
    "zh_ai": "产业\n\n上海表示，人工智能产业将继续发展。人工智能企业超过一千家。\n",
    "zh_apart": "工业\n\n人工成本上升，智能制造成为重点。\n",  # 人工 and 智能 apart: no 人工智
    "ja_conf": "会議\n\n東京で国際会議が開かれ、国際協力について話し合った。\n",
    "ja_other": "協力\n\n国際的な協力が必要だと専門家は述べた。\n",
    "ko_open": "대회\n\n상하이에서 세계 인공지능 대회가 열렸다. 개막식에서 시장이 연설했다.\n",
    "ko_other": "서울\n\n상하이 대표단이 서울에서 회의를 열었다.\n",
    "en_people": "Crowds\n\nAbout 3,000 people attended and 70 volunteers helped.\n",
    "en_cases": "Cases\n\nOfficials expect to reach 7,000 cases by March, up from 700.\n",
    "en_visitors": "Visitors\n\nThe fair drew 2,026 visitors; 12,345 tickets and 1,000,000 views online.\n",
    "en_plain": "Plain\n\nAbout 30000 people and 300 staff; a 3.5 rise.\n",
    "en_meeting": (
        "Meeting\n\nPresident Erdoğan met Chancellor Kelly Smith in Zürich on Monday. Later Kelly Smith "
        "flew to Ankara.\n"
    ),
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("prefix_kinds")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str, **kw: object) -> set[str]:
    res = ws.search(query, limit=None, **kw)  # type: ignore[arg-type]
    found = {h.doc for h in res.hits}
    assert res.total == len(found) and res.total_exact
    return found


def shown(ws: Workspace, query: str, doc: str) -> list[str]:
    """The highlighted pieces of ``doc``'s text for ``query``: the hit's spans, and the reader's."""
    hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
    text = ws.corpus.article(doc).text
    opened = ws.open_article(doc, query)
    assert sorted(opened.matches) == sorted(s for s in hit.spans if s in opened.matches)
    return [text[a:b] for a, b in hit.spans]


# -- CJK prefixes of three characters or more ------------------------------------------------


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("人工智*", {"zh_open", "zh_ai"}),  # reported
        ("世界人*", {"zh_open"}),  # reported
        ("상하이*", {"ko_open", "ko_other"}),  # reported (Korean)
        ("人工智能大*", {"zh_open"}),  # five characters
        ("国際会*", {"ja_conf"}),  # Japanese
        ("人工*", {"zh_open", "zh_ai", "zh_apart"}),  # two characters: a bigram prefix
    ],
)
def test_a_cjk_prefix_finds_every_text_starting_with_it(ws: Workspace, query: str, want: set[str]) -> None:
    brute = {d for d, text in ARTICLES.items() if query[:-1] in text}
    assert want == brute
    assert docs(ws, query) == want
    for doc in want:
        assert query[:-1] in "".join(shown(ws, query, doc))


def test_a_cjk_prefix_needs_its_characters_in_a_row(ws: Workspace) -> None:
    assert docs(ws, "人工智*") == docs(ws, "人工智")
    assert "zh_apart" not in docs(ws, "人工智*")  # 人工 … 智能 apart
    assert docs(ws, "知能*") == set()


# -- number prefixes with a separator ---------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "want", "highlighted"),
    [
        ("3,00*", {"en_people"}, "3,000"),  # reported; not 30000 or 300
        ("7,0*", {"en_cases"}, "7,000"),  # reported; not 700 or 70
        ("2,02*", {"en_visitors", "zh_open"}, "2,026"),  # reported; 2025 is 2,025 unseparated
        ("12,34*", {"en_visitors"}, "12,345"),
        ("1,000,0*", {"en_visitors"}, "1,000,000"),
    ],
)
def test_a_number_prefix_with_a_separator_finds_the_numbers_starting_with_it(
    ws: Workspace, query: str, want: set[str], highlighted: str
) -> None:
    assert docs(ws, query) == want
    doc = next(d for d in want if highlighted in ARTICLES[d])
    assert highlighted in shown(ws, query, doc)


def test_a_number_being_typed_with_its_separator_is_a_prefix(ws: Workspace) -> None:
    # Reported: typing 3,000 said "No article matches 3,0".
    assert uq.as_you_type("3,0") == "3,0*"
    assert docs(ws, "3,0", typing=True) == {"en_people"}
    assert docs(ws, "3,00", typing=True) == {"en_people"}
    assert "en_people" in docs(ws, "3,000", typing=True)
    assert docs(ws, "30*") == {"en_people", "en_plain"}  # 3,000 is 3000; 30000


# -- who:/entity: prefixes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("who:Kel*", "Kelly Smith"),  # reported
        ("who:Erd*", "Erdoğan"),  # reported (folded: erdogan)
        ("who:Zur*", "Zürich"),  # reported
        ('who:"Kelly Sm*"', "Kelly Smith"),  # a prefix of a name of two words
        ("entity:erdo*", "Erdoğan"),
    ],
)
def test_who_prefix_expands_over_entity_names(ws: Workspace, query: str, name: str) -> None:
    assert docs(ws, query) == {"en_meeting"}
    assert name in shown(ws, query, "en_meeting")


def test_who_prefix_is_exact_membership(ws: Workspace) -> None:
    assert docs(ws, "who:Kelz*") == set()  # no entity name starts with "kelz"
    assert docs(ws, "who:Ankar*") == {"en_meeting"}
    assert docs(ws, "who:Ankx*") == set()


# -- CJK highlights: the whole word only ------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "doc", "whole", "piece"),
    [
        ("상하이에서", "ko_open", "상하이에서", "에서"),  # reported: 에서 of 개막식에서
        ("世界人工智能大会", "zh_open", "世界人工智能大会", None),  # reported (see below)
        ("国際協力", "ja_conf", "国際協力", "国際"),  # reported: 国際 of 国際会議
        ("人工智能产业", "zh_ai", "人工智能产业", "人工智能"),  # a second 人工智能 not followed by 产业
        ("开幕式", "zh_open", "开幕式", "开幕"),  # 开幕 of 在上海开幕
    ],
)
def test_a_cjk_word_is_highlighted_only_where_it_occurs_whole(
    ws: Workspace, query: str, doc: str, whole: str, piece: str | None
) -> None:
    got = shown(ws, query, doc)
    assert got.count(whole) == ARTICLES[doc].count(whole) and set(got) == {whole}
    if piece is not None:
        assert ARTICLES[doc].count(piece) > ARTICLES[doc].count(whole)  # the piece occurs alone too


def test_a_cjk_word_and_a_part_of_it_searched_alone_highlight_both(ws: Workspace) -> None:
    # 人工智能 standing alone is highlighted when it is itself a query word.
    assert shown(ws, "世界人工智能大会", "zh_open") == ["世界人工智能大会"]
    assert shown(ws, "人工智能产业 人工智能", "zh_ai") == ["人工智能产业", "人工智能"]
