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

import json
import os
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
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


def _kept_aliases(index_dir: Path) -> tuple[dict[str, str], str]:
    """The aliases and their stamp in the names view last kept in ``index_dir``."""
    newest = max(index_dir.rglob("names-view.json"), key=lambda p: p.stat().st_mtime_ns)
    got = json.loads(newest.read_text("utf-8"))
    return got["aliases"], got["aliases_stamp"]


@pytest.mark.parametrize(
    ("before", "after", "found"),
    [
        # reported: an alias added ("Peacekeeping Chief") while the app runs
        ([], ["Garment Boss"], ["blog", "extra", "ledger", "wire"]),
        # an alias taken away: no longer read as the name, nor kept
        (["Garment Boss"], [], []),
        # an alias renamed: the new one found, the old one gone
        (["Factory Chief"], ["Garment Boss"], ["blog", "extra", "ledger", "wire"]),
    ],
)
def test_a_gazetteer_edited_while_a_process_runs_is_read_and_kept_under_its_own_stamp(
    before: list[str], after: list[str], found: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review s40-rv finding 13: a long-running process (the app) kept the aliases of the
    gazetteer it read at its start under the stamp of the files as edited since."""
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)

    def write(aliases: list[str]) -> None:
        user.write_text(f"entities:\n  - {{name: Rezaul Haque, type: PERSON, aliases: [{', '.join(aliases)}]}}\n")

    write(before)
    monkeypatch.setattr(Gazetteer, "_default", None)
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    ws = Workspace(corpus, index_dir)  # one process, as the app: it indexes, searches, is edited under
    ws.ensure_index()
    assert ws.search("who:Haque", limit=None).hits  # the names view worked out, the gazetteer read
    was = user.stat().st_mtime_ns
    write(after)
    os.utime(user, ns=(was + 10**9, was + 10**9))  # (as an edit a second later: a coarse clock)
    assert sorted(h.doc for h in ws.search('who:"Garment Boss"', limit=None).hits) == sorted(set(found) - {"extra"})
    (corpus / "extra.txt").write_text("Haque speaks\n\nRezaul Haque spoke to reporters in Gazipur.\n", "utf-8")
    ws.rescan()
    ws.ensure_index()  # the names view worked out again, and kept
    assert sorted(h.doc for h in ws.search('who:"Garment Boss"', limit=None).hits) == found
    aliases, stamp = _kept_aliases(index_dir)
    assert stamp == gazetteer_stamp()
    assert ("garment boss" in aliases) == bool(after) and "factory chief" not in aliases
    ws.index.close()
