"""A follow or subscribe prompt's words around a name are no part of it: "Follow HealthWatch
Review on X", "Subscribe to Harbour Radio on Instagram" name "HealthWatch Review" and "Harbour
Radio" (t13ak N10: an ORG "Follow HealthWatch Review on X" named the outlet's entity).

The networks are the one list the boilerplate rules read (``corpus.page_links.SHARE_PLATFORMS``)."""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.corpus.page_links import SHARE_PLATFORMS

# The prompt's verb opening a name's span (capitalised: it opens the line or the sentence).
_LEAD = re.compile(r"(?:Follow|Subscribe to|Subscribe)\s+")
# The network the prompt sends the reader to, closing the span ("on X", "on Facebook").
_TAIL = re.compile(
    rf"\s+on\s+(?:{'|'.join(sorted((re.escape(p) for p in SHARE_PLATFORMS), key=len, reverse=True))})$",
    re.IGNORECASE,
)


def prompt_trimmed(text: str, cands: list[tuple[int, int, str, str, int]]) -> list[tuple[int, int, str, str, int]]:
    """``cands`` (start, end, label, key, priority; offsets into ``text``) with a follow or
    subscribe prompt's words cut off each name's span: a leading "Follow" / "Subscribe (to)" and a
    closing "on <network>". A span so cut is keyed by what is left where its key named the span as
    written (a known name's key, "ORG:NBC" of "NBC News", is kept); a span left with no capitalised
    word names nothing and is dropped. Linear in the candidates."""
    out: list[tuple[int, int, str, str, int]] = []
    for s, e, label, key, prio in cands:
        span = text[s:e]
        if " " not in span:
            out.append((s, e, label, key, prio))
            continue
        a, b = s, e
        if (lead := _LEAD.match(span)) is not None:
            a = s + lead.end()
        if (tail := _TAIL.search(text, a, e)) is not None:
            b = tail.start()
        if (a, b) == (s, e):
            out.append((s, e, label, key, prio))
            continue
        left = text[a:b]
        if not any(w[:1].isupper() for w in left.split()):
            continue
        if key == entity_key(label, " ".join(span.split())):
            key = entity_key(label, " ".join(left.split()))
        out.append((a, b, label, key, prio))
    return out
