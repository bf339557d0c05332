"""Other engines' query syntax is read or set aside with a note, never 0 hits in silence (issue 15).

Reported: ``fire^2`` (a Lucene boost) answered "0 articles match": the tokeniser read it as the
words "fire" and "2". The kind: syntax of Lucene-like engines this app's parser does not read.
A boost (``^2``), a fuzzy word (``~1``) and a phrase's proximity (``"a b"~3``) are set aside and
said (``unsupported``, ``searched``: the JSON, the CLI's text, the search screen's status);
``&&``, ``||`` and ``!`` are read as ``AND``, ``OR`` and ``NOT`` (``fire || flood`` searched both
words, ``!flood`` the word itself); ranges stay refused (test_query_ranges_refused.py). Text that
only looks like it (``10^6``, "Yahoo!") is searched as before. The articles are written for this
test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

ARTICLES = {
    "fire": "Harbour fire\n\nA harbour fire destroyed two sheds on Monday, the port authority said.\n",
    "flood": "Flood warning\n\nRiver levels rose and a flood warning was issued for the valley.\n",
    "both": "Storm week\n\nAfter the fire at the depot, a flood closed the ring road in 10^6 ways.\n",
    "yahoo": "Portal\n\nYahoo! said its portal would close; harbour traffic was not affected.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("syntax"), ARTICLES)


def docs(ws: Workspace, query: str, typing: bool = False) -> list[str]:
    return sorted(h.doc for h in ws.search(query, limit=None, typing=typing).hits)


SET_ASIDE = [
    ("fire^2", ["boost (^2)"], "fire"),  # reported
    ("fire~1 harbour", ["fuzzy match (~1)"], "fire harbour"),
    (
        '"harbour fire"~3 OR (flood warning)^0.5',
        ["proximity (~3)", "boost (^0.5)"],
        '"harbour fire" OR (flood warning)',
    ),
]


@pytest.mark.parametrize(("query", "unsupported", "searched"), SET_ASIDE)
@pytest.mark.parametrize("typing", [False, True])
def test_unsupported_syntax_is_set_aside_and_said(
    ws: Workspace, query: str, unsupported: list[str], searched: str, typing: bool
) -> None:
    results = ws.search(query, limit=None, typing=typing)
    assert results.total > 0
    assert sorted(h.doc for h in results.hits) == docs(ws, searched, typing)
    data = results.to_json()
    assert data["unsupported"] == unsupported and data["searched"] == searched
    assert (
        results.unsupported_note()
        == f"{', '.join(unsupported)} {'is' if len(unsupported) == 1 else 'are'} not supported: searched {searched}"
    )


@pytest.mark.parametrize(
    ("query", "same_as"),
    [("fire || flood", "fire OR flood"), ("fire && flood", "fire AND flood"), ("harbour !fire", "harbour NOT fire")],
)
def test_lucene_operators_are_read_as_ours(ws: Workspace, query: str, same_as: str) -> None:
    assert docs(ws, query) == docs(ws, same_as) != []
    assert ws.search(query).to_json()["unsupported"] == []


def test_text_that_only_looks_like_the_syntax_is_searched_as_written(ws: Workspace) -> None:
    for query, found in (("10^6", ["both"]), ("Yahoo!", ["yahoo"]), ('"fire^2"', [])):
        results = ws.search(query, limit=None)
        assert sorted(h.doc for h in results.hits) == found and results.unsupported == []


def test_the_cli_says_what_it_set_aside(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(ws.corpus.root)
    base = ["--corpus", str(root), "--index-dir", str(root.parent / "index"), "search", "fire^2"]
    assert main([*base, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["total"], data["unsupported"], data["searched"]) == (2, ["boost (^2)"], "fire")
    assert main(base) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["2 articles match fire^2", "(boost (^2) is not supported: searched fire)"]
