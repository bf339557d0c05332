"""The seam between the engine and a search backend: what "search this corpus" means.

:class:`SearchEngine` is all the workspace asks of a backend; the whoosh backend
(:class:`waic_reader.index.search.whoosh.engine.SearchIndex`) implements it, and
``tests/search`` is the contract any backend must pass. Postings and scoring are the backend's
own business. Nothing of the backend's types crosses it: queries are strings, answers are the
dataclasses of :mod:`waic_reader.index.search.model`. Errors: :class:`~waic_reader.index.errors.QueryError`
for a query that cannot be searched (its message is shown to the user as is),
:class:`~waic_reader.index.errors.IndexBusy` when another process is writing the index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.index.search.model import Progress, Results, Span, StoredDoc, SyncReport


class Analysed(Protocol):
    """What an index needs from an article's analysis (see :mod:`waic_reader.index.analysis`)."""

    def content_text(self) -> str: ...
    def noise_text(self) -> str: ...
    def noise_count(self) -> int: ...
    def entity_names(self) -> list[str]: ...
    def entity_terms(self) -> list[str]: ...
    def noise_entity_terms(self) -> list[str]: ...
    def said_terms(self) -> list[str]: ...
    def is_noise(self, offset: int) -> bool: ...
    def noise_spans(self) -> list[tuple[int, int]]: ...
    def mention_spans(self, names: set[str], mentions: Sequence[Mention] | None = None) -> list[tuple[int, int]]: ...
    def said_spans(self, terms: set[str]) -> list[tuple[int, int]]: ...
    def kept_figures(self) -> str: ...
    def kept_timeline(self) -> str: ...
    def kept_mentions(self) -> bytes: ...
    def kept_names(self) -> str: ...
    def kept_quotes(self) -> bytes: ...


Analyse = Callable[[Article], Analysed]
# (doc id, what the index kept of its analysis: :meth:`Analysed.kept_timeline`, opaque here) ->
# whether the user's marks that apply to the article now differ from those it was analysed with.
MarksMoved = Callable[[str, str], bool]


