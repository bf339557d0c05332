"""Score quote recognition and speaker attribution against the labelled set.

    python tests/quotes_eval.py [--set tuned|unseen|both] [--verbose] [--json]

The labelled set is tests/fixtures/quotes/{tuned,unseen}/: synthetic news articles with every
quote's span, kind and speaker marked in gold.yaml (conventions in tuned/gold.yaml's header).
The tuned half was used while developing the recogniser; the unseen half was written and
annotated at the same time, before any quote code, and is kept for measuring.

Figures per half:

* **span F1** — a predicted quote matches a gold quote when their spans overlap by at least half
  of their union (both trimmed of quote marks, spaces and .,;:), one-to-one, best overlap first;
  precision = matched / predicted, recall = matched / gold. ``exact`` counts identical trimmed
  spans only.
* **attribution accuracy** — of the matched gold quotes, the share whose predicted speaker is
  the gold speaker (names compared case-insensitively; one name may be the other's last words,
  "Robert Lyle" / "Trustee Robert Lyle"). ``end-to-end`` divides by every gold quote instead
  (a missed quote counts as wrongly attributed).
* **kind accuracy** — of the matched gold quotes, the share with the gold kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.analysis.quotes import find_quotes
from waic_reader.index.corpus.reader import Corpus

ROOT = Path(__file__).resolve().parent / "fixtures" / "quotes"
SETS = ("tuned", "unseen")
TRIM = " \t\n\"'“”‘’.,;:"


@dataclass
class Gold:
    doc: str
    start: int
    end: int
    kind: str
    speaker: str | None
    text: str


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def load_gold(folder: Path, corpus: Corpus) -> list[Gold]:
    data = yaml.safe_load((folder / "gold.yaml").read_text("utf-8"))
    out = []
    for doc, items in data["articles"].items():
        text = corpus.article(doc).text
        for item in items:
            start = text.find(item["text"])
            if start < 0 or text.count(item["text"]) != 1:
                raise ValueError(f"{doc}: gold text not found exactly once: {item['text'][:60]!r}")
            s, e = _trim(text, start, start + len(item["text"]))
            out.append(Gold(doc, s, e, item["kind"], item.get("speaker"), item["text"]))
    return out


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = gold.casefold().split(), predicted.casefold().split()
    return g == p or g[-len(p) :] == p or p[-len(g) :] == g


def evaluate(name: str) -> dict[str, Any]:
    folder = ROOT / name
    corpus = Corpus.scan(folder)
    analyser = Analyser(corpus, data_dir=folder / ".no-marks")
    gold = load_gold(folder, corpus)
    predicted: list[tuple[str, int, int, Any]] = []
    for doc in corpus.docs:
        analysis = analyser.doc(doc)
        text = analysis.article.text
        for q in find_quotes(analysis.article, analysis.mentions, analysis.noise_spans()):
            s, e = _trim(text, q.start, q.end)
            predicted.append((doc, s, e, q))
    candidates = []
    for gi, g in enumerate(gold):
        for pi, (doc, s, e, _q) in enumerate(predicted):
            if doc != g.doc:
                continue
            inter = min(e, g.end) - max(s, g.start)
            union = max(e, g.end) - min(s, g.start)
            if inter > 0 and inter / union >= 0.5:
                candidates.append((inter / union, gi, pi))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _score, gi, pi in sorted(candidates, reverse=True):
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    exact = sum(1 for gi, pi in matched.items() if (gold[gi].start, gold[gi].end) == predicted[pi][1:3])
    right = [gi for gi, pi in matched.items() if same_speaker(gold[gi].speaker, _name(predicted[pi][3]))]
    kinds = [gi for gi, pi in matched.items() if gold[gi].kind == predicted[pi][3].kind]
    p = len(matched) / len(predicted) if predicted else 0.0
    r = len(matched) / len(gold) if gold else 0.0
    ep, er = (exact / len(predicted) if predicted else 0.0), (exact / len(gold) if gold else 0.0)
    report: dict[str, Any] = {
        "set": name,
        "articles": len(corpus.docs),
        "gold": len(gold),
        "predicted": len(predicted),
        "matched": len(matched),
        "span": {"precision": p, "recall": r, "f1": _f1(p, r), "exact_f1": _f1(ep, er)},
        "attribution_accuracy": len(right) / len(matched) if matched else 0.0,
        "attribution_end_to_end": len(right) / len(gold) if gold else 0.0,
        "kind_accuracy": len(kinds) / len(matched) if matched else 0.0,
        "errors": [],
    }
    for gi, g in enumerate(gold):
        pi = matched.get(gi)
        if pi is None:
            report["errors"].append({"doc": g.doc, "error": "missed", "gold": g.text[:80], "speaker": g.speaker})
            continue
        q = predicted[pi][3]
        if gi not in right or gi not in kinds:
            report["errors"].append(
                {
                    "doc": g.doc,
                    "error": "speaker" if gi not in right else "kind",
                    "gold": g.text[:80],
                    "speaker": g.speaker,
                    "predicted_speaker": _name(q),
                    "kind": g.kind,
                    "predicted_kind": q.kind,
                }
            )
    for pi, (doc, _s, _e, q) in enumerate(predicted):
        if pi not in used:
            report["errors"].append({"doc": doc, "error": "spurious", "predicted": q.text[:80], "speaker": _name(q)})
    return report


def _name(q: Any) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=(*SETS, "both"), default="both")
    ap.add_argument("--verbose", action="store_true", help="list every miss, wrong speaker and spurious quote")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    reports = [evaluate(s) for s in (SETS if args.set == "both" else (args.set,))]
    if args.json:
        json.dump(reports, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    for rep in reports:
        span = rep["span"]
        print(
            f"{rep['set']:<7} {rep['articles']} articles, {rep['gold']} gold quotes, {rep['predicted']} predicted: "
            f"span P {span['precision']:.2f} R {span['recall']:.2f} F1 {span['f1']:.2f} (exact F1 {span['exact_f1']:.2f}); "
            f"attribution {rep['attribution_accuracy']:.2f} (end-to-end {rep['attribution_end_to_end']:.2f}); "
            f"kind {rep['kind_accuracy']:.2f}"
        )
        if args.verbose:
            for err in rep["errors"]:
                print("   ", json.dumps(err, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
