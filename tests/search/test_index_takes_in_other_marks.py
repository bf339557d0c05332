"""The index re-indexes the articles whose noise marks another process made or took back, the next
time it is checked (issue 13, session 15 #1).

Reported: process B marked blocks of an article while A's index was built; A's index kept their text
in the article's body field (and its boilerplate field empty) for good: its sync compared files and
``corpus.yaml`` entries only, and B re-indexed nothing (no index open, a script, or an index of its
own). The sync now compares the marks key each article was analysed with (kept with it by the index)
with the marks that apply to it now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

PARAS = [
    "At least 14 people died when the ferry collided with a cargo vessel in Osaka Bay on Friday night.",
    "Coast guard spokeswoman Kaori Tanabe said the ferry was carrying 320 passengers and 21 crew.",
    "Divers worked in shifts, limited by the cold water and strong currents near the channel mouth.",
    "Hospitals in the prefecture postponed routine surgery to keep beds free for the injured.",
    "Railway operators added late trains so that relatives could reach the port from the city.",
]


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "01_reuters.txt").write_text("# Ferry collision\n\n" + "\n\n".join(PARAS[:2]) + "\n", "utf-8")
    (root / "02_ap.txt").write_text("# Ferry and freighter collide\n\n" + "\n\n".join(PARAS) + "\n", "utf-8")
    return root


def other_process(root: Path, tmp_path: Path, texts: list[str], decision: str = "noise") -> None:
    """B: its own marks (its own Overrides read from the shared marks file) and no index open,
    so it re-indexes nothing, as a script or an app still building its index does."""
    b = Workspace(root, tmp_path / "ix-b")
    assert b.mark_blocks("02_ap", texts, decision) is None


def where(ws: Workspace, query: str) -> dict[str, list[str]]:
    return {h.doc: h.where for h in ws.search(query).hits}


def test_marks_made_by_another_process_are_indexed_at_the_next_check(tmp_path: Path) -> None:
    """The reported case: B marks two blocks; A's next check moves them to the boilerplate field."""
    root = corpus(tmp_path)
    a = Workspace(root, tmp_path / "ix")
    a.ensure_index()
    assert where(a, "Divers") == {"02_ap": ["content"]}
    other_process(root, tmp_path, PARAS[2:4])
    report = a.ensure_index()
    assert report.updated == ["02_ap"]  # the other article, unmarked, is left be
    assert where(a, "Divers") == {"02_ap": ["noise"]}
    assert where(a, "Hospitals") == {"02_ap": ["noise"]}
    assert where(a, "Railway") == {"02_ap": ["content"]}
    assert a.ensure_index().updated == []  # indexed under the new marks: nothing to do next time


def test_marks_taken_back_by_another_process_are_indexed_again(tmp_path: Path) -> None:
    """B first marks, A indexes that; then B takes one mark back: A's next check gives it back."""
    root = corpus(tmp_path)
    other_process(root, tmp_path, PARAS[2:4])
    a = Workspace(root, tmp_path / "ix")
    a.ensure_index()
    assert where(a, "Divers") == {"02_ap": ["noise"]}
    other_process(root, tmp_path, [PARAS[2]], "content")
    assert a.ensure_index().updated == ["02_ap"]
    assert where(a, "Divers") == {"02_ap": ["content"]}
    assert where(a, "Hospitals") == {"02_ap": ["noise"]}


def test_a_new_search_command_takes_in_marks_made_since_the_index_was_built(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A fresh ``search`` process after B's mark: its check of the built index re-indexes it."""
    root, ix = corpus(tmp_path), tmp_path / "ix"
    args = ["--corpus", str(root), "--index-dir", str(ix), "search", "Tanabe", "--json"]
    assert main(args) == 0
    hits = {h["doc"]: h["in"] for h in json.loads(capsys.readouterr().out)["hits"]}
    assert hits == {"01_reuters": ["content"], "02_ap": ["content"]}
    other_process(root, tmp_path, [PARAS[1]])
    assert main(args) == 0
    hits = {h["doc"]: h["in"] for h in json.loads(capsys.readouterr().out)["hits"]}
    # 01_reuters has the very same paragraph, unmarked: its marks are its own.
    assert hits == {"01_reuters": ["content"], "02_ap": ["noise"]}
