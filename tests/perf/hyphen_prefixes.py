"""Submitted hyphenated prefixes with a one- or two-letter last part (``state-o*``), timed.

    python tests/perf/hyphen_prefixes.py CORPUS INDEX_DIR [--repeat N] [--cold]

Issue 15's open item (round s38-q): each query of :data:`QUERIES` searched as the benchmark's
search section searches (``SearchIndex.search(q, limit=50)``, snippets included), timed as this
process's CPU time (``time.process_time``) and wall time, ``--repeat`` times after one warm-up
run; ``--cold`` forgets the parsed queries and prefix expansions before each run
(``forget_queries``: a query met for the first time, as a user submits it). Prints each query's
total and CPU median / max, then the median and p95 of every sample and the load. Written for
the corpora of ``gen.py`` (``bench.py``'s work folder: ``corpus-1000-v1`` and ``index-1k``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

QUERIES = [
    "state-o*",
    "covid-1*",
    "re-e*",
    "state-of*",
    "government-co*",
    "in-de*",
    "take-o*",
    "post-w*",
    "well-b*",
    "co-o*",
    "non-p*",
    "self-d*",
    "x-y*",
    "e-m*",
    "pre-e*",
    "chief-e*",
    "hong-k*",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="forget parsed queries and expansions before each run")
    args = parser.parse_args(argv)

    from waic_reader.index.workspace import Workspace

    ws = Workspace(args.corpus, args.index_dir)
    ws.ensure_index()
    index = ws.index
    for q in QUERIES:
        index.search(q, limit=50)  # warm-up: the first touches of the term files
    samples: list[float] = []
    for q in QUERIES:
        cpu: list[float] = []
        for _ in range(args.repeat):
            if args.cold:
                index.forget_queries()
            t = time.process_time()
            res = index.search(q, limit=50)
            cpu.append((time.process_time() - t) * 1000)
        samples += cpu
        print(f"{q:16} total {res.total:6}  CPU ms median {statistics.median(cpu):7.1f}  max {max(cpu):7.1f}")
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"all: CPU ms median {statistics.median(ordered):.1f}  p95 {p95:.1f}  max {ordered[-1]:.1f}  load {os.getloadavg()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
