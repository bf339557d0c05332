"""A new process's fact sheet (the ``facts`` command: nothing has opened the index yet) reads the
figures the built index keeps while they are current, reads only the articles whose kept figures
are not (a file edited, its corpus.yaml entry edited since), and gives the very sheet extracting
every article gives, a live blog's earlier values dated by their entries included.

Reported (tester t13ah N17): ``waic-reader facts`` took ~3 s CPU on 13 articles with an index up
to date: the sheet asked the index only when it was already open, so every article was read and
analysed again (the recogniser's and the fact rules' imports most of it). Round s40-y5 did this
and was reverted with the fact sheet's cancel tests (round s41-f: they now gate the grouping).
The articles are written for this test."""

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


def edit_file(corpus: Path) -> None:
    path = corpus / "wire.txt"
    path.write_text(path.read_text("utf-8") + "\nRescuers pulled 23 passengers from the wreck.\n", "utf-8")


def edit_meta(corpus: Path) -> None:
    (corpus / "corpus.yaml").write_text("articles:\n  wire.txt:\n    date: 2026-03-10\n", "utf-8")


@pytest.mark.parametrize(
    ("change", "read"),
    [(None, []), (edit_file, ["wire"]), (edit_meta, ["wire"])],
    ids=["index current", "a file edited since", "its corpus.yaml entry edited since"],
)
def test_a_new_process_reads_the_kept_figures_and_gives_the_extracted_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change, read: list[str]
) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    Workspace(corpus, tmp_path / "index").ensure_index()
    if change is not None:
        change(corpus)
    # Extracted from the files (no index: an index folder of its own) ...
    fresh = facts_to_json(Workspace(corpus, tmp_path / "other").fact_sheet().facts)
    # ... and made by a new workspace over the built index, never opened by it before.
    seen: list[str] = []
    real = Corpus.article

    def counting(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        seen.append(doc)
        return real(self, doc, **kw)

    monkeypatch.setattr(Corpus, "article", counting)
    kept = facts_to_json(Workspace(corpus, tmp_path / "index").fact_sheet().facts)
    assert seen == read  # only an article whose kept figures are not current is read
    assert kept == fresh
    blog = next(v for f in kept["facts"] for v in f["values"] if v["doc"] == "blog")
    assert [(e["value"], e["date"]) for e in blog["superseded"]] == [
        (12, "2026-03-09T06:15+00:00"),
        (17, "2026-03-09T08:40+00:00"),
    ]
