"""A field with nothing after it matches nothing and says what to type (issue 13, helper s15-k #5).

Reported: ``search 'who:'`` returned 15 hits for the word "who", ``said:`` hits for "said", and
typing ``/who:`` showed matches before the name was typed: whoosh searched the field's name as a
word. The articles are written for this test; each holds the field names as words."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.errors import EmptyField, QueryError
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "a": "Who said what\n\nThe minister, who said the title was the outlet's, spoke in Osaka on Friday.\n",
    "b": "Ferry delayed\n\nA ferry who said nothing was delayed in Kobe, said the port's title holder.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("empty-field"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        ("who:", "a name right after who:"),  # the reported case
        ("said:", "a speaker's name right after said:"),  # the other reported field
        ("ferry (title:)", "words right after title:"),  # inside a group, after a word
        ("who: Osaka", "a name right after who:"),  # a space between the field and its value
        ("outlet:", "an outlet right after outlet:"),
    ],
)
def test_an_empty_field_matches_nothing_and_says_what_to_type(ws: Workspace, query: str, hint: str) -> None:
    assert ws.search("who", limit=None).total == 2  # the names are words of the articles
    for typing in (False, True):
        with pytest.raises(EmptyField, match=hint):
            ws.search(query, typing=typing, limit=None)


def test_a_field_with_a_value_and_a_quoted_field_name_still_search(ws: Workspace) -> None:
    assert [h.doc for h in ws.search("title:ferry", limit=None).hits] == ["b"]
    assert ws.search('"who said"', limit=None).total == 2  # a phrase is no field
    with pytest.raises(QueryError, match="unknown field"):
        ws.search("nofield:x", limit=None)
