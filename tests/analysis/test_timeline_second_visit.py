"""A second timeline and a second ``list`` open no article file and do not read the search
index's stored rows (acceptance s14 #1: at 20,000 articles each timeline read every stored row
of the index, ~2.4 s, and every listing opened each file of up to 256 bytes to tell whether it
is blank, ~1.8 s), and give what the first gave."""

from __future__ import annotations

import builtins
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX

from waic_reader.index.search.whoosh.engine import SearchIndex
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)

STORY = (
    "Harbour report number {i} from {outlet}\n\nPosted: May {day}, 2025\n\nThe Halvik Coast Guard said {n} boats"
    " were inspected, and Maria Kellerman said the harbour was safe. Nordline Ferries resumed service.\n"
)


def _small_corpus(root: Path) -> Path:
    """Files of about 250 bytes, as the reported corpus's, in subfolders; one blank."""
    for i, outlet in enumerate(["Reuters", "AP", "AFP", "Harbour Times", "NHK", "BBC"]):
        folder = root / outlet.lower().replace(" ", "-")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i}.txt").write_text(STORY.format(i=i, outlet=outlet, day=i + 1, n=10 + i), "utf-8")
    (root / "blank.txt").write_text("  \n\n", "utf-8")
    return root


class Spy:
    """Every file under ``root`` opened (``os.open``, ``open``, ``Path.read_bytes``) and every
    read of the index's stored rows."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
        self.opened: list[str] = []
        self.stored = 0
        real_os_open, real_open, real_stored = os.open, io.open, SearchIndex.stored
        inside = str(root.resolve()) + os.sep

        def note(path: object) -> None:
            if isinstance(path, (str, os.PathLike)) and os.fspath(path).startswith(inside):
                self.opened.append(os.fspath(path))

        def os_open(path, *a, **k):  # type: ignore[no-untyped-def]
            note(path)
            return real_os_open(path, *a, **k)

        def io_open(path, *a, **k):  # type: ignore[no-untyped-def]
            note(path)
            return real_open(path, *a, **k)

        def stored(index):  # type: ignore[no-untyped-def]
            self.stored += 1
            return real_stored(index)

        monkeypatch.setattr(os, "open", os_open)
        monkeypatch.setattr(io, "open", io_open)
        monkeypatch.setattr(builtins, "open", io_open)
        monkeypatch.setattr(SearchIndex, "stored", stored)

    def clear(self) -> None:
        self.opened.clear()
        self.stored = 0


def _timeline(corpus: Path, index: Path) -> str:
    ws = Workspace(corpus, index)
    return json.dumps(ws.timeline().to_json())


@pytest.mark.parametrize("make", ["small", "mix"])
def test_a_second_timeline_after_index_opens_no_file_nor_the_index(
    make: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # reported: `index`, then `timeline --json` again and again; variant: a corpus of every format
    corpus = tmp_path / "corpus"
    if make == "small":
        _small_corpus(corpus)
    else:
        shutil.copytree(COVERAGE_MIX, corpus)
    Workspace(corpus, tmp_path / "index").ensure_index()
    spy = Spy(monkeypatch, corpus)
    first = _timeline(corpus, tmp_path / "index")  # from the index's rows, kept in the folder's caches
    assert spy.opened == [] and spy.stored == 1
    spy.clear()
    second = _timeline(corpus, tmp_path / "index")
    assert (spy.opened, spy.stored) == ([], 0)
    assert second == first
    expected = _timeline(corpus, tmp_path / "fresh")  # every article read and analysed
    assert second == expected and json.loads(first)["articles"]


def test_an_edited_file_is_read_again_and_only_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # variant: the caches are per file; an edit of one (same size, new mtime) misses only it
    corpus = _small_corpus(tmp_path / "corpus")
    Workspace(corpus, tmp_path / "index").ensure_index()
    _timeline(corpus, tmp_path / "index")
    edited = corpus / "ap" / "a1.txt"
    edited.write_text(edited.read_text("utf-8").replace("11 boats", "12 boats"), "utf-8")
    os.utime(edited, ns=(edited.stat().st_atime_ns, edited.stat().st_mtime_ns + 10**9))
    spy = Spy(monkeypatch, corpus)
    got = _timeline(corpus, tmp_path / "index")
    assert set(spy.opened) == {str(edited.resolve())}  # looked into by the listing (small), then read
    assert got == _timeline(corpus, tmp_path / "fresh")


def test_a_second_list_opens_no_small_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # reported: files of ~250 bytes were each opened at every listing to tell whether blank
    corpus = _small_corpus(tmp_path / "corpus")
    argv = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "list", "--json"]
    assert main(argv) == 0
    first = json.loads(capsys.readouterr().out)
    spy = Spy(monkeypatch, corpus)
    assert main(argv) == 0
    second = json.loads(capsys.readouterr().out)
    assert spy.opened == []
    assert second == first and len(first["articles"]) == 6
    # a blank file made non-blank with its size and mtime changed is looked into again, and listed
    blank = corpus / "blank.txt"
    blank.write_text(STORY.format(i=9, outlet="Kyodo", day=9, n=19), "utf-8")
    spy.clear()
    assert main(argv) == 0
    third = json.loads(capsys.readouterr().out)
    assert str(blank.resolve()) in spy.opened
    assert len(third["articles"]) == 7
