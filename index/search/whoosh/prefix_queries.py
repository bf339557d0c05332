"""The queries a prefix (``mi*``, the word being typed), a phrase being typed and a CJK character
stand for: the terms of the index they expand to, read from its lexicon and kept until it changes.

:func:`~.parser.expand_prefixes` calls :meth:`PrefixQueries.prefix_query`,
:meth:`~PrefixQueries.cjk_char_query` and :meth:`~PrefixQueries.phrase_prefix_query` for each
such part of a parsed query (:meth:`~.engine.SearchIndex.parse`). One instance per state of
the index (the search index makes a new one whenever its searcher changes).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from whoosh import query as wquery
from whoosh.searching import Searcher

from waic_reader.index.corpus.tokens import is_cjk
from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.search.whoosh.analyzer import STOP_MARK, is_stop_form, no_match
from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer
from waic_reader.index.search.whoosh.phrase import ExactPhrase
from waic_reader.index.search.whoosh.postings import iter_positions, prefix_postings, unique_ids
from waic_reader.index.search.whoosh.prefixes import (
    MEMBERSHIP_BOOST,
    PREFIX_FIELDS,
    has_table,
    number_prefix,
    prefix_frequencies,
)

# The lowest code point of corpus.tokens.CJK_CHARS: the field's CJK terms sort from here on.
CJK_FIRST = "\u1100"
# A document's stored fields unpickled cost about this many documents' ids read by the ordered
# scan of the ``doc`` terms (~90 µs against ~8 µs, 1,000 generated articles): fewer documents
# than the index holds over this are each looked up, more read every id once.
UNPICKLE_PER_SCAN = 10


class PrefixQueries:
    """Prefix, phrase-prefix and CJK character queries of one state of the index, their
    expansions kept (at most ~512 of each kind). Thread-safe: every read of the index is under
    ``lock``, the index's own (whoosh's readers share one file object per segment file)."""

    def __init__(
        self,
        lock: threading.RLock,
        searcher: Callable[[], Searcher],
        bulk_scorer: Callable[[Searcher], BulkScorer],
    ) -> None:
        """``searcher``: the index's searcher (``RuntimeError`` when none is open);
        ``bulk_scorer``: the index's :class:`~.bulk_scorer.BulkScorer` of a searcher (shared
        with search: made once per searcher)."""
        self._lock = lock
        self.searcher = searcher
        self._bulk_scorer = bulk_scorer
        self._prefix_cache: dict[tuple[str, str, bool | str], list[str]] = {}
        # (field, phrase words, prefix) → the completions following the phrase, and their docs
        self._ends_cache: dict[tuple[str, tuple[str, ...], str], tuple[list[str], dict[int, str], object]] = {}
        # field -> CJK character -> the bigrams of the field ending in it (cjk_char_query)
        self._cjk_ends: dict[str, dict[str, list[str]]] = {}
        self._ids: dict[int, str] | None = None  # every document's doc id, once many are asked for

    def forget_queries(self) -> None:
        """Drop the prefix expansions and phrase completions kept (the CJK bigrams stay: they
        change only with the index)."""
        with self._lock:
            self._prefix_cache = {}
            self._ends_cache = {}

    def prefix_terms(self, fieldname: str, prefix: str, typing: bool = False) -> list[str]:
        """The most frequent terms of ``fieldname`` starting with ``prefix``.

        Kept by count (``PREFIX_KEEP``) and by a posting budget: the search reads every posting
        of every kept term, so a short prefix of very common words keeps fewer of them.
        """
        with self._lock:  # see SearchIndex.stored()
            key = (fieldname, prefix, typing)
            cache = self._prefix_cache
            if key in cache:
                return cache[key]
            searcher = self.searcher()
            reader = searcher.reader()
            seen = prefix_frequencies(searcher, fieldname, prefix, uq.PREFIX_SCAN)  # in lexical order
            seen.sort(key=lambda p: (-p[0], len(p[1])))
            keep = uq.PREFIX_KEEP_TYPING if typing else uq.PREFIX_KEEP
            cap = uq.PREFIX_POSTINGS_MAX_TYPING if typing else uq.PREFIX_POSTINGS_MAX
            budget = min(uq.PREFIX_POSTINGS * max(1, reader.doc_count_all()), cap)
            out: list[str] = []
            used = 0
            for freq, term in seen[:keep]:
                if out and used + freq > budget:
                    break
                out.append(term)
                used += freq
            if len(cache) > 512:
                cache.clear()
            cache[key] = out
            return out

    def prefix_query(self, fieldname: str, prefix: str, boost: float, typing: bool) -> wquery.Query:
        """Every document of ``fieldname`` holding a term that starts with ``prefix``; ranked by
        the most frequent expansions (:mod:`.prefixes`). No expansion: a query matching nothing.
        A prefix that starts a stop word (``ca*``: "can"; ``th*``: "the") also matches the
        documents holding that stop word, through the stop form the index keeps at its position
        (:func:`~.analyzer.stop_form`), ranked below those holding an indexed expansion."""
        words = self._prefix_words(fieldname, prefix, boost, typing)
        stops = self._prefix_stops(fieldname, prefix)
        if not stops:
            return words
        stop_terms = [uq.StopPrefixTerm(fieldname, t, boost=boost * MEMBERSHIP_BOOST) for t in stops]
        return wquery.Or([words, *stop_terms])

    def _prefix_stops(self, fieldname: str, prefix: str, shortest: int = uq.MIN_PREFIX) -> list[str]:
        """The stop forms of ``fieldname`` (stop words kept at their positions) whose word starts
        with ``prefix`` (``ca``: "\\x01can"): none for a field without them, a number or a
        prefix shorter than ``shortest`` (a word's prefix is at least :data:`~.parser.MIN_PREFIX`
        letters; a phrase's last word may be one: :meth:`_prefix_expansions`)."""
        if fieldname not in PREFIX_FIELDS or len(prefix) < shortest or prefix[:1].isdigit():
            return []
        return self.prefix_every(fieldname, STOP_MARK + prefix)

    def _prefix_words(self, fieldname: str, prefix: str, boost: float, typing: bool) -> wquery.Query:
        """:meth:`prefix_query` of the indexed words (stop forms aside)."""
        number = number_prefix(prefix)
        if number is not None:
            # "3,00*": the numbers whose indexed form (separators dropped) starts with "300" and
            # that, written with separators, start with "3,00"; and any term as written ("3,005"
            # read as a decimal comma is indexed as is).
            digits, fits = number
            every = [t for t in self.prefix_every(fieldname, digits) if fits(t)]
            every += self.prefix_every(fieldname, prefix)
            if not every:
                return wquery.Term(fieldname, prefix, boost=boost)  # no match
            return wquery.Or([wquery.Term(fieldname, t, boost=boost) for t in every])
        ranked = [wquery.Term(fieldname, t, boost=boost) for t in self.prefix_terms(fieldname, prefix, typing)]
        if has_table(fieldname, prefix):
            member = wquery.Term(PREFIX_FIELDS[fieldname], prefix, boost=boost * MEMBERSHIP_BOOST)
            return wquery.AndMaybe(member, wquery.Or(ranked)) if ranked else member
        every = self.prefix_every(fieldname, prefix)
        if not every:
            return wquery.Term(fieldname, prefix, boost=boost)  # not a term either: no match
        return wquery.Or([wquery.Term(fieldname, t, boost=boost) for t in every])

    def phrase_prefix_query(self, fieldname: str, words: list[str], prefix: str, boost: float) -> wquery.Query:
        """The documents of ``fieldname`` where the phrase ``words`` stands right before a word
        starting with ``prefix`` (``"zurich co*"``, ``take-of*``: a :class:`~.parser.PhrasePrefix`),
        read exactly whether it is submitted or being typed: ``the-gove`` typed finds what
        ``the-gove*`` finds (issue 15: typed, the prefix alone after stop words, or the words
        before it alone past 150 completions, found more, ~8x as many articles on 1k).
        A few such words (:data:`~.parser.PREFIX_KEEP_TYPING`): the phrases of each, lit where
        they stand. More (``"the go``: "government", "good", "going"…): the documents found, by
        their ``doc`` terms, ranked by the phrases of the most frequent such words and of the
        words typed (one phrase per completion re-read the words' positions for each), lit as
        the phrases of every completion (:class:`~.parser.CompletedPhrases`)."""
        ends, docs, reader = self._phrase_ends(fieldname, words, prefix)
        if not ends:
            return no_match(fieldname, prefix, boost)  # no term: no match
        if is_cjk(prefix[:1]) and len(ends) <= uq.PREFIX_KEEP_TYPING:
            # lit to where the typed prefix ends (a script written without spaces: t13an N20)
            return wquery.Or([uq.TypedEndPhrase(fieldname, [*words, e], boost=boost, typed=prefix) for e in ends])
        if len(ends) <= uq.PREFIX_KEEP_TYPING:
            return wquery.Or([ExactPhrase(fieldname, [*words, e], boost=boost) for e in ends])
        # Ranked by the most frequent completions that are words: a stop word's phrase ("state
        # of", "state on") re-reads its positions in nearly every document holding the words
        # (~0.1 s at 10,000 articles for ``state-o*``), and it ranks below any word anyway.
        ranked = [e for e in ends if not is_stop_form(e)][: uq.PREFIX_KEEP_TYPING]
        phrases = [ExactPhrase(fieldname, [*words, e], boost=boost) for e in ranked]
        member = uq.KnownDocs(docs.values(), docs.keys(), reader, MEMBERSHIP_BOOST)
        ranking = wquery.Or([*phrases, ExactPhrase(fieldname, words, boost=boost)])
        # lit as the phrase of every completion found, the whole "anti-overreach"
        return uq.CompletedPhrases(member, ranking, fieldname, uq.typed_end_runs(words, prefix, ends))

    def _phrase_ends(self, fieldname: str, words: list[str], prefix: str) -> tuple[list[str], dict[int, str], object]:
        """The terms of ``fieldname`` starting with ``prefix`` (:meth:`_prefix_expansions`) that
        stand right after the phrase ``words`` somewhere, most frequent first, the documents
        where one does (number → ``doc`` id, in number order) and the reader those numbers are
        of. Each expansion's positions are read only in the documents holding the phrase."""
        with self._lock:  # see SearchIndex.stored()
            key = (fieldname, tuple(words), prefix)
            cache = self._ends_cache
            if key in cache:
                return cache[key]
            searcher = self.searcher()
            reader = searcher.reader()
            starts, fits = self._expansion_starts(fieldname, prefix)
            after: dict[int, set[int]] = {}  # document → the positions right after the phrase
            if any(prefix_frequencies(searcher, fieldname, start, 1) for start in starts):
                m = ExactPhrase(fieldname, words).normalize().matcher(searcher)
                fmt = searcher.schema[fieldname].format
                while m.is_active():
                    if len(words) == 1:
                        # One word ("the-gove", "in-de"): its positions as stored, each one a
                        # whoosh Span object cost ~2/3 of reading a stop word's (~0.3 s on 1k).
                        after[m.id()] = {p + 1 for p in iter_positions(m.value(), fmt)}
                    else:
                        after[m.id()] = {span.end + 1 for span in m.spans()}
                    m.next()
            found: dict[str, int] = {}
            hit: set[int] = set()
            if after:
                # Every expansion's postings in the documents holding the phrase, from one ordered
                # scan of the terms (postings.prefix_postings): looked up one by one, the
                # thousand-odd words a one- or two-letter last part starts (``state-o*``) cost
                # ~0.15 ms each, 0.1-0.4 s a query on 1,000 articles.
                fmt = searcher.schema[fieldname].format
                for term, d, value in prefix_postings(reader.leaf_readers(), fieldname, starts, after, fits):
                    # (most values: one position below 256, b"B" and its byte; analyzer.IndexPositions)
                    if (
                        value[1] in after[d]
                        if len(value) == 2 and value[0] == 66
                        else not after[d].isdisjoint(iter_positions(value, fmt))
                    ):
                        found[term] = found.get(term, 0) + 1
                        hit.add(d)
            # ties in the order of _prefix_expansions: the words, then the stop forms, each A-Z
            ends = sorted(found, key=lambda t: (-found[t], is_stop_form(t), t))
            name = self._doc_id(searcher, len(hit))
            doc_ids = {d: name(d) for d in sorted(hit)}
            if len(cache) > 512:
                cache.clear()
            cache[key] = (ends, doc_ids, reader)
            return ends, doc_ids, reader

    def _doc_id(self, searcher: Searcher, wanted: int) -> Callable[[int], str]:
        """The ``doc`` id of a live document by its number, ``wanted`` of them to be asked for:
        every id read once for this state of the index (:func:`~.postings.unique_ids`, ~8 µs a
        document) and kept for the next keys; or, for a few, each one's stored fields (~90 µs
        each: then cheaper than the scan). Call under the lock."""
        if self._ids is None and wanted * UNPICKLE_PER_SCAN < searcher.doc_count_all():
            return lambda d: str(searcher.stored_fields(d)["doc"])
        if self._ids is None:
            self._ids = unique_ids(searcher.reader().leaf_readers(), "doc")
        return self._ids.__getitem__

    def _prefix_expansions(self, fieldname: str, prefix: str) -> list[str]:
        """Every term of ``fieldname`` a word starting with ``prefix`` is indexed by: its indexed
        expansions (a number's as :meth:`_prefix_words` reads them) and its stop forms (the last
        word of a phrase being typed: :class:`~.parser.PhrasePrefix`, one letter long too)."""
        number = number_prefix(prefix)
        if number is not None:
            digits, fits = number
            every = [t for t in self.prefix_every(fieldname, digits) if fits(t)]
            return every + self.prefix_every(fieldname, prefix)
        # A one-letter last part too (``state-o*``: "state of", "state on"; with the stop forms
        # of a word only, "state-of-the-art" was missed).
        return self.prefix_every(fieldname, prefix) + self._prefix_stops(fieldname, prefix, shortest=1)

    @staticmethod
    def _expansion_starts(fieldname: str, prefix: str) -> tuple[list[str], Callable[[str], bool] | None]:
        """The terms of :meth:`_prefix_expansions` as the starts they are read from (the prefix
        and its stop forms' start, or a number's indexed digits and the prefix as written; none
        the start of another, so that a scan of each meets every term once) and a test of the
        terms so read (a number's digits: :func:`~.prefixes.number_prefix`; None: all of them)."""
        number = number_prefix(prefix)
        if number is not None:
            digits, fits = number
            starts = [digits, prefix]
            starts = [s for s in starts if not any(o != s and s.startswith(o) for o in starts)]
            return starts, lambda t: t.startswith(prefix) or fits(t)
        stops = fieldname in PREFIX_FIELDS and not prefix[:1].isdigit()  # as _prefix_stops
        return ([prefix, STOP_MARK + prefix] if stops else [prefix]), None

    def prefix_every(self, fieldname: str, prefix: str) -> list[str]:
        """Every term of ``fieldname`` starting with ``prefix`` (a prefix longer than the edge
        n-grams: a few terms to ~100 on 10k articles)."""
        with self._lock:  # see SearchIndex.stored()
            key = (fieldname, prefix, "every")
            cache = self._prefix_cache
            if key in cache:
                return cache[key]
            out = [t for _n, t in prefix_frequencies(self.searcher(), fieldname, prefix)]
            if len(cache) > 512:
                cache.clear()
            cache[key] = out
            return out

    def cjk_char_query(self, fieldname: str, char: str, boost: float) -> wquery.Query:
        """Every document of ``fieldname`` holding the CJK character ``char``: the terms holding
        it are the character itself (where it stands alone) and the bigrams it starts or ends.
        The bigrams ending in a character are read from one scan of the field's CJK terms,
        kept for this index state. No such term: a query matching nothing."""
        with self._lock:  # see SearchIndex.stored()
            ends = self._cjk_ends.get(fieldname)
            if ends is None:
                ends = {}
                reader = self.searcher().reader()
                for fn, raw in reader.terms_from(fieldname, CJK_FIRST.encode("utf-8")):
                    if fn != fieldname:
                        break
                    term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                    if len(term) == 2 and is_cjk(term[0]) and is_cjk(term[1]):
                        ends.setdefault(term[1], []).append(term)
                self._cjk_ends[fieldname] = ends
            terms = list(dict.fromkeys([*self.prefix_every(fieldname, char), *ends.get(char, [])]))
            if not terms:
                return wquery.Term(fieldname, char, boost=boost)  # no match
            return wquery.Or([uq.CjkCharTerm(fieldname, t, boost=boost, char=char) for t in terms])
