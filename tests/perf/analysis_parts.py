"""CPU time per article of each part of an index build's analysis, in one process.

For each of the first N articles of the benchmark corpus (``tests/perf/gen.py``), in build
order, it times what ``SearchIndex._fields`` does: reading the file (``Corpus.article``), the
boilerplate split, the name recogniser, the quotes, the kept figures, the kept mentions and the
rest of the stored fields; each part once, as a build does (``_fields`` is given the figures and
mentions just timed). The total is the analysis a build process does per article, besides
whoosh's writer.

    python tests/perf/analysis_parts.py 1000 [--bench-dir DIR]

To compare two versions, alternate runs of each install's interpreter on the same machine and
take medians (the machine's speed varies by the hour): one run prints one line of figures.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

BENCH_DIR = Path("/work/bench10k/corpus-10000-v1")
PARTS = ("read", "split", "names", "quotes", "figures", "kept", "rest")


def measure(bench_dir: Path, n: int) -> dict[str, float]:
    """ms per article of each part, and their total."""
    from waic_reader.index.analysis.analyser import Analyser, Analysis
    from waic_reader.index.analysis.noise import split_noise
    from waic_reader.index.corpus.reader import Corpus
    from waic_reader.index.search.whoosh.engine import SearchIndex

    corpus = Corpus.scan(bench_dir)
    docs = sorted(corpus.docs)
    analyser = Analyser(corpus, Path(tempfile.mkdtemp()))
    recognizer = analyser.recognizer
    index = SimpleNamespace(analyse=analyser, corpus=corpus)
    for doc in docs[-20:]:  # imports and lazily built tables, outside the articles timed
        SearchIndex._fields(index, corpus.article(doc))
        corpus.forget(doc)
    analyser.invalidate()
    gc.collect()
    gc.freeze()  # as a build process does with what it inherits
    clock = time.process_time
    total = dict.fromkeys(PARTS, 0.0)
    for doc in docs[:n]:
        t0 = clock()
        article = corpus.article(doc)
        t1 = clock()
        a = Analysis(article, split_noise(article, analyser.overrides), marks=analyser.marks_keys())
        t2 = clock()
        a.mentions = recognizer.recognize(article, a.noise_spans())
        t3 = clock()
        a.quotes  # (computed on first use)
        t4 = clock()
        figures = a.kept_figures()
        t5 = clock()
        mentions = a.kept_mentions()
        t6 = clock()
        # _fields asks for these again: it is given the values just timed.
        a.kept_figures = lambda figures=figures: figures
        a.kept_mentions = lambda mentions=mentions: mentions
        analyser._cache[doc] = a
        SearchIndex._fields(index, article)
        t7 = clock()
        analyser.invalidate()
        corpus.forget(doc)
        for part, took in zip(PARTS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)):
            total[part] += took
    out = {part: took / n * 1000 for part, took in total.items()}
    out["total"] = sum(out.values())
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", type=int, help="articles (the first of the benchmark corpus)")
    p.add_argument("--bench-dir", type=Path, default=BENCH_DIR)
    args = p.parse_args()
    got = measure(args.bench_dir, args.n)
    print(" ".join(f"{part}={ms:.3f}" for part, ms in got.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
