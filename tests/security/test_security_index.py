"""The index: in the user's cache, never in the corpus; damage is detected and rebuilt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile import plain_corpus, write

from waic_reader.index.paths import cache_dir
from waic_reader.index.search.whoosh import storage
from waic_reader.index.search.whoosh.engine import IndexBusy
from waic_reader.index.workspace import Workspace


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return plain_corpus(tmp_path / "corpus", 4)


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


def live_gen(ws: Workspace) -> Path:
    return ws.index_dir / (ws.index_dir / "CURRENT").read_text().strip()


def test_default_index_is_in_the_cache(corpus: Path) -> None:
    ws = Workspace(corpus)
    assert ws.index_dir.is_relative_to(cache_dir())
    ws.ensure_index()
    assert (ws.index_dir / "CURRENT").exists()


def test_index_inside_the_corpus_is_refused(corpus: Path) -> None:
    for inside in (corpus, corpus / "ix", corpus / "a" / ".." / "b"):
        with pytest.raises(ValueError, match="inside the corpus"):
            Workspace(corpus, index_dir=inside)
    os.symlink(corpus, corpus.parent / "link")
    with pytest.raises(ValueError, match="inside the corpus"):
        Workspace(corpus, index_dir=corpus.parent / "link" / "ix")


async def test_nothing_is_written_into_the_corpus(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.cli.main import main

    write(corpus, "corpus.yaml", "articles:\n  plain0.txt:\n    title: T\n")
    before = listing(corpus)
    for args in (["index"], ["index", "--rebuild"], ["list"], ["show", "plain0"], ["search", "council"]):
        assert main(["--corpus", str(corpus), *args]) == 0
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.open_article("plain0")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert listing(corpus) == before


@pytest.mark.parametrize(
    "damage",
    [
        "delete_current",
        "bogus_current",
        "bad_version",
        "garbled_meta",
        "truncate_all",
        "garble_all",
        "delete_toc",
        "empty_gen",
    ],
)
def test_damaged_index_is_rebuilt_with_a_reason(corpus: Path, tmp_path: Path, damage: str) -> None:
    ws = Workspace(corpus, index_dir=tmp_path / "ix")
    ws.ensure_index()
    gen = live_gen(ws)
    ws.index.close()
    if damage == "delete_current":
        (ws.index_dir / "CURRENT").unlink()
    elif damage == "bogus_current":
        (ws.index_dir / "CURRENT").write_text("../../etc")
    elif damage == "bad_version":
        (gen / "waic-index.json").write_text('{"schema": 999, "analysis": "x"}')
    elif damage == "garbled_meta":
        (gen / "waic-index.json").write_bytes(b"\x00\xff garbage")
    else:
        for f in gen.iterdir():
            if f.name == "waic-index.json":
                continue
            if damage == "truncate_all":
                f.write_bytes(f.read_bytes()[: max(0, f.stat().st_size // 3)])
            elif damage == "garble_all":
                f.write_bytes(bytes((b * 7 + 13) % 256 for b in f.read_bytes()))
            elif (damage == "delete_toc" and f.name.endswith(".toc")) or damage == "empty_gen":
                f.unlink()
    again = Workspace(corpus, index_dir=tmp_path / "ix")
    report = again.ensure_index()
    assert report.rebuilt and report.reason, damage
    assert report.indexed == 4
    assert again.index.search("council").total == 4


def test_second_writer_gets_busy_and_search_still_works(corpus: Path, tmp_path: Path) -> None:
    ws = Workspace(corpus, index_dir=tmp_path / "ix")
    ws.ensure_index()
    writer = storage.write_lock(ws.index_dir, wait=False)  # another waic-reader updating the index
    try:
        write(corpus, "new.txt", "# New\n\nThe council met again about the ferry.\n")
        other = Workspace(corpus, index_dir=tmp_path / "ix")
        report = other.ensure_index()
        assert "busy" in other.busy_message and "busy" in report.reason
        assert other.index.search("council").total == 4
        with pytest.raises(IndexBusy):
            other.index.sync()
    finally:
        writer.release()
    assert Workspace(corpus, index_dir=tmp_path / "ix").ensure_index().added == ["new"]


def test_interrupted_rebuild_leaves_the_previous_index(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(corpus, index_dir=tmp_path / "ix")
    ws.ensure_index()
    before = live_gen(ws)
    calls = {"n": 0}
    real = ws.index.analyse

    def failing(article):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the user pressed ctrl+c mid-build
        return real(article)

    monkeypatch.setattr(ws.index, "analyse", failing)
    with pytest.raises(KeyboardInterrupt):
        ws.ensure_index(rebuild=True)
    assert live_gen(ws) == before
    assert [p.name for p in ws.index_dir.iterdir() if p.name.startswith("gen-")] == [before.name]
    fresh = Workspace(corpus, index_dir=tmp_path / "ix")
    report = fresh.ensure_index()
    assert not report.rebuilt and fresh.index.search("council").total == 4


def test_index_keeps_original_text(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "a.txt", "# T\x1b]0;x\x07itle\n\nThe council met.\n")
    ws = Workspace(folder, index_dir=tmp_path / "ix")
    ws.ensure_index()
    assert "\x1b]0;x\x07" in ws.index.stored()["a"].title
