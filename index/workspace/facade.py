"""The façade: a corpus opened for work, one method per thing a user does with it.

The CLI (:mod:`waic_reader.tui.cli`) and the TUI (:mod:`waic_reader.tui.screens`) call only
these methods, so every command and screen sees the same corpus, the same analysis (with the
user's boilerplate marks) and the same index. What they get back is engine data (articles,
analyses, alignments, facts, entities, search results): no search backend object crosses here.
Every span is a pair of character offsets into the article's text (``show --json`` ``text``).

Internals: ``corpus`` (:class:`~waic_reader.index.corpus.reader.Corpus`), ``analyser``
(:class:`~waic_reader.index.analysis.analyser.Analyser`) and ``index`` (a
:class:`~waic_reader.index.search.engine.SearchEngine`) are made on first use: whoosh, the
entity rules and the noise model cost ~150 ms, and the library paints from the folder listing
before any of them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.corpus.reader import Article, Corpus, CorpusError, Skipped
from waic_reader.index.errors import IndexBusy, QueryError
from waic_reader.index.paths import bundled_seeds, default_index_dir
from waic_reader.index.workspace.figures import Figures
from waic_reader.index.workspace.grouping import CorpusGrouping
from waic_reader.index.workspace.kept import IndexKept
from waic_reader.index.workspace.listing import Listing
from waic_reader.index.workspace.results import (
    ArticleGone,
    Comparison,
    EntityTable,
    FactSheet,
    Opened,
)
from waic_reader.index.workspace.search import Search
from waic_reader.index.workspace.sheets import Sheets

if TYPE_CHECKING:
    from waic_reader.index.analysis.analyser import Analyser, Analysis
    from waic_reader.index.analysis.entities.mentions import Mention
    from waic_reader.index.analysis.entities.recogniser import Entity
    from waic_reader.index.analysis.facts import FactValue
    from waic_reader.index.analysis.noise import NoiseSplit
    from waic_reader.index.analysis.overrides import OrphanMark, Overrides
    from waic_reader.index.analysis.quotes.sheet import QuoteSheet
    from waic_reader.index.analysis.timeline import Timeline
    from waic_reader.index.corpus.date_zones import OutletZones, ZoneRead
    from waic_reader.index.corpus.listing import OutletSpelling
    from waic_reader.index.search.engine import MakeEngine, SearchEngine
    from waic_reader.index.search.model import Progress, Results, StoredDoc, SyncReport


class Workspace:
    def __init__(
        self,
        corpus_dir: Path | str | None = None,
        index_dir: Path | str | None = None,
        data_dir: Path | None = None,
        engine: MakeEngine | None = None,
        *,
        defer_scan: bool = False,
    ):
        """``engine`` makes the search backend (default: whoosh's ``SearchIndex``); the tests of
        ``tests/search`` run against each backend this way. The folder is listed here, or with
        ``defer_scan`` on first use of :attr:`corpus` (by whichever thread asks first; the app
        paints the last listing's rows meanwhile, :meth:`last_rows`). Raises CorpusError when
        the folder is missing (and, listed here, unreadable), ValueError when ``index_dir`` is
        inside it."""
        root = Corpus.folder(corpus_dir if corpus_dir is not None else bundled_seeds())
        self._root = root
        self.index_dir = Path(index_dir) if index_dir else default_index_dir(root)
        if self.index_dir.resolve().is_relative_to(root):
            # whoosh keeps a pickle in its index folder; a shared corpus must never carry one.
            raise ValueError("the index folder must not be inside the corpus folder")
        self._corpus: Corpus | None = None
        # What the open index keeps of an article (asked by the corpus and the analyser first).
        self._kept = IndexKept(self)
        self._scan_lock = threading.Lock()
        # The library's rows and what a listing keeps for the next (listing.json as read, the
        # outlets' spelling, the marks file read alone).
        self._listing = Listing(self)
        if not defer_scan:
            self._corpus = self._scan()
        self.data_dir = data_dir
        self._make_engine = engine
        self.busy_message = ""
        # ``analyser`` and ``index`` are made on first use (a worker thread may be first).
        self._make_lock = threading.RLock()
        self._last_comparison: Comparison | None = None  # see compare
        # The corpus grouping of names: the last one worked out, the warnings of a kept one.
        self._grouping = CorpusGrouping(self)
        self._figures = Figures(self)  # compare, the fact sheet, figures found again
        self._sheets = Sheets(self)  # the entity table, the quotes, the timeline
        self._search = Search(self)  # queries read, searched and matched in an article

    def _scan(self) -> Corpus:
        from waic_reader.index.corpus.item_index import ITEM_INDEX_FILE, ItemIndex
        from waic_reader.index.corpus.reader import READER_VERSION

        # Feeds' and exports' item keys kept beside the index: listing an export of 20,000
        # records then costs no parse while the file is unchanged.
        corpus = Corpus.scan(self._root, ItemIndex(self.index_dir / ITEM_INDEX_FILE, READER_VERSION))
        corpus.kept = self._kept.article
        return corpus

    @property
    def corpus(self) -> Corpus:
        """The folder's articles as last listed (listed now if it was deferred and never asked
        for; a thread that asks meanwhile waits for that one listing). Raises CorpusError when
        a deferred listing finds the folder unreadable."""
        corpus = self._corpus
        if corpus is None:
            with self._scan_lock:
                corpus = self._corpus
                if corpus is None:
                    corpus = self._corpus = self._scan()
        return corpus

    @property
    def scanned(self) -> bool:
        """Whether the folder has been listed (a deferred listing happens on first use of
        :attr:`corpus`)."""
        return self._corpus is not None

    def last_rows(self) -> list[dict[str, Any]] | None:
        """The rows of the last listing as ``<index_dir>/listing.json`` keeps them, in folder
        order as it was, year-less dates resolved and outlets spelt as :meth:`list_rows` does,
        without listing the folder or checking any file: what the library paints first while
        :meth:`list_rows` checks them in a worker. Rows lack ``path``. None when there is no
        listing, it cannot be read, or other analysis rules wrote it (see
        :func:`~waic_reader.index.corpus.listing.last_listing`)."""
        return self._listing.last_rows()

    @cached_property
    def analyser(self) -> Analyser:
        from waic_reader.index.analysis.analyser import Analyser

        with self._make_lock:
            made: Analyser | None = self.__dict__.get("analyser")
            if made is None:
                made = Analyser(self.corpus, self.data_dir)
                made.kept = self._kept.mentions
                made.quotes_kept = self._kept.quotes
            return made

    @cached_property
    def index(self) -> SearchEngine:
        make = self._make_engine
        if make is None:  # the one place that names the default backend
            from waic_reader.index.search.whoosh.engine import SearchIndex

            make = SearchIndex
        with self._make_lock:
            made: SearchEngine = self.__dict__.get("index") or make(
                self.corpus, self.index_dir, self.analyser, self.analyser.version
            )
            return made

    # -- the corpus -------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        """The corpus folder (exports are never written inside it)."""
        return self._root

    @property
    def name(self) -> str:
        """The corpus folder's name."""
        return self._root.name

    @property
    def docs(self) -> list[str]:
        """Doc ids of every file found, in library order (readable or not)."""
        return self.corpus.docs

    @property
    def skipped(self) -> list[Skipped]:
        """Files the scan could not list as articles, with why."""
        return self.corpus.skipped

    @property
    def meta_errors(self) -> list[str]:
        """Problems in ``corpus.yaml`` (reads the file on first use)."""
        return self.corpus.meta_errors

    def metadata_warnings(self) -> list[str]:
        """What ``index`` reports as ``metadata_errors``: the problems in ``corpus.yaml``, then
        those in each article's own metadata (front matter that is invalid or never closed, a
        date that cannot be read in front matter, a record or a feed item), each once and naming
        its place (``notes/a.md:3:7: …``, ``exports/api.jsonl (line 3): …``). The articles' come
        from their notes in :meth:`list_rows` (kept rows: nothing is read again once indexed);
        a note is such a warning when it starts with the article's file."""
        warnings = list(self.meta_errors)
        for row in self.list_rows():
            entry = self.corpus.entries.get(row["doc"])
            if entry is None:
                continue
            places = (f"{entry.name}:", f"{entry.name} (")
            warnings.extend(n for n in row.get("notes") or () if isinstance(n, str) and n.startswith(places))
        return list(dict.fromkeys(warnings))

    def file_names(self) -> dict[str, str]:
        """Each doc id's file name, from the folder listing alone (nothing is read)."""
        return {doc: entry.file for doc, entry in self.corpus.entries.items()}

    def has_subfolders(self) -> bool:
        """True if any article lies in a subfolder of the corpus (the library then shows folders)."""
        return any("/" in e.rel for e in self.corpus.entries.values())

    def resolve(self, ref: str) -> str:
        """The doc id of ``ref`` (an id or a unique prefix); ``CorpusError`` otherwise."""
        return self.corpus.resolve(ref)

    def article(self, ref: str) -> Article:
        """The article ``ref`` names (``show``); ``CorpusError`` if unknown or unreadable. Its
        title is never a block the user marked as noise, as the reader's and ``list``'s."""
        from waic_reader.index.analysis.noise.marked_title import retitle_with_marks

        article = self.corpus.article(self.corpus.resolve(ref))
        self.analyser.refresh_marks()
        retitle_with_marks(article, self.analyser.overrides)
        return article

    def _open_built_index(self) -> bool:
        """Open the index on disk as it is (no indexing, no build) for its stored rows; False
        when there is none usable or it cannot be opened (the rows are then read from files)."""
        from waic_reader.index.errors import IndexUntrusted

        try:
            return self.index.open_built()
        except (IndexUntrusted, OSError):
            return False

    def article_date(self, article: Article, read: bool = True) -> str | None:
        """``article``'s date (ISO 8601, as precise as known) as ``list`` and the timeline give
        it (:meth:`article_dating`'s date)."""
        return self.article_dating(article, read)[0]

    def article_dating(self, article: Article, read: bool = True) -> tuple[str | None, ZoneRead | None]:
        """``article``'s date as ``list`` and the timeline give it, and how its zone was read
        (None: no time). A date without a year (``--MM-DD``, e.g. a dateline's "March 14") takes
        the year that puts it within the span of the corpus's dated articles, or stays year-less
        when none is near (:class:`~waic_reader.index.corpus.date_values.YearResolver`); a time
        without a zone takes the zone of the same outlet's zoned date, else is local
        (:class:`~waic_reader.index.corpus.date_zones.OutletZones`). The other articles' dates
        and outlets come from the rows :meth:`list_rows` keeps (``listing.json``, the index's
        stored rows); with ``read``, the articles that have neither are read for their dates
        alone (not analysed, as a listing would). An article with a year and a zone (or no
        time) costs nothing."""
        from waic_reader.index.corpus.date_zones import (
            OutletZones,
            ZoneRead,
            agency_outlet,
            copy_key,
            dateline_of,
            offset_of,
            page_of,
            read_zone,
            zoneless_time,
        )

        date = article.date
        yearless = (date or "").startswith("--")
        if not yearless and not zoneless_time(date):
            zone = offset_of(date)
            return date, (ZoneRead(date, zone) if date and zone else None)
        filed = dateline_of(article.text)
        # Only an outlet's zone needs the corpus: a dateline's place, an agency's copy or an
        # article without an outlet is read from the article alone (review s49-rv finding 11).
        # (A doc id with its file's suffix has a file of its stem beside it: a saved page's copy,
        # whose zone it takes, t13aw N13.)
        outlet_can = filed.zone is None and (bool(article.outlet) or copy_key(article.doc) is not None)
        outlet_can = outlet_can and not agency_outlet(article.outlet) and filed.credit is None
        if not yearless and not outlet_can:
            return date, read_zone(None, article.doc, article.outlet, date, filed)
        from waic_reader.index.corpus.date_values import YearResolver
        from waic_reader.index.corpus.listing import resolve_years

        zones = self._listing.zones  # the last listing's, made from the whole corpus's rows
        rows: list[dict[str, Any]] | None = None
        if yearless or zones is None:
            rows = [r for r in self._listing.rows(read, analyse=False) if r["doc"] != article.doc]
        if yearless and rows is not None:
            date = YearResolver(r.get("date") for r in rows)(date)
        if not zoneless_time(date):
            return date, None
        if zones is None and rows is not None:
            resolve_years(rows)
            zones = OutletZones(rows)
        page = page_of(article.title)
        got = read_zone(zones if outlet_can else None, article.doc, article.outlet, date, filed, page)
        return (date, None) if got is None else (got.date, got)

    def outlet_zones(self, known: Iterable[Mapping[str, Any]] = (), *, whole: bool = False) -> OutletZones:
        """The whole corpus's zones for reading a time without a zone
        (:class:`~waic_reader.index.corpus.date_zones.OutletZones`), so the fact sheet of some
        articles and the timeline date them as ``list`` does (review s49-rv finding 12): the last
        listing's (:meth:`list_rows`; else ``listing.json`` as it is, :meth:`last_rows`: nothing
        listed, checked, read or opened); else, the index open, from the rows it stores; else
        made from ``known`` (rows with ``doc``, ``outlet``, ``date``: the articles the caller has
        read). ``whole``: ``known`` is every article of the corpus (the timeline's), so the stored
        rows would say nothing more and are not read again."""
        from waic_reader.index.corpus.date_zones import OutletZones
        from waic_reader.index.corpus.listing import resolve_years

        if self._listing.zones is None:
            self.last_rows()  # (sets the listing's zones when listing.json is current)
        if self._listing.zones is not None:
            return self._listing.zones
        # the stored rows, as article_dating reads them: the whole corpus (a second read of every
        # stored row, ~2 s at 20,000 articles, when the caller has the whole corpus already)
        if not whole and self.index_ready():
            listed = self._listing.rows(read=False, analyse=False)
            if not any(r.get("pending") for r in listed):
                resolve_years(listed)
                return OutletZones(listed)
        rows = [dict(r) for r in known]
        resolve_years(rows)
        return OutletZones(rows)

    def _readable(self, docs: Iterable[str]) -> tuple[list[Article], list[tuple[str, str]]]:
        articles, skipped = [], []
        for doc in docs:
            try:
                articles.append(self.corpus.article(doc))
            except CorpusError as exc:
                skipped.append((doc, str(exc)))
        return articles, skipped

    def _docs(self, refs: Iterable[str] | None) -> list[str]:
        """Doc ids of ``refs`` (ids or unique prefixes); None: every article."""
        return list(self.corpus.entries) if refs is None else [self.corpus.resolve(r) for r in refs]

    # -- the library --------------------------------------------------------------------------

    def article_choices(self) -> list[tuple[str, str | None, str]]:
        """(doc, outlet, title) of every readable article, for pickers and the palette.

        From the index once it is open (no file is read); until then from the articles.
        """
        index = self.__dict__.get("index")  # made only if something already needed it
        if index is not None and index.is_open():
            stored = index.stored()
            return [(d, s.outlet, s.title) for d in self.corpus.entries if (s := stored.get(d)) is not None]
        out = []
        for doc in self.corpus.entries:
            try:
                article = self.corpus.article(doc)
            except CorpusError:
                continue  # unreadable files are listed by `waic-reader index` and the library
            out.append((doc, article.outlet, article.title))
        return out

    # -- the index and search -----------------------------------------------------------------

    def noise_spans(self, articles: Sequence[Article]) -> list[list[tuple[int, int]]]:
        """Boilerplate spans (character offsets) of each article, in the order given.

        Read from the search index when it is open and holds this very file (same size and
        modification time): splitting boilerplate again costs ~5 ms an article, reading the
        stored spans nothing. Otherwise (no index yet, a file changed since) from the analyser.
        """
        stored: dict[str, StoredDoc] = {}
        if self.index_ready():
            stored = self.index.stored()
        out: list[list[tuple[int, int]]] = []
        for a in articles:
            kept = stored.get(a.doc)
            entry = self.corpus.entries.get(a.doc)
            if (
                kept is not None
                and entry is not None
                and kept.noise_spans is not None
                and kept.mtime_ns == entry.mtime_ns
                and kept.size == entry.size
            ):
                out.append(list(kept.noise_spans))
            else:
                out.append(self.analyser.analyse(a).noise_spans())
        return out

    def ensure_index(
        self,
        progress: Progress | None = None,
        rebuild: bool = False,
        on_wait: Callable[[str], None] | None = None,
    ) -> SyncReport:
        """Open the index, updating or rebuilding it as needed.

        If another process is writing the index, or the index cannot be written (read-only or
        full cache), the existing index is opened as it is and ``busy_message`` says so;
        searching still works on what is there. With no index yet and another process building
        one, waits for it (``on_wait`` is told) and uses it.
        """
        from waic_reader.index.search.model import SyncReport

        self.busy_message = ""
        try:
            return self.index.sync(progress=progress, force=rebuild, on_wait=on_wait, marks=self._marks_moved())
        except IndexBusy as exc:
            self.busy_message = f"{exc}; searching the index as it is"
            if not self.index.is_open():
                raise
        except OSError as exc:
            if not self.index.is_open():
                raise
            where = f": {exc.filename}" if exc.filename else ""
            self.busy_message = f"index update failed ({exc.strerror or exc}{where}); searching the index as it is"
        report = SyncReport(str(self.index_dir), indexed=self.index.doc_count())
        report.reason = self.busy_message
        return report

    def _marks_moved(self) -> Callable[[str, str], bool]:
        """For the index's sync: whether the marks that apply to an article now (another
        process's saved marks taken in first) differ from those the index analysed it with,
        told from what it kept of that analysis (:func:`~waic_reader.index.analysis.
        timeline_cache.kept_marks`)."""
        from waic_reader.index.analysis.timeline_cache import kept_marks

        self.analyser.refresh_marks()
        keys = self.analyser.marks_keys()

        def moved(doc: str, kept: str) -> bool:
            got = kept_marks(kept)
            return got is not None and keys(doc, got[0]) != got[1]

        return moved

    def rescan(self) -> list[str]:
        """Take in files added, removed or edited in the corpus folder (and an edited
        corpus.yaml) since it was listed; their analyses are dropped. Returns the docs that
        changed (empty: nothing did). The index catches up on the next ``ensure_index``."""
        return self._forget_analyses(self.corpus.rescan())

    def take_in_meta(self) -> list[str]:
        """An edited ``corpus.yaml`` (one ``stat`` tells) taken in now, as the library's folder
        check takes it in (:meth:`rescan`): every use case that shows an article's metadata
        asks first, so the reader's header, the fact sheet, compare, the quotes and the
        timeline show the outlets and dates it gives now, whichever screen is opened after the
        edit (issue 13, s16: they kept the old ones until the library was shown again).
        Returns the docs that changed (the index is behind them: ``ensure_index`` catches up)."""
        return self.rescan() if self.corpus.meta_edited() else []

    def refresh(self, doc: str) -> list[str]:
        """Take in a change of ``doc``'s file alone (:meth:`Corpus.refresh`: one ``stat``, the
        cost of one file however large the folder), or, when that file alone cannot tell
        (``doc`` not listed, ``corpus.yaml`` edited, a feed's item ids bound up with other
        files'), the whole folder's (:meth:`rescan`). Returns the docs that changed; their
        analyses are dropped."""
        changed = self.corpus.refresh(doc)
        return self.rescan() if changed is None else self._forget_analyses(changed)

    def _forget_analyses(self, changed: list[str]) -> list[str]:
        analyser = self.__dict__.get("analyser")  # made only if something already needed it
        if analyser is not None:
            for doc in changed:
                analyser.invalidate(doc)
        return changed

    def changed_on_disk(self, doc: str) -> bool:
        """Whether ``doc``'s file is gone or no longer the one listed (its size or modification
        time differ): one ``stat``, cheap enough for every open or step."""
        entry = self.corpus.entries.get(doc)
        if entry is None:
            return True
        try:
            st = entry.path.stat()
        except OSError:
            return True
        return (st.st_size, st.st_mtime_ns) != entry.on_disk

    def check_article(self, doc: str) -> list[str]:
        """Before ``doc`` is shown: if its file is gone or changed since the folder was listed
        (:meth:`changed_on_disk`), take in that file's change (:meth:`refresh`: its entry alone,
        not the folder), so it is read anew and its analysis made again. Returns the docs that
        changed (the index is behind them: ``ensure_index`` catches up). Raises
        :class:`ArticleGone` (a ``CorpusError``) when ``doc`` is no longer in the folder (a file
        it was renamed to is found by the next folder listing)."""
        changed = self.take_in_meta()
        if self.changed_on_disk(doc):
            changed = sorted({*changed, *self.refresh(doc)})
        if doc not in self.corpus.entries:
            raise ArticleGone(f"{doc} is gone from the folder (moved, renamed or deleted)", changed)
        return changed

    def index_ready(self) -> bool:
        """True once the index is open (until then search raises ``RuntimeError``)."""
        index = self.__dict__.get("index")
        return index is not None and index.is_open()

    def canonical_query(self, text: str, typing: bool = False) -> str:
        """Rewrite ``entity:WAIC`` to the entity's canonical name, as the index stores it, and
        ``said:Schmidt cooperation`` to the ``said`` field's speaker-and-word terms. ``typing``:
        an unquoted name being typed last (``who:Kel``, two letters or more) is a prefix, as
        any last word being typed is."""
        return self._search.canonical_query(text, typing)

    def search(self, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
        """The top ``limit`` articles matching ``text`` (see the README's query syntax).
        Raises ``QueryError`` for a query that cannot be searched. Syntax this app does not
        support (a boost, a fuzzy word) is set aside and Lucene's operators read as ours, and
        both said: ``searched``, ``unsupported``, ``read``."""
        return self._search.search(text, limit=limit, typing=typing)

    def outlet_spelling(self) -> OutletSpelling:
        """The corpus's one spelling of each outlet (:class:`~waic_reader.index.corpus.listing.
        OutletSpelling` over the rows :meth:`list_rows` keeps: no article is read for it), as
        ``list``, the library, the timeline and the fact sheet name outlets; kept while the
        listing file and the folder's entries are unchanged (search asks on every query)."""
        return self._listing.spelling()

    def searched_query(self, doc: str, text: str) -> str:
        """The submitted query by which ``doc``, a hit of ``search(text, typing=True)``, matches:
        ``text`` with an open phrase closed, and with its last word (or a field's value) widened
        to a prefix only when ``doc``'s text outside the boilerplate does not match the word as
        typed but matches the prefix (else: when the whole ``doc`` does not): typing ``Unitr`` found
        "Unitree" (``Unitr*``), ``who:Hint`` found "Geoffrey Hinton" (``who:Hint*``), while a
        finished ``Quillon`` in an article that has it stays the word (not "Quillons" too).
        Raises ``QueryError`` when ``text`` cannot be searched; ``RuntimeError`` when no index
        is open."""
        return self._search.searched_query(doc, text)

    def lit_query(self, doc: str, text: str, *, typing: bool = False) -> str | None:
        """The query that lights ``doc``'s matches of ``text`` (submitted; ``typing``: as typed so
        far) when ``text`` holds a number and the start of a percent word (``65 per``, ``65
        per*``) and ``doc``'s text outside the boilerplate holds that percentage: the percentage
        alone (``65%``: lit as ``65 percent`` lights it, not at a bare "65" the typed words also
        find, t13z H18); None otherwise (the query as searched lights it). Raises ``QueryError``
        when ``text`` cannot be searched; ``RuntimeError`` when no index is open."""
        return self._search.lit_query(doc, text, typing=typing)

    def open_article(self, doc: str, query: str | None = None, *, typing: bool = False) -> Opened:
        """``doc`` with its analysis and, given a ``query``, the spans of its words in the
        article text outside boilerplate (what the reader highlights and steps through), and
        those inside it (``noise_matches``: where a hit found only in boilerplate is).

        ``typing``: ``query`` is the text of a search made while typing (``search(typing=True)``,
        the app's search box): its matches are those of :meth:`searched_query`.
        A query that cannot be searched, or an index not open yet, leaves ``matches`` empty
        and says why in ``error``. Raises ``CorpusError`` if the file cannot be read.
        """
        self.check_article(doc)
        article = self.corpus.article(doc)
        analysis = self.analyser.analyse(article)
        date, zone = self.article_dating(article, read=False)
        opened = Opened(article, analysis, date=date, date_note=zone.note if zone is not None else None)
        if self.index_ready():  # else its own, until the reader groups them (index_changed)
            opened.grouped = self.article_mentions(analysis)
            opened.spelled = self.corpus_spellings()
        opened.orphans = self.article_orphans(article)
        if query:
            try:
                if typing:
                    query = self.searched_query(doc, query)
                else:
                    query = self.lit_query(doc, query) or query
                spans = self._search.query_spans(analysis, query)
            except QueryError as exc:
                opened.error = str(exc)
            except RuntimeError:
                opened.error = "the index is still being built; matches show once it is ready"
            else:
                opened.matches = [s for s in spans if not analysis.is_noise(s[0])]
                opened.noise_matches = [s for s in spans if analysis.is_noise(s[0])]
        return opened

    def mark_block(self, doc: str, text: str, decision: str) -> str | None:
        """Mark a block of ``doc`` (its ``text``) as boilerplate (``decision="noise"``) or
        article text (``"content"``), for every later analysis of ``doc``.

        The mark is saved to the user's marks file and applies at once; if it cannot be saved
        it is not applied either (it would vanish on restart) and the reason is returned. Call
        :meth:`update_index` afterwards (it may be slow) to move the text between fields.
        """
        return self.mark_blocks(doc, [text], decision)

    def mark_blocks(
        self, doc: str, texts: Sequence[str], decision: str, starts: Sequence[int] | None = None
    ) -> str | None:
        """Mark several blocks of ``doc`` (their ``texts``, e.g. a run split off for one reason)
        as :meth:`mark_block` marks one: the article is read once and the marks file written once,
        and either every mark is saved and applied or none is (the reason is returned). Reads
        and writes files: call it off the UI thread. ``starts``: where each block starts in the
        article, so a paragraph it repeats is marked where it was chosen (else its first copy)."""
        try:
            article = self.corpus.article(doc)
        except CorpusError as exc:
            return str(exc)
        try:
            self.analyser.overrides.mark_all_and_save(doc, texts, decision, article, starts)
        except OSError as exc:
            return exc.strerror or str(exc)
        self.analyser.invalidate(doc)
        self.corpus.forget(doc)
        return None

    @property
    def inputs_revision(self) -> tuple[int, int]:
        """(noise marks revision, corpus.yaml generation): both move on when the user's marks
        or an edited ``corpus.yaml`` change what an analysis gives, whether or not the index
        is open; the per-file stamps (``corpus.entries``) cover the articles' own text."""
        return self.analyser.overrides.revision, self.corpus.meta_generation

    @property
    def marks_error(self) -> str | None:
        """Why the user's noise marks could not all be used when they were read (the marks file
        unreadable or not JSON: no mark applies; some marks malformed: the rest apply; an old
        file not migrated), else None; saving a mark clears it. See :mod:`analysis.overrides`."""
        return self.analyser.overrides.error

    def marks_revision(self) -> int:
        """The user's marks' revision after taking in those another process saved since they
        were read (one ``stat`` when none did): it moves on with every change, here or there,
        so a screen that shows what depends on marks (the library's Noise column) knows to
        make it again."""
        self.analyser.refresh_marks()
        return self.analyser.overrides.revision

    def marks_changed_on_disk(self) -> bool:
        """Whether another process saved marks since this one read them: one ``stat`` of the
        marks file (~10 µs), nothing read, cheap enough for a timer on the UI thread. False
        while no marks were read here (nothing shown depends on them yet). :meth:`marks_revision`
        takes them in."""
        overrides: Overrides | None = None
        analyser: Analyser | None = self.__dict__.get("analyser")
        if analyser is not None:
            overrides = analyser.overrides
        else:
            overrides = self._listing.marks
        return overrides is not None and overrides.changed_on_disk()

    def marks_moved(self, analysis: Analysis) -> bool:
        """Whether the user's marks that apply to ``analysis``'s article (as this process has
        them: :meth:`marks_revision` takes in another process's first) differ from those it was
        made with: a screen showing it then makes it again. Hashes the article's text."""
        from waic_reader.index.analysis.overrides import text_key

        doc, sha = analysis.article.doc, text_key(analysis.article.text)
        then = analysis.marks(doc, sha) if analysis.marks is not None else ""
        return self.analyser.marks_keys()(doc, sha) != then

    def orphan_marks(self, refs: Iterable[str] | None = None) -> list[OrphanMark]:
        """The user's marks whose block is no longer in its article (its text was edited or
        removed), for the articles ``refs`` names; by default for every article a mark was made
        under the doc id of (a mark on an unchanged text always matches, wherever the file
        moved), and for every article of the same file name in another folder (a file moved into
        a subfolder and edited: issue 13 F5). Unreadable articles are passed over. See
        :mod:`analysis.overrides`."""
        from waic_reader.index.analysis.overrides import doc_name

        overrides = self.analyser.overrides
        hinted = {doc_name(d) for d in overrides.docs()}
        docs = self._docs(refs) if refs is not None else [d for d in self.corpus.entries if doc_name(d) in hinted]
        articles, _skipped = self._readable(docs)
        # And marks no article here takes any more: the text edited past recognition after the
        # folder was renamed, the file deleted (Overrides.unclaimed).
        unclaimed = overrides.unclaimed(articles, set(self.corpus.entries))
        if refs is not None:
            unclaimed = [o for o in unclaimed if o.doc in {a.doc for a in articles}]
        return [o for a in articles for o in overrides.orphans(a)] + unclaimed

    def article_orphans(self, article: Article) -> list[OrphanMark]:
        """The user's marks on ``article`` (read already) that match none of its blocks now: as
        :meth:`orphan_marks` gives them for it (the boilerplate panel says so)."""
        overrides = self.analyser.overrides
        unclaimed = overrides.unclaimed([article], set(self.corpus.entries))
        return overrides.orphans(article) + [o for o in unclaimed if o.doc == article.doc]

    def update_index(self, docs: Iterable[str]) -> bool:
        """Re-index ``docs`` after their analysis changed; False if no index is open yet."""
        if not self.index_ready():
            return False
        self.index.update_docs(docs)
        return True

    def article_mentions(self, analysis: Analysis) -> list[Mention]:
        """Which mentions of which entity the article of ``analysis`` has, as the entity list,
        its matrix and ``who:``/``entity:`` search group them across the corpus: its own
        mentions (boilerplate's flagged ``noise``) with the names other articles type added
        ("Sorvaag told reporters" where another article names Ingrid Sorvaag; "Portmere" a place
        where only other articles type it), each keyed as the entity it is grouped into (the
        lone surname as the person, "Kestrel Hydro" as "Kestrel Hydro Holdings"). The one answer
        the reader (entity panel, legend, tints, follow), ``entities DOC`` and search's
        matches give. Reads the index's grouping (cheap once worked out: no other article is
        read); the article's own mentions while no index is open. Offsets into its text."""
        own = analysis.mentions
        if not self.index_ready():
            return own
        return self.index.grouped_mentions(
            analysis.article.doc, own, analysis.article.name_text, analysis.noise_spans()
        )

    def corpus_spellings(self) -> Mapping[str, Mapping[str, int]] | None:
        """How often the whole corpus writes each name each way outside boilerplate (folded text
        → {text: count}), by which the entity list names each entity
        (``grouping.grouped_by_key``); None while no index is open. Reads the index's grouping
        (worked out once per index state, as :meth:`article_mentions` does)."""
        if not self.index_ready():
            return None
        return self.index.spellings()

    def next_mention(self, doc: str, key: str, delta: int, passed: list[str] | None = None) -> str | None:
        """The next (``delta`` 1) or previous (-1) article after ``doc``, in library order and
        wrapping around, whose text (not boilerplate) mentions the entity ``key`` as
        :meth:`article_mentions` groups them (an article naming a person by the lone surname
        the entity list joins to them, a firm by its leading words); None if none does.
        Unreadable articles (gone, among them) are passed over, and added to ``passed`` when it
        is given. Reads the index: call it off the UI thread."""
        from waic_reader.index.analysis.entities.mentions import key_form

        docs = list(self.corpus.entries)
        if doc not in docs:
            return None
        wanted = {key_form(key)}
        with contextlib.suppress(CorpusError):
            # ``key`` as ``doc``'s own list has it (a follow begun before the index was open):
            # the entity the grouping makes its mentions there ("Korvan" is Ilse Korvan).
            here = self.analyser.doc(doc)
            own = {(m.start, m.end) for m in here.mentions if key_form(m.key) in wanted}
            wanted |= {key_form(m.key) for m in self.article_mentions(here) if (m.start, m.end) in own}
        start = docs.index(doc)
        for step in range(1, len(docs) + 1):
            other = docs[(start + delta * step) % len(docs)]
            try:
                analysis = self.analyser.doc(other)
            except CorpusError:
                if passed is not None:
                    passed.append(other)
                continue
            if any(not m.noise and key_form(m.key) in wanted for m in self.article_mentions(analysis)):
                return other
        return None

    # -- across articles ------------------------------------------------------------------------

    def noise(
        self, refs: Iterable[str] | None = None, *, open_built: bool = False
    ) -> tuple[list[tuple[Article, NoiseSplit]], list[tuple[str, str]]]:
        """The boilerplate split of each article ``refs`` names (default: every article), as
        ``(article, split)`` pairs, and the unreadable ones with why. No recogniser runs (the
        split needs none). With ``open_built`` an index on disk is opened as it is (nothing
        indexed or built: the ``noise`` command), so an article it keeps as read for its file as
        it is is not read again (a page not parsed again: t13al N13)."""
        self.take_in_meta()
        if open_built and not self.index_ready():
            self._open_built_index()  # before the articles are read (see quotes)
        articles, skipped = self._readable(self._docs(refs))
        return [(a, self.analyser.split(a)) for a in articles], skipped

    def compare(self, a_ref: str, b_ref: str) -> Comparison:
        """Align two articles sentence by sentence, boilerplate left out, each sentence with
        the facts its figures report: the rows the fact sheet of the two articles puts them in
        (:func:`~waic_reader.index.analysis.facts.grouping.fact_rows`; the figures the open index
        keeps: :meth:`_compared_figures`). ``CorpusError`` if either cannot be found or read."""
        return self._figures.compare(a_ref, b_ref)

    def fact_sheet(self, refs: Iterable[str] | None = None, cancelled: Callable[[], bool] | None = None) -> FactSheet:
        """The figures each article reports outside boilerplate, grouped across articles.

        An article's figures are extracted once, while it is indexed, and kept in the index (or,
        extracted by code newer than the index, in the index folder's ``figures.json``:
        :mod:`waic_reader.index.analysis.figure_cache`); while the index holds the file as it is
        (same size and modification time), its outlet, date and boilerplate come from the index
        and the file is not read at all; an index not yet open is opened as it is on disk (a new
        process), never built or brought up to date here. ``cancelled`` is asked between articles
        and, while grouping, before every figure; when it says so, ``Cancelled`` is raised
        (:func:`waic_reader.index.analysis.facts.group_figures`).
        """
        return self._figures.fact_sheet(refs, cancelled)

    def locate_figures(self, opened: Opened, values: Sequence[FactValue]) -> list[FactValue | None]:
        """``values`` (figures of ``opened``'s article as an earlier version of its file had
        them) in the article as opened: each the figure outside boilerplate with the same kind,
        unit and value (and range end) nearest its old offset, no figure given to two values;
        else its words as written (``text``, whole words, outside boilerplate) nearest its old
        offset: the figures read from the new text may leave out one whose words are still
        there (t13as N18); None for a value the article no longer reports. A value found again keeps its label,
        measure and date (the fact it belongs to), with the new offsets and words. Analyses the
        text (cheap once opened): call it off the UI thread."""
        return self._figures.locate_figures(opened, values)

    def file_stamp(self, doc: str) -> tuple[int, int] | None:
        """``doc``'s file (size, mtime in ns) as last listed (what a fact sheet's ``stamps``
        hold), or None when it is not listed."""
        entry = self.corpus.entries.get(doc)
        return entry.on_disk if entry is not None else None

    def file_gone(self, doc: str) -> bool:
        """Whether ``doc``'s file is no longer there (one ``stat``; an edited file is not gone)."""
        entry = self.corpus.entries.get(doc)
        return entry is None or not entry.path.exists()

    def entities(self, refs: Iterable[str] | None = None, *, open_built: bool = False) -> EntityTable:
        """Entities mentioned in the articles ``refs`` names (default: every article), most
        mentioned first; mentions in boilerplate are kept and flagged. Every article's are
        grouped across the corpus (the matrix); the mentions of some are those
        :meth:`article_mentions` gives each (the same entities the matrix gives those columns,
        while an index is open). What the index keeps of an article for its file as it is (the
        article as read, its boilerplate and mentions) is taken from it while it is open; with
        ``open_built`` an index on disk is opened as it is for this (nothing indexed or built:
        the ``entities`` command), as :meth:`quotes` does."""
        return self._sheets.entities(refs, open_built=open_built)

    def _corpus_grouping(
        self,
        mentions: dict[str, list[Mention]],
        texts: dict[str, str],
        noise: dict[str, list[tuple[int, int]]],
        hashes: Mapping[str, str] | None = None,
        *,
        whole: bool = False,
        read_in: Mapping[str, str] | None = None,
    ) -> list[Entity]:
        """The corpus grouping of names of every article's ``mentions``, ``texts`` and boilerplate
        ``noise`` (doc → …), worked out once for the same inputs and gazetteers and, for the
        ``whole`` corpus while an index is open, kept beside it (:meth:`CorpusGrouping.grouping`;
        ``read_in``: the texts names are looked up in, ``Article.name_text``)."""
        return self._grouping.grouping(mentions, texts, noise, hashes, whole=whole, read_in=read_in)

    @property
    def _last_grouping(self) -> tuple[tuple[object, ...], list[Entity]] | None:
        """The last corpus grouping worked out and the key of its inputs (:attr:`CorpusGrouping.last`)."""
        return self._grouping.last

    def keep_grouping(self, changed: bool = True) -> None:
        """Work out the corpus grouping of names of every article and keep it beside the index
        (:meth:`CorpusGrouping.grouping`) when it is not kept for the corpus as it is: after an index
        update (``changed``) or when no grouping is kept yet; nothing while no index is open.
        For the app's grouping worker, once the index is ready: the first matrix and Quotes screen
        of a later session read it (issue 13, round s38-p), and neither screen's worker works it
        out meanwhile (they wait for it)."""
        from waic_reader.index.analysis.entities.kept_grouping import FILE_NAME

        if not self.index_ready() or not (changed or not (self.index_dir / FILE_NAME).exists()):
            return
        corpus = self.corpus
        cached = {doc for doc in corpus.docs if corpus.is_cached(doc)}
        self.entities()
        # The articles read for it are forgotten again: a file edited before the next folder
        # check is read again when a screen asks for it, as it was before this ran (an article
        # cached here would be served as it was).
        read = [doc for doc in corpus.docs if doc not in cached]
        for doc in read:
            corpus.forget(doc)
        self._forget_analyses(read)  # (an article the index keeps nothing of was analysed)

    def take_warnings(self) -> list[str]:
        """The warnings of what was read back from the index folder since the last call (a kept
        file that was corrupt and made again), for the caller to show; emptied."""
        got, self._grouping.warnings = self._grouping.warnings, []
        return got

    def quotes(self, docs: Sequence[str] | None = None, *, open_built: bool = False) -> QuoteSheet:
        """Quotes of ``docs`` (doc ids; default every article) by speaker and statement.

        Unreadable articles are listed in ``skipped``, not raised. Used by ``quotes`` and the
        Quotes screen. What the index keeps of an article for its file as it is (boilerplate,
        mentions, language) is taken from it while it is open; with ``open_built`` an index on
        disk is opened as it is for this (nothing indexed or built: the ``quotes`` command).
        """
        return self._sheets.quotes(docs, open_built=open_built)

    def article_matches(self, analysis: Analysis, query: str) -> list[tuple[int, int]]:
        """Where ``query`` matches in the article's own text (not its boilerplate), as sorted
        (start, end) offsets into the article text: its words and phrases' words (title,
        content, outlet fields), and the mentions of the entities its ``entity:``/``who:``
        terms name. Raises QueryError for a query that cannot be parsed; RuntimeError while the
        index (which parses queries) is not open yet."""
        return [s for s in self._search.query_spans(analysis, query) if not analysis.is_noise(s[0])]

    def timeline(self) -> Timeline:
        """Every readable article on a time axis, with who first mentioned each entity and figure
        (see :mod:`waic_reader.index.analysis.timeline`).

        What the timeline needs of an article (date, outlet, title, boilerplate spans, first
        mention of each entity) is kept by the search index while it indexes the article, else
        in the index folder (:mod:`waic_reader.index.analysis.timeline_cache`, each article's
        entry keyed by its file, ``corpus.yaml`` fields and own noise marks), and its figures
        are those the fact sheet uses (the index's, else ``figures.json``:
        :func:`waic_reader.index.analysis.figure_cache.kept_figures`): an article is read and
        analysed only when nothing is kept for its file as it is, so neither the first timeline
        after a build nor a second one reads a file. An index on disk is opened as it is for
        this (nothing is indexed or built) when something is not in the folder's caches.
        Unreadable articles move to ``corpus.skipped``. Linear in the number of articles.
        """
        return self._sheets.timeline()

    def list_rows(self, read: bool = True) -> list[dict[str, Any]]:
        """One row per readable article, in folder order: what ``list`` and the library show.

        Row keys: doc, title, title_derived, outlet, outlet_derived, date (ISO 8601, a year-less
        date resolved from the other articles' dates where one puts it in the story's span, a
        time without a zone given its outlet's zone where the corpus has one), date_source,
        date_zone and date_note for a timed date (how its zone was read:
        :func:`~waic_reader.index.corpus.date_zones.zone_rows`), format, notes, words, noise,
        entities, path
        (:func:`~waic_reader.index.corpus.listing.listing_row`). A row comes from the listing
        cache (``<index_dir>/listing.json``) while its file's mtime and size and its
        ``corpus.yaml`` fields are unchanged; else from the row the index stored when it indexed
        that same file with the same fields (with ``read``, an index on disk is opened as it is
        for this: nothing is indexed or built);
        else, with ``read``, the article is read and analysed (unreadable files move to
        ``corpus.skipped``), and without ``read`` the row is ``{"doc", "title": file name,
        "path", "pending": True}``. The cache is rewritten when rows were added.
        """
        from waic_reader.index.corpus.listing import resolve_years, same_outlets

        rows = self._listing.rows(read, analyse=True)
        resolve_years(rows)
        same_outlets(rows)
        self._listing.keep_zones(rows)
        return rows

    def dating_revision(self) -> int:
        """A number that moves each time the corpus-wide evidence dates are read with, kept from
        the last whole listing (:meth:`list_rows`, :meth:`last_rows`: the outlets' zoned times
        that give a time without a zone its outlet's zone, the days a date without a year is
        placed among), is replaced by other evidence. A screen showing a date or a zone
        (:meth:`article_dating`, the fact sheet, the timeline) made before it moved shows it
        again. Reads nothing."""
        return self._listing.dating_revision

    def gazetteer_revision(self) -> str:
        """The stamp of the gazetteer files (the bundled and the user's) as they are now
        (:func:`~waic_reader.index.analysis.kept_mentions.gazetteer_stamp`: two ``stat`` calls;
        a file's bytes are hashed again only when its stat changed, never parsed here): the
        app's folder check brings the index up to date when it moves. :meth:`list_rows` counts
        an edited gazetteer's names by itself, from the stamp ``listing.json`` keeps."""
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp

        return gazetteer_stamp()
