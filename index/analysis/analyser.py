"""One article's analysis (noise split and entity mentions), shared by index, CLI and TUI.

:class:`Analyser` owns the per-corpus state the analyses need (the user's noise marks, the
entity recogniser) and caches results per document, so the reader, the search snippets and
the comparison all see the same split of the same text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.overrides import Overrides
from waic_reader.index.analysis.versions import analysis_version as analysis_version  # noqa: PLC0414 (re-exported)
from waic_reader.index.corpus.reader import Article, Corpus, CorpusError
from waic_reader.index.corpus.spans import SpanSet

if TYPE_CHECKING:  # imported on first analysis: the entity rules and noise model take ~40 ms
    from waic_reader.index.analysis.entities.gazetteer import Gazetteer
    from waic_reader.index.analysis.entities.recogniser import Mention, Recognizer
    from waic_reader.index.analysis.kept_mentions import KeptKeys
    from waic_reader.index.analysis.noise import NoiseSplit
    from waic_reader.index.analysis.noise.split import Segment
    from waic_reader.index.analysis.quotes import Quote
    from waic_reader.index.analysis.timeline_cache import MarksKeys


def __getattr__(name: str) -> Any:  # ``VERSION`` stays importable, computed on first use
    if name == "VERSION":
        return analysis_version()
    raise AttributeError(name)


@dataclass
class Analysis:
    article: Article
    split: NoiseSplit
    mentions: list[Mention] = field(default_factory=list)
    # The user's marks the split was made with (None: none at all), for the key the timeline
    # keeps its entry under (:meth:`kept_timeline`).
    marks: MarksKeys | None = field(default=None, repr=False, compare=False)
    # The mentions were read from the index (kept_mentions), not recognised in this process:
    # the index's own analysis (a rebuild) never takes such an analysis from the cache.
    from_kept: bool = field(default=False, repr=False, compare=False)
    # Where :attr:`quotes` finds the quotes the index keeps for this very text and boilerplate
    # (None: none kept so, they are found): set with kept mentions. Finding them reads the whole
    # text (a 2 MB article: minutes of CPU, t13aa K11), keeping them costs one stored value.
    quotes_kept: Callable[[Analysis], list[Quote] | None] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def noise(self) -> SpanSet:
        """The boilerplate's spans: ``noise.contains(offset)``, ``noise.covers(start, end)``."""
        return SpanSet(self.split.noise_spans())

    def noise_spans(self) -> list[tuple[int, int]]:
        return self.noise.spans

    def is_noise(self, offset: int) -> bool:
        return self.noise.contains(offset)

    def content_text(self) -> str:
        """The article's own blocks, one a line, as the reader shows them: a Markdown block
        without its syntax (a link's text, not its URL: :mod:`corpus.markdown`), so search
        finds what the reader shows and only that."""
        return "\n".join(self._shown(seg) for seg in self.split.content)

    def noise_text(self) -> str:
        return "\n".join(self._shown(seg) for seg in self.split.noise)

    def _shown(self, seg: Segment) -> str:
        if self.article.format != "markdown":
            return seg.text
        from waic_reader.index.corpus.markdown import line_after, line_before, shown_text

        # (The lines under and over the block: a pipe table's separator row makes it the table's
        # header, a row without outer bars is one only beside its table.)
        text = self.article.text
        return shown_text(seg.text, line_after(text, seg.end), line_before(text, seg.start))

    def noise_count(self) -> int:
        return len(self.split.noise)

    @property
    def quotes_found(self) -> bool:
        """True once :attr:`quotes` has been computed (asking for it then costs nothing; before,
        it reads the whole article: ~1.5 s of CPU for 50,000 words, work for a thread)."""
        return "quotes" in self.__dict__  # where functools.cached_property keeps its value

    @cached_property
    def quotes(self) -> list[Quote]:
        """Direct, partial and reported speech with speakers (:mod:`analysis.quotes`), on first use:
        those the index keeps for this very text and boilerplate (:attr:`quotes_kept`) when
        the mentions were read from it, else found (:func:`quotes.recognise.find_quotes`)."""
        from waic_reader.index.analysis.quotes.recognise import find_quotes

        if self.from_kept and self.quotes_kept is not None:
            kept = self.quotes_kept(self)
            if kept is not None:
                return kept

        return find_quotes(self.article, self.mentions, self.noise_spans())

    def said_terms(self) -> list[str]:
        """Terms of the search index's ``said`` field: who is reported saying what (:mod:`quotes.said`)."""
        from waic_reader.index.analysis.quotes.said import said_terms

        return said_terms(self.quotes)

    def said_spans(self, terms: set[str]) -> list[tuple[int, int]]:
        """Spans of the quotes a ``said:`` search with these ``said`` field terms matches (see
        :func:`quotes.said.said_spans`); none, and no quote looked for, without terms (every
        search the reader lights asks: t13aa K11)."""
        from waic_reader.index.analysis.quotes.said import said_spans

        if not terms:
            return []

        return said_spans(self.quotes, terms)

    def kept_figures(self) -> str:
        """The article's fact-sheet figures outside its boilerplate (:func:`facts.extract_figures`;
        none for an article in another language than English, :attr:`language`), encoded for the
        search index (:func:`figure_cache.encode_figures`): indexing an article extracts them
        once, so the first fact sheet reads them instead of every article's file."""
        from waic_reader.index.analysis.facts import extract_figures
        from waic_reader.index.analysis.figure_cache import encode_figures

        language = self.language
        values = (
            [] if language is not None else extract_figures(self.article, self.noise_spans(), mentions=self.mentions)
        )
        return encode_figures(values, language)

    @cached_property
    def language(self) -> str | None:
        """The language of the article's main text when it is not English ("Spanish", "Chinese"),
        else None (:func:`facts.article_language`): the analyses that read English words (the
        figures, the quotes' speakers) do not read it, and say so. Kept with the figures."""
        from waic_reader.index.analysis.facts import article_language

        return article_language(self.article, self.noise_spans())

    def kept_timeline(self) -> str:
        """What the timeline needs of the article besides its date, title and boilerplate spans
        (its first mentions, outlet, text hash and marks key), encoded for the search index
        (:func:`timeline_cache.encode_kept`): indexing an article keeps it, so the first
        timeline reads no article file."""
        from waic_reader.index.analysis.overrides import text_key
        from waic_reader.index.analysis.timeline_cache import encode_kept, first_mentions

        sha = text_key(self.article.text)
        marks = self.marks(self.article.doc, sha) if self.marks is not None else ""
        entries = self.live_entries
        return encode_kept(
            first_mentions(self.mentions, entries, self.article.date), self.article.outlet, sha, marks, entries
        )

    @cached_property
    def live_entries(self) -> list[tuple[int, str]]:
        """The article's live-blog entries, (where each starts, "HH:MM") in text order
        (:func:`facts.extract.live_entries`); [] for an article that is no live blog."""
        from waic_reader.index.analysis.facts.extract import live_entries

        return live_entries(self.article.text, self.article.title, self.article.date)

    def kept_mentions(self) -> bytes:
        """The article's mentions encoded for the search index (:mod:`kept_mentions`): indexing
        an article keeps them, so opening it (reader, compare, matrix) runs no recogniser."""
        from waic_reader.index.analysis.kept_mentions import article_key, encode_mentions, kept_version
        from waic_reader.index.corpus.spans import spans_digest

        return encode_mentions(
            self.mentions,
            self.article.text,
            kept_version(analysis_version()),
            article_key(self.article),
            spans_digest(self.noise_spans()),
        )

    def kept_quotes(self) -> bytes:
        """The article's quotes encoded for the search index (:mod:`analysis.quotes.kept`):
        indexing an article keeps them, so the first Quotes open finds no quote again."""
        from waic_reader.index.analysis.kept_mentions import kept_version
        from waic_reader.index.analysis.quotes.kept import encode_quotes, quotes_key
        from waic_reader.index.corpus.spans import spans_digest

        return encode_quotes(
            self.quotes,
            self.article.text,
            kept_version(analysis_version()),
            quotes_key(self.article),
            spans_digest(self.noise_spans()),
        )

    def kept_names(self) -> str:
        """What the corpus grouping of names reads of the article, encoded for the search index
        (:func:`~waic_reader.index.analysis.kept_mentions.kept_names`): ``who:`` search finds an
        article by the names other articles type in it without reading every article."""
        from waic_reader.index.analysis.kept_mentions import kept_names

        return kept_names(self.mentions, self.article.name_text)

    def content_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if not m.noise]

    def mention_spans(self, names: set[str], mentions: Sequence[Mention] | None = None) -> list[tuple[int, int]]:
        """(start, end) of every mention of the entities named in ``names`` (the ``entity``
        field's terms, see :meth:`entity_terms`) by their canonical name, by any form the
        article mentions them in, or by a whole word of either: what an ``entity:``/``who:``
        search matches. ``who:Ueda`` on an article where "Ueda" was merged into "Hiroshi Ueda"
        gives every mention of Hiroshi Ueda, the full ones too; so does ``who:Ueda`` where the
        article only ever writes "Hiroshi Ueda". ``mentions``: the article's mentions as the
        corpus grouping makes them (default: its own)."""
        from waic_reader.index.analysis.entities.mentions import mention_spans

        return mention_spans(self.mentions if mentions is None else mentions, names)

    def entity_terms(self) -> list[str]:
        """The search index's ``entity`` field terms: for every entity the article itself (not
        its boilerplate) mentions, its canonical name and every other form it is mentioned in
        (the aliases the recogniser merged: "Ueda" beside "Hiroshi Ueda"), each whole and each
        of its whole words ("kellerman" of "Maria Kellerman": ``corpus.tokens.name_forms``),
        folded as words are (``corpus.tokens.fold``), each once."""
        return _entity_terms(self.content_mentions())

    def noise_entity_terms(self) -> list[str]:
        """The search index's ``noise_entity`` field terms: :meth:`entity_terms` of the mentions
        in the article's boilerplate (the user's marks included), so that ``who:`` finds a name
        written only there as a plain word there is found, a hit in the boilerplate alone."""
        return _entity_terms([m for m in self.mentions if m.noise])

    def entity_names(self) -> list[str]:
        """Canonical names of the entities the article itself (not its boilerplate) mentions."""
        seen: dict[str, None] = {}
        for m in self.content_mentions():
            seen.setdefault(m.key.split(":", 1)[-1], None)
        return list(seen)


