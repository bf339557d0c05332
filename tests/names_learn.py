"""Train the learned second look at names (``index/analysis/entities/learned.py``, issue #16).

    python tests/names_learn.py --write          # train on the tuning halves, write the weights file
    python tests/names_learn.py --loo            # leave-one-half-out over the tuning halves
    python tests/names_learn.py --check          # exit 1 when the weights file is not this script's
                                                 # output for the current data and code

It runs the rules (the recogniser without its model) over the names set's tuning halves
(``TRAIN``: tuned, heldout … heldout9; never heldout10 or later, the unseen halves). The finder
learns from each run ``learned.candidates`` offers (the rules left it out): N when the gold marks
a name with exactly that span, else O; the typer from every gold name, with its features in its
article (the rules' names around it). Each is an averaged perceptron (``EPOCHS`` passes in the
halves' order, no randomness); the weights are rounded, small ones left out, and written with
sorted keys, so the file is the same for the same data. ``MARGIN`` and ``TYPE_MARGIN`` were
chosen by ``--loo`` on the tuning halves alone. The file records ``digest``: a SHA-256 of this
script, ``learned.py`` and every example (features and answer), so ``--check`` (and
``tests/analysis/test_learned_names.py``) tells whether it is up to date without training.

``--loo [M:T ...]`` trains on all tuning halves but one and scores the one left out (typed and
span F1 by exact span, the rules alone and with the model at margins M and TYPE_MARGIN T).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_eval import ROOT, parse

from waic_reader.index.analysis.entities import learned
from waic_reader.index.analysis.entities.learned import (
    FIND,
    TYPES,
    WEIGHTS_FILE,
    Context,
    Model,
    article_features,
    features,
)
from waic_reader.index.analysis.entities.recogniser import NAME_LABELS, Recognizer
from waic_reader.index.corpus.reader import Corpus

TRAIN = (
    "tuned",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
)
EPOCHS = 8
MARGIN = 0.0
TYPE_MARGIN = 5.0  # (0 added more names, most of them mistyped: typed F1 fell on 5 of 8 halves, --loo)
DIGITS = 2
PRUNE = 0.1  # smaller averaged weights are left out of the file

Example = tuple[list[str], str]  # features, answer
Weights = dict[str, dict[str, float]]


class _Recorder:
    """Stands in for the model inside the recogniser: keeps what it is shown, changes nothing."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, list[tuple[int, int, str, str]], list[int], list[tuple[int, int, bool]]]] = []

    def revise(self, text, chosen, starts, heads=()):  # type: ignore[no-untyped-def]
        self.seen.append((text, list(chosen), sorted(starts), list(heads)))
        return chosen


@dataclass
class Article:
    doc: str
    gold: dict[tuple[int, int], str]  # (start, end) → label
    names: set[tuple[int, int, str]]  # the rules' names
    cands: list[tuple[int, int, list[str]]]  # the runs the model looks at, with their features
    ctx: Context


def collect(half: str, rec: Recognizer) -> list[Article]:
    """The rules' names and the model's candidates of each article of ``half``."""
    recorder = _Recorder()
    rec.learned = recorder  # type: ignore[assignment]
    out: list[Article] = []
    with tempfile.TemporaryDirectory() as tmp:
        golds: dict[str, dict[tuple[int, int], str]] = {}
        for path in sorted((ROOT / half).glob("*.md")):
            if path.stem.upper() == "README":
                continue
            text, spans = parse(path.read_text(encoding="utf-8"))
            (Path(tmp) / f"{path.stem}.txt").write_text(text, encoding="utf-8")
            golds[path.stem] = {(s, e): label for s, e, label in spans}
        for a in sorted(Corpus.scan(Path(tmp)).articles(), key=lambda a: a.doc):
            recorder.seen.clear()
            rec.recognize(a)
            text, chosen, starts, heads = recorder.seen[0]
            names = {(s, e, label) for s, e, label, _ in chosen if label in NAME_LABELS}
            cands = article_features(text, chosen, starts, heads)
            out.append(Article(a.doc, golds[a.doc], names, cands, Context(text, chosen, starts)))
    return out


def examples(arts: list[Article]) -> tuple[list[Example], list[Example]]:
    """The finder's examples (each run: N when it is a gold name, else O) and the typer's (each
    gold name with its features in its article)."""
    find = [(f, "N" if (s, e) in a.gold else "O") for a in arts for s, e, f in a.cands]
    type_ = [(features(a.ctx, s, e), label) for a in arts for (s, e), label in sorted(a.gold.items())]
    return find, type_


