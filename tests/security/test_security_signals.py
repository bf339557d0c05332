"""Signals during a parallel build, with real processes: Ctrl+C exits 130 quietly with the
previous index intact; the build workers die silently with their parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import BODY, write
from processes import generations, long_corpus, run, start, wait_for_build_start


def start_parallel(*args: str) -> subprocess.Popen[str]:
    """The CLI with two build workers, in a process group of its own (as a terminal job is)."""
    return start(*args, procs=2, start_new_session=True)


def workers_of(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def wait_for_workers(pid: int) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = workers_of(pid)
        if len(workers) >= 2:
            return workers
        time.sleep(0.02)
    raise AssertionError("no build workers started")


def ignores_sigint(pid: int) -> bool:
    """Whether ``pid`` ignores SIGINT (its ``SigIgn`` mask): a build worker does once its
    initialiser has run (parallel_build.worker_init), the parent alone handling Ctrl+C."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = next((int(ln.split()[1], 16) for ln in status.splitlines() if ln.startswith("SigIgn:")), 0)
    return bool(mask & (1 << (signal.SIGINT - 1)))


def wait_for_started_workers(build: subprocess.Popen[str]) -> list[int]:
    """The build's workers once two of them have started their work (they ignore SIGINT, which
    they do first): a worker only forked still has the parent's handler and would print its
    interruption (a race of Ctrl+C with the fork itself, not what this test is about)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert build.poll() is None, f"the build ended (exit {build.returncode}) before its workers started"
        workers = workers_of(build.pid)
        if sum(ignores_sigint(w) for w in workers) >= 2:
            return workers
        time.sleep(0.01)
    raise AssertionError("no build workers started in 120 s")


def wait_for_segments(index_dir: Path, before: set[Path], build: subprocess.Popen[str]) -> None:
    """Until the build writes the index: a file of a segment the index folder did not hold
    (whoosh's ``MAIN.tmp/*.ctmp``, a segment's postings ``MAIN_*.pst``), in a new generation (a
    rebuild's workers) or the current one (an update's writer, fed by its workers), with the
    build still running. Workers alone are no such evidence: forked, they may not have begun;
    and a fixed sleep after them lands before the build or after its end on a loaded machine."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert build.poll() is None, f"the build ended (exit {build.returncode}) before it wrote a segment"
        written = [*index_dir.glob("gen-*/MAIN.tmp/*.ctmp"), *index_dir.glob("gen-*/MAIN_*.pst")]
        if any(p not in before for p in written):
            return
        time.sleep(0.01)
    raise AssertionError("the build wrote no segment in 120 s")


def index_files(index_dir: Path) -> set[Path]:
    return {p for p in index_dir.rglob("*") if p.is_file()}


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.mark.parametrize("args", [["index", "--rebuild"], ["index"]], ids=["rebuild", "update"])
def test_ctrl_c_during_a_parallel_build_exits_130_quietly_with_the_index_intact(
    tmp_path: Path, args: list[str]
) -> None:
    corpus = long_corpus(tmp_path / "corpus", 400)
    ix = tmp_path / "ix"
    (corpus / "story0000.txt").rename(tmp_path / "held-back.txt")
    assert run("--corpus", str(corpus), "--index-dir", str(ix), "index").returncode == 0
    before = generations(ix)
    if args == ["index"]:  # an update of more than 200 articles is analysed by workers too
        for i in range(1, 260):
            write(corpus, f"story{i:04d}.txt", f"# Changed {i}\n\n{BODY} Changed.\n" * 30)
    files = index_files(ix)
    build = start_parallel("--corpus", str(corpus), "--index-dir", str(ix), *args)
    workers = wait_for_started_workers(build)
    wait_for_segments(ix, files, build)  # the build is under way: its segments are being written
    assert build.poll() is None
    os.killpg(build.pid, signal.SIGINT)  # what Ctrl+C in the terminal does
    out, err = build.communicate(timeout=60)
    assert build.returncode == 130
    assert err == "" and out == ""
    # Gone once the parent is: reaped by init meanwhile (a zombie counts as gone), on a loaded
    # machine not always within a fixed 0.2 s.
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers)
    assert generations(ix) == before  # the previous index, and nothing half-built left
    assert not [p for p in ix.glob("gen-*") if p not in before]
    result = run("--corpus", str(corpus), "--index-dir", str(ix), "search", "council")
    assert result.returncode == 0 and result.stdout.startswith("399 articles match")


@pytest.mark.parametrize("args", [["index"], ["search", "council"]])
def test_workers_die_silently_with_their_parent(tmp_path: Path, args: list[str]) -> None:
    corpus = long_corpus(tmp_path / "corpus", 400)
    ix = tmp_path / "ix"
    build = start_parallel("--corpus", str(corpus), "--index-dir", str(ix), *args)
    wait_for_build_start(ix, [])
    workers = wait_for_workers(build.pid)
    time.sleep(0.5)
    build.kill()  # SIGKILL: the parent cannot clean up
    _out, err = build.communicate(timeout=30)  # returns once every worker has closed its stderr
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers)
    assert "Traceback" not in err and err == ""
    # The next run builds the index (the killed build's folder is removed, never used).
    result = run("--corpus", str(corpus), "--index-dir", str(ix), "index")
    assert result.returncode == 0 and result.stdout.startswith("400 articles indexed")
    assert len(generations(ix)) == 1
