"""Estimated against exact phrase counts, with the CPU time of the page search.

    python tests/perf/phrase_count.py CORPUS INDEX_DIR '"the government"' '"said i"' ...

For each phrase: the page search's total (``limit=20``; estimated past ``PHRASE_CHECK_ALL``
candidates, see ``BulkScorer.phrase_top``), whether it is exact, the exact count
(``limit=None``) and the median and max CPU time (``time.process_time``) of 9 page searches.
The index is brought up to date first (``Workspace.ensure_index``).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from waic_reader.index.workspace import Workspace


def main(argv: list[str]) -> None:
    corpus, index_dir, *phrases = argv
    ws = Workspace(Path(corpus), Path(index_dir))
    ws.ensure_index()
    for q in phrases:
        times = []
        for _ in range(9):
            t = time.process_time()
            page = ws.search(q, limit=20)
            times.append((time.process_time() - t) * 1000)
        exact = ws.search(q, limit=None).total
        print(
            f"{q}: {page.total} ({'exact' if page.total_exact else 'estimated'}), exact {exact}; "
            f"CPU ms median {statistics.median(times):.1f}, max {max(times):.1f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
