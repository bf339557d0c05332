"""A time of day is searched as written: its numbers side by side, never two numbers anywhere
in the article, and lit as the one "9:40" the text writes.

Reported (tester t13ag N16): ``search 9:40`` found a live blog with "at least 9 people" and
"40 people were injured" in different entries, and no 9:40 anywhere, lit ['9', '40']: the word
was searched as an AND of its numbers. A colon between digits (a time, "21:40", "22:15:30") now
makes the word the phrase of its numbers, as a hyphen does ("forty-two"). CJK "9时40分" was a
phrase of its tokens already (a CJK word is). The articles are written for this test."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ledger": "Factory fire\n\nThe fire broke out at about 9:40 pm on the third floor, officials said.\n",
    "wire": "Blaze toll\n\nThe blaze started at 21:40 local time; at 22:15:30 crews were still at work.\n",
    "blog": "Live: the fire\n\n06.05 GMT At least 9 people died.\n\n11.45 GMT Some 40 people were injured, "
    "and 21 were taken away; 6 died, 5 later, 30 more were hurt.\n",
    "cn": "服装厂火灾\n\n火灾发生在当地时间10日晚9时40分左右。\n",
    "cn-apart": "另一场火灾\n\n9时许，40分钟后消防员赶到。\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("clock"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "doc", "lit"),
    [
        ("9:40", "ledger", "9:40"),  # reported: not the blog's 9 and 40 apart
        ("21:40", "wire", "21:40"),  # the blog has "21" and "40" apart too
        ("22:15:30", "wire", "22:15:30"),  # hours, minutes and seconds; the blog has "30" alone
        ("title:Blaze 21:40 started", "wire", "21:40"),  # among other words
        # CJK: side by side, not "9时许，40分钟"; lit to the typed "分", never the "左" of the pair it
        # starts (t13an N20, round s47-u)
        ("9时40分", "cn", "9时40分"),
    ],
)
def test_a_time_of_day_is_found_as_written(ws: Workspace, query: str, doc: str, lit: str) -> None:
    for typing in (False, True):
        results = ws.search(query, typing=typing, limit=None)
        assert [h.doc for h in results.hits] == [doc], (query, typing)
        text = ws.corpus.article(doc).text
        assert lit in {text[a:b] for a, b in results.hits[0].spans}


def test_a_bare_number_finds_no_time_s_hour_or_minutes(ws: Workspace) -> None:
    # A time is one token (issue #13, N7, round s46-x): "40" finds the blog's "40 people", never
    # a time's minutes (the ledger's "9:40 pm", the wire's "21:40"); typed apart, "9 40" is two numbers.
    found = {h.doc for h in ws.search("40", limit=None).hits}
    assert "blog" in found and not found & {"ledger", "wire"}
    assert "ledger" not in {h.doc for h in ws.search("9 40", limit=None).hits}
