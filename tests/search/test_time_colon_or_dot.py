"""A time of day searched with a colon finds it written with a colon or a dot (t13aj N18, issue
#15): ``16:40`` finds a live blog's "16.40 GMT" and lights it, an hour with or without its leading
zero too ("9:05" finds "09.05 BST"). Before, "16:40" was the phrase of its numbers and the text's
"16.40" one decimal token: the colon's time did not find it. The tester's live blog (copied from its
corpus), and articles of our own; "16" and "40" apart are no time. Typed in the search screen,
the time whole finds the same. (A word with a dot stays a decimal: test_time_of_day_am_pm.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

LIVE = Path(__file__).resolve().parents[1] / "fixtures" / "strike_t13aj" / "live" / "coastal-live.txt"
ARTICLES = {
    "live": LIVE.read_text("utf-8"),
    "wire": "Ferry halted\n\nThe last ferry left the quay at 21:15 local time, the operator said.\n",
    "cet": "Border queue\n\n21.15 CET Lorries are queuing for ten kilometres at the border crossing.\n",
    "uk": "Trains cancelled\n\n09.05 BST: The first train of the day was cancelled at the depot.\n",
    "apart": "Young docker\n\nAged 16, he joined 40 others on the picket line at the port gate.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("times"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "docs", "lit"),
    [
        ("16:40", {"live"}, {"16.40"}),  # reported
        ("21:15", {"wire", "cet"}, {"21:15", "21.15"}),  # both written forms, each lit
        ("9:05", {"uk", "live"}, {"09.05"}),  # an hour without its leading zero (the blog's 09.05 GMT too)
    ],
)
def test_a_time_is_found_written_either_way(ws: Workspace, query: str, docs: set[str], lit: set[str]) -> None:
    for typing in (False, True):  # submitted, and typed in the search screen
        results = ws.search(query, typing=typing, limit=None)
        assert {h.doc for h in results.hits} == docs, typing
        for hit in results.hits:
            text = ws.corpus.article(hit.doc).text
            assert lit & {text[a:b] for a, b in hit.spans}, (hit.doc, typing)
