"""The first ``who:``/``entity:`` search of a new process on an unchanged index, timed.

    python tests/perf/who_new_process.py CORPUS INDEX_DIR [--runs 7] [--query 'who:WAIC']

Issue 15 (round s40-q): a new process's first entity search built the gazetteer (~0.1 s of CPU)
to look the name up among its aliases; the aliases are now kept with the index's names view.
The index is brought up to date and one entity search run first (in a process of its own: the
names view worked out and kept, as the app leaves it), then each run is a new process that opens
the workspace (``ensure_index``, not timed) and times its first ``Workspace.search(query)`` as
CPU time (``time.process_time``) and wall time. Prints one JSON line per run (``cpu_ms``,
``wall_ms``, ``total``, ``gazetteer_built``: whether the process built the gazetteer) and one of
the medians and the load. Compare a branch and main with each installed (or each first on
``PYTHONPATH``), on index folders of their own (the names view's format may differ).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

_CHILD = """
import json, sys, time
from waic_reader.index.workspace import Workspace
corpus, index_dir, query = sys.argv[1:4]
ws = Workspace(corpus, index_dir)
ws.ensure_index()
cpu, wall = time.process_time(), time.perf_counter()
total = ws.search(query).total
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
from waic_reader.index.analysis.entities.gazetteer import Gazetteer
built = Gazetteer._default is not None
print(json.dumps({"cpu_ms": round(cpu * 1000, 1), "wall_ms": round(wall * 1000, 1), "total": total,
                  "gazetteer_built": built}))
"""


def run(corpus: Path, index_dir: Path, query: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus), str(index_dir), query],
        check=True,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    got: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--query", default="who:WAIC")
    args = parser.parse_args(argv)

    run(args.corpus, args.index_dir, args.query)  # indexed, the names view kept
    samples = []
    for _ in range(args.runs):
        got = run(args.corpus, args.index_dir, args.query)
        print(json.dumps(got))
        samples.append(got)
    print(
        json.dumps(
            {
                "query": args.query,
                "runs": args.runs,
                "cpu_ms_median": statistics.median(float(str(s["cpu_ms"])) for s in samples),
                "wall_ms_median": statistics.median(float(str(s["wall_ms"])) for s in samples),
                "gazetteer_built": sorted({bool(s["gazetteer_built"]) for s in samples}),
                "load": [round(x, 2) for x in os.getloadavg()],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
