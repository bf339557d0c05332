"""The listing (``list``, the library): rows cached by file mtime and size, sort keys."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX

from waic_reader.index.corpus.listing import LISTING_FILE
from waic_reader.index.workspace import Workspace


def test_rows_are_cached_and_refreshed_when_a_file_changes(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(COVERAGE_MIX, corpus)
    ix = tmp_path / "ix"
    first = Workspace(corpus, ix).list_rows()
    assert (ix / LISTING_FILE).exists() and os.stat(ix / LISTING_FILE).st_mode & 0o777 == 0o600
    ws = Workspace(corpus, ix)
    again = ws.list_rows()
    assert again == first
    assert "analyser" not in ws.__dict__  # nothing analysed: every row came from the cache
    path = corpus / "opinion.txt"
    path.write_text("Posted: Sep 5, 2025\n\n" + path.read_text("utf-8"), "utf-8")
    ws = Workspace(corpus, ix)
    rows = {r["doc"]: r for r in ws.list_rows()}
    assert (rows["opinion"]["date"], rows["opinion"]["date_source"]) == ("2025-09-05", "text")
    (corpus / "byline.txt").unlink()
    Workspace(corpus, ix).list_rows()
    cached = json.loads((ix / LISTING_FILE).read_text("utf-8"))["rows"]
    assert "byline" not in cached and "opinion" in cached


def test_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    ix = tmp_path / "ix"
    ix.mkdir()
    (ix / LISTING_FILE).write_text("{not json", "utf-8")
    rows = Workspace(COVERAGE_MIX, ix).list_rows()
    assert len(rows) == 10
    assert json.loads((ix / LISTING_FILE).read_text("utf-8"))["rows"]


def test_a_row_is_made_again_when_its_corpus_yaml_entry_changes(tmp_path: Path) -> None:
    # The file is untouched (same mtime and size): only corpus.yaml says something new.
    corpus = tmp_path / "c"
    shutil.copytree(COVERAGE_MIX, corpus)
    ix = tmp_path / "ix"
    before = {r["doc"]: r for r in Workspace(corpus, ix).list_rows()}
    assert before["opinion"]["outlet"] is None and before["opinion"]["date"] is None
    (corpus / "corpus.yaml").write_text(
        "articles:\n  opinion.txt:\n    outlet: Daily Planet\n    date: 2025-09-05\n"
        "  wires/ap-bridge.txt:\n    title: Given title\n",
        "utf-8",
    )
    after = {r["doc"]: r for r in Workspace(corpus, ix).list_rows()}
    assert (after["opinion"]["outlet"], after["opinion"]["date"], after["opinion"]["date_source"]) == (
        "Daily Planet",
        "2025-09-05",
        "metadata",
    )
    assert after["wires/ap-bridge"]["title"] == "Given title"
    (corpus / "corpus.yaml").unlink()
    assert {r["doc"]: r for r in Workspace(corpus, ix).list_rows()} == before


def test_damaged_rows_in_a_readable_cache_are_made_again(tmp_path: Path) -> None:
    # The cache's rows are checked as each is used: a row of the wrong shape or types, or a
    # stamp that is not the file's, is made again (and the file rewritten), never shown.
    corpus = tmp_path / "c"
    shutil.copytree(COVERAGE_MIX, corpus)
    ix = tmp_path / "ix"
    first = {r["doc"]: r for r in Workspace(corpus, ix).list_rows()}
    data = json.loads((ix / LISTING_FILE).read_text("utf-8"))
    docs = sorted(data["rows"])
    data["rows"][docs[0]] = "not a row"
    data["rows"][docs[1]][3] = ["a list, not an object"]
    data["rows"][docs[2]][0] = str(data["rows"][docs[2]][0])  # mtime as a string
    data["rows"][docs[3]] = data["rows"][docs[3]][:3]
    (ix / LISTING_FILE).write_text(json.dumps(data), "utf-8")
    ws = Workspace(corpus, ix)
    assert {r["doc"]: r for r in ws.list_rows()} == first
    assert "analyser" in ws.__dict__  # the damaged rows were made again
    rewritten = json.loads((ix / LISTING_FILE).read_text("utf-8"))["rows"]
    assert all(isinstance(rewritten[d], list) and isinstance(rewritten[d][3], dict) for d in docs[:4])
    # A file added meanwhile shows at once, with its own row.
    (corpus / "late.txt").write_text("Late arrival\n\nThe harbour reopened on Monday, officials said.\n", "utf-8")
    rows = {r["doc"]: r for r in Workspace(corpus, ix).list_rows()}
    assert rows["late"]["title"] == "Late arrival" and set(rows) == {*first, "late"}


def test_the_rules_are_not_imported_while_their_sources_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The analysis version costs importing the entity rules and the noise model (~0.1 s); the
    # cache keeps the stamp of their source files, and while it matches the version is known.
    from waic_reader.index.analysis import versions

    ix = tmp_path / "ix"
    first = Workspace(COVERAGE_MIX, ix).list_rows()
    assert json.loads((ix / LISTING_FILE).read_text("utf-8"))["sources"] == versions.version_sources()

    def not_asked() -> str:
        raise AssertionError("the analysis version was computed")

    monkeypatch.setattr(versions, "analysis_version", not_asked)
    assert Workspace(COVERAGE_MIX, ix).list_rows() == first


def test_rows_of_other_rules_are_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A source file changed (another install, an edited rule): the version is asked for, and
    # rows made by another version are not served.
    from waic_reader.index.analysis import versions

    ix = tmp_path / "ix"
    first = Workspace(COVERAGE_MIX, ix).list_rows()
    data = json.loads((ix / LISTING_FILE).read_text("utf-8"))
    for row in data["rows"].values():
        row[3]["title"] = "made by other rules"
    data["version"] = "noise0-entities0-reader0-quotes0"
    (ix / LISTING_FILE).write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(versions, "version_sources", lambda: "another install")
    assert Workspace(COVERAGE_MIX, ix).list_rows() == first
    kept = json.loads((ix / LISTING_FILE).read_text("utf-8"))
    assert (kept["version"], kept["sources"]) == (versions.analysis_version(), "another install")
    # The same version under new sources: the rows stay, the new stamp is written.
    monkeypatch.setattr(versions, "version_sources", lambda: "a third install")
    ws = Workspace(COVERAGE_MIX, ix)
    assert ws.list_rows() == first and "analyser" not in ws.__dict__
    assert json.loads((ix / LISTING_FILE).read_text("utf-8"))["sources"] == "a third install"
