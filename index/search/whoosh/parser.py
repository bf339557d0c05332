"""Query parsing: the user's syntax, made safe and fast for whoosh.

Supported: words (all must match), ``OR``, ``NOT``, ``"phrases"``, ``prefix*`` and fields
(``title:``, ``outlet:``, ``entity:``, ``content:``, ``noise:``). Wildcards inside words, ranges
and ``*:*`` are not: whoosh evaluates them by scanning the vocabulary and matching every term,
which takes seconds on a large corpus. Prefixes are expanded by this module against a bounded,
frequency-ranked term list instead of whoosh's unbounded ``Prefix`` query.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from whoosh import qparser, query
from whoosh.fields import Schema

from waic_reader.index.errors import QueryError

SEARCH_FIELDS = ("title", "content", "noise")
# Fields of the first search pass: the article itself. Boilerplate (``noise``) is searched only
# when these do not fill the page (see SearchIndex.search).
MAIN_FIELDS = ("title", "content")
FIELD_BOOSTS = {"title": 2.0, "content": 1.0, "noise": 0.1}
USER_FIELDS = ("title", "outlet", "entity", "content", "noise", "doc")
FIELD_ALIASES = {"outlet": ["source", "site"], "entity": ["who", "ent"]}
MAX_QUERY_CHARS = 500
MAX_CLAUSES = 40
MIN_PREFIX = 2
PREFIX_SCAN = 2000  # terms looked at per prefix
PREFIX_KEEP = 12  # terms kept per prefix (the most frequent)
PREFIX_KEEP_TYPING = 6  # the same while typing (a prefix the user has not finished)
# Posting budget of one prefix: the kept terms' document frequencies may add up to at most this
# many times the number of documents (the most frequent term is always kept).
PREFIX_POSTINGS = 1.5
# ... and at most this many postings whatever the corpus size: a prefix's cost stays bounded
# (~100k postings read and scored is ~100 ms here) on a corpus of 100k articles or more.
PREFIX_POSTINGS_MAX = 100_000

_FIELD_REF = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\S)")


def make_parser(schema: Schema, fields: Iterable[str] = SEARCH_FIELDS) -> qparser.QueryParser:
    fields = list(fields)
    boosts = {f: b for f, b in FIELD_BOOSTS.items() if f in fields}
    parser = qparser.MultifieldParser(fields, schema, fieldboosts=boosts)
    for plugin in (qparser.WildcardPlugin, qparser.RangePlugin, qparser.EveryPlugin, qparser.BoostPlugin):
        parser.remove_plugin_class(plugin)
    parser.add_plugin(qparser.PrefixPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


def check(text: str) -> str:
    """Reject what cannot be searched; return the query with whitespace tidied."""
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: close the phrase with "')
    if text.count("(") != text.count(")"):
        raise QueryError("unbalanced parentheses")
    known = set(USER_FIELDS) | {a for aliases in FIELD_ALIASES.values() for a in aliases}
    unquoted = re.sub(r'"[^"]*"', '""', text)
    for m in _FIELD_REF.finditer(unquoted):
        if m.group(1) not in known:
            raise QueryError(f"unknown field {m.group(1)}: (use {', '.join(USER_FIELDS)})")
    if re.search(r"[?*]\w", unquoted):
        raise QueryError("wildcards are only allowed at the end of a word (prefix*)")
    for m in re.finditer(r"(^|[\s(:])(\S*)\*", unquoted):
        word = m.group(2).split(":")[-1]
        if len(word) < MIN_PREFIX:
            raise QueryError(f"a prefix needs at least {MIN_PREFIX} letters before *")
    if unquoted.count(" ") + 1 > MAX_CLAUSES:
        raise QueryError(f"too many words (at most {MAX_CLAUSES})")
    return text


def as_you_type(text: str) -> str:
    """Make the word being typed a prefix: ``chip sem`` → ``chip sem*``.

    Only a bare last word of three letters or more is widened; shorter ones would expand to
    hundreds of unrelated terms, and quoted, fielded or operator words stay as typed.
    """
    if not text or text[-1].isspace() or text.endswith(("*", '"', ")")) or text.count('"') % 2:
        return text
    last = text.rsplit(maxsplit=1)[-1]
    if last in ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE") or ":" in last:
        return text
    word = last.lstrip("(-+")
    if len(word) >= 3 and word.replace("-", "").replace(".", "").isalnum():
        return text + "*"
    return text


def expand_prefixes(q: query.Query, prefix_terms: Callable[[str, str], list[str]]) -> query.Query:
    """Replace every ``Prefix`` node with an ``Or`` of the most frequent matching terms."""
    if isinstance(q, query.Prefix):
        terms = prefix_terms(q.fieldname, q.text)
        if not terms:
            return query.NullQuery
        return query.Or([query.Term(q.fieldname, t, boost=q.boost) for t in terms])
    if isinstance(q, query.Phrase) and q.fieldname == "entity":
        return query.Term("entity", " ".join(q.words).lower())
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand_prefixes(child, prefix_terms))


def positive_terms(q: query.Query) -> set[tuple[str, str]]:
    """(field, term) pairs a hit can contain: every term not under a ``NOT``."""
    out: set[tuple[str, str]] = set()

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if isinstance(node, query.Term):
            out.add((node.fieldname, node.text))
        elif isinstance(node, query.Phrase):
            out.update((node.fieldname, w) for w in node.words)
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out


def describe_terms(terms: Iterable[tuple[str, str]]) -> list[str]:
    return sorted({t for _, t in terms})
