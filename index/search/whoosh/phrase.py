"""Exact phrases: ``"state of the art"`` matches only where those words stand in that order.

Stop words ("of", "the") and one-letter words are not indexed as words, but the index keeps
each at its position as a stop form (:func:`~.analyzer.stop_form`), and positions count every
token. A quoted phrase is searched with every one of its words, its stop words by their stop
forms: ``"state of the art"`` is the phrase ``state \\x01of \\x01the art``, so "state and art",
"the state, for the art" or "state art" do not match it, while "State-of-the-art" and "state
of the art" do (a hyphen, like any punctuation, is no token). A phrase of stop words alone
(``"to be or not to be"``, ``"the of"``) matches where they stand so; one quoted stop word
(``"the"``) finds the articles holding it, which the word unquoted does not (a stop word is
dropped from a query).

A phrase scores as its words other than stop words do (the score it had when stop words were
dropped from it): a stop word's term is checked at its position, never scored
(:class:`ExactPhrase`; ``bulk_scorer.BulkScorer`` the same, without reading its postings
whole). A phrase of stop words alone is scored by them.
"""

from __future__ import annotations

from typing import Any

from whoosh import matching
from whoosh import query as wquery
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.qparser import PhrasePlugin
from whoosh.qparser.syntax import attach
from whoosh.query.spans import SpanNear2

from waic_reader.index.search.whoosh.analyzer import SearchAnalyzer, is_stop_form, percent_runs


class _Unscored(WrappingMatcher):
    """A stop word's postings inside a phrase: its positions count, its score does not."""

    def _replacement(self, newchild: Any) -> _Unscored:
        return _Unscored(newchild)

    def supports_block_quality(self) -> bool:
        return False

    def max_quality(self) -> float:
        return 0.0

    def block_quality(self) -> float:
        return 0.0

    def score(self) -> float:
        return 0.0


# The last element of a phrase's run (parser.phrase_runs) that says where its lit span ends: this
# mark and the text typed of the run's last word (a prefix in a script written without spaces,
# "명" of the bigram "명이": :class:`~.parser.TypedEndPhrase`); lit to the typed text's end
# (snippets.match_spans). No term holds it (terms are folded text; "\x01" marks stop forms).
TYPED_END = "\x02"


class ExactPhrase(wquery.Phrase):
    """whoosh's ``Phrase`` (consecutive positions, ``slop`` 1) whose stop forms match at their
    positions but add nothing to the score, unless the phrase has only stop forms."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        words = list(self.words)
        if not any(is_stop_form(w) for w in words) or all(is_stop_form(w) for w in words):
            return super().matcher(searcher, context)
        fieldname = self.fieldname
        if fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[fieldname]
        if not field.format or not field.format.supports("positions"):
            raise wquery.QueryError(f"Phrase search: {fieldname!r} field has no positions")
        reader = searcher.reader()
        ms = []
        for word in words:
            try:
                term = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (fieldname, term) not in reader:  # a word missing: no match
                return matching.NullMatcher()
            m = wquery.Term(fieldname, term).matcher(searcher, context)
            ms.append(_Unscored(m) if is_stop_form(word) else m)
        m = SpanNear2.SpanNear2Matcher(ms, slop=self.slop, ordered=True, mindist=1)
        if self.boost != 1.0:
            m = matching.WrappingMatcher(m, boost=self.boost)
        return m


class ExactPhrasePlugin(PhrasePlugin):
    """``"quoted words"`` as whoosh's phrase plugin reads them, but every word kept: in a field
    of :class:`~.analyzer.SearchAnalyzer` a stop word is its stop form (whoosh's plugin drops
    it, so ``"state of the art"`` was ``"state art"`` and "state and art" matched)."""

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser):  # type: ignore[no-untyped-def]
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
            if field is None or not isinstance(field.analyzer, SearchAnalyzer):
                return super().query(parser)
            sc = self.textstartchar
            words, char_ranges = [], []
            for t in field.tokenize(self.text, mode="query", chars=True, removestops=False):
                words.append(t.text)
                char_ranges.append((sc + t.startchar, sc + t.endchar))
            q: wquery.Query = ExactPhrase(fieldname, words, slop=self.slop, boost=self.boost, char_ranges=char_ranges)
            runs = percent_runs(words)
            if runs:
                # A percentage's words ("per cent" of "78 per cent") stand at its one position:
                # there the phrase holds them as their one term; elsewhere word by word.
                joined, kept = list(words), list(char_ranges)
                for start, end, term in reversed(runs):
                    joined[start:end] = [term]
                    kept[start:end] = [(kept[start][0], kept[end - 1][1])]
                alt: wquery.Query = (
                    wquery.Term(fieldname, joined[0], boost=self.boost)
                    if len(joined) == 1
                    else ExactPhrase(fieldname, joined, slop=self.slop, boost=self.boost, char_ranges=kept)
                )
                q = wquery.Or([q, alt])
            return attach(q, self)

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):  # type: ignore[no-untyped-def]
            slop = match.group("slop")
            return ExactPhrasePlugin.PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)

    def taggers(self, parser):  # type: ignore[no-untyped-def]
        return [(self.PhraseTagger(self.expr), 0)]
