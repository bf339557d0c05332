"""What the :class:`~waic_reader.index.workspace.Workspace` façade hands back, beside engine data:
an opened article (:class:`Opened`), two articles aligned (:class:`Comparison`), the fact sheet
(:class:`FactSheet`), the entity table (:class:`EntityTable`), the errors of an article's file
moved or changed (:class:`ArticleChanged`, :class:`ArticleGone`) and the screens' words for the
articles whose language is not analysed. Imported from :mod:`waic_reader.index.workspace`,
which re-exports every name here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.language import NotAnalysed, not_analysed_note
from waic_reader.index.corpus.reader import Article, Corpus, CorpusError

if TYPE_CHECKING:
    from waic_reader.index.analysis.align import Alignment
    from waic_reader.index.analysis.analyser import Analysis
    from waic_reader.index.analysis.entities.mentions import Mention
    from waic_reader.index.analysis.entities.recogniser import Entity
    from waic_reader.index.analysis.facts import Fact, FactSource
    from waic_reader.index.analysis.overrides import OrphanMark
    from waic_reader.index.search.model import Span


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
    # How its time's zone was read when not written with it (Workspace.article_dating: "time
    # without a zone (19:40): read as UTC−07:00, …"); None: a zone written, or no time.
    date_note: str | None = None
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
    (the entity list's): Chinese, Thai, …, and any script but Latin (Russian in Cyrillic, Arabic:
    ``language.other_script``, the language told by ``language.text_language``, else the script
    named; t13ar N10: they named no entity and were not listed). An article in another
    Latin-script language has its names read."""
    from waic_reader.index.analysis.language import other_script, text_language
    from waic_reader.index.analysis.lexicon import unread_language

    found: list[NotAnalysed] = []
    for article in articles:
        language = unread_language(article.text)
        if language is not None:
            found.append(not_analysed_note(article.doc, language))
        elif (script := other_script(article.text)) is not None:
            language = text_language(article.text) or script
            found.append(not_analysed_note(article.doc, language, script))
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

        return facts_markdown(self.facts, self.articles, self.not_analysed)


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
