"""What the timeline needs of each article, kept on disk so a second timeline reads no article.

Building the timeline (:mod:`waic_reader.index.analysis.timeline`) from scratch means reading
and analysing every article (boilerplate split + entity recogniser, ~13 ms an article: 4.5
minutes at 20,000). It needs only, per article: its date, outlet and title as read, its
boilerplate spans (the figures kept in ``figures.json`` are checked against them) and the first
mention of each entity outside boilerplate, and what the corpus grouping of names reads of it
(:func:`~waic_reader.index.analysis.kept_mentions.kept_names`: the subjects are the entity list's
entities, a name another article types included). Those are kept in ``timeline.json`` in the index
folder, one entry per doc id, valid while

* the file's size and modification time are unchanged (an edited file misses),
* its ``corpus.yaml`` fields' stamp is unchanged (an edited title, outlet or date misses),
* the analysis version is the same (``version``: a changed rule makes every entry miss),
* the user's noise marks that could apply to this article are the same (``marks``: a digest of
  the marks made under its doc id or on its very text, :class:`MarksKeys`; a mark can move its
  mentions in or out of the boilerplate). A mark on another article changes no other entry.

A missing, unreadable or foreign file is an empty cache (everything is read again and the file
rewritten); the file is replaced atomically and private to the user, through the index folder's
one writer (:func:`~waic_reader.index.corpus.listing.write_private_json`).

The search index keeps the same per article while it indexes it (:func:`encode_kept`, a stored
field beside its date, title and boilerplate spans), under the same rules
(:func:`kept_from_index`): the first timeline after a build reads no article either.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.kept_entries import KeptEntries
from waic_reader.index.analysis.overrides import doc_name
from waic_reader.index.analysis.timeline import NUMERIC_TYPES

if TYPE_CHECKING:
    from waic_reader.index.analysis.analyser import Analysis
    from waic_reader.index.search.model import StoredDoc

FILE_NAME = "timeline.json"
FORMAT = 5  # the layout of an entry below (2: each entry keyed by its own marks; 3: its kept names;
# 4: its live-blog entries, t13z H21; 5: the first mention of each way a key is written, t13al N11)


@dataclass(frozen=True, slots=True)
class KeptArticle:
    """An article as the timeline sees it (the fields of ``timeline._ArticleLike``)."""

    doc: str
    date: str | None  # as read (a year-less ``--MM-DD`` is resolved by the timeline)
    outlet: str | None
    title: str


@dataclass(frozen=True, slots=True)
class KeptMention:
    """The first mention of one entity in an article's own text (offsets into its text)."""

    start: int
    end: int
    text: str
    key: str  # "LABEL:Canonical Name"
    noise: bool = False  # always False: only mentions outside boilerplate are kept


@dataclass(frozen=True, slots=True)
class Kept:
    article: KeptArticle
    noise_spans: list[tuple[int, int]]
    mentions: list[KeptMention]
    sha: str = ""  # the text's hash it was analysed from (``overrides.text_key``)
    # What the corpus grouping of names reads of it (``kept_mentions.kept_names``): the timeline
    # groups its subjects across the corpus as the entity list does, names other articles type
    # in its text included ("said Hegge" is Lars Hegge), without reading it again.
    names: str = ""
    # A live blog's entries (where each starts, "HH:MM": ``facts.extract.live_entries``), by
    # which the timeline dates the names written in them (t13z H21).
    entries: list[tuple[int, str]] = field(default_factory=list)


