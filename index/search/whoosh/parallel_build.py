"""Forked processes that analyse many articles at once (noise split, entities: pure Python,
most of the cost of indexing), from :data:`PARALLEL_MIN_DOCS` articles on.

Two ways: :func:`worker_fields` in a process pool gives each article's fields to the parent's
writer (an update of many articles, or a build with one process); :func:`run_shares` runs one
process per contiguous share of a fresh build (two processes or more), each writing its own
segments (:func:`~.writers.write_segments`). The
:class:`~.engine.SearchIndex` whose articles they analyse is set by :func:`set_source` just
before forking, and read by the workers from their copy of this module.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.corpus.reader import CorpusError
from waic_reader.index.errors import BuildWorkerDied
from waic_reader.index.search.whoosh.schema import open_index
from waic_reader.index.search.whoosh.writers import write_segments

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.engine import SearchIndex


PARALLEL_MIN_DOCS = 200  # fewer documents are analysed in-process (forking costs ~50 ms)
_BUILD_SOURCE: SearchIndex | None = None  # set in the parent just before forking the workers


def build_processes() -> int:
    """Analysis worker processes for large builds (0: analyse in-process).

    ``WAIC_READER_BUILD_PROCS`` overrides; by default one per CPU (at most 4).
    """
    import multiprocessing  # here: importing it costs ~20 ms of start-up otherwise

    env = os.environ.get("WAIC_READER_BUILD_PROCS", "")
    if env.isdigit():
        return int(env)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cpus = os.cpu_count() or 1
    return min(cpus, 4) if cpus >= 2 else 0


_BUILD_COUNTER: Any = None  # the shared count of articles analysed (a share's workers add to it)
_BUILD_PARENT = 0  # the pid of the process that forked the workers


def set_source(source: SearchIndex | None) -> None:
    """The index whose articles the workers forked next analyse (this process their parent);
    None once they are done."""
    global _BUILD_SOURCE, _BUILD_PARENT
    _BUILD_SOURCE = source
    if source is not None:
        _BUILD_PARENT = os.getpid()


def _die_with_parent() -> None:
    """End this worker, silently, when the process that forked it dies (even by SIGKILL).

    Linux: the kernel sends SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``);
    elsewhere a daemon thread checks the parent every half second. Either way no orphan is
    left analysing, and none prints a traceback about its lost parent.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    else:

        def watch() -> None:
            while os.getppid() == _BUILD_PARENT:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != _BUILD_PARENT:  # the parent died before the death signal was asked for
        os._exit(1)


@contextmanager
def sigint_held() -> Iterator[None]:
    """Ctrl+C (SIGINT) held back from this thread while it forks build workers, and delivered
    once they are forked (a ``KeyboardInterrupt`` raised where the build's clean-up runs). One
    arriving during a fork otherwise reached a child before :func:`worker_init` made it ignore
    SIGINT (a traceback printed, exit 1), or Python's own at-fork handlers in the parent, which
    print it as "Exception ignored" and lose it (the build went on and exited 0)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def worker_init(counter: Any = None) -> None:
    global _BUILD_COUNTER
    _BUILD_COUNTER = counter
    # Ctrl+C reaches every process of the terminal's group: the parent alone handles it (it
    # ends the pool and removes the unfinished generation); a worker would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # forked with it held back (sigint_held): ignored now
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent()
    # A lock copied by fork while another thread of the parent held it would never be released.
    analyse = getattr(_BUILD_SOURCE, "analyse", None)
    if analyse is not None and hasattr(analyse, "_lock"):
        analyse._lock = threading.Lock()
    # What the worker inherits (modules, the gazetteer, the parent's app) lives as long as it
    # does: kept out of the collector, whose full collections walked it again and again
    # (13 a worker of a 10k build).
    gc.freeze()


def _build_segment(share: tuple[str, list[str]]) -> tuple[list[Any], list[tuple[str, str]]]:
    """Worker: index ``docs`` into new segments of the index in ``folder``; return them."""
    folder, docs = share
    source = _BUILD_SOURCE
    assert source is not None
    skipped: list[tuple[str, str]] = []

    def fields() -> Iterable[dict[str, Any]]:
        for n, doc in enumerate(docs, 1):
            try:
                article = source.corpus.article(doc, kept=False)
            except CorpusError as exc:
                skipped.append((doc, str(exc)))
                continue
            try:
                yield source._fields(article)
            finally:
                source.corpus.forget(doc)
            if _BUILD_COUNTER is not None and n % 16 == 0:
                with _BUILD_COUNTER.get_lock():
                    _BUILD_COUNTER.value += 16

    return write_segments(open_index(Path(folder)), fields()), skipped


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a build process, as its ``__cause__``."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _share_worker(conn: Any, share: tuple[str, list[str]], counter: Any) -> None:
    """A build process: index ``share`` (:func:`_build_segment`) and send back ("ok", its
    segments and skipped files) or ("error", the exception, its traceback)."""
    try:
        worker_init(counter)
        result: tuple[str, Any, str] = ("ok", _build_segment(share), "")
    except BaseException as exc:  # every failure goes back to the parent
        import traceback

        result = ("error", exc, traceback.format_exc())
    try:
        conn.send(result)
    except Exception as exc:  # an exception that cannot be pickled: its text
        conn.send(("error", RuntimeError(f"{type(result[1]).__name__}: {result[1]}"), result[2] or str(exc)))
    conn.close()


def run_shares(ctx: Any, shares: list[tuple[str, list[str]]], counter: Any, tick: Callable[[], None]) -> list[Any]:
    """Run one forked process per share (:func:`_share_worker`) and return their results in
    share order; ``tick`` is called about every 0.2 s while they run.

    A process that ends without a result raises :class:`BuildWorkerDied` at once; an
    exception raised in one is raised here (its traceback as the cause). Whatever ends this
    call (an error, an interruption of this process), no process of it is left running.
    (``multiprocessing.Pool`` waits forever for the share of a process that died.)
    """
    from multiprocessing.connection import wait

    running: dict[Any, tuple[int, Any]] = {}  # receiving end -> (share index, process)
    recv: Any
    results: list[Any] = [None] * len(shares)
    try:
        with sigint_held():
            for i, share in enumerate(shares):
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_share_worker, args=(send, share, counter), daemon=True)
                proc.start()
                send.close()  # the child holds the only sending end: its death ends the pipe
                running[recv] = (i, proc)
        while running:
            for ready in wait(list(running), timeout=0.2):
                recv = ready  # (the receiving ends are all wait is given)
                i, proc = running.pop(recv)
                try:
                    kind, value, trace = recv.recv()
                except EOFError:
                    kind = "died"
                finally:
                    recv.close()
                    proc.join(5)  # it ends once it has sent its result
                    if proc.is_alive():
                        proc.kill()
                        proc.join()
                if kind == "died":
                    code = proc.exitcode
                    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
                    raise BuildWorkerDied(f"a build process ended without finishing its articles ({how})")
                if kind == "error":
                    error: BaseException = value
                    raise error from _RemoteTraceback(trace)
                results[i] = value
            tick()
    finally:
        for recv, (_i, proc) in running.items():
            recv.close()
            if proc.is_alive():
                proc.kill()
            proc.join()
    return results


def worker_fields(doc: str) -> tuple[str, dict[str, Any] | None, str]:
    source = _BUILD_SOURCE
    assert source is not None
    try:
        article = source.corpus.article(doc, kept=False)
    except CorpusError as exc:
        return doc, None, str(exc)
    try:
        return doc, source._fields(article), ""
    finally:
        source.corpus.forget(doc)
