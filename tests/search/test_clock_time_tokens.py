"""A bare number finds no clock time's hour or minutes; the time typed finds it (issue #13, N7).

Reported (round s46-x, reconstructed): ``search 15`` found "09:15" and "10:15 GMT", so a reader
looking for "15 people" got every quarter past: the tokeniser read a time as two numbers. The
kind: a clock time is one token (corpus.tokens.CLOCK_TOKEN), "09:15" and "9:15" one form, and a
typed "9:15" finds it however the text writes it ("9.15am", "09.15 GMT"). Search, its highlights
and find-in-article (ctrl+f: corpus.find) read the one tokeniser, so they agree. The reported
case and two variants (seconds and 24-hour times; am/pm times, British dots); the articles are
written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

ARTICLES = {
    "morning": "Ferry delayed\n\nThe ferry left at 09:15 and docked at 10:15 GMT, the operator said.\n",
    "people": "Ferry rescue\n\nCrews rescued 15 people from the water near the pier.\n",
    "night": "Depot fire\n\nThe alarm sounded at 22:15:30 and the fire was out by 23:45 local time.\n",
    "homes": "Depot fire, day two\n\nSome 45 homes and 30 shops lost power, the utility said.\n",
    "evening": "Quay closed\n\nThe quay shut at 7:05pm; the British port said 8.20 p.m. was its last sailing.\n",
    "boats": "Harbour count\n\nThere were 20 boats and 5 tugs in the harbour on Friday.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("clock-tokens"), ARTICLES)


@pytest.mark.parametrize(
    ("number", "found"),
    [
        ("15", {"people"}),  # reported: not "09:15", "10:15 GMT"
        ("30", {"homes"}),  # variant: a time's seconds ("22:15:30")
        ("45", {"homes"}),  # variant: a 24-hour time's minutes ("23:45")
        ("05", set()),  # variant: "7:05pm"'s minutes
        ("20", {"boats"}),  # variant: "8.20 p.m."'s minutes, a British dot
    ],
)
def test_a_bare_number_finds_no_time_s_part(ws: Workspace, number: str, found: set[str]) -> None:
    for typing in (False, True):
        assert {h.doc for h in ws.search(number, typing=typing, limit=None).hits} == found, (number, typing)


@pytest.mark.parametrize(
    ("query", "doc", "lit"),
    [
        ("09:15", "morning", "09:15"),  # the time as written
        ("9:15", "morning", "09:15"),  # its hour without the zero
        ("10:15", "morning", "10:15"),
        ("22:15:30", "night", "22:15:30"),
        ("23:45", "night", "23:45"),
        ("7:05pm", "evening", "7:05pm"),
        ("8:20 pm", "evening", "8.20"),  # a colon's time finds the British dot's
    ],
)
def test_the_time_typed_finds_it_and_is_lit(ws: Workspace, query: str, doc: str, lit: str) -> None:
    results = ws.search(query, limit=None)
    assert [h.doc for h in results.hits] == [doc], query
    text = ws.corpus.article(doc).text
    assert lit in {text[a:b] for a, b in results.hits[0].spans}


@pytest.mark.parametrize(
    ("doc", "query", "lit"),
    [
        ("morning", "15", []),  # reported: ctrl+f agrees with the search
        ("morning", "9:15", ["09:15"]),
        ("night", "30", []),
        ("evening", "05", []),
        ("evening", "8:20", ["8.20"]),  # a colon's time finds the British dot's, as the search does
    ],
)
def test_find_in_article_agrees(ws: Workspace, doc: str, query: str, lit: list[str]) -> None:
    text = ws.corpus.article(doc).text
    assert [text[a:b] for a, b in find_spans(text_tokens(text), query)] == lit


def test_cli_search_json_finds_the_number_not_the_times(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "search", "--json", "15"])
    assert code == 0
    assert [hit["doc"] for hit in json.loads(capsys.readouterr().out)["hits"]] == ["people"]
