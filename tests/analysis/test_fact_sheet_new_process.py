"""A new process's fact sheet (the ``facts`` command: nothing opened the index) reads the
figures the index keeps, reads no article file, and gives the very sheet extracting them gives,
a live blog's earlier values dated by their entries included.

Reported (tester t13ah N17): ``waic-reader facts`` took ~3 s CPU on 13 articles with an index up
to date: the sheet asked the index only when open, so every article was read and analysed again
(the recogniser's and the fact rules' imports and patterns most of it). Kept figures were dated
at the top only, so the blog's "first said" values lost their entries' times there. The articles
are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import facts_to_json
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "blog": "Bus crash in the Andes: live\n\nUpdated 9 March 2026\n\n"
    "06.15 GMT At least 12 people have died after a bus fell into a ravine near La Oroya, police said.\n\n"
    "08.40 GMT The regional health office now says 17 people died in the crash.\n\n"
    "10.41 GMT The death toll has risen to 19, the health ministry said.\n",
    "wire": "Bus plunges into ravine in Peru\n\nLIMA, March 9 (Reuters) - Nineteen people died when a bus fell "
    "into a ravine near La Oroya, officials said on Monday.\n",
}


def test_a_new_process_reads_the_kept_figures_and_gives_the_same_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    Workspace(corpus, tmp_path / "index").ensure_index()
    # Extracted from the files (no index: an index folder of its own) ...
    fresh = facts_to_json(Workspace(corpus, tmp_path / "other").fact_sheet().facts)
    # ... and read by a new workspace over the built index, never opened by it before.
    seen: list[str] = []
    real = Corpus.article

    def counting(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        seen.append(doc)
        return real(self, doc, **kw)

    monkeypatch.setattr(Corpus, "article", counting)
    kept = facts_to_json(Workspace(corpus, tmp_path / "index").fact_sheet().facts)
    assert seen == []
    assert kept == fresh
    blog = next(v for f in kept["facts"] for v in f["values"] if v["doc"] == "blog")
    assert [(e["value"], e["date"]) for e in blog["superseded"]] == [(12, "2026-03-09T06:15"), (17, "2026-03-09T08:40")]
