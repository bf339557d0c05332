"""The text analyzer shared by indexing, querying and match highlighting.

Porter stemming breaks type-ahead: "organiza*" cannot match the stem "organ". So terms are only
lower-cased and folded from plural to singular ("chips" → "chip", "companies" → "company"), which
keeps every typed prefix a prefix of the indexed term.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token
from whoosh.analysis.filters import STOP_WORDS

# Words ending in "s" that are not plurals of a shorter word worth folding to.
_KEEP_S = frozenset(
    "news series species always perhaps thus this is was has its his hers ours yours theirs "
    "does goes whereas less unless across chaos bus gas plus bonus campus census status virus "
    "crisis analysis basis thesis diagnosis emphasis axis tennis texas paris athens brussels "
    "lagos davos physics politics economics mathematics ethics statistics means".split()
)


def fold_plural(word: str) -> str:
    if len(word) <= 3 or word in _KEEP_S or not word.endswith("s") or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


class PluralFilter(Filter):
    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = fold_plural(t.text)
            yield t


# Apostrophes (straight and curly) split words: "China’s" indexes as "china" (the "s" is dropped
# by the StopFilter's minimum size).
TOKEN_PATTERN = r"\w+(?:\.\w+)*"


TOKEN_RE = re.compile(TOKEN_PATTERN)
_STOPS = frozenset(STOP_WORDS)


def index_form(token: str) -> str | None:
    """What the analyzer indexes for one token (None when it is dropped as a stop word)."""
    t = token.lower()
    if len(t) < 2 or t in _STOPS:
        return None
    return fold_plural(t)


class _Analyzer(CompositeAnalyzer):
    """``RegexTokenizer | LowercaseFilter | StopFilter(minsize=2) | PluralFilter``, with the
    call indexing makes (positions, nothing else) run as one loop instead of four chained
    generators: the same tokens, texts and positions. Every other call runs the chain."""

    def __call__(self, value, no_morph=False, **kwargs):  # type: ignore[no-untyped-def]
        if type(value) is str and (kwargs == _INDEX_CALL or kwargs == _INDEX_CALL_BOOSTS):
            return _index_tokens(value, self.items[0].expression, kwargs)
        return super().__call__(value, no_morph=no_morph, **kwargs)


# What whoosh's Positions format asks when indexing a field (``boosts`` is only carried along).
_INDEX_CALL = {"positions": True, "mode": "index"}
_INDEX_CALL_BOOSTS = {"positions": True, "boosts": True, "mode": "index"}


def _index_tokens(value: str, expression: re.Pattern[str], kwargs: dict[str, object]) -> Iterator[Token]:
    extra = {k: v for k, v in kwargs.items() if k not in ("positions", "mode")}
    t = Token(True, False, removestops=True, mode="index", **extra)
    stops = _STOPS
    pos = None  # StopFilter's renumbering: the first kept token keeps its position
    for raw, match in enumerate(expression.finditer(value)):
        text = match.group(0).lower()
        if len(text) < 2 or text in stops:
            continue
        pos = raw if pos is None else pos + 1
        t.text = fold_plural(text)
        t.boost = 1.0
        t.stopped = False
        t.pos = pos
        yield t


def analyzer():  # type: ignore[no-untyped-def]
    return _Analyzer(RegexTokenizer(TOKEN_PATTERN), LowercaseFilter(), StopFilter(minsize=2), PluralFilter())


def terms_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) for every indexed token of ``text``, offsets into ``text``."""
    for t in ANALYZER(text, chars=True, removestops=True, mode="index"):
        yield t.text, t.startchar, t.endchar


ANALYZER = analyzer()
