"""One CJK character searched alone is lit alone, in the search hit's spans and in the reader (t13am N8: "轮"
lit "渡轮倾", both of its neighbours with it: CJK text is indexed as bigrams and the character is found by the
bigrams it starts or ends, which were lit whole). A word of two characters or more is still lit whole, and a
character searched beside its own word is lit with the word. The reported Chinese text and two of ours, Japanese
kanji among kana and a Chinese headline's first character."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "zh": "上海渡轮倾覆\n\n周二上午，一艘渡轮在黄浦江倾覆，造成十二人死亡。目击者说，渡轮在靠岸时突然倾斜。\n",
    "ja": "東京で停電\n\n東京都と千葉県で嵐のため停電が続いた。東部の住民は避難した。\n",
    "title": "救援继续\n\n搜救队员说，救援工作仍在进行，江边的居民已经撤离。\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("cjk_one_character"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "doc", "count"),
    [
        ("轮", "zh", 3),  # the reported one: inside "渡轮" thrice, before "倾" and "在"
        ("東", "ja", 3),  # kanji inside runs of kanji and kana: 東京, 東京都, 東部
        ("救", "title", 3),  # the headline's first character, and inside 搜救 and 救援
    ],
)
def test_one_character_is_lit_alone(workspace: Workspace, query: str, doc: str, count: int) -> None:
    text = workspace.corpus.article(doc).text
    [hit] = [h for h in workspace.search(query).hits if h.doc == doc]
    assert [text[a:b] for a, b in hit.spans] == [query] * count
    opened = workspace.open_article(doc, query)
    assert opened.error is None
    assert [text[a:b] for a, b in opened.matches] == [query] * count


def test_a_word_is_still_lit_whole_and_a_character_beside_it_with_it(workspace: Workspace) -> None:
    text = workspace.corpus.article("zh").text
    for query in ("渡轮", "渡 渡轮"):
        [hit] = [h for h in workspace.search(query).hits if h.doc == "zh"]
        assert [text[a:b] for a, b in hit.spans] == ["渡轮"] * 3, query
    # a character that is no part of the word searched beside it is lit on its own
    [hit] = [h for h in workspace.search("江 渡轮").hits if h.doc == "zh"]
    assert sorted(text[a:b] for a, b in hit.spans) == ["江", "渡轮", "渡轮", "渡轮"]


def test_the_character_still_finds_every_article_holding_it(workspace: Workspace) -> None:
    assert {h.doc for h in workspace.search("江").hits} == {"zh", "title"}
    assert workspace.search("江 NOT 渡").total == 1
