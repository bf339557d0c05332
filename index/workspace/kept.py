"""What the open search index keeps of each article, for a :class:`~waic_reader.index.workspace.
Workspace`: the article as read, its mentions, quotes and language, each for its file as it is
(size, modification time, ``corpus.yaml`` fields, the user's marks, the rules and gazetteers it
was made under), so that a screen's first open on a current index reads and analyses nothing;
and which kept names an edit of the user's gazetteer since makes stale (:meth:`IndexKept.
names_stale`, the one answer the listing, the timeline and the sheets take). Nothing here while
no index is open. Owned by the workspace (``Workspace._kept``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from waic_reader.index.corpus.reader import Article, Entry

if TYPE_CHECKING:
    from waic_reader.index.analysis.kept_mentions import KeptKeys
    from waic_reader.index.analysis.quotes.model import Quote
    from waic_reader.index.search.engine import SearchEngine
    from waic_reader.index.search.model import StoredDoc
    from waic_reader.index.workspace.facade import Workspace


class _Kept(NamedTuple):
    """What the open index keeps of one article for its file as it is (IndexKept.check)."""

    spans: list[tuple[int, int]]  # its boilerplate, as kept
    row: StoredDoc  # its stored row (its kept language, …)
    text_hash: str  # its text's ``overrides.text_key``, as kept (equal to the text's)
    keys: KeptKeys  # what its kept mentions and quotes are checked against


class IndexKept:
    """A workspace's reads of what its open index keeps (the analysis version of this code,
    :attr:`rules_version`, taken once)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def article(self, entry: Entry, stamp: str) -> Article | None:
        """The article the open index keeps of ``entry``'s file as read, for the very file as
        listed, its ``corpus.yaml`` fields' ``stamp`` and the rules of this code
        (:mod:`~waic_reader.index.corpus.kept_article`); None while no index is open, or when it
        keeps none for it so (then the file is read and the article derived). Asked by
        :meth:`Corpus.article` (:attr:`Corpus.kept`) before it reads a file: what the first
        Quotes open, the first matrix and the reader read of an indexed article costs one
        stored document (a saved page was extracted and classified again: ~130 ms)."""
        ws = self._ws
        engine: SearchEngine | None = ws.__dict__.get("index")
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

        return decode_article(value, entry, article_key(entry, stamp, self.rules_version))

    @cached_property
    def rules_version(self) -> str:
        """The analysis version of the code this process runs (what a kept article was read by),
        read once: asked for every article served (:meth:`article`)."""
        from waic_reader.index.analysis.versions import analysis_version

        return analysis_version()

    def mentions(self, doc: str) -> bytes | None:
        """The mentions the index keeps of ``doc`` (the analyser's :attr:`~Analyser.kept`); None
        while no index is made or open (the recogniser runs then)."""
        ws = self._ws
        engine: SearchEngine | None = ws.__dict__.get("index")
        return engine.kept_mentions(doc) if engine is not None else None

    def names_stale(self, held: Mapping[str, str | None], *, open_built: bool) -> set[str] | None:
        """The docs of ``held`` (doc id → the gazetteer stamp their kept names, entity counts or
        mentions were made under; None for unknown) whose names an edit of the user's gazetteer
        since can change (:meth:`SearchEngine.names_stale`: those writing a word of an entry the
        edit adds, removes or changes; empty when each stamp is the files' now). Asked of the
        open index, else, with ``open_built``, of the index on disk opened as it is (nothing
        indexed or built). None when no index can tell: the caller decides (every doc, or none).
        The one answer to "which kept results are stale for the gazetteer now" for the listing's
        rows, the timeline's entries and the kept mentions and quotes (:meth:`check`)."""
        ws = self._ws
        if not held:
            return set()  # (what names_stale gives for no docs, without asking the index)
        if ws.index_ready() or (open_built and ws._open_built_index()):
            return ws.index.names_stale(held)
        return None

    def stored_names_stale(self, stored: Mapping[str, StoredDoc]) -> set[str]:
        """:meth:`names_stale` of the open index's stored rows (``SearchEngine.stored``), each
        under the gazetteer stamp it was indexed with: the rows whose kept names are stale.
        Empty for no rows (no index open: nothing stored to be stale)."""
        stale = self.names_stale({d: s.gazetteer for d, s in stored.items()}, open_built=False)
        return stale if stale is not None else set()

    def check(self) -> Callable[[Article], _Kept | None]:
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
        ws = self._ws
        if not ws.index_ready():
            return lambda _article: None
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp, kept_keys
        from waic_reader.index.analysis.kept_mentions import kept_version as mentions_version
        from waic_reader.index.analysis.overrides import text_key
        from waic_reader.index.analysis.timeline_cache import kept_noise_from_index, kept_version
        from waic_reader.index.analysis.versions import analysis_version

        ws.analyser.refresh_marks()  # marks another process saved: the kept spans miss
        marks = ws.analyser.marks_keys()
        stored = ws.index.stored()
        version = kept_version()
        rules = analysis_version()
        now = gazetteer_stamp()
        values_version = mentions_version(rules, now)
        # An edit of the user's gazetteer re-indexes only the articles it can change
        # (gazetteer_docs; none until a sync runs): every other article's kept mentions and quotes,
        # made under the files it was indexed with, are still right, and are read, not found again
        # (every article was recognised again after any edit: issue 15). Empty, and two stat
        # calls, while every article holds the stamp of now.
        stale = self.stored_names_stale(stored)

        def check(a: Article) -> _Kept | None:
            entry = ws.corpus.entries.get(a.doc)
            if entry is None:
                return None
            row = stored.get(a.doc)
            stamp = ws.corpus.meta_stamp(a.doc)
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

    def quotes(
        self, article: Article, spans: list[tuple[int, int]], keys: KeptKeys | None = None
    ) -> list[Quote] | None:
        """``article``'s quotes as the open index keeps them for its very text, blocks, title,
        rules, gazetteers and boilerplate ``spans`` (:mod:`analysis.quotes.kept`); None when not
        kept so (then they are found again). ``keys``: the article's kept keys for these spans
        when the caller has them (:func:`~waic_reader.index.analysis.kept_mentions.kept_keys`)."""
        ws = self._ws
        engine: SearchEngine | None = ws.__dict__.get("index")
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

    def language(self, article: Article, spans: list[tuple[int, int]], row: StoredDoc | None) -> str | None:
        """``article``'s language (None: English) as the index keeps it with its figures for
        this very file and boilerplate ``spans`` (``figure_cache.kept_language``: the figures
        are not decoded), else found again (:func:`facts.article_language`, what
        :attr:`Analysis.language` gives)."""
        ws = self._ws
        from waic_reader.index.analysis.figure_cache import kept_language

        entry = ws.corpus.entries.get(article.doc)
        got = kept_language(article.doc, entry.size, entry.mtime_ns, spans, row) if entry else None
        if got is not None:
            return got[0]
        from waic_reader.index.analysis.facts import article_language

        return article_language(article, spans)
