"""A ``who:``/``entity:`` search in a new process reads the gazetteer's aliases kept with the
index's names view: it builds no gazetteer (issue 15: ~0.1 s of CPU in every new process, to
look the name up among the aliases; ``tests/perf/who_new_process.py`` times it).

Reported: ``who:WAIC`` in a new process built the gazetteer. The kind: any entity search's name
is looked up among the gazetteer's names and aliases: an alias (``who:WHO``, the reported kind), a
name no gazetteer entry holds (``who:Haque``) and ``entity:`` among other words. Looked up in the
kept table, a name finds what the gazetteer found (the same hits, spans and snippets as the
process that kept it); and when the gazetteer files changed since, the gazetteer is read (the
user's new alias found). A second process is a new ``Workspace`` on the same corpus and index
folder; building the gazetteer is made to fail. The articles are written for this test."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ledger": "Factory fire kills 23\n\nFactory owner Rezaul Haque denied the claim, "
    "said Anwar Kabir, a fire official in Gazipur. Haque said no door was locked.\n",
    "wire": "Toll rises to 21\n\nThe owner, Rezaul Haque, rejected the allegation. "
    "Labour Minister Farida Chowdhury visited the site in Gazipur on Wednesday.\n",
    "blog": "Live: garment factory fire\n\n17.10 GMT Rezaul Haque says no exit was locked. "
    "Farida Chowdhury promised compensation. The World Health Organization sent help.\n",
}


def _kept(root: Path, query: str) -> tuple[Path, Path, list[tuple[str, Any, str]]]:
    """The corpus and index folder, indexed and searched once (the names view kept), and the
    hits of ``query`` there."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    first = Workspace(corpus, root / "index")
    first.ensure_index()
    hits = [(h.doc, h.spans, h.snippet) for h in first.search(query, limit=None).hits]
    first.index.close()
    return corpus, root / "index", hits


def _no_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*_a: object, **_k: object) -> None:
        raise AssertionError("the gazetteer was built for a search")

    monkeypatch.setattr(Gazetteer, "_default", None)  # a new process: none built yet
    monkeypatch.setattr(Gazetteer, "default", classmethod(failing))
    monkeypatch.setattr(Gazetteer, "__init__", failing)


@pytest.mark.parametrize("query", ["who:WHO", "who:Haque", 'fire entity:"Farida Chowdhury"'])
def test_a_new_process_looks_the_name_up_in_the_kept_aliases(
    query: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir, expected = _kept(tmp_path, query)
    assert expected
    _no_gazetteer(monkeypatch)
    second = Workspace(corpus, index_dir)
    second.ensure_index()
    got = second.search(query, limit=None)
    assert [(h.doc, h.spans, h.snippet) for h in got.hits] == expected
    second.index.close()


def test_the_gazetteer_is_read_when_its_files_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, index_dir, before = _kept(tmp_path, 'who:"Garment Boss"')
    assert before == []
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text("entities:\n  - {name: Rezaul Haque, type: PERSON, aliases: [Garment Boss]}\n", "utf-8")
    monkeypatch.setattr(Gazetteer, "_default", None)  # a new process
    second = Workspace(corpus, index_dir)
    second.ensure_index()
    assert sorted(h.doc for h in second.search('who:"Garment Boss"', limit=None).hits) == ["blog", "ledger", "wire"]
    second.index.close()
