"""A build analysed in forked processes: the same index as in one process, its progress, and a
process that fails or dies failing the build at once (it used to wait forever) with no
process left behind and the previous index still live."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.errors import BuildWorkerDied
from waic_reader.index.search.whoosh import building, engine, parallel_build
from waic_reader.index.workspace import Workspace

WORDS = "market chips government Shanghai Reuters people said budget ferries 3,000 45% Zürich".split()


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(40 + i % 13))
        (folder / f"story{i:03d}.txt").write_text(
            f"# Story {i} about {WORDS[i % len(WORDS)]}\n\nBy Ann Lee, Reuters\n\n{body}.\n\n"
            f'"We will see," said Maria Kellerman in Berlin.\n',
            "utf-8",
        )
    return folder


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every build and update of more than 4 articles runs in 2 forked processes."""
    monkeypatch.setenv("WAIC_READER_BUILD_PROCS", "2")
    monkeypatch.setattr(building, "PARALLEL_MIN_DOCS", 5)  # (read where the build is made)


def _within(seconds: float, call: Callable[[], Any]) -> Any:
    """``call()``'s result or exception, failing the test if it takes longer (a hang)."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = call()
        except BaseException as exc:
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in out:
        raise out["error"]
    return out["value"]


def _searched(ws: Workspace) -> list[object]:
    queries = ["market", '"said maria"', "gov*", "who:Kellerman", "outlet:reuters", "3000", "NOT ferries"]
    return [ws.search(q, limit=None).to_json() | {"elapsed_ms": 0} for q in queries]


def _dying(how: str, at: str) -> Callable[..., Any]:
    real = engine.SearchIndex._fields

    def fields(self: engine.SearchIndex, article: Any) -> dict[str, Any]:
        if article.doc == at and os.getpid() != parallel_build._BUILD_PARENT:
            if how == "exit":
                os._exit(3)
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            raise ValueError(f"cannot analyse {article.doc}")
        return real(self, article)

    return fields


def test_a_parallel_build_is_the_build_in_one_process(
    tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus", 30)
    seen: list[tuple[int, int]] = []
    ws = Workspace(corpus, tmp_path / "parallel")
    report = ws.ensure_index(rebuild=True, progress=lambda done, total: seen.append((done, total)))
    assert report.indexed == 30
    assert len(ws.index.searcher().reader().leaf_readers()) == 2  # one segment per process
    assert seen and seen[-1] == (30, 30) and all(total == 30 for _, total in seen)
    monkeypatch.setenv("WAIC_READER_BUILD_PROCS", "0")
    one = Workspace(corpus, tmp_path / "one")
    one.ensure_index(rebuild=True)
    assert _searched(ws) == _searched(one)
    assert ws.index.stored() == one.index.stored()
    assert not multiprocessing.active_children()


@pytest.mark.parametrize(("how", "error"), [("exit", "exit status 3"), ("kill", "killed by signal 9")])
def test_a_build_process_that_dies_fails_the_build(
    tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch, how: str, error: str
) -> None:
    corpus = _corpus(tmp_path / "corpus", 30)
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    before = ws.index.stored()
    monkeypatch.setattr(engine.SearchIndex, "_fields", _dying(how, "story020"))  # the second share
    with pytest.raises(BuildWorkerDied, match=error):
        _within(60, lambda: ws.ensure_index(rebuild=True))
    assert not multiprocessing.active_children()
    monkeypatch.undo()
    again = Workspace(corpus, tmp_path / "index")
    assert not again.ensure_index().rebuilt  # the previous index, still live
    assert again.index.stored() == before
    assert len([g for g in (tmp_path / "index").glob("gen-*")]) == 1  # the unfinished one removed


def test_an_exception_in_a_build_process_is_raised_with_its_traceback(
    tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus", 30)
    monkeypatch.setattr(engine.SearchIndex, "_fields", _dying("raise", "story003"))  # the first share
    ws = Workspace(corpus, tmp_path / "index")
    with pytest.raises(ValueError, match="cannot analyse story003") as raised:
        _within(60, lambda: ws.ensure_index(rebuild=True))
    cause = str(raised.value.__cause__)  # the traceback in the process that raised it
    assert "Traceback" in cause and "ValueError: cannot analyse story003" in cause
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("how", ["exit", "raise"])
def test_an_update_whose_process_dies_or_fails_fails_at_once(
    tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """An update of many articles (analysed by a process pool, then written here)."""
    corpus = _corpus(tmp_path / "corpus", 30)
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    for i in range(0, 30, 2):  # 15 changed articles: analysed in the pool
        path = corpus / f"story{i:03d}.txt"
        path.write_text(path.read_text("utf-8") + "\nCorrection: an earlier version misstated it.\n", "utf-8")
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    monkeypatch.setattr(engine.SearchIndex, "_fields", _dying(how, "story016"))
    again = Workspace(corpus, tmp_path / "index")
    expected = BuildWorkerDied if how == "exit" else ValueError
    with pytest.raises(expected):
        _within(60, again.ensure_index)
    assert not multiprocessing.active_children()
    monkeypatch.undo()
    fresh = Workspace(corpus, tmp_path / "index")  # nothing was written: every change still to do
    report = fresh.ensure_index()
    assert sorted(report.updated) == [f"story{i:03d}" for i in range(0, 30, 2)]
