"""The on-disk whoosh index of a corpus: build, incremental sync, and search.

Layout of an index folder (in the user's cache, never in the corpus)::

    <index_dir>/CURRENT        name of the live generation folder (replaced atomically)
    <index_dir>/gen-<n>/       a whoosh index + ``waic-index.json`` (schema/analysis versions)

A rebuild writes a new generation and only then points ``CURRENT`` at it, so an interrupted
build leaves the previous index usable. Incremental updates commit in place (whoosh commits are
atomic). One searcher is kept per process and refreshed after writes. One process writes at a
time (:func:`storage.write_lock`); the index's pickles are loaded with a restricted unpickler
(:mod:`.unpickle`) from a folder only the user can write (:mod:`.storage`).
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from whoosh import index as windex
from whoosh import query as wquery
from whoosh.searching import Searcher

from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.index.corpus.text import one_line
from waic_reader.index.corpus.tokens import name_forms
from waic_reader.index.errors import IndexBusy, QueryError
from waic_reader.index.locking import Held
from waic_reader.index.paths import make_private_dirs
from waic_reader.index.search.engine import Analyse, MarksMoved
from waic_reader.index.search.model import Progress, Results, Span, StoredDoc, SyncReport
from waic_reader.index.search.whoosh import building, gazetteer_docs, names_files, storage, unpickle
from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.search.whoosh.article_spans import TEXT_FIELDS, article_spans
from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer, collect
from waic_reader.index.search.whoosh.corpus_names import CorpusView
from waic_reader.index.search.whoosh.hits import make_hit
from waic_reader.index.search.whoosh.matching import docset, few_matches, matched_fields, rest_of
from waic_reader.index.search.whoosh.names_state import NamesState
from waic_reader.index.search.whoosh.negation import live_negations
from waic_reader.index.search.whoosh.prefix_queries import PrefixQueries
from waic_reader.index.search.whoosh.prefixes import (
    BASE_FIELD,
)
from waic_reader.index.search.whoosh.schema import (  # (installs the restricted unpickler)
    META_NAME,
    expected_meta,
    make_schema,
    open_index,
)

# Documents whose stored fields SearchIndex._stored_fields keeps, the last read.
RECENT_DOCS = 8


def _stored_doc(f: Mapping[str, Any]) -> StoredDoc:
    """The engine-neutral form of a document's whoosh stored fields."""
    return StoredDoc(
        doc=f["doc"],
        title=f.get("title") or f["doc"],
        outlet=f.get("outlet") or None,
        title_derived=bool(f.get("title_derived")),
        outlet_derived=bool(f.get("outlet_derived")),
        date=f.get("date"),
        words=f.get("words", 0),
        entities=f.get("entities", 0),
        noise=f.get("noise_count", 0),
        mtime_ns=f.get("mtime_ns", 0),
        size=f.get("size", 0),
        noise_spans=[(int(s), int(e)) for s, e in spans] if (spans := f.get("noise_spans")) is not None else None,
        row=row if isinstance(row := f.get("row"), dict) else None,
        meta=str(f.get("meta") or ""),
        figures=figures if isinstance(figures := f.get("figures"), str) else None,
        timeline=timeline if isinstance(timeline := f.get("timeline"), str) else None,
        names=names if isinstance(names := f.get("names"), str) else None,
        gazetteer=stamp if isinstance(stamp := f.get("gazetteer"), str) else None,
    )


def _searcher_with_files_open(ix: windex.Index, tries: int = 3) -> Searcher:
    """A searcher of ``ix`` (its latest table of contents) with every segment's stored-fields
    and field-length files opened now. whoosh opens them on first use; by then another process
    may have dropped the segment (every document of it updated, as after a corpus.yaml edit, then
    merged away) and removed its files, and whoosh, finding no such file, read the stored fields
    of a hit from None: ``TypeError: 'NoneType' object is not subscriptable`` on every search
    (issue 13, s16). Opened, a file removed later stays readable. A file already gone: the table
    of contents has moved on, so a searcher of the newer one is made."""
    searcher = ix.searcher()
    lengths = [name for name, field in ix.schema.items() if field.scorable]
    for r, _offset in searcher.ixreader.leaf_readers():
        if not r.doc_count_all():
            continue
        perdoc = getattr(r, "_perdoc", None)  # the pinned whoosh's per-document files
        if perdoc is not None and not perdoc.has_column("_stored") and tries > 1:
            searcher.close()
            return _searcher_with_files_open(ix, tries - 1)
        r.stored_fields(0)
        for name in lengths:
            r.doc_field_length(0, name)
    return searcher


# What a hit lights: (field, term) terms, (field, prefix) prefixes, (field, words) phrase runs,
# the words also searched alone (make_hit's arguments).
Lit = tuple[set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, tuple[str, ...]]], set[str]]


