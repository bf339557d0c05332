"""What a biword (word-pair) field would cost and give phrases, measured on a generated corpus.

    python tests/perf/biword_cost.py CORPUS_DIR WORKDIR [--limit N] [--phrases '"people said"' ...]

Issue 15 (phrases over 150 ms p95 at 100k): a phrase's candidates (articles with every word) are
checked at their positions, which at 100k means thousands of documents for ``"people said"``.
A field indexing each pair of adjacent tokens as one term (``people\\x02said``) would give a
two-word phrase's articles from one posting list, and a longer phrase's candidates from the
intersection of its pairs. This script measures its cost before any schema change: every
``.txt`` article of ``CORPUS_DIR`` (its whole text, boilerplate included: an approximation of the
``content`` field) is analysed by the index's own :func:`~.analyzer.positions_of`, and two whoosh
indexes are written into ``WORKDIR``: the words with positions (``indexed_text``, as the app's
``content``) and the pairs (a ``KEYWORD`` field, frequency format). Printed: distinct terms and
postings of each, build CPU seconds and bytes on disk of each, and per phrase the CPU ms
(``time.process_time``, median of 9) of reading the pair term's document numbers (the phrase's
articles, exact for two words) against its words' postings whole. Written in session 24 (s24-e).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

from whoosh import fields
from whoosh import index as windex

from waic_reader.index.search.whoosh.analyzer import indexed_text, positions_of

PAIR = "\x02"


def pairs_of(text: str) -> tuple[dict[str, list[int]], list[str]]:
    """(the indexed forms and their positions, the adjacent pairs of the first form at each
    position) of ``text``."""
    poses = positions_of(text)
    at: dict[int, str] = {}
    for term, ps in poses.items():
        for p in ps:
            at.setdefault(p, term)
    n = max(at) + 1 if at else 0
    return poses, [at[p] + PAIR + at[p + 1] for p in range(n - 1) if p in at and p + 1 in at]


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("workdir", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="articles read (0: all)")
    ap.add_argument("--phrases", nargs="*", default=['"people said"', '"Eric Schmidt"', '"the government"'])
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    texts = [f.read_text("utf-8", errors="replace") for f in files]
    t = time.process_time()
    pair_docs = [" ".join(sorted(set(pairs_of(x)[1]))) for x in texts]
    print(f"{len(texts)} articles; pairs found in {time.process_time() - t:.1f} s CPU")
    from whoosh.analysis import SpaceSeparatedTokenizer

    schemas = {
        "words": fields.Schema(content=indexed_text()),
        "pairs": fields.Schema(pairs=fields.KEYWORD(analyzer=SpaceSeparatedTokenizer())),
    }
    for name, schema in schemas.items():
        d = args.workdir / f"biword-{name}"
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        ix = windex.create_in(str(d), schema)
        t = time.process_time()
        w = ix.writer(limitmb=512)
        for x, p in zip(texts, pair_docs):
            w.add_document(**({"content": x} if name == "words" else {"pairs": p}))
        w.commit()
        cpu = time.process_time() - t
        with ix.searcher() as s:
            field = "content" if name == "words" else "pairs"
            r = s.reader()
            terms = sum(1 for _ in r.lexicon(field))
            postings = sum(r.doc_frequency(field, tt) for tt in r.lexicon(field))
        print(f"{name}: {terms:,} terms, {postings:,} postings, build {cpu:.1f} s CPU, {_size(d) / 1e6:.1f} MB")
    words_ix = windex.open_dir(str(args.workdir / "biword-words"))
    pairs_ix = windex.open_dir(str(args.workdir / "biword-pairs"))
    with words_ix.searcher() as ws, pairs_ix.searcher() as ps:
        for q in args.phrases:
            ordered = sorted(positions_of(q.strip('"')).items(), key=lambda kv: kv[1][0])
            toks = [k for k, _v in ordered]
            key = PAIR.join(toks[:2]).encode("utf-8")
            tw, tp = [], []
            for _ in range(9):
                t = time.process_time()
                got_w = [set(ws.reader().postings("content", w.encode("utf-8")).all_ids()) for w in toks]
                tw.append((time.process_time() - t) * 1000)
                t = time.process_time()
                got_p = set(ps.reader().postings("pairs", key).all_ids()) if ("pairs", key) in ps.reader() else set()
                tp.append((time.process_time() - t) * 1000)
            cand = set.intersection(*got_w) if got_w else set()
            print(
                f"{q}: {len(cand):,} candidates (words' postings {statistics.median(tw):.1f} ms CPU), "
                f"{len(got_p):,} articles with the first pair ({statistics.median(tp):.2f} ms CPU)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
