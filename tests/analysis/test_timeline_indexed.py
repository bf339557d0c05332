"""The first timeline after the index is built (issue #17): what the timeline needs of each
article is kept by the index while it indexes it (``StoredDoc.timeline``, beside the figures),
so no article file is read, and the timeline is the one reading and analysing every article
gives: with and without noise marks, with and without a ``corpus.yaml`` date. Whatever the
index holds for a file, metadata or marks other than those now is not served."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX

from waic_reader.index.analysis.entities.corpus_votes import corpus_mentions
from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.timeline import Timeline, build_timeline
from waic_reader.index.analysis.timeline_cache import FILE_NAME, kept_from_index, kept_version
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.corpus.spans import SpanSet
from waic_reader.index.workspace import Workspace

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)

QUAKE = Path(__file__).resolve().parents[1] / "fixtures" / "quake"


def _read_everything(corpus: Path, index_dir: Path) -> Timeline:
    """The timeline from every article read and analysed (nothing kept, no index)."""
    ws = Workspace(corpus, index_dir)
    articles = ws.corpus.articles()
    analyses = {a.doc: ws.analyser.analyse(a) for a in articles}
    facts = fact_sheet([(a, analyses[a.doc].noise_spans()) for a in articles])
    # Every mention grouped as the entity list groups them (names other articles type added in
    # the article's text, issue 13 F4); in article text only.
    typed = corpus_mentions({doc: an.mentions for doc, an in analyses.items()}, {a.doc: a.text for a in articles})
    mentions = {
        doc: [m for m in found if not SpanSet(analyses[doc].noise_spans()).contains(m.start)]
        for doc, found in typed.items()
    }
    return build_timeline(articles, mentions, facts)


def _same(got: Timeline, expected: Timeline) -> None:
    assert json.dumps(got.to_json()) == json.dumps(expected.to_json())  # key order too
    sightings = [
        {
            k: [(x.doc, x.date, x.outlet, x.start, x.end, x.text, x.value) for x in s.sightings]
            for k, s in t.subjects.items()
        }
        for t in (got, expected)
    ]
    assert sightings[0] == sightings[1]  # offsets and wording the screen shows
    assert [(s.label, s.kind, s.detail) for s in got.subjects.values()] == [
        (s.label, s.kind, s.detail) for s in expected.subjects.values()
    ]


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    original = Corpus.article

    def counting(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        reads.append(doc)
        return original(self, doc, **kw)

    monkeypatch.setattr(Corpus, "article", counting)
    return reads


def _corpus(tmp_path: Path, source: Path, yaml_date: bool) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(source, corpus)
    if yaml_date:  # a date (and outlet) the file itself does not give, for one article
        (corpus / "corpus.yaml").write_text(
            'articles:\n  wires/ap-bridge.txt: {outlet: AP, date: "2025-03-12T06:00:00Z"}\n', encoding="utf-8"
        )
    return corpus


def _built(corpus: Path, index_dir: Path) -> Workspace:
    ws = Workspace(corpus, index_dir)
    ws.ensure_index()
    return ws


def _mark_a_first_mention(ws: Workspace) -> str:
    """Mark as boilerplate the block holding the first mention of an entity (so the mark changes
    who was first); returns its doc id."""
    timeline = ws.timeline()
    subject = next(s for s in timeline.subjects.values() if s.kind != "fact")
    first = subject.sightings[0]
    article = ws.article(first.doc)
    block = next(b for b in article.blocks if b.start <= first.start < b.end)
    assert ws.mark_block(first.doc, block.text, "noise") is None
    return first.doc


def _forget_kept(index_dir: Path) -> None:
    """The folder's own caches gone: what is left is the index."""
    (index_dir / FILE_NAME).unlink(missing_ok=True)
    (index_dir / "figures.json").unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("source", "yaml_date"),
    [(COVERAGE_MIX, False), (COVERAGE_MIX, True), (QUAKE, False)],
    ids=["mix", "mix-yaml", "quake"],
)
@pytest.mark.parametrize("marked", [False, True], ids=["no-marks", "marked"])
def test_first_timeline_after_indexing_reads_no_article(
    source: Path, yaml_date: bool, marked: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, source, yaml_date)
    ws = _built(corpus, tmp_path / "index")
    before = _read_everything(corpus, tmp_path / "fresh-before")
    if marked:  # as the reader does it: the mark, then the article indexed again
        doc = _mark_a_first_mention(ws)
        assert ws.update_index([doc])
    _forget_kept(ws.index_dir)
    expected = _read_everything(corpus, tmp_path / "fresh")
    reads = _count_reads(monkeypatch)
    # As `waic-reader timeline` does: the index on disk is not opened by the caller.
    got = Workspace(corpus, tmp_path / "index").timeline()
    assert reads == []
    _same(got, expected)
    # The app's way, the index opened first: the same, and nothing read either.
    opened = _built(corpus, tmp_path / "index")
    reads.clear()
    _same(opened.timeline(), expected)
    assert reads == []
    # Tests that can fail: entities and figures are there to be first; a mark changes who is.
    assert any(s.kind == "fact" for s in got.subjects.values())
    assert any(s.kind != "fact" for s in got.subjects.values())
    assert (json.dumps(before.to_json()) != json.dumps(expected.to_json())) == marked
    if yaml_date:
        assert {"doc": "wires/ap-bridge", "date": "2025-03-12T06:00:00+00:00", "outlet": "AP"}.items() <= next(
            a for a in got.to_json()["articles"] if a["doc"] == "wires/ap-bridge"
        ).items()


