"""The candidates of an article compete: the non-overlapping ones kept, longest first
(``resolve_spans``); the kept ones as mentions, in boilerplate or not (``marked_mentions``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

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


def boilerplate_short_forms(
    text: str, chosen: list[Cand], noise_spans: Sequence[tuple[int, int]], known: Callable[[str], str | None]
) -> list[Cand]:
    """``chosen`` less the short forms in the article's text of names it writes in full only in
    its boilerplate (``noise_spans``: (start, end) character offsets into ``text``).

    A short form is a mention of a name's key written as one or more of the name's words, not
    the whole name ("Lindmark" of "Lindmark Rovers", "Halloran" of "Maeve Halloran"), and no
    gazetteer name itself (``known``: its canonical form or None). A "Most watched" box's
    "Lindmark Rovers win again" said nothing of the headline's "Lindmark" (t13aa K20, round
    s36-e): the word is left for the other readings (the corpus's town of that name)."""
    noise = SpanSet(noise_spans)
    if not noise:
        return chosen
    in_text: set[str] = set()  # keys written in full in the article's text
    in_noise: set[str] = set()  # ... in its boilerplate
    for s, e, _, key in chosen:
        if " ".join(text[s:e].split()) == key.split(":", 1)[1]:
            (in_noise if noise.covers(s, e) else in_text).add(key)
    only = in_noise - in_text
    if not only:
        return chosen

    def claimed(s: int, e: int, key: str) -> bool:
        if key not in only or noise.covers(s, e):
            return False
        written = text[s:e].split()
        words = key.split(":", 1)[1].split()
        parts = any(words[i : i + len(written)] == written for i in range(len(words) - len(written) + 1))
        return parts and len(written) < len(words) and known(" ".join(written)) is None

    return [c for c in chosen if not claimed(c[0], c[1], c[3])]
