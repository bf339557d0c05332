"""Two versions of the bulk scorer timed in one process, query by query, on one index.

    python tests/perf/search_ab.py CORPUS INDEX_DIR OTHER_BULK_SCORER_PY [--repeat N] [--classes phrase,common] [--per-query]

``OTHER_BULK_SCORER_PY`` is another checkout's ``index/search/whoosh/bulk_scorer.py`` (main's,
say). The engine's ``BulkScorer`` and ``collect`` are switched between that file's and the
installed ones before each search, each version keeping its own scorer (and its cache of recent
terms), and the two alternate query by query, the first of each pair alternating by round: on
the shared 2-core machine, separate processes run minutes apart met loads that differed by 2x
(session 24), while one process meets the same load with both. The query log, warm-up and
search call are ``bench.py``'s (``search_cpu.py`` times one version). Prints per class the CPU
median / p95 ms (``time.process_time``) of each version. Written in session 24 (s24-e).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import bench  # the benchmark's own log and search call


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("other", type=Path, help="another checkout's bulk_scorer.py")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--classes", default="", help="comma-separated query classes (default: all)")
    parser.add_argument("--per-query", action="store_true", help="also each query's CPU median, both versions")
    args = parser.parse_args(argv)

    from waic_reader.index.search.whoosh import bulk_scorer as installed
    from waic_reader.index.search.whoosh import engine, searching
    from waic_reader.index.workspace import Workspace

    spec = importlib.util.spec_from_file_location("other_bulk_scorer", args.other)
    assert spec is not None and spec.loader is not None
    other = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other)
    versions: dict[str, Any] = {"other": other, "installed": installed}

    ws = Workspace(args.corpus, args.index_dir)
    ws.ensure_index()
    index = ws.index
    scorers: dict[str, Any] = {}

    def use(name: str) -> None:
        engine.BulkScorer = versions[name].BulkScorer  # type: ignore[attr-defined]
        searching.collect = versions[name].collect  # type: ignore[attr-defined]  (where the search runs)
        index._bulk = scorers.get(name)

    log = bench.expanded_log()
    if args.classes:
        keep = set(args.classes.split(","))
        log = [entry for entry in log if entry[0] in keep]
    for name in versions:  # warm-up, as bench.py's search section, each version its own caches
        use(name)
        for _cls, q, typing in log:
            bench._search(index, q, typing)
        scorers[name] = index._bulk
    cpu: dict[str, dict[str, list[float]]] = {name: {} for name in versions}
    per: dict[tuple[str, str, bool], dict[str, list[float]]] = {}
    for r in range(args.repeat):
        order = list(versions) if r % 2 == 0 else list(reversed(versions))
        for cls, q, typing in log:
            for name in order:
                use(name)
                t = time.process_time()
                bench._search(index, q, typing)
                took = (time.process_time() - t) * 1000
                cpu[name].setdefault(cls, []).append(took)
                per.setdefault((cls, q, typing), {}).setdefault(name, []).append(took)
                scorers[name] = index._bulk
    for name, by_class in cpu.items():
        figures = {k: bench.summary(v) for k, v in by_class.items()}
        print(name, " ".join(f"{k}={v['median']}/{v['p95']}" for k, v in figures.items()))
    if args.per_query:
        for (cls, q, typing), by_name in per.items():
            figures = " ".join(f"{name}={bench.summary(v)['median']}" for name, v in by_name.items())
            print(f"  {cls} {q!r}{' typing' if typing else ''}: {figures}")
    print("load", [round(x, 1) for x in os.getloadavg()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
