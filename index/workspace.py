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
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from waic_reader.index.analysis.language import NotAnalysed as NotAnalysed  # noqa: PLC0414 (re-exported: the screens name it)
from waic_reader.index.analysis.language import not_analysed_note
from waic_reader.index.corpus.reader import (
    Article,
    Corpus,
    CorpusError,
    Entry,
    FileUnreadable,
    NameTexts,
    Skipped,
)
from waic_reader.index.errors import IndexBusy, QueryError
from waic_reader.index.paths import bundled_seeds, default_index_dir
from waic_reader.index.search.syntax import read_syntax

if TYPE_CHECKING:
    from waic_reader.index.analysis.align import Alignment
    from waic_reader.index.analysis.analyser import Analyser, Analysis
    from waic_reader.index.analysis.entities.mentions import Mention
    from waic_reader.index.analysis.entities.recogniser import Entity
    from waic_reader.index.analysis.facts import Fact, FactSource, FactValue
    from waic_reader.index.analysis.kept_mentions import KeptKeys
    from waic_reader.index.analysis.noise import NoiseSplit
    from waic_reader.index.analysis.overrides import OrphanMark, Overrides
    from waic_reader.index.analysis.quotes.model import Quote
    from waic_reader.index.analysis.quotes.sheet import QuoteSheet
    from waic_reader.index.analysis.timeline import Timeline
    from waic_reader.index.corpus.listing import ListingCache, OutletSpelling
    from waic_reader.index.search.engine import MakeEngine, SearchEngine
    from waic_reader.index.search.model import Progress, Results, Span, StoredDoc, SyncReport

_ENTITY_REF = re.compile(r'\b(entity|who|ent):(?:"([^"]*)"|([^\s()"]+))')


class _Kept(NamedTuple):
    """What the open index keeps of one article for its file as it is (Workspace._kept_check)."""

    spans: list[tuple[int, int]]  # its boilerplate, as kept
    row: StoredDoc  # its stored row (its kept language, …)
    text_hash: str  # its text's ``overrides.text_key``, as kept (equal to the text's)
    keys: KeptKeys  # what its kept mentions and quotes are checked against


@dataclass
class Opened:
    """An article as the reader shows it: its analysis and the spans a query matches in it."""

    article: Article
    analysis: Analysis
    matches: list[Span] = field(default_factory=list)  # outside boilerplate, in text order
    # In the boilerplate (hidden in the reader): where a hit found only there is, in text order.
    noise_matches: list[Span] = field(default_factory=list)
    error: str | None = None  # why the query's matches could not be found
    date: str | None = None  # the article's date as ``list`` gives it (Workspace.article_date)
    # Its mentions as the corpus grouping of names makes them (Workspace.article_mentions), set
    # by Workspace.open_article while an index is open; None: its own (opened before).
    grouped: list[Mention] | None = None
    # How the corpus writes each name (Workspace.corpus_spellings), set with ``grouped``: the
    # entity panel names each entity by them, as the entity list does; None: its own spellings.
    spelled: Mapping[str, Mapping[str, int]] | None = None
    # The user's marks on it that match none of its blocks now (Workspace.article_orphans).
    orphans: list[OrphanMark] = field(default_factory=list)

    @property
    def mentions(self) -> list[Mention]:
        """The article's mentions, boilerplate's flagged, as the entity list groups them across
        the corpus: what the reader's entity panel, legend, tints and follow show."""
        return self.analysis.mentions if self.grouped is None else self.grouped


@dataclass
class Comparison:
    """Two articles aligned sentence by sentence (``compare``)."""

    a: Article
    b: Article
    a_analysis: Analysis
    b_analysis: Analysis
    alignment: Alignment

    def markdown(self) -> str:
        from waic_reader.index.export import comparison_markdown

        return comparison_markdown(self.alignment, self.a, self.b)


class ArticleChanged(CorpusError):
    """The article's file changed (size or modification time) since its figures were taken:
    their offsets may point anywhere in it now."""


class ArticleGone(CorpusError):
    """The article's file is no longer in the corpus folder (moved, renamed or deleted);
    ``changed``: the docs the folder listing found changed meanwhile (this one included)."""

    def __init__(self, message: str, changed: list[str]) -> None:
        super().__init__(message)
        self.changed = changed


def not_analysed_said(notes: Sequence[NotAnalysed], names: Mapping[str, str]) -> str:
    """The screens' words for ``notes``, each article by its name in ``names`` (doc → as the
    screen names its source): "not analysed: 新华社 (Chinese)"; "" when there are none."""
    if not notes:
        return ""
    return "not analysed: " + ", ".join(f"{names.get(n.doc, n.doc)} ({n.language})" for n in notes)


def not_analysed(articles: Iterable[Article]) -> list[NotAnalysed]:
    """Of ``articles`` (read), those written in a script whose names the analyses do not read
    (Chinese, Thai, …: the entity list's; an article in another Latin-script language has its
    names read)."""
    from waic_reader.index.analysis.lexicon import unread_language

    found: list[NotAnalysed] = []
    for article in articles:
        language = unread_language(article.text)
        if language is not None:
            found.append(not_analysed_note(article.doc, language))
    return found


@dataclass
class FactSheet:
    """Figures grouped across the articles ``articles`` names (doc id, outlet, date, title: what
    the sheet shows of a source, without its text); ``facts``; ``skipped``: unreadable docs and
    why; ``stamps``: each article's file (size, mtime in ns) when its figures were taken.
    :meth:`article` reads one article (for a value's sentence)."""

    articles: list[FactSource]
    facts: list[Fact]
    skipped: list[tuple[str, str]]
    corpus: Corpus = field(repr=False)
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)
    # Articles in a language whose figures are not read (they report none here, said so).
    not_analysed: list[NotAnalysed] = field(default_factory=list)

    def article(self, doc: str) -> Article:
        """The article ``doc`` as its figures were taken from it. Reads (and, for HTML, extracts)
        the file: call it off the UI thread. Raises ``CorpusError`` when it cannot be read and
        :class:`ArticleChanged` (a ``CorpusError``) when its file is no longer the one the
        sheet was made from."""
        entry = self.corpus.entries.get(doc)
        stamp = self.stamps.get(doc)
        if entry is not None and stamp is not None:
            try:
                st = entry.path.stat()
            except OSError as exc:
                raise CorpusError(f"cannot read {entry.path.name}: {exc.strerror or exc}") from exc
            if (st.st_size, st.st_mtime_ns) != stamp:
                raise ArticleChanged(f"{doc} changed since the fact sheet was made; open the fact sheet again")
        return self.corpus.article(doc)

    def markdown(self) -> str:
        from waic_reader.index.export import facts_markdown

        return facts_markdown(self.facts, self.articles)


@dataclass
class EntityTable:
    """Entities grouped across ``articles`` with every mention (``entities``, the matrix)."""

    articles: dict[str, Article]
    entities: list[Entity]
    skipped: list[tuple[str, str]]

    @cached_property
    def not_analysed(self) -> list[NotAnalysed]:
        """The articles in a language whose names are not read (they name no entity here)."""
        return not_analysed(self.articles.values())

    def to_json(self, docs_filter: Iterable[str] | None = None) -> dict[str, Any]:
        """The ``entities --json`` document (mentions in ``docs_filter`` only, when given), with
        ``not_analysed``: the articles (of ``docs_filter``) in a language whose names are not read."""
        from waic_reader.index.analysis.entities.recogniser import entities_json

        data = entities_json(self.entities, docs_filter)
        docs = set(docs_filter) if docs_filter is not None else None
        data["not_analysed"] = [n.to_json() for n in self.not_analysed if docs is None or n.doc in docs]
        return data


