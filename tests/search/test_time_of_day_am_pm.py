"""A time of day's "am"/"pm" is one searchable form however it is written: "9:40 pm", "9:40
p.m.", "9:40pm", "9.40pm" and "9.40 PM" are all the time and "pm" (the time one token since
issue #13 N7: "9:40" or "9.40", a typed "9:40" searched by both).

Reported (tester t13agr R5): ``search '9:40 pm'`` found only the article writing "9:40 pm", not
the two writing "9:40 p.m.": "p.m" was a token of its own. The glued forms ("9:40pm", "9.40pm")
were one token ("40pm", "9.40pm") that no typed time found. The articles are written for this
test."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.tokens import search_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "spaced": "Factory fire\n\nThe fire broke out at about 9:40 pm on the third floor.\n",
    "dotted": "Blaze in the mill\n\nThe blaze started at 9:40 p.m. local time, police said.\n",
    "glued": "Mill blaze\n\nCrews arrived at 9:40pm and left at dawn.\n",
    "british": "Mill fire\n\nThe alarm went off at 9.40PM, a neighbour said.\n",
    "morning": "Mill fire, day two\n\nInspectors came at 9:40 a.m. and stayed an hour.\n",
    "price": "Bread prices\n\nA loaf cost 9.40 on Monday, the bakers' union said in the evening.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("meridiem"), ARTICLES)


@pytest.mark.parametrize(
    "query",
    ["9:40 pm", "9:40 p.m.", "9:40pm", "9.40 PM"],  # reported; the other written forms typed
)
def test_every_written_form_of_pm_finds_the_others(ws: Workspace, query: str) -> None:
    docs = {h.doc for h in ws.search(query, limit=None).hits}
    assert docs == {"spaced", "dotted", "glued", "british"}, query


def test_am_is_not_pm_and_a_price_is_not_a_time(ws: Workspace) -> None:
    assert {h.doc for h in ws.search("9:40 a.m.", limit=None).hits} == {"morning"}
    # A decimal without am/pm is still one number: "9.40" finds the price and the text's own
    # "9.40PM" as written (one token since issue #13 N7), never a colon's time or its 9 and 40.
    assert {h.doc for h in ws.search("9.40", limit=None).hits} == {"price", "british"}


def test_the_glued_time_is_lit_where_the_text_writes_it(ws: Workspace) -> None:
    hits = {h.doc: h for h in ws.search("9.40pm", limit=None).hits}
    for doc, lit in (("glued", "9:40pm"), ("dotted", "9:40 p.m"), ("british", "9.40PM")):
        text = ws.corpus.article(doc).text
        assert [text[a:b] for a, b in hits[doc].spans] == [lit], doc


def test_tokens_of_the_written_forms() -> None:
    forms = {t: [w for w, _a, _b in search_tokens(t)] for t in ("9.40pm", "12.30 a.m.", "2.5 kg", "40pm")}
    assert forms == {
        "9.40pm": ["9.40", "pm"],  # a time is one token (issue #13 N7)
        "12.30 a.m.": ["12.30", "a.m"],
        "2.5 kg": ["2.5", "kg"],
        "40pm": ["40", "pm"],
    }
