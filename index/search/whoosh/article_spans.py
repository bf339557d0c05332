"""Where a query's words match in an article as the reader shows it: what the reader and a
search hit's snippet light.

The text fields' words are lit anywhere in the text, a ``title:`` word only in the title line,
a phrase's words only where the whole phrase stands (:func:`~.snippets.match_spans`); a Markdown
article is searched as it is shown (its syntax hidden, :mod:`waic_reader.index.corpus.markdown`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from waic_reader.index.corpus.tokens import SEARCH_TOKEN, fold
from waic_reader.index.search.model import Span
from waic_reader.index.search.whoosh.snippets import match_spans

# The fields whose words are the article's text: what the reader lights. ``title:`` words are lit
# only in the title where the text shows it, ``outlet:`` words nowhere (metadata: the outlet of
# "PORTMERE, March 14 (Kyodo)" in the body is no match of outlet:Kyodo).
TEXT_FIELDS = ("content", "noise")


def article_spans(
    text: str,
    markdown: Sequence[Span] | None,
    title: str | None,
    terms: set[tuple[str, str]],
    prefixes: set[tuple[str, str]],
    runs: set[tuple[str, tuple[str, ...]]],
    alone: set[str],
) -> list[Span]:
    """Where the query's (field, term) ``terms``, (field, prefix) ``prefixes`` and (field, run)
    phrase ``runs`` match in ``text`` as the reader shows it: the text fields' anywhere, the
    title's in the title line (see :func:`_title_end`), no other field's (entities and quotes
    are found by the analysis)."""

    def of(fields: tuple[str, ...]) -> tuple[set[str], list[str], set[tuple[str, ...]]]:
        their_runs = {r for f, r in runs if f in fields}
        words = _outside_runs({t for f, t in terms if f in fields}, their_runs, alone)
        return words, sorted({p for f, p in prefixes if f in fields}), their_runs

    words, starts, body_runs = of(TEXT_FIELDS)
    spans = _shown_spans(text, markdown, lambda shown: match_spans(shown, words, starts, runs=body_runs))
    words, starts, title_runs = of(("title",))
    if (words or starts or title_runs) and title and (end := _title_end(text, title)):
        line = [(0, end)] if markdown is not None else None
        found = _shown_spans(text[:end], line, lambda s: match_spans(s, words, starts, runs=title_runs))
        spans = sorted(set(spans) | set(found))
    return spans


def _title_end(text: str, title: str) -> int:
    """The end of the article's first line when it shows ``title`` (the same words: a Markdown
    heading's ``#`` and emphasis are no words), else 0: where a ``title:`` match is lit."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    words = [fold(m.group()) for m in SEARCH_TOKEN.finditer(text[start:end])]
    return end if words and words == [fold(m.group()) for m in SEARCH_TOKEN.finditer(title)] else 0


def _shown_spans(text: str, markdown: Sequence[Span] | None, find: Callable[[str], list[Span]]) -> list[Span]:
    """``find``'s spans of ``text`` as the reader shows it: of a Markdown article (``markdown``:
    its blocks), in its blocks with their syntax hidden (a link's words, never its URL), mapped
    back to offsets of ``text``; of another, in ``text`` itself."""
    if markdown is None:
        return find(text)
    from waic_reader.index.corpus.markdown import shown_article

    shown = shown_article(text, markdown)
    return shown.back(find(shown.text))


def _outside_runs(terms: set[str], runs: set[tuple[str, ...]], alone: set[str]) -> set[str]:
    """``terms`` without the words that are searched only as part of a run (a phrase's words,
    a CJK word's bigrams: highlighted where the whole run occurs, see ``match_spans``)."""
    inside = {w for run in runs for w in run}
    return {t for t in terms if t not in inside or t in alone}
