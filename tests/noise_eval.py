"""Block-level evaluation of the noise detector on the labelled fixtures and the seed expectations.

Run:  python tests/noise_eval.py [-v] [--dir DIR]

``--dir DIR`` scores only the labelled articles in DIR (same ``name.txt`` + ``name.labels.yaml``
layout as tests/fixtures/noise), without the seeds: e.g. ``--dir tests/fixtures/noise_heldout``.

Every block of every article is either content or one noise kind. A predicted noise block is a
true positive only if the gold label is noise of the same kind ("strict"); the "any kind" row
counts noise vs content regardless of kind. ``-v`` lists each disagreement.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from waic_reader.index.analysis.noise import NOISE_KINDS, split_noise
from waic_reader.index.corpus.blocks import Block, ends_like_sentence, words
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.index.paths import bundled_seeds

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "noise"
CONTENT = "content"


@dataclass
class Case:
    name: str
    article: Article
    gold: list[str]  # per block: "content" or a noise kind


def fixture_gold(article: Article, labels_path: Path) -> list[str]:
    """Gold kinds from ``name.labels.yaml``: exact block text (all copies) or a unique substring."""
    data = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
    gold = [CONTENT] * len(article.blocks)
    for item in data.get("noise") or []:
        text, kind = item["text"], item["kind"]
        if kind not in NOISE_KINDS:
            raise ValueError(f"{labels_path.name}: unknown kind {kind!r}")
        exact = [i for i, b in enumerate(article.blocks) if b.text.strip() == text]
        hits = exact or [i for i, b in enumerate(article.blocks) if text in b.text]
        if not hits:
            raise ValueError(f"{labels_path.name}: no block matches {text!r}")
        if not exact and len(hits) > 1:
            raise ValueError(f"{labels_path.name}: {text!r} matches {len(hits)} blocks; make it unique")
        for i in hits:
            gold[i] = kind
    return gold


def fixture_cases(root: Path = FIXTURES, prefix: str = "fixture") -> list[Case]:
    corpus = Corpus.scan(root)
    cases = []
    for doc in corpus.docs:
        article = corpus.article(doc)
        labels = root / f"{doc}.labels.yaml"
        if not labels.exists():
            raise FileNotFoundError(f"fixture {article.path.name} has no {labels.name}")
        cases.append(Case(f"{prefix}/{doc}", article, fixture_gold(article, labels)))
    return cases


def _from_text(blocks: list[Block], start_text: str, kind: str) -> list[str]:
    """Everything from the block whose text is ``start_text`` to the end is ``kind``."""
    first = next(i for i, b in enumerate(blocks) if b.text.strip() == start_text)
    return [CONTENT if i < first else kind for i in range(len(blocks))]


def _after_last_prose(blocks: list[Block], kind: str) -> list[str]:
    """Everything after the last block that ends like a sentence is ``kind``."""
    last = max(i for i, b in enumerate(blocks) if ends_like_sentence(b.text) and len(words(b.text)) >= 12)
    return [CONTENT if i <= last else kind for i in range(len(blocks))]


def _exact(blocks: list[Block], labels: dict[str, str]) -> list[str]:
    return [labels.get(b.text.strip(), CONTENT) for b in blocks]


# The acceptance criteria for the seeds, expressed as gold labels per block.
SEED_GOLD: dict[str, Callable[[list[Block]], list[str]]] = {
    "000": lambda bs: _exact(bs, {"Powered by lumidawealth.com": "attribution"}),
    "001": lambda bs: _from_text(bs, "Go deeper", "related-topics"),
    "002": lambda bs: [CONTENT] * len(bs),
    "003": lambda bs: _after_last_prose(bs, "headline-list"),
    "004": lambda bs: _exact(bs, {"Reuters": "byline", "Tags": "tags"}),
}


def seed_cases() -> list[Case]:
    corpus = Corpus.scan(bundled_seeds())
    cases = []
    for prefix, gold in SEED_GOLD.items():
        article = corpus.article(corpus.resolve(prefix))
        cases.append(Case(f"seed/{article.doc}", article, gold(article.blocks)))
    return cases


def predicted(article: Article) -> list[str]:
    split = split_noise(article)
    kinds = {s.start: s.kind for s in split.noise}
    return [kinds.get(b.start, CONTENT) for b in article.blocks]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(cases: list[Case]) -> tuple[dict[str, Score], Score, Score, list[str]]:
    """Per-kind scores, strict overall (kind must match), any-kind overall, and disagreements."""
    per_kind: dict[str, Score] = {k: Score() for k in NOISE_KINDS}
    strict, loose = Score(), Score()
    errors: list[str] = []
    for case in cases:
        for block, gold, pred in zip(case.article.blocks, case.gold, predicted(case.article)):
            if gold == pred:
                if gold != CONTENT:
                    per_kind[gold].tp += 1
                    strict.tp += 1
                    loose.tp += 1
                continue
            errors.append(f"{case.name}: gold={gold} pred={pred}: {block.text[:70]!r}")
            if pred != CONTENT:
                per_kind[pred].fp += 1
                strict.fp += 1
            if gold != CONTENT:
                per_kind[gold].fn += 1
                strict.fn += 1
            if gold != CONTENT and pred != CONTENT:
                loose.tp += 1
            elif pred != CONTENT:
                loose.fp += 1
            else:
                loose.fn += 1
    return per_kind, strict, loose, errors


def report(title: str, cases: list[Case], verbose: bool) -> None:
    per_kind, strict, loose, errors = evaluate(cases)
    blocks = sum(len(c.gold) for c in cases)
    gold_noise = Counter(k for c in cases for k in c.gold if k != CONTENT)
    print(f"\n{title}: {len(cases)} articles, {blocks} blocks, {sum(gold_noise.values())} gold noise blocks")
    print(f"  {'kind':<16}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for kind, s in per_kind.items():
        if s.tp + s.fp + s.fn:
            print(f"  {kind:<16}{gold_noise[kind]:>6}{s.precision:>8.2f}{s.recall:>8.2f}{s.f1:>8.2f}")
    for name, s in (("overall (strict)", strict), ("overall (any kind)", loose)):
        print(f"  {name:<22}{s.precision:>8.2f}{s.recall:>8.2f}{s.f1:>8.2f}   tp={s.tp} fp={s.fp} fn={s.fn}")
    if verbose:
        for line in errors:
            print("   ", line)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    if "--dir" in argv:
        i = argv.index("--dir")
        if i + 1 >= len(argv):
            print("usage: noise_eval.py [-v] [--dir DIR]", file=sys.stderr)
            return 2
        root = Path(argv[i + 1]).resolve()
        report(str(root.name), fixture_cases(root, root.name), verbose)
        return 0
    fixtures, seeds = fixture_cases(), seed_cases()
    report("fixtures", fixtures, verbose)
    report("seeds", seeds, verbose)
    report("all", fixtures + seeds, False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
