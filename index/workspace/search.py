"""Search for a :class:`~waic_reader.index.workspace.Workspace`: a query read as the index reads
it (``who:``/``entity:`` names to the gazetteer's canonical names, ``said:`` to the speaker
field's terms, Lucene's syntax read as ours), the top articles matching it with their outlets
spelt as the library spells them, the query by which a hit of a typed search matches, and the
spans a query matches in an article. No search backend object is handed out. Owned by the
workspace (``Workspace._search``), which states each use's contract (:meth:`Workspace.search`,
:meth:`Workspace.canonical_query`, :meth:`Workspace.searched_query`, :meth:`Workspace.lit_query`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from waic_reader.index.search.syntax import read_syntax

if TYPE_CHECKING:
    from waic_reader.index.analysis.analyser import Analysis
    from waic_reader.index.search.model import Results
    from waic_reader.index.workspace.facade import Workspace

_ENTITY_REF = re.compile(r'\b(entity|who|ent):(?:"([^"]*)"|([^\s()"]+))')


class Search:
    """A workspace's search (no state of its own: the index keeps it)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def canonical_query(self, text: str, typing: bool = False) -> str:
        """:meth:`Workspace.canonical_query`."""
        ws = self._ws
        from waic_reader.index.analysis.entities.gazetteer import alias_key
        from waic_reader.index.analysis.quotes.said import rewrite_said
        from waic_reader.index.corpus.tokens import fold

        kept: list[Mapping[str, str]] = []

        def aliases() -> Mapping[str, str]:
            if not kept:
                table = ws.index.gazetteer_aliases() if ws.index_ready() else None
                kept.append(table if table is not None else ws.analyser.gazetteer.aliases())
            return kept[0]

        def swap(m: re.Match[str]) -> str:
            name = m.group(2) if m.group(2) is not None else m.group(3)
            if typing and m.group(3) is not None and m.end() == len(src) and len(name) >= 2:
                name = name if name.endswith("*") else name + "*"
            if not name.strip("*"):  # who:* asks for every article: refused by check as * is
                return m.group(0)
            if name.endswith("*"):  # a prefix (who:Kel*): the entity names starting with it
                return f'entity:"{name.replace(chr(34), "")}"'
            # (an article naming the person by the lone surname alone, "Minister Korvan", is
            # found by the corpus grouping: CorpusView.expand, as the entity list joins them)
            # The gazetteer's aliases as the index keeps them with its names view: building the
            # recogniser (its rules) cost a new process ~1 s on its first who: search (t13ag
            # N15), building the gazetteer alone ~0.1 s (issue 15).
            key = alias_key(name)
            known = aliases().get(key) if key is not None else None
            canonical = (known if known is not None else name).replace(chr(34), "")
            written = name.replace(chr(34), "")
            if fold(canonical) != fold(written) and written.strip():
                # a gazetteer alias is also a name or a word of one the articles write: who:Erdogan
                # finds "Emre Erdoğan" as well as "Recep Tayyip Erdoğan" (t13q F1), as who:Maria
                # finds every Maria
                return f'(entity:"{canonical}" OR entity:"{written}")'
            return f'entity:"{canonical}"'

        # (Lucene's operators read as ours, a boost or a fuzzy "~" set aside, before a name is
        # read: who:Erdogan^2 is who:Erdogan)
        src = rewrite_said(read_syntax(text).searched, typing=typing)
        return _ENTITY_REF.sub(swap, src)

    def search(self, text: str, *, limit: int | None = 20, typing: bool = False) -> Results:
        """:meth:`Workspace.search`."""
        ws = self._ws
        reading = read_syntax(text)
        results = ws.index.search(ws.canonical_query(text, typing), limit=limit, typing=typing)
        results.query = text
        # (what the engine set aside itself, a one-letter word alone, after the syntax's)
        results.unsupported = [*reading.unsupported, *results.unsupported]
        results.searched = reading.searched if results.unsupported or reading.read else None
        results.read = reading.read
        if any(h.outlet for h in results.hits):
            # One outlet, one name, as list and the library show it ("reuters" is "Reuters").
            spell = ws.outlet_spelling()
            results.hits = [replace(h, outlet=spell(h.outlet)) if h.outlet else h for h in results.hits]
        return results

    def searched_query(self, doc: str, text: str) -> str:
        """:meth:`Workspace.searched_query`."""
        ws = self._ws
        from waic_reader.index.corpus.text import close_phrase

        value = ws.lit_query(doc, text, typing=True)
        if value is not None:
            return value
        exact = close_phrase(text)
        widened = ws.index.typed_query(text)
        if widened == exact:
            return exact
        if widened == f"{exact}*" and exact.endswith("/"):
            # A unit's slash with no denominator yet ("60 km/"): an unfinished word, as typed no
            # word at all ("km" of it lit another figure's "15 km", t13ae P15, round s37-z4): the
            # prefix of the one token the unit is (parser.as_you_type: "km/*") where it matches.
            if ws.index.doc_matches(doc, ws.canonical_query(widened), in_article=True):
                return widened
        # Decided on the article's own text first, as the reader steps through it: a word found
        # as typed only in a boilerplate line must not hide the body's matches of the prefix.
        if ws.index.doc_matches(doc, ws.canonical_query(exact), in_article=True):
            return exact
        if ws.index.doc_matches(doc, ws.canonical_query(widened), in_article=True):
            return widened
        return exact if ws.index.doc_matches(doc, ws.canonical_query(exact)) else widened

    def lit_query(self, doc: str, text: str, *, typing: bool = False) -> str | None:
        """:meth:`Workspace.lit_query`."""
        ws = self._ws
        value = ws.index.value_query(text, typing=typing)
        if value is not None and ws.index.doc_matches(doc, ws.canonical_query(value), in_article=True):
            return value
        return None

    # -- reading --------------------------------------------------------------------------------

    def query_spans(self, analysis: Analysis, query: str) -> list[tuple[int, int]]:
        """Every span ``query`` matches in the article text, boilerplate included, sorted."""
        ws = self._ws
        query = ws.canonical_query(query)
        article = analysis.article
        blocks = [(b.start, b.end) for b in article.blocks] if article.format == "markdown" else None
        spans = set(ws.index.match_spans(article.text, query, blocks, article.title))
        names = ws.index.query_entities(query)
        if names:  # the mentions the entity list groups, names other articles type included
            spans |= set(analysis.mention_spans(names, ws.article_mentions(analysis)))
        spans |= set(analysis.said_spans(ws.index.query_said(query, article.doc)))
        return sorted(spans)