def _lit_terms(q: wquery.Query) -> Lit:
    """What a hit of the parsed query ``q`` lights (:func:`~.hits.make_hit`): its (field, term)
    terms, (field, prefix) prefixes, (field, words) phrase runs and the words also searched alone."""
    terms = uq.positive_terms(q)
    prefixes = {(BASE_FIELD[f], p) for f, p in terms if f in BASE_FIELD}
    # A name searched in the boilerplate too is the entity's name (lit where it is mentioned).
    terms = {("entity" if f == uq.NOISE_ENTITY else f, t) for f, t in terms if f not in BASE_FIELD}
    runs = {(f, r) for f in (*TEXT_FIELDS, "title") for r in uq.phrase_runs(q, (f,))}
    return terms, prefixes, runs, uq.term_words(q)


class SearchIndex:
    """A corpus's index: opened once per process; thread-safe for one writer and many readers."""

    def __init__(self, corpus: Corpus, index_dir: Path, analyse: Analyse, analysis_version: str):
        self.corpus = corpus
        self.index_dir = Path(index_dir)
        self.analyse = analyse
        self.analysis_version = analysis_version
        self._ix: windex.Index | None = None
        self._searcher: Searcher | None = None
        # The stored fields of the last few documents read, for the searcher they were read
        # from (see _stored_fields).
        self._recent: tuple[Searcher | None, dict[str, Mapping[str, Any] | None]] = (None, {})
        # The generation being read, with the shared lock that keeps other processes from
        # removing it; and one just opened by _open_existing, until _set_index takes it.
        self._gen: Path | None = None
        self._held: Held | None = None
        self._pending: tuple[Path, Held | None] | None = None
        self._lock = threading.RLock()
        # Held by a sync for its whole run and by open_built: two threads opening generations at
        # once (the app's sync worker and a timeline worker) would interleave _stash/_set_index
        # and could leave the older generation open. open_built waits for a running sync, then
        # finds the index open.
        self._opening = threading.Lock()
        schema = make_schema()
        self._parser = uq.make_parser(schema)
        self._main_parser = uq.make_parser(schema, uq.MAIN_FIELDS)
        self._parsed: dict[tuple[int, str, bool], wquery.Query] = {}
        self._bulk: BulkScorer | None = None
        # What prefixes, phrases being typed and CJK characters expand to (made anew with each
        # searcher: _set_index).
        self._prefixes = PrefixQueries(self._lock, self.searcher, self._bulk_scorer)
        # The corpus grouping of names for the searcher it was worked out on (corpus_view), and
        # the state it came from with the generation that state is of (brought up to date after
        # an update); one thread at a time works it out.
        self._view: tuple[Searcher, CorpusView] | None = None
        self._names: tuple[Path | None, NamesState] | None = None
        self._names_lock = threading.Lock()

    # -- opening --------------------------------------------------------------------------

    def _current(self) -> Path | None:
        return storage.current_generation(self.index_dir)

    def _open_existing(self, _retry: bool = True) -> tuple[windex.Index | None, str]:
        """Open the live generation; return (index, "") or (None, why it cannot be used).

        Raises :class:`IndexUntrusted` when the index folder is not the user's own.
        """
        storage.check_trusted(self.index_dir)
        why = storage.untrusted_current(self.index_dir)
        if why:  # it could name a generation someone else planted: rebuilt, and CURRENT rewritten
            return None, f"index refused: {why}"
        gen = storage.current_generation(self.index_dir)
        if gen is None or not gen.is_dir():
            return None, "no index yet"
        try:
            why = storage.untrusted_content(gen)
            meta = json.loads((gen / META_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            return None, "index metadata missing or damaged"
        if why:
            return None, f"index refused: {why}"
        if meta != expected_meta(self.analysis_version):
            return None, "index was built by another version"
        if self._ix is not None and gen == self._gen:
            return self._ix, ""  # already open (and held)
        if not (gen / storage.MARKER).exists():
            # Named by CURRENT with the app's metadata: made by a version before markers. (In a
            # read-only cache it stays unmarked: read, but never removed.)
            with contextlib.suppress(OSError):
                storage.mark(gen)
        held = storage.hold(gen)
        if held is None and _retry and storage.current_generation(self.index_dir) != gen:
            return self._open_existing(_retry=False)  # replaced by another process meanwhile
        try:
            ix = open_index(gen)
            with ix.searcher() as s:  # touch every segment so damage shows here, not mid-search
                s.doc_count_all()
                list(s.lexicon("doc"))[:1]
        except unpickle.UnsafePickle as exc:
            if held is not None:
                held.release()
            return None, f"index refused: {exc}"
        except Exception as exc:
            if held is not None:
                held.release()
            return None, f"index damaged ({type(exc).__name__}: {one_line(str(exc), 80)})"
        self._stash(gen, held)
        return ix, ""

    def forget_queries(self) -> None:
        """Drop the parsed queries and prefix expansions kept from the last searches, as a query
        never met before finds them (the benchmark's cold runs: typing meets a new prefix at
        every key, where the benchmark's repeated log would find it kept)."""
        with self._lock:
            self._prefixes.forget_queries()
            self._parsed = {}

    def _set_index(self, ix: windex.Index) -> None:
        with self._lock:
            self._recent = (None, {})  # read from the searcher closed below
            self._prefixes = PrefixQueries(self._lock, self.searcher, self._bulk_scorer)
            self._parsed = {}
            self._bulk = None
            self._view = None
            old = self._searcher
            self._ix = ix
            self._searcher = _searcher_with_files_open(ix)
            if old is not None:
                old.close()
            if self._pending is not None:  # the generation ``ix`` reads (see _open_existing)
                left = self._gen
                if self._held is not None:
                    self._held.release()
                self._gen, self._held = self._pending
                self._pending = None
                if left is not None and left != self._gen:
                    # Another process replaced the generation this one read: the last reader removes it.
                    storage.remove_old_generations(self.index_dir, keep=self._gen)

    def _stash(self, gen: Path, held: Held | None) -> None:
        with self._lock:
            if self._pending is not None and self._pending[1] is not None:
                self._pending[1].release()
            self._pending = (gen, held)

    def catch_up(self) -> None:
        """Read the index as another process left it: when the live generation (``CURRENT``)
        or its table of contents moved on since this process's searcher was opened (the CLI's
        ``index`` in another terminal added, changed or removed files, or rebuilt it), reopen
        the searcher on it. Else the open app searched the index as it was when it last wrote:
        new files' words were not found and moved files' hits were stale (issue 13, s16). One
        read of ``CURRENT`` and of the generation's table of contents. Nothing while a sync of
        this process opens the index (it opens the latest itself)."""
        if self._searcher is None or not self._opening.acquire(blocking=False):
            return
        try:
            with self._lock:
                searcher = self._searcher
                if searcher is None:
                    return
                if storage.current_generation(self.index_dir) == self._gen and searcher.up_to_date():
                    return
            ix, _why = self._open_existing()
            if ix is not None:
                self._set_index(ix)
        finally:
            self._opening.release()

    def searcher(self) -> Searcher:
        with self._lock:
            if self._searcher is None:
                raise RuntimeError("index not open: call sync() first")
            return self._searcher

    def is_open(self) -> bool:
        return self._searcher is not None

    def open_built(self) -> bool:
        """Open the index as it is on disk, indexing nothing and building nothing; False when
        there is no usable one (missing, of another version, damaged). Raises
        :class:`IndexUntrusted` for a folder that is not the user's own."""
        with self._opening:
            if self.is_open():
                return True
            ix, _why = self._open_existing()
            if ix is None:
                return False
            self._set_index(ix)
            return True

    def close(self) -> None:
        with self._lock:
            self._recent = (None, {})
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None
            self._ix = None
            if self._held is not None:
                self._held.release()
            if self._pending is not None and self._pending[1] is not None:
                self._pending[1].release()
            self._gen = self._held = self._pending = None

    # -- building -------------------------------------------------------------------------

    def _fields(self, article: Article) -> dict[str, Any]:
        # (a method: the build's workers call it on the index they were forked with, and the
        # tests replace it to fail a build mid-way)
        return building.article_fields(self, article)

    def rebuild(self, reason: str = "asked", progress: Progress | None = None) -> SyncReport:
        """Build a new generation from every article and make it the live one.

        Raises :class:`IndexBusy` at once when another process is writing the index.
        """
        self._check_folder()
        with storage.write_lock(self.index_dir, wait=False):
            return self._rebuild(reason, progress)

    def _check_folder(self) -> None:
        storage.check_trusted(self.index_dir)
        make_private_dirs(self.index_dir)

    def _rebuild(self, reason: str, progress: Progress | None) -> SyncReport:
        return building.rebuild_generation(self, reason, progress)

    def sync(
        self,
        progress: Progress | None = None,
        force: bool = False,
        on_wait: Callable[[str], None] | None = None,
        marks: MarksMoved | None = None,
    ) -> SyncReport:
        """Bring the index in line with the corpus: open, update changed files, or rebuild.

        With no usable index and another process building one, waits for it (``on_wait`` is
        told why) and uses what it built. With a usable index and another process writing,
        opens the index as it is and raises :class:`IndexBusy`. ``OSError`` when the index
        cannot be written (the index, if one exists, is open for searching all the same).
        ``marks``: an article whose noise marks moved since it was indexed is indexed again
        (see :class:`~waic_reader.index.search.engine.SearchEngine`).
        """
        with self._opening:
            return self._sync(progress, force, on_wait, marks)

    def _sync(
        self,
        progress: Progress | None,
        force: bool,
        on_wait: Callable[[str], None] | None,
        marks: MarksMoved | None = None,
    ) -> SyncReport:
        if force:
            try:
                return self.rebuild("asked", progress)
            except IndexBusy:
                ix, _why = self._open_existing()
                if ix is not None:  # search it as it is
                    self._set_index(ix)
                    raise
                # No index yet: what the other process is building is the fresh index asked for.
        ix, why = self._open_existing()
        if ix is not None:
            self._set_index(ix)
            report, todo, _carried = building.changes(self, ix, marks)
            if not todo:
                return report
            lock = storage.write_lock(self.index_dir, wait=False)  # IndexBusy: search what is there
        else:
            self._check_folder()
            try:
                lock = storage.write_lock(self.index_dir, wait=False)
            except IndexBusy:
                if on_wait is not None:
                    on_wait("index busy: waiting for another waic-reader to finish building it")
                lock = storage.write_lock(self.index_dir, wait=True)
        with lock:
            # Under the lock, the live generation is the one to update: another process may
            # have built or replaced it since it was read above.
            ix, again = self._open_existing()
            if ix is None:
                return self._rebuild(why if why == again else again, progress)
            self._set_index(ix)
            return building.update(self, ix, progress, marks)

    def update_docs(self, docs: Iterable[str]) -> None:
        """Re-index ``docs`` now although their files did not change (e.g. the user re-marked
        a block as noise, which moves its text between the content and noise fields).

        Waits for another process writing the index, then writes into the live generation
        (which that process may have replaced). ``OSError`` when the index cannot be written.
        """
        building.update_docs(self, docs)

    # -- stored data ----------------------------------------------------------------------

    def stored(self) -> dict[str, StoredDoc]:
        """What the index keeps of every document, by doc id (titles, counts for the library).

        Under the index's lock, as every read of the shared searcher: whoosh's readers share
        one file object per segment file (seek, then read), so two workers reading at once
        (the library's rows and the fact sheet's figures) read each other's bytes ("Error -3
        while decompressing data"), and a sync closing the old searcher meanwhile made "seek of
        closed file"."""
        self.catch_up()
        with self._lock:
            return {f["doc"]: _stored_doc(f) for f in self.searcher().all_stored_fields()}

    def _stored_fields(self, doc: str) -> Mapping[str, Any] | None:
        """The whoosh stored fields of ``doc``, or None (not indexed, or no index open): one
        stored document read, under the index's lock (see :meth:`stored`). The last
        :data:`RECENT_DOCS` read are kept for the searcher they were read from (dropped with it:
        a new index state reads them again): the Quotes screen asks each article's kept
        mentions, quotes and language one after the other, and looking the document up and
        unpickling it three times was a fifth of its first open on 221 articles (round s35-p).
        Read-only (a view): a caller changing them would change them for the next one."""
        with self._lock:
            if self._searcher is None:
                return None
            searcher = self._searcher
            held, recent = self._recent
            if held is not searcher:
                recent = {}
                self._recent = (searcher, recent)
            if doc in recent:
                return recent[doc]
            docnum = searcher.document_number(doc=doc)
            fields = MappingProxyType(searcher.stored_fields(docnum)) if docnum is not None else None
            if len(recent) >= RECENT_DOCS:
                del recent[next(iter(recent))]  # the oldest (dicts keep their order)
            recent[doc] = fields
        return fields

    def names_stale(self, stamps: Mapping[str, str | None]) -> set[str]:
        """The docs of ``stamps`` whose names the gazetteer files as they are now can change
        (:func:`~.gazetteer_docs.stale_docs`, from this index's postings and the files its
        generation keeps by stamp); with no index open, every doc of a stamp other than now's.
        Under the index's lock, as every read of the shared searcher (:meth:`stored`)."""
        self.catch_up()
        with self._lock:
            if self._searcher is None or self._gen is None:
                now = gazetteer_stamp()
                return {doc for doc, stamp in stamps.items() if stamp != now}
            return gazetteer_docs.stale_docs(self._searcher, self._gen, stamps)

    def stored_doc(self, doc: str) -> StoredDoc | None:
        """What the index keeps of ``doc``, or None (not indexed, or no index open)."""
        fields = self._stored_fields(doc)
        return _stored_doc(fields) if fields is not None else None

    def kept_mentions(self, doc: str) -> bytes | None:
        """The mentions the index keeps of ``doc`` (:func:`Analysed.kept_mentions`), or None
        (not indexed, or no index open)."""
        fields = self._stored_fields(doc)
        value = fields.get("mentions") if fields is not None else None
        return value if isinstance(value, bytes) else None

    def kept_article(self, doc: str) -> bytes | None:
        """The article the index keeps of ``doc`` as read (:mod:`corpus.kept_article`), or None
        (not indexed, or no index open)."""
        fields = self._stored_fields(doc)
        value = fields.get("article") if fields is not None else None
        return value if isinstance(value, bytes) else None

    def kept_quotes(self, doc: str) -> bytes | None:
        """The quotes the index keeps of ``doc`` (:func:`Analysed.kept_quotes`), or None (not
        indexed, or no index open)."""
        fields = self._stored_fields(doc)
        value = fields.get("quotes") if fields is not None else None
        return value if isinstance(value, bytes) else None

    def doc_count(self) -> int:
        with self._lock:
            return int(self.searcher().doc_count())

    # -- searching ------------------------------------------------------------------------

    def _bulk_scorer(self, s: Searcher) -> BulkScorer:
        """The bulk scorer of the searcher ``s``, made once per searcher (under the index's lock)."""
        if self._bulk is None or self._bulk.s is not s:
            self._bulk = BulkScorer(s)
        return self._bulk

    def _parse_with(self, parser: Any, text: str, typing: bool) -> wquery.Query:
        """``text`` parsed by ``parser``, prefixes expanded; remembered for this index state
        (a search, then opening a hit at its matches, parses the query once)."""
        key = (id(parser), text, typing)
        with self._lock:
            got = self._parsed.get(key)
        if got is None:
            got = self._parse_uncached(parser, text, typing)
            with self._lock:
                if len(self._parsed) >= 64:
                    self._parsed.clear()
                self._parsed[key] = got
        return got

    def _parse_uncached(self, parser: Any, text: str, typing: bool) -> wquery.Query:
        text = uq.check(uq.close_typed(text) if typing else text)
        text = uq.as_you_type(text) if typing else uq.percent_prefixes(text)
        if not text:
            raise QueryError("type something to search")
        try:
            q = parser.parse(text)
        except Exception as exc:
            raise QueryError(f"cannot read this query ({one_line(str(exc), 60)})") from None
        every = parser is self._parser  # every field: an entity's name in the boilerplate too
        # A speaker asked by a name the grouping joins other names to is also found where an
        # article writes one of those ("Governor Brannock" for said:"Ilsa Brannock", t13x F12),
        # before prefixes are expanded: a prefix after the name is one after the other names too.
        q = self._said_grouped(q)

        def prefix_query(f: str, p: str, b: float) -> wquery.Query:
            got = prefixes.prefix_query(f, p, b, typing)
            if every and f == "entity":  # the names the boilerplate alone holds starting so
                return wquery.Or([got, prefixes.prefix_query(uq.NOISE_ENTITY, p, b, typing)])
            return got

        def phrase_prefix(f: str, words: list[str], p: str, b: float) -> wquery.Query:
            return prefixes.phrase_prefix_query(f, words, p, b)

        with self._lock:
            prefixes = self._prefixes
            q = uq.expand_prefixes(q, prefix_query, prefixes.cjk_char_query, phrase_prefix)
        q = self._leading_words(q, prefix_query)
        if every:
            q = uq.in_boilerplate_too(q)
        # Its NOT clauses matched over the live documents only: never an article's copy an
        # update deleted (negation.py, issue 15 H9).
        return live_negations(q.normalize())

    def parse(self, text: str, *, typing: bool = False) -> wquery.Query:
        """The query as searched: unfielded words in titles, article bodies and boilerplate."""
        return self._parse_with(self._parser, text, typing)

    def parse_main(self, text: str, *, typing: bool = False) -> wquery.Query:
        """The query without the boilerplate field for unfielded words (``noise:`` stays); a
        ``NOT`` clause still covers the boilerplate (it excludes what the full query excludes)."""
        return uq.negations_from(self._parse_with(self._main_parser, text, typing), self.parse(text, typing=typing))

    def typed_query(self, text: str) -> str:
        return uq.as_you_type(uq.close_typed(text))

    def value_query(self, text: str, *, typing: bool = False) -> str | None:
        return uq.value_reading(text, typing=typing)

    def doc_matches(self, doc: str, query: str, *, in_article: bool = False) -> bool:
        q = self.parse_main(query) if in_article else self.parse(query)
        q = self._grouped(q)
        with self._lock:
            s = self.searcher()
            # whoosh's own matchers: an AND with the doc's id term (a NOT clause becomes AndNot).
            m = wquery.And([wquery.Term("doc", doc), q]).normalize().matcher(s)
            return bool(m.is_active())

    def match_spans(
        self, text: str, query: str, markdown: Sequence[Span] | None = None, title: str | None = None
    ) -> list[Span]:
        """Spans of ``text`` with a word the submitted ``query`` searches in the article itself
        (not ``noise:`` or ``entity:``): its words anywhere, a ``title:`` word only in the title
        (``title``) where the text shows it, an ``outlet:`` word nowhere (it is metadata);
        ``markdown``: the blocks of a Markdown article, searched as the reader shows them.
        Raises ``QueryError``."""
        q = self.parse(query)
        terms = uq.positive_terms(q)
        # (the boilerplate's runs too, as its words are: a phrase found only in a byline,
        # "Ruiz-Cal*", was lit as its words apart, t13ad N22)
        runs = {(f, r) for f in (*TEXT_FIELDS, "title") for r in uq.phrase_runs(q, (f,))}
        return article_spans(text, markdown, title, terms, set(), runs, uq.term_words(q))

    def query_entities(self, query: str) -> set[str]:
        """Entity names the submitted ``query`` asks for (``entity:``/``who:``, not under NOT),
        as the index stores them, each with the whole names of the entities the corpus grouping
        merges it into (:meth:`entity_homes`). Raises ``QueryError``."""
        return self.entity_homes({t for f, t in uq.positive_terms(self.parse(query)) if f == "entity"})

    def entity_homes(self, names: set[str]) -> set[str]:
        """``names`` (``entity`` field terms) with the whole name of each entity the corpus
        grouping merges one of them into (:meth:`CorpusView.home_terms`: ``who:"Ostrava Freight"``
        is also "Ostrava Freight Lines", written in full in another article) and each such whole
        name's one short form (:meth:`CorpusView.short_forms`: "rnf" of "royal nursing
        federation", defined in another article), so that the
        mentions an entity search lights are those of the entities its hits were found by
        (:meth:`CorpusView.expand`). As given while no index is open."""
        if not names or not self.is_open():
            return names
        from waic_reader.index.analysis.entities.patterns import figure_term

        # a figure asked as one spelling is the entity of its value, whatever its mentions write
        names = names | {k for n in names if (k := figure_term(n)) is not None}
        try:
            view = self.corpus_view()
            homes = view.home_terms()
            # a firm asked by a legal form no article writes: the firm's names and their homes
            firms = {t for n in names for t in view.firm_terms(n, self._known_entity)}
        except RuntimeError:  # closed between the check and the read: the names as given
            return names
        names = names | firms
        names = names.union(*(homes.get(n, ()) for n in names))
        # an entity's one short form, written alone in an article that never defines it, is a
        # mention of the entity there: ``expand`` finds that article by the short form, so its
        # mentions of it are the matches ("The RNF said …" of ``who:"Royal Nursing Federation"``,
        # t13ajr S1)
        # (and so is a word of its whole name asked alone: ``who:Fraud`` finds the articles that
        # write only "SFO", as ``expand`` does with ``word_shorts``, and lights it there, s45-rv 12)
        shorts, word_shorts = view.short_forms(), view.word_shorts()
        return names.union(*(shorts.get(n, ()) for n in names), *(word_shorts.get(n, ()) for n in names))

    def query_said(self, query: str, doc: str | None = None) -> set[str]:
        """``said`` field terms the submitted ``query`` asks for (not under NOT); given ``doc``,
        with those the corpus grouping searches in that article for the speaker's other names
        (:func:`~.parser.said_grouped_terms`). Raises ``QueryError``."""
        q = self.parse(query)
        said = {t for f, t in uq.positive_terms(q) if f == "said"}
        return said | uq.said_grouped_terms(q, doc) if doc is not None and said else said

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
        self.catch_up()
        q = self.parse(text, typing=typing)
        q_main = self.parse_main(text, typing=typing)
        lit = _lit_terms(q)
        # A number and the start of a percent word ("65 per"): an article holding the percentage
        # is lit by that reading alone (Workspace.lit_query), never at a bare "65" found first.
        value = uq.value_reading(text, typing=typing)
        value_lit = _lit_terms(self.parse(value)) if value is not None else None
        # An entity term also finds the articles the corpus grouping gives that name.
        q, q_main = self._grouped(q), self._grouped(q_main)
        with self._lock:
            s = self.searcher()
            # One pass that scores and counts (no block-quality skipping: measured slower here,
            # and a skipping pass needs a second one to count). No terms=True either: which
            # fields matched is worked out for the returned hits only (matched_fields).
            bulk = self._bulk_scorer(s)
            bulk.clear()
            total_exact = True
            lazy = None
            if q_main != q and limit is not None and few_matches(s, q_main, limit):
                # A phrase whose words are rare in articles: its matches cannot fill the page,
                # so the boilerplate pass would run anyway; one pass over every field is cheaper.
                top, total = collect(s, q, limit, bulk)
            else:
                if limit is not None and bulk.ok:
                    # A phrase with many candidates: positions checked until the page is settled.
                    lazy = bulk.phrase_top(q_main, limit)
                if lazy is not None:
                    top, total, total_exact = lazy
                else:
                    top, total = collect(s, q_main, limit, bulk)
            if limit is None or total < limit:
                if q_main != q:
                    seen = {docnum for docnum, _ in top}
                    rest = rest_of(q, q_main)
                    if rest is not None:
                        # One clause ("Nvidia", "people said"): only its boilerplate part is new.
                        more, _n = collect(s, rest, None, bulk)
                        more = [(d, sc) for d, sc in more if d not in seen]
                        total += len(more)
                    else:
                        more, total = collect(s, q, limit, bulk)
                    extra = [(d, sc) for d, sc in more if d not in seen]
                    top = top + (extra if limit is None else extra[: limit - len(top)])
            elif q_main != q and total_exact:
                # The count of every match: the article matches just scored, plus those only in
                # the boilerplate (one clause: its boilerplate part; else the whole query again).
                rest = rest_of(q, q_main)
                main_docs = bulk.last_docs
                noise_docs = docset(s, rest, bulk) if rest is not None and main_docs is not None else None
                full = docset(s, q, bulk) if noise_docs is None else None
                if noise_docs is not None and main_docs is not None:
                    total = len(main_docs) + len(noise_docs.difference(main_docs))
                elif full is not None:
                    total = len(full)
                else:  # a phrase: counting its boilerplate matches means checking positions
                    total_exact = False
            top_fields = [(docnum, s.stored_fields(docnum), score) for docnum, score in top]
            matched = matched_fields(s, q, [docnum for docnum, _ in top], bulk)
            bulk.clear()

        def lit_by(doc: str) -> Lit:
            if value is not None and value_lit is not None and self.doc_matches(doc, value, in_article=True):
                return value_lit
            return lit

        hits = [
            make_hit(self, stored["doc"], stored, score, matched.get(docnum, set()), *lit_by(stored["doc"]), q)
            for docnum, stored, score in top_fields
        ]
        # Hits only in boilerplate rank below every hit in the article itself.
        hits.sort(key=lambda h: ("content" not in h.where, -h.score))
        return Results(text, total, hits, uq.describe_terms(lit[0]), (time.perf_counter() - start) * 1000, total_exact)

    # -- the corpus grouping of names -----------------------------------------------------

    def corpus_view(self) -> CorpusView:
        """The corpus grouping of names for the index as it is (:mod:`corpus_names`): worked
        out on the first entity search after the index changed and kept until it changes again.
        Its state (:class:`~.names_state.NamesState`) is kept in memory and in the generation's
        folder (:mod:`.names_files`): after an update, the next search brings it up to date from the
        articles the update changed (~ms for a few), or works it all out again from every
        article's kept value when that is not exact (a new generation, a place's kind changed,
        many articles changed). Raises ``RuntimeError`` when no index is open."""
        with self._names_lock:
            while True:
                view = self._corpus_view()
                if view is not None:
                    return view

    def _corpus_view(self) -> CorpusView | None:
        """:meth:`corpus_view` (under ``_names_lock``); None when the searcher was replaced
        meanwhile (then it is worked out for the new one)."""
        with self._lock:
            s = self.searcher()
            held = self._view
            if held is not None and held[0] is s:
                return held[1]
            gen = self._gen
        with self._lock:
            if self._searcher is not s:
                return None
            segments = names_files.segments(s)
        key = names_files.segments_key(segments)
        state = self._names[1] if self._names is not None and self._names[0] == gen else None
        if state is None and gen is not None:
            # Another process worked this state of the index out: its view alone (a tenth of
            # the state's size) is what search reads.
            view = names_files.read_view(gen, key)
            if view is not None:
                with self._lock:
                    if self._searcher is s:
                        self._view = (s, view)
                return view
        if state is None and gen is not None:
            state = names_files.read_state(gen)
        with self._lock:
            if self._searcher is not s:
                return None
            state, kept, changed, layout = names_files.brought_up_to_date(state, s, segments)
        if state is None:
            state = NamesState.worked_out(kept, layout)
        self._names = (gen, state)
        view = state.view()
        view.aliases, view.aliases_stamp = self._aliases_for_view()
        if gen is not None:
            # Kept for the next process; a read-only index folder works it out again next time.
            names_files.keep(gen, view, key, state, with_state=bool(changed or kept or not state.layout))
        with self._lock:
            if self._searcher is s:
                self._view = (s, view)
        return view

    def _aliases_for_view(self) -> tuple[dict[str, str], str]:
        """The gazetteer's aliases and the stamp of the files they were read from, kept with a
        view worked out now: the view held before's when the files are unchanged, else read from
        the analyser's gazetteer (built once a process, read again when the files changed) under
        that gazetteer's own stamp, never the stamp of files edited after it read them; none
        without one."""
        held = self._view
        if held is not None and held[1].aliases_stamp == gazetteer_stamp():
            return held[1].aliases, held[1].aliases_stamp
        gazetteer = getattr(self.analyse, "gazetteer", None)
        if gazetteer is None:
            return {}, ""
        return gazetteer.aliases(), gazetteer.stamp

    def gazetteer_aliases(self) -> Mapping[str, str] | None:
        """The gazetteer's names and aliases kept with the names view (``alias_key`` →
        canonical name: :meth:`~.gazetteer.Gazetteer.aliases`); None while no index is open, or
        when the gazetteer files changed since the view was kept (then the gazetteer is read)."""
        if not self.is_open():
            return None
        try:
            view = self.corpus_view()
        except RuntimeError:  # closed meanwhile
            return None
        return view.aliases if view.aliases_stamp and view.aliases_stamp == gazetteer_stamp() else None

    def grouped_mentions(
        self, doc: str, mentions: list[Mention], text: str | None, noise_spans: Sequence[tuple[int, int]] = ()
    ) -> list[Mention]:
        """``doc``'s ``mentions`` (and ``text``) as the corpus grouping of names makes them, what
        an ``entity:``/``who:`` search matches in it, a name added inside its boilerplate
        (``noise_spans``) flagged ``noise``; as given while no index is open."""
        if not self.is_open():
            return mentions
        try:
            return self.corpus_view().mentions(doc, mentions, text, noise_spans)
        except RuntimeError:
            return mentions

    def spellings(self) -> Mapping[str, Mapping[str, int]]:
        if not self.is_open():
            return {}
        try:
            return self.corpus_view().spelled
        except RuntimeError:
            return {}

    def grouped_docs(self, name: str) -> set[str]:
        if not self.is_open():
            return set()
        forms = name_forms(name)
        return set(self.corpus_view().docs.get(forms[0], set())) if forms else set()

    def _grouped(self, q: wquery.Query) -> wquery.Query:
        """``q`` with its entity terms also matching the articles the corpus grouping gives
        those names (:meth:`CorpusView.expand`); as it is without entity terms."""
        if not any(f == "entity" for f, _t in q.iter_all_terms()):
            return q
        return self.corpus_view().expand(_figures_widened(q), self._known_entity).normalize()

    def _said_grouped(self, q: wquery.Query) -> wquery.Query:
        """``q`` with its ``said`` terms also matching the other names the corpus grouping gives
        their speaker, in the articles it gives the speaker them (:meth:`CorpusView.widen_said`);
        as it is without said terms, or while no index is open."""
        if not any(f == "said" for f, _t in q.iter_all_terms()) or not self.is_open():
            return q
        try:
            return self.corpus_view().widen_said(q)
        except RuntimeError:  # closed meanwhile: the said terms as asked
            return q

    def _leading_words(self, q: wquery.Query, prefix_query: Callable[[str, str, float], wquery.Query]) -> wquery.Query:
        """``q`` with each ``entity`` term of two words or more that no article writes as a name
        (:meth:`_known_entity`, the boilerplate's names too) also matching the names it opens,
        by whole words (``prefix_query`` of the term and a space): ``who:"Norvale Department"``
        finds "Norvale Department of Health" as ``who:Norvale`` does (t13ak N14: 0 articles). A
        name some article writes is as it is: "Ranvik Drilling", written bare, is not also its
        sister firm "Ranvik Drilling Services" (t13h F3)."""

        def widen(node: wquery.Query) -> wquery.Query:
            if isinstance(node, wquery.Term) and node.fieldname == "entity" and " " in node.text:
                try:
                    known = self._known_entity(node.text) or self._known_entity(node.text, uq.NOISE_ENTITY)
                except RuntimeError:  # no index open (yet): the name as asked, as a prefix is
                    return node
                if not known:
                    return wquery.Or([node, prefix_query("entity", node.text + " ", node.boost)])
            return node

        return q.accept(widen)

    def _known_entity(self, term: str, field: str = "entity") -> bool:
        """Whether ``term`` is an ``entity`` term of some article in the index (a name one of
        them writes: ``who:`` finds it as it is, no other legal form is looked up)."""
        with self._lock:
            return self.searcher().doc_frequency(field, term) > 0


def _figures_widened(q: wquery.Query) -> wquery.Query:
    """``q`` with each ``entity`` term that is one figure ("$2.5m", "5 pct", "twelve") also
    matching the term of its value (``patterns.figure_term``): the articles writing it any other
    way ("$2.5 million", "5%", "12"), as the entity list makes them one entity. (The recogniser's
    patterns imported here: an index opened for a plain search loads no name data.)"""
    from waic_reader.index.analysis.entities.patterns import figure_term

    def widen(node: wquery.Query) -> wquery.Query:
        if isinstance(node, wquery.Term) and node.fieldname == "entity":
            key = figure_term(node.text)
            if key is not None and key != node.text:
                return wquery.Or([node, wquery.Term("entity", key, boost=node.boost)])
        return node

    return q.accept(widen)
