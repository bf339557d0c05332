"""Articles found unreadable when read stay skipped across a rescan while their file is the same
(issue 17, acceptance s9: the timeline said "Reading 62 articles…" for a 57-article corpus: its
rescan put back every file the library had already found unreadable, to be read again)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import reader
from waic_reader.index.workspace import Workspace

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for n in range(3):
        (root / f"a{n}.txt").write_text(f"Story {n}\n\n{BODY}\n", "utf-8")
    (root / "empty.txt").write_text("   \n\n", "utf-8")  # blank: skipped as the folder is listed ("empty file")
    (root / "fm-only.md").write_text("---\ntitle: Only\n---\n", "utf-8")  # no text after the front matter
    (root / "nothing.html").write_text("<html><body><script>x()</script></body></html>", "utf-8")
    return root


def test_a_rescan_keeps_what_reading_skipped(tmp_path: Path) -> None:
    ws = Workspace(_corpus(tmp_path), tmp_path / "ix")
    assert len(ws.docs) == 5  # before reading, every file found but the blank one (acceptance #17-5)
    assert len(ws.list_rows()) == 3
    assert ws.rescan() == []  # nothing changed: nothing to read again
    assert sorted(ws.docs) == ["a0", "a1", "a2"]  # what the timeline's "Reading N articles" counts
    assert {s.path for s in ws.skipped} == {"empty.txt", "fm-only.md", "nothing.html"}


def test_an_edited_skipped_file_is_read_again(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    ws = Workspace(root, tmp_path / "ix")
    ws.list_rows()
    (root / "empty.txt").write_text(f"Now a story\n\n{BODY} And more.\n", "utf-8")
    assert ws.rescan() == ["empty"]
    assert sorted(ws.docs) == ["a0", "a1", "a2", "empty"]
    assert {s.path for s in ws.skipped} == {"fm-only.md", "nothing.html"}


def test_an_edited_corpus_yaml_reads_every_skipped_file_again(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    ws = Workspace(root, tmp_path / "ix")
    ws.list_rows()
    ws.corpus.meta_errors  # corpus.yaml read (absent)
    (root / "corpus.yaml").write_text("articles:\n  a0.txt:\n    title: Given\n", "utf-8")
    ws.rescan()
    assert len(ws.docs) == 5  # a blank file is no article whatever corpus.yaml says


# Reviewer s13 #4: a file unreadable for a reason of the system's (permission denied, an I/O
# error) stayed skipped after the user fixed it, until its mtime changed: chmod changes neither
# mtime nor size, and the listing cache and the rescan both remembered the reason.
@pytest.mark.parametrize(
    ("error", "again"),
    [
        (PermissionError(13, "Permission denied"), "list"),  # the reported case: a new process lists
        (PermissionError(13, "Permission denied"), "rescan"),  # the same process rescans (ctrl+r)
        (OSError(5, "Input/output error"), "list"),
    ],
)
def test_a_file_unreadable_for_a_passing_reason_is_read_again_once_it_can_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, again: str
) -> None:
    root = _corpus(tmp_path)
    real = reader._read_regular

    def failing(path: Path, root: Path, *args: object) -> tuple[bytes, int]:
        if path.name == "a1.txt":
            raise error
        return real(path, root, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "_read_regular", failing)
    ws = Workspace(root, tmp_path / "ix")
    assert [r["doc"] for r in ws.list_rows(read=True)] == ["a0", "a2"]
    assert any(s.path == "a1.txt" and s.reason == error.strerror for s in ws.skipped)
    monkeypatch.setattr(reader, "_read_regular", real)  # the user fixed the permissions
    if again == "rescan":
        ws.rescan()
    else:
        ws = Workspace(root, tmp_path / "ix")
    assert [r["doc"] for r in ws.list_rows(read=True)] == ["a0", "a1", "a2"]
    assert not any(s.path == "a1.txt" for s in ws.skipped)


def test_a_content_reason_is_still_remembered_beside_a_passing_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _corpus(tmp_path)
    ws = Workspace(root, tmp_path / "ix")
    ws.list_rows(read=True)
    reads: list[str] = []
    real = reader._read_regular

    def counted(path: Path, root: Path, *args: object) -> tuple[bytes, int]:
        reads.append(path.name)
        return real(path, root, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(reader, "_read_regular", counted)
    ws = Workspace(root, tmp_path / "ix")
    ws.list_rows(read=True)
    assert "fm-only.md" not in reads and "nothing.html" not in reads  # skipped again unread
