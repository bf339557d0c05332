"""What a sentence alignment of two articles is (:func:`.align.align`): its sentences' spans,
its pairs with the words shared and differing, its rows side by side, and their JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Spans = list[tuple[int, int]]

DEFAULT_THRESHOLD = 0.30  # cosine for a confident pair (calibrated on the seeds; see tests)
GAP_FACTOR = 0.6  # between backbone pairs, order vouches for weaker matches


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Pair:
    """Two sentences reporting the same thing. Word spans are absolute offsets in each article."""

    a: Span
    b: Span
    score: float
    a_shared: Spans = field(default_factory=list)
    a_diff: Spans = field(default_factory=list)
    b_shared: Spans = field(default_factory=list)
    b_diff: Spans = field(default_factory=list)
    moved: bool = False  # crosses the order the two articles otherwise share
    extra: bool = False  # second partner of a sentence that is split in the other article

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "score": round(self.score, 4),
            "moved": self.moved,
            "extra": self.extra,
            "words": {
                "a_shared": _pairs(self.a_shared),
                "a_diff": _pairs(self.a_diff),
                "b_shared": _pairs(self.b_shared),
                "b_diff": _pairs(self.b_diff),
            },
        }


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a side-by-side view: a pair, or a sentence present on one side only.

    For an ``extra`` pair only the split-off sentence is on the row (the other side already sits
    on its primary pair's row, which comes right before or after).
    """

    a: Span | None
    b: Span | None
    pair: Pair | None


@dataclass(slots=True)
class Alignment:
    a_doc: str
    b_doc: str
    pairs: list[Pair]
    only_a: list[Span]
    only_b: list[Span]
    threshold: float = DEFAULT_THRESHOLD
    _rows: list[Row] = field(default_factory=list, repr=False)

    def rows(self) -> list[Row]:
        return list(self._rows)

    @property
    def floor(self) -> float:
        """The lowest similarity (0 to 1) at which a pair is kept when its place between two pairs
        at ``threshold`` or more, or a figure both sentences report, vouches for it (a split half
        too, when its partner says most of it); two sentences quoting the same words pair at
        any score."""
        return self.threshold * GAP_FACTOR

    def vouched(self, pair: Pair) -> bool:
        """Whether ``pair`` is kept below ``threshold``: its order, a shared figure or quotation
        vouches for it (see :attr:`floor`). The export marks it so, so that no pair contradicts
        the threshold it states (t13ai N14)."""
        return pair.score < self.threshold

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a_doc,
            "b": self.b_doc,
            "pairs": [p.to_json() for p in self.pairs],
            "only_a": [s.to_json() for s in self.only_a],
            "only_b": [s.to_json() for s in self.only_b],
            "threshold": self.threshold,
            "summary": {
                "pairs": len(self.pairs),
                "only_a": len(self.only_a),
                "only_b": len(self.only_b),
                "moved": sum(p.moved for p in self.pairs),
                "extra": sum(p.extra for p in self.pairs),
            },
        }


def _pairs(spans: Spans) -> list[list[int]]:
    return [[s, e] for s, e in spans]


def rows(alignment: Alignment) -> list[Row]:
    return alignment.rows()
