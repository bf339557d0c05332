"""A hyphenated word being typed finds what its submitted prefix finds (issue 15).

Reported: ``the-gove`` typed found more than ``the-gove*``: a last part after stop words alone
was searched as its prefix alone (every article with "government" anywhere), where the submitted
prefix is the phrase "the gove…". The kind: a typed hyphenated word's last part (two letters or
more) is read as the submitted prefix reads it, one tokeniser and one prefix expansion, whatever
the parts before it (stop words alone: ``the-gove``, ``in-de``, ``of-the-gove``). The articles
are written for this test."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "the_government": "Budget vote\n\nOfficials said the government would publish its budget on Monday.\n",
    "the_governor": "Bank chief\n\nA statement from the governor of the central bank followed.\n",
    "government_apart": "Ministers meet\n\nGovernment ministers met again. Their vote was close.\n",
    "in_depth": "Report\n\nAn in-depth report on the floods was released.\n",
    "in_debt": "Town budget\n\nThe town is now in debt after the floods.\n",
    "depth_apart": "Lake survey\n\nDivers measured its depth and its debris last week.\n",
    "of_the_government": "Policy\n\nA spokesman of the government declined to comment.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("typed_hyphen"), ARTICLES)


def docs(ws: Workspace, query: str, *, typing: bool) -> set[str]:
    results = ws.search(query, typing=typing, limit=None)
    assert results.total == len(results.hits)
    return {h.doc for h in results.hits}


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("the-gove", {"the_government", "the_governor", "of_the_government"}),  # reported
        ("in-de", {"in_depth", "in_debt"}),
        ("of-the-gove", {"of_the_government"}),
    ],
)
def test_a_typed_hyphenated_word_finds_what_its_prefix_finds(ws: Workspace, typed: str, found: set[str]) -> None:
    assert docs(ws, typed + "*", typing=False) == found
    assert docs(ws, typed, typing=True) == found
