"""Two workers reading the index at once read their own bytes (CI, round 9: the fact sheet's
figures, read while the library's rows were read, failed with "Error -3 while decompressing
data: incorrect header check"; an acceptance tester once saw "seek of closed file"): whoosh's
readers share one file object per segment file, so every read of the shared searcher holds the
index's lock."""

from __future__ import annotations

import threading
from pathlib import Path

from search_helpers import indexed_workspace

ARTICLES = {
    f"a{n:03d}": f"Ferry report {n}\n\nThe harbour ferry number {n} carried {n * 7} passengers across the bay "
    f"on Monday, officials said, and crew {n % 9} reported calm seas.\n"
    for n in range(120)
}


def test_stored_rows_and_searches_in_two_threads(tmp_path: Path) -> None:
    ws = indexed_workspace(tmp_path, ARTICLES)
    index = ws.index
    failures: list[BaseException] = []
    want = index.stored()

    def rows() -> None:
        try:
            for _ in range(60):
                assert index.stored() == want
        except BaseException as exc:
            failures.append(exc)

    def searches() -> None:
        try:
            for n in range(300):
                index.search(f"ferr* {n % 50} passengers", limit=50, typing=n % 2 == 0)
                index.doc_count()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=rows), threading.Thread(target=rows), threading.Thread(target=searches)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures[:3]


def test_opening_the_built_index_while_a_sync_runs_ends_on_the_new_generation(tmp_path: Path) -> None:
    """The timeline (a worker) opens the index on disk as it is while the app's sync (another
    worker) rebuilds it into a new generation: the index left open is the one the sync made,
    holding the article added meanwhile, never the older generation the other thread opened
    (without the engine's opening lock the older one was set last: 40 documents, not 41)."""
    from waic_reader.index.workspace import Workspace

    indexed_workspace(tmp_path, dict(list(ARTICLES.items())[:40]))
    (tmp_path / "corpus" / "late.txt").write_text("Late ferry\n\nThe late ferry carried forty passengers.\n", "utf-8")
    # A new session: its workspace sees the new file; its index is not open yet.
    fresh = Workspace(tmp_path / "corpus", tmp_path / "index")
    engine = fresh.index
    real_open = engine._open_existing
    opening = threading.Event()

    def slow_open():  # type: ignore[no-untyped-def]
        # The timeline thread's open is slow (a large index, a busy disk): the sync starts and
        # ends meanwhile.
        got = real_open()
        if threading.current_thread().name == "timeline":
            opening.set()
            threading.Event().wait(1.0)
        return got

    engine._open_existing = slow_open  # type: ignore[method-assign]
    failures: list[BaseException] = []

    def open_built() -> None:
        try:
            assert engine.open_built()
        except BaseException as exc:
            failures.append(exc)

    timeline = threading.Thread(target=open_built, name="timeline")
    timeline.start()
    opening.wait(10)
    fresh.ensure_index(rebuild=True)  # a new generation (ctrl+r, a new analysis version)
    timeline.join()
    assert not failures, failures
    assert engine.doc_count() == 41
    assert [h.doc for h in engine.search("late ferry forty", limit=5).hits][:1] == ["late"]
