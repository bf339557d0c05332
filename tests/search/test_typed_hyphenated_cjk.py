"""A hyphenated word whose last part is CJK text being typed finds what its submitted prefix
finds (issue 15: typing ``上海-浦``, as search-as-you-type sends it, found nothing while
``上海-浦*`` found the article). CJK is indexed as character bigrams: one character after the
hyphen is no term of its own, so the typed last part must be read as the prefix it is.
Chinese (the reported form), Japanese and Korean articles written for this test."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.search.whoosh.parser import as_you_type
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "zh": "机场快线\n\n上海-浦东机场快线今天开通，乘客可以在四十分钟内到达市中心。\n",
    "zh_other": "市政新闻\n\n上海市政府今天宣布了新的交通计划。\n",
    "ja": "新幹線\n\n東京-大阪間の新幹線は午後から運転を再開した。\n",
    "ko": "고속철도\n\n서울-부산 고속철도가 오늘 다시 운행을 시작했다.\n",
    "en": "Airport link\n\nThe Shanghai airport link opened today.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("typed_hyphen_cjk"), ARTICLES)


@pytest.mark.parametrize(
    ("typed", "doc"),
    [
        ("上海-浦", "zh"),  # the reported one
        ("東京-大", "ja"),
        ("서울-부", "ko"),
    ],
)
def test_typed_hyphenated_cjk_finds_what_its_prefix_finds(workspace: Workspace, typed: str, doc: str) -> None:
    submitted = workspace.search(f"{typed}*", limit=None)
    found = workspace.search(typed, limit=None, typing=True)
    assert [h.doc for h in submitted.hits] == [doc]
    assert [h.doc for h in found.hits] == [doc] and found.total == submitted.total == 1
    assert as_you_type(typed) == f"{typed}*"
