"""Digest of everything an index build derives from each article, to prove a speed-up changes
no result.

For every article of the chosen corpora it records: the article as read (title, outlet, date
and the rest of ``article_fields``, word count), the noise split (every segment: span, kind,
reason), the mentions (span, text, label, key, noise), and the fields the index stores and
indexes (``SearchIndex._fields``: entity and said terms, figures and timeline as kept, the
stored row) plus the search analyzer's output on title, content and noise (the postings
``positions_of`` gives and the terms with their spans ``terms_with_spans`` gives). Each part is
hashed per article, so a difference names the article and the part.

    python tests/perf/analysis_digest.py OUT.json            # write the digest
    python tests/perf/analysis_digest.py OUT.json --check REF.json   # and compare with REF

Corpora: the first ``--bench N`` (2,000) articles of the 10k benchmark corpus
(``--bench-dir``, made by ``tests/perf/gen.py``), ``seeds/``, every
``tests/fixtures/noise_pages/*/text`` folder and every folder of ``tests/gold`` holding
articles. No user marks. Exit status 1 when ``--check`` finds a difference.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = Path("/work/bench10k/corpus-10000-v1")


def _hash(value: object) -> str:
    data = json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


def corpora(bench_dir: Path, bench_n: int) -> list[tuple[str, Path, int | None]]:
    """(name, folder, how many of its docs: None for all)."""
    out: list[tuple[str, Path, int | None]] = []
    if bench_n and bench_dir.is_dir():
        out.append(("bench", bench_dir, bench_n))
    out.append(("seeds", ROOT / "seeds", None))
    for text in sorted((ROOT / "tests/fixtures/noise_pages").glob("*/text")):
        out.append((f"noise_pages/{text.parent.name}", text, None))
    gold = ROOT / "tests/gold"
    folders = sorted({p.parent for p in gold.rglob("*") if p.suffix in {".txt", ".md"} and p.name != "README.md"})
    for folder in folders:
        out.append((f"gold/{folder.relative_to(gold)}", folder, None))
    return out


def article_digest(
    index_fields: Callable[[Any], dict[str, Any]], corpus: Any, analyser: Any, doc: str
) -> dict[str, str]:
    from waic_reader.index.corpus.reader import article_fields
    from waic_reader.index.search.whoosh.analyzer import positions_of, terms_with_spans

    article = corpus.article(doc)
    a = analyser(article)
    fields = index_fields(article)
    # File times differ between copies of a corpus; the rest of the stored fields must not.
    for volatile in ("mtime_ns", "meta"):
        fields.pop(volatile, None)
    fields["mentions"] = hashlib.sha256(fields["mentions"]).hexdigest()
    # The kept figures carry a digest of the figure code's source (figure_cache.code_version),
    # which any edit of figures.py changes by design: the figures themselves must not change.
    figures = json.loads(fields["figures"])
    figures["version"] = "(the code's digest)"
    fields["figures"] = figures
    return {
        "article": _hash({**article_fields(article), "words": article.word_count, "text": article.text}),
        "noise": _hash([s.to_json() for s in a.split.segments()]),
        "mentions": _hash([[m.start, m.end, m.text, m.label, m.key, m.noise] for m in a.mentions]),
        "fields": _hash(fields),
        "postings": _hash([positions_of(fields[f]) for f in ("title", "content", "noise")]),
        "terms": _hash([list(terms_with_spans(fields[f])) for f in ("title", "content", "noise")]),
    }


def digest(bench_dir: Path, bench_n: int) -> dict[str, dict[str, dict[str, str]]]:
    from waic_reader.index.analysis.analyser import Analyser
    from waic_reader.index.corpus.reader import Corpus
    from waic_reader.index.search.whoosh.engine import SearchIndex

    out: dict[str, dict[str, dict[str, str]]] = {}
    for name, folder, limit in corpora(bench_dir, bench_n):
        corpus = Corpus.scan(folder)
        docs = sorted(corpus.docs)[:limit] if limit is not None else sorted(corpus.docs)
        with tempfile.TemporaryDirectory() as data:
            analyser = Analyser(corpus, Path(data))
            # What the index's build stores and indexes of an article, without an index.
            index = SimpleNamespace(analyse=analyser, corpus=corpus)

            def index_fields(article: Any, index: Any = index) -> dict[str, Any]:
                return SearchIndex._fields(index, article)

            out[name] = {doc: article_digest(index_fields, corpus, analyser, doc) for doc in docs}
    return out


def compare(got: dict[str, Any], ref: dict[str, Any]) -> list[str]:
    diffs: list[str] = []
    for name in sorted(set(got) | set(ref)):
        g, r = got.get(name, {}), ref.get(name, {})
        for doc in sorted(set(g) | set(r)):
            if g.get(doc) != r.get(doc):
                parts = sorted(
                    k
                    for k in set(g.get(doc, {})) | set(r.get(doc, {}))
                    if g.get(doc, {}).get(k) != r.get(doc, {}).get(k)
                )
                diffs.append(f"{name}/{doc}: {', '.join(parts) or 'missing'}")
    return diffs


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path)
    p.add_argument("--check", type=Path, help="a digest to compare with")
    p.add_argument("--bench", type=int, default=2000, help="articles of the benchmark corpus (0: none)")
    p.add_argument("--bench-dir", type=Path, default=BENCH_DIR)
    args = p.parse_args()
    t = time.perf_counter()
    got = digest(args.bench_dir, args.bench)
    args.out.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n")
    n = sum(len(v) for v in got.values())
    print(f"{n} articles digested in {time.perf_counter() - t:.0f} s -> {args.out}")
    if args.check is not None:
        diffs = compare(got, json.loads(args.check.read_text()))
        for d in diffs[:50]:
            print("DIFF", d)
        print(f"{len(diffs)} articles differ from {args.check}")
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
