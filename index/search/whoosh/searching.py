"""Running a search on a whoosh index: the article fields first, the boilerplate only when they
do not fill the page, the total counted (or estimated, for a phrase), and the hits made with
what each lights (:func:`~.hits.make_hit`).

Plain functions of the :class:`~.engine.SearchIndex` searched (its parsed queries, its bulk
scorer, its searcher under its lock).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from whoosh import query as wquery

from waic_reader.index.search.model import Results
from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.search.whoosh import query_reading
from waic_reader.index.search.whoosh.article_spans import TEXT_FIELDS
from waic_reader.index.search.whoosh.bulk_scorer import collect
from waic_reader.index.search.whoosh.dropped_words import dropped_alone, dropped_word_runs
from waic_reader.index.search.whoosh.hits import make_hit
from waic_reader.index.search.whoosh.matching import docset, few_matches, matched_fields, rest_of
from waic_reader.index.search.whoosh.prefixes import BASE_FIELD

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.engine import SearchIndex


# What a hit lights: (field, term) terms, (field, prefix) prefixes, (field, words) phrase runs,
# the words also searched alone (make_hit's arguments).
Lit = tuple[set[tuple[str, str]], set[tuple[str, str]], set[tuple[str, tuple[str, ...]]], set[str]]


def lit_terms(q: wquery.Query, text: str = "") -> Lit:
    """What a hit of the parsed query ``q`` (typed as ``text``) lights (:func:`~.hits.make_hit`):
    its (field, term) terms, (field, prefix) prefixes, (field, words) phrase runs (a word no query
    searches beside its neighbour, "Ó Fearghail", too: :func:`~.dropped_words.dropped_word_runs`) and
    the words also searched alone."""
    terms = uq.positive_terms(q)
    prefixes = {(BASE_FIELD[f], p) for f, p in terms if f in BASE_FIELD}
    # A name searched in the boilerplate too is the entity's name (lit where it is mentioned).
    terms = {("entity" if f == uq.NOISE_ENTITY else f, t) for f, t in terms if f not in BASE_FIELD}
    runs = {(f, r) for f in (*TEXT_FIELDS, "title") for r in uq.phrase_runs(q, (f,)) | dropped_word_runs(text)}
    return terms, prefixes, runs, uq.term_words(q)


def run_search(index: SearchIndex, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
    """Top ``limit`` hits: article matches (title, body) first, then boilerplate-only ones.

    The article fields are searched first; the boilerplate field (``noise``), which carries
    the same "Related"/"Powered by" lines in thousands of articles, is only searched when
    the article matches do not fill the page. ``total`` counts every match of the full
    query (titles, bodies and boilerplate); when that count would cost a second pass over
    the postings (a phrase whose article matches already fill the page), the number of
    article matches is given instead and ``total_exact`` is False. A phrase with more than
    ``PHRASE_CHECK_ALL`` candidate documents has its positions checked only until the page
    is settled (the page is exact); its count is then estimated (``total_exact`` False).
    """
    start = time.perf_counter()
    index.catch_up()
    q = index.parse(text, typing=typing)
    q_main = index.parse_main(text, typing=typing)
    lit = lit_terms(q, text)
    # A number and the start of a percent word ("65 per"): an article holding the percentage
    # is lit by that reading alone (Workspace.lit_query), never at a bare "65" found first.
    value = uq.value_reading(text, typing=typing)
    value_lit = lit_terms(index.parse(value)) if value is not None else None
    # An entity term also finds the articles the corpus grouping gives that name.
    q, q_main = query_reading.grouped(index, q), query_reading.grouped(index, q_main)
    with index.lock:
        s = index.searcher()
        # One pass that scores and counts (no block-quality skipping: measured slower here,
        # and a skipping pass needs a second one to count). No terms=True either: which
        # fields matched is worked out for the returned hits only (matched_fields).
        bulk = index.bulk_scorer(s)
        bulk.clear()
        total_exact = True
        lazy = None
        if q_main != q and limit is not None and few_matches(s, q_main, limit):
            # A phrase whose words are rare in articles: its matches cannot fill the page,
            # so the boilerplate pass would run anyway; one pass over every field is cheaper.
            top, total = collect(s, q, limit, bulk)
        else:
            if limit is not None and bulk.ok:
                # A phrase with many candidates: positions checked until the page is settled.
                lazy = bulk.phrase_top(q_main, limit)
            if lazy is not None:
                top, total, total_exact = lazy
            else:
                top, total = collect(s, q_main, limit, bulk)
        if limit is None or total < limit:
            if q_main != q:
                seen = {docnum for docnum, _ in top}
                rest = rest_of(q, q_main)
                if rest is not None:
                    # One clause ("Nvidia", "people said"): only its boilerplate part is new.
                    more, _n = collect(s, rest, None, bulk)
                    more = [(d, sc) for d, sc in more if d not in seen]
                    total += len(more)
                else:
                    more, total = collect(s, q, limit, bulk)
                extra = [(d, sc) for d, sc in more if d not in seen]
                top = top + (extra if limit is None else extra[: limit - len(top)])
        elif q_main != q and total_exact:
            # The count of every match: the article matches just scored, plus those only in
            # the boilerplate (one clause: its boilerplate part; else the whole query again).
            rest = rest_of(q, q_main)
            main_docs = bulk.last_docs
            noise_docs = docset(s, rest, bulk) if rest is not None and main_docs is not None else None
            full = docset(s, q, bulk) if noise_docs is None else None
            if noise_docs is not None and main_docs is not None:
                total = len(main_docs) + len(noise_docs.difference(main_docs))
            elif full is not None:
                total = len(full)
            else:  # a phrase: counting its boilerplate matches means checking positions
                total_exact = False
        top_fields = [(docnum, s.stored_fields(docnum), score) for docnum, score in top]
        matched = matched_fields(s, q, [docnum for docnum, _ in top], bulk)
        bulk.clear()

    def lit_by(doc: str) -> Lit:
        if value is not None and value_lit is not None and index.doc_matches(doc, value, in_article=True):
            return value_lit
        return lit

    hits = [
        make_hit(index, stored["doc"], stored, score, matched.get(docnum, set()), *lit_by(stored["doc"]), q)
        for docnum, stored, score in top_fields
    ]
    # Hits only in boilerplate rank below every hit in the article itself.
    hits.sort(key=lambda h: ("content" not in h.where, -h.score))
    results = Results(text, total, hits, uq.describe_terms(lit[0]), (time.perf_counter() - start) * 1000, total_exact)
    if (not typing or total == 0) and (dropped := dropped_alone(text)):
        # "Ó", "the": no word searched; said, as a set-aside syntax is, never a silent 0 (t13ar N13).
        # While typing, a first letter is the start of a word, so it is said only when nothing is
        # found: a lone letter typed ("Ó", "Ō") said "No article matches Ó" alone, as if the
        # letter had been searched (t13av N20).
        results.unsupported = [
            f"a one-letter or stop word alone ({' '.join(dropped)}; quoted in a phrase it is searched)"
        ]
    return results