def _entity_terms(mentions: Sequence[Mention]) -> list[str]:
    """Each mention's canonical name and form, whole and word by word, folded, each once."""
    from waic_reader.index.corpus.tokens import name_forms

    seen: dict[str, None] = {}
    for m in mentions:
        person = m.key.startswith("PERSON:")  # (a person's name is searched by its runs of words too)
        for form in (*name_forms(m.key.split(":", 1)[-1], person), *name_forms(m.text, person)):
            seen.setdefault(form, None)
    return list(seen)


class Analyser:
    """Analyses articles of one corpus with the user's noise marks; thread-safe, cached."""

    def __init__(self, corpus: Corpus, data_dir: Path | None = None, *, recognizer: Recognizer | None = None):
        self.corpus = corpus
        self.overrides = Overrides.load(corpus.root, data_dir, self._readable)
        # A mark made on a text another file of this corpus also holds is that file's alone while
        # it is here (a copy is another article; a renamed file takes its marks along).
        self.overrides.doc_exists = lambda doc: doc in corpus.entries
        self.overrides.doc_twins = self._twins
        self._recognizer = recognizer
        # The process's recogniser (none given): followed when the gazetteer files change.
        self._follows_gazetteer = recognizer is None
        self._cache: dict[str, Analysis] = {}
        # The gazetteer files' stamp the cached analyses were made under (None: none made yet).
        self._gazetteer_stamp: str | None = None
        self._lock = threading.Lock()
        self._marks_keys: tuple[object, MarksKeys] | None = None  # (the marks' entries, their keys)
        # Where :meth:`analyse` finds an article's mentions as the index kept them (doc id ->
        # the stored value, or None); set by the workspace once its index is open.
        self.kept: Callable[[str], bytes | None] | None = None
        # Where an analysis with kept mentions finds the quotes the index keeps (article and its
        # boilerplate spans -> the quotes, or None): :attr:`Analysis.quotes_kept`.
        self.quotes_kept: Callable[[Article, list[tuple[int, int]]], list[Quote] | None] | None = None

    @property
    def recognizer(self) -> Recognizer:
        if self._recognizer is None or self._follows_gazetteer:
            from waic_reader.index.analysis.entities.recogniser import Recognizer

            self._recognizer = Recognizer.current()
        return self._recognizer

    @property
    def gazetteer(self) -> Gazetteer:
        """The recogniser's gazetteer, without building the recogniser: a query's names are
        looked up in it (``who:WAIC``), and the recogniser's rules (~1 s of imports and regular
        expressions compiled, t13ag N15) are needed only to read an article. Read again when
        the gazetteer files changed since (:meth:`Gazetteer.current`): a name is looked up in
        what the files hold now."""
        from waic_reader.index.analysis.entities.gazetteer import Gazetteer
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp

        if self._recognizer is not None and self._recognizer.gazetteer.stamp == gazetteer_stamp():
            return self._recognizer.gazetteer
        return Gazetteer.current()

    @property
    def version(self) -> str:
        return analysis_version()

    def __call__(self, article: Article) -> Analysis:
        # The index's own call: it recognises (what it keeps must come from the rules, and a
        # build must not read the index it replaces).
        return self.analyse(article, use_kept=False)

    def analyse(self, article: Article, *, use_kept: bool = True) -> Analysis:
        """``article``'s noise split and mentions, cached per doc. With ``use_kept`` the
        mentions come from the index (:attr:`kept`) when it holds them for this very text,
        boilerplate and analysis version; otherwise the recogniser finds them."""
        self.refresh_marks()
        self.refresh_gazetteer()
        with self._lock:
            cached = self._cache.get(article.doc)
        if cached is not None and cached.article is article and (use_kept or not cached.from_kept):
            return cached
        # Taken before the split: a mark made meanwhile makes the kept key miss, never serve
        # the split made without it.
        marks = self.marks_keys()
        analysis = Analysis(article, self._split(article), marks=marks)
        kept = self._kept_mentions(article, analysis.noise_spans()) if use_kept else None
        analysis.mentions = kept if kept is not None else self.recognizer.recognize(article, analysis.noise_spans())
        analysis.from_kept = kept is not None
        quotes_source = self.quotes_kept
        if kept is not None and quotes_source is not None:
            analysis.quotes_kept = lambda a: quotes_source(a.article, a.noise_spans())
        with self._lock:
            if len(self._cache) > 256:  # bounded: the index build streams every article through
                self._cache.clear()
            self._cache[article.doc] = analysis
        return analysis

    def split(self, article: Article) -> NoiseSplit:
        """``article``'s boilerplate split with the user's marks, as :meth:`analyse` makes it
        (its cached analysis's when it has one for this very article), without its mentions:
        what ``noise`` shows needs no recogniser (t13al N13: the recogniser's import and pass
        over every article were half of ``noise --json``'s time)."""
        self.refresh_marks()
        with self._lock:
            cached = self._cache.get(article.doc)
        if cached is not None and cached.article is article:
            return cached.split
        return self._split(article)

    def _split(self, article: Article) -> NoiseSplit:
        """The split of ``article`` with the user's marks, its title derived again without a
        block marked noise."""
        from waic_reader.index.analysis.noise import split_noise
        from waic_reader.index.analysis.noise.marked_title import retitle_with_marks

        split = split_noise(article, self.overrides)
        retitle_with_marks(article, self.overrides)  # (never a title from a block marked noise)
        return split

    def refresh_marks(self) -> bool:
        """Take in marks another process saved since this one read the marks file (one ``stat``
        when none did); every analysis made with the old marks is dropped. True if they
        changed."""
        if not self.overrides.refresh():
            return False
        self.invalidate()
        return True

    def refresh_gazetteer(self) -> bool:
        """Drop every analysis made before the gazetteer files last changed (the user edited
        ``gazetteer.yaml`` while the app runs): its names are the old gazetteer's, and the next
        analysis recognises with the files as they are (:attr:`recognizer`). Two ``stat`` calls
        when unchanged. True if they changed since the cached analyses were made."""
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp

        stamp = gazetteer_stamp()
        held, self._gazetteer_stamp = self._gazetteer_stamp, stamp
        if held is None or held == stamp:
            return False
        self.invalidate()
        return True

    def kept_mentions_of(
        self, article: Article, noise_spans: list[tuple[int, int]], keys: KeptKeys | None = None
    ) -> list[Mention] | None:
        """``article``'s mentions as the index keeps them for its very text, blocks, rules,
        gazetteers and boilerplate ``noise_spans`` (what :meth:`analyse` would split: the index's
        spans for the file as it is), without splitting it; None when they are not kept so.
        ``keys``: what they are checked against, when the caller has worked it out already
        (:func:`~waic_reader.index.analysis.kept_mentions.kept_keys` of this article and spans)."""
        return self._kept_mentions(article, noise_spans, keys)

    def _kept_mentions(
        self, article: Article, noise_spans: list[tuple[int, int]], keys: KeptKeys | None = None
    ) -> list[Mention] | None:
        """``article``'s mentions as the index keeps them, if it keeps them for this very text,
        blocks, boilerplate (``noise_spans``), rules and gazetteers; else None."""
        source = self.kept
        value = source(article.doc) if source is not None else None
        if value is None:
            return None
        from waic_reader.index.analysis.kept_mentions import decode_mentions, kept_keys, kept_version

        if keys is None:
            keys = kept_keys(article, noise_spans, kept_version(analysis_version()))
        return decode_mentions(value, article.text, keys.version, keys.source, keys.noise_digest)

    def marks_keys(self) -> MarksKeys:
        """The keys of the user's marks as they are now, made again only when they changed (a
        change publishes a new ``entries`` dict: :class:`~waic_reader.index.analysis.overrides.Overrides`)."""
        entries = self.overrides.entries
        held = self._marks_keys
        if held is None or held[0] is not entries:
            from waic_reader.index.analysis.timeline_cache import MarksKeys

            held = self._marks_keys = (entries, MarksKeys(entries.values()))
        return held[1]

    def _twins(self, article: Any) -> frozenset[str]:
        """The other files of the corpus holding ``article``'s very text (copies: the same wire
        story saved twice): only files of its size are read. Kept with a mark made on it, so a
        renamed marked file is told from them (overrides.Entry.twins). Items of feeds and
        exports are passed over (their stamps are no sizes)."""
        from waic_reader.index.analysis.overrides import text_key

        entries = self.corpus.entries
        me = entries.get(article.doc)
        if me is None or me.item is not None:
            return frozenset()
        sha = text_key(article.text)
        out = set()
        for doc, entry in list(entries.items()):
            if doc == article.doc or entry.item is not None or entry.size != me.size:
                continue
            other = self._readable(doc)
            if other is not None and text_key(other.text) == sha:
                out.add(doc)
        return frozenset(out)

    def _readable(self, doc: str) -> Article | None:
        """The article ``doc``, or None if it is gone or unreadable (marks migration asks)."""
        try:
            return self.corpus.article(doc)
        except CorpusError:
            return None

    def doc(self, doc: str) -> Analysis:
        return self.analyse(self.corpus.article(doc))

    def invalidate(self, doc: str | None = None) -> None:
        with self._lock:
            if doc is None:
                self._cache.clear()
            else:
                self._cache.pop(doc, None)
