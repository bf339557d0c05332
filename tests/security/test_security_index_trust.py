"""The index is code the app runs: private folders, refused when others can write them, and
pickles loaded with a restricted unpickler (nothing planted in the index ever runs)."""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hostile import plain_corpus

from waic_reader.index.search.whoosh import unpickle
from waic_reader.index.workspace import Workspace


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return plain_corpus(tmp_path / "corpus", 4)


def cli(*args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """``waic-reader ARGS`` in a process of its own (the environment's XDG folders)."""
    return subprocess.run(
        [sys.executable, "-m", "waic_reader.tui.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


def live_gen(index_dir: Path) -> Path:
    return index_dir / (index_dir / "CURRENT").read_text().strip()


class Command:
    """A pickle that runs a shell command when loaded (what an attacker would plant)."""

    def __init__(self, command: str, how: Any = os.system) -> None:
        self.command = command
        self.how = how

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return self.how, (self.command,)


def plant_toc(gen: Path, payload: object) -> None:
    """Replace the live table of contents with one whose segment list is ``payload``."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    from waic_reader.index.search.whoosh.engine import make_schema

    (toc_file,) = gen.glob("_MAIN_*.toc")
    generation = int(toc_file.stem.rsplit("_", 1)[1])
    toc_file.unlink()
    TOC(make_schema(), payload, generation).write(FileStorage(str(gen)), "MAIN")


@pytest.mark.parametrize(
    "how",
    [os.system, subprocess.getoutput, eval],
    ids=["os.system", "subprocess.getoutput", "eval"],
)
def test_planted_toc_pickle_runs_nothing_and_the_index_is_rebuilt(corpus: Path, tmp_path: Path, how: Any) -> None:
    index_dir = tmp_path / "ix"
    assert cli("--corpus", str(corpus), "--index-dir", str(index_dir), "index").returncode == 0
    flag = tmp_path / "pwned"
    command = f"open({str(flag)!r}, 'w')" if how is eval else f"touch {flag}"
    planted = live_gen(index_dir)
    plant_toc(planted, [Command(command, how)])
    result = cli("--corpus", str(corpus), "--index-dir", str(index_dir), "search", "council")
    assert not flag.exists(), "the planted pickle ran"
    assert result.returncode == 0, result.stderr
    assert "4 articles match council" in result.stdout
    (line,) = result.stderr.splitlines()  # one clear line
    assert "index rebuilt: index refused: refused to load" in line and "never writes it" in line
    assert live_gen(index_dir) != planted and not planted.exists()
    again = cli("--corpus", str(corpus), "--index-dir", str(index_dir), "search", "council")
    assert again.returncode == 0 and again.stderr == "" and not flag.exists()


def test_the_restricted_unpickler_admits_only_what_the_app_writes(tmp_path: Path) -> None:
    flag = tmp_path / "pwned"
    for how in (os.system, subprocess.getoutput, eval, exec, getattr, __import__):
        with pytest.raises(unpickle.UnsafePickle, match="refused to load"):
            unpickle.loads(pickle.dumps(Command(f"touch {flag}", how), 2))
    with pytest.raises(unpickle.UnsafePickle):
        unpickle.loads(pickle.dumps(Path("x")))
    assert not flag.exists()
    from waic_reader.index.search.whoosh.codec import PackedValues

    block = ((1, 2, 3), None, PackedValues.of([b"B\x01", b"B\x02\x03", b""]))
    assert unpickle.loads(pickle.dumps(block, 2)) == block


def test_every_whoosh_unpickling_path_is_restricted() -> None:
    import whoosh.codec.whoosh3
    import whoosh.columns
    import whoosh.filedb.structfile
    import whoosh.formats
    import whoosh.index
    import whoosh.legacy

    import waic_reader.index.search.whoosh.engine  # noqa: F401  (installs the unpickler)

    assert whoosh.filedb.structfile.load_pickle is unpickle.load
    for module in (whoosh.codec.whoosh3, whoosh.columns, whoosh.formats):
        assert module.loads is unpickle.loads, module.__name__
    assert whoosh.index.pickle.loads is unpickle.loads
    assert whoosh.legacy.toc_loaders == {}


def test_a_planted_posting_block_is_refused_with_a_message(corpus: Path, tmp_path: Path) -> None:
    """A pickle read mid-search (posting blocks) is refused too: an error line, nothing runs."""
    import whoosh.codec.whoosh3 as w3

    flag = tmp_path / "pwned"
    evil = pickle.dumps(Command(f"touch {flag}"), 2)
    with pytest.raises(unpickle.UnsafePickle):
        w3.loads(evil)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, whoosh.codec.whoosh3 as w3;"
            "from waic_reader.tui.cli.main import main;"
            "import waic_reader.index.search.whoosh.engine;"  # the app's install() runs first
            # every posting block read from now on is the planted one, by either read path: one
            # block at a time (whoosh's) or a term's blocks at once (postings.segment_postings)
            "w3.loads = lambda b, r=w3.loads: r(bytes.fromhex(sys.argv[1]));"
            "import waic_reader.index.search.whoosh.unpickle as u;"
            "u.stream = lambda d, r=u.stream: r(bytes.fromhex(sys.argv[1]));"
            "sys.exit(main(['--corpus', sys.argv[2], 'search', 'council']))",
            evil.hex(),
            str(corpus),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert not flag.exists()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "refused to load posix.system from the index" in result.stderr


def _modes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.rglob("*")]}


@pytest.mark.parametrize("umask", [0o000, 0o002, 0o022])
def test_index_folders_are_private_whatever_the_umask(corpus: Path, tmp_path: Path, umask: int) -> None:
    index_dir = tmp_path / "cache" / "deep" / "ix"
    for args in (["index"], ["search", "council"], ["index", "--rebuild"]):
        result = cli("--corpus", str(corpus), "--index-dir", str(index_dir), *args, umask=umask)
        assert result.returncode == 0, result.stderr
    modes = _modes(index_dir)
    assert len(modes) > 8
    for name, mode in modes.items():
        path = index_dir / name
        assert mode == (0o700 if path.is_dir() else 0o600), (name, oct(mode))
    for parent in (tmp_path / "cache", tmp_path / "cache" / "deep"):  # created by the app: private too
        assert stat.S_IMODE(parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("mode", [0o770, 0o707, 0o777])
def test_an_index_folder_others_can_write_is_refused(corpus: Path, tmp_path: Path, mode: int) -> None:
    index_dir = tmp_path / "ix"
    assert cli("--corpus", str(corpus), "--index-dir", str(index_dir), "index").returncode == 0
    os.chmod(index_dir, mode)
    for args in (["search", "council"], ["index"], ["index", "--rebuild"]):
        result = cli("--corpus", str(corpus), "--index-dir", str(index_dir), *args)
        assert result.returncode == 1 and result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert f"index folder {index_dir} is writable by" in line and f"(mode {mode:o})" in line
        assert "not loading an index from it" in line


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_an_index_folder_of_another_user_is_refused(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    assert cli("--corpus", str(corpus), "--index-dir", str(index_dir), "index").returncode == 0
    os.chown(index_dir, 65534, 65534)
    result = cli("--corpus", str(corpus), "--index-dir", str(index_dir), "search", "council")
    assert result.returncode == 1
    assert f"index folder {index_dir} belongs to another user (uid 65534)" in result.stderr


def test_a_planted_group_writable_file_makes_the_generation_rebuilt(corpus: Path, tmp_path: Path) -> None:
    ws = Workspace(corpus, index_dir=tmp_path / "ix")
    ws.ensure_index()
    gen = live_gen(ws.index_dir)
    ws.index.close()
    toc = next(gen.glob("_MAIN_*.toc"))
    os.chmod(toc, 0o666)
    report = Workspace(corpus, index_dir=tmp_path / "ix").ensure_index()
    assert report.rebuilt and "index refused" in report.reason and "writable by group and others" in report.reason


def test_index_dir_removes_only_generations_the_app_made(corpus: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    for name in ("gen-2024-notes", "gen-1", "notes"):
        (mine / name).mkdir(parents=True)
        (mine / name / "keep.txt").write_text("mine")
    (mine / "gen-file").write_text("mine too")
    for args in (["index"], ["index", "--rebuild"], ["index", "--rebuild"], ["search", "council"]):
        assert cli("--corpus", str(corpus), "--index-dir", str(mine), *args).returncode == 0
    for name in ("gen-2024-notes", "gen-1", "notes"):
        assert (mine / name / "keep.txt").read_text() == "mine"
    assert (mine / "gen-file").read_text() == "mine too"
    made = [p for p in mine.glob("gen-*") if (p / "waic-generation").exists()]
    assert made == [live_gen(mine)]  # the app's older generations are gone


def test_an_unmarked_generation_in_a_read_only_cache_is_read_and_never_removed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A generation from before the markers (named by CURRENT, with the app's metadata) is
    adopted; when the marker cannot be written it is still read, and kept."""
    from waic_reader.index.search.whoosh import storage

    ws = Workspace(corpus, index_dir=tmp_path / "ix")
    ws.ensure_index()
    gen = live_gen(ws.index_dir)
    ws.index.close()
    (gen / "waic-generation").unlink()

    def read_only(_gen: Path) -> None:
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(storage, "mark", read_only)
    again = Workspace(corpus, index_dir=tmp_path / "ix")
    report = again.ensure_index()
    assert not report.rebuilt and again.search("council").total == 4
    monkeypatch.undo()
    adopted = Workspace(corpus, index_dir=tmp_path / "ix")
    assert not adopted.ensure_index().rebuilt and (gen / "waic-generation").exists()