def first_mentions(
    mentions: Iterable[Any], entries: Sequence[tuple[int, str]] = (), date: str | None = None
) -> list[KeptMention]:
    """The mentions the timeline uses (``build_timeline``): per entity key and way of writing it
    the first one, by offset, outside boilerplate, and in a live blog (``entries``:
    ``facts.extract.live_entries``) also its first in time, when that is another (a blog written
    newest first names it first at its bottom, t13z H21; text outside entries at the article's
    own ``date``'s time, ``timeline.written_at``); numeric types (dates, amounts) left out. Each
    way of writing a key is kept, as the grouping reads them: "DNB" in "De Nederlandsche Bank
    (DNB)" defines the short form another article writes alone, which the timeline otherwise
    listed as a subject of its own (t13al N11)."""
    from waic_reader.index.analysis.timeline import written_at

    firsts: dict[tuple[str, str], list[Any]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.noise or m.key.partition(":")[0] in NUMERIC_TYPES:
            continue
        held = firsts.setdefault((m.key, m.text), [])
        if not held:
            held.append(m)
        elif entries and (written_at(entries, m.start, date), m.start) < (
            written_at(entries, held[-1].start, date),
            held[-1].start,
        ):
            held[1:] = [m]  # earlier in time than the first by offset (and any found before)
    out = [KeptMention(m.start, m.end, m.text, m.key) for held in firsts.values() for m in held]
    return sorted(out, key=lambda m: m.start)


def version_of(analysis_version: str) -> str:
    """The cache version: the entry layout and the analysis version."""
    return f"{FORMAT}-{analysis_version}"


@cache
def kept_version() -> str:
    """:func:`version_of` the analysis version of this code (read once: the index encodes an
    entry per article)."""
    from waic_reader.index.analysis.versions import analysis_version

    return version_of(analysis_version())


class MarksKeys:
    """The key of the user's marks that could apply to one article, without reading it.

    An article's marks are those of the entry made on its very text or, in its corpus, under its
    doc id (:meth:`~waic_reader.index.analysis.overrides.Entry.belongs_to`), or of a file of its
    name elsewhere (``Entry.copied_to``), so the digest of the entries with its text hash or its
    file name changes whenever its marks do, and a mark on
    another article leaves it as it was. ``entries``: the marks file's entries (objects with
    ``doc``, ``sha`` and ``to_json()``), indexed once for many lookups.
    """

    def __init__(self, entries: Iterable[Any]) -> None:
        self._by_doc: dict[str, list[Any]] = {}
        self._by_sha: dict[str, list[Any]] = {}
        for e in entries:
            # By file name: a file moved into another folder and edited takes the marks of the
            # one it was (Entry.copied_to; issue 13 F5), under another doc id.
            self._by_doc.setdefault(doc_name(e.doc), []).append(e)
            if e.sha:
                self._by_sha.setdefault(e.sha, []).append(e)

    def __call__(self, doc: str, sha: str) -> str:
        """ "" when no mark could apply (the usual case), else a digest of those that could."""
        found = {id(e): e for e in (*self._by_doc.get(doc_name(doc), ()), *self._by_sha.get(sha, ()))}
        if not found:
            return ""
        marks = sorted(json.dumps(e.to_json(), sort_keys=True) for e in found.values())
        return hashlib.sha256("\n".join(marks).encode()).hexdigest()[:16]


def _str_or_none(x: Any) -> bool:
    return x is None or isinstance(x, str)


def _decode(doc: str, e: dict[str, Any]) -> Kept:
    date, outlet, title = e["article"]
    if not (_str_or_none(date) and _str_or_none(outlet) and isinstance(title, str)):
        raise ValueError("a kept article field of the wrong type")
    noise = [(int(s), int(t)) for s, t in e["noise"]]
    mentions = []
    for start, end, text, key in e["mentions"]:
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str) and isinstance(key, str)):
            raise ValueError("a kept mention field of the wrong type")
        mentions.append(KeptMention(start, end, text, key))
    sha, names = e.get("sha", ""), e.get("names")
    if not isinstance(names, str):
        raise ValueError("no kept names")  # kept before names were: read again
    entries = [(int(at), str(clock)) for at, clock in e["entries"]]
    article = KeptArticle(doc, date, outlet, title)
    return Kept(article, noise, mentions, sha if isinstance(sha, str) else "", names, entries)