# Up to this many listing rows missing from listing.json (and up to half the corpus) are made by
# reading their articles; more are taken from the index's stored rows (see Workspace._listing).
FEW_ROWS_MISSING = 64


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
        self._scan_lock = threading.Lock()
        self._listing_read: Any = None  # listing.json as last_rows read it, for the next listing
        if not defer_scan:
            self._corpus = self._scan()
        self.data_dir = data_dir
        self._make_engine = engine
        self.busy_message = ""
        # ``analyser`` and ``index`` are made on first use (a worker thread may be first).
        self._make_lock = threading.RLock()
        self._last_comparison: Comparison | None = None  # see compare
        # The last corpus grouping of names and what it was made from (see _corpus_grouping).
        self._last_grouping: tuple[tuple[object, ...], list[Entity]] | None = None
        # One grouping worked out at a time: a screen's worker asking while the app's grouping worker
        # keeps it (keep_grouping) waits for it, then takes it from _last_grouping.
        self._grouping_lock = threading.Lock()
        self._warnings: list[str] = []  # see take_warnings

    def _scan(self) -> Corpus:
        from waic_reader.index.corpus.item_index import ITEM_INDEX_FILE, ItemIndex
        from waic_reader.index.corpus.reader import READER_VERSION

        # Feeds' and exports' item keys kept beside the index: listing an export of 20,000
        # records then costs no parse while the file is unchanged.
        corpus = Corpus.scan(self._root, ItemIndex(self.index_dir / ITEM_INDEX_FILE, READER_VERSION))
        corpus.kept = self._kept_article
        return corpus

    def _kept_article(self, entry: Entry, stamp: str) -> Article | None:
        """The article the open index keeps of ``entry``'s file as read, for the very file as
        listed, its ``corpus.yaml`` fields' ``stamp`` and the rules of this code
        (:mod:`~waic_reader.index.corpus.kept_article`); None while no index is open, or when it
        keeps none for it so (then the file is read and the article derived). Asked by
        :meth:`Corpus.article` (:attr:`Corpus.kept`) before it reads a file: what the first
        Quotes open, the first matrix and the reader read of an indexed article costs one
        stored document (a saved page was extracted and classified again: ~130 ms)."""
        engine: SearchEngine | None = self.__dict__.get("index")
        if engine is None or not engine.is_open():
            return None
        # The file as it is now (one stat), as reading it would find it: one edited since the
        # folder was listed is read (the Quotes screen opened before the library's folder check).
        try:
            st = os.stat(entry.location)
        except OSError:
            return None  # gone: reading it says so
        if (st.st_size, st.st_mtime_ns) != entry.on_disk:
            return None
        value = engine.kept_article(entry.doc)
        if value is None:
            return None
        from waic_reader.index.corpus.kept_article import article_key, decode_article

        return decode_article(value, entry, article_key(entry, stamp, self._rules_version))

    @cached_property
    def _rules_version(self) -> str:
        """The analysis version of the code this process runs (what a kept article was read by),
        read once: asked for every article served (:meth:`_kept_article`)."""
        from waic_reader.index.analysis.versions import analysis_version

        return analysis_version()

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
        from waic_reader.index.analysis.versions import version_sources
        from waic_reader.index.corpus.listing import last_listing, read_listing, resolve_years, same_outlets

        sources = version_sources()
        if sources is None:
            return None
        data = read_listing(self.index_dir)
        rows = last_listing(data, sources, str(self._root))
        if rows is None:
            return None
        # The check that follows (list_rows) takes the file as read here: ~0.1 s less at 20,000.
        self._listing_read = data
        resolve_years(rows)
        same_outlets(rows)
        return rows

    @cached_property
    def analyser(self) -> Analyser:
        from waic_reader.index.analysis.analyser import Analyser

        with self._make_lock:
            made: Analyser | None = self.__dict__.get("analyser")
            if made is None:
                made = Analyser(self.corpus, self.data_dir)
                made.kept = self._kept_mentions
                made.quotes_kept = self._kept_quotes
            return made

    def _kept_mentions(self, doc: str) -> bytes | None:
        """The mentions the index keeps of ``doc`` (the analyser's :attr:`~Analyser.kept`); None
        while no index is made or open (the recogniser runs then)."""
        engine: SearchEngine | None = self.__dict__.get("index")
        return engine.kept_mentions(doc) if engine is not None else None

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
        it: a date without a year (``--MM-DD``, e.g. a dateline's "March 14") takes the year that
        puts it within the span of the corpus's dated articles, or stays year-less when none is
        near (:class:`~waic_reader.index.corpus.date_values.YearResolver`). The other articles' dates
        come from the rows :meth:`list_rows` keeps (``listing.json``, the index's stored rows);
        with ``read``, the articles that have neither are read for their dates alone (not
        analysed, as a listing would). An article with a year costs nothing."""
        if not (article.date or "").startswith("--"):
            return article.date
        from waic_reader.index.corpus.date_values import YearResolver

        rows = self._listing(read, analyse=False)
        return YearResolver(r.get("date") for r in rows if r["doc"] != article.doc)(article.date)

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
        from waic_reader.index.analysis.entities.gazetteer import alias_key
        from waic_reader.index.analysis.quotes.said import rewrite_said
        from waic_reader.index.corpus.tokens import fold

        kept: list[Mapping[str, str]] = []

        def aliases() -> Mapping[str, str]:
            if not kept:
                table = self.index.gazetteer_aliases() if self.index_ready() else None
                kept.append(table if table is not None else self.analyser.gazetteer.aliases())
            return kept[0]

        def swap(m: re.Match[str]) -> str:
            name = m.group(2) if m.group(2) is not None else m.group(3)
            if typing and m.group(3) is not None and m.end() == len(src) and len(name) >= 2:
                name = name if name.endswith("*") else name + "*"
            if not name.strip("*"):  # who:* asks for every article: refused by check as * is
                return m.group(0)
            if name.endswith("*"):  # a prefix (who:Kel*): the entity names starting with it
                return f'entity:"{name.replace(chr(34), "")}"'
            # (an article naming the person by the lone surname alone, "Minister Korvan", is
            # found by the corpus grouping: CorpusView.expand, as the entity list joins them)
            # The gazetteer's aliases as the index keeps them with its names view: building the
            # recogniser (its rules) cost a new process ~1 s on its first who: search (t13ag
            # N15), building the gazetteer alone ~0.1 s (issue 15).
            key = alias_key(name)
            known = aliases().get(key) if key is not None else None
            canonical = (known if known is not None else name).replace(chr(34), "")
            written = name.replace(chr(34), "")
            if fold(canonical) != fold(written) and written.strip():
                # a gazetteer alias is also a name or a word of one the articles write: who:Erdogan
                # finds "Emre Erdoğan" as well as "Recep Tayyip Erdoğan" (t13q F1), as who:Maria
                # finds every Maria
                return f'(entity:"{canonical}" OR entity:"{written}")'
            return f'entity:"{canonical}"'

        # (Lucene's operators read as ours, a boost or a fuzzy "~" set aside, before a name is
        # read: who:Erdogan^2 is who:Erdogan)
        src = rewrite_said(read_syntax(text).searched, typing=typing)
        return _ENTITY_REF.sub(swap, src)

    def search(self, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
        """The top ``limit`` articles matching ``text`` (see the README's query syntax).
        Raises ``QueryError`` for a query that cannot be searched. Syntax this app does not
        support (a boost, a fuzzy word) is set aside and Lucene's operators read as ours, and
        both said: ``searched``, ``unsupported``, ``read``."""
        reading = read_syntax(text)
        results = self.index.search(self.canonical_query(text, typing), limit=limit, typing=typing)
        results.query = text
        results.searched = reading.searched if reading.unsupported or reading.read else None
        results.unsupported = reading.unsupported
        results.read = reading.read
        if any(h.outlet for h in results.hits):
            # One outlet, one name, as list and the library show it ("reuters" is "Reuters").
            spell = self.outlet_spelling()
            results.hits = [replace(h, outlet=spell(h.outlet)) if h.outlet else h for h in results.hits]
        return results

    def outlet_spelling(self) -> OutletSpelling:
        """The corpus's one spelling of each outlet (:class:`~waic_reader.index.corpus.listing.
        OutletSpelling` over the rows :meth:`list_rows` keeps: no article is read for it), as
        ``list``, the library, the timeline and the fact sheet name outlets; kept while the
        listing file and the folder's entries are unchanged (search asks on every query)."""
        from waic_reader.index.corpus.listing import LISTING_FILE, OutletSpelling

        def stamp() -> tuple[int, int, int] | None:
            try:
                st = (self.index_dir / LISTING_FILE).stat()
            except OSError:
                return None
            return st.st_mtime_ns, st.st_size, len(self.corpus.entries)

        kept = self.__dict__.get("_spelling")
        key = stamp()
        if kept is not None and key is not None and kept[0] == key:
            spell: OutletSpelling = kept[1]
            return spell
        spell = OutletSpelling(r.get("outlet") for r in self._listing(read=False, analyse=False))
        self.__dict__["_spelling"] = (stamp(), spell)
        return spell

    def searched_query(self, doc: str, text: str) -> str:
        """The submitted query by which ``doc``, a hit of ``search(text, typing=True)``, matches:
        ``text`` with an open phrase closed, and with its last word (or a field's value) widened
        to a prefix only when ``doc``'s text outside the boilerplate does not match the word as
        typed but matches the prefix (else: when the whole ``doc`` does not): typing ``Unitr`` found
        "Unitree" (``Unitr*``), ``who:Hint`` found "Geoffrey Hinton" (``who:Hint*``), while a
        finished ``Quillon`` in an article that has it stays the word (not "Quillons" too).
        Raises ``QueryError`` when ``text`` cannot be searched; ``RuntimeError`` when no index
        is open."""
        from waic_reader.index.corpus.text import close_phrase

        value = self.lit_query(doc, text, typing=True)
        if value is not None:
            return value
        exact = close_phrase(text)
        widened = self.index.typed_query(text)
        if widened == exact:
            return exact
        if widened == f"{exact}*" and exact.endswith("/"):
            # A unit's slash with no denominator yet ("60 km/"): an unfinished word, as typed no
            # word at all ("km" of it lit another figure's "15 km", t13ae P15, round s37-z4): the
            # prefix of the one token the unit is (parser.as_you_type: "km/*") where it matches.
            if self.index.doc_matches(doc, self.canonical_query(widened), in_article=True):
                return widened
        # Decided on the article's own text first, as the reader steps through it: a word found
        # as typed only in a boilerplate line must not hide the body's matches of the prefix.
        if self.index.doc_matches(doc, self.canonical_query(exact), in_article=True):
            return exact
        if self.index.doc_matches(doc, self.canonical_query(widened), in_article=True):
            return widened
        return exact if self.index.doc_matches(doc, self.canonical_query(exact)) else widened

    def lit_query(self, doc: str, text: str, *, typing: bool = False) -> str | None:
        """The query that lights ``doc``'s matches of ``text`` (submitted; ``typing``: as typed so
        far) when ``text`` holds a number and the start of a percent word (``65 per``, ``65
        per*``) and ``doc``'s text outside the boilerplate holds that percentage: the percentage
        alone (``65%``: lit as ``65 percent`` lights it, not at a bare "65" the typed words also
        find, t13z H18); None otherwise (the query as searched lights it). Raises ``QueryError``
        when ``text`` cannot be searched; ``RuntimeError`` when no index is open."""
        value = self.index.value_query(text, typing=typing)
        if value is not None and self.index.doc_matches(doc, self.canonical_query(value), in_article=True):
            return value
        return None

    # -- reading --------------------------------------------------------------------------------

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
        opened = Opened(article, analysis, date=self.article_date(article, read=False))
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
                spans = self._query_spans(analysis, query)
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
            overrides = self.__dict__.get("_listing_marks")
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
        from waic_reader.index.analysis.align import align
        from waic_reader.index.analysis.facts.grouping import fact_rows

        self.take_in_meta()
        a, b = self.article(a_ref), self.article(b_ref)
        a_analysis, b_analysis = self.analyser.analyse(a), self.analyser.analyse(b)
        # The same two articles with the same analyses (the corpus and the analyser hand out the
        # objects they keep until a file, a mark or corpus.yaml changes): the alignment made last
        # time, not made again (~18 ms of CPU for the benchmark's 4,900-word article and a short one,
        # 45-55 ms of wall time in the worker beside the UI thread; the app asks again
        # whenever a comparison is left and opened again).
        last = self._last_comparison
        if last is not None and all(
            kept is now
            for kept, now in zip((last.a, last.b, last.a_analysis, last.b_analysis), (a, b, a_analysis, b_analysis))
        ):
            return last
        # the facts each sentence reports: the rows the fact sheet of the two articles puts their
        # figures in (t13n F23; one predicate with the sheet's, t13ac M21)
        figures = [
            (art.doc, self._compared_figures(art, analysis)) for art, analysis in ((a, a_analysis), (b, b_analysis))
        ]
        rows = fact_rows(figures)
        facts = [
            [(v.start, f"row {rows[(doc, v.start)]}") for v in values if (doc, v.start) in rows]
            for doc, values in figures
        ]
        # the words each quotes (direct quotes' parts, boilerplate's left out): one quotation pairs
        # first, whoever each outlet credits it to (t13ah N5)
        quoted = [
            [part for q in analysis.quotes if q.kind == "direct" and not q.noise for part in q.parts]
            for analysis in (a_analysis, b_analysis)
        ]
        alignment = align(
            a,
            b,
            a_analysis.noise_spans(),
            b_analysis.noise_spans(),
            a_facts=facts[0],
            b_facts=facts[1],
            a_quoted=quoted[0],
            b_quoted=quoted[1],
        )
        self._last_comparison = comparison = Comparison(a, b, a_analysis, b_analysis, alignment)
        return comparison

    def _compared_figures(self, article: Article, analysis: Analysis) -> list[FactValue]:
        """``article``'s fact-sheet figures outside its boilerplate, for :meth:`compare`: those
        the open index keeps for this very file and these boilerplate spans (one stored document
        read: :func:`~waic_reader.index.analysis.figure_cache.kept_figures`), else extracted. The
        index folder's ``figures.json`` is not read for two articles: it holds the whole
        corpus's figures, and parsing it costs more than extracting theirs does."""
        from waic_reader.index.analysis.facts import sheet_figures
        from waic_reader.index.analysis.figure_cache import kept_figures

        noise = analysis.noise_spans()
        entry = self.corpus.entries.get(article.doc)
        if entry is not None and self.index_ready():
            row = self.index.stored_doc(article.doc)
            values = kept_figures(article.doc, entry.size, entry.mtime_ns, noise, row, None)
            if values is not None:
                return values
        return sheet_figures(article, noise)[0]

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
        from waic_reader.index.analysis.facts import (
            Cancelled,
            FactSource,
            group_figures,
            sheet_figures,
        )
        from waic_reader.index.analysis.figure_cache import FigureCache, date_kept, kept_figures_language
        from waic_reader.index.analysis.timeline_cache import MarksKeys, TimelineCache, keep_analysed, version_of
        from waic_reader.index.analysis.versions import analysis_version
        from waic_reader.index.corpus.listing import OutletSpelling

        self.take_in_meta()
        # The index on disk is opened as it is (nothing indexed or built), as the timeline and
        # quotes open it: a new process (the `facts` command) read and analysed every article
        # again although the index kept their figures (~3 s CPU on 13 articles, t13ah N17). A
        # row is used only while it is current (the checks below); any other article is read.
        stored = self.index.stored() if self.index_ready() or self._open_built_index() else {}
        kept = FigureCache(self.index_dir)
        # A file the index does not hold as it is (edited since, t13air S5): what the timeline
        # keeps of it (its sources' fields and boilerplate, for its very file, corpus.yaml
        # entry and marks) with the figures kept for that boilerplate, so only the first sheet
        # after the edit reads and analyses it, and it keeps what it read for the next.
        marks = MarksKeys(self.analyser.overrides.entries.values())
        read = TimelineCache(self.index_dir, version_of(analysis_version()))
        # The index's outlet and date of an article are its corpus.yaml entry's only while that
        # entry is the one indexed (its stamp): an entry edited since, the article is read.
        sources: list[FactSource] = []
        per_article: list[tuple[str, list[FactValue]]] = []
        skipped: list[tuple[str, str]] = []
        stamps: dict[str, tuple[int, int]] = {}
        # Articles in a language whose figures are not read (kept with the figures: no file read).
        unread: list[NotAnalysed] = []

        def take_kept(
            doc: str,
            got: tuple[list[FactValue], str | None],
            date: str | None,
            outlet: str | None,
            title: str,
            on_disk: tuple[int, int],
        ) -> None:
            # An article's kept figures (by the index or an earlier sheet, or after an edit with
            # what the timeline kept of it), its source's fields from where they were kept
            values, language = got
            if language is not None:
                unread.append(not_analysed_note(doc, language))
            date_kept(values, date)
            sources.append(FactSource(doc, outlet or doc, date, title))
            per_article.append((doc, values))
            stamps[doc] = on_disk  # compared with a stat of the file (an item's container)

        for doc in self._docs(refs):
            if cancelled is not None and cancelled():
                raise Cancelled
            entry = self.corpus.entries.get(doc)
            row = stored.get(doc)
            stamp = self.corpus.meta_stamp(doc)
            indexed = (
                row is not None
                and entry is not None
                and row.noise_spans is not None
                and (row.mtime_ns, row.size) == (entry.mtime_ns, entry.size)
                and row.meta == stamp
            )
            if indexed and row is not None and entry is not None and row.noise_spans is not None:
                # Kept by the index (extracted while indexing), else by an earlier fact sheet.
                got = kept_figures_language(doc, entry.size, entry.mtime_ns, row.noise_spans, row, kept)
                if got is not None:
                    take_kept(doc, got, row.date, row.outlet, row.title, entry.on_disk)
                    continue
            held = None if indexed or entry is None else read.get(doc, entry.size, entry.mtime_ns, stamp, marks)
            if held is not None and entry is not None:
                got = kept.get_kept(doc, entry.size, entry.mtime_ns, held.noise_spans)
                if got is not None:
                    take_kept(doc, got, held.article.date, held.article.outlet, held.article.title, entry.on_disk)
                    continue
            try:
                article = self.corpus.article(doc)
            except CorpusError as exc:
                skipped.append((doc, str(exc)))
                continue
            if indexed and row is not None and row.noise_spans is not None:
                noise = list(row.noise_spans)
            else:
                analysis = self.analyser.analyse(article)
                noise = analysis.noise_spans()
                if entry is not None:
                    keep_analysed(read, entry.size, entry.mtime_ns, stamp, analysis, marks)
            values, language = sheet_figures(article, noise)
            if language is not None:
                unread.append(not_analysed_note(doc, language))
            if entry is not None:
                kept.put(doc, entry.size, entry.mtime_ns, noise, values, language)
                stamps[doc] = entry.on_disk  # compared with a stat of the file (an item's container)
            sources.append(FactSource(doc, article.label, article.date, article.title))
            per_article.append((doc, values))
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed next time
            kept.save(keep=self.corpus.entries)
        with contextlib.suppress(OSError):
            read.save(keep=self.corpus.entries)
        # One outlet, one name ("Reuters", "reuters" and "REUTERS" are one source's articles).
        spell = OutletSpelling(s.label for s in sources if s.label != s.doc)
        sources = [s if s.label == s.doc else replace(s, label=spell(s.label) or s.label) for s in sources]
        facts = group_figures(per_article, cancelled)
        return FactSheet(sources, facts, skipped, self.corpus, stamps, unread)

    def locate_figure(self, value: FactValue) -> FactValue | None:
        """The figure ``value`` (taken from an earlier version of its article, e.g. by a fact
        sheet made before the file was edited) in the article as it is now: of the figures the
        recogniser finds there outside boilerplate, the one with the same kind, unit and value
        (and range end) nearest the old offset; None when the article no longer reports it.

        The article is read as the corpus has it listed: call :meth:`rescan` first to take in
        an edit. Reads and analyses the article: call it off the UI thread. Raises
        ``CorpusError`` if the file cannot be read."""
        article = self.corpus.article(value.doc)
        return self.locate_figures(Opened(article, self.analyser.analyse(article)), [value])[0]

    def locate_figures(self, opened: Opened, values: Sequence[FactValue]) -> list[FactValue | None]:
        """``values`` (figures of ``opened``'s article as an earlier version of its file had
        them) in the article as opened: each the figure outside boilerplate with the same kind,
        unit and value (and range end) nearest its old offset, no figure given to two values;
        None for a value the article no longer reports. A value found again keeps its label,
        measure and date (the fact it belongs to), with the new offsets and words. Analyses the
        text (cheap once opened): call it off the UI thread."""
        from waic_reader.index.analysis.facts import extract_figures

        figures = extract_figures(opened.article, opened.analysis.noise_spans(), mentions=opened.analysis.mentions)
        taken: set[tuple[int, int]] = set()
        out: list[FactValue | None] = []
        for value in values:
            same = [
                v
                for v in figures
                if (v.kind, v.unit, v.value, v.high) == (value.kind, value.unit, value.value, value.high)
                and (v.start, v.end) not in taken
            ]
            best = min(same, key=lambda v: abs(v.start - value.start), default=None)
            if best is None:
                out.append(None)
                continue
            taken.add((best.start, best.end))
            out.append(
                replace(
                    value,
                    start=best.start,
                    end=best.end,
                    text=best.text,
                    display=best.display,
                    sentence=best.sentence,
                    qualifier=best.qualifier,
                )
            )
        return out

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
        # The grouping's own module, not the recogniser's (which re-exports ``group``): importing
        # the recogniser compiles its patterns (~580 ms), needed only where an article's mentions
        # are not kept by the index (the analyser imports it then), so the first matrix of a
        # session on a current index does not pay for it (t13r F15).
        from waic_reader.index.analysis.entities.grouping import grouped_by_key

        self.take_in_meta()
        if open_built and not self.index_ready():
            self._open_built_index()  # before the articles are read (see quotes)
        if refs is None:
            return self._all_entities()
        articles, skipped = self._readable(self._docs(refs))
        # Some articles: their mentions as the whole corpus groups them (article_mentions), what
        # the matrix's columns and search give them; grouped among themselves alone, "Sorvaag" in
        # an article that never names Ingrid Sorvaag in full was nobody's.
        grouped = {a.doc: self.article_mentions(self.analyser.analyse(a)) for a in articles}
        # named as the whole corpus names them (t13g F8), not by these articles' spellings
        named = grouped_by_key(grouped, self.corpus_spellings())
        return EntityTable({a.doc: a for a in articles}, named, skipped)

    def _all_entities(self) -> EntityTable:
        """:meth:`entities` of every article: grouped across the corpus (the matrix)."""
        # Each article's mentions and boilerplate: those the index keeps for its file as it is
        # (its spans, marks checked, and the mentions kept with them), else its analysis (the
        # boilerplate split again, ~4 ms an article, t13r F15). Each article is read and its kept
        # values checked in turn, so its stored document is read once (_kept_check).
        check = self._kept_check()
        articles: list[Article] = []
        skipped: list[tuple[str, str]] = []
        mentions: dict[str, list[Mention]] = {}
        # A name typed in one article types its untyped mentions in the others (the grouping's
        # corpus_mentions): hence the texts; and the boilerplate, by which such a mention is in
        # the article's text or not, as its own mentions are (t13q F7).
        noise: dict[str, list[tuple[int, int]]] = {}
        hashes: dict[str, str] = {}  # the texts' hashes the index keeps (_corpus_grouping's key)
        for doc in self._docs(None):
            try:
                a = self.corpus.article(doc)
            except CorpusError as exc:
                skipped.append((doc, str(exc)))
                continue
            articles.append(a)
            held = check(a)
            kept = self.analyser.kept_mentions_of(a, held.spans, held.keys) if held is not None else None
            if held is not None and kept is not None:
                mentions[a.doc], noise[a.doc], hashes[a.doc] = kept, held.spans, held.text_hash
            else:
                analysis = self.analyser.analyse(a)
                mentions[a.doc], noise[a.doc] = analysis.mentions, analysis.noise_spans()
        every = self._corpus_grouping(
            mentions, {a.doc: a.text for a in articles}, noise, hashes, whole=True, read_in=NameTexts(articles)
        )
        return EntityTable({a.doc: a for a in articles}, every, skipped)

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
        """:func:`~waic_reader.index.analysis.entities.grouping.group` of every article's
        ``mentions``, ``texts`` and boilerplate ``noise`` (doc → …), worked out once for the
        same inputs and gazetteers: the entity matrix and the Quotes screen group the same corpus
        (~0.4 s of CPU on 221 articles, each screen's first open paid it, round s35-p). The last
        grouping is kept with the key of its inputs (:func:`_grouping_key`: in their order, each
        text by its hash, taken from ``hashes`` (doc → ``overrides.text_key`` of its text, as the
        index keeps it) where given; a file edited, added, removed or reordered, a mark or a
        gazetteer changed: worked out again); its entities are read, never changed. While an index is
        open, a grouping not in memory is read from beside it, else worked out and, for the
        ``whole`` corpus (not some articles' quotes), kept there (:meth:`_kept_grouping`).
        ``read_in``: the texts the grouping looks names up in (doc → ``Article.name_text``, read
        only when the grouping is worked out), else ``texts``."""
        from waic_reader.index.analysis.entities.gazetteer import Gazetteer

        inputs = (Gazetteer.current().digest, *_grouping_key(mentions, texts, noise, hashes or {}))
        with self._grouping_lock:
            held = self._last_grouping
            if held is not None and held[0] == inputs:
                return held[1]
            every = self._kept_grouping(mentions, texts, noise, hashes or {}, str(inputs[0]), whole, read_in)
            self._last_grouping = (inputs, every)
            return every

    def _kept_grouping(
        self,
        mentions: dict[str, list[Mention]],
        texts: dict[str, str],
        noise: dict[str, list[tuple[int, int]]],
        hashes: Mapping[str, str],
        gazetteers: str,
        whole: bool,
        read_in: Mapping[str, str] | None = None,
    ) -> list[Entity]:
        """:meth:`_corpus_grouping`'s grouping when it is not the one in memory: while an index
        is open, the one kept beside it for these very inputs
        (:mod:`~waic_reader.index.analysis.entities.kept_grouping`, ``grouping.json``), else
        worked out and kept there (a corrupt file: a warning, :meth:`take_warnings`); with no
        index open, worked out."""
        from waic_reader.index.analysis.entities.grouping import group

        if not self.index_ready():
            return group(mentions, texts if read_in is None else read_in, noise)
        from waic_reader.index.analysis.entities import kept_grouping
        from waic_reader.index.analysis.overrides import text_key

        every_hash = {doc: hashes.get(doc) or text_key(text) for doc, text in texts.items()}
        # (the analysis version this workspace's kept articles are read by: taken once)
        key = kept_grouping.grouping_key(mentions, every_hash, noise, f"{gazetteers}|{self._rules_version}")
        kept = kept_grouping.read_grouping(self.index_dir, key, mentions, texts)
        if isinstance(kept, list):
            return kept
        if kept == kept_grouping.CORRUPT:
            self._warnings.append(
                f"The names' grouping kept in the index folder ({kept_grouping.FILE_NAME}) could not be read: "
                "worked out again"
            )
        every = group(mentions, texts if read_in is None else read_in, noise)
        if not whole:
            return every  # some articles' grouping: the whole corpus's is the one kept
        with contextlib.suppress(OSError):  # a file that cannot be written only costs speed next time
            kept_grouping.save_grouping(self.index_dir, key, mentions, texts, every)
        return every

    def keep_grouping(self, changed: bool = True) -> None:
        """Work out the corpus grouping of names of every article and keep it beside the index
        (:meth:`_kept_grouping`) when it is not kept for the corpus as it is: after an index
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
        got, self._warnings = self._warnings, []
        return got

    def _kept_check(self) -> Callable[[Article], _Kept | None]:
        """A check of what the open index keeps of an article for its file as it is: called
        with the article (read), its boilerplate spans, stored row, text hash and
        :class:`~waic_reader.index.analysis.kept_mentions.KeptKeys` when its file, ``corpus.yaml``
        fields, marks and text are as indexed (the timeline's checks:
        ``timeline_cache.kept_noise_from_index``), else None; always None while no index is
        open. Made before the articles are read: the index caught up with another process's
        writes and its rows read once (``SearchEngine.stored``), the user's marks and the kept
        values' version taken once; then each article's stored document is read once however
        many of its values are asked (the engine keeps the last few read), where reading every
        article first and then asking each for its values read every document twice (round
        s37-p)."""
        if not self.index_ready():
            return lambda _article: None
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp, kept_keys
        from waic_reader.index.analysis.kept_mentions import kept_version as mentions_version
        from waic_reader.index.analysis.overrides import text_key
        from waic_reader.index.analysis.timeline_cache import kept_noise_from_index, kept_version
        from waic_reader.index.analysis.versions import analysis_version

        self.analyser.refresh_marks()  # marks another process saved: the kept spans miss
        marks = self.analyser.marks_keys()
        stored = self.index.stored()
        version = kept_version()
        rules = analysis_version()
        now = gazetteer_stamp()
        values_version = mentions_version(rules, now)
        # An edit of the user's gazetteer re-indexes only the articles it can change
        # (gazetteer_docs; none until a sync runs): every other article's kept mentions and quotes,
        # made under the files it was indexed with, are still right, and are read, not found again
        # (every article was recognised again after any edit: issue 15). Empty, and two stat
        # calls, while every article holds the stamp of now.
        stale = self.index.names_stale({d: s.gazetteer for d, s in stored.items()})

        def check(a: Article) -> _Kept | None:
            entry = self.corpus.entries.get(a.doc)
            if entry is None:
                return None
            row = stored.get(a.doc)
            stamp = self.corpus.meta_stamp(a.doc)
            got = kept_noise_from_index(a.doc, row, entry.size, entry.mtime_ns, stamp, version, marks)
            if got is None or row is None:
                return None
            spans, text_hash = got
            if text_hash != text_key(a.text):
                return None
            held = row.gazetteer
            values = values_version if held in (None, now) or a.doc in stale else mentions_version(rules, held)
            return _Kept(spans, row, text_hash, kept_keys(a, spans, values, text_hash))

        return check

    def quotes(self, docs: Sequence[str] | None = None, *, open_built: bool = False) -> QuoteSheet:
        """Quotes of ``docs`` (doc ids; default every article) by speaker and statement.

        Unreadable articles are listed in ``skipped``, not raised. Used by ``quotes`` and the
        Quotes screen. What the index keeps of an article for its file as it is (boilerplate,
        mentions, language) is taken from it while it is open; with ``open_built`` an index on
        disk is opened as it is for this (nothing indexed or built: the ``quotes`` command).
        """
        from waic_reader.index.analysis.noise.marked_title import retitle_with_marks
        from waic_reader.index.analysis.quotes.merge import (
            described_speakers,
            entity_speakers,
            firm_lead_speakers,
            merge_speakers,
            outlet_speakers,
        )
        from waic_reader.index.analysis.quotes.sheet import QuoteSheet
        from waic_reader.index.corpus.listing import OutletSpelling

        self.take_in_meta()
        articles: list[Article] = []
        quotes: dict[str, list[Quote]] = {}
        skipped: list[str] = []
        reasons: dict[str, str] = {}
        mentions: dict[str, list[Mention]] = {}
        unread: list[NotAnalysed] = []
        noise: dict[str, list[tuple[int, int]]] = {}
        hashes: dict[str, str] = {}  # the texts' hashes the index keeps (_corpus_grouping's key)
        if open_built and not self.index_ready():
            # before the articles are read: those it keeps as read are not read again
            self._open_built_index()
        # Each article's boilerplate, mentions and language as the index keeps them for its file
        # as it is (the matrix's checks: file, corpus.yaml fields, marks, text), else its analysis:
        # the first Quotes open of a session on a current index splits no article again, runs no
        # recogniser and loads no language model (issue 13, round s32-m: ~8 s on 31 articles).
        # Each article read and its kept values checked in turn: its stored document read once.
        check = self._kept_check()
        for doc in docs if docs is not None else self.corpus.docs:
            try:
                article = self.corpus.article(doc)
            except CorpusError as exc:
                skipped.append(doc)
                reasons[doc] = str(exc)
                continue
            articles.append(article)
            held = check(article)
            kept = self.analyser.kept_mentions_of(article, held.spans, held.keys) if held is not None else None
            if held is not None and kept is not None:
                spans = held.spans
                language = self._kept_language(article, spans, held.row)
                retitle_with_marks(article, self.analyser.overrides)  # as analyse() does
                found = self._kept_quotes(article, spans, held.keys)
                if found is None:  # not kept for this article as it is: found again
                    from waic_reader.index.analysis.quotes.recognise import find_quotes

                    found = find_quotes(article, kept, spans)
                quotes[doc] = found
                mentions[doc], noise[doc], hashes[doc] = kept, spans, held.text_hash
            else:
                analysis = self.analyser.analyse(article)
                language = analysis.language
                quotes[doc] = analysis.quotes
                mentions[doc], noise[doc] = analysis.mentions, analysis.noise_spans()
            if language is not None:  # its speakers are not read (cue words are English)
                unread.append(not_analysed_note(doc, language))
        # Speakers named as the entity list names them: the same corpus grouping (a surname is the
        # full name another article gives, "Hydrolyne" the firm "Hydrolyne Corp").
        texts = {a.doc: a.text for a in articles}
        grouped = self._corpus_grouping(mentions, texts, noise, hashes, whole=docs is None, read_in=NameTexts(articles))
        quotes = entity_speakers(quotes, grouped)
        # "the coast guard said" in an article naming no coast guard: the one the corpus names
        quotes = described_speakers(quotes, grouped)
        # A firm's short form speaks as the firm ("Northgate said" is Northgate Bank's)
        quotes = firm_lead_speakers(quotes, grouped)
        # An outlet of the corpus is an organisation wherever it is named ("according to Nordwire")
        quotes = outlet_speakers(quotes, (a.outlet for a in articles), grouped)
        # One outlet, one name, as the fact sheet names its sources ("reuters" is "Reuters").
        spell = OutletSpelling(a.outlet for a in articles)
        labels = {a.doc: spell(a.outlet) or a.doc for a in articles}
        return QuoteSheet(articles, merge_speakers(quotes), skipped, labels, reasons, unread)

    def _kept_quotes(
        self, article: Article, spans: list[tuple[int, int]], keys: KeptKeys | None = None
    ) -> list[Quote] | None:
        """``article``'s quotes as the open index keeps them for its very text, blocks, title,
        rules, gazetteers and boilerplate ``spans`` (:mod:`analysis.quotes.kept`); None when not
        kept so (then they are found again). ``keys``: the article's kept keys for these spans
        when the caller has them (:func:`~waic_reader.index.analysis.kept_mentions.kept_keys`)."""
        engine: SearchEngine | None = self.__dict__.get("index")
        value = engine.kept_quotes(article.doc) if engine is not None else None
        if value is None:
            return None
        from waic_reader.index.analysis.kept_mentions import kept_keys, kept_version
        from waic_reader.index.analysis.quotes.kept import decode_quotes, quotes_key
        from waic_reader.index.analysis.versions import analysis_version

        if keys is None:
            keys = kept_keys(article, spans, kept_version(analysis_version()))
        source = quotes_key(article, keys.source)
        return decode_quotes(value, article.doc, article.text, keys.version, source, keys.noise_digest)

    def _kept_language(self, article: Article, spans: list[tuple[int, int]], row: StoredDoc | None) -> str | None:
        """``article``'s language (None: English) as the index keeps it with its figures for
        this very file and boilerplate ``spans`` (``figure_cache.kept_language``: the figures
        are not decoded), else found again (:func:`facts.article_language`, what
        :attr:`Analysis.language` gives)."""
        from waic_reader.index.analysis.figure_cache import kept_language

        entry = self.corpus.entries.get(article.doc)
        got = kept_language(article.doc, entry.size, entry.mtime_ns, spans, row) if entry else None
        if got is not None:
            return got[0]
        from waic_reader.index.analysis.facts import article_language

        return article_language(article, spans)

    def article_matches(self, analysis: Analysis, query: str) -> list[tuple[int, int]]:
        """Where ``query`` matches in the article's own text (not its boilerplate), as sorted
        (start, end) offsets into the article text: its words and phrases' words (title,
        content, outlet fields), and the mentions of the entities its ``entity:``/``who:``
        terms name. Raises QueryError for a query that cannot be parsed; RuntimeError while the
        index (which parses queries) is not open yet."""
        return [s for s in self._query_spans(analysis, query) if not analysis.is_noise(s[0])]

    def _query_spans(self, analysis: Analysis, query: str) -> list[tuple[int, int]]:
        """Every span ``query`` matches in the article text, boilerplate included, sorted."""
        query = self.canonical_query(query)
        article = analysis.article
        blocks = [(b.start, b.end) for b in article.blocks] if article.format == "markdown" else None
        spans = set(self.index.match_spans(article.text, query, blocks, article.title))
        names = self.index.query_entities(query)
        if names:  # the mentions the entity list groups, names other articles type included
            spans |= set(analysis.mention_spans(names, self.article_mentions(analysis)))
        spans |= set(analysis.said_spans(self.index.query_said(query, article.doc)))
        return sorted(spans)

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
        from waic_reader.index.analysis.entities.mentions import Mention
        from waic_reader.index.analysis.facts import extract_figures, group_figures
        from waic_reader.index.analysis.figure_cache import FigureCache, kept_figures_language
        from waic_reader.index.analysis.kept_mentions import corpus_mentions_kept, gazetteer_stamp
        from waic_reader.index.analysis.timeline import build_timeline
        from waic_reader.index.analysis.timeline_cache import (
            KeptArticle,
            MarksKeys,
            TimelineCache,
            keep_analysed,
            kept_from_index,
            version_of,
        )
        from waic_reader.index.analysis.versions import analysis_version
        from waic_reader.index.corpus.spans import SpanSet

        marks = MarksKeys(self.analyser.overrides.entries.values())
        kept = TimelineCache(self.index_dir, version_of(analysis_version()))
        figures = FigureCache(self.index_dir)
        # The index's stored rows, read on the first article the folder's caches miss (reading
        # 20,000 rows took ~2 s of every timeline): what they give is kept in the folder's
        # caches, so the next timeline reads neither the index nor a file.
        stored: dict[str, StoredDoc] | None = None
        # The rows whose names an edit of the user's gazetteer since they were indexed can change
        # (a sync re-indexes them; the `timeline` command opens the index as it is): read again.
        stale: set[str] = set()

        def index_row(doc: str) -> StoredDoc | None:
            nonlocal stored, stale
            if stored is None:
                stored = self.index.stored() if self.index_ready() or self._open_built_index() else {}
                stale = self.index.names_stale({d: s.gazetteer for d, s in stored.items()}) if stored else set()
            return stored.get(doc)

        def names_stale(held: Mapping[str, str | None]) -> set[str]:
            if self.index_ready() or self._open_built_index():
                return self.index.names_stale(held)
            return set(held)  # no index to tell which articles an edit can change: every one

        kept.forget_names_stale(gazetteer_stamp(), names_stale)

        articles: list[KeptArticle] = []
        mentions: dict[str, list[Mention]] = {}
        kept_names: dict[str, str] = {}
        noise_spans: dict[str, list[tuple[int, int]]] = {}
        per_article: list[tuple[str, list[FactValue]]] = []
        entries: dict[str, list[tuple[int, str]]] = {}  # live blogs' entries (t13z H21)
        for doc, entry in list(self.corpus.entries.items()):
            stamp = self.corpus.meta_stamp(doc)
            got = kept.get(doc, entry.size, entry.mtime_ns, stamp, marks)
            if got is None:
                row = index_row(doc)
                got = kept_from_index(
                    doc, None if doc in stale else row, entry.size, entry.mtime_ns, stamp, kept.version, marks
                )
                if got is not None and row is not None:
                    kept.put(
                        doc, entry.size, entry.mtime_ns, stamp, got.article, got.noise_spans, got.mentions,
                        got.sha, marks(doc, got.sha), got.names, got.entries, row.gazetteer,
                    )  # fmt: skip
            values = None
            if got is not None:
                values = figures.get(doc, entry.size, entry.mtime_ns, got.noise_spans)
                if values is None:
                    held = kept_figures_language(
                        doc, entry.size, entry.mtime_ns, got.noise_spans, index_row(doc), figures
                    )
                    if held is not None:
                        values = held[0]
                        figures.put(doc, entry.size, entry.mtime_ns, got.noise_spans, *held)
            if got is None or values is None:
                try:
                    article = self.corpus.article(doc)
                except CorpusError as exc:
                    self.corpus.drop(doc, str(exc), lasting=not isinstance(exc, FileUnreadable))
                    continue
                analysis = self.analyser.analyse(article)
                noise = analysis.noise_spans()
                if got is None:
                    got = keep_analysed(kept, entry.size, entry.mtime_ns, stamp, analysis, marks)
                if values is None:
                    # none of an article in another language (facts.sheet_figures), as the sheet
                    values = (
                        []
                        if analysis.language is not None
                        else extract_figures(article, noise, mentions=analysis.mentions)
                    )
                    figures.put(doc, entry.size, entry.mtime_ns, noise, values, analysis.language)
                self.corpus.forget(doc)  # keep memory flat on large corpora
            for v in values:  # kept figures carry no date (see figure_cache)
                v.date = got.article.date
            articles.append(got.article)
            mentions[doc] = [Mention(m.start, m.end, m.text, m.key.partition(":")[0], m.key) for m in got.mentions]
            kept_names[doc] = got.names
            noise_spans[doc] = got.noise_spans
            if got.entries:
                entries[doc] = got.entries
            per_article.append((doc, values))
        # A cache that cannot be written only costs speed next time.
        with contextlib.suppress(OSError):
            kept.save(keep=self.corpus.entries)
        with contextlib.suppress(OSError):
            figures.save(keep=self.corpus.entries)
        # Subjects as the entity list groups them across the corpus (issue 13 F4): the names other
        # articles type added where an article writes them untyped ("said Hegge"), from each
        # article's kept names, not its text; in article text only, as its own first mentions.
        typed, spelled = corpus_mentions_kept(mentions, kept_names)
        for doc, grouped in typed.items():
            inside = SpanSet(noise_spans[doc]).contains
            mentions[doc] = [m for m in grouped if not inside(m.start)]
        return build_timeline(articles, mentions, group_figures(per_article), spelled, entries)

    def list_rows(self, read: bool = True) -> list[dict[str, Any]]:
        """One row per readable article, in folder order: what ``list`` and the library show.

        Row keys: doc, title, title_derived, outlet, outlet_derived, date (ISO 8601, a year-less
        date resolved from the other articles' dates where one puts it in the story's span),
        date_source, format, notes, words, noise, entities, path
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

        rows = self._listing(read, analyse=True)
        resolve_years(rows)
        same_outlets(rows)
        return rows

    def gazetteer_revision(self) -> str:
        """The stamp of the gazetteer files (the bundled and the user's) as they are now
        (:func:`~waic_reader.index.analysis.kept_mentions.gazetteer_stamp`: two ``stat`` calls;
        a file's bytes are hashed again only when its stat changed, never parsed here): the
        app's folder check brings the index up to date when it moves. :meth:`list_rows` counts
        an edited gazetteer's names by itself, from the stamp ``listing.json`` keeps."""
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp

        return gazetteer_stamp()

    def _marks_by_doc(self) -> Callable[[str], str]:
        """doc id -> a digest of the user's marks made under it ("" for none: most articles), as
        they are on disk now (another process's saved marks taken in)."""
        from waic_reader.index.analysis.overrides import Overrides, legacy_path
        from waic_reader.index.analysis.timeline_cache import MarksKeys

        analyser: Analyser | None = self.__dict__.get("analyser")
        kept: Overrides | None = self.__dict__.get("_listing_marks")
        if analyser is not None or legacy_path(self._root, self.data_dir).exists():
            self.analyser.refresh_marks()  # (an old marks file is migrated by the analyser's)
            overrides = self.analyser.overrides
        elif kept is not None:
            kept.refresh()
            overrides = kept
        else:  # rows all cached need no analyser (~150 ms of rules): the marks file alone
            overrides = self.__dict__["_listing_marks"] = Overrides.load(self._root, self.data_dir)
        keys = MarksKeys(overrides.entries.values())
        return lambda doc: keys(doc, "")

    def _regazetteer(self, cache: ListingCache, gazetteer: str, read: bool) -> None:
        """Bring ``cache``'s rows to the gazetteer files of stamp ``gazetteer``. A row's entity
        count is the user's gazetteer's too: rows counted under other files (the user's edited
        since, while this process runs or between two processes) are dropped, to be counted again,
        where the edit can change the article's names (the index's postings tell which; with no
        index and ``read``, every row); the entity panel and who: read the edited file at once
        (s41-q; a new process kept the old counts, s43-q). Without an index nor ``read`` the rows
        are painted as they are, and the next listing that reads counts them again."""
        if cache.gazetteer == gazetteer:
            return
        if cache.gazetteer is not None and cache.rows:
            if self.index_ready() or (read and self._open_built_index()):
                cache.forget(self.index.names_stale(dict.fromkeys(cache.rows, cache.gazetteer)))
            elif read:
                cache.forget(list(cache.rows))
            else:
                return
        # (none kept yet, or a file from before the stamp was kept: counted under now's)
        cache.set_gazetteer(gazetteer)

    def _listing(self, read: bool, analyse: bool) -> list[dict[str, Any]]:
        """The rows of :meth:`list_rows` before year-less dates are resolved. Without
        ``analyse``, a row neither cached nor indexed is the article's fields alone (read, not
        analysed: no words, noise or entities) and is not kept."""
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
        from waic_reader.index.analysis.versions import analysis_version, version_sources
        from waic_reader.index.corpus.listing import ListingCache, listing_row, row_ok
        from waic_reader.index.corpus.reader import article_fields

        as_read, self._listing_read = self._listing_read, None
        cache = ListingCache(self.index_dir, analysis_version, version_sources(), as_read, str(self._root))
        self._regazetteer(cache, gazetteer_stamp(), read)
        stored: dict[str, StoredDoc] | None = None
        stale: set[str] = set()  # stored rows counted under gazetteer files an edit since changes
        rows: list[dict[str, Any]] = []
        entries = list(self.corpus.entries.items())
        # An edited corpus.yaml entry makes the row again (without corpus.yaml every stamp is "").
        stamps = [self.corpus.meta_stamp(doc) for doc, _ in entries]
        # A row's noise count includes the user's marks (as the reader's): a row is kept under
        # its marks too, so a mark made here or by another process makes it again.
        marks = self._marks_by_doc()
        keys = [
            f"{stamp}|marks={m}" if (m := marks(doc)) else stamp
            for (doc, _), stamp in zip(entries, stamps, strict=True)
        ]
        cached = [cache.get(doc, e.mtime_ns, e.size, key) for (doc, e), key in zip(entries, keys, strict=True)]
        # The index's stored rows are read for many missing rows (listing.json removed, rules
        # changed); a few (files added or edited since) are read and analysed, ~10-50 ms each:
        # opening a 20,000-article index to read its stored rows took ~2 s of a `list` after one
        # edit (acceptance s12b #4). Without ``read``, an index already open serves any.
        missing = cached.count(None)
        few = min(FEW_ROWS_MISSING, len(entries) // 2)  # a cold listing of a small corpus: stored rows
        use_stored = missing > few or (not read and missing > 0 and self.index_ready())
        for (doc, entry), stamp, key, row in zip(entries, stamps, keys, cached, strict=True):
            if (
                row is None
                and use_stored
                and stored is None
                and (self.index_ready() or (read and self._open_built_index()))
            ):
                stored = self.index.stored()  # once, and only when rows are missing
                stale = self.index.names_stale({d: s.gazetteer for d, s in stored.items()})
            if row is None and stored is not None:
                s = stored.get(doc)
                if (
                    s is not None
                    and s.row is not None
                    and (s.mtime_ns, s.size, s.meta) == (entry.mtime_ns, entry.size, stamp)
                    and key == stamp  # the index's row counts the marks it was indexed with
                    and doc not in stale  # and the names of the gazetteer it was indexed with
                    and row_ok(s.row)
                ):
                    row = dict(s.row)
                    cache.put(doc, entry.mtime_ns, entry.size, row, key)
            if row is None and (reason := cache.skipped(doc, entry.mtime_ns, entry.size, stamp)) is not None:
                # Found unreadable before, as it is now: skipped again without reading it, and
                # never a pending row the library paints and then takes away (acceptance #17-5).
                self.corpus.drop(doc, reason)
                continue
            if row is None and not read:
                rows.append({"doc": doc, "title": entry.file, "path": entry.location, "pending": True})
                continue
            if row is None:
                try:
                    article = self.corpus.article(doc)
                except CorpusError as exc:
                    self.corpus.drop(doc, str(exc), lasting=not isinstance(exc, FileUnreadable))
                    continue
                if analyse:
                    analysis = self.analyser.analyse(article)
                    row = listing_row(article, noise=analysis.noise_count(), entities=len(analysis.entity_names()))
                    cache.put(doc, entry.mtime_ns, entry.size, row, key)
                else:
                    row = article_fields(article)
                self.corpus.forget(doc)  # keep memory flat on large corpora
            rows.append({"doc": doc, **row, "path": entry.location})
        dropped = self.corpus.dropped()  # found unreadable here, or by the index's build or the timeline
        for doc, (entry, skip) in dropped.items():
            cache.put_skip(doc, entry.mtime_ns, entry.size, skip.reason, self.corpus.entry_stamp(entry))
        cache.keep_only(self.corpus.entries, dropped)
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed next time
            cache.save()
        return rows


def _grouping_key(
    mentions: Mapping[str, Sequence[Mention]],
    texts: Mapping[str, str],
    noise: Mapping[str, Sequence[tuple[int, int]]],
    hashes: Mapping[str, str],
) -> tuple[object, ...]:
    """What :meth:`Workspace._corpus_grouping` tells its inputs by: each input's docs in their
    order (the grouping keeps corpus order: the same articles in another order group into
    other entities' order, s35-rv 14), each article's mentions and boilerplate spans, and its
    text by its hash (``overrides.text_key``: ``hashes[doc]`` where the caller has it, the one
    the index keeps for the text, else hashed here), never the text itself (a 2 MB article is
    not copied nor compared whole)."""
    from waic_reader.index.analysis.overrides import text_key

    return (
        tuple((doc, tuple(found)) for doc, found in mentions.items()),
        tuple((doc, hashes.get(doc) or text_key(text)) for doc, text in texts.items()),
        tuple((doc, tuple(map(tuple, spans))) for doc, spans in noise.items()),
    )
