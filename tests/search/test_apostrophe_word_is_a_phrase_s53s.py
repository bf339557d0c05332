"""Round s53-s (issue #15): a word with an inner apostrophe is one term, the phrase of its parts.

Reported: ``O'Day`` (and ``O’Day``) found every article holding "days" or "day": the one-letter
part is no indexed word, so the query was "day" alone, a plural found through its singular.
It finds the articles holding "O'Day"/"O’Day", lit on the name. Variants of our own: a surname
of another letter (``D'Souza``), a place (``N'Djamena``), an Italian elision (``l'Aquila``, which
"Aquila" alone still finds), each submitted and typed. The articles are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.tokens import fold
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "oday": "Council vote\n\nCouncillor Mary O'Day said the plan was fine.\n",
    "oday_curly": "Second vote\n\nMary O’Day voted against it on Tuesday.\n",
    "days": "Port strike\n\nThe strike lasted three days in the port.\n",
    "day": "Markets\n\nIt was a quiet day for traders.\n",
    "souza": "Cricket\n\nRyan D'Souza scored a century.\n",
    "souzas": "Cafe\n\nThe Souza family opened a cafe.\n",
    "chad": "Chad\n\nTroops left N’Djamena at dawn.\n",
    "djamena": "Names\n\nDjamena is a given name.\n",
    "aquila": "Quake\n\nThe quake hit L'Aquila in 2009.\n",
    "eagle": "Birds\n\nAn Aquila eagle flew over the valley.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(Path(tmp_path_factory.mktemp("apostrophe_word")), ARTICLES)


CASES = [
    ("O'Day", {"oday", "oday_curly"}),  # reported: found "days" and "day" too
    ("O’Day", {"oday", "oday_curly"}),  # reported, curly
    ("D'Souza", {"souza"}),
    ("N'Djamena", {"chad"}),
    ("l'Aquila", {"aquila"}),
]


@pytest.mark.parametrize("typing", [False, True])
@pytest.mark.parametrize(("query", "want"), CASES)
def test_word_with_an_apostrophe_finds_only_itself_lit_whole(
    ws: Workspace, query: str, want: set[str], typing: bool
) -> None:
    res = ws.search(query, limit=None, typing=typing)
    assert {h.doc for h in res.hits} == want, (query, typing)
    assert res.total == len(want)
    for hit in res.hits:
        article = ws.corpus.article(hit.doc).text
        assert {fold(article[a:b]) for a, b in hit.spans} == {fold(query)}, (query, hit.doc)


@pytest.mark.parametrize(
    ("typed", "want"), [("O'Da", {"oday", "oday_curly"}), ("D'Sou", {"souza"}), ("N’Dja", {"chad"})]
)
def test_typed_apostrophe_word_is_its_phrase_prefix(ws: Workspace, typed: str, want: set[str]) -> None:
    """Typing on never finds the last part alone ("day", "Souza", "Djamena")."""
    assert {h.doc for h in ws.search(typed, limit=None, typing=True).hits} == want
    assert {h.doc for h in ws.search(typed + "*", limit=None).hits} == want


@pytest.mark.parametrize(("part", "want"), [("Aquila", {"aquila", "eagle"}), ("Souza", {"souza", "souzas"})])
def test_the_part_alone_still_finds_the_word(ws: Workspace, part: str, want: set[str]) -> None:
    assert {h.doc for h in ws.search(part, limit=None).hits} == want
