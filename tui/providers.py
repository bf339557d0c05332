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


# An id that starts with what was typed is the article asked for by name: above every fuzzy
# match and the "Search:" line (1.0), the id closest to what was typed first (t13as N11:
# "opinion" found eleven other articles by scattered letters, and not opinion-northern-globe,
# whose "Open:" line shows its outlet, not its id). Textual's fuzzy score has no fixed top (it
# counts matched letters, first letters and runs: a few points a letter typed), so the id
# prefix score is set far above what any query a person types can reach.
ID_PREFIX_SCORE = 1_000_000.0


def id_score(doc: str, query: str, fuzzy: float) -> float:
    """How well ``query`` (as typed in the palette) names the article ``doc`` by its id:
    ``ID_PREFIX_SCORE`` and up (by under 1) when the id starts with it (case and surrounding
    spaces ignored; the closer to the whole id, the higher), else ``fuzzy`` (the palette
    matcher's 0-1 score of the id)."""
    typed = query.strip().casefold()
    if typed and doc.casefold().startswith(typed):
        return ID_PREFIX_SCORE + len(typed) / (len(doc) + 1)
    return fuzzy


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
            score = id_score(doc, query, matcher.match(doc))
            score = max(score, matcher.match(text))
            if score > 0:
                yield Hit(
                    score,
                    highlighted(text, query),
                    partial(_app(self).open_article, doc),
                    help=highlighted(f"Read {doc}", query),  # type: ignore[arg-type]  # Content is shown as is; Textual's hint says str
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
