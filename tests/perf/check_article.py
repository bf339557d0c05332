"""How long opening an article edited on disk waits for the corpus to take the edit in
(``Workspace.check_article``), on a large corpus: the median of N edits of one file.

    python tests/perf/check_article.py [--size 20000] [--repeat 5] [--workdir DIR]

The corpus is the benchmark's (tests/perf/gen.py), made once under DIR; the file is appended to
(a copy of the corpus is not made: the edits stay, which changes nothing for the next run)."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gen import ensure_corpus

from waic_reader.index.workspace import Workspace


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--size", type=int, default=20000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "waic-bench")
    args = p.parse_args()
    corpus = ensure_corpus(args.workdir, args.size)
    ws = Workspace(corpus, args.workdir / "ix-check-article")
    doc = ws.docs[len(ws.docs) // 2]
    path = ws.corpus.entries[doc].path
    times = []
    for i in range(args.repeat):
        with path.open("a", encoding="utf-8") as f:
            f.write(f"\nOne more line {i}.\n")
        start = time.perf_counter()
        changed = ws.check_article(doc)
        times.append(time.perf_counter() - start)
        assert doc in changed, changed
    print(
        f"{len(ws.docs)} articles; check_article after an edit: median {statistics.median(times) * 1000:.1f} ms, "
        f"min {min(times) * 1000:.1f} ms over {args.repeat}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
