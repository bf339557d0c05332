"""The quotes of a set of articles, by speaker and by statement: what ``quotes`` and the Quotes
screen show (both get it from :meth:`Workspace.quotes`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from waic_reader.index.analysis.quotes.group import Statement, quotes_json, statements
from waic_reader.index.analysis.quotes.model import Quote, Speaker
from waic_reader.index.corpus.reader import Article


@dataclass
class QuoteSheet:
    """``articles`` (readable, in corpus order), their ``quotes`` by doc, and the docs skipped
    because they could not be read."""

    articles: list[Article]
    quotes: dict[str, list[Quote]]
    skipped: list[str]
    # doc → the name it is shown by: its outlet in the one spelling the corpus uses for it
    # ("reuters" is "Reuters": listing.OutletSpelling), else its doc id.
    labels: dict[str, str] = field(default_factory=dict)
    # doc skipped → why ("no text after the front matter", "empty file"): said as it is, a file
    # with front matter alone is no "unreadable" one (issue #13, s16b N9).
    reasons: dict[str, str] = field(default_factory=dict)

    def label(self, doc: str) -> str:
        return self.labels.get(doc) or self.article(doc).label

    @cached_property
    def statements(self) -> list[Statement]:
        """Every statement, single-article ones included (see :func:`group.statements`)."""
        return statements(q for qs in self.quotes.values() for q in qs)

    @cached_property
    def attributed(self) -> list[Statement]:
        """The statements with a speaker: what the Quotes screen's header and the Markdown export
        count (one each, however many speakers it is credited to)."""
        return [st for st in self.statements if st.speakers]

    @cached_property
    def speakers(self) -> list[tuple[Speaker, list[Statement]]]:
        """Speakers with their statements, most statements first (boilerplate quotes not counted)."""
        by_key: dict[str, tuple[Speaker, list[Statement]]] = {}
        for st in self.statements:
            for sp in st.speakers:
                by_key.setdefault(sp.key, (sp, []))[1].append(st)
        return sorted(by_key.values(), key=lambda item: (-len(item[1]), item[0].name))

    def article(self, doc: str) -> Article:
        return next(a for a in self.articles if a.doc == doc)

    def counts(self, speaker: Speaker) -> dict[str, int]:
        """Statements of ``speaker`` per article (doc -> count)."""
        out: dict[str, int] = {}
        for sp, sts in self.speakers:
            if sp.key == speaker.key:
                for st in sts:
                    for q in st.members:
                        if q.speaker is not None and q.speaker.key == speaker.key:
                            out[q.doc] = out.get(q.doc, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        return quotes_json(self.quotes)


def sheet_of(articles: Sequence[Article], quotes: dict[str, list[Quote]], skipped: Sequence[str] = ()) -> QuoteSheet:
    return QuoteSheet(list(articles), quotes, list(skipped))


__all__ = ["QuoteSheet", "sheet_of"]
