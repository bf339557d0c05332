"""A time of day half typed with a colon is the start of the times it may become, as any half-typed
word is a prefix (review s46-rv item 9: typing "09:1" found nothing while "09:15" found "9:15";
searched as you type, results emptied on the way to a time and came back). The search and
find-in-article read it alike (tokens.clock_prefix_forms): the times starting so written with a
colon (the hour with or without its zero, seconds too) and those written whole with a dot
("9.18pm", "21.45 GMT"), never any decimal ("9.1 million"). The reported "09:1" and variants of
my own: another hour and minutes ("21:4"), the hour and colon alone ("7:"), a score ("2:1") still
found as typed."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "morning": "Ferry leaves\n\nThe ferry left the pier at 09:15 and turned back by 9.18pm.\n",
    "evening": "Late news\n\nThe last bus left at 21:40:05; the 21.45 GMT train was cancelled.\n",
    "early": "Dawn\n\nAt 7:05 the market opened, 9.1 million visitors a year.\n",
    "match": "Final score\n\nThe home side won 2:1 after extra time.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("half_typed_time"), ARTICLES)


@pytest.mark.parametrize(
    ("typed", "lit"),
    [
        ("09:1", {"morning": ["09:15", "9.18"]}),  # reported
        ("9:1", {"morning": ["09:15", "9.18"]}),
        ("21:4", {"evening": ["21:40:05", "21.45"]}),
        ("7:", {"early": ["7:05"]}),
        # words before it: each lit where it stands ("at" a stop word)
        ("last bus left at 21:4", {"evening": ["last", "bus", "left", "21:40:05", "21.45"]}),
    ],
)
def test_a_half_typed_time_finds_the_times_it_starts(
    workspace: Workspace, typed: str, lit: dict[str, list[str]]
) -> None:
    results = workspace.search(typed, typing=True)
    got = {}
    for hit in results.hits:
        text = workspace.corpus.article(hit.doc).text
        got[hit.doc] = [text[a:b] for a, b in hit.spans]
    assert got == lit
    submitted = workspace.search(typed + "*")
    assert {h.doc for h in submitted.hits} == set(lit)


def test_typing_on_to_the_whole_time_never_finds_more(workspace: Workspace) -> None:
    for whole in ("09:15", "21:45"):
        finished = {h.doc for h in workspace.search(whole, typing=True).hits}
        half = {h.doc for h in workspace.search(whole[:-1], typing=True).hits}
        assert finished and finished <= half


def test_a_score_typed_is_still_found(workspace: Workspace) -> None:
    assert {h.doc for h in workspace.search("2:1", typing=True).hits} == {"match"}
    assert {h.doc for h in workspace.search("2:1").hits} == {"match"}


@pytest.mark.parametrize(
    ("doc", "typed", "found"),
    [
        ("morning", "09:1", ["09:15", "9.18"]),
        ("evening", "21:4", ["21:40:05", "21.45"]),
        ("early", "7:", ["7:05"]),
        ("early", "9:1", []),  # "9.1 million" is no time
        ("match", "2:1", ["2:1"]),
        ("morning", "pier at 09:1", ["pier at 09:15"]),
    ],
)
def test_find_in_article_reads_a_half_typed_time_alike(doc: str, typed: str, found: list[str]) -> None:
    text = ARTICLES[doc]
    assert [text[a:b] for a, b in find_spans(text_tokens(text), typed)] == found
