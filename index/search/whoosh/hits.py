"""A search hit as the results list shows it: where it matched (the article or its boilerplate),
its snippet and the spans of its matches, found in the article's text as the reader shows it
(:func:`~.article_spans.article_spans`; an entity's mentions as the corpus grouping of names
makes them; a speaker's matching quotes): a hit in the article itself keeps those outside its
boilerplate (the user's marks included), as the reader lights them; one found only in boilerplate,
those there. Read cheaply from the index's stored fields when the
file is the one indexed (:func:`_text_for_snippet`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from whoosh import query as wquery

from waic_reader.index.analysis.entities.mentions import mention_spans
from waic_reader.index.corpus.reader import Article, CorpusError
from waic_reader.index.search.engine import Analysed
from waic_reader.index.search.model import Hit, Span
from waic_reader.index.search.whoosh.article_spans import article_spans
from waic_reader.index.search.whoosh.parser import NOISE_ENTITY
from waic_reader.index.search.whoosh.prefixes import BASE_FIELD
from waic_reader.index.search.whoosh.said_lit import said_clause_terms
from waic_reader.index.search.whoosh.snippets import body_snippet, noise_test

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.engine import SearchIndex


def make_hit(
    index: SearchIndex,
    doc: str,
    stored: dict[str, Any],
    score: float,
    fields: set[str],
    terms: set[tuple[str, str]],
    prefixes: set[tuple[str, str]],
    runs: set[tuple[str, tuple[str, ...]]],
    alone: set[str],
    query: wquery.Query | None = None,
) -> Hit:
    """The hit of ``doc`` (its whoosh stored fields ``stored``, its ``score``) that matched in
    ``fields`` (whoosh field names; a prefix field counts as its base field): the query's
    (field, term) ``terms``, (field, prefix) ``prefixes`` and (field, words) phrase ``runs``
    (``alone``: the words also searched on their own) lit in its text as character spans;
    ``query``: the query searched, whose ``said`` terms widened by the corpus grouping light the
    speaker's quotes where ``doc`` names the speaker otherwise (:func:`~.parser.said_grouped_terms`)."""
    # An entity named in the boilerplate alone (``noise_entity``) is a match there.
    fields = {"noise" if f == NOISE_ENTITY else BASE_FIELD.get(f, f) for f in fields}
    # matched by the corpus grouping of an entity's name (SearchIndex._grouped): where it is
    # depends on where the article writes the name (its mentions, below)
    grouped = "doc" in fields and any(f == "entity" for f, _t in terms)
    only_grouped = grouped and not fields & {"content", "title", "outlet", "entity", "said"}
    if grouped:
        fields.add("entity")
    where = []
    if fields & {"content", "title", "outlet", "entity", "said"} or not fields:
        where.append("content")
    if "noise" in fields:
        where.append("noise")
    snippet, matches, spans = "", list[Span](), list[Span]()
    text, noise, markdown = _text_for_snippet(index, doc, stored)
    if text is not None:
        spans = article_spans(text, markdown, stored.get("title"), terms, prefixes, runs, alone)
        is_noise = noise_test(noise)
        entities = index.entity_homes({t for f, t in terms if f == "entity"})
        if entities:  # an entity's matches are its mentions, wherever the recogniser found them
            mentions = _mention_spans(index, doc, entities, stored)
            spans = sorted(set(spans) | set(mentions))
            # A mention in the boilerplate (the user's marks included) is a match there, as a
            # plain word in that block is one of the ``noise`` field: the entity field holds the
            # article's own mentions only, so it cannot say so itself.
            if "noise" not in where and any(is_noise(a) for a, _b in mentions):
                where.append("noise")
            # Found by the grouping alone (the entity field, which holds the article's own
            # mentions, did not match) and every mention in the boilerplate: a hit there only,
            # as a plain word written only there is (its spans, a snippet around them).
            if only_grouped and mentions and all(is_noise(a) for a, _b in mentions):
                where = ["noise"]
        said = {t for f, t in terms if f == "said"}
        if said:  # a said: search's matches are the speaker's quotes matching its said: clauses
            spans = sorted(set(spans) | set(_said_spans(index, doc, said, query)))
        # (every match to the snippet, which looks in the boilerplate when it holds more of the
        # query's words than the article: body_snippet, t13au N18)
        found = spans
        if "content" in where:
            # A hit in the article itself lights its matches where the reader shows the article
            # (Workspace.open_article's ``matches``); one found only in boilerplate, where it was.
            spans = [s for s in spans if not is_noise(s[0])]
        # As the reader shows the article: its body, Markdown rendered (a hit found in the
        # boilerplate alone: where it was found there).
        snippet, matches = body_snippet(
            text,
            found,
            noise,
            markdown=markdown,
            body="content" in where,
            terms={t for _f, t in terms},
            prefixes={p for _f, p in prefixes},
        )
    return Hit(doc, stored.get("title", doc), stored.get("outlet") or None, score, where, snippet, matches, spans)


