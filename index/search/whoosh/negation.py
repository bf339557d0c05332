"""``NOT`` matched over the documents the index holds now, never over deleted ones.

The index replaces an article's document (a ``corpus.yaml`` edit of its outlet, date or title, a
noise mark, a touched or renamed file) by deleting it and adding it anew; whoosh keeps the
deleted copy in its segment until a merge, marked deleted. whoosh's ``InverseMatcher`` (what
a ``Not`` is matched by where no positive clause bounds it: a query of ``NOT`` clauses alone,
``a OR NOT b``, ``NOT a NOT b``) skips deleted documents except one that comes straight after
the excluded query's last match in its segment: that deleted copy was returned, with its old
stored fields (``NOT velmont`` found the article saying "Velmont" under its old outlet, and a
removed file's doc id; issue 15, t13z H9). :class:`LiveNot` is matched by
:class:`LiveInverseMatcher`, which skips every deleted document; :func:`live_negations` puts it
in place of each ``Not`` of a parsed query.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wquery
from whoosh.matching import InverseMatcher

from waic_reader.index.search.whoosh.parser import has_negation


class LiveInverseMatcher(InverseMatcher):
    """The documents ``0 .. limit - 1`` that are neither ``missing`` (deleted) nor matched by the
    child matcher, in order; whoosh's matcher with its skipping of deleted documents done at
    every step (its ``_find_next`` stopped at a deleted document once the child ran out)."""

    def _find_next(self) -> None:
        child, missing = self.child, self.missing
        while self._id < self.limit:
            if missing(self._id):
                self._id += 1
            elif child.is_active() and child.id() < self._id:
                child.skip_to(self._id)
            elif child.is_active() and child.id() == self._id:
                self._id += 1
                child.next()
            else:
                return


class LiveNot(wquery.Not):
    """whoosh's ``Not`` (same meaning, equality and rewriting: ``apply`` and ``normalize`` keep
    the class), matched by :class:`LiveInverseMatcher`. Its score is whoosh's: 1.0 a document."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader = searcher.reader()
        child = self.query.matcher(searcher, searcher.boolean_context())
        return LiveInverseMatcher(child, reader.doc_count_all(), missing=reader.is_deleted)


def live_negations(q: wquery.Query) -> wquery.Query:
    """``q`` with every ``Not`` node (nested ones too) a :class:`LiveNot` of the same query;
    ``q`` itself when it has none (a prefix's expansions are not copied for nothing)."""
    if not has_negation(q):
        return q

    def swap(node: wquery.Query) -> wquery.Query:
        if isinstance(node, wquery.Not) and not isinstance(node, LiveNot):
            return LiveNot(node.query, boost=node.boost)
        return node

    return q.accept(swap)