def test_a_mark_not_yet_indexed_reads_its_article_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A mark made after indexing (the index not updated: another process, a script) makes the
    index's entry of that article miss, and only that one."""
    corpus = _corpus(tmp_path, COVERAGE_MIX, False)
    ws = _built(corpus, tmp_path / "index")
    doc = _mark_a_first_mention(ws)  # not re-indexed
    _forget_kept(ws.index_dir)
    reads = _count_reads(monkeypatch)
    got = Workspace(corpus, tmp_path / "index").timeline()
    assert reads == [doc]
    _same(got, _read_everything(corpus, tmp_path / "fresh"))


def test_an_edited_corpus_yaml_or_file_reads_that_article_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index holds the article as it was: an edited ``corpus.yaml`` entry or file is read
    again (the index not updated yet), the others are not."""
    corpus = _corpus(tmp_path, COVERAGE_MIX, True)
    _built(corpus, tmp_path / "index")
    (corpus / "corpus.yaml").write_text(
        'articles:\n  wires/ap-bridge.txt: {outlet: AP, date: "2025-03-11T06:00:00Z"}\n', encoding="utf-8"
    )
    edited = corpus / "wires" / "reuters-bridge.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe Tagus bridge reopened on Friday.\n", encoding="utf-8")
    _forget_kept(tmp_path / "index")
    reads = _count_reads(monkeypatch)
    got = Workspace(corpus, tmp_path / "index").timeline()
    assert sorted(reads) == ["wires/ap-bridge", "wires/reuters-bridge"]
    _same(got, _read_everything(corpus, tmp_path / "fresh"))
    assert next(a for a in got.articles if a.doc == "wires/ap-bridge").date == "2025-03-11T06:00:00+00:00"


def test_entries_of_other_rules_or_damaged_are_not_served(tmp_path: Path) -> None:
    """An entry kept by other analysis rules, or damaged, is no entry (the article is read)."""
    corpus = _corpus(tmp_path, COVERAGE_MIX, False)
    ws = _built(corpus, tmp_path / "index")
    stored = ws.index.stored()
    doc, row = next((d, r) for d, r in stored.items() if r.timeline is not None)
    entry = ws.corpus.entries[doc]
    assert kept_from_index(doc, row, entry.size, entry.mtime_ns, row.meta, kept_version()) is not None
    assert kept_from_index(doc, row, entry.size, entry.mtime_ns, row.meta, "other-rules") is None
    assert kept_from_index(doc, row, entry.size + 1, entry.mtime_ns, row.meta, kept_version()) is None
    assert kept_from_index(doc, row, entry.size, entry.mtime_ns, "title=x", kept_version()) is None
    data = json.loads(row.timeline or "")
    for damaged in (
        "{",
        json.dumps({**data, "mentions": [[1, 2, "x"]]}),
        json.dumps({**data, "mentions": [["1", 2, "x", "ORG:X"]]}),
        json.dumps({**data, "outlet": 3}),
        json.dumps({k: v for k, v in data.items() if k != "sha"}),
    ):
        assert (
            kept_from_index(doc, replace(row, timeline=damaged), entry.size, entry.mtime_ns, row.meta, kept_version())
            is None
        )
