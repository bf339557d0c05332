"""The fact sheet's kept figures (index/analysis/figure_cache.py): indexing an article keeps its
figures in the index, so the first fact sheet after indexing reads no article; figures kept by
older rules are extracted again and kept in ``figures.json``, so a second fact sheet reads no
article either; an edited file, a boilerplate mark or a damaged cache file re-extracts what
changed, never serves stale figures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from waic_reader.index.analysis import figure_cache
from waic_reader.index.analysis.facts import extract_figures, facts_to_json, group_figures
from waic_reader.index.analysis.figure_cache import FILE_NAME
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace


@pytest.fixture
def ws(seeds_copy: Path, tmp_path: Path) -> Workspace:
    workspace = Workspace(seeds_copy, tmp_path / "index")
    workspace.ensure_index()
    return workspace


@pytest.fixture
def newer_rules(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The figure rules changed after the index was built: its kept figures are not served."""
    monkeypatch.setattr(figure_cache, "code_version", lambda: "newer-rules")


@pytest.fixture
def no_index_figures(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index's kept figures are not served (as after a rule change): figures.json is used."""
    monkeypatch.setattr(figure_cache, "decode_figures", lambda doc, kept: None)
    monkeypatch.setattr(figure_cache, "decode_kept", lambda doc, kept: None)  # figures and language


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Doc ids read from their files from now on."""
    seen: list[str] = []
    real = Corpus.article

    def counting(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        seen.append(doc)
        return real(self, doc, **kw)

    monkeypatch.setattr(Corpus, "article", counting)
    return seen


def test_first_fact_sheet_after_indexing_reads_no_article(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = reads(monkeypatch)
    again = Workspace(ws.corpus.root, ws.index_dir)
    again.ensure_index()
    sheet = again.fact_sheet()
    assert seen == []
    assert not (ws.index_dir / FILE_NAME).exists()  # nothing to keep beside the index
    # the same facts as extracting every article's figures now
    monkeypatch.undo()
    pairs = [(a, again.analyser.analyse(a).noise_spans()) for a in again.corpus.articles()]
    fresh = group_figures([(a.doc, extract_figures(a, noise)) for a, noise in pairs])
    dates = {a.doc: a.date for a, _ in pairs}
    for f in fresh:
        for v in f.values:
            v.date = dates[v.doc]
    assert facts_to_json(sheet.facts) == facts_to_json(fresh)


@pytest.mark.usefixtures("newer_rules")
def test_second_fact_sheet_reads_no_article_and_is_the_same(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    first = ws.fact_sheet()
    assert (ws.index_dir / FILE_NAME).is_file()
    seen = reads(monkeypatch)
    again = Workspace(ws.corpus.root, ws.index_dir)  # a fresh workspace: nothing in memory
    again.ensure_index()
    second = again.fact_sheet()
    assert seen == []
    assert facts_to_json(second.facts) == facts_to_json(first.facts)
    assert [(a.doc, a.label, a.date) for a in second.articles] == [(a.doc, a.label, a.date) for a in first.articles]
    assert second.markdown() == first.markdown()


@pytest.mark.parametrize("rules", ["same", "newer"])
def test_an_edited_file_is_read_again(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, rules: str
) -> None:
    if rules == "newer":
        request.getfixturevalue("newer_rules")
    ws.fact_sheet()
    doc = next(d for d in ws.docs if "800" in ws.article(d).text)
    path = ws.corpus.entries[doc].path
    path.write_text(path.read_text(encoding="utf-8").replace("800", "900"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    seen = reads(monkeypatch)
    again = Workspace(ws.corpus.root, ws.index_dir)
    again.ensure_index()  # re-indexes the edited file (and, with the same rules, keeps its figures)
    sheet = again.fact_sheet()
    assert set(seen) == {doc}  # the edited file alone, by the index and (newer rules) the fact sheet
    values = [v for f in sheet.facts for v in f.values if v.doc == doc]
    assert any("900" in v.display for v in values) and not any("800" in v.display for v in values)


def test_kept_figures_of_other_boilerplate_are_not_served(tmp_path: Path) -> None:
    """A noise mark changes an article's boilerplate spans: figures kept for the old spans miss."""
    kept = figure_cache.FigureCache(tmp_path)
    kept.put("a", 10, 20, [(0, 5)], [])
    assert kept.get("a", 10, 20, [(0, 5)]) == []
    assert kept.get("a", 10, 20, [(0, 5), (9, 12)]) is None
    assert kept.get("a", 11, 20, [(0, 5)]) is None


@pytest.mark.usefixtures("newer_rules")
@pytest.mark.parametrize("damage", ["{not json", json.dumps({"version": "old", "docs": {}}), json.dumps([1, 2])])
def test_a_damaged_or_foreign_cache_file_is_rebuilt(ws: Workspace, damage: str) -> None:
    first = facts_to_json(ws.fact_sheet().facts)
    (ws.index_dir / FILE_NAME).write_text(damage, encoding="utf-8")
    assert facts_to_json(ws.fact_sheet().facts) == first
    assert json.loads((ws.index_dir / FILE_NAME).read_text(encoding="utf-8"))["docs"]


@pytest.mark.usefixtures("newer_rules")
def test_a_damaged_entry_is_extracted_again(ws: Workspace) -> None:
    first = facts_to_json(ws.fact_sheet().facts)
    path = ws.index_dir / FILE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = next(d for d, e in data["docs"].items() if e["figures"])
    data["docs"][doc]["figures"][0] = ["too", "short"]
    other = next(d for d, e in data["docs"].items() if e["figures"] and d != doc)
    data["docs"][other]["figures"][0][0] = {"not": "a number"}  # the value field, of a wrong type
    path.write_text(json.dumps(data), encoding="utf-8")
    again = Workspace(ws.corpus.root, ws.index_dir)
    again.ensure_index()
    assert facts_to_json(again.fact_sheet().facts) == first


# Figures keep offsets into the article text: what the reader makes of a file (READER_VERSION,
# inside the analysis version) or the number parser's version changing must empty the cache,
# as a change of the figure rules does.
@pytest.mark.usefixtures("no_index_figures")
@pytest.mark.parametrize("change", ["analysis", "text2num", "figures.py", "date_languages.py", "date_names.txt"])
def test_a_change_of_what_the_offsets_point_into_empties_the_cache(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    import importlib.metadata

    from waic_reader.index.analysis import analyser, figure_cache

    ws.fact_sheet()
    assert figure_cache.FigureCache(ws.index_dir).entries  # kept, and served while nothing changes
    if change == "analysis":
        monkeypatch.setattr(analyser, "analysis_version", lambda: "noise1-entities1-reader999-quotes1")
    elif change == "text2num":
        real = importlib.metadata.version
        monkeypatch.setattr(importlib.metadata, "version", lambda name: "0.0.1" if name == "text2num" else real(name))
    else:
        real_read = Path.read_bytes
        # The figure rules, or another language's month names a date is read by (a stamp is no figure).
        monkeypatch.setattr(Path, "read_bytes", lambda p: real_read(p) + (b"#" if p.name == change else b""))
    figure_cache.code_version.cache_clear()
    try:
        assert figure_cache.FigureCache(ws.index_dir).entries == {}
    finally:
        monkeypatch.undo()
        figure_cache.code_version.cache_clear()


@pytest.mark.usefixtures("no_index_figures")
def test_a_cache_that_cannot_be_written_costs_only_speed(ws: Workspace) -> None:
    (ws.index_dir / FILE_NAME).mkdir()  # in the way of the atomic replace
    sheet = ws.fact_sheet()
    assert sheet.facts  # the fact sheet all the same
    assert (ws.index_dir / FILE_NAME).is_dir()


def test_a_boilerplate_mark_re_indexes_that_articles_figures(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = next(d for d in ws.docs if "800" in ws.article(d).text)
    block = next(b for b in ws.article(doc).blocks if "800" in b.text)
    assert ws.mark_block(doc, block.text, "noise") is None and ws.update_index([doc])
    seen = reads(monkeypatch)
    after = [v for f in ws.fact_sheet().facts for v in f.values if v.doc == doc]
    assert seen == []  # the index re-extracted the marked article's figures
    assert after and not any(block.start <= v.start < block.end for v in after)


@pytest.mark.parametrize("kept", ["{not json", json.dumps({"version": "x", "figures": []}), json.dumps([1])])
def test_figures_kept_by_the_index_are_checked(kept: str) -> None:
    assert figure_cache.decode_figures("a", kept) is None
