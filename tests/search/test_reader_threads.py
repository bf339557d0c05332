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
