"""The contract of a search backend: what any ``SearchEngine`` must do, run against each one.

Build and incremental update, the query syntax, snippets located in the text, boilerplate-only
hits after article hits, exact totals. The whoosh backend's own fast paths are tested against
whoosh itself in ``test_search.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from waic_reader.index.errors import QueryError
from waic_reader.index.search.engine import MakeEngine
from waic_reader.index.workspace import Workspace


@pytest.fixture
def ws(seeds_copy: Path, tmp_path: Path, make_engine: MakeEngine) -> Workspace:
    workspace = Workspace(seeds_copy, tmp_path / "index", engine=make_engine)
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str, **kw) -> set[str]:
    return {h.doc[:3] for h in ws.search(query, limit=None, **kw).hits}


def test_build_is_reused_then_updated_incrementally(ws: Workspace, seeds_copy: Path, make_engine: MakeEngine) -> None:
    again = Workspace(seeds_copy, ws.index_dir, engine=make_engine).ensure_index()
    assert not again.rebuilt and not (again.added or again.updated or again.removed)
    (seeds_copy / "005_new.txt").write_text("A story about zeppelins landing in Hinton park after a storm.\n")
    path = next(seeds_copy.glob("002_*.txt"))
    path.write_text(path.read_text() + "\nA late paragraph mentions the word quokka.\n")
    os.utime(path, ns=(1, 1))
    (next(seeds_copy.glob("001_*.txt"))).unlink()
    fresh = Workspace(seeds_copy, ws.index_dir, engine=make_engine)
    report = fresh.ensure_index()
    assert report.added == ["005_new"] and report.removed == ["001_4560e405e578a9e8"]
    assert report.updated == ["002_a8425d810b543e9c"] and not report.rebuilt
    assert docs(fresh, "quokka") == {"002"}
    assert docs(fresh, "Hinton") == {"000", "003", "004", "005"}
    assert docs(fresh, "semicond*") == {"000", "002"}


def test_query_syntax(ws: Workspace) -> None:
    assert docs(ws, "Hinton Musk") == {"003", "004"}
    assert docs(ws, "Stockholm OR Bouverot") == {"002", "004"}
    assert docs(ws, "Hinton NOT Bouverot") == {"000", "003"}
    assert docs(ws, '"Vice Foreign Minister"') == {"003", "004"}
    assert docs(ws, "outlet:reuters") == {"004"}
    assert docs(ws, "title:organisation") == {"004"}
    assert docs(ws, "chips") == docs(ws, "chip")  # plurals fold


def test_entity_field_accepts_aliases(ws: Workspace) -> None:
    assert docs(ws, 'entity:"Geoffrey Hinton"') == {"000", "003", "004"}
    assert docs(ws, "who:WAIC") == docs(ws, 'entity:"World Artificial Intelligence Conference"')


@pytest.mark.parametrize("query", ['"open', "(a", "*", "*ai", "a?c", "foo:bar", "x" * 600, " ".join(["w"] * 60), "a*"])
def test_bad_queries_raise_short_messages(ws: Workspace, query: str) -> None:
    with pytest.raises(QueryError) as exc:
        ws.search(query)
    assert len(str(exc.value)) < 100


def test_hits_carry_snippets_with_located_matches(ws: Workspace) -> None:
    hit = ws.search("Bouverot").hits[0]
    assert [hit.snippet[s:e] for s, e in hit.matches] == ["Bouverot"]
    article = ws.corpus.article(hit.doc)
    assert [article.text[s:e] for s, e in hit.spans] == ["Bouverot"]


def test_index_never_inside_corpus(seeds_copy: Path, make_engine: MakeEngine) -> None:
    with pytest.raises(ValueError):
        Workspace(seeds_copy, seeds_copy / "idx", engine=make_engine)


def test_marked_noise_moves_text_between_fields(ws: Workspace) -> None:
    doc = "004_f1cc412f47765c46"
    block = next(b for b in ws.corpus.article(doc).blocks if "Bouverot" in b.text)
    ws.analyser.overrides.mark(doc, block.text, "noise")
    ws.analyser.invalidate(doc)
    ws.index.update_docs([doc])
    hit = ws.search("Bouverot").hits[0]
    assert hit.where == ["noise"]


def test_boilerplate_only_hits_fill_the_page_after_article_hits(ws: Workspace) -> None:
    res = ws.search("Nvidia", limit=50)
    assert [h.doc[:3] for h in res.hits][-1] == "003" and res.hits[-1].where == ["noise"]
    assert all("content" in h.where for h in res.hits[:-1])
    assert res.total == len(res.hits) and res.total_exact


def test_total_counts_boilerplate_matches_beyond_the_page(ws: Workspace) -> None:
    full = ws.search("Nvidia", limit=None)
    one = ws.search("Nvidia", limit=1)  # article matches fill the page: no boilerplate pass
    assert len(one.hits) == 1 and "content" in one.hits[0].where
    assert one.total == full.total == 5 and one.total_exact
    two = ws.search("Nvidia chip", limit=1)
    assert two.total == len(ws.search("Nvidia chip", limit=None).hits) and two.total_exact


def test_unlimited_search_orders_like_limited(ws: Workspace) -> None:
    a = [h.doc for h in ws.search("government", limit=None).hits]
    b = [h.doc for h in ws.search("government", limit=50).hits]
    assert a == b
