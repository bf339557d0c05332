"""The on-disk whoosh index of a corpus: build, incremental sync, and search.

Layout of an index folder (in the user's cache, never in the corpus)::

    <index_dir>/CURRENT        name of the live generation folder (replaced atomically)
    <index_dir>/gen-<n>/       a whoosh index + ``waic-index.json`` (schema/analysis versions)

A rebuild writes a new generation and only then points ``CURRENT`` at it, so an interrupted
build leaves the previous index usable. Incremental updates commit in place (whoosh commits are
atomic). One searcher is kept per process and refreshed after writes. One process writes at a
time (:func:`storage.write_lock`); the index's pickles are loaded with a restricted unpickler
(:mod:`.unpickle`) from a folder only the user can write (:mod:`.storage`).

:class:`SearchIndex` holds the open index, its searcher and generation, and the state kept
for them (parsed queries, prefix expansions, the names grouping); the work is done by plain
functions of it, one module per part: :mod:`.opening`, :mod:`.building`, :mod:`.query_reading`,
:mod:`.searching`, :mod:`.names_view` (a class holding the grouping), :mod:`.stored`.
"""

from __future__ import annotations

import threading
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
from waic_reader.index.corpus.tokens import name_forms
from waic_reader.index.errors import IndexBusy
from waic_reader.index.locking import Held
from waic_reader.index.paths import make_private_dirs
from waic_reader.index.search.engine import Analyse, MarksMoved
from waic_reader.index.search.model import Progress, Results, Span, StoredDoc, SyncReport
from waic_reader.index.search.whoosh import (
    building,
    gazetteer_docs,
    names_view,
    opening,
    query_reading,
    searching,
    storage,
)
from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.search.whoosh.article_spans import TEXT_FIELDS, article_spans
from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer
from waic_reader.index.search.whoosh.corpus_names import CorpusView
from waic_reader.index.search.whoosh.dropped_words import dropped_word_runs
from waic_reader.index.search.whoosh.prefix_queries import PrefixQueries
from waic_reader.index.search.whoosh.schema import (  # (installs the restricted unpickler)
    make_schema,
)
from waic_reader.index.search.whoosh.stored import stored_doc

