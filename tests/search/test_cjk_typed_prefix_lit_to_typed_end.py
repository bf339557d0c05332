"""A number and a counter typed in a script written without spaces are lit up to where the typed
text ends, never over the character after them (t13an N20: ``17명`` lit "17명이" in "17명이 숨지고",
the particle 이 with the number; ``19명`` the same). CJK text is indexed as character bigrams, so
"17명" is searched as "17" before a bigram starting with "명" (a phrase whose last word is a
prefix): the bigram found ("명이") is the completion, of which only the typed "명" is lit. Every
occurrence is found and lit: the one where the counter ends its run ("17명 사망") and those where
more text follows it. The reported Korean text, and a Japanese and a Chinese one written for this
test (the counter followed by a particle, "17人が", and by a verb, "17人死亡")."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ko": (
        "여객선 전복…17명 사망·19명 실종\n\n"
        "승객과 승무원 187명을 태운 여객선이 전복돼 17명이 숨지고 19명이 실종됐다고 해안경비대가 밝혔다.\n"
    ),
    "ja": "フェリー転覆、23人死亡\n\n乗客乗員187人を乗せたフェリーが転覆し、23人が死亡、8人が行方不明となった。\n",
    "zh": "渡轮倾覆致41人死亡\n\n据海岸警卫队消息，渡轮倾覆已造成41人死亡，另有6人失踪。\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("cjk_typed_end"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "doc", "count"),
    [
        ("17명", "ko", 2),  # reported: "17명 사망", "17명이 숨지고"
        ("19명", "ko", 2),  # reported: "19명 실종", "19명이 실종됐다고"
        ("23人", "ja", 2),  # "23人死亡" in the title, "23人が死亡" in the text
        ("8人", "ja", 1),  # "8人が"
        ("41人", "zh", 2),  # "41人死亡" twice, "人死" the bigram found
    ],
)
def test_lit_to_the_typed_end_every_occurrence(workspace: Workspace, query: str, doc: str, count: int) -> None:
    results = workspace.search(query)
    assert [hit.doc for hit in results.hits] == [doc]
    hit = results.hits[0]
    text = workspace.corpus.article(doc).text
    assert [text[a:b] for a, b in hit.spans] == [query] * count
    # the snippet lights the same text, and the reader's find (the article's matches) too
    assert all(hit.snippet[a:b] == query for a, b in hit.matches), [hit.snippet[a:b] for a, b in hit.matches]
    assert hit.matches
    found = workspace.index.match_spans(text, query)
    assert [text[a:b] for a, b in found] == [query] * count


@pytest.mark.parametrize(("query", "doc"), [("17명이", "ko"), ("23人が", "ja"), ("41人死亡", "zh")])
def test_the_whole_typed_word_is_lit_whole(workspace: Workspace, query: str, doc: str) -> None:
    # typed on past the counter, the lit text grows with it
    hit = workspace.search(query).hits[0]
    text = workspace.corpus.article(doc).text
    assert {text[a:b] for a, b in hit.spans} == {query}


def test_many_completions_lit_to_the_typed_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    # past PREFIX_KEEP_TYPING completions the phrase prefix is lit as the runs of every completion
    # (parser.CompletedPhrases): those are cut at the typed end too
    after = "がはもをのでとや"
    text = "名簿\n\n" + "。".join(f"5人{c}記録" for c in after) + "。\n"
    workspace = indexed_workspace(tmp_path_factory.mktemp("cjk_typed_many"), {"list": text})
    hit = workspace.search("5人").hits[0]
    assert [text[a:b] for a, b in hit.spans] == ["5人"] * len(after)
