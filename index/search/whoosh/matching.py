"""Set algebra over posting lists: which documents match, in which fields, and how many.

Used by :meth:`SearchIndex.search` for counts and for the fields a hit matched in; word and
phrase nodes are answered from the :class:`~.bulk_scorer.BulkScorer`'s postings of the search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from whoosh import query as wquery
from whoosh.searching import Searcher

from waic_reader.index.search.whoosh.parser import KnownDocs
from waic_reader.index.search.whoosh.postings import block_matcher, load_ids

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer


def _term_docs(s: Searcher, fieldname: str, text: str, bulk: BulkScorer | None = None) -> set[int]:
    """Every document (top-level numbers) whose ``fieldname`` has ``text``, block by block."""
    if bulk is not None and bulk.ok:
        raw = bulk.docs(fieldname, text)
        if raw is not None:
            return set(raw)
    out: set[int] = set()
    for sub, offset in s.leaf_searchers():
        reader = sub.reader()
        try:
            if (fieldname, text) not in reader:
                continue
            m = reader.postings(fieldname, text)
        except Exception:
            continue
        leaf, deleted = block_matcher(m)
        if leaf is not None:  # whole blocks of ids at C speed
            while leaf.is_active():
                load_ids(leaf)
                ids = leaf._ids
                if deleted:
                    ids = [i for i in ids if i not in deleted]
                out.update(ids if not offset else [i + offset for i in ids])
                leaf._next_block()
        else:
            out.update(i + offset for i in m.all_ids())
    return out


def docset(s: Searcher, q: wquery.Query, bulk: BulkScorer | None = None) -> set[int] | None:
    """Documents matching ``q`` by set algebra over posting lists, or None if ``q`` has a node
    this cannot evaluate without positions (phrases) or scanning (anything unusual)."""
    if isinstance(q, wquery.Term):
        return _term_docs(s, q.fieldname, q.text, bulk)
    if isinstance(q, wquery.Phrase):
        scored = bulk.phrase_raw(q) if bulk is not None and bulk.ok else None
        return None if scored is None else set(scored)
    if q is wquery.NullQuery or isinstance(q, type(wquery.NullQuery)):
        return set()
    if isinstance(q, KnownDocs) and q.reads(s.reader()):
        return set(q.docnums)
    if isinstance(q, wquery.Or):
        out: set[int] = set()
        for child in q.subqueries:
            got = docset(s, child, bulk)
            if got is None:
                return None
            out |= got
        return out
    if isinstance(q, wquery.And):
        pos = [c for c in q.subqueries if not isinstance(c, wquery.Not)]
        neg = [c.query for c in q.subqueries if isinstance(c, wquery.Not)]
        if not pos:
            return None
        sets = [x for c in pos if (x := docset(s, c, bulk)) is not None]
        if len(sets) < len(pos):
            return None
        sets.sort(key=len)
        acc = set(sets[0])
        for x in sets[1:]:
            acc &= x
        for c in neg:
            got = docset(s, c, bulk)
            if got is None:
                return None
            acc -= got
        return acc
    if isinstance(q, wquery.AndNot):
        a, b = docset(s, q.a, bulk), docset(s, q.b, bulk)
        return None if a is None or b is None else a - b
    if isinstance(q, wquery.AndMaybe):
        return docset(s, q.a, bulk)
    if isinstance(q, wquery.Not):  # a query of negations alone: every article but these
        got = docset(s, q.query, bulk)
        return None if got is None else set(s.reader().all_doc_ids()) - got
    return None


def rest_of(q: wquery.Query, q_main: wquery.Query) -> wquery.Query | None:
    """The part of ``q`` that ``q_main`` lacks when ``q`` is ``q_main`` OR something (one
    unfielded clause searched in more fields); None for anything else (e.g. AND of clauses,
    where a match may need the boilerplate for one word only)."""
    if not isinstance(q, wquery.Or) or isinstance(q, wquery.DisjunctionMax):
        return None
    mains = list(q_main.subqueries) if isinstance(q_main, wquery.Or) else [q_main]
    kids = list(q.subqueries)
    if (
        type(q_main) not in (wquery.Or, wquery.Term, wquery.Phrase)
        or q.boost != 1.0
        or getattr(q_main, "boost", 1.0) != 1.0
    ):
        return None
    if not all(m in kids for m in mains):
        return None
    rest = [k for k in kids if k not in mains]
    if not rest:
        return None
    return rest[0] if len(rest) == 1 else wquery.Or(rest)


def few_matches(s: Searcher, q: wquery.Query, limit: int) -> bool:
    """True when ``q`` has a phrase and certainly matches fewer than ``limit`` documents, from
    the words' document frequencies alone (a phrase matches at most as many documents as its
    rarest word is in). Reading postings to decide would cost as much as the search: at 100k
    articles a phrase of common words spent more time here than in scoring."""
    if not any(isinstance(leaf, wquery.Phrase) for leaf in positive_leaves(q)):
        return False
    return match_bound(s, q) < limit


def match_bound(s: Searcher, q: wquery.Query) -> float:
    """An upper bound of the number of documents ``q`` matches (``inf`` when unknown)."""
    if isinstance(q, wquery.Term):
        return s.doc_frequency(q.fieldname, q.text)
    if isinstance(q, wquery.Phrase):
        return min((s.doc_frequency(q.fieldname, w) for w in q.words), default=0)
    if q is wquery.NullQuery or isinstance(q, type(wquery.NullQuery)):
        return 0
    if isinstance(q, KnownDocs):
        return len(q.docnums)
    if isinstance(q, wquery.Or):
        return sum(match_bound(s, c) for c in q.subqueries)
    if isinstance(q, wquery.And):
        pos = [c for c in q.subqueries if not isinstance(c, wquery.Not)]
        return min((match_bound(s, c) for c in pos), default=float("inf"))
    if isinstance(q, (wquery.AndNot, wquery.AndMaybe)):
        return match_bound(s, q.a)
    return float("inf")


def positive_leaves(q: wquery.Query) -> list[wquery.Query]:
    """Term and phrase nodes a hit can match (not under a ``NOT``), and :class:`~.parser.KnownDocs`
    nodes whole (their terms are ``doc`` ids by the thousand)."""
    out: list[wquery.Query] = []

    def walk(node: wquery.Query) -> None:
        if isinstance(node, wquery.Not):
            return
        if isinstance(node, (wquery.Term, wquery.Phrase, KnownDocs)):
            out.append(node)
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out


def matched_fields(
    s: Searcher, q: wquery.Query, docnums: list[int], bulk: BulkScorer | None = None
) -> dict[int, set[str]]:
    """For each of ``docnums``, the fields in which one of the query's terms or phrases matched.

    One matcher per term or phrase, advanced through the sorted doc numbers with ``skip_to``:
    cost grows with the hits shown, not with the documents matched.
    """
    out: dict[int, set[str]] = {d: set() for d in docnums}
    wanted = sorted(out)
    if not wanted:
        return out
    leaves = positive_leaves(q)
    for known in [leaf for leaf in leaves if isinstance(leaf, KnownDocs)]:
        if known.reads(s.reader()):
            for d in wanted:
                if d in known.docnums:
                    out[d].add("doc")
        else:
            leaves.extend(known.subqueries)
    for leaf in leaves:
        if isinstance(leaf, KnownDocs):
            continue
        if bulk is not None and bulk.ok and isinstance(leaf, (wquery.Term, wquery.Phrase)):
            raw = (
                bulk.docs(leaf.fieldname, leaf.text) if isinstance(leaf, wquery.Term) else bulk.phrase_in(leaf, wanted)
            )
            if raw is not None:
                for d in wanted:
                    if d in raw:
                        out[d].add(leaf.fieldname)
                continue
        try:
            m = leaf.matcher(s)
        except Exception:
            continue
        for d in wanted:
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
                if not m.is_active():
                    break
            if m.id() == d:
                out[d].add(leaf.fieldname)
    return out
