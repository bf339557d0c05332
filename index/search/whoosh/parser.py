"""Query parsing: the user's syntax, made safe and fast for whoosh.

Supported: words (all must match), ``OR``, ``NOT``, ``"phrases"``, ``prefix*`` and fields
(``title:``, ``outlet:``, ``entity:``, ``said:``, ``content:``, ``noise:``). Wildcards inside words, ranges
and ``*:*`` are not: whoosh evaluates them by scanning the vocabulary and matching every term,
which takes seconds on a large corpus. Prefixes are replaced (``expand_prefixes``) by an exact
query of the documents holding an expansion, ranked by the most frequent expansions (see
:mod:`.prefixes`), instead of whoosh's ``Prefix`` query over every expansion. A query word of
CJK text (indexed as character bigrams) becomes the phrase of its bigrams.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from whoosh import qparser, query
from whoosh.fields import FieldType, Schema
from whoosh.qparser.syntax import attach

from waic_reader.index.corpus.text import close_phrase, nfc, stand_ins_as_spaces
from waic_reader.index.corpus.tokens import (
    COMBINING_MARKS,
    SEARCH_TOKEN,
    SLASH_UNIT_DENOMINATORS,
    TYPED_CLOCK,
    TYPED_CLOCK_START,
    cjk_bigrams,
    clock_forms,
    clock_prefix_forms,
    edge_apostrophes_dropped,
    fold,
    is_cjk,
)
from waic_reader.index.errors import EmptyField, QueryError
from waic_reader.index.search.syntax import read_syntax
from waic_reader.index.search.whoosh.analyzer import (
    SearchAnalyzer,
    index_form,
    is_stop_form,
    is_stop_word,
    no_match,
    query_form,
)
from waic_reader.index.search.whoosh.phrase import TYPED_END, ExactPhrase, ExactPhrasePlugin

SEARCH_FIELDS = ("title", "content", "noise")
# Fields of the first search pass: the article itself. Boilerplate (``noise``) is searched only
# when these do not fill the page (see SearchIndex.search).
MAIN_FIELDS = ("title", "content")
FIELD_BOOSTS = {"title": 2.0, "content": 1.0, "noise": 0.1}
USER_FIELDS = ("title", "outlet", "entity", "said", "content", "noise", "doc")
# Fields of whole comma-separated values (a name, "speaker word"), folded but never tokenised.
KEYWORD_FIELDS = ("entity", "said")
FIELD_ALIASES = {"outlet": ["source", "site"], "entity": ["who", "ent"], "said": ["quote"]}
MAX_QUERY_CHARS = 500
MAX_CLAUSES = 40
MIN_PREFIX = 2
# The refusal of a query that would match every article (a lone ``*``): what was refused, why,
# and what to type instead; short, as every query error is (one status line, under 100 characters).
MATCH_EVERYTHING = (
    f"a lone * would match every article: type a word or {MIN_PREFIX}+ letters before * (typh*); `list` lists all"
)
PREFIX_SCAN = 2000  # terms looked at per prefix
PREFIX_KEEP = 12  # expansions ranking a prefix's matches (the most frequent); membership is exact
PREFIX_KEEP_TYPING = 6  # the same while typing (a prefix the user has not finished)
# Posting budget of one prefix: the kept terms' document frequencies may add up to at most this
# many times the number of documents (the most frequent term is always kept).
PREFIX_POSTINGS = 1.5
# ... and at most this many postings whatever the corpus size: a prefix's cost stays bounded
# (~100k postings read and scored is ~100 ms here) on a corpus of 100k articles or more.
PREFIX_POSTINGS_MAX = 100_000
# ... and while typing, at most this many: the unfinished word's ranking may be approximate (its
# membership and count stay exact), and a 2-letter prefix at 100k articles read ~100k postings
# of expansions per field at every keystroke. Below 13,334 articles 1.5x the articles is less.
PREFIX_POSTINGS_MAX_TYPING = 20_000

_SPACED_PERCENT = re.compile(r"(?<=\d) (?=[%\uff05])")
# "45 percent", "45 per cent", "45 pct" typed: the percentage, as the tokeniser reads the text
# (corpus.tokens.SEARCH_TOKEN), not the number and the word apart.
_WORDED_PERCENT = re.compile(r"(?<=\d)[ -]?(?i:per ?cent|pct)(?![^\W_])")
# "-word" at a word's start (after a space or "(") excludes the word, as most search engines
# read it: NOT word (also -"a phrase", -(a OR b), -title:x). A hyphen inside a word
# ("state-of-the-art", "U.S.-China") or inside a phrase stays what it is, and so does a minus
# sign before a number ("-40", "-2.5%", "-.5": a figure searched, never excluded).
_MINUS = re.compile(r'("[^"]*")|(?<![^\s(])-(?=[^\s)\d.-])')
# A number, then the start of a percent word being typed ("45 p", "45 per", "45 per ce", "45 pc").
# A number grouped with spaces ("3 000", "12 500 000", "3 000,50", "3 000%"), as the tokeniser
# joins it in the text (corpus.tokens.SEARCH_TOKEN: one to three digits, then groups of exactly
# three; "2019 300" stays two numbers): searched as that one number, not as "3" and "000".
_SPACED_NUMBER = re.compile(r'("[^"]*")|(?<![^\s(])(\d{1,3}(?: \d{3})+(?:[.,]\d+)?%?)(?![^\s)])')
_PERCENT_STARTS = r"p|pe|per|perc|perce|percen|per c|per ce|per cen|pc"
_TYPED_PERCENT = re.compile(rf"(?:(?<=[\s(])|^)(\d+(?:[.,]\d+)*) ((?i:{_PERCENT_STARTS}))$")
# The same submitted as a prefix ("45 per*", "7.5 perc*", "45 pc*"): the prefix's completions
# include the percent word, so the percentage is searched too, as "45 percent" finds it.
_PREFIXED_PERCENT = re.compile(rf'("[^"]*")|(?:(?<=[\s(])|^)(\d+(?:[.,]\d+)*) ((?i:{_PERCENT_STARTS})\*)(?=[\s)]|$)')
# A number grouped with spaces whose last group is being typed ("412 0", "412 00" of "412 000";
# "1 250 0" of "1 250 000", its groups so far quoted by check(): '"1 250" 0'): check() reads
# the finished "412 000" as the one number.
_TYPED_SPACED_NUMBER = re.compile(r'(?:(?<=[\s(])|^)(?:"(\d{1,3}(?: \d{3})+)"|(\d{1,3}(?: \d{3})*)) (\d{1,2})$')
_FIELD_REF = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\S)")
# A range in whoosh's syntax: an opening bracket or brace, the word "to" (any case, as whoosh
# reads it) with or without an end on either side, a closing one ("[a TO z]", "{a TO z}",
# "[2020 TO 2021}", "[a TO]", "[TO z]"). Its plugin is removed (a range scans the vocabulary), so
# the brackets were dropped and "a TO z" searched as words: 0 results, no message (t13ag N14).
_RANGE = re.compile(r"[\[{][^\[\]{}]*?(?<![^\s\[{])(?i:to)(?![^\s\]}])[^\[\]{}]*[\]}]")
# A field with nothing after it: the end, a space or a closing parenthesis (``who:``,
# ``(title:)``, ``who: Hinton``). whoosh would search the field's name as a word.
_EMPTY_FIELD = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=[\s)]|$)")
# What to type after each field, for the hint an empty one gets.
_FIELD_VALUE = {"entity": "a name", "said": "a speaker's name", "outlet": "an outlet", "doc": "a doc id"}
# A number's separator being typed: a comma or an apostrophe (Swiss "412'000", "1’000") after
# a digit, before a digit or at the word's end ("412," and "412'0" of "412,000" and "412'000").
_NUMBER_SEPARATOR = re.compile(r"(?<=\d)[,'’](?=\d|$)")


# A hyphen joining two parts of one word ("forty-two", "state-of-the-art", "Jean-Luc"; ASCII,
# U+2010, U+2011): the word is searched as the phrase of its parts.
_JOINED = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
# An apostrophe between two letters of one word, in a folded word (every apostrophe is the
# straight one: tokens.fold): "O'Day", "D'Souza", "N'Djamena", "l'Aquila", "rock'n'roll". The
# word is searched as the phrase of its parts, as a hyphenated word is (issue #15, round s53-s):
# read as its parts apart, the one-letter part is no word, so ``O'Day`` searched "day" alone and
# found every "days". (Between digits it is a Swiss thousands separator: "1'000" is one number.)
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
# A colon between digits that is no time of day: a score or a ratio ("2:1", "25:70"). The
# tokeniser reads its numbers apart, so the word is searched as written, the phrase of its
# numbers, as a hyphenated word is: an AND of them found "2" and "1" anywhere in an article
# (t13ag N16). (A time, "9:40", "21:40:05", is one token: tokens.CLOCK_TOKEN, issue #13.)
_CLOCK = re.compile(r"(?<=\d):(?=\d)")
# A time written with a dot before its "am"/"pm" ("9.40 pm", "9.40 p.m."): read as "9:40", the
# time however the text writes it (_TIME_WORD), as "9.40 pm" alone is a decimal and "pm" (t13agr R5).
_DOTTED_CLOCK = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{2})(?=[ \u00a0]?(?i:[ap]\.?m)(?![^\W_]))")
# A time of day written with a colon, nothing else in the word ("16:40", "9:05"): the time however
# the text writes it. The text's "16:40" and "09:05" are one token each, indexed as "16:40" and
# "9:05" (tokens.number_forms), its "16.40" (a live blog's "16.40 GMT", a British "9.40pm") as one
# decimal token: the colon's word finds both, the hour with or without its leading zero (t13aj
# N18: "16:40" did not find "16.40 GMT", though the fact sheet reads both as times). A word with a
# dot stays a decimal ("9.40" finds a price and the text's own "9.40pm", never "9:40 pm":
# test_time_of_day_am_pm), so it does not find a colon's time.
# Its "am" or "pm" glued ("9:40pm", and "9.40pm" read as it) is the phrase of the time and "pm".
_TIME_WORD = re.compile(rf"{TYPED_CLOCK}((?i:[ap]\.?m\.?))?")
# A time of day half typed with a colon, the last word of what is typed ("09:1", "9:"): searched
# as the word typed or the prefix of the times it starts (as_you_type; tokens.clock_prefix_forms).
_TYPED_CLOCK_WORD = re.compile(rf"(?:(?<=[\s(])|^)(?:{TYPED_CLOCK_START})$")
# The combining marks a word's letters carry (tokens.COMBINING_MARKS: vowel signs, viramas,
# accents typed apart, the invisible joiners inside words).
_MARKS_IN_WORD = re.compile(f"[{COMBINING_MARKS}]")
# The hyphens joining a name's words (tokens.name_forms reads them as spaces in its runs).
_NAME_HYPHEN_RUN = re.compile("[-\u2010\u2011]+")
# Any of those hyphens, one just typed at a word's end included ("54-" of "54-year-old").
_HYPHENS = "-\u2010\u2011"
_HYPHEN = re.compile(rf"(?<=\w)[{_HYPHENS}]")
# A prefix's text ending in hyphens after a word ("Goñi-" of ``Goñi-*``), or in an apostrophe
# after a letter ("Spain'" of ``Spain'*``; after a digit it is a Swiss thousands separator): the
# word finished.
_TRAILING_HYPHENS = re.compile(rf"(?:(?<=\w)[{_HYPHENS}]+|(?<=[^\W\d_])['\u2019])$")
# A number prefix of two digits starting with a zero ("02" of "02:05"): also the start of the
# times of that hour, indexed without their zero ("2:05": tokens.number_forms).
_ZERO_HOUR = re.compile(r"0(\d)")
# A finished time of day with a colon, as query_form gives it ("2:05" of ``02:05*``).
_FINISHED_TIME = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")


class _Parser(qparser.QueryParser):
    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):  # type: ignore[no-untyped-def]
        # A word written with hyphens is its parts in that order, as the README promises ("a
        # hyphen inside a word is part of it"): whoosh's AND of the parts found "forty-two" in
        # "Forty workers were hurt and two died" and lit every lone "two" (t13w F7). Its stop
        # words are kept as stop forms, as a quoted phrase keeps them (``ExactPhrasePlugin``).
        # So is a word with an inner apostrophe ("O'Day": its "o" then "day", never "days" alone).
        field = self.schema[fieldname] if self.schema and fieldname in self.schema else None
        if (
            tokenize
            and termclass is query.Term
            and field is not None
            and isinstance(field.analyzer, SearchAnalyzer)
            and (clock := _TIME_WORD.fullmatch(text)) is not None
        ):
            hour, minutes, meridiem = clock.groups()
            # the colon's form ("9:05", "09:05" alike), then the dot's, "9:05" being "09.05" too
            times = [query_form(t) for t in clock_forms(query_form(f"{hour}:{minutes}"))]
            if meridiem is None:
                return query.Or([query.Term(fieldname, t, boost=boost) for t in times])
            after = query_form(meridiem.rstrip("."))
            return query.Or([ExactPhrase(fieldname, [t, after], boost=boost) for t in times])
        if (
            tokenize
            and termclass is query.Term
            and field is not None
            and isinstance(field.analyzer, SearchAnalyzer)
            and (_JOINED.search(text) or _CLOCK.search(text) or _INNER_APOSTROPHE.search(fold(text)))
        ):
            words = [t.text for t in field.tokenize(text, mode="query", removestops=False)]
            if len(words) > 1 and not all(is_stop_form(w) for w in words):
                return ExactPhrase(fieldname, words, boost=boost)
        if termclass is query.Prefix and field is not None and isinstance(field.analyzer, SearchAnalyzer):
            first = SEARCH_TOKEN.search(text)
            if first is not None and first.start() > 0:
                # ``€1.2*``, ``$4*``, ``#hash*``: a sign glued before the word is no part of any
                # term (the tokeniser drops it: "€1.2bn" is "1.2bn"), so the prefix is the word's
                # (t13at N8: ``€1.2*`` found nothing, ``€1.2bn`` the article).
                return self.term_query(fieldname, text[first.start() :], termclass, boost, tokenize, removestops)
            if first is not None and _TRAILING_HYPHENS.search(text):
                # ``Goñi-*``: the word before its hyphen finished, the next part not begun, as the same
                # typed (``Goñi-``, as_you_type) is searched; read whole, "goñi-" was no term's
                # start and found nothing where ``Goñi-Olabarria`` finds five (t13at N8).
                head = _TRAILING_HYPHENS.sub("", text)
                return self.term_query(fieldname, head, query.Term, boost, tokenize, removestops)
            if (zero := _ZERO_HOUR.fullmatch(query_form(text))) is not None:
                # ``02*``: the numbers starting so and the times of 2 o'clock, "02:05" being
                # indexed as "2:05": a prefix finds what ``02:05`` finds
                hour = f"{zero.group(1)}:"
                return query.Or(
                    [query.Prefix(fieldname, zero.group(), boost=boost), query.Prefix(fieldname, hour, boost=boost)]
                )
            if (whole := _FINISHED_TIME.fullmatch(query_form(text))) is not None:
                # ``02:05*``: the times starting so, with a colon ("2:05", "2:05:30"), a time
                # written with a dot among them ("02.05", indexed as "2:05": tokens.dotted_clock),
                # as ``02:05`` finds it: a prefix finds at least what its completion finds (t13at N8).
                return query.Prefix(fieldname, whole.group(), boost=boost)
        if (
            termclass is query.Prefix
            and field is not None
            and isinstance(field.analyzer, SearchAnalyzer)
            and (start := clock_prefix_forms(query_form(text))) is not None
        ):
            # A time of day half typed (``09:1*``): the times starting so, written with a colon
            # (the hour without its zero, as the text's are indexed) or whole with a dot.
            # (A time written with a dot is indexed in the colon's form too, tokens.dotted_clock.)
            prefix = query.Prefix(fieldname, start[0], boost=boost)
            if text.rstrip().endswith(":"):
                return prefix  # "9:*": the hour's times only, never every "9"
            # and the word typed itself, as every prefix finds its own word ("ferri*" finds
            # "ferri"): "2:1*" finds the score "2:1" as "2:1" does (review s47-rv2 finding 8)
            typed = self.term_query(fieldname, text, query.Term, boost, True, removestops)
            return query.Or([typed, prefix])
        if (
            termclass is query.Prefix
            and field is not None
            and isinstance(field.analyzer, SearchAnalyzer)
            and _JOINED.search(text)
        ):
            # ``take-o*``, ``Ruiz-Cal*`` (t13ad N22): the word's parts in that order, its last part
            # a prefix of the word right after the others (a PhrasePrefix, as ``"take o*"``). Read
            # whole, "take-o" is no term's start (terms are the parts) and found nothing.
            prefixed = prefixed_phrase(field, fieldname, text, boost)
            if prefixed is not None:
                return prefixed
        if (
            termclass is query.Prefix
            and field is not None
            and isinstance(field.analyzer, SearchAnalyzer)
            and not text[:1].isdigit()  # a number prefix keeps its separators ("412'0*")
            and len(parts := list(SEARCH_TOKEN.finditer(text))) > 1
            and not any(is_cjk(p.group()[:1]) for p in parts)
        ):
            # A word of several tokens not joined by hyphens (``O'Bri*``, ``d’Ales*``,
            # ``rock'n'ro*``): the phrase of its tokens, each before its last as the finished word
            # reads it (a one-letter part or a stop word by its stop form), its last part a
            # prefix of the word right after them, as the same typed (``O'Bri``: as_you_type's
            # ``O'Bri*``). Read whole, "o'bri" is no term's start (terms are the parts) and found
            # nothing; read as "Bri*" alone it found every "Bridge" (issue #15, round s53-s).
            prefixed = prefixed_phrase(field, fieldname, text, boost)
            if prefixed is not None:
                return prefixed
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)

    def multitoken_query(self, spec, texts, fieldname, termclass, boost):  # type: ignore[no-untyped-def]
        # One word of CJK text is several bigrams: the word is their phrase (an AND of the
        # bigrams would match texts holding them apart). Other words keep whoosh's AND.
        if any(is_cjk(t[:1]) for t in texts):
            if len(texts) > 1 and len(texts[-1]) == 1 and is_cjk(texts[-1]):
                # A word ending in one CJK character after another token ("5名", "1300吨", "10月14日"):
                # that character is the start of the bigram written after it in the text ("5名船员"
                # indexes 5, 名船, 船员), found as a phrase whose last word is a prefix, as the
                # character alone is found by the pairs it starts (acceptance t13af N24: found
                # only where the character ended its run).
                return PhrasePrefix(fieldname, texts, boost=boost)
            return self.phraseclass(fieldname, texts, boost=boost)
        return super().multitoken_query(spec, texts, fieldname, termclass, boost)


class PhrasePrefix(ExactPhrase):
    """A phrase whose last word is a prefix (``"zurich co*"``, what a phrase being typed is
    searched as: :func:`close_typed`; a hyphenated word's prefix, ``take-o*``, and the word typed,
    ``take-of``: :func:`prefixed_phrase`): the words in a row, the last one any word starting with
    it. :func:`expand_prefixes` turns it into the phrases of the prefix's expansions."""


