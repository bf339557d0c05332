"""Marking a run of blocks (``Workspace.mark_blocks``): the article is read once, the marks file
written once, and either every mark of the run is kept or none is."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from waic_reader.index.analysis import overrides
from waic_reader.index.analysis.overrides import Overrides, marks_path
from waic_reader.index.workspace import Workspace

LINKS = [f"Read more: story number {k} from the harbour desk" for k in range(6)]


def corpus(root: Path, links: list[str] = LINKS) -> Path:
    root.mkdir()
    body = "\n\n".join(f"Paragraph {k} of the ferry story, long enough to be article text." for k in range(4))
    (root / "a.txt").write_text("# Ferry\n\n" + body + "\n\n" + "\n\n".join(links) + "\n", "utf-8")
    return root


def saved_marks() -> int:
    path = marks_path()
    if not path.exists():
        return 0
    return sum(len(e["marks"]) for e in json.loads(path.read_text("utf-8"))["articles"].values())


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(owner, name)

    def counted(*args: object, **kw: object) -> object:
        calls.append(1)
        return real(*args, **kw)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_run_is_read_once_and_saved_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = Workspace(corpus(tmp_path / "c"), tmp_path / "ix")
    ws.analyser.overrides  # made (and the marks file read) before counting
    reads = count_calls(monkeypatch, ws.corpus, "article")
    writes = count_calls(monkeypatch, overrides, "_write")
    assert ws.mark_blocks("a", LINKS, "noise") is None
    assert (len(reads), len(writes)) == (1, 1)
    assert saved_marks() == len(LINKS)
    assert [s.text for s in ws.analyser.doc("a").split.noise if s.marked] == LINKS


def test_a_run_the_disk_has_no_room_for_is_not_applied_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up midway: before, the run's first marks were saved and applied, the rest
    not; now none is, and the reason is returned."""
    ws = Workspace(corpus(tmp_path / "c"), tmp_path / "ix")
    real = overrides._write

    def room_for_one_mark(path: Path, store: overrides.Store) -> None:
        if sum(len(e.marks) for e in store.values()) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, store)

    monkeypatch.setattr(overrides, "_write", room_for_one_mark)
    why = ws.mark_blocks("a", LINKS[:3], "noise")
    assert why == "No space left on device"
    assert saved_marks() == 0 and len(ws.analyser.overrides) == 0
    assert not [s for s in ws.analyser.doc("a").split.noise if s.marked]
    assert Overrides.load(ws.root).for_article(ws.article("a")) == {}


def test_a_run_with_an_earlier_mark_keeps_it_when_the_save_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(corpus(tmp_path / "c"), tmp_path / "ix")
    assert ws.mark_block("a", LINKS[0], "noise") is None
    real = overrides._write

    def denied(path: Path, store: overrides.Store) -> None:
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(overrides, "_write", denied)
    assert ws.mark_blocks("a", LINKS[1:], "noise") == "denied"
    assert len(ws.analyser.overrides) == 1 and saved_marks() == 1
    assert [s.text for s in ws.analyser.doc("a").split.noise if s.marked] == [LINKS[0]]
    monkeypatch.setattr(overrides, "_write", real)
    assert ws.mark_blocks("a", LINKS[1:], "noise") is None  # the next save has nothing left over
    assert saved_marks() == len(LINKS)
