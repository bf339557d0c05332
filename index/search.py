"""The on-disk whoosh index of a corpus: build, incremental sync, and search.

Layout of an index folder (in the user's cache, never in the corpus)::

    <index_dir>/CURRENT        name of the live generation folder (replaced atomically)
    <index_dir>/gen-<n>/       a whoosh index + ``waic-index.json`` (schema/analysis versions)

A rebuild writes a new generation and only then points ``CURRENT`` at it, so an interrupted
build leaves the previous index usable. Incremental updates commit in place (whoosh commits are
atomic). One searcher is kept per process and refreshed after writes.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import json
import os
import re
import shutil
import threading
import time
from itertools import accumulate as _accumulate
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from whoosh import index as windex
from whoosh import query as wquery
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from . import query as uq
from .errors import IndexBusy
from .analyzer import ANALYZER, TOKEN_RE, index_form
from .corpus import Article, Corpus, CorpusError, Skipped, decode
from .text import normalize_newlines, one_line

SCHEMA_VERSION = 2  # 2: noise_spans stored (snippets without re-analysis)
META_NAME = "waic-index.json"




class Analysed(Protocol):
    """What the index needs from an article's analysis (see :mod:`waic_reader.index.analysis`)."""

    def content_text(self) -> str: ...
    def noise_text(self) -> str: ...
    def noise_count(self) -> int: ...
    def entity_names(self) -> list[str]: ...
    def is_noise(self, offset: int) -> bool: ...


Analyse = Callable[[Article], Analysed]


def make_schema() -> Schema:
    return Schema(
        doc=ID(stored=True, unique=True),
        title=TEXT(analyzer=ANALYZER, stored=True, phrase=True),
        outlet=TEXT(analyzer=ANALYZER, stored=True, phrase=True),
        content=TEXT(analyzer=ANALYZER, phrase=True),
        noise=TEXT(analyzer=ANALYZER, phrase=True),
        entity=KEYWORD(lowercase=True, commas=True, scorable=False),
        mtime_ns=STORED, size=STORED, words=STORED, noise_count=STORED, entities=STORED,
        title_derived=STORED, outlet_derived=STORED, date=STORED,
        # Character spans of the boilerplate: search snippets prefer the body without re-running
        # the analysis of every hit.
        noise_spans=STORED,
    )


@dataclass
class SyncReport:
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
            "index_dir": self.index_dir, "indexed": self.indexed, "added": self.added,
            "updated": self.updated, "removed": self.removed,
            "skipped": [s.to_json() for s in self.skipped], "rebuilt": self.rebuilt,
            "reason": self.reason, "seconds": round(self.seconds, 3),
        }


@dataclass
class Hit:
    doc: str
    title: str
    outlet: str | None
    score: float
    where: list[str]  # "content" and/or "noise"
    snippet: str
    matches: list[tuple[int, int]]  # offsets into ``snippet``
    spans: list[tuple[int, int]]  # offsets into the article text (every match)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "title": self.title, "outlet": self.outlet,
            "score": round(self.score, 4), "in": self.where, "snippet": self.snippet,
            "matches": [list(m) for m in self.matches], "spans": [list(s) for s in self.spans],
        }


@dataclass
class Results:
    query: str
    total: int
    hits: list[Hit]
    terms: list[str]
    elapsed_ms: float = 0.0
    # False when ``total`` is whoosh's estimate (searches with typing=True and more matches than
    # the limit); the JSON form is unchanged.
    total_exact: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "hits": [h.to_json() for h in self.hits],
                "terms": self.terms, "elapsed_ms": round(self.elapsed_ms, 2)}


# -- parallel analysis for large builds ---------------------------------------------------------

# Phrase searches with more candidates (documents with every word) than this check positions
# only until the page is settled and estimate the count (SearchIndex.search, phrase_top).
PHRASE_CHECK_ALL = 1000
PARALLEL_MIN_DOCS = 200  # fewer documents are analysed in-process (forking costs ~50 ms)
_BUILD_SOURCE: SearchIndex | None = None  # set in the parent just before forking the workers


def build_processes() -> int:
    """Analysis worker processes for large builds (0: analyse in-process).

    ``WAIC_READER_BUILD_PROCS`` overrides; by default one per CPU (at most 4).
    """
    import multiprocessing  # here: importing it costs ~20 ms of start-up otherwise

    env = os.environ.get("WAIC_READER_BUILD_PROCS", "")
    if env.isdigit():
        return int(env)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cpus = os.cpu_count() or 1
    return min(cpus, 4) if cpus >= 2 else 0


_BUILD_COUNTER: Any = None


def _build_worker_init(counter: Any = None) -> None:
    global _BUILD_COUNTER
    _BUILD_COUNTER = counter
    # A lock copied by fork while another thread of the parent held it would never be released.
    analyse = getattr(_BUILD_SOURCE, "analyse", None)
    if analyse is not None and hasattr(analyse, "_lock"):
        analyse._lock = threading.Lock()


def _build_segment(share: tuple[str, list[str]]) -> tuple[Any, list[tuple[str, str]]]:
    """Worker: index ``docs`` into a new segment of the index in ``folder``; return it."""
    from whoosh.writing import SegmentWriter

    folder, docs = share
    source = _BUILD_SOURCE
    assert source is not None
    skipped: list[tuple[str, str]] = []
    writer = SegmentWriter(windex.open_dir(folder), _lk=False, compound=False, limitmb=WRITER_LIMITMB)
    _fast_lengths(writer)
    try:
        added = 0
        for n, doc in enumerate(docs, 1):
            try:
                article = source.corpus.article(doc)
            except CorpusError as exc:
                skipped.append((doc, str(exc)))
                continue
            try:
                writer.add_document(**source._fields(article))
                added += 1
            finally:
                source.corpus.forget(doc)
            if _BUILD_COUNTER is not None and n % 16 == 0:
                with _BUILD_COUNTER.get_lock():
                    _BUILD_COUNTER.value += 16
        if not added:
            writer.cancel()
            return None, skipped
        return writer._finalize_segment(), skipped  # noqa: SLF001 - as whoosh's MpWriter
    except BaseException:
        writer.cancel()
        raise


def _build_worker_fields(doc: str) -> tuple[str, dict[str, Any] | None, str]:
    source = _BUILD_SOURCE
    assert source is not None
    try:
        article = source.corpus.article(doc)
    except CorpusError as exc:
        return doc, None, str(exc)
    try:
        return doc, source._fields(article), ""
    finally:
        source.corpus.forget(doc)


# Memory of whoosh's in-memory posting pool per writer (its default, 128, makes a build of a few
# thousand documents spill sorted runs to disk and merge them back in Python).
WRITER_LIMITMB = 512


def _writer(ix: windex.Index) -> Any:
    """A writer of ``ix`` as every write here wants it: no compound files (whoosh would read
    each segment whole into memory on open), a larger posting pool, cached field lengths."""
    writer = ix.writer(compound=False, limitmb=WRITER_LIMITMB)
    _fast_lengths(writer)
    return writer


