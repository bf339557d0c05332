"""A percentage glued to its word is searched as the percentage it is, and percentage points by
their number, as the figure recogniser reads them (issue #15/#16, t13al-r N12 and S7): "7.5pc"
was the word "7.5pc" (``7.5%`` missed it) and "3.2ppt" the word "3.2ppt" (``3.2`` missed it, while
it finds "3.2 percentage points"). A percentage is never its bare number (``7.5`` finds neither
"7.5pct" nor "7.5%", as the README says). The articles are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "pct": "Tech deal\n\nSales grew 7.5pct.\n",  # reported (t13alr variants/N12/b)
    "pc": "Retail results\n\nSales grew 7.5pc in the quarter.\n",
    "ppt": "Bank margins\n\nThe bank's margin rose 3.2ppt to 18%.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(Path(tmp_path_factory.mktemp("glued_percent")), ARTICLES)


def _docs(ws: Workspace, query: str) -> set[str]:
    return {h.doc for h in ws.search(query, limit=None).hits}


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        ("7.5%", {"pct", "pc"}),
        ("7.5 percent", {"pct", "pc"}),
        ("3.2", {"ppt"}),
        ("7.5", set()),
    ],
)
def test_glued_percentage_is_found_as_a_percentage(ws: Workspace, query: str, docs: set[str]) -> None:
    assert _docs(ws, query) == docs


def test_the_glued_percentage_is_lit_whole(ws: Workspace) -> None:
    hit = next(h for h in ws.search("7.5%", limit=None).hits if h.doc == "pc")
    text = ARTICLES["pc"]
    assert [text[a:b] for a, b in hit.spans] == ["7.5pc"]
