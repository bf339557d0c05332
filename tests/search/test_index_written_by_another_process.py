"""A process's open index reads what another process wrote into it (issue 13, s16, item 3).

Reported: with the app open, ``waic-reader index`` in another terminal added files; the app's
search went on reading the index as it was when the app last wrote it ("Platypusraft": the
search showed no hit at the enter, so the enter opened nothing; "Ibisyacht", "Wombatferry": no
article matches; "blankets": 4 articles, the CLI 6) until the library was shown again. The open
searcher is now reopened when the live generation or its table of contents moved on
(``SearchIndex.catch_up``). The other process is a real one (the CLI)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from processes import run

from waic_reader.index.workspace import Workspace

BODY = "The harbour ferry carried blankets and water for the families waiting at the quay."


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name in ("reuters_0314", "bbc_0315", "guardian_0315"):
        (root / f"{name}.txt").write_text(f"# Ferry report {name}\n\n{BODY}\n\nMore from {name}.\n", "utf-8")
    return root


def cli_index(root: Path, index_dir: Path, *more: str) -> str:
    done = run("--corpus", str(root), "--index-dir", str(index_dir), "index", *more)
    assert done.returncode == 0, done.stderr
    return done.stdout


def open_workspace(tmp_path: Path) -> tuple[Workspace, Path, Path]:
    root = corpus(tmp_path)
    index_dir = tmp_path / "index"
    ws = Workspace(root, index_dir)
    ws.ensure_index()
    assert ws.search("blankets").total == 3
    return ws, root, index_dir


def docs(ws: Workspace, query: str, typing: bool = False) -> set[str]:
    return {h.doc for h in ws.search(query, typing=typing).hits}


def test_files_another_process_indexed_are_found(tmp_path: Path) -> None:
    """The reported case: a file added and indexed by the CLI, searched as typed and as a word."""
    ws, root, index_dir = open_workspace(tmp_path)
    (root / "platy.txt").write_text("Platypusraft sighting\n\nA Platypusraft was seen with blankets.\n", "utf-8")
    assert "1 added" in cli_index(root, index_dir)
    assert docs(ws, "Platypusraft") == {"platy"}
    assert docs(ws, "Platypusr", typing=True) == {"platy"}
    assert ws.search("blankets").total == 4
    assert "platy" in ws.index.stored()  # the library's rows too


def test_a_file_added_unindexed_then_another_indexed_by_the_cli(tmp_path: Path) -> None:
    """Wombat added while open (nothing indexed it), then ibis, and the CLI indexed both."""
    ws, root, index_dir = open_workspace(tmp_path)
    (root / "wombat.txt").write_text("Wombatferry\n\nThe Wombatferry brought blankets.\n", "utf-8")
    assert docs(ws, "Wombatferry") == set()  # not indexed yet: not found, no error
    (root / "ibis.txt").write_text("Ibisyacht\n\nThe Ibisyacht brought blankets too.\n", "utf-8")
    assert "2 added" in cli_index(root, index_dir)
    assert docs(ws, "Ibisyacht") == {"ibis"} and docs(ws, "Wombatferry") == {"wombat"}
    assert ws.search("blankets").total == 5


def test_moves_removals_and_a_rebuild_by_the_cli(tmp_path: Path) -> None:
    """A file moved and one deleted, the CLI updating; then the CLI rebuilding (a new generation):
    the open index reads each state as the CLI left it."""
    ws, root, index_dir = open_workspace(tmp_path)
    os.rename(root / "bbc_0315.txt", root / "bbc_moved.txt")
    (root / "reuters_0314.txt").unlink()
    cli_index(root, index_dir)
    assert docs(ws, "blankets") == {"bbc_moved", "guardian_0315"}
    (root / "otter.txt").write_text("Otterbarge\n\nAn Otterbarge with blankets.\n", "utf-8")
    assert "rebuilt" in cli_index(root, index_dir, "--rebuild")
    assert docs(ws, "Otterbarge") == {"otter"}
    assert docs(ws, "blankets") == {"bbc_moved", "guardian_0315", "otter"}
    assert set(ws.index.stored()) == {"bbc_moved", "guardian_0315", "otter"}


def edit_corpus_yaml(root: Path) -> None:
    (root / "corpus.yaml").write_text("articles:\n  bbc_0315.txt:\n    outlet: The Observer\n", "utf-8")


def touch_every_file(root: Path) -> None:
    for path in root.glob("*.txt"):
        path.write_text(path.read_text("utf-8") + "\nUpdated.\n", "utf-8")


def delete_and_rewrite(root: Path) -> None:
    for path in root.glob("*.txt"):
        text = path.read_text("utf-8")
        path.unlink()
        (root / f"re_{path.name}").write_text(text, "utf-8")


@pytest.mark.parametrize("change", [edit_corpus_yaml, touch_every_file, delete_and_rewrite])
@pytest.mark.parametrize("caught_up", [True, False])
def test_segments_the_cli_dropped_leave_no_type_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None], caught_up: bool
) -> None:
    """The reported TypeError ('NoneType' object is not subscriptable, every search): the app's
    searcher, just reopened by its own sync, had not read its segments' stored fields yet when
    the CLI updated every article (here: corpus.yaml edited, every file edited, every file
    renamed) and, indexing again, merged the emptied segments away and removed their files.
    Caught up, the search reads the CLI's index; not yet (a CLI commit between the check and
    the search: ``catch_up`` left out), the searcher it has still reads the files it opened."""
    ws, root, index_dir = open_workspace(tmp_path)
    (root / "own.txt").write_text("Ownword\n\nThe app's own blankets.\n", "utf-8")
    ws.rescan()
    assert ws.ensure_index().added == ["own"]  # a fresh searcher, nothing read through it yet
    change(root)
    cli_index(root, index_dir)
    for i in range(3):  # more commits: the emptied segments are merged away, their files removed
        (root / f"x{i}.txt").write_text(f"Xword{i}\n\nThe Xword{i} brought blankets.\n", "utf-8")
        cli_index(root, index_dir)
    if not caught_up:
        monkeypatch.setattr(ws.index, "catch_up", lambda: None)
    found = ws.search("blankets")  # raised TypeError before
    assert found.total == (7 if caught_up else 4)
    assert ws.search("Xword2").total == (1 if caught_up else 0)