def _mention_spans(index: SearchIndex, doc: str, names: set[str], stored: dict[str, Any]) -> list[tuple[int, int]]:
    try:
        article = index.corpus.article(doc)
    except CorpusError:
        return []
    # The mentions the index keeps for this very file, with the boilerplate it keeps: splitting
    # the article's boilerplate again imported and ran the classifier, ~1 s of a new process's
    # first who: search (t13ag N15). Any other case is analysed as the reader analyses it.
    noise = _indexed_noise(index, doc, stored)
    kept_of = getattr(index.analyse, "kept_mentions_of", None)
    kept = kept_of(article, noise) if noise is not None and callable(kept_of) else None
    if isinstance(kept, list):
        return mention_spans(index.grouped_mentions(doc, kept, article.name_text), names)
    analysis = _analysis(index, article)
    mentions = getattr(analysis, "mentions", None)
    if isinstance(mentions, list):
        return analysis.mention_spans(names, index.grouped_mentions(doc, mentions, article.name_text))
    return analysis.mention_spans(names)


def _analysis(index: SearchIndex, article: Article) -> Analysed:
    """``article``'s analysis, its mentions as the index keeps them when the analyser can
    read them (``Analyser.analyse``), else as ``analyse`` gives them."""
    analyse = getattr(index.analyse, "analyse", None)
    got: Analysed = analyse(article) if callable(analyse) else index.analyse(article)
    return got


def _said_spans(index: SearchIndex, doc: str, terms: set[str], query: wquery.Query | None) -> list[tuple[int, int]]:
    """The quotes ``doc``'s hit lights for the query's ``said`` ``terms``: with the ``query``,
    only those of the said clauses the article meets, its grouped speakers' names there included
    (:func:`~.said_lit.said_clause_terms`)."""
    try:
        article = index.corpus.article(doc)
    except CorpusError:
        return []
    analysed = index.analyse(article)
    if query is not None:
        terms = said_clause_terms(query, set(analysed.said_terms()), doc)
        if not terms:
            return []
    return analysed.said_spans(terms)


def _text_for_snippet(
    index: SearchIndex, doc: str, stored: dict[str, Any]
) -> tuple[str | None, list[Span], list[Span] | None]:
    """The article's text, its boilerplate spans and, for a Markdown article, its blocks
    ((start, end): shown without their syntax), cheaply when the index is current.

    When the file is the one indexed (same size and mtime) the text is read as the corpus
    reads it and the boilerplate spans come from the index; otherwise the article is loaded
    and analysed again (correct, but ~10 ms per hit).
    """
    entry = index.corpus.entries.get(doc)
    spans = _indexed_noise(index, doc, stored)
    if entry is not None and spans is not None:
        text = index.corpus.shown_text(doc)
        if text is not None:
            return text, spans, _markdown_blocks(index, doc, entry.format)
    try:
        article = index.corpus.article(doc)
    except CorpusError:
        return None, [], None
    return article.text, index.analyse(article).noise_spans(), _markdown_blocks(index, doc, article.format)


def _indexed_noise(index: SearchIndex, doc: str, stored: dict[str, Any]) -> list[Span] | None:
    """``doc``'s boilerplate spans as the index keeps them (its stored fields ``stored``), when
    the file is the one indexed (same size and mtime); None otherwise."""
    entry = index.corpus.entries.get(doc)
    spans = stored.get("noise_spans")
    if entry is None or spans is None or stored.get("mtime_ns") != entry.mtime_ns or stored.get("size") != entry.size:
        return None
    return [(int(a), int(b)) for a, b in spans]


def _markdown_blocks(index: SearchIndex, doc: str, fmt: str) -> list[Span] | None:
    """A Markdown article's blocks (loaded already by ``shown_text``); None for another format."""
    if fmt != "markdown":
        return None
    try:
        return [(b.start, b.end) for b in index.corpus.article(doc).blocks]
    except CorpusError:
        return None