def train(data: list[Example], classes: tuple[str, ...], epochs: int = EPOCHS) -> Weights:
    """An averaged perceptron over ``data`` in its order; ties go to the first class."""
    w: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    total: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    stamp: dict[tuple[str, str], int] = {}
    t = 0

    def update(f: str, c: str, v: float) -> None:
        k = (f, c)
        total[f][c] += (t - stamp.get(k, 0)) * w[f][c]
        stamp[k] = t
        w[f][c] += v

    for _ in range(epochs):
        for feats, answer in data:
            t += 1
            sc = dict.fromkeys(classes, 0.0)
            for f in feats:
                row = w.get(f)
                if row:
                    for c, v in row.items():
                        sc[c] += v
            guess = max(classes, key=lambda c: sc[c])
            if guess != answer:
                for f in feats:
                    update(f, answer, 1.0)
                    update(f, guess, -1.0)
    out: Weights = {}
    for f, row in w.items():
        kept = {}
        for c, v in row.items():
            r = round((total[f][c] + (t - stamp.get((f, c), 0)) * v) / t, DIGITS)
            if abs(r) >= PRUNE:
                kept[c] = r
        if kept:
            out[f] = dict(sorted(kept.items()))
    return dict(sorted(out.items()))


def fit(arts: list[Article]) -> tuple[Weights, Weights]:
    find, type_ = examples(arts)
    return train(find, FIND), train(type_, TYPES)


def predict(arts: list[Article], model: Model | None) -> dict[str, set[tuple[int, int, str]]]:
    """Each article's names: the rules' and, given a model, those it adds."""
    out: dict[str, set[tuple[int, int, str]]] = {}
    for a in arts:
        names = set(a.names)
        for s, e, f in a.cands if model is not None else ():
            label = model.label(f)  # type: ignore[union-attr]
            if label is not None and not model.vetoed(a.ctx, s, e, label):  # type: ignore[union-attr]
                names.add((s, e, label))
        out[a.doc] = names
    return out


def f1(arts: list[Article], pred: dict[str, set[tuple[int, int, str]]]) -> tuple[float, float]:
    """Typed and span F1 by exact span."""
    gold = {(a.doc, s, e, label) for a in arts for (s, e), label in a.gold.items()}
    got = {(doc, s, e, label) for doc, names in pred.items() for s, e, label in names}

    def score(g: set[tuple[object, ...]], p: set[tuple[object, ...]]) -> float:
        return 2 * len(g & p) / (len(g) + len(p)) if g or p else 0.0

    return score(set(gold), set(got)), score({x[:3] for x in gold}, {x[:3] for x in got})


def digest(data: tuple[list[Example], list[Example]]) -> str:
    h = hashlib.sha256()
    h.update(Path(__file__).read_bytes())
    h.update(Path(learned.__file__).read_bytes())
    h.update(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    return h.hexdigest()


def training_data() -> tuple[list[Example], list[Example]]:
    rec = Recognizer(use_user=False)
    return examples([a for h in TRAIN for a in collect(h, rec)])


def recorded_digest() -> str | None:
    if not WEIGHTS_FILE.exists():
        return None
    found: str | None = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")).get("digest")
    return found


def main(argv: list[str]) -> int:
    if "--loo" in argv:
        rec = Recognizer(use_user=False)
        halves = {h: collect(h, rec) for h in TRAIN}
        margins = [tuple(float(y) for y in x.split(":")) for x in argv[argv.index("--loo") + 1 :]]
        margins = margins or [(MARGIN, TYPE_MARGIN)]
        print(
            f"{'left out':<10}{'names':>6}{'rules typed':>12}{'span':>7}"
            + "".join(f"{f'm={m[0]:g}:{m[1]:g}':>16}" for m in margins)
        )
        for h in TRAIN:
            find, type_ = fit([a for k in TRAIN if k != h for a in halves[k]])
            arts = halves[h]
            base = f1(arts, predict(arts, None))
            row = f"{h:<10}{sum(len(a.gold) for a in arts):>6}{base[0]:>12.3f}{base[1]:>7.3f}"
            for m in margins:
                typed, span = f1(arts, predict(arts, Model(find, type_, m[0], m[1])))
                row += f"{typed:>9.3f} {span:.3f}"
            print(row)
        return 0
    data = training_data()
    d = digest(data)
    if "--check" in argv:
        recorded = recorded_digest()
        print("up to date" if recorded == d else f"stale: recorded {recorded}, data and code {d}")
        return 0 if recorded == d else 1
    if "--write" in argv:
        find, type_ = train(data[0], FIND), train(data[1], TYPES)
        doc = {
            "digest": d,
            "margin": MARGIN,
            "type_margin": TYPE_MARGIN,
            "trained_on": list(TRAIN),
            "epochs": EPOCHS,
            "find": find,
            "type": type_,
        }
        text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        WEIGHTS_FILE.write_text(text, encoding="utf-8")
        print(f"{WEIGHTS_FILE}: {len(find)} + {len(type_)} features from {len(data[0])} + {len(data[1])} examples")
        print(f"digest {d}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
