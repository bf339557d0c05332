"""Exact prefix search: which documents hold a word starting with a prefix, every one of them.

A prefix query (``sem*``) must match every document having a term that starts with it, but
reading the postings of every expansion of a short prefix is slow (a 2-letter prefix has a
thousand or more terms on 10k articles). So each searched text field has an edge n-gram
companion field (``content_prefix`` for ``content``...) holding, per document, the first 2 to
:data:`EDGE_MAX` characters of each of its terms, without positions: the documents of a short
prefix are one posting list. Longer prefixes have few expansions (at most ~100 terms on 10k
synthetic articles for 5 letters), which are all searched.

Ranking needs the expansions' BM25F scores: a short prefix is ``AndMaybe(membership, Or(the
most frequent expansions))``, so every member matches and the frequent words rank first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from whoosh.fields import FieldType
from whoosh.formats import Existence

from waic_reader.index.search.whoosh.analyzer import ANALYZER, STOP_MARK, SearchAnalyzer, positions_of
from waic_reader.index.search.whoosh.pickled import stable_name

PREFIX_FIELDS = {"title": "title_prefix", "content": "content_prefix", "noise": "noise_prefix"}
BASE_FIELD = {v: k for k, v in PREFIX_FIELDS.items()}
EDGE_MIN = 2
EDGE_MAX = 4  # measured on 10k articles: 5-letter prefixes have at most 110 expansions
# A membership posting's score (times the field boost): below any word's BM25F score, so the
# documents matched only through a rare expansion rank after those with a frequent one.
MEMBERSHIP_BOOST = 0.01


@stable_name("EdgePrefixes")  # pickled in the index's schema (see pickled.py)
class EdgePrefixes(Existence):
    """Postings of the distinct ``EDGE_MIN``..``EDGE_MAX``-character prefixes of a text's
    indexed forms (the forms :func:`~.analyzer.positions_of` gives)."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(analyzer, SearchAnalyzer) and type(value) is str:
            forms: Any = positions_of(value)
        else:
            forms = {t.text for t in analyzer(value, mode="index")}
        grams = set()
        for f in forms:
            if f[0] == STOP_MARK:  # a stop word's term (analyzer.stop_form): not a word to expand to
                continue
            for k in range(EDGE_MIN, min(len(f), EDGE_MAX) + 1):
                grams.add(f[:k])
        fb = self.field_boost
        return ((g, 1, fb, b"") for g in grams)


def prefix_field() -> FieldType:
    """The edge n-gram companion of a text field (indexed from the same text, never stored)."""
    return FieldType(format=EdgePrefixes(), analyzer=ANALYZER, scorable=False, stored=False)


def prefix_frequencies(searcher: Any, fieldname: str, prefix: str, scan: int | None = None) -> list[tuple[int, str]]:
    """(document frequency, term) of the first ``scan`` (None: all) terms of ``fieldname`` (in
    lexical order) that start with ``prefix``, frequencies summed over the index's segments: the
    same list as ``reader.iter_prefix`` over the whole index, cut at ``scan`` terms.

    Each segment's terms are read with their term infos in one ordered scan; whoosh's reader of
    several segments looks every term up again in every segment (two hash probes a segment),
    ~45 ms of the 69 ms a 2-letter prefix typed took on 10k articles in two segments.
    """
    freqs: dict[bytes, int] = {}
    for sub, _off in searcher.leaf_searchers():
        r = sub.reader()
        for n, (text, info) in enumerate(r.iter_prefix(fieldname, prefix)):
            if (
                scan is not None and n >= scan
            ):  # a term past this segment's first ``scan`` is past the index's first too
                break
            freqs[text] = freqs.get(text, 0) + info.doc_frequency()
    first = (
        sorted(freqs)[:scan] if scan is not None else sorted(freqs)
    )  # bytes order: UTF-8 keeps code point order, as the index does
    return [(freqs[t], t.decode("utf-8") if isinstance(t, bytes) else t) for t in first]


def has_table(fieldname: str, prefix: str) -> bool:
    """True when ``prefix`` of ``fieldname`` is answered by its edge n-gram field."""
    return fieldname in PREFIX_FIELDS and EDGE_MIN <= len(prefix) <= EDGE_MAX


# Commas, or dots (one separator throughout: "1.200.0"), as the text's "1.200" is read both as
# 1,200 and as a decimal (tokens.number_forms); the decimal reading is the prefix as written.
_GROUPED_START = re.compile(r"(\d{1,3})((?:,\d{3})*),(\d{0,3})|(\d{1,3})((?:\.\d{3})*)\.(\d{0,3})")
_LEADING_DIGITS = re.compile(r"\d+")
# The digits a single dot must be followed by for a prefix to be read as thousands too ("1.20*",
# "12.00*"): with one or none ("12.5*", "1.2*", "1.*") it is a decimal being written, as one
# decimal digit is how news writes most figures ("12.5 per cent", "€1.2bn"), and "12,500" or every
# 1,xxx is never what it starts (review s50-rv2 #4, round s51-f). Two dots are thousands throughout.
_LEAST_GROUP_DIGITS = 2


def number_prefix(prefix: str) -> tuple[str, Callable[[str], bool]] | None:
    """For the start of a number written with thousands separators ("3,00", "7,0", "12,345,6",
    and a complete group too: "3,000"): the indexed prefix (separators dropped as
    :func:`~waic_reader.index.corpus.tokens.fold_number` drops them: "300", "3000") and a test
    of an indexed term starting with it, true when the number, written with separators, starts
    with ``prefix`` ("3000" and "3005%" for "3,00"; "3000" and "3000000" for "3,000"; not "300",
    "30000" or "300000", which are "30,000" and "3,00,000"). Dots are read as commas here
    ("1.200": "1200", "1200000"; not "12000"), a dot being also a decimal point: the caller adds
    the terms starting with ``prefix`` as written ("1.200", "1.25"); but a single dot followed by
    fewer than :data:`_LEAST_GROUP_DIGITS` digits is a decimal only ("12.5", "1."). None for
    anything else (an ordinary prefix)."""
    m = _GROUPED_START.fullmatch(prefix)
    if m is None:
        return None
    dotted = m.group(1) is None
    head, groups, last = m.groups()[:3] if not dotted else m.groups()[3:]
    if dotted and not groups and len(last) < _LEAST_GROUP_DIGITS:
        return None  # a decimal being written ("12.5", "1."): read as written only
    digits = head + groups.replace(",", "").replace(".", "") + last
    least = len(head) + 3 * (len(groups) // 4 + 1)  # integer digits of the shortest match

    def fits(term: str) -> bool:
        whole = _LEADING_DIGITS.match(term)
        n = len(whole.group()) if whole is not None else 0
        return n >= least and (n - len(head)) % 3 == 0

    return digits, fits
