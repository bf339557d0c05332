"""SpanSet: the one test of whether an offset (or a span) lies in an article's boilerplate."""

from __future__ import annotations

import random

from waic_reader.index.corpus.spans import SpanSet


def test_contains_and_covers_at_the_edges() -> None:
    spans = SpanSet([(30, 40), (0, 10)])  # unsorted on purpose
    assert spans.spans == [(0, 10), (30, 40)]
    assert 0 in spans and spans.contains(9) and not spans.contains(10)
    assert not spans.contains(29) and spans.contains(30) and not spans.contains(40)
    assert spans.covers(30, 40) and spans.covers(31, 35) and not spans.covers(25, 35)
    assert not spans.covers(9, 31) and not spans.covers(-5, 2)
    assert not SpanSet([]) and not SpanSet([]).contains(0) and not SpanSet([]).covers(0, 0)


def test_agrees_with_a_linear_scan_on_random_spans() -> None:
    rng = random.Random(12)
    for _ in range(200):
        cuts = sorted(rng.sample(range(500), 2 * rng.randint(0, 8)))
        pairs = list(zip(cuts[::2], cuts[1::2]))
        spans = SpanSet(pairs)
        for _ in range(50):
            a = rng.randrange(-5, 505)
            b = a + rng.randrange(0, 40)
            assert spans.contains(a) == any(s <= a < e for s, e in pairs)
            assert spans.covers(a, b) == any(s <= a and b <= e for s, e in pairs)
