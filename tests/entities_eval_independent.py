"""Score the entity recogniser against the INDEPENDENT gold annotations.

Two gold sets, both annotated blind to the recogniser (see the header comments of each file):

* ``seeds``   - tests/gold/entities_independent.yaml, the five bundled seed articles;
* ``heldout`` - tests/gold/heldout/gold.yaml, six synthetic newswire articles in tests/gold/heldout/;
* ``heldout2`` - tests/gold/heldout2/gold.yaml, five further synthetic articles on other topics,
  written before the rules were tuned on ``heldout`` and never used for tuning.

Run::

    python tests/entities_eval_independent.py [--set seeds|heldout|heldout2|both|all] [--scope all|body|both]
                                              [--errors N]

Per label and micro overall it prints precision / recall / F1 for

* exact:   predicted (start, end, label) equals a gold (start, end, label);
* lenient: predicted span overlaps a gold span with the same label (one-to-one greedy matching,
  so one long prediction cannot match two gold mentions).

``--scope all`` (default) scores every mention, boilerplate included, since the recogniser tags
boilerplate too; ``--scope body`` drops gold mentions marked ``noise: true`` and predictions the
recogniser flagged ``noise`` (from ``split_noise(article).noise_spans()``). ``--errors N`` lists up to
N false positives and misses per set, classified as label / boundary / spurious / missed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from waic_reader.index import yamlio
from waic_reader.index.analysis.entities.recogniser import LABELS, Recognizer
from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.paths import bundled_seeds

HERE = Path(__file__).resolve().parent
SETS: dict[str, tuple[Path, Path]] = {  # name -> (gold file, corpus folder)
    "seeds": (HERE / "gold" / "entities_independent.yaml", bundled_seeds()),
    "heldout": (HERE / "gold" / "heldout" / "gold.yaml", HERE / "gold" / "heldout"),
    "heldout2": (HERE / "gold" / "heldout2" / "gold.yaml", HERE / "gold" / "heldout2"),
}


@dataclass(frozen=True)
class Span:
    doc: str
    start: int
    end: int
    label: str
    text: str
    noise: bool = False

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (self.doc, self.start, self.end, self.label)

    def overlaps(self, other: Span) -> bool:
        return self.doc == other.doc and self.start < other.end and other.start < self.end


Counts = dict[str, list[int]]  # label -> [tp, predicted, gold]


@dataclass
class Result:
    name: str
    gold: list[Span]
    pred: list[Span]
    texts: dict[str, str]

    def scoped(self, scope: str) -> tuple[list[Span], list[Span]]:
        if scope == "body":
            return [g for g in self.gold if not g.noise], [p for p in self.pred if not p.noise]
        return self.gold, self.pred


def load_gold(path: Path, corpus: Corpus) -> list[Span]:
    docs = yamlio.load_file(path)["docs"]
    out: list[Span] = []
    for doc, items in docs.items():
        text = corpus.article(doc).text
        for i in items or []:
            s = Span(doc, int(i["start"]), int(i["end"]), str(i["label"]), str(i["text"]), bool(i.get("noise", False)))
            if text[s.start : s.end] != s.text:
                raise ValueError(
                    f"{path}: {doc} offsets {s.start}:{s.end} give {text[s.start : s.end]!r}, not {s.text!r}"
                )
            if s.label not in LABELS:
                raise ValueError(f"{path}: {doc} unknown label {s.label!r}")
            out.append(s)
    return out


def run(name: str, recognizer: Recognizer | None = None) -> Result:
    gold_path, root = SETS[name]
    corpus = Corpus.scan(root)
    gold = load_gold(gold_path, corpus)
    rec = recognizer or Recognizer(use_user=False)
    pred: list[Span] = []
    texts: dict[str, str] = {}
    gold_docs = {g.doc for g in gold} | set(yamlio.load_file(gold_path)["docs"])
    for doc in corpus.docs:
        if doc not in gold_docs:
            continue
        article = corpus.article(doc)
        texts[doc] = article.text
        spans = split_noise(article).noise_spans()
        for m in rec.recognize(article, spans):
            pred.append(Span(doc, m.start, m.end, m.label, m.text, bool(m.noise)))
    return Result(name, gold, pred, texts)


def _empty() -> Counts:
    return {label: [0, 0, 0] for label in LABELS}


def exact_counts(gold: list[Span], pred: list[Span]) -> Counts:
    c = _empty()
    gkeys = {g.key for g in gold}
    for p in pred:
        c[p.label][1] += 1
        if p.key in gkeys:
            c[p.label][0] += 1
    for g in gold:
        c[g.label][2] += 1
    return c


def lenient_match(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one greedy matching of overlapping same-label spans (exact matches first)."""
    pairs: list[tuple[Span, Span]] = []
    used_g: set[Span] = set()
    used_p: set[Span] = set()
    gset = {g.key: g for g in gold}
    for p in pred:
        g = gset.get(p.key)
        if g is not None and g not in used_g:
            pairs.append((g, p))
            used_g.add(g)
            used_p.add(p)
    by_doc: dict[tuple[str, str], list[Span]] = {}
    for g in gold:
        by_doc.setdefault((g.doc, g.label), []).append(g)
    for p in sorted(pred, key=lambda s: (s.doc, s.start)):
        if p in used_p:
            continue
        for g in sorted(by_doc.get((p.doc, p.label), []), key=lambda s: s.start):
            if g not in used_g and g.overlaps(p):
                pairs.append((g, p))
                used_g.add(g)
                used_p.add(p)
                break
    return pairs