class SearchEngine(Protocol):
    """A full-text index of one corpus, opened once per process; safe for one writer thread
    and many reader threads."""

    index_dir: Path

    def sync(
        self,
        progress: Progress | None = None,
        force: bool = False,
        on_wait: Callable[[str], None] | None = None,
        marks: MarksMoved | None = None,
    ) -> SyncReport:
        """Open the index, index added and changed files, drop removed ones; rebuild it when
        it is missing, damaged, of another version, or ``force``. With another process building
        the index, waits for it (``on_wait`` is told why); with another process writing it,
        opens it as it is and raises ``IndexBusy``. ``marks``: whether the user's noise marks
        that apply to an indexed article differ from those it was indexed with (marks made or
        taken back by another process since): such an article is indexed again."""
        ...

    def update_docs(self, docs: Iterable[str]) -> None:
        """Re-index ``docs`` although their files did not change (their analysis did)."""
        ...

    def is_open(self) -> bool:
        """True once :meth:`sync` has opened an index (searching needs one)."""
        ...

    def open_built(self) -> bool:
        """Open the index as it is on disk without indexing or building anything (it may lag
        behind the folder until :meth:`sync`); False when there is no usable index."""
        ...

    def doc_count(self) -> int:
        """Documents in the open index."""
        ...

    def stored(self) -> dict[str, StoredDoc]:
        """What is kept of every indexed article, by doc id."""
        ...

    def names_stale(self, stamps: Mapping[str, str | None]) -> set[str]:
        """The docs of ``stamps`` (doc id → the gazetteer stamp its names were counted under, None
        for unknown) whose names the gazetteer files as they are now can change: those writing a
        word of an entry the two files differ in; every doc of a stamp the index keeps no files of.
        Empty when each stamp is the files' now. No index open: every doc of another stamp."""
        ...

    def stored_doc(self, doc: str) -> StoredDoc | None:
        """What the index keeps of ``doc`` (as :meth:`stored` gives it), or None when ``doc`` is
        not indexed or no index is open. Fast (one stored document read): compare asks it for
        the two articles' figures."""
        ...

    def kept_mentions(self, doc: str) -> bytes | None:
        """What the index keeps of ``doc``'s entity mentions (:meth:`Analysed.kept_mentions`,
        opaque here), or None when ``doc`` is not indexed or no index is open. Fast (one stored
        document read): the reader asks it on every first open of an article."""
        ...

    def kept_article(self, doc: str) -> bytes | None:
        """What the index keeps of ``doc`` as read (:mod:`~waic_reader.index.corpus.kept_article`,
        opaque here: its text, blocks, title, outlet, date, notes), or None when ``doc`` is not
        indexed or no index is open. Fast (one stored document read): the workspace asks it
        before reading an article's file."""
        ...

    def kept_quotes(self, doc: str) -> bytes | None:
        """What the index keeps of ``doc``'s quotes (:meth:`Analysed.kept_quotes`, opaque here),
        or None when ``doc`` is not indexed or no index is open. Fast (one stored document
        read): the Quotes sheet asks it for every article."""
        ...

    def search(self, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
        """The top ``limit`` articles (``None``: all) matching the query ``text``.

        ``typing``: the text is being typed (a last word of 2+ letters is a prefix, an open
        phrase is searched as typed so far). Raises ``QueryError``.
        """
        ...

    def typed_query(self, text: str) -> str:
        """``text`` as :meth:`search` reads it with ``typing=True``, written as a submitted
        query: an open phrase closed, the word being typed a prefix (``Unitr`` → ``Unitr*``,
        ``who:Hint`` → ``who:Hint*``; ``Unitree `` and ``"state of`` → themselves, the phrase
        closed). Raises nothing: the text is not checked."""
        ...

    def value_query(self, text: str, *, typing: bool = False) -> str | None:
        """``text`` (submitted; ``typing``: as typed so far) with its number and the start of a
        percent word read as the percentage alone, a submitted query (``65 per`` typed, ``65
        per*`` → ``65%``), or None when it holds none: :meth:`search` finds that reading or the
        words, and an article holding the percentage is lit by this reading alone (its hit's
        spans and snippet, the reader's matches: :meth:`Workspace.lit_query`). Raises
        ``QueryError`` for a query that cannot be searched."""
        ...

    def doc_matches(self, doc: str, query: str, *, in_article: bool = False) -> bool:
        """True when article ``doc`` matches the submitted ``query`` (any field it searches,
        boilerplate included; with ``in_article``, its unfielded words outside the boilerplate,
        as the reader steps through them); False for a doc not in the index. Raises
        ``QueryError``."""
        ...

    def match_spans(
        self, text: str, query: str, markdown: Sequence[Span] | None = None, title: str | None = None
    ) -> list[Span]:
        """Spans of ``text`` (an article's text) matching the words ``query`` searches in the
        article itself, as a submitted query: its words anywhere, ``title:`` words only in the
        title line (``title``: the article's title), ``outlet:`` words nowhere (metadata);
        ``markdown``: the article's blocks when it is Markdown, whose words are found as the
        reader shows them (a link's text, never its URL). Raises ``QueryError``."""
        ...

    def query_entities(self, query: str) -> set[str]:
        """Entity names (as :meth:`Analysed.entity_names` gives them, lower-cased) that the
        submitted ``query`` asks for with ``entity:``/``who:``, with the whole names of the
        entities the corpus grouping merges them into (a short form's long form). Raises
        ``QueryError``."""
        ...

    def grouped_mentions(
        self, doc: str, mentions: list[Mention], text: str | None, noise_spans: Sequence[tuple[int, int]] = ()
    ) -> list[Mention]:
        """``doc``'s ``mentions`` as the corpus grouping of names makes them (the entity list's:
        names other articles type added, a lone surname or short form keyed as its entity, each
        added inside the article's boilerplate, ``noise_spans``, flagged ``noise``): what an
        ``entity:``/``who:`` search matches in it. As given while no index is open."""
        ...

    def spellings(self) -> Mapping[str, Mapping[str, int]]:
        """How often the corpus writes each name each way outside boilerplate (folded text →
        {text: count}, as ``kept_mentions.spellings`` counts them), by which the entity list
        names an entity; empty while no index is open."""
        ...

    def gazetteer_aliases(self) -> Mapping[str, str] | None:
        """The gazetteer's names and aliases kept with the index's names view (the gazetteer's
        ``alias_key`` of a name → its canonical name, ``Gazetteer.aliases``), so that a ``who:``
        search reads no gazetteer; None while no index is open or when they are not kept for
        the gazetteer files as they are (then the caller reads the gazetteer)."""
        ...

    def grouped_docs(self, name: str) -> set[str]:
        """The articles the corpus grouping of names gives the entity ``name`` beyond what their
        own entity terms hold ("Minister Korvan" joined to "Ilse Korvan" named elsewhere); none
        while no index is open."""
        ...

    def query_said(self, query: str, doc: str | None = None) -> set[str]:
        """``said`` field terms (:func:`quotes.said.said_terms`) the submitted ``query`` asks
        for, not under NOT; given ``doc``, with those it searches in that article for names the
        corpus grouping joins to the speaker asked ("brannock" where ``doc`` writes "Governor
        Brannock" for ``said:"Ilsa Brannock"``). Raises ``QueryError``."""
        ...

    def close(self) -> None:
        """Release the open index (files, searchers)."""
        ...


MakeEngine = Callable[[Corpus, Path, Analyse, str], SearchEngine]
