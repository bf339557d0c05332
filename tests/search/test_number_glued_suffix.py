"""A number glued to a multiplier or a unit ("€18.4bn", "£40m", "15km") is found by its number
too, as the fact sheet reads it (tester t13al N12, issue #15): only the glued token "18.4bn" was
indexed, so ``18.4`` missed the article. The glued word still finds it, and a number is still
never another number ("118.4bn", "18.45bn") nor a percentage (``45`` finds "45 people", not
"45%", as the README says). The articles are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    # reported (t13al corpus analysis.md: "Deposits · €18.4bn · DNB")
    "deposits": "Veltra in numbers\n\nThe bank held deposits of €18.4bn when it failed.\n",
    # invented: a one-letter money scale after a currency, a unit of length, other numbers
    "pledge": "Repairs funded\n\nThe council pledged £40m for repairs to the harbour wall.\n",
    "coast": "Storm reaches coast\n\nThe storm passed 15km from the coast of Halvik on Friday.\n",
    "others": "Other figures\n\nThe group holds €118.4bn and €18.45bn; 15 km away 40 boats waited, 45% of them full.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(Path(tmp_path_factory.mktemp("glued_numbers")), ARTICLES)


def _docs(ws: Workspace, query: str) -> set[str]:
    return {h.doc for h in ws.search(query, limit=None).hits}


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        ("18.4", {"deposits"}),
        ("40", {"pledge", "others"}),
        ("15", {"coast", "others"}),
    ],
)
def test_a_number_glued_to_its_scale_or_unit_is_found_by_the_number(ws: Workspace, query: str, docs: set[str]) -> None:
    assert _docs(ws, query) == docs


def test_the_glued_word_and_the_percentage_stay_as_they_were(ws: Workspace) -> None:
    assert _docs(ws, '"18.4bn"') == {"deposits"}
    assert _docs(ws, "15km") == {"coast"}
    assert _docs(ws, "45") == set()
    hit = next(h for h in ws.search("18.4", limit=None).hits if h.doc == "deposits")
    text = ARTICLES["deposits"]
    assert [text[a:b] for a, b in hit.spans] == ["18.4bn"]