def _fast_lengths(writer: Any) -> None:
    """Flushing a segment looks up a document's field length once per posting (each term of
    each document) through whoosh's column readers; remember them per (document, field)."""
    make = getattr(writer, "per_document_reader", None)
    if make is None:
        return

    def per_document_reader() -> Any:
        reader = make()
        real = reader.doc_field_length
        cache: dict[tuple[int, str], Any] = {}

        def doc_field_length(docnum: int, fieldname: str, default: int = 0) -> Any:
            key = (docnum, fieldname)
            got = cache.get(key)
            if got is None:
                got = cache[key] = real(docnum, fieldname, default)
            return got

        reader.doc_field_length = doc_field_length
        return reader

    writer.per_document_reader = per_document_reader


def expected_meta(analysis_version: str) -> dict[str, Any]:
    return {"schema": SCHEMA_VERSION, "analysis": analysis_version}


class SearchIndex:
    """A corpus's index: opened once per process; thread-safe for one writer and many readers."""

    def __init__(self, corpus: Corpus, index_dir: Path, analyse: Analyse, analysis_version: str):
        self.corpus = corpus
        self.index_dir = Path(index_dir)
        self.analyse = analyse
        self.analysis_version = analysis_version
        self._ix: windex.Index | None = None
        self._searcher: Searcher | None = None
        self._lock = threading.RLock()
        schema = make_schema()
        self._parser = uq.make_parser(schema)
        self._main_parser = uq.make_parser(schema, uq.MAIN_FIELDS)
        self._prefix_cache: dict[tuple[str, str, bool], list[str]] = {}
        self._bulk: _BulkScorer | None = None

    # -- opening --------------------------------------------------------------------------

    def _current(self) -> Path | None:
        try:
            name = (self.index_dir / "CURRENT").read_text("utf-8").strip()
        except OSError:
            return None
        if not name.startswith("gen-") or "/" in name or ".." in name:
            return None
        return self.index_dir / name

    def _open_existing(self) -> tuple[windex.Index | None, str]:
        """Open the live generation; return (index, "") or (None, why it cannot be used)."""
        gen = self._current()
        if gen is None or not gen.is_dir():
            return None, "no index yet"
        try:
            meta = json.loads((gen / META_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            return None, "index metadata missing or damaged"
        if meta != expected_meta(self.analysis_version):
            return None, "index was built by another version"
        try:
            ix = windex.open_dir(str(gen))
            with ix.searcher() as s:  # touch every segment so damage shows here, not mid-search
                s.doc_count_all()
                list(s.lexicon("doc"))[:1]
            return ix, ""
        except Exception as exc:  # noqa: BLE001 - any failure to read means "rebuild"; reported
            return None, f"index damaged ({type(exc).__name__}: {one_line(str(exc), 80)})"

    def _set_index(self, ix: windex.Index) -> None:
        with self._lock:
            self._prefix_cache = {}
            self._bulk = None
            old = self._searcher
            self._ix = ix
            self._searcher = ix.searcher()
            if old is not None:
                old.close()

    def searcher(self) -> Searcher:
        with self._lock:
            if self._searcher is None:
                raise RuntimeError("index not open: call sync() first")
            return self._searcher

    def is_open(self) -> bool:
        return self._searcher is not None

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None
            self._ix = None

    # -- building -------------------------------------------------------------------------

    def _fields(self, article: Article) -> dict[str, Any]:
        a = self.analyse(article)
        names = a.entity_names()
        return {
            "doc": article.doc, "title": article.title, "outlet": article.outlet or "",
            "content": a.content_text(), "noise": a.noise_text(),
            "entity": ",".join(n.replace(",", " ") for n in names),
            "mtime_ns": self.corpus.entries[article.doc].mtime_ns,
            "size": self.corpus.entries[article.doc].size, "words": article.word_count,
            "noise_count": a.noise_count(), "entities": len(names),
            "title_derived": article.title_derived, "outlet_derived": article.outlet_derived,
            "date": article.date,
            "noise_spans": _noise_spans(a),
        }

    def _documents(self, docs: Iterable[str], report: SyncReport,
                   progress: Callable[[int, int], None] | None, total: int) -> Iterable[dict[str, Any]]:
        for n, doc in enumerate(docs, 1):
            try:
                article = self.corpus.article(doc)
            except CorpusError as exc:
                report.skipped.append(Skipped(self.corpus.entries[doc].path.name, str(exc)))
                continue
            yield self._fields(article)
            self.corpus.forget(doc)  # keep memory flat on large corpora
            if progress:
                progress(n, total)

    def _field_stream(self, docs: list[str], report: SyncReport,
                      progress: Callable[[int, int], None] | None) -> Iterable[dict[str, Any]]:
        """Fields of ``docs`` in order; analysed in worker processes when the batch is large.

        Analysis (noise split, entities) is most of the cost of indexing and is pure Python, so
        it runs in ``build_processes()`` forked workers while this process feeds whoosh's writer.
        """
        procs = build_processes()
        if procs < 1 or len(docs) < PARALLEL_MIN_DOCS:
            yield from self._documents(docs, report, progress, len(docs))
            return
        global _BUILD_SOURCE
        recognizer = getattr(self.analyse, "recognizer", None)  # load once, before forking
        del recognizer
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        _BUILD_SOURCE = self
        try:
            with ctx.Pool(procs, initializer=_build_worker_init) as pool:
                results = pool.imap(_build_worker_fields, docs, chunksize=8)
                for n, (doc, fields, error) in enumerate(results, 1):
                    if fields is None:
                        report.skipped.append(Skipped(self.corpus.entries[doc].path.name, error))
                    else:
                        yield fields
                    if progress:
                        progress(n, len(docs))
        finally:
            _BUILD_SOURCE = None

    def rebuild(self, reason: str = "asked", progress: Callable[[int, int], None] | None = None) -> SyncReport:
        start = time.perf_counter()
        report = SyncReport(str(self.index_dir), rebuilt=True, reason=reason)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        gen = self.index_dir / f"gen-{time.time_ns()}-{os.getpid()}"
        gen.mkdir()
        try:
            ix = windex.create_in(str(gen), make_schema())
            docs = list(self.corpus.entries)
            procs = build_processes()
            if procs >= 2 and len(docs) >= PARALLEL_MIN_DOCS:
                self._parallel_build(ix, docs, procs, report, progress)
            else:
                # compound=False: whoosh would otherwise read each segment whole into memory on open.
                writer = _writer(ix)
                try:
                    for fields in self._field_stream(docs, report, progress):
                        writer.add_document(**fields)
                except BaseException:
                    writer.cancel()
                    raise
                writer.commit()
            (gen / META_NAME).write_text(json.dumps(expected_meta(self.analysis_version)), "utf-8")
            tmp = self.index_dir / f"CURRENT.{os.getpid()}.tmp"
            tmp.write_text(gen.name, "utf-8")
            os.replace(tmp, self.index_dir / "CURRENT")
        except BaseException:
            shutil.rmtree(gen, ignore_errors=True)
            raise
        self._set_index(ix)
        self._remove_old_generations(keep=gen)
        report.indexed = ix.doc_count()
        report.seconds = time.perf_counter() - start
        return report

    def _parallel_build(self, ix: windex.Index, docs: list[str], procs: int, report: SyncReport,
                        progress: Callable[[int, int], None] | None) -> None:
        """Build a fresh index with ``procs`` forked processes, one whoosh segment each.

        Each worker analyses and indexes a contiguous share of the documents into its own
        segment (whoosh's own multiprocessing writer does the same with ``multisegment=True``);
        this process then commits the table of contents listing every segment. Analysis and
        posting writing both run in parallel; the segments are not merged.
        """
        global _BUILD_SOURCE
        getattr(self.analyse, "recognizer", None)  # load the gazetteer once, before forking
        writer = _writer(ix)  # holds the lock; commits the table of contents
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        counter = ctx.Value("i", 0)
        step = -(-len(docs) // procs)
        shares = [(str(ix.storage.folder), docs[i:i + step]) for i in range(0, len(docs), step)]
        _BUILD_SOURCE = self
        try:
            with ctx.Pool(len(shares), initializer=_build_worker_init, initargs=(counter,)) as pool:
                pending = pool.map_async(_build_segment, shares)
                while not pending.ready():
                    pending.wait(0.2)
                    if progress:
                        progress(min(counter.value, len(docs)), len(docs))
                outcomes = pending.get()
            segments = []
            for segment, skipped in outcomes:
                report.skipped.extend(Skipped(self.corpus.entries[d].path.name, why) for d, why in skipped)
                if segment is not None:
                    segments.append(segment)
            writer._close_segment()  # noqa: SLF001 - whoosh 2.7.4 (pinned) MpWriter does the same
            writer._commit_toc(segments)  # noqa: SLF001
            writer._finish()  # noqa: SLF001
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        finally:
            _BUILD_SOURCE = None
        if progress:
            progress(len(docs), len(docs))

    def _remove_old_generations(self, keep: Path) -> None:
        for child in self.index_dir.iterdir():
            if child.is_dir() and child.name.startswith("gen-") and child != keep:
                shutil.rmtree(child, ignore_errors=True)

    def sync(self, progress: Callable[[int, int], None] | None = None, force: bool = False) -> SyncReport:
        """Bring the index in line with the corpus: open, update changed files, or rebuild."""
        if force:
            return self.rebuild("asked", progress)
        ix, why = self._open_existing()
        if ix is None:
            return self.rebuild(why, progress)
        start = time.perf_counter()
        report = SyncReport(str(self.index_dir))
        self._set_index(ix)
        stored: dict[str, tuple[int, int]] = {}
        with ix.searcher() as s:
            for fields in s.all_stored_fields():
                stored[fields["doc"]] = (fields.get("mtime_ns"), fields.get("size"))
        current = {d: (e.mtime_ns, e.size) for d, e in self.corpus.entries.items()}
        added = [d for d in current if d not in stored]
        changed = [d for d in current if d in stored and stored[d] != current[d]]
        removed = [d for d in stored if d not in current]
        if added or changed or removed:
            try:
                writer = _writer(ix)
            except windex.LockError:
                raise IndexBusy("index busy: another waic-reader is updating it") from None
            try:
                for d in removed:
                    writer.delete_by_term("doc", d)
                for fields in self._field_stream(added + changed, report, progress):
                    writer.update_document(**fields)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            self._set_index(ix)
            report.added, report.updated, report.removed = added, changed, removed
        report.indexed = ix.doc_count()
        report.seconds = time.perf_counter() - start
        return report

    def update_docs(self, docs: Iterable[str]) -> None:
        """Re-index ``docs`` now although their files did not change (e.g. the user re-marked
        a block as noise, which moves its text between the content and noise fields)."""
        with self._lock:
            ix = self._ix
        if ix is None:
            return
        try:
            writer = _writer(ix)
        except windex.LockError:
            raise IndexBusy("index busy: another waic-reader is updating it") from None
        report = SyncReport(str(self.index_dir))
        docs = [d for d in docs if d in self.corpus.entries]
        try:
            for fields in self._documents(docs, report, None, len(docs)):
                writer.update_document(**fields)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._set_index(ix)

    # -- stored data ----------------------------------------------------------------------

    def stored(self) -> dict[str, dict[str, Any]]:
        """Stored fields of every document, by doc id (titles, counts for the library)."""
        return {f["doc"]: f for f in self.searcher().all_stored_fields()}

    # -- searching ------------------------------------------------------------------------

    def _prefix_terms(self, fieldname: str, prefix: str, typing: bool = False) -> list[str]:
        """The most frequent terms of ``fieldname`` starting with ``prefix``.

        Kept by count (``PREFIX_KEEP``) and by a posting budget: the search reads every posting
        of every kept term, so a short prefix of very common words keeps fewer of them.
        """
        key = (fieldname, prefix, typing)
        cache = self._prefix_cache
        if key in cache:
            return cache[key]
        reader = self.searcher().reader()
        seen: list[tuple[int, str]] = []
        for n, (text, info) in enumerate(reader.iter_prefix(fieldname, prefix)):
            if n >= uq.PREFIX_SCAN:
                break
            term = text.decode("utf-8") if isinstance(text, bytes) else text
            seen.append((info.doc_frequency(), term))
        seen.sort(key=lambda p: (-p[0], len(p[1])))
        keep = uq.PREFIX_KEEP_TYPING if typing else uq.PREFIX_KEEP
        budget = uq.PREFIX_POSTINGS * max(1, reader.doc_count_all())
        out: list[str] = []
        used = 0
        for freq, term in seen[:keep]:
            if out and used + freq > budget:
                break
            out.append(term)
            used += freq
        if len(cache) > 512:
            cache.clear()
        cache[key] = out
        return out

    def _parse_with(self, parser: Any, text: str, typing: bool) -> wquery.Query:
        text = uq.check(text)
        if typing:
            text = uq.as_you_type(text)
        if not text:
            raise uq.QueryError("type something to search")
        try:
            q = parser.parse(text)
        except Exception as exc:  # noqa: BLE001 - whoosh raises many types for odd syntax
            raise uq.QueryError(f"cannot read this query ({one_line(str(exc), 60)})") from None
        with self._lock:
            q = uq.expand_prefixes(q, lambda f, p: self._prefix_terms(f, p, typing))
        return q.normalize()

    def parse(self, text: str, *, typing: bool = False) -> wquery.Query:
        """The query as searched: unfielded words in titles, article bodies and boilerplate."""
        return self._parse_with(self._parser, text, typing)

    def parse_main(self, text: str, *, typing: bool = False) -> wquery.Query:
        """The query without the boilerplate field for unfielded words (``noise:`` stays)."""
        return self._parse_with(self._main_parser, text, typing)

    def search(self, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
        """Top ``limit`` hits: article matches (title, body) first, then boilerplate-only ones.

        The article fields are searched first; the boilerplate field (``noise``), which carries
        the same "Related"/"Powered by" lines in thousands of articles, is only searched when
        the article matches do not fill the page. ``total`` counts every match of the full
        query (titles, bodies and boilerplate); when that count would cost a second pass over
        the postings (a phrase whose article matches already fill the page), the number of
        article matches is given instead and ``total_exact`` is False. A phrase with more than
        ``PHRASE_CHECK_ALL`` candidate documents has its positions checked only until the page
        is settled (the page is exact); its count is then estimated (``total_exact`` False).
        """
        start = time.perf_counter()
        q = self.parse(text, typing=typing)
        q_main = self.parse_main(text, typing=typing)
        terms = uq.positive_terms(q)
        with self._lock:
            s = self.searcher()
            # One pass that scores and counts (no block-quality skipping: measured slower here,
            # and a skipping pass needs a second one to count). No terms=True either: which
            # fields matched is worked out for the returned hits only (_matched_fields).
            if self._bulk is None or self._bulk.s is not s:
                self._bulk = _BulkScorer(s)
            bulk = self._bulk
            bulk.clear()
            # Phrase words: their posting blocks are kept for the positions (read once).
            bulk.keep.update((leaf.fieldname, w) for leaf in _positive_leaves(q)
                             if isinstance(leaf, wquery.Phrase) and len(leaf.words) > 1
                             for w in leaf.words)
            total_exact = True
            lazy = None
            if q_main != q and limit is not None and _few_matches(s, q_main, limit, bulk):
                # A phrase whose words are rare in articles: its matches cannot fill the page,
                # so the boilerplate pass would run anyway; one pass over every field is cheaper.
                top, total = _collect(s, q, limit, bulk)
            else:
                if limit is not None and bulk.ok:
                    # A phrase with many candidates: positions checked until the page is settled.
                    lazy = bulk.phrase_top(q_main, limit)
                if lazy is not None:
                    top, total, total_exact = lazy
                else:
                    top, total = _collect(s, q_main, limit, bulk)
            if limit is None or total < limit:
                if q_main != q:
                    seen = {docnum for docnum, _ in top}
                    rest = _rest_of(q, q_main)
                    if rest is not None:
                        # One clause ("Nvidia", "people said"): only its boilerplate part is new.
                        more, _n = _collect(s, rest, None, bulk)
                        more = [(d, sc) for d, sc in more if d not in seen]
                        total += len(more)
                    else:
                        more, total = _collect(s, q, limit, bulk)
                    extra = [(d, sc) for d, sc in more if d not in seen]
                    top = top + (extra if limit is None else extra[: limit - len(top)])
            elif q_main != q and total_exact:
                full = _docset(s, q, bulk)
                if full is not None:
                    total = len(full)
                else:  # a phrase: counting its boilerplate matches means checking positions
                    total_exact = False
            top_fields = [(docnum, s.stored_fields(docnum), score) for docnum, score in top]
            matched = _matched_fields(s, q, [docnum for docnum, _ in top], bulk)
            bulk.clear()
        hits = [self._hit(stored["doc"], stored, score, matched.get(docnum, set()), terms)
                for docnum, stored, score in top_fields]
        # Hits only in boilerplate rank below every hit in the article itself.
        hits.sort(key=lambda h: ("content" not in h.where, -h.score))
        return Results(text, total, hits, uq.describe_terms(terms),
                       (time.perf_counter() - start) * 1000, total_exact)

    def _hit(self, doc: str, stored: dict[str, Any], score: float, fields: set[str],
             terms: set[tuple[str, str]]) -> Hit:
        where = []
        if fields & {"content", "title", "outlet", "entity"} or not fields:
            where.append("content")
        if "noise" in fields:
            where.append("noise")
        snippet, matches, spans = "", [], []
        text, is_noise = self._text_for_snippet(doc, stored)
        if text is not None:
            spans = match_spans(text, {t for _, t in terms})
            snippet, matches = make_snippet(text, spans, is_noise)
        return Hit(doc, stored.get("title", doc), stored.get("outlet") or None, score, where,
                   snippet, matches, spans)

    def _text_for_snippet(self, doc: str, stored: dict[str, Any]
                          ) -> tuple[str | None, Callable[[int], bool]]:
        """The article's text and its boilerplate test, cheaply when the index is current.

        When the file is the one indexed (same size and mtime) the text is read as the corpus
        reads it and the boilerplate spans come from the index; otherwise the article is loaded
        and analysed again (correct, but ~10 ms per hit).
        """
        entry = self.corpus.entries.get(doc)
        spans = stored.get("noise_spans")
        if (entry is not None and spans is not None and stored.get("mtime_ns") == entry.mtime_ns
                and stored.get("size") == entry.size):
            text = _read_text(entry.path)
            if text is not None:
                return text, _noise_test(spans)
        try:
            article = self.corpus.article(doc)
        except CorpusError:
            return None, lambda _offset: False
        return article.text, self.analyse(article).is_noise


def _load_ids(m: W3LeafMatcher) -> None:
    """``m.id()`` without its cost: the current block's document numbers, decoded with
    ``itertools.accumulate`` instead of whoosh's generator (same numbers)."""
    if m._ids is not None:  # noqa: SLF001 - whoosh 2.7.4 (pinned) block reader
        return
    if m._data is None:  # noqa: SLF001
        m._read_data()  # noqa: SLF001
    ids = m._data[0]  # noqa: SLF001
    m._ids = ids if m._byteids else tuple(_accumulate(ids))  # noqa: SLF001


def _block_matcher(m: Any) -> tuple[W3LeafMatcher | None, frozenset[int] | set[int]]:
    """The block reader under a term's postings and the deleted documents it must skip, or
    (None, ...) for any other matcher."""
    from whoosh.matching.wrappers import FilterMatcher

    if isinstance(m, W3LeafMatcher):
        return m, frozenset()
    if type(m) is FilterMatcher and m._exclude and m.boost == 1.0 \
            and isinstance(m.child, W3LeafMatcher):  # noqa: SLF001 - whoosh 2.7.4 (pinned)
        return m.child, m._ids  # noqa: SLF001
    return None, frozenset()


class _BulkScorer:
    """Scores of every match of a query of terms (``Or``/``And``/``AndNot``/``AndMaybe``/``Not``
    over ``Term`` leaves), the same as whoosh's BM25F matchers give, computed a posting block
    at a time with dict and set operations instead of whoosh's per-posting matcher calls
    (~10x fewer Python operations per posting). ``scores()`` returns None for anything else
    (phrases, deleted documents still in a segment, another weighting): whoosh's own matchers
    answer those. One per searcher: it caches each field's per-document length factors."""

    def __init__(self, searcher: Any):
        self.s = searcher
        w = searcher.weighting
        self.ok = type(w) is BM25F and not w._field_B  # noqa: SLF001
        self.B, self.K1 = (w.B, w.K1) if self.ok else (0.75, 1.2)
        self._norms: dict[str, list[list[float]]] = {}
        # Postings read during the current search (the count, the page and the matched fields
        # all need them); cleared by SearchIndex.search so memory stays flat.
        self.memo: dict[tuple[str, str], dict[int, float] | None] = {}
        # Posting blocks of phrase words read during the current search (cleared with memo).
        self.blocks: dict[tuple[str, str], list[tuple[int, Any, Any]]] = {}
        self.keep: set[tuple[str, str]] = set()  # terms whose blocks to keep (phrase words)
        self.where: dict[tuple[str, str], dict[int, bytes]] = {}  # posting values by document
        self.leaves = list(searcher.leaf_searchers())

    def clear(self) -> None:
        self.memo.clear()
        self.blocks.clear()
        self.keep.clear()
        self.where.clear()

    def _norm(self, fieldname: str) -> list[list[float]]:
        got = self._norms.get(fieldname)
        if got is None:
            B, K1 = self.B, self.K1
            avgfl = self.s.avg_field_length(fieldname) or 1
            got = []
            for sub, _off in self.leaves:
                r = sub.reader()
                n = r.doc_count_all()
                lens = [r.doc_field_length(d, fieldname, 1) for d in range(n)]
                got.append([K1 * ((1 - B) + B * (fl or 1) / avgfl) for fl in lens])
            self._norms[fieldname] = got
        return got

    def term(self, fieldname: str, text: str, boost: float) -> dict[int, float] | None:
        """{docnum: score} of one term (``boost`` applied), or None if whoosh must do it."""
        raw = self.raw(fieldname, text)
        if raw is None or boost == 1.0:
            return raw
        return {d: v * boost for d, v in raw.items()}

    def raw(self, fieldname: str, text: str) -> dict[int, float] | None:
        """The unboosted scores of one term, read once per search (``memo``)."""
        key = (fieldname, text)
        if key in self.memo:
            return self.memo[key]
        blocks: list[tuple[int, Any, Any]] | None = [] if key in self.keep else None
        got = self._read(fieldname, text, blocks)
        self.memo[key] = got
        if blocks is not None:
            self.blocks[key] = blocks
        return got

    def _read(self, fieldname: str, text: str,
              blocks: list[tuple[int, Any, Any]] | None = None) -> dict[int, float] | None:
        """The scores of one term; with ``blocks``, also append (offset, ids, posting values)
        of every block read (phrases decode positions from them without reading again)."""
        s = self.s
        field = s.schema[fieldname] if fieldname in s.schema else None
        if field is None:
            return None
        scorable = field.scorable
        out: dict[int, float] = {}
        if (fieldname, text) not in s.reader():
            return out
        idf = s.idf(fieldname, text) if scorable else 0.0
        c = idf * (self.K1 + 1)
        norms = self._norm(fieldname) if scorable else [None] * len(self.leaves)
        for (sub, off), norm in zip(self.leaves, norms):
            r = sub.reader()
            if (fieldname, text) not in r:
                continue
            m, deleted = _block_matcher(r.postings(fieldname, text))
            if m is None:
                return None
            while m.is_active():
                _load_ids(m)
                m._read_weights()  # noqa: SLF001 - whoosh 2.7.4 (pinned) block reader
                ids, ws = m._ids, m._weights  # noqa: SLF001
                if blocks is not None:
                    m._read_values()  # noqa: SLF001
                    blocks.append((off, ids if not deleted else [d if d not in deleted else -1 for d in ids],
                                   m._values))  # noqa: SLF001
                if deleted:
                    keep = [k for k, d in enumerate(ids) if d not in deleted]
                    ids, ws = [ids[k] for k in keep], [ws[k] for k in keep]
                if not scorable:  # whoosh's WeightScorer: the term's frequency
                    out.update({d + off: float(w) for d, w in zip(ids, ws)})
                elif off:
                    out.update({d + off: c * w / (w + norm[d]) for d, w in zip(ids, ws)})
                else:
                    out.update({d: c * w / (w + norm[d]) for d, w in zip(ids, ws)})
                m._next_block()  # noqa: SLF001
        return out

    def phrase(self, q: wquery.Phrase) -> dict[int, float] | None:
        """{docnum: score} of a phrase, as whoosh's ``Phrase`` matcher gives them, or None.

        whoosh matches a phrase (``SpanNear2``, slop 1, ordered) in the documents that have
        every word and scores it as the sum of its words' BM25F scores (a binary tree of
        ``IntersectionMatcher``s) times the phrase's boost. Here the documents with every word
        come from the posting blocks (``raw``), and only those documents' position lists are
        decoded, one word at a time, dropping documents as soon as no start position is left.
        """
        raw = self.phrase_raw(q)
        if raw is None or q.boost == 1.0:
            return raw
        b = q.boost
        return {d: v * b for d, v in raw.items()}

    def phrase_raw(self, q: wquery.Phrase) -> dict[int, float] | None:
        key = ("\x00phrase", q.fieldname + "\x00" + "\x00".join(q.words))
        if key in self.memo:
            return self.memo[key]
        got = self._phrase(q)
        self.memo[key] = got
        return got

    def _phrase_parts(self, q: wquery.Phrase) -> list[dict[int, float]] | None:
        """The unboosted scores of each word of a phrase (``[]``: the phrase cannot match;
        None: whoosh must do it). Posting blocks of the words are kept for their positions."""
        from whoosh.formats import Positions

        s = self.s
        fieldname, words = q.fieldname, list(q.words)
        if q.slop != 1 or not words or fieldname not in s.schema:
            return None
        field = s.schema[fieldname]
        if type(field.format) is not Positions:
            return None
        reader = s.reader()
        for w in words:  # as whoosh: a word missing from the field means no match, nothing read
            try:
                field.to_bytes(w)
            except ValueError:
                return []
            if (fieldname, w) not in reader:
                return []
        parts = []
        for w in words:
            if len(words) > 1:
                self.keep.add((fieldname, w))
            got = self.raw(fieldname, w)
            if got is None:
                return None
            if not got:
                return []
            parts.append(got)
        return parts

    def _verify(self, q: wquery.Phrase, cand: set[int]) -> set[int] | None:
        """The documents of ``cand`` (which have every word) where the words are consecutive."""
        words = list(q.words)
        if len(words) < 2 or not cand:
            return set(cand)
        # starts[d]: positions where the phrase can begin in document d so far.
        starts: dict[int, set[int]] = {}
        for i, w in enumerate(words):
            pos = self._positions(q.fieldname, w, cand)
            if pos is None:
                return None
            if i == 0:
                starts = {d: set(ps) for d, ps in pos.items()}
            else:
                nxt = {}
                for d, st in starts.items():
                    ps = pos.get(d)
                    if ps:
                        left = st.intersection([p - i for p in ps])
                        if left:
                            nxt[d] = left
                starts = nxt
            cand = set(starts)
            if not cand:
                break
        return cand

    def _phrase(self, q: wquery.Phrase) -> dict[int, float] | None:
        parts = self._phrase_parts(q)
        if not parts:
            return parts if parts is None else {}
        cand = set(min(parts, key=len))
        for p in parts:
            cand.intersection_update(p.keys())
        cand = self._verify(q, cand)
        if cand is None:
            return None
        return _tree_sums(parts, cand)

    def phrase_in(self, q: wquery.Phrase, docs: list[int]) -> set[int] | None:
        """Which of ``docs`` match the phrase (without reading every match's positions)."""
        key = ("\x00phrase", q.fieldname + "\x00" + "\x00".join(q.words))
        got = self.memo.get(key)
        if got is not None:
            return {d for d in docs if d in got}
        parts = self._phrase_parts(q)
        if not parts:
            return parts if parts is None else set()
        cand = {d for d in docs if all(d in p for p in parts)}
        return self._verify(q, cand)

    def phrase_top(self, q: Any, limit: int) -> tuple[list[tuple[int, float]], int, bool] | None:
        """Top ``limit`` (docnum, score) of a phrase searched in several fields (a ``Phrase``
        or an ``Or`` of them), the matches counted, and whether that count is exact.

        The documents with every word of a field's phrase are candidates; their score if the
        phrase matches is known without positions (the words' scores) and bounds the real one.
        Positions are checked in order of that bound, a batch at a time, until the page is
        full and no unchecked candidate can enter it: the page is exactly the one every match
        would give. The unchecked candidates are counted at the rate of the checked ones
        (``exact`` False). None: too few candidates to bother, or not such a query.
        """
        if isinstance(q, wquery.Phrase):
            kids = [q]
        elif type(q) is wquery.Or and q.boost == 1.0 and not getattr(q, "scale", None) \
                and not getattr(q, "minmatch", 0) \
                and all(isinstance(k, wquery.Phrase) for k in q.subqueries):
            kids = list(q.subqueries)
        else:
            return None
        bounds: list[dict[int, float]] = []
        union: dict[int, float] = {}
        for k in kids:
            parts = self._phrase_parts(k)
            if parts is None:
                return None
            if not parts:
                bounds.append({})
                continue
            cand = set(min(parts, key=len))
            for p in parts:
                cand.intersection_update(p.keys())
            b = _tree_sums(parts, cand)
            if k.boost != 1.0:
                kb = k.boost
                b = {d: v * kb for d, v in b.items()}
            bounds.append(b)
            for d, v in b.items():
                union[d] = union.get(d, 0.0) + v
        if len(union) <= PHRASE_CHECK_ALL:
            return None

        def order(kv: tuple[int, float]) -> tuple[float, int]:
            return -kv[1], kv[0]

        queue = sorted(union.items(), key=order)
        matched: list[tuple[int, float]] = []
        done = 0
        batch = limit + limit // 2
        while done < len(queue):
            chunk = [d for d, _ in queue[done:done + batch]]
            done += len(chunk)
            batch *= 2
            found: list[set[int]] = []
            for k, b in zip(kids, bounds):
                got = self._verify(k, {d for d in chunk if d in b})
                if got is None:
                    return None
                found.append(got)
            for d in chunk:
                score = None  # added in the order of the Or's children, as the exact path does
                for b, f in zip(bounds, found):
                    if d in f:
                        score = b[d] if score is None else score + b[d]
                if score is not None:
                    matched.append((d, score))
            if len(matched) >= limit and done < len(queue):
                kth = heapq.nsmallest(limit, matched, key=order)[-1][1]
                if queue[done][1] * (1 + 1e-9) < kth:
                    break
        top = heapq.nsmallest(limit, matched, key=order)
        if done >= len(queue):
            return top, len(matched), True
        estimate = len(matched) + round((len(queue) - done) * len(matched) / done)
        return top, estimate, False

    def _positions(self, fieldname: str, text: str, want: set[int]) -> dict[int, list[int]] | None:
        """Positions of ``text`` in ``fieldname`` of the documents ``want`` (others not decoded)."""
        out: dict[int, list[int]] = {}
        key = (fieldname, text)
        where = self.where.get(key)
        if where is None and key in self.blocks:
            # Each document's posting value in the blocks the scores were read from (deleted
            # documents are -1 there).
            where = {}
            for off, ids, vs in self.blocks[key]:
                if off:
                    where.update({d + off: v for d, v in zip(ids, vs) if d >= 0})
                else:
                    where.update(zip(ids, vs))
            where.pop(-1, None)
            self.where[key] = where
        if where is not None:
            docs = [d for d in want if d in where]
            return dict(zip(docs, _decode_positions([where[d] for d in docs])))
        for sub, off in self.leaves:
            r = sub.reader()
            if (fieldname, text) not in r:
                continue
            m, deleted = _block_matcher(r.postings(fieldname, text))
            if m is None:
                return None
            while m.is_active():
                _load_ids(m)
                ids = m._ids  # noqa: SLF001 - whoosh 2.7.4 (pinned) block reader
                hits = [k for k, d in enumerate(ids) if d + off in want and d not in deleted]
                if hits:
                    m._read_values()  # noqa: SLF001
                    vs = m._values  # noqa: SLF001
                    for k, ps in zip(hits, _decode_positions([vs[k] for k in hits])):
                        out[ids[k] + off] = ps
                m._next_block()  # noqa: SLF001
        return out

    def scores(self, q: Any) -> dict[int, float] | None:
        if not self.ok:
            return None
        if isinstance(q, wquery.Term):
            return self.term(q.fieldname, q.text, q.boost)
        if isinstance(q, wquery.Phrase):
            return self.phrase(q)
        if q is wquery.NullQuery or isinstance(q, type(wquery.NullQuery)):
            return {}
        if getattr(q, "boost", 1.0) != 1.0 and not isinstance(q, wquery.Term):
            return None
        if isinstance(q, wquery.Or):
            if getattr(q, "scale", None) or getattr(q, "minmatch", 0):
                return None
            acc: dict[int, float] = {}
            for child in q.subqueries:
                got = self.scores(child)
                if got is None:
                    return None
                if not acc:
                    acc = dict(got)
                    continue
                for d, v in got.items():
                    acc[d] = acc.get(d, 0.0) + v
            return acc
        if isinstance(q, wquery.And):
            pos = [c for c in q.subqueries if not isinstance(c, wquery.Not)]
            neg = [c.query for c in q.subqueries if isinstance(c, wquery.Not)]
            if not pos:
                return None
            parts = [self.scores(c) for c in pos]
            if any(p is None for p in parts):
                return None
            parts.sort(key=len)
            keys = set(parts[0])
            for p in parts[1:]:
                keys &= p.keys()
            for c in neg:
                got = self.scores(c)
                if got is None:
                    return None
                keys -= got.keys()
            return {d: sum(p[d] for p in parts) for d in keys}
        if isinstance(q, wquery.AndNot):
            a, b = self.scores(q.a), self.scores(q.b)
            if a is None or b is None:
                return None
            return {d: v for d, v in a.items() if d not in b}
        if isinstance(q, wquery.AndMaybe):
            a, b = self.scores(q.a), self.scores(q.b)
            if a is None or b is None:
                return None
            return {d: v + b.get(d, 0.0) for d, v in a.items()}
        return None


def _collect(s: Searcher, q: wquery.Query, limit: int | None,
             bulk: _BulkScorer | None = None) -> tuple[list[tuple[int, float]], int]:
    """(docnum, score) of the top ``limit`` matches, best first, and the number of matches."""
    from whoosh import collectors

    scores = bulk.scores(q) if bulk is not None else None
    if scores is not None:
        def order(kv: tuple[int, float]) -> tuple[float, int]:
            return -kv[1], kv[0]  # whoosh's order: score, then lower document number first

        items = sorted(scores.items(), key=order) if limit is None else \
            heapq.nsmallest(limit, scores.items(), key=order)
        return items, len(scores)

    if limit is None:
        c: Any = collectors.UnlimitedCollector()
        s.search_with_collector(q, c)
        items = sorted(c.items, key=lambda p: (-p[0], p[1]))  # (score, docnum)
        return [(docnum, score) for score, docnum in items], len(items)
    c = collectors.TopCollector(limit=limit, usequality=False)
    s.search_with_collector(q, c)
    items = sorted(c.items, key=lambda p: (-p[0], -p[1]))  # heap of (score, -docnum)
    return [(-neg_doc, score) for score, neg_doc in items], c.total


def _term_docs(s: Searcher, fieldname: str, text: str, bulk: _BulkScorer | None = None) -> set[int]:
    """Every document (top-level numbers) whose ``fieldname`` has ``text``, block by block."""
    if bulk is not None and bulk.ok:
        raw = bulk.raw(fieldname, text)
        if raw is not None:
            return set(raw)
    out: set[int] = set()
    for sub, offset in s.leaf_searchers():
        reader = sub.reader()
        try:
            if (fieldname, text) not in reader:
                continue
            m = reader.postings(fieldname, text)
        except Exception:  # noqa: BLE001 - unknown field or term: nothing
            continue
        leaf, deleted = _block_matcher(m)
        if leaf is not None:  # whole blocks of ids at C speed
            while leaf.is_active():
                _load_ids(leaf)
                ids = leaf._ids  # noqa: SLF001 - whoosh 2.7.4 (pinned) block reader
                if deleted:
                    ids = [i for i in ids if i not in deleted]
                out.update(ids if not offset else [i + offset for i in ids])
                leaf._next_block()  # noqa: SLF001
        else:
            out.update(i + offset for i in m.all_ids())
    return out


def _docset(s: Searcher, q: wquery.Query, bulk: _BulkScorer | None = None) -> set[int] | None:
    """Documents matching ``q`` by set algebra over posting lists, or None if ``q`` has a node
    this cannot evaluate without positions (phrases) or scanning (anything unusual)."""
    if isinstance(q, wquery.Term):
        return _term_docs(s, q.fieldname, q.text, bulk)
    if isinstance(q, wquery.Phrase):
        got = bulk.phrase_raw(q) if bulk is not None and bulk.ok else None
        return None if got is None else set(got)
    if q is wquery.NullQuery or isinstance(q, type(wquery.NullQuery)):
        return set()
    if isinstance(q, wquery.Or):
        out: set[int] = set()
        for child in q.subqueries:
            got = _docset(s, child, bulk)
            if got is None:
                return None
            out |= got
        return out
    if isinstance(q, wquery.And):
        pos = [c for c in q.subqueries if not isinstance(c, wquery.Not)]
        neg = [c.query for c in q.subqueries if isinstance(c, wquery.Not)]
        if not pos:
            return None
        sets = [_docset(s, c, bulk) for c in pos]
        if any(x is None for x in sets):
            return None
        sets.sort(key=len)
        acc = set(sets[0])
        for x in sets[1:]:
            acc &= x  # type: ignore[operator]
        for c in neg:
            got = _docset(s, c, bulk)
            if got is None:
                return None
            acc -= got
        return acc
    if isinstance(q, wquery.AndNot):
        a, b = _docset(s, q.a, bulk), _docset(s, q.b, bulk)
        return None if a is None or b is None else a - b
    if isinstance(q, wquery.AndMaybe):
        return _docset(s, q.a, bulk)
    return None


def _rest_of(q: wquery.Query, q_main: wquery.Query) -> wquery.Query | None:
    """The part of ``q`` that ``q_main`` lacks when ``q`` is ``q_main`` OR something (one
    unfielded clause searched in more fields); None for anything else (e.g. AND of clauses,
    where a match may need the boilerplate for one word only)."""
    if not isinstance(q, wquery.Or) or isinstance(q, wquery.DisjunctionMax):
        return None
    mains = list(q_main.subqueries) if isinstance(q_main, wquery.Or) else [q_main]
    kids = list(q.subqueries)
    if type(q_main) not in (wquery.Or, wquery.Term, wquery.Phrase) or q.boost != 1.0 \
            or getattr(q_main, "boost", 1.0) != 1.0:
        return None
    if not all(m in kids for m in mains):
        return None
    rest = [k for k in kids if k not in mains]
    if not rest:
        return None
    return rest[0] if len(rest) == 1 else wquery.Or(rest)


def _few_matches(s: Searcher, q: wquery.Query, limit: int, bulk: _BulkScorer) -> bool:
    """True when ``q`` has a phrase and cannot match ``limit`` documents: a phrase is taken as
    all its words (a superset of its matches), read a posting block at a time."""
    if not any(isinstance(leaf, wquery.Phrase) for leaf in _positive_leaves(q)):
        return False

    def loose(node: wquery.Query) -> wquery.Query:
        if isinstance(node, wquery.Phrase):
            return wquery.And([wquery.Term(node.fieldname, w) for w in node.words])
        if node.is_leaf():
            return node
        return node.apply(loose)

    docs = _docset(s, loose(q), bulk)
    return docs is not None and len(docs) < limit


def _positive_leaves(q: wquery.Query) -> list[wquery.Query]:
    """Term and phrase nodes a hit can match (not under a ``NOT``)."""
    out: list[wquery.Query] = []

    def walk(node: wquery.Query) -> None:
        if isinstance(node, wquery.Not):
            return
        if isinstance(node, (wquery.Term, wquery.Phrase)):
            out.append(node)
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out


def _matched_fields(s: Searcher, q: wquery.Query, docnums: list[int],
                    bulk: _BulkScorer | None = None) -> dict[int, set[str]]:
    """For each of ``docnums``, the fields in which one of the query's terms or phrases matched.

    One matcher per term or phrase, advanced through the sorted doc numbers with ``skip_to``:
    cost grows with the hits shown, not with the documents matched.
    """
    out: dict[int, set[str]] = {d: set() for d in docnums}
    wanted = sorted(out)
    if not wanted:
        return out
    for leaf in _positive_leaves(q):
        if bulk is not None and bulk.ok and isinstance(leaf, (wquery.Term, wquery.Phrase)):
            raw = bulk.raw(leaf.fieldname, leaf.text) if isinstance(leaf, wquery.Term) \
                else bulk.phrase_in(leaf, wanted)
            if raw is not None:
                for d in wanted:
                    if d in raw:
                        out[d].add(leaf.fieldname)
                continue
        try:
            m = leaf.matcher(s)
        except Exception:  # noqa: BLE001 - an unknown term or field matches nothing
            continue
        for d in wanted:
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
                if not m.is_active():
                    break
            if m.id() == d:
                out[d].add(leaf.fieldname)
    return out


def _tree_sums(parts: list[dict[int, float]], docs: Iterable[int]) -> dict[int, float]:
    """{doc: sum of ``parts[i][doc]``} added in whoosh's order for a phrase's words (a
    ``make_binary_tree`` of ``IntersectionMatcher``s)."""
    if len(parts) == 1:
        p0 = parts[0]
        return {d: p0[d] for d in docs}
    if len(parts) == 2:
        p0, p1 = parts
        return {d: p0[d] + p1[d] for d in docs}
    if len(parts) == 3:
        p0, p1, p2 = parts
        return {d: p0[d] + (p1[d] + p2[d]) for d in docs}
    if len(parts) == 4:
        p0, p1, p2, p3 = parts
        return {d: (p0[d] + p1[d]) + (p2[d] + p3[d]) for d in docs}

    def tree(vals: list[float]) -> float:
        n = len(vals)
        if n == 1:
            return vals[0]
        h = n // 2
        return tree(vals[:h]) + tree(vals[h:])

    return {d: tree([p[d] for p in parts]) for d in docs}


def _decode_positions(values: list[bytes]) -> list[list[int]]:
    """whoosh's ``Positions.decode_positions`` of many posting values at once.

    A value is a 4-byte count, then the pickled (protocol 2) list of position deltas, with or
    without the final STOP. The lists are unpickled together in one call: each without its
    protocol header and STOP, all inside MARK ... LIST.
    """
    from itertools import accumulate
    from pickle import loads

    if not values:
        return []
    if all(v[-1] == 46 for v in values) and all(v[4:6] == b"\x80\x02" for v in values):
        lists = loads(b"\x80\x02(" + b"".join([v[6:-1] for v in values]) + b"l.")
    else:
        lists = [loads((v if v.endswith(b".") else v + b".")[4:]) for v in values]
    return [list(accumulate(d)) for d in lists]


def _noise_spans(analysis: Analysed) -> list[tuple[int, int]] | None:
    get = getattr(analysis, "noise_spans", None)
    return [(int(s), int(e)) for s, e in sorted(get())] if get is not None else None


def _noise_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    starts = [s for s, _ in spans]

    def is_noise(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < spans[i][1]

    return is_noise


def _read_text(path: Path) -> str | None:
    """An article's text exactly as :func:`corpus.load_article` reads it, without parsing it."""
    from .corpus import _read_regular  # the corpus's own safe reader (no links out, no devices)

    try:
        raw, _size = _read_regular(path, path.parent)
        text, _encoding, _notes = decode(raw)
    except (OSError, ValueError):
        return None
    return normalize_newlines(text)


@functools.lru_cache(maxsize=128)
def _span_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + ")", re.IGNORECASE)


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Character spans of every token of ``text`` whose indexed form is one of ``terms``."""
    if not terms:
        return []
    # Only tokens that can fold to a wanted term are analysed: a term is the lower-cased token
    # with a plural ending removed, so the token starts with the term (or the term minus a final
    # "y", for "companies" → "company"). Same result as filtering ``terms_with_spans(text)``.
    heads = tuple(sorted({(t[:-1] if t.endswith("y") and len(t) > 1 else t) for t in terms},
                         key=lambda h: (-len(h), h)))
    low = text.lower()
    if len(low) != len(text):  # lower-casing changed offsets: scan the text itself
        return _match_spans_re(text, terms, heads)
    # Where each head starts in the lower-cased text (str.find, not a regex scan of every
    # character), with the longest head there: the regex ``(?<!\w)(?:heads)`` of the
    # analyzer's definition, scanned left to right without overlaps, matches the same places.
    found: dict[int, int] = {}
    for h in heads:
        n = len(h)
        i = low.find(h)
        while i >= 0:
            if found.get(i, 0) < n:
                found[i] = n
            i = low.find(h, i + 1)
    out: list[tuple[int, int]] = []
    forms: dict[str, str | None] = {}
    resume = 0
    for start in sorted(found):
        if start < resume:
            continue
        if start:
            c = text[start - 1]
            if c.isalnum() or c == "_":  # not at the start of a word: no match here
                continue
        resume = start + found[start]
        # Inside a dotted token ("u.s"): the token started earlier and is not this term.
        if start >= 2 and text[start - 1] == "." and (text[start - 2].isalnum() or text[start - 2] == "_"):
            continue
        tok = TOKEN_RE.match(text, start)
        if tok is None:
            continue
        if out and start < out[-1][1]:
            continue
        word = tok.group()
        form = forms.get(word, "")
        if form == "":
            form = forms[word] = index_form(word)
        if form in terms:
            out.append((start, tok.end()))
    return out


def _match_spans_re(text: str, terms: set[str], heads: tuple[str, ...]) -> list[tuple[int, int]]:
    candidate = _span_pattern(heads)
    out: list[tuple[int, int]] = []
    for m in candidate.finditer(text):
        start = m.start()
        if start >= 2 and text[start - 1] == "." and (text[start - 2].isalnum() or text[start - 2] == "_"):
            continue
        tok = TOKEN_RE.match(text, start)
        if tok is None:
            continue
        if out and start < out[-1][1]:
            continue
        if index_form(tok.group()) in terms:
            out.append((start, tok.end()))
    return out


def make_snippet(text: str, spans: list[tuple[int, int]], is_noise: Callable[[int], bool],
                 width: int = 180) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt around the densest run of matches, preferring the article body."""
    if not spans:
        return one_line(text, width), []
    body = [s for s in spans if not is_noise(s[0])] or spans
    # The first match that starts the densest window (spans are in text order, starts unique):
    # a sliding window, linear in the number of matches.
    best, best_count = body[0], 0
    window = width * 2 // 3
    j = 0
    for i, s in enumerate(body):
        j = max(j, i)
        while j < len(body) and body[j][0] < s[0] + window:
            j += 1
        if j - i > best_count:
            best, best_count = s, j - i
    lo = max(0, best[0] - width // 3)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = min(len(text), lo + width)
    while hi < len(text) and not text[hi].isspace() and hi - lo < width + 20:
        hi += 1
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    raw = text[lo:hi]
    # Collapse whitespace while tracking offsets so match positions stay exact.
    out: list[str] = []
    index_map: list[int] = []
    prev_space = False
    for i, ch in enumerate(raw):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        index_map.append(i)
        out.append(ch)
    snippet = prefix + "".join(out).strip() + suffix
    lead = len(prefix) + (len("".join(out)) - len("".join(out).lstrip()))
    position = {raw_i: n for n, raw_i in enumerate(index_map)}
    matches = []
    for s, e in spans:
        if lo <= s and e <= hi and (s - lo) in position and (e - 1 - lo) in position:
            a = position[s - lo] + len(prefix) - (lead - len(prefix))
            b = position[e - 1 - lo] + 1 + len(prefix) - (lead - len(prefix))
            if 0 <= a < b <= len(snippet):
                matches.append((a, b))
    return snippet, matches
