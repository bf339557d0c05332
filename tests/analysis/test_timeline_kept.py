"""The timeline from what is kept per article (``timeline.json`` + ``figures.json``): the same
result as reading and analysing every article, and a second timeline reads no article file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.timeline import Timeline, build_timeline
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def _read_everything(ws: Workspace) -> Timeline:
    """The timeline as it was built before anything was kept: every article read and analysed."""
    articles = ws.corpus.articles()
    analyses = {a.doc: ws.analyser.analyse(a) for a in articles}
    facts = fact_sheet([(a, analyses[a.doc].noise_spans()) for a in articles])
    return build_timeline(articles, {doc: an.mentions for doc, an in analyses.items()}, facts)


def _sightings(t: Timeline) -> dict[str, list[tuple[str, int, int, str, str]]]:
    return {k: [(x.doc, x.start, x.end, x.text, x.value) for x in s.sightings] for k, s in t.subjects.items()}


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reads: list[str] = []
    original = Corpus.article

    def counting(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        reads.append(doc)
        return original(self, doc, **kw)

    monkeypatch.setattr(Corpus, "article", counting)
    return reads


@pytest.mark.parametrize("corpus", [COVERAGE_MIX, Path(__file__).resolve().parents[2] / "seeds"])
def test_kept_timeline_equals_reading_every_article(corpus: Path, tmp_path: Path) -> None:
    expected = _read_everything(Workspace(corpus, tmp_path / "fresh"))
    first = Workspace(corpus, tmp_path / "index").timeline()  # reads, and keeps
    second = Workspace(corpus, tmp_path / "index").timeline()  # from what was kept
    for got in (first, second):
        assert json.dumps(got.to_json()) == json.dumps(expected.to_json())  # key order too
        assert _sightings(got) == _sightings(expected)  # offsets and wording the screen shows
        assert [(s.label, s.kind, s.detail) for s in got.subjects.values()] == [
            (s.label, s.kind, s.detail) for s in expected.subjects.values()
        ]
    assert expected.articles and expected.subjects  # a test that can fail


def test_a_second_timeline_reads_no_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(COVERAGE_MIX, corpus)
    Workspace(corpus, tmp_path / "index").timeline()
    reads = _count_reads(monkeypatch)
    again = Workspace(corpus, tmp_path / "index").timeline()
    assert reads == []
    assert len(again.articles) > 3
    # An edited file is read again, and only that one.
    ws = Workspace(corpus, tmp_path / "index")
    victim = next(d for d in ws.docs if "/" not in d and "#" not in d)
    path = ws.corpus.entries[victim].path
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.timeline()
    assert reads == [victim]


def test_a_noise_mark_makes_the_kept_timeline_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A boilerplate mark can move mentions out of the article's text: nothing kept before it is used."""
    ws = Workspace(COVERAGE_MIX, tmp_path / "index")
    ws.timeline()
    doc = ws.timeline().articles[0].doc
    block = ws.article(doc).blocks[0].text
    assert ws.mark_block(doc, block, "noise") is None
    reads = _count_reads(monkeypatch)
    after = Workspace(COVERAGE_MIX, tmp_path / "index")
    got = after.timeline()
    assert doc in reads
    assert json.dumps(got.to_json()) == json.dumps(_read_everything(Workspace(COVERAGE_MIX, tmp_path / "x")).to_json())


def test_a_mark_misses_only_its_own_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each kept entry is keyed by the marks that could apply to its article: a mark on one
    article (and taking it back) reads that article again, no other."""
    corpus = tmp_path / "corpus"
    shutil.copytree(COVERAGE_MIX, corpus)
    ws = Workspace(corpus, tmp_path / "index")
    ws.timeline()
    doc = next(d for d in ws.docs if "#" not in d)
    block = ws.article(doc).blocks[0].text
    assert ws.mark_block(doc, block, "noise") is None
    reads = _count_reads(monkeypatch)
    Workspace(corpus, tmp_path / "index").timeline()
    assert reads == [doc]
    # Kept again with the mark: the next timeline reads nothing.
    reads.clear()
    Workspace(corpus, tmp_path / "index").timeline()
    assert reads == []
    # The mark taken back: that article again, and it reads as it did before the mark.
    ws = Workspace(corpus, tmp_path / "index")
    ws.analyser.overrides.clear(doc, block, ws.article(doc))
    ws.analyser.overrides.save()
    reads.clear()
    got = Workspace(corpus, tmp_path / "index").timeline()
    assert reads == [doc]
    expected = _read_everything(Workspace(corpus, tmp_path / "fresh"))
    assert json.dumps(got.to_json()) == json.dumps(expected.to_json())


def test_the_timeline_takes_the_figures_the_index_keeps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the index open, the timeline's figures are those the index kept while indexing (as
    the fact sheet's): no figures.json is needed; it is written from them, so the next timeline
    reads neither the index nor a file (tests/analysis/test_timeline_second_visit.py)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(COVERAGE_MIX, corpus)
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    reads = _count_reads(monkeypatch)
    first = ws.timeline()  # mentions too are the index's (tests/analysis/test_timeline_indexed.py)
    assert reads == []
    (ws.index_dir / "figures.json").unlink(missing_ok=True)
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    reads.clear()
    again = ws.timeline()
    assert reads == []
    assert (ws.index_dir / "figures.json").exists()  # kept from the index's rows
    assert json.dumps(again.to_json()) == json.dumps(first.to_json())
    assert any(s.kind == "fact" for s in again.subjects.values())  # figures were there to take
