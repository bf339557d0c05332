"""The text analyzer shared by indexing, querying and match highlighting.

Porter stemming breaks type-ahead: "organiza*" cannot match the stem "organ". So terms are only
lower-cased and folded from plural to singular ("chips" → "chip", "companies" → "company"), which
keeps every typed prefix a prefix of the indexed term.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token
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


def analyzer():  # type: ignore[no-untyped-def]
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | StopFilter(minsize=2) | PluralFilter()


def terms_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) for every indexed token of ``text``, offsets into ``text``."""
    for t in ANALYZER(text, chars=True, removestops=True, mode="index"):
        yield t.text, t.startchar, t.endchar


ANALYZER = analyzer()