def encode_kept(
    mentions: Sequence[KeptMention],
    outlet: str | None,
    sha: str,
    marks: str,
    entries: Sequence[tuple[int, str]] = (),
) -> str:
    """What the timeline needs of an article besides what the search index stores anyway (its
    date, title, boilerplate spans, file stamps and ``corpus.yaml`` stamp), as the index keeps
    it in a stored field written while the article is indexed: its first mentions
    (:func:`first_mentions`), its outlet as read (the index's ``outlet`` field holds "" for
    none), its text's hash and the key of the marks it was analysed with (:class:`MarksKeys`),
    its live-blog ``entries`` (start, "HH:MM"), with the cache version. Compact JSON, as the
    figures beside it."""
    return json.dumps(
        {
            "version": kept_version(),
            "sha": sha,
            "marks": marks,
            "outlet": outlet,
            "mentions": [[m.start, m.end, m.text, m.key] for m in mentions],
            "entries": [[at, clock] for at, clock in entries],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


# The head :func:`encode_kept` writes (json.dumps keeps the dict's order and the separators given):
# read without decoding the mentions after it, ~1 µs an article where json.loads took ~30.
_KEPT_HEAD = re.compile(r'\{"version":"[^"\\]*","sha":"([0-9a-f]*)","marks":"([0-9a-f]*)"')


def kept_marks(timeline: str | None) -> tuple[str, str] | None:
    """(text hash, marks key) of an article as the index analysed it, from its stored
    :func:`encode_kept` value; None when there is none or it cannot be read (then the index
    cannot tell whether the marks moved, and leaves the article be)."""
    if not timeline:
        return None
    head = _KEPT_HEAD.match(timeline)
    if head is not None:
        return head.group(1), head.group(2)
    try:
        data = json.loads(timeline)
        sha, marks = data["sha"], data["marks"]
    except (KeyError, TypeError, ValueError, RecursionError):
        return None
    return (sha, marks) if isinstance(sha, str) and isinstance(marks, str) else None


def kept_from_index(
    doc: str,
    stored: StoredDoc | None,
    size: int,
    mtime_ns: int,
    stamp: str,
    version: str,
    marks: MarksKeys | None = None,
) -> Kept | None:
    """What the search index kept for this very file (``size``, ``mtime_ns``), ``corpus.yaml``
    stamp and marks, under the rules of :meth:`TimelineCache.get` (``version``: the cache
    version now, ``marks``: the marks now, None: no marks at all), or None (then read the
    article). ``stored``: the index's row of ``doc``, when the index is open."""
    held = _current(doc, stored, size, mtime_ns, stamp, version, marks)
    if held is None or stored is None:
        return None
    data, sha = held
    try:
        entry = {
            "sha": sha,
            "article": [stored.date, data["outlet"], stored.title],
            "noise": stored.noise_spans,
            "mentions": data["mentions"],
            "names": stored.names,
            "entries": data["entries"],
        }
        return _decode(doc, entry)
    except (KeyError, TypeError, ValueError, RecursionError):
        return None  # damaged: read again


def kept_noise_from_index(
    doc: str,
    stored: StoredDoc | None,
    size: int,
    mtime_ns: int,
    stamp: str,
    version: str,
    marks: MarksKeys | None = None,
) -> tuple[list[tuple[int, int]], str] | None:
    """The boilerplate spans the search index kept for this very file, ``corpus.yaml`` stamp and
    marks (the checks of :func:`kept_from_index`) and the hash of the text they were found in
    (``overrides.text_key``), or None (then split the article again)."""
    held = _current(doc, stored, size, mtime_ns, stamp, version, marks)
    if held is None or stored is None or stored.noise_spans is None:
        return None
    try:
        spans = [(a, b) for a, b in stored.noise_spans]
    except (TypeError, ValueError):
        return None  # damaged: split again
    if not all(type(a) is int and type(b) is int for a, b in spans):
        return None
    return spans, held[1]


def _current(
    doc: str,
    stored: StoredDoc | None,
    size: int,
    mtime_ns: int,
    stamp: str,
    version: str,
    marks: MarksKeys | None,
) -> tuple[dict[str, Any], str] | None:
    """The index's timeline entry of ``doc`` and its text hash when what the index kept of it
    holds for the file as it is (size, mtime, ``corpus.yaml`` stamp), the analysis ``version``
    and the marks now; else None."""
    if (
        stored is None
        or stored.timeline is None
        or stored.names is None
        or stored.noise_spans is None
        or (stored.size, stored.mtime_ns, stored.meta) != (size, mtime_ns, stamp)
    ):
        return None
    try:
        data = json.loads(stored.timeline)
        if not isinstance(data, dict) or data.get("version") != version:
            return None  # analysed by other rules
        sha = data["sha"]
        if not isinstance(sha, str) or data["marks"] != (marks(doc, sha) if marks is not None else ""):
            return None  # a mark on this article came, went or changed since it was indexed
    except (KeyError, TypeError, ValueError, RecursionError):
        return None  # damaged: read again
    return data, sha


class TimelineCache(KeptEntries):
    """Kept articles per doc id for one index folder: :meth:`get`, :meth:`put`, then :meth:`save`."""

    def __init__(self, folder: Path, version: str) -> None:
        super().__init__(folder / FILE_NAME, version)

    def get(self, doc: str, size: int, mtime_ns: int, stamp: str, marks: MarksKeys | None = None) -> Kept | None:
        """What was kept for this very file, metadata and marks (``marks``: the marks now; None:
        no marks at all), or None (then read the article)."""
        e = self.entries.get(doc)
        if not isinstance(e, dict) or (e.get("size"), e.get("mtime_ns"), e.get("meta")) != (size, mtime_ns, stamp):
            return None
        sha = e.get("sha")
        if not isinstance(sha, str) or e.get("marks") != (marks(doc, sha) if marks is not None else ""):
            return None  # a mark on this article came, went or changed since
        try:
            return _decode(doc, e)
        except (KeyError, TypeError, ValueError, RecursionError):
            return None  # a damaged entry: read again

    def put(
        self,
        doc: str,
        size: int,
        mtime_ns: int,
        stamp: str,
        article: KeptArticle,
        noise_spans: Sequence[tuple[int, int]],
        mentions: Sequence[KeptMention],
        sha: str = "",
        marks: str = "",
        names: str = "",
        entries: Sequence[tuple[int, str]] = (),
        gazetteer: str | None = None,
    ) -> None:
        """Keep an article's entry: ``sha`` is its text's hash (``overrides.text_key``),
        ``marks`` the key of its marks when it was analysed (:class:`MarksKeys`) and ``names``
        what the corpus grouping of names reads of it (``kept_mentions.kept_names``, JSON),
        ``entries`` its live-blog entries (start, "HH:MM"), ``gazetteer`` the stamp of the
        gazetteer files its mentions were recognised with (``kept_mentions.gazetteer_stamp``;
        None: not known, as stale as any other)."""
        self.entries[doc] = {
            "gazetteer": gazetteer,
            "size": size,
            "mtime_ns": mtime_ns,
            "meta": stamp,
            "sha": sha,
            "marks": marks,
            "article": [article.date, article.outlet, article.title],
            "noise": [[s, e] for s, e in noise_spans],
            "mentions": [[m.start, m.end, m.text, m.key] for m in mentions],
            "names": names,
            "entries": [[at, clock] for at, clock in entries],
        }
        self.changed = True

    def forget_names_stale(self, now: str, stale: Callable[[Mapping[str, str | None]], set[str]]) -> None:
        """Drop the entries whose mentions an edit of the user's gazetteer can change: of those
        kept under gazetteer files other than ``now``'s stamp (doc id → stamp, None for an entry
        that names none), the docs ``stale`` says (``SearchEngine.names_stale``: those writing a
        word of an entry the edit adds, removes or changes). The others' mentions are still
        right. An entry is keyed by its file, not the gazetteer: without this, the timeline kept
        the names of a gazetteer entry the user had since removed, for good."""
        held = {d: e.get("gazetteer") for d, e in self.entries.items() if e.get("gazetteer") != now}
        if not held:
            return
        for doc in stale({d: g if isinstance(g, str) else None for d, g in held.items()}):
            if self.entries.pop(doc, None) is not None:
                self.changed = True


def keep_analysed(
    kept: TimelineCache, size: int, mtime_ns: int, stamp: str, analysis: Analysis, marks: MarksKeys
) -> Kept:
    """Keep in ``kept`` what the timeline (and the fact sheet, for its sources and boilerplate)
    needs of an article just read and analysed (``analysis``) for its file as it is (``size``,
    ``mtime_ns``, ``corpus.yaml`` ``stamp``) and the user's ``marks`` now, and return it: the one
    way an analysed article's entry is made, so the timeline and the fact sheet each leave the
    other nothing to read again."""
    from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
    from waic_reader.index.analysis.overrides import text_key

    article = analysis.article
    got_article = KeptArticle(article.doc, article.date, article.outlet, article.title)
    noise = analysis.noise_spans()
    timed = analysis.live_entries
    found = first_mentions(analysis.mentions, timed, article.date)
    sha, names = text_key(article.text), analysis.kept_names()
    gazetteer = gazetteer_stamp()
    kept.put(
        article.doc, size, mtime_ns, stamp, got_article, noise, found, sha, marks(article.doc, sha), names, timed,
        gazetteer,
    )  # fmt: skip
    return Kept(got_article, noise, found, sha, names, timed)
