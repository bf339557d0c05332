"""Sets of character spans of an article's text, and the one test "is this offset inside?".

An article's boilerplate is a set of disjoint spans (its noise blocks); the reader, search
snippets, the entity recogniser and the views all ask whether an offset, or a whole span, lies
in it. They ask :class:`SpanSet` (binary search over the sorted starts).
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections.abc import Iterable

Span = tuple[int, int]


def spans_digest(spans: Iterable[Span]) -> str:
    """16 hex digits naming a set of spans (order-free): what a kept analysis records of the
    boilerplate it was made with, so a changed split (a user's mark) is told apart."""
    return hashlib.sha256(json.dumps(sorted((int(s), int(e)) for s, e in spans)).encode()).hexdigest()[:16]


class SpanSet:
    """Disjoint ``(start, end)`` character spans (end exclusive), sorted on construction."""

    __slots__ = ("_starts", "spans")

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans: list[Span] = sorted((int(s), int(e)) for s, e in spans)
        self._starts = [s for s, _ in self.spans]

    def _last_starting_by(self, offset: int) -> Span | None:
        i = bisect_right(self._starts, offset) - 1
        return self.spans[i] if i >= 0 else None

    def contains(self, offset: int) -> bool:
        """True if the character at ``offset`` lies in one of the spans."""
        span = self._last_starting_by(offset)
        return span is not None and offset < span[1]

    __contains__ = contains

    def covers(self, start: int, end: int) -> bool:
        """True if ``start:end`` lies wholly inside one span."""
        span = self._last_starting_by(start)
        return span is not None and end <= span[1]

    def __len__(self) -> int:
        return len(self.spans)

    def __bool__(self) -> bool:
        return bool(self.spans)
