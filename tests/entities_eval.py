"""Score the entity recogniser against the gold annotation of the seeds.

Run: python tests/entities_eval.py  (exact span + label match; per label and micro overall)
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from waic_reader.index import yamlio
from waic_reader.index.analysis.entities.recogniser import LABELS, Recognizer
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.paths import bundled_seeds

GOLD = Path(__file__).resolve().parent / "gold" / "entities.yaml"

Span = tuple[str, int, int, str]  # (doc, start, end, label)


def load_gold(path: Path = GOLD) -> dict[str, list[dict[str, object]]]:
    return yamlio.load_file(path)["docs"]


def evaluate(recognizer: Recognizer | None = None) -> tuple[dict[str, tuple[int, int, int]], float]:
    """Per-label (true positives, predicted, gold) counts and ms per article."""
    rec = recognizer or Recognizer(use_user=False)
    corpus = Corpus.scan(bundled_seeds())
    gold: set[Span] = set()
    for doc, items in load_gold().items():
        gold.update((doc, int(i["start"]), int(i["end"]), str(i["label"])) for i in items)
    pred: set[Span] = set()
    articles = corpus.articles()
    t0 = time.perf_counter()
    for article in articles:
        pred.update((article.doc, m.start, m.end, m.label) for m in rec.recognize(article))
    ms = (time.perf_counter() - t0) * 1000 / max(1, len(articles))
    tp = Counter(s[3] for s in pred & gold)
    np_ = Counter(s[3] for s in pred)
    ng = Counter(s[3] for s in gold)
    return {label: (tp[label], np_[label], ng[label]) for label in LABELS}, ms


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def micro(counts: dict[str, tuple[int, int, int]]) -> tuple[float, float, float]:
    return prf(*(sum(c[k] for c in counts.values()) for k in range(3)))


def main() -> int:
    counts, ms = evaluate()
    print(f"{'label':<10}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for label, (tp, npred, ngold) in counts.items():
        if npred or ngold:
            p, r, f = prf(tp, npred, ngold)
            print(f"{label:<10}{ngold:>6}{npred:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    p, r, f = micro(counts)
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    print(f"{'micro':<10}{total[2]:>6}{total[1]:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    print(f"{ms:.2f} ms/article (incl. first-call block/sentence splitting)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