class TypedEndPhrase(ExactPhrase):
    """One completion's phrase of a :class:`PhrasePrefix` whose prefix is in a script written
    without spaces (CJK: ``17명`` is "17" before a bigram starting with "명", found as the phrase
    "17 명이"): it matches as its words; it is lit up to where the ``typed`` text (the prefix,
    folded) ends, never over the completion's rest, a particle or the next word ("17명이" lit
    "이" with the number, t13an N20). A prefix of words written apart ("zurich co*") lights
    the whole word it starts, as any prefix does. :func:`phrase_runs` gives its run with the
    mark :data:`~.phrase.TYPED_END` and ``typed`` as its last element."""

    def __init__(
        self,
        fieldname: str,
        words: list[str],
        slop: int = 1,
        boost: float = 1.0,
        char_ranges: list[tuple[int, int]] | None = None,
        *,
        typed: str = "",
    ) -> None:
        super().__init__(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.typed = typed

    # (whoosh rebuilds a phrase from its class and words: the typed text is carried along)
    def normalize(self) -> query.Query:
        got = super().normalize()
        if isinstance(got, TypedEndPhrase):
            got.typed = self.typed
        return got

    def run(self) -> tuple[str, ...]:
        """The run it is lit as: its words, then the mark and the typed text."""
        return (*self.words, TYPED_END + self.typed)


def typed_end_runs(words: list[str], prefix: str, ends: Iterable[str]) -> list[tuple[str, ...]]:
    """The runs a :class:`PhrasePrefix` of ``words`` and ``prefix`` is lit as, one a completion
    of ``ends``: ``(*words, end)``, and for a prefix in a script written without spaces the
    mark and the prefix after it (lit to the typed end, :class:`TypedEndPhrase`)."""
    cut = (TYPED_END + prefix,) if is_cjk(prefix[:1]) else ()
    return [(*words, e, *cut) for e in ends]


def prefixed_phrase(
    field: FieldType, fieldname: str, text: str, boost: float = 1.0
) -> PhrasePrefix | query.Prefix | None:
    """``text`` (a phrase's words or a hyphenated word, the last one a prefix, without its ``*``)
    as searched in ``field`` of the :class:`~.analyzer.SearchAnalyzer`: a :class:`PhrasePrefix`
    of its tokens, each but the last as a phrase reads it (a stop word by its stop form), the last
    as a prefix is read (:func:`~.analyzer.query_form`: folded, never made singular); a
    ``Prefix`` when it is one token; None when it holds none."""
    # (the analyzer yields one Token object, changed in place: its values are copied)
    toks = [(t.text, t.original) for t in field.tokenize(text, mode="query", removestops=False, keeporiginal=True)]
    if not toks:
        return None
    words = [word for word, _original in toks[:-1]] + [query_form(toks[-1][1])]
    if len(words) == 1:
        return query.Prefix(fieldname, words[0], boost=boost)
    return PhrasePrefix(fieldname, words, boost=boost)


class CompletedPhrases(query.AndMaybe):
    """A :class:`PhrasePrefix` with many completions (``anti-ov*``: "anti-overtime",
    "anti-overload" … in as many articles): ``AndMaybe(the documents where one follows the words,
    the ranking phrases)`` (:meth:`~.prefix_queries.PrefixQueries.phrase_prefix_query`). It
    matches as that; it is lit as ``runs``, the phrases of every completion found (of
    ``fieldname``), never as its ranking part's words alone: those ranked the article, but lit
    alone they showed "anti" wherever it stood, and in an article whose completion was not
    ranked, only that (t13ad N22)."""

    def __init__(
        self, a: query.Query, b: query.Query, fieldname: str = "", runs: Iterable[tuple[str, ...]] = ()
    ) -> None:
        super().__init__(a, b)
        self.fieldname = fieldname
        self.runs = tuple(runs)

    # whoosh rebuilds a binary node from its two children: the completions are carried along.
    def normalize(self) -> query.Query:
        return CompletedPhrases(self.a.normalize(), self.b.normalize(), self.fieldname, self.runs)

    def apply(self, fn: Callable[[query.Query], query.Query]) -> query.Query:
        return CompletedPhrases(fn(self.a), fn(self.b), self.fieldname, self.runs)

    def with_boost(self, boost: float) -> query.Query:
        return CompletedPhrases(self.a.with_boost(boost), self.b.with_boost(boost), self.fieldname, self.runs)


class KnownDocs(query.Or):
    """The ``doc`` terms of documents already found, each of weight ``boost`` (what ``Term("doc",
    id, boost)`` scores: an id's one posting weighs 1): a phrase being typed's many completions'
    articles (:class:`CompletedPhrases`). ``docnums`` are their numbers in ``reader``, where
    they were found: the bulk scorer, the set algebra and :meth:`matcher` read them instead of
    looking each id up again (~6,000 ids at 10,000 articles for ``the-go``: most of its 2.4 s).
    Read by any other reader (the index changed meanwhile, or one segment's), it is the ``Or``
    of its terms, as before."""

    def __init__(self, doc_ids: Iterable[str], docnums: Iterable[int], reader: object, boost: float) -> None:
        self.doc_ids = tuple(doc_ids)
        super().__init__([query.Term("doc", d, boost=boost) for d in self.doc_ids])
        self.docnums = frozenset(docnums)
        self.reader = reader
        self.weight = boost

    def reads(self, reader: object) -> bool:
        """Whether :attr:`docnums` are numbers of ``reader``'s documents."""
        return reader is self.reader

    # Distinct terms of one field: whoosh's normalising would make a plain Or of the same terms.
    def normalize(self) -> query.Query:
        return self if self.subqueries else query.NullQuery

    def apply(self, fn: Callable[[query.Query], query.Query]) -> query.Query:
        kids = [fn(c) for c in self.subqueries]
        return self if all(a is b for a, b in zip(kids, self.subqueries)) else query.Or(kids)

    def with_boost(self, boost: float) -> query.Query:
        return KnownDocs(self.doc_ids, self.docnums, self.reader, self.weight * boost)

    def __deepcopy__(self, memo: dict[int, object]) -> KnownDocs:
        # (whoosh copies a query deeply to boost it: the reader is shared, never copied)
        return KnownDocs(self.doc_ids, self.docnums, self.reader, self.weight)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if not self.reads(searcher.reader()):
            return super().matcher(searcher, context)
        from whoosh.matching import ListMatcher, NullMatcher

        docnums = sorted(self.docnums)
        return ListMatcher(docnums, all_weights=self.weight) if docnums else NullMatcher()


class StopPrefixTerm(query.Term):
    """A stop word's stop form a prefix matches (``ca*``: "can", kept at its position): it counts
    for membership, ranks below the prefix's other words and is not lit (:func:`phrase_runs`
    lights a quoted stop word, which reads the whole text: too slow for "the" in every hit)."""


class CjkCharTerm(query.Term):
    """A term holding the one CJK character ``char`` searched alone (a bigram it starts or ends,
    or the character standing alone: :meth:`~.prefix_queries.PrefixQueries.cjk_char_query`; CJK
    text is indexed as bigrams). It matches as its term; it is lit as the character alone
    (:func:`positive_terms`, :func:`term_words`, ``snippets.match_spans``), never as the bigram:
    "轮" lit "渡轮倾", both of its neighbours with it (t13am N8)."""

    def __init__(self, fieldname: str, text: str, boost: float = 1.0, *, char: str) -> None:
        super().__init__(fieldname, text, boost=boost)
        self.char = char


class SaidGrouped(query.And):
    """A ``said`` term widened by the corpus grouping of names
    (:meth:`~.corpus_names.CorpusView.widen_said`): ``[said terms of the other names of the
    speaker, the doc ids of the articles the grouping gives the speaker]``. What it adds is
    matched, not asked for: :func:`positive_terms` leaves it out (the query's terms, the hits'
    ``said`` spans are those of the speaker as asked); :func:`said_grouped_terms` gives the terms
    it adds in one article."""


def said_grouped_terms(q: query.Query, doc: str) -> set[str]:
    """The ``said`` terms the :class:`SaidGrouped` nodes of ``q`` (not under a ``NOT``) search in
    the article ``doc`` (by its doc id): the speaker's other names there, as the query's said
    terms with them ("brannock river" for ``said:"Ilsa Brannock" river`` where the article writes
    "Governor Brannock"). Empty for a query without them."""
    out: set[str] = set()

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, SaidGrouped):
            terms = positive_terms(node, grouped=True)
            if ("doc", doc) in terms:
                out.update(t for f, t in terms if f == "said")
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out


