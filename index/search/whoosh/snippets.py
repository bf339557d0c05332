"""Locating matches in article text and cutting snippets around them, offsets kept exact."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from waic_reader.index.corpus.text import one_line
from waic_reader.index.search.whoosh.analyzer import TOKEN_RE, index_form

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.engine import Analysed


def stored_noise_spans(analysis: Analysed) -> list[tuple[int, int]] | None:
    get = getattr(analysis, "noise_spans", None)
    return [(int(s), int(e)) for s, e in sorted(get())] if get is not None else None


def noise_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    starts = [s for s, _ in spans]

    def is_noise(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < spans[i][1]

    return is_noise


_SPACE_RUN = re.compile(r"\s+")


@functools.lru_cache(maxsize=128)
def _span_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + ")", re.IGNORECASE)


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Character spans of every token of ``text`` whose indexed form is one of ``terms``."""
    if not terms:
        return []
    # Only tokens that can fold to a wanted term are analysed: a term is the lower-cased token
    # with a plural ending removed, so the token starts with the term (or the term minus a final
    # "y", for "companies" → "company"). Same result as filtering ``terms_with_spans(text)``.
    heads = tuple(
        sorted({(t[:-1] if t.endswith("y") and len(t) > 1 else t) for t in terms}, key=lambda h: (-len(h), h))
    )
    low = text.lower()
    if len(low) != len(text):  # lower-casing changed offsets: scan the text itself
        return _match_spans_re(text, terms, heads)
    # Where each head starts in the lower-cased text (str.find, not a regex scan of every
    # character), with the longest head there: the regex ``(?<!\w)(?:heads)`` of the
    # analyzer's definition, scanned left to right without overlaps, matches the same places.
    found: dict[int, int] = {}
    for h in heads:
        n = len(h)
        i = low.find(h)
        while i >= 0:
            if found.get(i, 0) < n:
                found[i] = n
            i = low.find(h, i + 1)
    out: list[tuple[int, int]] = []
    forms: dict[str, str | None] = {}
    resume = 0
    for start in sorted(found):
        if start < resume:
            continue
        if start:
            c = text[start - 1]
            if c.isalnum() or c == "_":  # not at the start of a word: no match here
                continue
        resume = start + found[start]
        # Inside a dotted token ("u.s"): the token started earlier and is not this term.
        if start >= 2 and text[start - 1] == "." and (text[start - 2].isalnum() or text[start - 2] == "_"):
            continue
        tok = TOKEN_RE.match(text, start)
        if tok is None:
            continue
        if out and start < out[-1][1]:
            continue
        word = tok.group()
        form = forms.get(word, "")
        if form == "":
            form = forms[word] = index_form(word)
        if form in terms:
            out.append((start, tok.end()))
    return out


def _match_spans_re(text: str, terms: set[str], heads: tuple[str, ...]) -> list[tuple[int, int]]:
    candidate = _span_pattern(heads)
    out: list[tuple[int, int]] = []
    for m in candidate.finditer(text):
        start = m.start()
        if start >= 2 and text[start - 1] == "." and (text[start - 2].isalnum() or text[start - 2] == "_"):
            continue
        tok = TOKEN_RE.match(text, start)
        if tok is None:
            continue
        if out and start < out[-1][1]:
            continue
        if index_form(tok.group()) in terms:
            out.append((start, tok.end()))
    return out


def make_snippet(
    text: str, spans: list[tuple[int, int]], is_noise: Callable[[int], bool], width: int = 180
) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt around the densest run of matches, preferring the article body."""
    if not spans:
        return one_line(text, width), []
    body = [s for s in spans if not is_noise(s[0])] or spans
    # The first match that starts the densest window (spans are in text order, starts unique):
    # a sliding window, linear in the number of matches.
    best, best_count = body[0], 0
    window = width * 2 // 3
    j = 0
    for i, s in enumerate(body):
        j = max(j, i)
        while j < len(body) and body[j][0] < s[0] + window:
            j += 1
        if j - i > best_count:
            best, best_count = s, j - i
    lo = max(0, best[0] - width // 3)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = min(len(text), lo + width)
    while hi < len(text) and not text[hi].isspace() and hi - lo < width + 20:
        hi += 1
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    raw = text[lo:hi]
    # Whitespace runs collapse to one space; a match's offset moves left by what the runs before
    # it lost (matches never start or end inside whitespace).
    runs = [(m.start(), m.end()) for m in _SPACE_RUN.finditer(raw)]
    collapsed = _SPACE_RUN.sub(" ", raw)
    run_ends = [e for _, e in runs]
    lost: list[int] = []
    total = 0
    for a, b in runs:
        total += b - a - 1
        lost.append(total)

    def at(r: int) -> int:
        i = bisect.bisect_right(run_ends, r)
        return r - (lost[i - 1] if i else 0)

    body_text = collapsed.strip()
    lead = len(collapsed) - len(collapsed.lstrip())
    snippet = prefix + body_text + suffix
    matches = []
    for s, e in spans:
        if lo <= s and e <= hi and not raw[s - lo].isspace() and not raw[e - 1 - lo].isspace():
            a = at(s - lo) - lead + len(prefix)
            b = at(e - lo) - lead + len(prefix)
            if 0 <= a < b <= len(snippet):
                matches.append((a, b))
    return snippet, matches
