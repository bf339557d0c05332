"""Reading a query for a whoosh index: the text parsed (as typed or submitted), its prefixes
expanded (:class:`~.prefix_queries.PrefixQueries`), its ``said``/``who`` names widened by the
corpus grouping of names (:mod:`.names_view`) and by the other legal forms and figure spellings
of a name, its NOT clauses over live documents only (:mod:`.negation`).

Plain functions of the :class:`~.engine.SearchIndex` whose parsers, prefix expansions and
grouping they read (under its lock, as every read of its searcher).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from whoosh import query as wquery

from waic_reader.index.analysis.quotes.said import FIELD as SAID_FIELD
from waic_reader.index.analysis.quotes.said import WORD_MARK
from waic_reader.index.corpus.text import one_line
from waic_reader.index.errors import QueryError
from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.search.whoosh.negation import live_negations

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.engine import SearchIndex


def parse_uncached(index: SearchIndex, parser: Any, text: str, typing: bool) -> wquery.Query:
    """``text`` (``typing``: as typed so far) parsed by ``parser`` (one of ``index``'s: every
    field, or the article's), its prefixes expanded and its names widened; never cached (the
    index keeps the last ones: ``SearchIndex._parse_with``). Raises ``QueryError``."""
    text = uq.check(uq.close_typed(text) if typing else text)
    text = uq.as_you_type(text) if typing else uq.percent_prefixes(text)
    if not text:
        raise QueryError("type something to search")
    try:
        q = parser.parse(text)
    except Exception as exc:
        raise QueryError(f"cannot read this query ({one_line(str(exc), 60)})") from None
    every = index.reads_every_field(parser)  # every field: an entity's name in the boilerplate too
    # A speaker asked by a name the grouping joins other names to is also found where an
    # article writes one of those ("Governor Brannock" for said:"Ilsa Brannock", t13x F12),
    # before prefixes are expanded: a prefix after the name is one after the other names too.
    q = said_grouped(index, q)

    def prefix_query(f: str, p: str, b: float) -> wquery.Query:
        got = prefixes.prefix_query(f, p, b, typing)
        if every and f == "entity":  # the names the boilerplate alone holds starting so
            return wquery.Or([got, prefixes.prefix_query(uq.NOISE_ENTITY, p, b, typing)])
        return got

    def phrase_prefix(f: str, words: list[str], p: str, b: float) -> wquery.Query:
        return prefixes.phrase_prefix_query(f, words, p, b)

    with index.lock:
        prefixes = index.prefix_queries()
        q = uq.expand_prefixes(q, prefix_query, prefixes.cjk_char_query, phrase_prefix)
    q = leading_words(index, q, prefix_query)
    if every:
        q = uq.in_boilerplate_too(q)
    # Its NOT clauses matched over the live documents only: never an article's copy an
    # update deleted (negation.py, issue 15 H9).
    return live_negations(q.normalize())


def grouped(index: SearchIndex, q: wquery.Query) -> wquery.Query:
    """``q`` with its entity terms also matching the articles the corpus grouping gives
    those names (:meth:`CorpusView.expand`); as it is without entity terms."""
    if not any(f == "entity" for f, _t in q.iter_all_terms()):
        return q
    return index.corpus_view().expand(figures_widened(q), index.known_entity).normalize()


def said_grouped(index: SearchIndex, q: wquery.Query) -> wquery.Query:
    """``q`` with its ``said`` terms also matching the other names the corpus grouping gives
    their speaker, in the articles it gives the speaker them (:meth:`CorpusView.widen_said`);
    as it is without said terms, or while no index is open."""
    if not any(f == "said" for f, _t in q.iter_all_terms()) or not index.is_open():
        return q
    try:
        return said_holding(index, index.corpus_view().widen_said(q))
    except RuntimeError:  # closed meanwhile: the said terms as asked
        return q


def said_holding(index: SearchIndex, q: wquery.Query) -> wquery.Query:
    """``q`` with each ``said`` term whose speaker is named by words of two or more that no
    quote's speaker is named by (no ``said`` term of them alone) also matching the same term of
    the entity names holding those words as consecutive whole words (:func:`names_holding`,
    and the names they open): ``said:"Red Cross" injured`` finds "The Austrian Red Cross says 70
    people were injured" as ``who:"Red Cross"`` finds the article (t13aq N24). Raises
    ``RuntimeError`` when the index is closed meanwhile."""

    def widen(node: wquery.Query) -> wquery.Query:
        if not (isinstance(node, wquery.Term) and node.fieldname == SAID_FIELD):
            return node
        text = node.text
        # the name the term opens with, before what the speaker is asked to have said
        cut = [i for i, c in enumerate(text) if c in (" ", WORD_MARK)] + [len(text)]
        for i in reversed(cut):
            head = text[:i]
            if " " not in head or index.known_entity(head, SAID_FIELD):
                continue
            names = [t for t in index.long_entity_terms() if f" {head} " in f" {t} " and t != head]
            said = [t + text[i:] for t in names if index.known_entity(t, SAID_FIELD)]
            if said:
                return wquery.Or([node, *(wquery.Term(SAID_FIELD, t, boost=node.boost) for t in said)])
        return node

    return q.accept(widen)


def leading_words(
    index: SearchIndex, q: wquery.Query, prefix_query: Callable[[str, str, float], wquery.Query]
) -> wquery.Query:
    """``q`` with each ``entity`` term of two words or more that no article writes as a name
    (:meth:`~.engine.SearchIndex.known_entity`, the boilerplate's names too) also matching the names it opens,
    by whole words (``prefix_query`` of the term and a space): ``who:"Norvale Department"``
    finds "Norvale Department of Health" as ``who:Norvale`` does (t13ak N14: 0 articles), and
    the names that hold it as consecutive words further in (:func:`names_holding`:
    ``who:"Red Cross"`` finds "Austrian Red Cross", t13aq N24). A
    name some article writes is as it is: "Ranvik Drilling", written bare, is not also its
    sister firm "Ranvik Drilling Services" (t13h F3)."""

    def widen(node: wquery.Query) -> wquery.Query:
        if isinstance(node, wquery.Term) and node.fieldname == "entity" and " " in node.text:
            try:
                known = index.known_entity(node.text) or index.known_entity(node.text, uq.NOISE_ENTITY)
            except RuntimeError:  # no index open (yet): the name as asked, as a prefix is
                return node
            if not known:
                inner = [wquery.Term("entity", t, boost=node.boost) for t in names_holding(index, node.text)]
                return wquery.Or([node, prefix_query("entity", node.text + " ", node.boost), *inner])
        return node

    return q.accept(widen)


def names_holding(index: SearchIndex, words: str) -> list[str]:
    """The ``entity`` terms (whole names, the boilerplate's too) that hold ``words`` (a term of
    two words or more) as consecutive whole words after their first word, sorted: "austrian red
    cross" for "red cross", "norwegian accident investigation board" for "accident investigation
    board" (t13aq N24: ``who:"Red Cross"`` found nothing while ``who:Cross`` found the Austrian
    Red Cross). The names a term opens are :func:`leading_words`' prefix query. Reads the
    index's multi-word entity terms once per searcher (:meth:`SearchIndex.long_entity_terms`),
    then linear in them. None while no index is open."""
    try:
        terms = index.long_entity_terms()
    except RuntimeError:  # no index open: the name as asked
        return []
    inner = f" {words} "
    return sorted({t for t in terms if inner in f"{t} " and not t.startswith(words + " ")})


def figures_widened(q: wquery.Query) -> wquery.Query:
    """``q`` with each ``entity`` term that is one figure ("$2.5m", "5 pct", "twelve") also
    matching the term of its value (``patterns.figure_term``): the articles writing it any other
    way ("$2.5 million", "5%", "12"), as the entity list makes them one entity. (The recogniser's
    patterns imported here: an index opened for a plain search loads no name data.)"""
    from waic_reader.index.analysis.entities.patterns import figure_term

    def widen(node: wquery.Query) -> wquery.Query:
        if isinstance(node, wquery.Term) and node.fieldname == "entity":
            key = figure_term(node.text)
            if key is not None and key != node.text:
                return wquery.Or([node, wquery.Term("entity", key, boost=node.boost)])
        return node

    return q.accept(widen)
