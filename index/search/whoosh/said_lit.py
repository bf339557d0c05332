"""Which of a speaker's quotes a ``said:`` hit lights: those of the said clauses the article meets."""

from __future__ import annotations

from whoosh import query

from waic_reader.index.search.whoosh.parser import SaidGrouped, positive_terms


def said_clause_terms(q: query.Query, held: set[str], doc: str) -> set[str]:
    """The ``said`` terms of the said clauses of ``q`` (not under a ``NOT``) that the article
    ``doc`` (by its doc id), whose ``said`` field holds the terms ``held``, satisfies: a clause is
    a node of said terms alone (``said:Berg budget``: the speaker's term AND the speaker's
    "budget", each widened by the corpus grouping, :class:`SaidGrouped`, whose other names count
    in the articles it gives the speaker), met as whoosh would match it on those terms (AND: all,
    OR: any). A said clause the article does not meet (a hit through another clause, ``… OR
    chips``) lights none of the speaker's quotes (t13at N14: the speaker's term alone lit every
    quote of theirs). The terms given are those the article holds."""
    out: set[str] = set()

    def only_said(node: query.Query) -> bool:
        if isinstance(node, query.Term):
            return node.fieldname == "said"
        if isinstance(node, SaidGrouped):
            return True
        if isinstance(node, (query.And, query.Or)):
            return all(only_said(c) for c in node.children())
        return False

    def met(node: query.Query) -> bool:
        if isinstance(node, query.Term):
            return node.fieldname != "said" or node.text in held
        if isinstance(node, SaidGrouped):
            docs = {t for f, t in positive_terms(node, grouped=True) if f == "doc"}
            said = [c for c in node.children() if only_said(c)]
            return (not docs or doc in docs) and all(met(c) for c in said)
        if isinstance(node, query.And):
            return all(met(c) for c in node.children())
        return any(met(c) for c in node.children())

    def walk(node: query.Query) -> None:
        if isinstance(node, query.Not):
            return
        if only_said(node):
            if met(node):
                out.update(t for f, t in positive_terms(node, grouped=True) if f == "said" and t in held)
        elif not node.is_leaf():
            for child in node.children():
                walk(child)

    walk(q)
    return out
