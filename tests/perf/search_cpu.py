"""The benchmark's engine-search section timed as CPU time beside wall time.

    python tests/perf/search_cpu.py CORPUS INDEX_DIR [--repeat N] [--cold] [--classes typed,phrase] [--json FILE]

The same query log, warm-up and repeats as ``bench.py``'s search section (``bench.expanded_log``,
``bench._search``: 50 hits with snippets), each query timed as this process's CPU time
(``time.process_time``) and wall time. On the shared 2-core machine at a load of 7-11 the wall
time is mostly waiting for a core; the CPU time is what the engine costs. ``--cold`` empties the
parsed queries and prefix expansions before every query (``forget_queries``): typing in the app
meets a new prefix at every key, where the repeated log would find it kept. Prints one line of
class medians / p95s (ms) and the load; ``--json`` writes every figure, per class and per query.
Written in session 16 (round s16-g) to compare main and a branch on one index: run it with each
installed, alternately.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import bench  # the benchmark's own log and search call


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="forget parsed queries and prefixes before each")
    parser.add_argument("--classes", default="", help="comma-separated query classes (default: all)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from waic_reader.index.workspace import Workspace

    ws = Workspace(args.corpus, args.index_dir)
    ws.ensure_index()
    index = ws.index
    log = bench.expanded_log()
    if args.classes:
        keep = set(args.classes.split(","))
        log = [entry for entry in log if entry[0] in keep]
    for _cls, q, typing in log:  # warm-up, as bench.py's search section
        bench._search(index, q, typing)
    cpu: dict[str, list[float]] = {}
    wall: dict[str, list[float]] = {}
    per: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for cls, q, typing in log:
            if args.cold:
                index.forget_queries()
            t, w = time.process_time(), time.perf_counter()
            bench._search(index, q, typing)
            c, ww = (time.process_time() - t) * 1000, (time.perf_counter() - w) * 1000
            cpu.setdefault(cls, []).append(c)
            wall.setdefault(cls, []).append(ww)
            per.setdefault(f"{cls}\t{q}\t{typing}", []).append(c)
    report = {
        "load": os.getloadavg(),
        "cpu": {k: bench.summary(v) for k, v in cpu.items()},
        "wall": {k: bench.summary(v) for k, v in wall.items()},
        "queries": {k: bench.summary(v) for k, v in per.items()},
    }
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), "utf-8")
    print(
        " ".join(f"{k}={v['median']}/{v['p95']}" for k, v in report["cpu"].items()),
        "| load",
        [round(x, 1) for x in report["load"]],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
