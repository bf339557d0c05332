"""Command palette providers: open an article, run a search.

The palette parses plain-string prompts and help as markup, so every prompt and help text
here is a :class:`Content` built from literal text.
"""

from __future__ import annotations

import re
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from waic_reader.index.corpus.text import one_line, visible
from waic_reader.tui.safe import plain


def highlighted(text: str, query: str) -> Content:
    """``text`` as literal content with every occurrence of each query word emphasised."""
    content = plain(text)
    for word in {w for w in query.lower().split() if w}:
        for m in re.finditer(re.escape(word), text.lower()):
            content = content.stylize("bold $text-accent underline", m.start(), m.end())
    return content


class ArticleProvider(Provider):
    """'Open: <outlet> · <title>' for every article."""

    def _articles(self) -> list[tuple[str, str]]:
        ws = self.app.workspace  # type: ignore[attr-defined]
        return [
            (doc, visible(one_line(f"{outlet or doc} · {title}", 80))) for doc, outlet, title in ws.article_choices()
        ]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for doc, label in self._articles():
            text = f"Open: {label}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    highlighted(text, query),
                    partial(self.app.open_article, doc),  # type: ignore[attr-defined]
                    help=plain(f"Read {doc}"),
                )  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        for doc, label in self._articles():
            yield DiscoveryHit(
                plain(f"Open: {label}"),
                partial(self.app.open_article, doc),  # type: ignore[attr-defined, arg-type]
                help=plain(f"Read {doc}"),
            )  # type: ignore[arg-type]


class SearchProvider(Provider):
    """'Search: <what you typed>' runs a full-text search."""

    async def search(self, query: str) -> Hits:
        query = query.strip()
        if not query:
            return
        yield Hit(
            1.0,
            plain(f"Search: {query}"),
            partial(self.app.action_search, query),  # type: ignore[attr-defined, arg-type]
            help=plain("Full-text search in every article"),
        )  # type: ignore[arg-type]
