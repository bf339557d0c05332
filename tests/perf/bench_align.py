"""Time align() on two synthetic ~1,000-word articles; prints the median of repeated runs.

Run: /work/venv/bin/python tests/perf/bench_align.py [runs]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from dataclasses import dataclass
from functools import cached_property

from waic_reader.index.analysis.align import align
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks
from waic_reader.index.corpus.blocks import words as count_words

VOCAB = (
    "premier minister conference organisation cooperation governance export chip model robot "
    "company investment startup regulation framework summit delegate partner market talent "
    "research security supply policy leader country industry product exhibition speaker"
).split()
NAMES = "Shanghai Beijing Huawei Alibaba Tesla Hinton Schmidt Nvidia Li Ma Reuters WAIC".split()
GLUE = "the a of in and to with for on at by from as".split()


@dataclass
class Doc:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def sentence(rng: random.Random) -> str:
    n = rng.randint(14, 28)
    ws = [rng.choice(VOCAB if rng.random() < 0.5 else NAMES if rng.random() < 0.3 else GLUE) for _ in range(n)]
    if rng.random() < 0.3:
        ws.insert(rng.randrange(n), f"{rng.randint(2, 900):,}")
    return " ".join(ws).capitalize() + "."


def article(rng: random.Random, doc: str, target: int = 1000) -> Doc:
    paras, total = [], 0
    while total < target:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        paras.append(para)
        total += len(count_words(para))
    return Doc(doc, "\n\n".join(paras))


def main(runs: int = 50) -> None:
    rng = random.Random(7)
    a, b = article(rng, "a"), article(rng, "b")
    _ = a.sentences, b.sentences  # sentence splitting belongs to the corpus, not to align()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = align(a, b)
        times.append((time.perf_counter() - t0) * 1000)
    print(
        f"align: {len(count_words(a.text))} + {len(count_words(b.text))} words, "
        f"{len(a.sentences)} x {len(b.sentences)} sentences, {len(result.pairs)} pairs; "
        f"median {statistics.median(times):.2f} ms, min {min(times):.2f} ms over {runs} runs"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
