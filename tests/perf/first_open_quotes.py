"""The first ``Workspace.quotes(open_built=True)`` (the Quotes screen's and ``quotes``' first
open) and the first ``Workspace.entities()`` (the entities × outlets matrix, ``E``) of a new
process on a current index (issue 13, round s33-f).

    python tests/perf/first_open_quotes.py CORPUS [--index DIR] [--runs N] [--limit N] [--what quotes,entities]

``CORPUS`` is indexed first into ``--index`` (default: a new temporary folder; ``--limit N``
copies the first N articles of ``CORPUS``, by file name, into a temporary corpus). Then each of
``--what`` is timed ``--runs`` times (default 5), each in a process of its own: the Workspace is
made and the call timed (its imports included, the Workspace's construction not). Prints one JSON
line: {"articles": n, "quotes": {"cpu_ms": median, "wall_ms": median, "cpu": [...], "wall": [...]}, …}
(``cpu``: the process's CPU time over the call, all threads; on a shared machine the wall time
includes waiting for a core).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _child(corpus: Path, index_dir: Path, what: str) -> dict[str, float]:
    from waic_reader.index.workspace import Workspace

    ws = Workspace(corpus, index_dir)
    c0, w0 = time.process_time(), time.perf_counter()
    if what == "quotes":
        ws.quotes(open_built=True)
    else:
        ws._open_built_index()  # the TUI opens the index before the matrix: as the Quotes call does
        ws.entities()
    return {"cpu": (time.process_time() - c0) * 1000, "wall": (time.perf_counter() - w0) * 1000}


def _limited(corpus: Path, n: int) -> Path:
    out = Path(tempfile.mkdtemp(prefix="waic-first-open-"))
    files = sorted(p for p in corpus.iterdir() if p.is_file() and p.name != "corpus.yaml")[:n]
    for p in files:
        shutil.copy2(p, out / p.name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--what", default="quotes,entities")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.corpus, args.index, args.child)))
        return 0
    corpus = _limited(args.corpus, args.limit) if args.limit else args.corpus
    index_dir = args.index or Path(tempfile.mkdtemp(prefix="waic-first-open-ix-"))
    from waic_reader.index.workspace import Workspace

    ws = Workspace(corpus, index_dir)
    ws.ensure_index()
    out: dict[str, Any] = {"articles": len(ws.corpus.docs)}
    for what in args.what.split(","):
        cpu: list[float] = []
        wall: list[float] = []
        for _ in range(args.runs):
            cmd = [sys.executable, __file__, str(corpus), "--index", str(index_dir), "--child", what]
            got = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
            cpu.append(round(got["cpu"], 1))
            wall.append(round(got["wall"], 1))
        out[what] = {"cpu_ms": statistics.median(cpu), "wall_ms": statistics.median(wall), "cpu": cpu, "wall": wall}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
