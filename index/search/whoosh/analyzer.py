"""The text analyzer shared by indexing, querying and match highlighting.

Porter stemming breaks type-ahead: "organiza*" cannot match the stem "organ". So terms are only
lower-cased and folded from plural to singular ("chips" → "chip", "companies" → "company"), which
keeps every typed prefix a prefix of the indexed term.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from itertools import accumulate
from operator import sub

from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token
from whoosh.analysis.filters import STOP_WORDS
from whoosh.fields import TEXT
from whoosh.formats import Positions

from waic_reader.index.search.whoosh.pickled import stable_name

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


@stable_name("PluralFilter")  # pickled in the index's schema: never by module path (see pickled.py)
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
    return CompositeAnalyzer(RegexTokenizer(TOKEN_PATTERN), LowercaseFilter(), StopFilter(minsize=2), PluralFilter())


def terms_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) for every indexed token of ``text``, offsets into ``text``."""
    for t in ANALYZER(text, chars=True, removestops=True, mode="index"):
        yield t.text, t.startchar, t.endchar


ANALYZER = analyzer()


# Indexed form of each token text seen (None: a stop word); bounded, cleared when full.
_FORMS: dict[str, str | None] = {}
_FORMS_MAX = 200_000


# Array type codes of position deltas by the largest delta they must hold.
_ITEMSIZE = {ord(code): array(code).itemsize for code in "BHIQ"}


@stable_name("IndexPositions")  # pickled in the index's schema (see pickled.py)
class IndexPositions(Positions):
    """whoosh's ``Positions`` format with a compact posting value, and a fast path for text
    analysed by :data:`ANALYZER`.

    whoosh stores a posting's positions as a 4-byte count and a pickled list of deltas (~12
    bytes of overhead a posting, which it then zlib-compresses block by block). Here the value
    is one type-code byte and the deltas as a machine ``array`` ("B", "H", "I" or "Q": the
    narrowest that holds them), decoded at C speed; blocks are written uncompressed (see
    ``search._codec``). whoosh reads positions through the format's ``decode_*`` methods, so
    its own matchers (phrases, highlighting) read these values unchanged. The index lives in
    the user's cache, so native byte order is fine.

    ``word_values`` turns text into postings in one loop (no ``Token`` objects; each distinct
    token's indexed form computed once per process): the same terms and positions as the
    analyzer chain gives.
    """

    def encode(self, poslist):  # type: ignore[no-untyped-def]
        if len(poslist) == 1:  # most postings: one occurrence
            deltas = poslist
            top = poslist[0]
        else:
            deltas = [poslist[0], *map(sub, poslist[1:], poslist)]
            top = max(deltas)
        code = "H" if top < 65536 else "I" if top < 4294967296 else "Q"
        if top < 256:
            return b"B" + bytes(deltas)
        return code.encode("ascii") + array(code, deltas).tobytes()

    def decode_positions(self, valuestring):  # type: ignore[no-untyped-def]
        return list(accumulate(array(chr(valuestring[0]), valuestring[1:])))

    def decode_frequency(self, valuestring):  # type: ignore[no-untyped-def]
        return (len(valuestring) - 1) // _ITEMSIZE[valuestring[0]]

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if analyzer is not ANALYZER or type(value) is not str:
            yield from super().word_values(value, analyzer, **kwargs)
            return
        forms = _FORMS
        if len(forms) > _FORMS_MAX:
            forms.clear()
        poses: dict[str, list[int]] = {}
        pos = -1
        first = True
        for raw, tok in enumerate(TOKEN_RE.findall(value)):
            form = forms.get(tok, "")
            if form == "":
                form = forms[tok] = index_form(tok)
            if form is None:
                continue
            if first:  # StopFilter's renumbering: the first kept token keeps its position
                pos, first = raw, False
            else:
                pos += 1
            got = poses.get(form)
            if got is None:
                poses[form] = [pos]
            else:
                got.append(pos)
        fb = self.field_boost
        encode = self.encode
        for w, poslist in poses.items():
            yield (w, len(poslist), float(len(poslist)) * fb, encode(poslist))


def indexed_text(**options: object) -> TEXT:
    """A ``TEXT`` field of :data:`ANALYZER` with positions, indexed through :class:`IndexPositions`."""
    field = TEXT(analyzer=ANALYZER, phrase=True, **options)  # type: ignore[arg-type]
    field.format = IndexPositions(field_boost=field.format.field_boost)
    return field
