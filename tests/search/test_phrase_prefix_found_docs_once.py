"""A phrase being typed with many completions looks its articles up once (issue 15, s43-q).

Reported: ``the-go`` cost ~0.35 s of CPU at 1,000 articles and ~2.4 s at 10,000: the articles
where a completion follows "the" were found from the postings, then each one's stored fields were
read for its doc id and the query matched those ids, each looked up again in the ``doc`` field
(~600 look-ups at 1,000 articles). The kind: the documents a phrase prefix's completions were
found in are matched by their numbers (``parser.KnownDocs``), whatever the phrase (one word, two,
under a NOT); by the terms of their ids only when the index changed meanwhile. The articles are
written for this test."""

from __future__ import annotations

from typing import Any

import pytest
from search_helpers import indexed_workspace
from whoosh import query as wquery

from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer
from waic_reader.index.search.whoosh.parser import PREFIX_KEEP_TYPING, KnownDocs
from waic_reader.index.workspace import Workspace

# More completions of "the ga…" than a typed key ranks by (PREFIX_KEEP_TYPING): each in its article
WORDS = ["garden", "gate", "gale", "gallery", "garage", "gas", "gauge", "gazebo"]
ARTICLES = {
    **{f"after_the_{w}": f"Town news\n\nVisitors said the {w} of the town was closed in the storm.\n" for w in WORDS},
    "apart": "Weather\n\nA garden and a gate were damaged; officials said repairs would follow.\n",
    "in_the": "Harbour\n\nBoats waited in the gap until the wind dropped.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    assert len(WORDS) > PREFIX_KEEP_TYPING
    return indexed_workspace(tmp_path_factory.mktemp("phrase_prefix_once"), ARTICLES)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("the-ga", {f"after_the_{w}" for w in WORDS} | {"in_the"}),  # reported: a stop word, then the part typed
        ("said-the-ga", {f"after_the_{w}" for w in WORDS}),  # two words before the part typed
        ("NOT storm the-ga", {"in_the"}),  # under a NOT: counted by set algebra
    ],
)
def test_found_articles_are_matched_by_number(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, typed: str, found: set[str]
) -> None:
    read: list[tuple[str, str]] = []
    raw = BulkScorer.raw

    def counted(self: BulkScorer, fieldname: str, text: str) -> Any:
        read.append((fieldname, text))
        return raw(self, fieldname, text)

    monkeypatch.setattr(BulkScorer, "raw", counted)
    results = ws.search(typed, typing=True, limit=None)
    assert {h.doc for h in results.hits} == found
    assert results.total == len(found) and results.total_exact
    # the same articles as the prefix submitted finds, its completions looked up one by one
    assert {h.doc for h in ws.search(typed + "*", limit=None).hits} == found
    assert not [t for f, t in read if f == "doc"]  # no article looked up again by its id


def test_read_by_another_reader_it_is_its_ids(ws: Workspace) -> None:
    """The numbers belong to the reader they were found with: read by another (the index changed
    between parsing and searching), the ids are matched, the same documents with the same scores."""
    q = ws.index.parse("the-ga", typing=True)
    known = [node for node in _nodes(q) if isinstance(node, KnownDocs)]
    assert known
    s = ws.index.searcher()
    fast = BulkScorer(s).scores(known[0])
    stale = KnownDocs(known[0].doc_ids, known[0].docnums, object(), known[0].weight)
    assert BulkScorer(s).scores(stale) == fast == BulkScorer(s).scores(wquery.Or(list(known[0].subqueries)))
    assert fast and set(fast) == set(known[0].docnums)


def _nodes(q: wquery.Query) -> list[wquery.Query]:
    out = [q]
    if not q.is_leaf() and not isinstance(q, KnownDocs):
        for child in q.children():
            out.extend(_nodes(child))
    return out