def lenient_counts(gold: list[Span], pred: list[Span]) -> Counts:
    c = _empty()
    for g, _ in lenient_match(gold, pred):
        c[g.label][0] += 1
    for p in pred:
        c[p.label][1] += 1
    for g in gold:
        c[g.label][2] += 1
    return c


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def micro(counts: Counts) -> tuple[float, float, float]:
    return prf(*(sum(v[k] for v in counts.values()) for k in range(3)))


def table(counts: Counts, title: str) -> str:
    lines = [title, f"  {'label':<10}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for label in LABELS:
        tp, npred, ngold = counts[label]
        if npred or ngold:
            p, r, f = prf(tp, npred, ngold)
            lines.append(f"  {label:<10}{ngold:>6}{npred:>6}{tp:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    tot = [sum(v[k] for v in counts.values()) for k in range(3)]
    p, r, f = micro(counts)
    lines.append(f"  {'micro':<10}{tot[2]:>6}{tot[1]:>6}{tot[0]:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    return "\n".join(lines)


def classify_errors(
    gold: list[Span], pred: list[Span]
) -> tuple[list[tuple[str, Span, Span | None]], list[tuple[str, Span, Span | None]]]:
    """False positives and misses (exact scoring), each with a kind and the closest other-side span."""
    gkeys = {g.key for g in gold}
    pkeys = {p.key for p in pred}
    fps, fns = [], []
    for p in pred:
        if p.key in gkeys:
            continue
        over = [g for g in gold if g.overlaps(p)]
        same = [g for g in over if (g.start, g.end) == (p.start, p.end)]
        if same:
            fps.append(("label", p, same[0]))
        elif any(g.label == p.label for g in over):
            fps.append(("boundary", p, next(g for g in over if g.label == p.label)))
        elif over:
            fps.append(("boundary+label", p, over[0]))
        else:
            fps.append(("spurious", p, None))
    for g in gold:
        if g.key in pkeys:
            continue
        over = [p for p in pred if p.overlaps(g)]
        same = [p for p in over if (p.start, p.end) == (g.start, g.end)]
        if same:
            fns.append(("label", g, same[0]))
        elif any(p.label == g.label for p in over):
            fns.append(("boundary", g, next(p for p in over if p.label == g.label)))
        elif over:
            fns.append(("boundary+label", g, over[0]))
        else:
            fns.append(("missed", g, None))
    return fps, fns


def _fmt(s: Span | None) -> str:
    return "-" if s is None else f"{s.text!r}/{s.label}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--set",
        choices=("seeds", "heldout", "heldout2", "both", "all"),
        default="both",
        help="both = seeds + heldout; all = seeds + heldout + heldout2",
    )
    ap.add_argument("--scope", choices=("all", "body", "both"), default="all")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N FPs and N misses per set")
    args = ap.parse_args(argv)
    names = {"both": ["seeds", "heldout"], "all": ["seeds", "heldout", "heldout2"]}.get(args.set, [args.set])
    scopes = ["all", "body"] if args.scope == "both" else [args.scope]
    rec = Recognizer(use_user=False)
    for name in names:
        res = run(name, rec)
        for scope in scopes:
            gold, pred = res.scoped(scope)
            print(f"=== {name} ({len(res.texts)} docs, scope={scope}) ===")
            print(table(exact_counts(gold, pred), "exact span + label"))
            print(table(lenient_counts(gold, pred), "lenient (overlap + same label)"))
            print()
        if args.errors:
            gold, pred = res.scoped(scopes[0])
            fps, fns = classify_errors(gold, pred)
            print(f"--- {name}: false positives by kind {dict(Counter(k for k, _, _ in fps))}")
            for kind, p, g in fps[: args.errors]:
                print(f"  FP {kind:<15} {p.doc[:12]:<12} pred {_fmt(p):<45} gold {_fmt(g)}")
            print(f"--- {name}: misses by kind {dict(Counter(k for k, _, _ in fns))}")
            for kind, g, p in fns[: args.errors]:
                print(f"  FN {kind:<15} {g.doc[:12]:<12} gold {_fmt(g):<45} pred {_fmt(p)}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
