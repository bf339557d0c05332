"""Hyphenated words typed letter by letter, each key timed, and its total beside the submitted
prefix's.

    python tests/perf/typed_hyphen_keys.py CORPUS INDEX_DIR [--words the-government,in-depth]

Issue 15 (round s40-q): a typed hyphenated word must find what its submitted prefix finds
(``the-gove`` = ``the-gove*``). Each key from the second letter of the last part on is searched as
the search screen searches it (``SearchIndex.search(text, limit=20, typing=True)``), cold (the
parsed queries and expansions forgotten first: a new key meets a new prefix), timed as this
process's CPU time; then the same text submitted with ``*`` (``limit=None``) for its total.
Prints per word the CPU median and max (ms) and the first keys' (typed, submitted) totals.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

WORDS = "the-government,in-depth,government-control,state-of-the-art"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--words", default=WORDS)
    args = parser.parse_args(argv)

    from waic_reader.index.workspace import Workspace

    ws = Workspace(args.corpus, args.index_dir)
    ws.ensure_index()
    index = ws.index
    index.search("council", limit=20)  # the first touches of the term files
    for word in args.words.split(","):
        keys = [word[:i] for i in range(word.index("-") + 3, len(word) + 1)]
        cpu: list[float] = []
        totals: list[tuple[int, int]] = []
        for key in keys:
            index.forget_queries()
            start = time.process_time()
            typed = index.search(key, limit=20, typing=True).total
            cpu.append((time.process_time() - start) * 1000)
            totals.append((typed, index.search(key + "*", limit=None).total))
        print(
            f"{word:20} keys={len(keys)} cpu median={statistics.median(cpu):.0f} max={max(cpu):.0f} ms"
            f"  typed/submitted totals={totals[:4]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
