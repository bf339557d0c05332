"""The candidates of an article compete: the non-overlapping ones kept, longest first
(``resolve_spans``); the kept ones as mentions, in boilerplate or not (``marked_mentions``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.words import Cand
from waic_reader.index.corpus.spans import SpanSet


def resolve_spans(cands: list[tuple[int, int, str, str, int]]) -> list[Cand]:
    """Non-overlapping subset, longest span first, then priority (gazetteer/names before numbers)."""
    cands.sort(key=lambda c: (c[0] - c[1], c[4], c[0]))
    starts: list[int] = []
    spans: list[tuple[int, int, str, str]] = []
    for s, e, label, key, _ in cands:
        k = bisect_left(starts, s)
        if (k < len(spans) and spans[k][0] < e) or (k and spans[k - 1][1] > s):
            continue
        starts.insert(k, s)
        spans.insert(k, (s, e, label, key))
    return spans


def marked_mentions(text: str, chosen: list[Cand], noise_spans: Sequence[tuple[int, int]]) -> list[Mention]:
    """The chosen candidates as mentions, each marked noise when boilerplate (``noise_spans``)
    covers it."""
    noise = SpanSet(noise_spans)
    return [Mention(s, e, text[s:e], label, key, noise.covers(s, e)) for s, e, label, key in chosen]