# Documents whose stored fields SearchIndex._stored_fields keeps, the last read.
RECENT_DOCS = 8


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
        self._prefixes = PrefixQueries(self._lock, self.searcher, self.bulk_scorer)
        # The corpus grouping of names for the searcher it was worked out on (names_view.py).
        self._names_views = names_view.NamesViews(self)
        # the multi-word entity terms of a searcher (long_entity_terms), kept for that searcher
        self._long_names: tuple[Searcher, list[str]] | None = None

    # -- opening --------------------------------------------------------------------------

    def _current(self) -> Path | None:
        return storage.current_generation(self.index_dir)

    def _open_existing(self) -> tuple[windex.Index | None, str]:
        """Open the live generation; return (index, "") or (None, why it cannot be used)
        (:func:`.opening.open_live`; a generation newly opened is held until _set_index takes it).

        Raises :class:`IndexUntrusted` when the index folder is not the user's own.
        """
        ix, why, opened = opening.open_live(self.index_dir, self.analysis_version, self._ix, self._gen)
        if opened is not None:
            self._stash(*opened)
        return ix, why

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
            self._prefixes = PrefixQueries(self._lock, self.searcher, self.bulk_scorer)
            self._parsed = {}
            self._bulk = None
            self._names_views.drop()
            old = self._searcher
            self._ix = ix
            self._searcher = opening.searcher_with_files_open(ix)
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
            return {f["doc"]: stored_doc(f) for f in self.searcher().all_stored_fields()}

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
        return stored_doc(fields) if fields is not None else None

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

    @property
    def lock(self) -> threading.RLock:
        """The index's reentrant lock: held by the search modules over several reads of one
        searcher's state (:meth:`searcher`, :meth:`bulk_scorer`, :meth:`prefix_queries`), so that
        a sync replacing the searcher meanwhile is seen (:meth:`is_current`)."""
        return self._lock

    @property
    def generation(self) -> Path | None:
        """The index generation (a folder of :mod:`.storage`) being read; None while none is open."""
        with self._lock:
            return self._gen

    def is_current(self, s: Searcher) -> bool:
        """Whether ``s`` is still the index's searcher (a sync replaces it: :meth:`_set_index`)."""
        with self._lock:
            return self._searcher is s

    def prefix_queries(self) -> PrefixQueries:
        """What prefixes, phrases being typed and CJK characters expand to for the current
        searcher (made anew with each one)."""
        with self._lock:
            return self._prefixes

    def reads_every_field(self, parser: Any) -> bool:
        """Whether ``parser`` is the index's parser of every field (:meth:`parse`: an entity's
        name in the boilerplate too), not its articles' own fields' (:meth:`parse_main`)."""
        return parser is self._parser

    def bulk_scorer(self, s: Searcher) -> BulkScorer:
        """The bulk scorer of the searcher ``s``, made once per searcher (call with :attr:`lock`
        held: it is kept for that searcher and cleared between searches)."""
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
        # (a method: a test counts the parses _parse_with makes)
        return query_reading.parse_uncached(self, parser, text, typing)

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
        runs = {(f, r) for f in (*TEXT_FIELDS, "title") for r in uq.phrase_runs(q, (f,)) | dropped_word_runs(query)}
        return article_spans(text, markdown, title, terms, set(), runs, uq.term_words(q))

    def query_entities(self, query: str) -> set[str]:
        """Entity names the submitted ``query`` asks for (``entity:``/``who:``, not under NOT),
        as the index stores them, each with the whole names of the entities the corpus grouping
        merges it into (:meth:`entity_homes`). Raises ``QueryError``."""
        return self.entity_homes({t for f, t in uq.positive_terms(self.parse(query)) if f == "entity"})

    def entity_homes(self, names: set[str]) -> set[str]:
        """``names`` (``entity`` field terms) with the whole names and short forms of the
        entities the corpus grouping merges them into (:func:`.names_view.entity_homes`)."""
        return names_view.entity_homes(self, names)

    def query_said(self, query: str, doc: str | None = None) -> set[str]:
        """``said`` field terms the submitted ``query`` asks for (not under NOT); given ``doc``,
        with those the corpus grouping searches in that article for the speaker's other names
        (:func:`~.parser.said_grouped_terms`). Raises ``QueryError``."""
        q = self.parse(query)
        said = {t for f, t in uq.positive_terms(q) if f == "said"}
        return said | uq.said_grouped_terms(q, doc) if doc is not None and said else said

    def search(self, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
        """Top ``limit`` hits: article matches (title, body) first, then boilerplate-only ones
        (:func:`.searching.run_search`, where the passes and the count are said)."""
        return searching.run_search(self, text, limit=limit, typing=typing)

    # -- the corpus grouping of names -----------------------------------------------------

    def corpus_view(self) -> CorpusView:
        """The corpus grouping of names for the index as it is (:meth:`.names_view.NamesViews.view`:
        worked out on the first entity search after the index changed and kept until it changes
        again). Raises ``RuntimeError`` when no index is open."""
        return self._names_views.view()

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
        return query_reading.grouped(self, q)

    def long_entity_terms(self) -> list[str]:
        """The ``entity`` terms of two words or more of the open searcher, the boilerplate's
        names' too (whole names: ``query_reading.names_holding`` finds the names holding a
        phrase among them); read once per searcher from its lexicons. Raises ``RuntimeError``
        when no index is open."""
        with self._lock:
            s = self.searcher()
            held = self._long_names
            if held is not None and held[0] is s:
                return held[1]
            reader = s.reader()
            terms = sorted(
                {
                    t.decode("utf-8") if isinstance(t, bytes) else t
                    for field in ("entity", uq.NOISE_ENTITY)
                    if field in s.schema
                    for t in reader.lexicon(field)
                    if (b" " if isinstance(t, bytes) else " ") in t
                }
            )
            self._long_names = (s, terms)
            return terms

    def known_entity(self, term: str, field: str = "entity") -> bool:
        """Whether ``term`` is an ``entity`` term of some article in the index (a name one of
        them writes: ``who:`` finds it as it is, no other legal form is looked up)."""
        with self._lock:
            return self.searcher().doc_frequency(field, term) > 0
