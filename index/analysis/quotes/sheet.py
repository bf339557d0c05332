"""The quotes of a set of articles, by speaker and by statement: what ``quotes`` and the Quotes
screen show (both get it from :meth:`Workspace.quotes`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from waic_reader.index.analysis.language import NotAnalysed, other_script
from waic_reader.index.analysis.quotes.group import Statement, quotes_json, statements
from waic_reader.index.analysis.quotes.model import Quote, Speaker, unnamed_label
from waic_reader.index.corpus.reader import Article


def read_quotes(quotes: list[Quote], note: NotAnalysed | None) -> list[Quote]:
    """The quotes of an article the sheet lists, given what its ``note`` says is not read: all of
    them for an article read (``note`` None) or one in another language in Latin script (its
    speakers are not read; its quotes are listed, unattributed); for one in a script the analyses
    do not read ("names, figures and quotes are read in Latin-script text only": Arabic, Russian,
    Hindi, Korean, Japanese alike), only the quotes whose words are mostly in Latin letters
    (:func:`language.other_script`). t13av N17: the Arabic and Russian quotes were listed, the
    Hindi, Korean and Japanese ones not, by which quotation marks each script uses."""
    if note is None or "entities" not in note.analyses:
        return quotes
    return [q for q in quotes if other_script(q.quoted) is None]


#: The Quotes screen's row for the statements without a speaker (:attr:`QuoteSheet.unattributed`):
#: no entity's key is empty, so it is never a real speaker's.
UNATTRIBUTED = Speaker("", "Unattributed", "")


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
    # Articles in a language whose quotes' speakers are not read (analysis.language): said, not
    # left as outlets that quoted nobody (issue 13, t13p F7).
    not_analysed: list[NotAnalysed] = field(default_factory=list)

    def label(self, doc: str) -> str:
        return self.labels.get(doc) or self.article(doc).label

    @cached_property
    def statements(self) -> list[Statement]:
        """Every statement, single-article ones included (see :func:`group.statements`)."""
        return statements(q for qs in self.quotes.values() for q in qs)

    @cached_property
    def attributed(self) -> list[Statement]:
        """The statements with a speaker: what the Quotes screen's header and the Markdown export
        count (one each, however many speakers it is credited to). An unnamed source's alone
        (:data:`model.ANONYMOUS_SOURCE`) are :attr:`unattributed`."""
        return [st for st in self.statements if any(not unnamed_label(sp) for sp in st.speakers)]

    @cached_property
    def speakers(self) -> list[tuple[Speaker, list[Statement]]]:
        """Speakers with their statements, most statements first (boilerplate quotes not counted)."""
        by_key: dict[str, tuple[Speaker, list[Statement]]] = {}
        for st in self.statements:
            for sp in st.speakers:
                if not unnamed_label(sp):  # no one's name: listed as unattributed
                    by_key.setdefault(sp.key, (sp, []))[1].append(st)
        return sorted(by_key.values(), key=lambda item: (-len(item[1]), item[0].name))

    @cached_property
    def unattributed(self) -> list[Statement]:
        """The quotes no speaker is found for ("The regional council, however, said …" where the
        article names no council), outside boilerplate, each a statement of its own but for an
        unnamed source's words several articles report (one statement, :func:`group.statements`),
        leaving out an unnamed source's words a named speaker's statement holds (listed there
        only), in corpus and reading order: what ``quotes --json`` lists under
        ``unattributed`` and the Quotes screen under its last row, :data:`UNATTRIBUTED`."""
        # One statement a quote: grouping compares a speaker's quotes with each other, and quotes
        # without one are not known to be one body's (:func:`group.statements` leaves them out),
        # but for unnamed sources' words several articles report: their statement, where its
        # first member is (s37-q: two outlets' "a source close to the investigation said" were
        # two rows).
        # An unnamed source's quote in a named speaker's statement (the same words credited to
        # them) is listed there, under that speaker, and not again here (s37-rv 12: twice).
        shared: dict[int, Statement] = {}  # id of a quote -> the anonymous statement it is in
        named: set[int] = set()  # ids of the quotes in a named speaker's statement of several
        for st in self.statements:
            if len(st.members) < 2:
                continue
            # (an unnamed source's words, or quoted words no speaker is found for: model.unnamed_label)
            anonymous_only = all(unnamed_label(sp) for sp in st.speakers)
            for n, q in enumerate(st.members):
                if anonymous_only:
                    shared[id(st.part_of.get(n, q))] = st
                else:
                    named.add(id(st.part_of.get(n, q)))
        out: list[Statement] = []
        listed: set[int] = set()
        for a in self.articles:
            for q in self.quotes.get(a.doc, []):
                if q.speaker is not None or q.noise or id(q) in named:
                    continue
                found = shared.get(id(q))
                if found is None:
                    out.append(Statement([q], [], "single"))
                elif id(found) not in listed:
                    listed.add(id(found))
                    out.append(found)
        return out

    def article(self, doc: str) -> Article:
        return next(a for a in self.articles if a.doc == doc)

    def counts(self, speaker: Speaker) -> dict[str, int]:
        """Statements of ``speaker`` per article (doc -> count); of :data:`UNATTRIBUTED`, the
        quotes without a speaker."""
        out: dict[str, int] = {}
        if speaker.key == UNATTRIBUTED.key:
            for st in self.unattributed:
                for q in st.members:
                    out[q.doc] = out.get(q.doc, 0) + 1
            return out
        for sp, sts in self.speakers:
            if sp.key == speaker.key:
                for st in sts:
                    for q in st.members:
                        if q.speaker is not None and q.speaker.key == speaker.key:
                            out[q.doc] = out.get(q.doc, 0) + 1
        return out

    def to_json(self) -> dict[str, Any]:
        data = quotes_json(self.quotes, articles={a.doc: a for a in self.articles})
        data["not_analysed"] = [n.to_json() for n in self.not_analysed]
        return data


def sheet_of(articles: Sequence[Article], quotes: dict[str, list[Quote]], skipped: Sequence[str] = ()) -> QuoteSheet:
    return QuoteSheet(list(articles), quotes, list(skipped))


__all__ = ["UNATTRIBUTED", "QuoteSheet", "sheet_of"]
