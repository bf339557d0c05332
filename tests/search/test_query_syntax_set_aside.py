"""Other engines' query syntax is read or set aside with a note, never 0 hits in silence (issue 15).

Reported: ``fire^2`` (a Lucene boost) answered "0 articles match": the tokeniser read it as the
words "fire" and "2". The kind: syntax of Lucene-like engines this app's parser does not read.
A boost (``^2``), a fuzzy word (``~1``) and a phrase's proximity (``"a b"~3``) are set aside and
said (``unsupported``, ``searched``: the JSON, the CLI's text, the search screen's status);
``&&``, ``||`` and ``!`` before a phrase or group are read as ``AND``, ``OR`` and ``NOT``
(``fire || flood`` searched both words) and the reading said; ranges stay refused
(test_query_ranges_refused.py). Text that only looks like it (``10^6``, "Yahoo!") is searched as
before.

Review s40-rv finding 11: ``!important`` (CSS pasted) returned the articles *without* the word,
``searched`` saying "!important". The kind: a "!" glued to a word, at the query's start, after a
space or a "(", is text; what was read is said in every case. Finding 12: ``E=mc^2`` searched
``E=mc``. The kind: a "^" after text that is no whole term (``O(n^2)``, ``m/s^2``) is text,
searched as the tokeniser indexes it. The articles are written for this test."""

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
    "css": "Style guide\n\nMark a rule !important only when it is important to override the theme.\n",
    "physics": "Units explained\n\nEinstein wrote E=mc^2; gravity pulls at 9.8 m/s^2 and the sort runs "
    "in O(n^2) steps.\n",
    "decoy": "Lab notes\n\nThe E=mc badge, the m/s gauge and the O(n) bound were on the bench.\n",
}
# Powers written in text (s41-q): on their own corpus, where "2" is no word of the others'
POWERS = {
    "maths": "Squares\n\nThe rule a^2 + b^2 = c^2 holds; x^2 growth beats any line, speed^2 = distance "
    "was the wrong guess and y^3 - x stays small.\n",
    "chart": "Chart notes\n\nThe x axis shows growth, the speed and the distance; a and b are the sides.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("syntax"), ARTICLES)


@pytest.fixture(scope="module")
def powers(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("powers"), POWERS)


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
        results.reading_note()
        == f"{', '.join(unsupported)} {'is' if len(unsupported) == 1 else 'are'} not supported: searched {searched}"
    )


@pytest.mark.parametrize(
    ("query", "same_as", "read"),
    [
        ("fire || flood", "fire OR flood", "|| read as OR"),
        ("fire && flood", "fire AND flood", "&& read as AND"),
        ("harbour !(fire)", "harbour NOT (fire)", "! read as NOT"),
        ('harbour !"harbour fire"', 'harbour NOT "harbour fire"', "! read as NOT"),
        ("+harbour fire", "harbour fire", "+ read as a required word"),
    ],
)
def test_lucene_operators_are_read_as_ours_and_said(ws: Workspace, query: str, same_as: str, read: str) -> None:
    results = ws.search(query, limit=None)
    assert sorted(h.doc for h in results.hits) == docs(ws, same_as) != []
    data = results.to_json()
    assert data["unsupported"] == [] and data["searched"] == same_as
    assert results.reading_note() == f"{read}: searched {same_as}"


@pytest.mark.parametrize("query", ["!important", "style !important", "(!important)"])
@pytest.mark.parametrize("typing", [False, True])
def test_a_bang_glued_to_a_word_is_text(ws: Workspace, query: str, typing: bool) -> None:
    results = ws.search(query, limit=None, typing=typing)
    assert sorted(h.doc for h in results.hits) == ["css"]
    data = results.to_json()
    assert (data["searched"], data["unsupported"], results.reading_note()) == (query, [], "")


@pytest.mark.parametrize("query", ["E=mc^2", "O(n^2)", "m/s^2"])
def test_a_caret_after_no_whole_term_is_text(ws: Workspace, query: str) -> None:
    results = ws.search(query, limit=None)
    assert sorted(h.doc for h in results.hits) == ["physics"]  # "2" searched too: not the decoy
    data = results.to_json()
    assert (data["searched"], data["unsupported"], results.reading_note()) == (query, [], "")


@pytest.mark.parametrize(
    "query",
    [
        "x^2 growth",  # reported: a one-letter word's power
        "a^2 + b^2",  # reported: a formula
        "speed^2 = distance",  # a word's power next to a sign standing alone
        "y^3 - x",  # a power before a minus standing alone
    ],
)
@pytest.mark.parametrize("typing", [False, True])
def test_a_power_in_text_is_no_boost(powers: Workspace, query: str, typing: bool) -> None:
    results = powers.search(query, limit=None, typing=typing)
    assert sorted(h.doc for h in results.hits) == ["maths"]  # the power's number searched too: not the chart
    data = results.to_json()
    assert (data["searched"], data["unsupported"], results.reading_note()) == (query, [], "")


def test_a_boost_and_a_power_in_one_query_are_each_said() -> None:
    from waic_reader.index.search.syntax import read_syntax

    reading = read_syntax("fire^2 x^2 harbour^")  # a boost, a power, a "^" with no number
    assert (reading.searched, reading.unsupported) == ("fire x^2 harbour^", ["boost (^2)"])


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
    assert main([*base[:-1], "fire && flood"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["1 article matches fire && flood", "(&& read as AND: searched fire AND flood)"]
