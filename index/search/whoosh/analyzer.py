"""The text analyzer shared by indexing, querying and match highlighting.

Porter stemming breaks type-ahead: "organiza*" cannot match the stem "organ". So terms are only
folded (case, accents: :func:`waic_reader.index.corpus.tokens.fold`) and from plural to singular
("chips" → "chip", "companies" → "company"), which keeps every typed prefix a prefix of the
indexed term. Chinese, Japanese and Korean text is indexed as overlapping character bigrams
(:func:`~waic_reader.index.corpus.tokens.search_tokens`); a query word of CJK text becomes the
phrase of its bigrams.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import accumulate
from operator import sub

from whoosh import query
from whoosh.analysis import Token, Tokenizer
from whoosh.analysis.filters import STOP_WORDS
from whoosh.fields import TEXT
from whoosh.formats import Positions

from waic_reader.index.corpus.tokens import (
    ASCII_SEARCH_TOKEN,
    SEARCH_TOKEN,
    ascii_digits,
    cjk_bigrams,
    dotted_clock,
    fold,
    fold_number,
    is_cjk,
    meridiem_form,
    number_forms,
    percent_words,
    search_tokens,
)
from waic_reader.index.search.whoosh.pickled import stable_name

# Words ending in "s" that are not plurals of a shorter word worth folding to.
_KEEP_S = frozenset(
    "news series species always perhaps thus this is was has its his hers ours yours theirs "
    "does goes whereas less unless across chaos bus gas plus bonus campus census status virus "
    "crisis analysis basis thesis diagnosis emphasis axis tennis texas paris athens brussels "
    "lagos davos physics politics economics mathematics ethics statistics means".split()
)


def fold_plural(word: str) -> str:
    if len(word) <= 3 or word in _KEEP_S or not word.endswith("s") or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


# Tokens are :data:`waic_reader.index.corpus.tokens.SEARCH_TOKEN`: apostrophes (straight and
# curly) split words, so "China’s" indexes as "china" (the "s" is dropped by the minimum size);
# numbers keep their separators ("3,000" → "3000", "1.5"); CJK runs become character bigrams.
TOKEN_RE = SEARCH_TOKEN
_STOPS = frozenset(STOP_WORDS)

# A token that is not indexed as a word (a stop word, a one-letter word) is
# kept at its position as this mark and its folded form ("of" → "\x01of"): no query word is
# searched by such a term, and it sorts before every word (prefix tables and prefix expansions
# never see it), but a phrase holding the word checks it there, so ``"state of the art"`` needs
# "of" and "the" between "state" and "art", not any two dropped words. Positions count every
# token (no renumbering over kept tokens).
STOP_MARK = "\x01"
# The first character of a query's term that matches nothing (no token holds a control
# character): :func:`no_match`. Never listed as a query's term (parser.describe_terms).
NO_MATCH_MARK = "\x00"


def no_match(fieldname: str, text: str, boost: float = 1.0) -> query.Term:
    """A term of ``fieldname`` that no document holds (``text`` marked with :data:`NO_MATCH_MARK`):
    what a prefix, a phrase's last word or a time half typed with no expansion in the index is
    searched by, so that an AND with it matches nothing, where leaving it out would match the
    rest alone ("ferry qqqq*" would find every ferry)."""
    return query.Term(fieldname, NO_MATCH_MARK + text, boost=boost)


def stop_form(token: str) -> str:
    """The term a token that :func:`token_forms` drops is kept as at its position (see
    :data:`STOP_MARK`): the mark and the token folded (a number without separators)."""
    t = fold(token)
    return STOP_MARK + (fold_number(t) if t[:1].isdigit() else t)


def is_stop_form(term: str) -> bool:
    """True for a term made by :func:`stop_form`."""
    return term[:1] == STOP_MARK


def index_form(token: str) -> str | None:
    """What the analyzer indexes for one token (None when it is dropped as a stop word): the
    folded word (:func:`~waic_reader.index.corpus.tokens.fold`) with a plural ending removed, a
    number without thousands separators, a CJK bigram as written (NFKC). A query word is
    searched by this form alone."""
    forms = token_forms(token)
    return forms[0] if forms is not None else None


def token_forms(token: str) -> tuple[str, ...] | None:
    """Every form the analyzer indexes at one token's position, :func:`index_form` first (None
    for a stop word): a plural also as written, folded ("Ferries" → ("ferry", "ferries")), so
    that a prefix of the written word finds it (``ferri*``, ``boxe*``) while the word and its
    singular still find each other; a number with both readings of an ambiguous separator
    ("3.000" → ("3000", "3.000"): :func:`~waic_reader.index.corpus.tokens.number_forms`), and a
    number glued to a multiplier or unit also as the number (:func:`glued_number`: "18.4bn" →
    ("18.4bn", "18.4")). (A percentage's words are added apart: :func:`word_forms`.)"""
    first = token[0]
    if first >= "\u1100" and is_cjk(first):
        return (fold(token),)
    t = fold(token)
    if first.isdigit():
        # A number: its forms ("3.000": 3000 and, as written, three; see number_forms). A
        # one-digit number is a number too ("$3 billion" is not "$7 billion").
        forms = number_forms(t)
        if t[-1:].isalpha() and (number := glued_number(t)) is not None:
            # "18.4bn", "15km": the number's forms too, so ``18.4`` finds "€18.4bn" (t13al N12)
            return (*forms, *(f for f in number_forms(number) if f not in forms))
        return forms
    t = meridiem_form(t)  # "p.m." is "pm"
    if len(t) < 2 or t in _STOPS:
        return None
    single = fold_plural(t)
    return (single,) if single == t else (single, t)


# A number written with a word glued after it: the number (digits and their separators) and the word.
_GLUED = re.compile(r"(\d(?:[\d.,]*\d)?)([^\W\d_]+)")


def glued_number(token: str) -> str | None:
    """The number of a folded ``token`` that is a number glued to a multiplier or a unit as the
    figure recogniser reads them (``analysis.figures``' SCALES, MONEY_SCALES and UNITS written as
    one word: "18.4bn" → "18.4", "40m" → "40", "3,000km" → "3,000"), else None ("1990s", "3rd",
    "4g": no scale or unit). A percentage is not one: ``45`` never finds "45%"."""
    m = _GLUED.fullmatch(token)
    return m.group(1) if m is not None and m.group(2) in _glued_suffixes() else None


@cache
def _glued_suffixes() -> frozenset[str]:
    """The figure recogniser's multipliers, units and percentage points of letters alone, folded (imported when a
    glued number is first met: the recogniser's patterns take a while to compile)."""
    from waic_reader.index.analysis.figures import MONEY_SCALES, PERCENTAGE_POINTS, SCALES, UNITS

    # (percentage points are a difference of percentages, no percentage: "3.2ppt" is found by 3.2
    # as "3.2 percentage points" is, t13al-r S7)
    return frozenset(fold(w) for w in (*SCALES, *MONEY_SCALES, *UNITS, *PERCENTAGE_POINTS) if w.isalpha())


def word_forms(token: str, form: str | None) -> list[tuple[str, int, int]]:
    """(indexed form, start, end) of the words of a percentage written out (``token`` "45 per
    cent", indexed as ``form`` "45%": per 3-6, cent 7-11; offsets into ``token``): indexed
    beside it, at its position, so ``percent`` finds "45 percent" as it did before the
    percentage was one term. None for any other token (checked cheaply: ``form`` ends in "%"
    and ``token`` does not)."""
    if form is None or form[-1:] != "%" or token[-1:] in "%\uff05":
        return []
    out = [(f, start, end) for w, start, end in percent_words(token) if (f := index_form(w)) is not None]
    if len(out) > 1:
        # The words together too, as one term over them ("per cent"): a quoted phrase of them,
        # whose words here stand at one position, is searched by it (percent_runs; t13ak N13).
        out.append((" ".join(f for f, _a, _b in out), out[0][1], out[-1][2]))
    return out


def percent_runs(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of each run ``words[start:end]`` (a phrase's indexed forms, in order;
    two or three words) that a percentage written out keeps as one term at its position
    (:func:`word_forms`: "per", "cent" → "per cent"), in order, not overlapping. The index keeps
    a percentage's words at its one position, so a phrase holding them matches there only with
    the run as that term."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words) - 1:
        for end in range(min(len(words), i + 3), i + 1, -1):
            joined = " ".join(words[i:end])
            forms = word_forms(f"1 {joined}", "1%")
            if forms and forms[-1][0] == joined and len(forms) == end - i + 1:
                out.append((i, end, joined))
                i = end
                break
        else:
            i += 1
    return out


def is_stop_word(word: str) -> bool:
    """True when ``word`` (folded) is a stop word: not indexed as a word, kept as its stop form."""
    return word in _STOPS


def covers_stop_word(prefix: str) -> bool:
    """True when ``prefix`` (folded) starts a stop word (``th`` → "the", "that"; ``an`` →
    "an", "and"): stop words are not indexed, so which articles hold that word is unknown."""
    p = fold(prefix)
    return bool(p) and any(s.startswith(p) for s in _STOPS)


# A number prefix written with comma separators ("3,000", "3,00", "12,345,6") or with dots
# ("1.200", "12.00", "1.2": a thousands separator or a decimal point, both readings): kept as
# written (prefixes.number_prefix reads its grouping: "3,000*" is not "30,000").
_GROUPED_PREFIX = re.compile(r"\d{1,3}(?:,\d{3})*,\d{0,3}|\d{1,3}(?:\.\d{3})*\.\d{0,3}")
# The other thousands separators of a number prefix (Swiss "412'0", "1’000’0"): read as commas.
_OTHER_GROUP_SEPARATOR = re.compile(r"(?<=\d)['’](?=\d|$)")


def query_form(text: str) -> str:
    """The form of a query text taken whole, a prefix before ``*``: folded like a token, but
    never from plural to singular (the written prefix is searched: ``cros*`` is not ``cro*``;
    plurals are indexed as written too, see :func:`token_forms`); a number grouped with commas
    as written (its grouping narrows the prefix: :func:`~.prefixes.number_prefix`), one grouped
    with apostrophes too, read with commas (``412'0`` is ``412,0``: not "41'200"), one grouped
    with dots as written too (``1.200``: 1,200 or the decimal, as the text's "1.200" is indexed
    both ways: :func:`~waic_reader.index.corpus.tokens.number_forms`)."""
    t = fold(text)
    if t[:1].isdigit():
        grouped = _OTHER_GROUP_SEPARATOR.sub(",", t)
        if _GROUPED_PREFIX.fullmatch(grouped) is not None:
            return grouped
        t = fold_number(t)
    return meridiem_form(t)


@stable_name("SearchAnalyzer")  # pickled in the index's schema: never by module path (see pickled.py)
class SearchAnalyzer(Tokenizer):
    """whoosh analyzer of every text field: the forms of :func:`token_forms` as whoosh ``Token``
    objects (a query: the first form of each token only).

    Positions count every token, those not indexed as words included (as whoosh's
    ``StopFilter(renumber=False)``). With ``removestops=False`` a dropped token is given as its
    :func:`stop_form` (``stopped`` True): what the index keeps at its position, and what a
    phrase's stop word is searched by; with ``removestops=True`` (plain query words) it is left
    out.
    """

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = query_form(value)
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        cache = _FORMS
        for raw, (tok, start, end) in enumerate(search_tokens(value)):
            forms = cache.get(tok, ())
            if forms == ():
                forms = token_forms(tok)
                if len(cache) < _FORMS_MAX:
                    cache[tok] = forms
            if forms is None:
                if removestops:
                    continue
                t.text, t.stopped = stop_form(tok), True
            else:
                t.text, t.stopped = forms[0], False
            if positions:
                t.pos = start_pos + raw
            if keeporiginal:
                t.original = tok
            t.boost = 1.0
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t
            if mode == "query" or forms is None:
                # A query word is searched by its first form only ("ferries" → "ferry", which
                # every plural is indexed as); a query's "45 percent" is the percentage alone,
                # so its phrases keep their positions.
                continue
            for extra in forms[1:]:  # the plural as written, at the same position and span
                t.text = extra
                yield t
            if _CLOCK_SHAPED(forms[0]) and (clock := dotted_clock(value, start, end)) is not None:
                # A time written with a dot ("04.10 CET"), also as a colon's time is indexed
                # (tokens.dotted_clock), so "04:" and "4:10" find it and no price does.
                t.text = clock
                yield t
            if forms[0][-1] == "%":
                # A percentage's words, at its position (see word_forms).
                for extra, a, b in word_forms(tok, forms[0]):
                    t.text = extra
                    if keeporiginal:
                        t.original = tok[a:b]
                    if chars:
                        t.startchar, t.endchar = start_char + start + a, start_char + start + b
                    yield t


def analyzer() -> SearchAnalyzer:
    return SearchAnalyzer()


def terms_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) for every indexed token of ``text``, offsets into ``text``."""
    for t in ANALYZER(text, chars=True, removestops=True, mode="index"):
        yield t.text, t.startchar, t.endchar


ANALYZER = analyzer()


# Indexed forms of each token text seen (:func:`token_forms`; None: a stop word); bounded,
# cleared when full.
_FORMS: dict[str, tuple[str, ...] | None] = {}
_FORMS_MAX = 200_000


# Array type codes of position deltas by the largest delta they must hold.
_ITEMSIZE = {ord(code): array(code).itemsize for code in "BHIQ"}


@stable_name("IndexPositions")  # pickled in the index's schema (see pickled.py)
class IndexPositions(Positions):
    """whoosh's ``Positions`` format with a compact posting value, and a fast path for text
    analysed by :data:`ANALYZER`.

    whoosh stores a posting's positions as a 4-byte count and a pickled list of deltas (~12
    bytes of overhead a posting, which it then zlib-compresses block by block). Here the value
    is one type-code byte and the deltas as a machine ``array`` ("B", "H", "I" or "Q": the
    narrowest that holds them), decoded at C speed; blocks are written uncompressed (see
    ``search._codec``). whoosh reads positions through the format's ``decode_*`` methods, so
    its own matchers (phrases, highlighting) read these values unchanged. The index lives in
    the user's cache, so native byte order is fine.

    ``word_values`` turns text into postings in one loop (no ``Token`` objects; each distinct
    token's indexed form computed once per process): the same terms and positions as the
    analyzer chain gives.
    """

    def encode(self, poslist):  # type: ignore[no-untyped-def]
        if len(poslist) == 1:  # most postings: one occurrence
            deltas = poslist
            top = poslist[0]
        else:
            deltas = [poslist[0], *map(sub, poslist[1:], poslist)]
            top = max(deltas)
        code = "H" if top < 65536 else "I" if top < 4294967296 else "Q"
        if top < 256:
            return b"B" + bytes(deltas)
        return code.encode("ascii") + array(code, deltas).tobytes()

    # Values of type code "B" are the deltas as bytes (postings.decode_positions reads them so).
    byte_deltas = True

    def decode_positions(self, valuestring):  # type: ignore[no-untyped-def]
        return list(accumulate(array(chr(valuestring[0]), valuestring[1:])))

    def decode_frequency(self, valuestring):  # type: ignore[no-untyped-def]
        return (len(valuestring) - 1) // _ITEMSIZE[valuestring[0]]

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(analyzer, SearchAnalyzer) or type(value) is not str:
            yield from super().word_values(value, analyzer, **kwargs)
            return
        poses = positions_of(value)
        fb = self.field_boost
        encode = self.encode
        for w, poslist in poses.items():
            # A stop form counts 0 towards the field's length: BM25F lengths (and every word
            # query's score) stay those of the words alone.
            freq = 0 if w[0] == STOP_MARK else len(poslist)
            yield (w, freq, float(len(poslist)) * fb, encode(poslist))


# The last text analysed by positions_of and its result: a field's edge n-grams
# (:mod:`.prefixes`) are made from the forms of the text field just indexed.
_LAST: tuple[str, dict[str, list[int]]] = ("", {})


def positions_of(value: str) -> dict[str, list[int]]:
    """{indexed form: positions} of ``value``: the analyzer's terms and positions in one loop
    (no ``Token`` objects; each distinct token's terms computed once per process), the
    :func:`stop_form` of every token not indexed as a word included (``removestops=False``)."""
    global _LAST
    if _LAST[0] is value:
        return _LAST[1]
    cache = _TERMS
    if len(cache) > _FORMS_MAX:
        cache.clear()
    poses: dict[str, list[int]] = {}
    pos = -1
    # Digits of other scripts are indexed as their values ("١٬٢٠٠" as 1,200: tokens.ascii_digits,
    # as search_tokens reads them; t13az N9).
    read = ascii_digits(value)
    tokens = ASCII_SEARCH_TOKEN if read.isascii() else TOKEN_RE
    if _MAY_HOLD_CLOCK.search(read) is not None:
        # (A dotted time's term depends on what stands around it: the slower loop with offsets.)
        return _positions_with_clocks(read, tokens)
    for run in tokens.findall(read):
        first_char = run[0]
        grams = cjk_bigrams(run) if first_char >= "\u1100" and is_cjk(first_char) else (run,)
        for tok in grams:
            pos += 1
            terms = cache.get(tok)
            if terms is None:
                terms = cache[tok] = _position_terms(tok)
            for term in terms:
                got = poses.get(term)
                if got is None:
                    poses[term] = [pos]
                elif got[-1] != pos:  # (two terms of one token may be the same)
                    got.append(pos)
    _LAST = (value, poses)
    return poses


def _positions_with_clocks(value: str, tokens: re.Pattern[str]) -> dict[str, list[int]]:
    """:func:`positions_of` of a ``value`` that may hold a time written with a dot: each such
    token's colon form too (:func:`~waic_reader.index.corpus.tokens.dotted_clock`), at its
    position, as :class:`SearchAnalyzer` gives it."""
    global _LAST
    poses: dict[str, list[int]] = {}
    pos = -1
    for match in tokens.finditer(value):
        run = match.group()
        first_char = run[0]
        grams = cjk_bigrams(run) if first_char >= "\u1100" and is_cjk(first_char) else (run,)
        for tok in grams:
            pos += 1
            terms = _TERMS.get(tok)
            if terms is None:
                terms = _TERMS[tok] = _position_terms(tok)
            if _CLOCK_SHAPED(tok) and (clock := dotted_clock(value, match.start(), match.end())) is not None:
                terms = (*terms, clock)
            for term in terms:
                got = poses.get(term)
                if got is None:
                    poses[term] = [pos]
                elif got[-1] != pos:
                    got.append(pos)
    _LAST = (value, poses)
    return poses


# A token that may be a time written with a dot, and a text that may hold one (cheap tests before
# tokens.dotted_clock reads the context).
_CLOCK_SHAPED = re.compile(r"\d{1,2}\.\d\d").fullmatch
_MAY_HOLD_CLOCK = re.compile(r"(?<![\d.])\d{1,2}\.\d\d(?![\d.])")


# The terms positions_of puts at one token's position, by token text (bounded, cleared when full).
_TERMS: dict[str, tuple[str, ...]] = {}


def _position_terms(tok: str) -> tuple[str, ...]:
    """Every term indexed at one token's position, in order: its :func:`stop_form` when it is
    not indexed as a word, else its :func:`token_forms` (the form, a plural as written) and a
    percentage's words (:func:`word_forms`)."""
    forms = token_forms(tok)
    if forms is None:
        return (stop_form(tok),)
    if forms[0][-1] == "%":
        return (*forms, *(extra for extra, _a, _b in word_forms(tok, forms[0])))
    return forms


def indexed_text(**options: object) -> TEXT:
    """A ``TEXT`` field of :data:`ANALYZER` with positions, indexed through :class:`IndexPositions`."""
    field = TEXT(analyzer=ANALYZER, phrase=True, **options)
    field.format = IndexPositions(field_boost=field.format.field_boost)
    return field
