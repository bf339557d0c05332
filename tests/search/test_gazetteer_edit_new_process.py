"""A new process sees an edit of the user's gazetteer at once (issue 15, s43-q).

Reported: after the user edited ``gazetteer.yaml``, a new process searched ``who:``/``entity:``
in the names the index stored under the old gazetteer until the articles were indexed again:
the index kept no record of which gazetteer each article's names came from. The kind: each
indexed article carries the stamp of the gazetteer its names were recognised with, and a sync
re-indexes the articles the edit can change (those writing a word of an entry it adds, removes
or changes), and only those. Checked as the user meets it: index, edit the file, search in a
new process; a name added, a name removed, and an edit while another process has the index
open. The articles are written for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

ARTICLES = {
    "harbour": "Harbour talks resume\n\nOfficials met on Tuesday to resume talks, and zorbanite shipments would resume.\n",
    "storm": "Storm closes coastal road\n\nA storm closed the coastal road near Lisbon on Monday, police said.\n",
}
ZORBANITE = "entities:\n  - {name: Zorbanite Shipping, type: ORG, aliases: [zorbanite]}\n"
OTHER = "entities:\n  - {name: Kelpfield Trust, type: ORG}\n"  # in no article


def _new_process_search(corpus: Path, index: Path, query: str) -> set[str]:
    """The docs ``search --json`` finds, run as a new process (the environment's config folder)."""
    code = "import sys; from waic_reader.tui.cli.main import main; sys.exit(main(sys.argv[1:]))"
    args = ["--corpus", str(corpus), "--index-dir", str(index), "search", "--json", query]
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return {hit["doc"] for hit in json.loads(done.stdout)["hits"]}


def _stamps(index: Path, corpus: Path) -> dict[str, str]:
    """Each article's gazetteer stamp as the index stores it."""
    ws = Workspace(corpus, index)
    assert ws.index.open_built()
    searcher = ws.index.searcher()  # type: ignore[attr-defined]
    return {f["doc"]: f["gazetteer"] for f in searcher.all_stored_fields()}


@pytest.mark.parametrize(
    ("before", "after", "query", "found"),
    [
        (OTHER, ZORBANITE, "who:zorbanite", {"harbour"}),  # reported: a name added, in one article
        (ZORBANITE, OTHER, 'entity:"Zorbanite Shipping"', set()),  # a name removed
    ],
    ids=["name-added", "name-removed"],
)
def test_a_new_process_searches_the_edited_gazetteer(
    before: str, after: str, query: str, found: set[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index, user = _setup(tmp_path, monkeypatch, before)
    assert main(["--corpus", str(corpus), "--index-dir", str(index), "index"]) == 0
    old = _stamps(index, corpus)
    _edit(user, after)
    assert _new_process_search(corpus, index, query) == found
    # only the article writing the edited entry's words was analysed again
    now = _stamps(index, corpus)
    assert now["harbour"] == gazetteer_stamp() != old["harbour"]
    assert now["storm"] == old["storm"]


def test_an_edit_while_another_process_has_the_index_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, index, user = _setup(tmp_path, monkeypatch, OTHER)
    app = Workspace(corpus, index)  # the app, open on the index before the edit
    app.ensure_index()
    assert {h.doc for h in app.search("who:zorbanite").hits} == set()
    _edit(user, ZORBANITE)
    assert _new_process_search(corpus, index, "who:zorbanite") == {"harbour"}
    app.ensure_index()  # (as the app brings the index up to date when it looks again)
    assert {h.doc for h in app.search("who:zorbanite").hits} == {"harbour"}


def _setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gazetteer: str) -> tuple[Path, Path, Path]:
    monkeypatch.setattr(Gazetteer, "_default", None)  # this test's process: its files read at its start
    monkeypatch.setattr(Recognizer, "_default", None)
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(gazetteer, "utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    return corpus, tmp_path / "index", user


def _edit(user: Path, text: str) -> None:
    stamp = user.stat().st_mtime_ns
    user.write_text(text, "utf-8")
    os.utime(user, ns=(stamp + 10**9, stamp + 10**9))  # (as an edit a second later: a coarse clock)


# The gazetteer files are kept by stamp so that a sync can tell what an edit changed; each sync
# after an edit kept every earlier stamp's files as well, so ``gazetteers.json`` grew by the
# user's whole gazetteer with each edit, for good. Kept now: the stamps some document holds.
ZORBANITE_TRUST = ZORBANITE + "  - {name: Harbour Trust, type: ORG}\n"
ZORBANITE_STORM = ZORBANITE + "  - {name: Lisbon Storm Watch, type: ORG, aliases: [storm watch]}\n"
ZORBANITE_2 = ZORBANITE.replace("aliases: [zorbanite]", "aliases: [zorbanite, zorbanite shipments]")
ZORBANITE_3 = ZORBANITE.replace("type: ORG", "type: PRODUCT")


@pytest.mark.parametrize(
    ("edits", "remove"),
    [
        ([ZORBANITE, ZORBANITE_2, ZORBANITE_3], None),  # reported: three edits, each touching one article
        ([ZORBANITE, ZORBANITE_TRUST, OTHER, ZORBANITE_STORM], None),  # four, one touching both
        ([ZORBANITE, OTHER], "storm"),  # an article removed: its stamp goes with it
    ],
    ids=["three-edits", "edit-touching-both", "article-removed"],
)
def test_the_kept_gazetteers_are_those_the_documents_hold(
    edits: list[str], remove: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from waic_reader.index.search.whoosh import gazetteer_docs, storage

    corpus, index, user = _setup(tmp_path, monkeypatch, OTHER)
    assert main(["--corpus", str(corpus), "--index-dir", str(index), "index"]) == 0
    for text in edits:
        _edit(user, text)
        if remove is not None and text is edits[-1]:
            (corpus / f"{remove}.txt").unlink()
        monkeypatch.setattr(Gazetteer, "_default", None)  # (as a new process reads the files)
        monkeypatch.setattr(Recognizer, "_default", None)
        assert main(["--corpus", str(corpus), "--index-dir", str(index), "index"]) == 0
    gen = storage.current_generation(index)
    assert gen is not None
    held = set(_stamps(index, corpus).values())
    assert set(gazetteer_docs.read_kept(gen)) == held
    # and what is kept still tells the next edit's articles: the search is right in a new process
    assert _new_process_search(corpus, index, "who:zorbanite") == ({"harbour"} if "zorbanite" in edits[-1] else set())
