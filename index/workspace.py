"""A corpus opened for work: the corpus, its analyser and its search index, wired once.

The CLI and the TUI both start here, so every command and screen sees the same corpus, the
same analysis and the same index folder.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.corpus.reader import Article, Corpus, CorpusError
from waic_reader.index.paths import bundled_seeds, default_index_dir

if TYPE_CHECKING:  # imported when first used: whoosh, the entity rules and the noise model
    # cost ~150 ms of start-up, and the library is painted from the corpus listing before them
    from whoosh import query as wquery

    from waic_reader.index.analysis.analyser import Analyser, Analysis
    from waic_reader.index.analysis.quotes.sheet import QuoteSheet
    from waic_reader.index.analysis.timeline import Timeline
    from waic_reader.index.search.whoosh.engine import Results, SearchIndex, SyncReport

_ENTITY_REF = re.compile(r'\b(entity|who|ent):(?:"([^"]*)"|([^\s()"]+))')


class Workspace:
    def __init__(
        self, corpus_dir: Path | str | None = None, index_dir: Path | str | None = None, data_dir: Path | None = None
    ):
        self.corpus = Corpus.scan(corpus_dir if corpus_dir is not None else bundled_seeds())
        self.index_dir = Path(index_dir) if index_dir else default_index_dir(self.corpus.root)
        if self.index_dir.resolve().is_relative_to(self.corpus.root):
            # whoosh keeps a pickle in its index folder; a shared corpus must never carry one.
            raise ValueError("the index folder must not be inside the corpus folder")
        self.data_dir = data_dir
        self.busy_message = ""
        # ``analyser`` and ``index`` are made on first use (a worker thread may be first).
        self._make_lock = threading.RLock()

    @cached_property
    def analyser(self) -> Analyser:
        from waic_reader.index.analysis.analyser import Analyser

        with self._make_lock:
            return self.__dict__.get("analyser") or Analyser(self.corpus, self.data_dir)

    @cached_property
    def index(self) -> SearchIndex:
        from waic_reader.index.search.whoosh.engine import SearchIndex

        with self._make_lock:
            return self.__dict__.get("index") or SearchIndex(
                self.corpus, self.index_dir, self.analyser, self.analyser.version
            )

    def noise_spans(self, articles: Sequence[Article]) -> list[list[tuple[int, int]]]:
        """Boilerplate spans (character offsets) of each article, in the order given.

        Read from the search index when it is open and holds this very file (same size and
        modification time): splitting boilerplate again costs ~5 ms an article, reading the
        stored spans nothing. Otherwise (no index yet, a file changed since) from the analyser.
        """
        stored: dict[str, dict[str, Any]] = {}
        if "index" in self.__dict__ and self.index.is_open():
            stored = self.index.stored()
        out: list[list[tuple[int, int]]] = []
        for a in articles:
            fields = stored.get(a.doc)
            entry = self.corpus.entries.get(a.doc)
            spans = fields.get("noise_spans") if fields else None
            if (
                fields is not None
                and entry is not None
                and spans is not None
                and fields.get("mtime_ns") == entry.mtime_ns
                and fields.get("size") == entry.size
            ):
                out.append([(int(s), int(e)) for s, e in spans])
            else:
                out.append(self.analyser.analyse(a).noise_spans())
        return out

    def ensure_index(
        self,
        progress: Callable[[int, int], None] | None = None,
        rebuild: bool = False,
        on_wait: Callable[[str], None] | None = None,
    ) -> SyncReport:
        """Open the index, updating or rebuilding it as needed.

        If another process is writing the index, or the index cannot be written (read-only or
        full cache), the existing index is opened as it is and ``busy_message`` says so;
        searching still works on what is there. With no index yet and another process building
        one, waits for it (``on_wait`` is told) and uses it.
        """
        from waic_reader.index.search.whoosh.engine import IndexBusy, SyncReport

        self.busy_message = ""
        try:
            return self.index.sync(progress=progress, force=rebuild, on_wait=on_wait)
        except IndexBusy as exc:
            self.busy_message = f"{exc}; searching the index as it is"
            if not self.index.is_open():
                raise
        except OSError as exc:
            if not self.index.is_open():
                raise
            where = f": {exc.filename}" if exc.filename else ""
            self.busy_message = f"index update failed ({exc.strerror or exc}{where}); searching the index as it is"
        report = SyncReport(str(self.index_dir), indexed=self.index.searcher().doc_count())
        report.reason = self.busy_message
        return report

    def rescan(self) -> list[str]:
        """Take in files added, removed or edited in the corpus folder (and an edited
        corpus.yaml) since it was listed; their analyses are dropped. Returns the docs that
        changed (empty: nothing did). The index catches up on the next ``ensure_index``."""
        changed = self.corpus.rescan()
        analyser = self.__dict__.get("analyser")  # made only if something already needed it
        if analyser is not None:
            for doc in changed:
                analyser.invalidate(doc)
        return changed

    def canonical_query(self, text: str) -> str:
        """Rewrite ``entity:WAIC`` to the entity's canonical name, as the index stores it."""

        def swap(m: re.Match[str]) -> str:
            name = m.group(2) if m.group(2) is not None else m.group(3)
            canonical = self.analyser.recognizer.canonical(name) or name
            return f'entity:"{canonical.replace(chr(34), "")}"'

        return _ENTITY_REF.sub(swap, text)

    def search(self, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
        results = self.index.search(self.canonical_query(text), limit=limit, typing=typing)
        results.query = text
        return results

    def parse(self, text: str) -> wquery.Query:
        return self.index.parse(self.canonical_query(text))

    def quotes(self, docs: Sequence[str] | None = None) -> QuoteSheet:
        """Quotes of ``docs`` (doc ids; default every article) by speaker and statement.

        Unreadable articles are listed in ``skipped``, not raised. Used by ``quotes`` and the
        Quotes screen.
        """
        from waic_reader.index.analysis.quotes.sheet import QuoteSheet

        articles, quotes, skipped = [], {}, []
        for doc in docs if docs is not None else self.corpus.docs:
            try:
                article = self.corpus.article(doc)
            except CorpusError:
                skipped.append(doc)
                continue
            articles.append(article)
            quotes[doc] = self.analyser.analyse(article).quotes
        return QuoteSheet(articles, quotes, skipped)

    def article_matches(self, analysis: Analysis, query: str) -> list[tuple[int, int]]:
        """Where ``query`` matches in the article's own text (not its boilerplate), as sorted
        (start, end) offsets into the article text: its words and phrases' words (title,
        content, outlet fields), and the mentions of the entities its ``entity:``/``who:``
        terms name. Raises QueryError for a query that cannot be parsed; RuntimeError while the
        index (which parses queries) is not open yet."""
        from waic_reader.index.search.whoosh.parser import positive_terms
        from waic_reader.index.search.whoosh.snippets import match_spans

        terms = positive_terms(self.parse(query))
        words = {t for f, t in terms if f in ("title", "content", "outlet")}
        entities = {t for f, t in terms if f == "entity"}
        spans = set(match_spans(analysis.article.text, words)) | set(analysis.mention_spans(entities))
        return sorted(s for s in spans if not analysis.is_noise(s[0]))

    def article_choices(self) -> list[tuple[str, str | None, str]]:
        """(doc, outlet, title) of every readable article, for pickers and the palette.

        From the index's stored fields once it is open (no file is read); until then from the
        articles themselves.
        """
        index = self.__dict__.get("index")  # made only if something already needed it
        if index is not None and index.is_open():
            stored = index.stored()
            return [
                (d, f.get("outlet") or None, f.get("title") or d)
                for d in self.corpus.entries
                if (f := stored.get(d)) is not None
            ]
        out = []
        for doc in self.corpus.entries:
            try:
                article = self.corpus.article(doc)
            except CorpusError:
                continue  # unreadable files are listed by `waic-reader index` and the library
            out.append((doc, article.outlet, article.title))
        return out

    def timeline(self) -> Timeline:
        """Every readable article on a time axis, with who first mentioned each entity and figure
        (see :mod:`waic_reader.index.analysis.timeline`). Reads and analyses every article."""
        from waic_reader.index.analysis.facts import fact_sheet
        from waic_reader.index.analysis.timeline import build_timeline

        articles = self.corpus.articles()
        analyses = {a.doc: self.analyser.analyse(a) for a in articles}
        facts = fact_sheet([(a, analyses[a.doc].noise_spans()) for a in articles])
        return build_timeline(articles, {doc: an.mentions for doc, an in analyses.items()}, facts)
