"""Command palette providers: open an article, run a search.

The palette parses plain-string prompts and help as markup, so every prompt and help text
here is a :class:`Content` built from literal text.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from waic_reader.tui.app import WaicReaderApp

from waic_reader.index.corpus.text import one_line, visible
from waic_reader.tui.safe import plain


def highlighted(text: str, query: str) -> Content:
    """``text`` as literal content with every occurrence of each query word emphasised."""
    content = plain(text)
    for word in {w for w in query.lower().split() if w}:
        for m in re.finditer(re.escape(word), text.lower()):
            content = content.stylize("bold $text-accent underline", m.start(), m.end())
    return content


def _app(provider: Provider) -> WaicReaderApp:
    """The provider's app, typed (a Provider is no MessagePump, so ``textual.getters.app`` does
    not apply)."""
    return cast("WaicReaderApp", provider.app)


class ArticleProvider(Provider):
    """'Open: <outlet> · <title>' for every article."""

    def _articles(self) -> list[tuple[str, str]]:
        ws = _app(self).workspace
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
                    partial(_app(self).open_article, doc),
                    help=plain(f"Read {doc}"),  # type: ignore[arg-type]  # Content is shown as is; Textual's hint says str
                )

    async def discover(self) -> Hits:
        for doc, label in self._articles():
            yield DiscoveryHit(
                plain(f"Open: {label}"),
                partial(_app(self).open_article, doc),
                help=plain(f"Read {doc}"),  # type: ignore[arg-type]  # as above
            )


class SearchProvider(Provider):
    """'Search: <what you typed>' runs a full-text search."""

    async def search(self, query: str) -> Hits:
        query = query.strip()
        if not query:
            return
        yield Hit(
            1.0,
            plain(f"Search: {query}"),
            partial(_app(self).action_search, query),
            help=plain("Full-text search in every article"),  # type: ignore[arg-type]  # as above
        )


class WarningsProvider(Provider):
    """'Warnings: …' opens the list of every corpus.yaml warning and noise-mark notice (W)."""

    def _text(self) -> str:
        app = _app(self)
        count = len(app.corpus_warnings) + len(app.mark_warnings)
        return f"Warnings: {count} (corpus.yaml, noise marks)"

    async def search(self, query: str) -> Hits:
        text = self._text()
        score = self.matcher(query).match(text)
        if score > 0:
            yield Hit(
                score,
                highlighted(text, query),
                _app(self).action_warnings,
                help=plain("Every corpus.yaml warning with its line and column, and noise-mark notices"),  # type: ignore[arg-type]  # as above
            )

    async def discover(self) -> Hits:
        yield DiscoveryHit(
            plain(self._text()),
            _app(self).action_warnings,
            help=plain("Every corpus.yaml warning with its line and column, and noise-mark notices"),  # type: ignore[arg-type]  # as above
        )
