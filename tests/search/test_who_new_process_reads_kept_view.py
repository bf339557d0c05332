"""The first ``who:``/``entity:`` search of a new process on an unchanged index reads what the
index keeps (the corpus grouping's ``names-view.json``, each article's mentions and
boilerplate) and analyses nothing: no recogniser built, no article's boilerplate split, no
grouping worked out (README Performance: "a new process on an unchanged index 20 ms (reads
``names-view.json``)").

Reported (tester t13ag N15): ``search who:Haque`` cost ~1 s more CPU than ``search fire`` in
every new process: the query's name was looked up in the recogniser (built, with its rules'
imports, for a gazetteer lookup), and each hit's lit mentions came from the article analysed
again (its boilerplate split by the classifier). A second process is a new ``Workspace`` on the
same corpus and index folder; whatever would analyse is made to fail. The articles are written
for this test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.search.whoosh import names_files
from waic_reader.index.search.whoosh.names_state import NamesState
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ledger": "Factory fire kills 23\n\nFactory owner Rezaul Haque denied the claim, "
    "said Anwar Kabir, a fire official in Gazipur. Haque said no door was locked.\n",
    "wire": "Toll rises to 21\n\nThe owner, Rezaul Haque, rejected the allegation. "
    "Labour Minister Farida Chowdhury visited the site in Gazipur on Wednesday.\n",
    "blog": "Live: garment factory fire\n\n17.10 GMT Rezaul Haque says no exit was locked. "
    "Farida Chowdhury promised compensation. The World Health Organization sent help.\n",
}
QUERIES = ["who:Haque", 'who:"Farida Chowdhury"', "who:WHO", "entity:Gazipur fire"]


def _corpus(root: Path) -> tuple[Path, Path]:
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    return corpus, root / "index"


def _fail(what: str) -> Any:
    def failing(*_a: object, **_k: object) -> None:
        raise AssertionError(f"{what} ran on an unchanged index")

    return failing


@pytest.mark.parametrize("query", QUERIES)
def test_a_new_process_reads_the_kept_view_and_analyses_nothing(
    query: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = _corpus(tmp_path)
    first = Workspace(corpus, index_dir)
    first.ensure_index()
    expected = first.search(query, limit=None)  # worked out, and kept for the next process
    assert expected.total > 0 and all(h.spans for h in expected.hits)
    first.index.close()

    views: list[bool] = []
    read_view = names_files.read_view

    def counted(gen: Path, key: str) -> Any:
        got = read_view(gen, key)
        views.append(got is not None)
        return got

    monkeypatch.setattr(names_files, "read_view", counted)
    monkeypatch.setattr(Recognizer, "default", classmethod(_fail("the recogniser")))
    monkeypatch.setattr(Recognizer, "recognize", _fail("the recogniser"))
    monkeypatch.setattr(Analyser, "analyse", _fail("an article's analysis"))
    monkeypatch.setattr(NamesState, "worked_out", classmethod(_fail("the corpus grouping")))
    monkeypatch.setattr(names_files, "read_state", _fail("the grouping's state"))

    second = Workspace(corpus, index_dir)  # a new process: nothing held in memory
    second.ensure_index()
    got = second.search(query, limit=None)
    assert views == [True]  # the kept view, read once
    assert [(h.doc, h.spans, h.snippet) for h in got.hits] == [(h.doc, h.spans, h.snippet) for h in expected.hits]
    second.index.close()
