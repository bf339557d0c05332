"""The index folder's one atomic private writer (``listing.write_private``): every file the app
keeps there (the listing, the item index, the timeline and figure caches, the search index's
CURRENT, META and marker files) is written through it: private to the user (0600), a temp file
named per process and thread, then ``os.replace``, so a crash or a failed write leaves the old
file whole and no temp file behind."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from waic_reader.index.analysis.figure_cache import FigureCache
from waic_reader.index.analysis.timeline_cache import TimelineCache
from waic_reader.index.corpus import listing
from waic_reader.index.search.whoosh import storage


def _listing_json(folder: Path, n: int) -> Path:
    path = folder / "listing.json"
    listing.write_private_json(path, {"n": n})
    return path


def _timeline_cache(folder: Path, n: int) -> Path:
    cache = TimelineCache(folder, "v1")
    cache.entries = {"doc": {"n": n}}
    cache.changed = True
    cache.save()
    return cache.path


def _figure_cache(folder: Path, n: int) -> Path:
    cache = FigureCache(folder)
    cache.entries = {"doc": {"n": n}}
    cache.changed = True
    cache.save()
    return cache.path


def _whoosh_storage(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    storage.set_current(folder, folder / f"gen-{n}")  # the generation pointer the index writes
    return folder / storage.CURRENT


WRITERS: dict[str, Callable[[Path, int], Path]] = {
    "listing": _listing_json,
    "timeline cache": _timeline_cache,
    "figure cache": _figure_cache,
    "whoosh storage": _whoosh_storage,
}


def _holds(path: Path, n: int) -> bool:
    text = path.read_text(encoding="utf-8")
    return text == f"gen-{n}" or f'{{"n":{n}}}' in text


@pytest.mark.parametrize("name", WRITERS)
def test_every_writer_goes_through_the_one_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    calls: list[Path] = []
    original = listing.write_private

    def spy(path: Path, write: Callable[..., object]) -> None:
        calls.append(path)
        original(path, write)

    monkeypatch.setattr(listing, "write_private", spy)
    path = WRITERS[name](tmp_path / "index", 1)
    assert calls == [path]
    assert _holds(path, 1)


@pytest.mark.parametrize("name", WRITERS)
def test_written_private_with_a_temp_file_per_process_and_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    old_mask = os.umask(0o000)  # the widest umask: the mode must not come from it
    temps: list[str] = []
    real_replace = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        temps.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    try:
        result: list[Path] = []
        worker = threading.Thread(target=lambda: result.append(WRITERS[name](tmp_path / "index", 2)))
        worker.start()
        worker.join()
        ident = worker.ident
    finally:
        os.umask(old_mask)
    (path,) = result
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert temps == [f".{path.name}.{os.getpid()}.{ident}.tmp"]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("name", WRITERS)
def test_a_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = WRITERS[name](tmp_path / "index", 3)

    def fail(src: str | Path, dst: str | Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        WRITERS[name](tmp_path / "index", 4)
    assert _holds(path, 3)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_data_json_cannot_hold_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "index" / "listing.json"
    listing.write_private_json(path, {"rows": [1]})
    with pytest.raises(TypeError):
        listing.write_private_json(path, {"rows": {1, 2}})  # a set is no JSON
    assert json.loads(path.read_text(encoding="utf-8")) == {"rows": [1]}
    assert [p.name for p in path.parent.iterdir()] == ["listing.json"]


def test_a_missing_folder_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "index" / "deeper" / "timeline.json"
    listing.write_private_text(path, "x")
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
    assert path.read_text(encoding="utf-8") == "x"
