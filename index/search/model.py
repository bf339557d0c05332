"""The engine-neutral search model: what any search backend returns (no backend types here).

Every span is a pair of character offsets ``(start, end)`` into an article's text as
``show --json`` gives it (``text``), or into a hit's ``snippet`` where it says so. The JSON
forms are the CLI's contract (``search --json``, ``index --json``): keep their keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from waic_reader.index.corpus.reader import Skipped, in_order

Span = tuple[int, int]
# Progress of a long job: (done, total).
Progress = Callable[[int, int], None]


@dataclass
class SyncReport:
    """What bringing an index in line with its corpus did (``waic-reader index --json``)."""

    index_dir: str
    indexed: int = 0  # documents in the index after the sync
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rebuilt: bool = False
    reason: str = ""  # why a rebuild happened (missing, damaged, other version, asked)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "index_dir": self.index_dir,
            "indexed": self.indexed,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "skipped": [s.to_json() for s in in_order(self.skipped)],
            "rebuilt": self.rebuilt,
            "reason": self.reason,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Hit:
    """One matching article: its score, where it matched, a snippet and every match."""

    doc: str
    title: str
    outlet: str | None
    score: float
    where: list[str]  # "content" and/or "noise" (boilerplate)
    snippet: str
    matches: list[Span]  # offsets into ``snippet``
    spans: list[Span]  # offsets into the article text: its matches outside the boilerplate (all, for a hit only there)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "title": self.title,
            "outlet": self.outlet,
            "score": round(self.score, 4),
            "in": self.where,
            "snippet": self.snippet,
            "matches": [list(m) for m in self.matches],
            "spans": [list(s) for s in self.spans],
        }


@dataclass
class Results:
    """A page of hits for one query, best first, and the count of every matching article."""

    query: str
    total: int
    hits: list[Hit]
    terms: list[str]  # the indexed words searched for (after folding and prefix expansion)
    elapsed_ms: float = 0.0
    # False when ``total`` is an estimate (a phrase whose matches fill the page: its positions are
    # checked only until the page is settled); said as JSON ``total_exact``, "about N" in the CLI
    # and on the search screen.
    total_exact: bool = True
    # The query as searched, when the syntax.read_syntax reading changed it (None: as typed),
    # what it set aside ("boost (^2)") and the Lucene operators it read ("&& read as AND"): said
    # in the JSON (``searched``, ``unsupported``), the CLI and the screen (:meth:`reading_note`).
    searched: str | None = None
    unsupported: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)

    def reading_note(self) -> str:
        """``boost (^2) is not supported: searched fire``, ``&& read as AND: searched a AND b``,
        or "" for a query searched as typed (:func:`.syntax.reading_note`)."""
        from waic_reader.index.search.syntax import Reading, reading_note

        searched = self.query if self.searched is None else self.searched
        return reading_note(Reading(searched, self.unsupported, self.read))

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "searched": self.query if self.searched is None else self.searched,
            "unsupported": self.unsupported,
            "total": self.total,
            "total_exact": self.total_exact,
            "hits": [h.to_json() for h in self.hits],
            "terms": self.terms,
            "elapsed_ms": round(self.elapsed_ms, 2),
        }


@dataclass(frozen=True)
class StoredDoc:
    """What the index keeps of an article for listing it without reading its file."""

    doc: str
    title: str
    outlet: str | None
    title_derived: bool
    outlet_derived: bool
    date: str | None
    words: int
    entities: int  # distinct entity names
    noise: int  # boilerplate blocks
    mtime_ns: int  # of the file as indexed
    size: int  # bytes of the file as indexed
    noise_spans: list[Span] | None = None  # the boilerplate as indexed (None: not stored)
    # The listing row as indexed (corpus.listing.listing_row; None: not stored)
    row: dict[str, Any] | None = None
    meta: str = ""  # the corpus.yaml fields' stamp as indexed (Corpus.meta_stamp)
    # The fact sheet's figures as indexed (analysis.figure_cache.encode_figures; None: not stored)
    figures: str | None = None
    # The timeline's first mentions, outlet, text hash and marks key as indexed
    # (analysis.timeline_cache.encode_kept; None: not stored)
    timeline: str | None = None
    # What the corpus grouping of names reads of it as indexed (analysis.kept_mentions.kept_names;
    # None: not stored): the timeline groups its subjects as the entity list does from these.
    names: str | None = None
    # The stamp of the gazetteer files its names were recognised with (analysis.kept_mentions.
    # gazetteer_stamp; None: not stored): its row's entity count is theirs.
    gazetteer: str | None = None