class TypedPhrasePlugin(ExactPhrasePlugin):
    """:class:`~.phrase.ExactPhrasePlugin`, with a phrase ending in ``*`` (``"zurich co*"``) read
    as a :class:`PhrasePrefix`."""

    class PhraseNode(ExactPhrasePlugin.PhraseNode):
        def query(self, parser):  # type: ignore[no-untyped-def]
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
            if field is None or not isinstance(field.analyzer, SearchAnalyzer) or not self.text.endswith("*"):
                return super().query(parser)
            q = prefixed_phrase(field, fieldname, self.text, self.boost)
            if q is None:
                return super().query(parser)
            return attach(q, self)

    class PhraseTagger(ExactPhrasePlugin.PhraseTagger):
        def create(self, parser, match):  # type: ignore[no-untyped-def]
            slop = match.group("slop")
            return TypedPhrasePlugin.PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)

    def taggers(self, parser):  # type: ignore[no-untyped-def]
        return [(self.PhraseTagger(self.expr), 0)]


def make_parser(schema: Schema, fields: Iterable[str] = SEARCH_FIELDS) -> qparser.QueryParser:
    fields = list(fields)
    boosts = {f: b for f, b in FIELD_BOOSTS.items() if f in fields}
    parser = _Parser(None, schema)  # what qparser.MultifieldParser builds, with CJK phrases
    parser.add_plugin(qparser.MultifieldPlugin(fields, fieldboosts=boosts))
    # In the place of whoosh's own phrase plugin (taggers of one priority run in plugin order).
    parser.plugins = [TypedPhrasePlugin() if type(p) is qparser.PhrasePlugin else p for p in parser.plugins]
    # A field's name is letters (as check's _FIELD_REF reads it): whoosh's ``\w+:`` took the
    # numbers of a time, "22:15:30", for field names and searched "15 30" (t13ag N16).
    named = qparser.FieldsPlugin(expr=r"(?P<text>[A-Za-z_]+|[*]):")
    parser.plugins = [named if type(p) is qparser.FieldsPlugin else p for p in parser.plugins]
    for plugin in (qparser.WildcardPlugin, qparser.RangePlugin, qparser.EveryPlugin, qparser.BoostPlugin):
        parser.remove_plugin_class(plugin)
    parser.add_plugin(qparser.PrefixPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


_NOT_NOT = re.compile(r"(?<![^\s(])NOT\s+NOT(?![^\s(])\s*")


def _double_negations(text: str) -> str:
    """``NOT NOT x`` (as ``NOT -x`` reads, or ``-NOT x``) is ``x``: the parser cannot read a
    negation of a negation ("list index out of range", t13aa K21), and what it means is the
    words themselves (``NOT (-x)`` already found them). Outside phrases only."""
    parts = re.split(r'("[^"]*")', text)
    for i in range(0, len(parts), 2):
        while True:
            new = _NOT_NOT.sub("", parts[i])
            if new == parts[i]:
                break
            parts[i] = new
    return " ".join("".join(parts).split())


def check(text: str) -> str:
    """Reject what cannot be searched; return the query with whitespace tidied (a space before
    a percent sign dropped: ``45 %`` is the percentage, as in the text, not ``45``; so is a
    percent word: ``45 percent``, ``45 per cent``, ``45 pct`` are ``45%``; a control
    character's stand-in, ``<U+202E>``, read as a space; ``-word`` at a word's start read as
    ``NOT word``, a minus sign before a number not; a number grouped with spaces, ``3 000``,
    read as the one number the text's "3 000" is). In Unicode NFC, as article text is: a letter
    and its combining accent typed apart (``Zu\u0308r``) are the one letter "ü"."""
    text = " ".join(stand_ins_as_spaces(nfc(text)).split())
    # Lucene's operators as ours, a boost or a fuzzy "~" set aside (the workspace says so)
    text = read_syntax(text).searched
    text = _WORDED_PERCENT.sub("%", _SPACED_PERCENT.sub("", text))
    text = _MINUS.sub(lambda m: m.group(1) or "NOT ", text)
    text = _double_negations(text)
    text = _DOTTED_CLOCK.sub(r"\1:\2", text)
    text = _SPACED_NUMBER.sub(lambda m: m.group(1) or f'"{m.group(2)}"', text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: close the phrase with "')
    if text.count("(") != text.count(")"):
        raise QueryError("unbalanced parentheses")
    known = set(USER_FIELDS) | {a for aliases in FIELD_ALIASES.values() for a in aliases}
    unquoted = re.sub(r'"[^"]*"', '""', text)
    # Before the fields: "date:[2020 TO 2021]" is refused as a range, which no field takes.
    if _RANGE.search(unquoted):
        raise QueryError("ranges ([a TO z]) cannot be searched: type the words themselves")
    for m in _FIELD_REF.finditer(unquoted):
        if m.group(1) not in known:
            raise QueryError(f"unknown field {m.group(1)}: (use {', '.join(USER_FIELDS)})")
    for m in _EMPTY_FIELD.finditer(unquoted):
        if m.group(1) in known:
            field = next((f for f, aliases in FIELD_ALIASES.items() if m.group(1) in aliases), m.group(1))
            what = _FIELD_VALUE.get(field, "words")
            raise EmptyField(f"type {what} right after {m.group(1)}: (an empty field matches nothing)")
    if re.search(r"[?*]\w", unquoted):
        raise QueryError("wildcards are only allowed at the end of a word (prefix*)")
    for m in re.finditer(r"(^|[\s(:])(\S*)\*", unquoted):
        if _TYPED_CLOCK_WORD.fullmatch(m.group(2).lstrip("(-+")):
            continue  # a time's start ("09:1*"): its hour and colon are a prefix (term_query)
        word = m.group(2).split(":")[-1]
        if not re.sub(r"[\W_]", "", word):
            # a star with no letters before it (``*``, ``**``, ``who:*``, Lucene's ``*:*``) asks
            # for every article: say that, not a rule about prefixes it never meant (t13ai N17)
            raise QueryError(MATCH_EVERYTHING)
        if len(word) < MIN_PREFIX:
            raise QueryError(f"a prefix needs at least {MIN_PREFIX} letters before *")
    if unquoted.count(" ") + 1 > MAX_CLAUSES:
        raise QueryError(f"too many words (at most {MAX_CLAUSES})")
    return text


def as_you_type(text: str) -> str:
    """Make the word being typed a prefix: ``chip sem`` → ``chip sem*``, ``st`` → ``st*``.

    A last word of ``MIN_PREFIX`` (2) letters or more is widened, with the same exact
    membership as a submitted ``prefix*`` (a two-letter word being typed is the start of a
    word, not a word: searched as typed it would find almost nothing); so is the value of a
    field being typed (``who:kel`` → ``who:kel*``, ``title:zü`` → ``title:zü*``: a submitted
    ``who:Kel*`` finds those names, so typing it must not show "no match" on the way). A single
    letter, quoted words and operators stay as typed. A number followed by the start of a
    percent word (``45 per``) is that percentage or the words typed: ``(45% OR (45 per*))``;
    a number whose last group of digits after a space is being typed (``412 0``) the number
    prefix or the words typed: ``(412,0* OR (412 0))``. A number typed with a separator, one
    just typed included, is a number prefix (``412,`` → ``412,*``, ``412'0`` → ``412'0*``);
    a word with hyphens, one starting with a number too, its last part a prefix of the word
    right after the others (``54-year-ol`` → ``54-year-ol*``, read by the parser as the phrase
    prefix ``"54 year ol*"``), a one-digit last part the word or its parts before
    (``2-0`` → ``(2-0 OR 2)``); a word with an apostrophe its last part a prefix of its own
    (``O'Bri`` → ``O' Bri*``; a one-letter part and its apostrophe alone, ``O'``, the quoted
    ``"O"``: where that part stands). In Unicode NFC, as :func:`check` reads a query (``Zu\u0308r`` is ``Zür*``).
    """
    text = nfc(text)
    if not text or text[-1].isspace() or text.endswith(("*", '"', ")")) or text.count('"') % 2:
        return text
    if (m := _TYPED_PERCENT.search(text)) is not None:
        # "45 per" may be "45 percent" being typed: that percentage is one term, and its number
        # is not indexed alone, so the words as typed would find nothing until the word is
        # finished. Either is searched: the percentage, or the words typed so far.
        return f"{text[: m.start()]}({m.group(1)}% OR ({_widen_last(m.group())}))"
    if (m := _TYPED_CLOCK_WORD.search(text)) is not None and not _negated(text, m.group()):
        # "09:1" may be "09:15" being typed (issue #13, review s46-rv 9): the word as typed (a
        # score, "2:1", is the phrase of its numbers) or a prefix of the times it starts, as
        # any half-typed word is; read as typed alone it found nothing until the minutes were whole.
        return f"{text[: m.start()]}({m.group()} OR {m.group()}*)"
    if (m := _TYPED_SPACED_NUMBER.search(text)) is not None:
        # "412 0" may be "412 000" being typed (one number, a space its thousands separator) or
        # two words: the number prefix, as "412,0" typed reads it, or the words typed so far;
        # read as the words alone it found nothing until the group was complete.
        groups = m.group(1) or m.group(2)
        number = f"{groups.replace(' ', ',')},{m.group(3)}*"
        return f"{text[: m.start()]}({number} OR ({_widen_last(m.group())}))"
    return _widen_last(text)


def percent_prefixes(text: str) -> str:
    """A submitted number followed by a prefix of a percent word (``45 per*``, ``7.5 perc*``,
    ``45 pc*``) read as that percentage or the words: ``(45% OR (45 per*))``, as the same typed
    without ``*`` is (:func:`as_you_type`): a prefix finds at least what its completions find, and
    ``45 percent`` finds "45%". Quoted phrases are left as they are."""
    return _PREFIXED_PERCENT.sub(lambda m: m.group(1) or f"({m.group(2)}% OR ({m.group(2)} {m.group(3)}))", text)


def value_reading(text: str, *, typing: bool) -> str | None:
    """The query ``text`` (submitted; ``typing``: as typed so far, :func:`close_typed` not yet
    applied) with its number and the start of a percent word read as the percentage alone
    (``65 per`` typed, ``65 per*`` submitted → ``65%``; ``floods 65 p`` → ``floods 65%``), or
    None when it holds none. :func:`as_you_type` and :func:`percent_prefixes` search that reading
    or the words; an article holding the percentage is lit by this reading (its snippet, the
    reader's matches), as ``65 percent`` lights it, never at a bare "65" the words also find."""
    if typing:
        typed = check(close_typed(text))
        if not typed or typed[-1].isspace() or typed.endswith(("*", '"', ")")) or typed.count('"') % 2:
            return None
        m = _TYPED_PERCENT.search(typed)
        return f"{typed[: m.start()]}{m.group(1)}%" if m is not None else None
    submitted = check(text)
    read = _PREFIXED_PERCENT.sub(lambda m: m.group(1) or f"{m.group(2)}%", submitted)
    return read if read != submitted else None


def close_typed(text: str) -> str:
    """A query typed so far with its open phrase closed (``"eric schmidt`` → ``"eric
    schmidt"``). A phrase of one word being typed is a prefix (``"zur`` → ``"zur*"``: the
    articles holding a word starting so); the value of ``who:`` or ``said:`` too (``who:"sao p``
    → ``who:"sao p*"``, the names starting so), and a CJK phrase's last character (a
    :class:`PhrasePrefix`). The unfinished last word of a phrase of several words is left out
    while it is typed (``"zurich co`` and ``"zurich council`` search ``"zurich"``; the word
    counts once a space or the closing quote follows it): the articles shown then hold the
    phrase typed so far, a superset of what the finished phrase finds, so results only shrink
    as the user types on and never flash "no match". Reading it as a phrase prefix instead (the
    phrase's words right before any word starting with the prefix, as a submitted ``"zurich
    co*"`` is read) read the positions of every completion in every document holding the
    words: 0.3-1.5 s of CPU a key at 10,000 articles for ``"the go`` … ``"the government``
    (session 17; the benchmark's typed class now types ``"the government"``), where typing
    must stay under 50 ms."""
    text = nfc(text)
    # (a word may end in a combining mark: "नावि", its vowel sign, t13av N12)
    if not text.count('"') % 2 or not (text[-1:].isalnum() or _MARKS_IN_WORD.fullmatch(text[-1:])):
        return close_phrase(text)
    head, _, phrase = text.rpartition('"')
    keyword = re.search(r"(?:^|[\s(])(?:entity|who|ent|said|quote):$", head) is not None
    last = phrase.split()[-1] if phrase.split() else ""
    tail = last
    if not keyword and (parts := list(SEARCH_TOKEN.finditer(last))):
        tail = parts[-1].group()
    if keyword or is_cjk(tail[-1:]) or (len(tail) >= MIN_PREFIX and len(phrase.split()) == 1 and tail == last):
        return f'{text}*"'
    if len(phrase.split()) > 1 or len(list(SEARCH_TOKEN.finditer(last))) > 1:
        return f'{text[: len(text) - len(tail)].rstrip()}"'
    return close_phrase(text)


def _negated(text: str, last: str) -> bool:
    """Whether the last word ``last`` of ``text`` is excluded: "-" before it, or NOT / ANDNOT
    the word before it."""
    before = text.rsplit(maxsplit=1)[0].split() if " " in text.strip() else []
    return last.lstrip("(+").startswith("-") or (bool(before) and before[-1].lstrip("(") in ("NOT", "ANDNOT"))


def _open_slash_unit(word: str) -> bool:
    """True when ``word`` (the last word typed, operators stripped) is a unit's letters and a
    slash with no denominator yet ("km/", "m/", "10km/"): one more letter would make it one
    :data:`~waic_reader.index.corpus.tokens.SEARCH_TOKEN` ("km/h"). A stop word before the slash
    ("and/" of "and/or", "he/") is no unit: the tokeniser splits its slash."""
    if not word.endswith("/") or len(word) < MIN_PREFIX:
        return False
    m = SEARCH_TOKEN.fullmatch(word + SLASH_UNIT_DENOMINATORS[0])
    return m is not None and not is_stop_word(fold(word[:-1]).lstrip("0123456789"))


def _widen_last(text: str) -> str:
    """The last word of ``text`` a prefix, as :func:`as_you_type` says."""
    last = text.rsplit(maxsplit=1)[-1]
    if last in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"):
        return text
    if ":" in last:
        field, _, last = last.partition(":")
        if not field.lstrip("(-+").isalpha() or ":" in last:
            return text
    word = last.lstrip("(-+")
    if any(is_cjk(c) for c in word):
        if is_cjk(word[-1]) and _JOINED.search(word) and len(list(SEARCH_TOKEN.finditer(word))) > 1:
            # A hyphenated word whose last part is CJK being typed ("上海-浦"): read as the
            # phrase of its parts it needs that part whole (one character is no bigram term),
            # so it found nothing where the submitted "上海-浦*" finds the article.
            return text + "*"
        return text  # CJK is searched by bigrams: an unfinished word already matches as typed
    if _open_slash_unit(word):
        # "km/" of "km/h" being typed: the start of the one token the tokeniser joins the unit
        # into, searched as its prefix ("km/*"). Read as "km" (the slash no word) it found and lit
        # another figure's "15 km" until the denominator was typed (t13ae P15, round s37-z4).
        return text + "*"
    # A word starting with a digit is a number being typed, its separators kept (below), unless
    # it holds a hyphen: no number separator ("3,000" and "1.5" are one token, "54-year-old" and
    # "2-0" the phrase of their parts, as submitted), so it is widened as any hyphenated word.
    # (a sign glued before it, "€1.2b" of "€1.2bn", is no part of the word: the parser drops it)
    first = SEARCH_TOKEN.search(word)
    core = word[first.start() :] if first is not None else word
    if ":" not in text.rsplit(maxsplit=1)[-1] and (not core[:1].isdigit() or _HYPHEN.search(word)):
        parts = list(SEARCH_TOKEN.finditer(word))
        if (
            parts
            and (fold(word[-1]) == "'" or word[-1] in _HYPHENS)
            and all(index_form(p.group()) is None for p in parts)
            and not _negated(text, last)
        ):
            # "O'", "l’", "d'": a one-letter part (or a stop word) and its apostrophe, the next part
            # not begun. As typed it searched no word ("no match" until two letters followed):
            # the articles where that part stands, by its stop form, as the quoted word ``"O"``.
            # So for stop words and a hyphen ("the-", "of-the-", and "the-g", its one-letter part
            # left out): the finished word ("the-government") is the phrase of its parts, stop
            # words as stop forms, so they are read so here too, ``"the"``, ``"of the"``; read
            # alone, a stop word is no word searched and the key showed "no match" (s42-q).
            start = len(text) - len(word)
            return f'{text[:start]}"{word[: parts[-1].end()]}"'
        if parts and parts[-1].end() < len(word):
            return text  # "state-", "U.S.": a part finished, the next not begun
        if len(parts) > 1:
            # A word of several tokens ("state-of-the-ar", "O'Brie", "e-mai"): its last token is
            # the one being typed. Widened whole it is no term's start (terms are tokens), so it
            # found nothing; the tokens before it are searched as the finished word searches them.
            tail = parts[-1]
            start = len(text) - len(word)
            if tail.group().isdigit() and len(tail.group()) < MIN_PREFIX:
                # One digit being typed ("2-0", "x-2", "COVID-1"): a part of its own (a score, a
                # model), as a digit typed alone is searched as typed; or the start of a longer
                # part ("COVID-19"): the word's phrase or its parts before it. Left out as a
                # letter is, "x-2" searched "x", which no term holds, and found nothing.
                if _negated(text, last):
                    # Excluded ("NOT covid-1", "-x-2"): the widened OR would exclude every article
                    # of its head, emptying the list until the next key (review s36-rv2 15).
                    return text
                head = text[start : start + parts[-2].end()]
                return f"{text[:start]}({word} OR {head})"
            if len(tail.group()) < MIN_PREFIX:
                # One letter being typed ("state-o", "forty-t"): not yet a part of the word's
                # phrase (read as one, "o" is no part of "state-of-the-art"): left out, so typing
                # on never finds less than the finished word. ("O'B": what "O'" finds.)
                return _widen_last(text[: start + tail.start()])
            if _JOINED.search(word) or _INNER_APOSTROPHE.search(fold(word)):
                # A hyphenated word ("take-of", "Ruiz-Cal", "state-of"): the prefix of its last
                # part, as submitted (``take-of*``: the parts in that order, the last any word
                # starting so, a stop word included; _Parser.term_query). Its parts before it
                # and the prefix apart found "take … Officer" (t13ad N22); the finished stop
                # word alone ("take of") found nothing. So for an inner apostrophe ("O'Bri",
                # "l'as" of "l'Assemblée", a stop word's prefix too, s42-q): the phrase prefix
                # ``O'Bri*``, never "Bri*" apart, which found every "Bridge" (round s53-s).
                return text + "*"
            # Its last part a prefix after parts joined otherwise, a stop word too:
            # read as a finished stop word it searched nothing while typed (s42-q).
            return f"{text[: start + tail.start()]} {tail.group()}*"
    # A number being typed keeps its separators, one ending it included: "3,0" and "3," of
    # "3,000", "412'0" of "412'000", "3,000," of "3,000,000" are the number prefixes "3,0*",
    # "3,*", "412'0*", "3,000,*" (prefixes.number_prefix), as submitted; read as the number
    # before the separator ("3," as 3) or as no word ("412'0"), typing on grew or emptied them.
    bare = _NUMBER_SEPARATOR.sub("", core).replace("-", "").replace(".", "")
    # A word's combining marks (a Devanagari vowel sign or virama, "राज", "नावि"; an accent typed
    # apart) are part of its letters, as the tokeniser reads them (tokens.COMBINING_MARKS): not
    # alphanumeric to ``str.isalnum``, they kept every such word from widening while typed,
    # though the same word submitted with ``*`` is a prefix (t13av N12).
    if len(word) >= MIN_PREFIX and _MARKS_IN_WORD.sub("", bare).isalnum():
        return text + "*"
    return text


def expand_prefixes(
    q: query.Query,
    prefix_query: Callable[[str, str, float], query.Query],
    char_query: Callable[[str, str, float], query.Query] | None = None,
    phrase_prefix: Callable[[str, list[str], str, float], query.Query] | None = None,
) -> query.Query:
    """Replace every ``Prefix`` node with ``prefix_query(field, prefix, boost)``: a query of
    the documents holding an expansion (one matching nothing when there is none, so that
    ``ferry qqqq*`` matches nothing rather than every "ferry" article); and every term of one
    CJK character with ``char_query(field, char, boost)``: a query of the documents holding it
    (CJK text is indexed as bigrams: the character alone is a term only where it stands alone,
    so ``上`` found almost nothing and ``NOT 上`` excluded almost nothing); and every
    :class:`PhrasePrefix` with ``phrase_prefix(field, words, prefix, boost)``: a query of the
    documents where the words stand right before a word starting with the prefix (exactly), or
    with the prefix alone when it is the phrase's one word (no ``phrase_prefix``: the phrases of
    the words and the prefix's completions are not known, so it matches nothing)."""
    if isinstance(q, PhrasePrefix):
        *words, prefix = q.words
        if not words:
            return prefix_query(q.fieldname, prefix, q.boost)
        if phrase_prefix is None:
            return no_match(q.fieldname, prefix, q.boost)  # no term: no match
        return phrase_prefix(q.fieldname, words, prefix, q.boost)
    if (
        char_query is not None
        and isinstance(q, query.Term)
        and q.fieldname not in KEYWORD_FIELDS
        and len(q.text) == 1
        and is_cjk(q.text)
    ):
        return char_query(q.fieldname, q.text, q.boost)
    # Entity names are indexed folded (case, accents), as whole names.
    if isinstance(q, query.Prefix):
        if q.fieldname not in KEYWORD_FIELDS and len(q.text) > 2 and all(is_cjk(c) for c in q.text):
            # CJK text is indexed as character bigrams: the texts starting with "人工智" are those
            # holding its bigrams in a row (人工 工智), whatever character follows.
            return query.Phrase(q.fieldname, cjk_bigrams(fold(q.text)), boost=q.boost)
        return prefix_query(
            q.fieldname, edge_apostrophes_dropped(fold(q.text)) if q.fieldname in KEYWORD_FIELDS else q.text, q.boost
        )
    if isinstance(q, (query.Phrase, query.Term)) and q.fieldname in KEYWORD_FIELDS:
        # (written as an entity term is: "who:Workers'" is "workers", tokens.name_form)
        text = edge_apostrophes_dropped(fold(" ".join(q.words) if isinstance(q, query.Phrase) else q.text))
        if text.endswith("*") and len(text) > 1:
            # ``said:"berg:balan*"`` (analysis/quotes/said.py: a prefix after said:NAME): the
            # speaker's quoted words starting with the prefix; ``entity:"Kelly Sm*"``: the
            # entity names starting with it.
            return prefix_query(q.fieldname, text[:-1], q.boost)
        spaced = " ".join(_NAME_HYPHEN_RUN.sub(" ", text).split())
        if spaced != text and " " in spaced:
            # ``who:Saint-Cyr``: a run of a longer hyphenated name's parts ("Renée Saint-Cyr-Müller")
            # is indexed with its hyphens read as spaces (tokens.name_forms, "saint cyr"), the
            # whole hyphenated word alone as written: either form finds it, as each part alone
            # and the plain word ``Saint-Cyr`` do (t13au N12: ``who:Saint-Cyr`` found nothing).
            return query.Or(
                [query.Term(q.fieldname, text, boost=q.boost), query.Term(q.fieldname, spaced, boost=q.boost)]
            )
        return query.Term(q.fieldname, text, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand_prefixes(child, prefix_query, char_query, phrase_prefix))


def has_negation(q: query.Query) -> bool:
    """True when ``q`` has a ``NOT`` anywhere."""
    if isinstance(q, query.Not):
        return True
    return not q.is_leaf() and any(has_negation(c) for c in q.children())


NOISE_ENTITY = "noise_entity"  # the entities named in the boilerplate alone (schema.py)


def in_boilerplate_too(q: query.Query) -> query.Query:
    """``q`` with each ``entity`` term also searched among the names the boilerplate alone
    holds (``noise_entity``), as an unfielded word is searched in ``noise`` too: the query of
    every field, whose article part (``MAIN_FIELDS``) has the ``entity`` term alone."""

    def widen(node: query.Query) -> query.Query:
        if isinstance(node, query.Term) and node.fieldname == "entity":
            return query.Or([node, query.Term(NOISE_ENTITY, node.text, boost=node.boost)])
        return node

    return q.accept(widen)


def negations_from(q_main: query.Query, q: query.Query) -> query.Query:
    """``q_main`` (the query over the article fields) with each ``NOT`` clause taken from ``q``
    (the same query over every field): a ``NOT`` excludes an article holding the word anywhere
    it is searched, its boilerplate included, in the article pass too. ``q`` itself when the
    two trees do not pair up node for node."""
    if not has_negation(q_main):
        return q_main

    def pair(a: query.Query, b: query.Query) -> query.Query | None:
        if isinstance(a, query.Not) and isinstance(b, query.Not):
            return b
        if not has_negation(a):
            return a
        if type(a) is not type(b) or a.is_leaf() or b.is_leaf():
            return None
        kids_a, kids_b = list(a.children()), list(b.children())
        if len(kids_a) != len(kids_b):
            return None
        paired = [pair(x, y) for x, y in zip(kids_a, kids_b, strict=True)]
        if any(p is None for p in paired):
            return None
        it = iter(paired)
        return a.apply(lambda _child: next(it))

    got = pair(q_main, q)
    return q if got is None else got


def positive_terms(q: query.Query, *, grouped: bool = False) -> set[tuple[str, str]]:
    """(field, term) pairs a hit can contain: every term not under a ``NOT``; ``grouped``: those
    of the :class:`SaidGrouped` nodes too (else left out)."""
    out: set[tuple[str, str]] = set()

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not) or (not grouped and isinstance(node, SaidGrouped)):
            return
        if isinstance(node, CompletedPhrases):
            out.update((node.fieldname, w) for run in node.runs for w in run if not w.startswith(TYPED_END))
            walk(node.a)  # its documents (the ranking part's words are the runs')
        elif isinstance(node, CjkCharTerm):
            out.add((node.fieldname, node.char))  # (not the bigram: the character is lit alone)
        elif isinstance(node, query.Term):
            out.add((node.fieldname, node.text))
        elif isinstance(node, query.Phrase):
            out.update((node.fieldname, w) for w in node.words)
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out


def phrase_runs(q: query.Query, fields: Iterable[str] | None = None) -> set[tuple[str, ...]]:
    """The phrases of ``q`` (not under a ``NOT``; of ``fields`` when given) as the runs of
    terms that must stand in a row: a quoted phrase's words, stop words' forms included
    (``"state of the art"``), a CJK word's overlapping bigrams (人工 工智 智能 for 人工智能), and
    a quoted stop word alone (``"the"``, a term no word query searches). Highlighted only where
    the whole run occurs (``snippets.match_spans``)."""
    out: set[tuple[str, ...]] = set()
    wanted = None if fields is None else set(fields)

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, CompletedPhrases):
            if wanted is None or node.fieldname in wanted:
                out.update(node.runs)
        elif isinstance(node, TypedEndPhrase):
            if node.words and (wanted is None or node.fieldname in wanted):
                out.add(node.run())
        elif isinstance(node, query.Phrase):
            if node.words and (wanted is None or node.fieldname in wanted):
                out.add(tuple(node.words))
        elif isinstance(node, query.Term):
            if (
                is_stop_form(node.text)
                and not isinstance(node, StopPrefixTerm)
                and (wanted is None or node.fieldname in wanted)
            ):
                out.add((node.text,))
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out


def term_words(q: query.Query) -> set[str]:
    """The words of the ``Term`` nodes of ``q`` (not under a ``NOT``): words searched alone."""
    out: set[str] = set()

    def walk(node: query.Query) -> None:
        # (a grouping's said terms are no words; a phrase prefix's words stand in its runs)
        if isinstance(node, (query.Not, SaidGrouped, CompletedPhrases)):
            return
        if isinstance(node, CjkCharTerm):
            out.add(node.char)
        elif isinstance(node, query.Term):
            out.add(node.text)
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out


def describe_terms(terms: Iterable[tuple[str, str]]) -> list[str]:
    """The query's terms as the results list them (``Results.terms``, ``search --json``'s
    "terms"): each text once, sorted; a term holding a control character left out. No token
    holds one (the text's controls are spaces, ``text.controls_as_spaces``): such a term is a
    query's mark of matching nothing (:func:`~waic_reader.index.search.whoosh.analyzer.no_match`),
    no word searched for (review s51-rv F2: "\\u000010." was listed)."""
    return sorted({t for _, t in terms if not any(unicodedata.category(c) == "Cc" for c in t)})
