"""A number followed by one CJK character is found where more CJK text follows that character
(acceptance t13af N24: "5名", "1300吨", "30万", "14日", "10月14日" found nothing in "造成5名船员失踪",
"约1300吨原油", "約30万世帯", "14日凌晨", though "5名船员" was found: results grew as one typed on).
CJK text is indexed as character bigrams, so the character is the start of the pair written after
it; the word is searched as a phrase whose last word is a prefix. Chinese (the reported text),
Japanese and Korean articles written for this test."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "zh": (
        "油轮相撞\n\n新华社奥斯陆10月14日电 挪威西海岸14日凌晨发生油轮相撞事故，造成5名船员失踪，约1300吨原油泄漏。\n"
    ),
    "ja": "停電続く\n\n14日、嵐のため約30万世帯で停電が続いた。3人が死亡し、12台の車が流された。\n",
    "ko": "정전 사태\n\n폭풍으로 3명이 숨지고 20만가구가 정전됐다고 당국이 밝혔다.\n",
    "en": "Storm update\n\nAbout 1300 homes lost power and 5 crew were missing on 14 October.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("cjk_numbers"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "docs", "lit"),
    [
        # the reported ones
        ("5名", {"zh"}, "5名"),
        ("1300吨", {"zh"}, "1300吨"),
        ("10月14日", {"zh"}, "10月14日"),
        ("30万", {"ja"}, "30万"),
        ("14日", {"zh", "ja"}, "14日"),
        # Japanese and Korean of my own: a counter after a number, more text after it
        ("3人", {"ja"}, "3人"),
        ("12台", {"ja"}, "12台"),
        ("3명", {"ko"}, "3명"),
        ("20만", {"ko"}, "20만"),
    ],
)
def test_a_number_and_one_cjk_character_is_found(workspace: Workspace, query: str, docs: set[str], lit: str) -> None:
    results = workspace.search(query)
    assert {hit.doc for hit in results.hits} == docs
    assert results.total == len(docs)
    for hit in results.hits:
        text = workspace.corpus.article(hit.doc).text
        assert hit.spans, hit.doc
        assert all(text[a:b].startswith(lit) for a, b in hit.spans), [text[a:b] for a, b in hit.spans]


@pytest.mark.parametrize("query", ["5名船员", "30万世帯", "3명이"])
def test_typing_on_never_finds_more(workspace: Workspace, query: str) -> None:
    # the longer string was found before; the shorter one now finds what it finds
    longer = {hit.doc for hit in workspace.search(query).hits}
    shorter = {hit.doc for hit in workspace.search(query[:-1]).hits}
    assert longer and longer <= shorter


def test_a_number_and_a_character_that_does_not_follow_it_finds_nothing(workspace: Workspace) -> None:
    assert workspace.search("5人").total == 0
    assert workspace.search("1300名").total == 0
