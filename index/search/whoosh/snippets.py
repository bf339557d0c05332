"""Locating matches in article text and cutting snippets around them, offsets kept exact."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from waic_reader.index.corpus.spans import SpanSet
from waic_reader.index.corpus.text import one_line
from waic_reader.index.corpus.tokens import (
    COMBINING_MARKS,
    MERIDIEMS,
    SEARCH_TOKEN,
    ascii_digits,
    dotted_clock,
    is_cjk,
    search_tokens,
)
from waic_reader.index.search.whoosh.analyzer import TOKEN_RE, is_stop_form, stop_form, token_forms, word_forms
from waic_reader.index.search.whoosh.phrase import TYPED_END

if TYPE_CHECKING:
    from waic_reader.index.search.engine import Analysed


def stored_noise_spans(analysis: Analysed) -> list[tuple[int, int]] | None:
    get = getattr(analysis, "noise_spans", None)
    return [(int(s), int(e)) for s, e in sorted(get())] if get is not None else None


def noise_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    return SpanSet(spans).contains


_SPACE_RUN = re.compile(r"\s+")


def match_spans(
    text: str, terms: set[str], prefixes: Iterable[str] = (), runs: Iterable[tuple[str, ...]] = ()
) -> list[tuple[int, int]]:
    """Character spans of every token of ``text`` whose indexed form is one of ``terms`` or starts
    with one of ``prefixes``, and of every place where one of ``runs`` (a phrase's terms, stop
    words' forms included, or a CJK word's overlapping bigrams, in order) occurs whole;
    overlapping spans (CJK bigrams of one word) are merged. The
    same spans as filtering ``terms_with_spans(text)``, computed cheaply: ASCII tokens are found by
    ``str.find`` of the wanted terms in the lower-cased text, and only tokens with other letters
    (accents, CJK) are analysed one by one."""
    prefixes = tuple(prefixes)
    runs = [r for r in runs if r]
    chars = {t for t in terms if len(t) == 1 and is_cjk(t)}
    if chars:
        # One CJK character asked alone (parser.CjkChar) is lit where it stands, inside a run of
        # CJK text too, never with the bigrams the index finds it by (t13am N8).
        rest = match_spans(text, terms - chars, prefixes, runs)
        return _merged(sorted({*rest, *_char_spans(text, chars)}))
    if runs:
        whole = _run_spans(text, runs)
        rest = match_spans(text, terms, prefixes) if terms or prefixes else []
        return _merged(sorted({*whole, *rest}))
    if not terms and not prefixes:
        return []
    low = text.lower()
    if len(low) != len(text) or any(t[:1].isdigit() or t in MERIDIEMS for t in (*terms, *prefixes)):
        # Lower-casing moved offsets ("İ"), a number ("3,000" is "3000") or a time's "pm" (written
        # "p.m.", or glued to its time: "9:40pm"; tokens._MERIDIEM): analyse every token.
        return _spans_of_tokens(text, SEARCH_TOKEN.finditer(ascii_digits(text)), terms, prefixes)
    out = _ascii_spans(text, low, terms, prefixes)
    if not text.isascii():
        more = _spans_of_tokens(text, _non_ascii_tokens(text), terms, prefixes)
        if more:
            out = _merged(sorted({*out, *more}))
    return out


def _char_spans(text: str, chars: set[str]) -> list[tuple[int, int]]:
    """The one-character spans of ``text`` where one of the CJK characters ``chars`` stands."""
    out = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            out.append((i, i + 1))
            i = text.find(c, i + 1)
    return out


_NON_ASCII_LETTER = re.compile(rf"[^\W\x00-\x7f]|[{COMBINING_MARKS}]")


def _non_ascii_tokens(text: str) -> Iterator[re.Match[str]]:
    """The tokens of ``text`` holding a letter outside ASCII, found from those letters (a text
    in English with a few accented names is not tokenised whole)."""
    end = 0
    for letter in _NON_ASCII_LETTER.finditer(text):
        pos = letter.start()
        if pos < end:
            continue  # inside the token just found
        cjk = is_cjk(text[pos])
        start = pos
        while start > 0:
            c = text[start - 1]
            if (c.isalnum() or c == "_" or unicodedata.combining(c)) and is_cjk(c) == cjk:
                start -= 1
            elif c in ".," and start >= 2 and (text[start - 2].isalnum() or text[start - 2] == "_") and not cjk:
                if c == "," and not (text[start - 2].isdigit() and text[start].isdigit()):
                    break
                start -= 1
            else:
                break
        m = SEARCH_TOKEN.match(text, start)
        while m is not None and m.end() <= pos:  # the walk went past a token boundary
            m = SEARCH_TOKEN.search(text, m.end())
        if m is None:
            break
        end = m.end()
        yield m


def _ascii_spans(text: str, low: str, terms: set[str], prefixes: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the wanted ASCII tokens (a token with other letters may be found too)."""
    wanted = {t for t in (*terms, *prefixes) if t.isascii()}
    if not wanted:
        return []
    # Only tokens that can fold to a wanted term are analysed: a term is the lower-cased token
    # with a plural ending removed, so the token starts with the term (or the term minus a final
    # "y", for "companies" → "company").
    heads = tuple(
        sorted({(t[:-1] if t.endswith("y") and len(t) > 1 else t) for t in wanted}, key=lambda h: (-len(h), h))
    )
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
    forms: dict[str, tuple[str, ...] | None] = {}
    resume = 0
    for start in sorted(found):
        if start < resume:
            continue
        if start:
            c = text[start - 1]
            if (c.isalnum() or c == "_") and (c.isascii() or not is_cjk(c)):  # inside a word: no match
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
        got = forms.get(word, ())
        if got == ():
            got = forms[word] = token_forms(word)
        if got is not None and _wanted(got, terms, prefixes):
            out.append((start, tok.end()))
    return out


def _wanted(forms: tuple[str, ...], terms: set[str], prefixes: tuple[str, ...]) -> bool:
    """True when one of a token's indexed ``forms`` is one of ``terms`` or starts with one of
    ``prefixes`` (a prefix is of the word as written too: ``ferri*`` lights "ferries")."""
    for form in forms:
        if form in terms or (prefixes and form.startswith(prefixes)):
            return True
    return False


def _spans_of_tokens(
    text: str, tokens: Iterable[re.Match[str]], terms: set[str], prefixes: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Spans of the wanted tokens among ``tokens`` (matches of the tokeniser; a CJK run is
    looked at bigram by bigram)."""
    out: list[tuple[int, int]] = []
    cache: dict[str, tuple[str, ...] | None] = {}
    for m in tokens:
        for tok, start, end in search_tokens(m.group()):
            forms = cache.get(tok, ())
            if forms == ():
                forms = cache[tok] = token_forms(tok)
            if forms is None:
                continue
            form = forms[0]
            if _wanted(forms, terms, prefixes) or _clock_wanted(
                text, m.start() + start, m.start() + end, terms, prefixes
            ):
                out.append((m.start() + start, m.start() + end))
            elif form[-1] == "%":  # "percent" of "45 percent" (indexed beside the percentage)
                for extra, a, b in word_forms(tok, form):
                    if extra in terms or (prefixes and extra.startswith(prefixes)):
                        out.append((m.start() + start + a, m.start() + start + b))
    return _merged(out)


def _clock_wanted(text: str, start: int, end: int, terms: set[str], prefixes: tuple[str, ...]) -> bool:
    """Whether the token ``text[start:end]``, a time written with a dot, is wanted by its colon's
    form (``tokens.dotted_clock``: "04.10 CET" is indexed "4:10" too)."""
    if not _CLOCK_SHAPED(text, start, end):
        return False
    clock = dotted_clock(text, start, end)
    return clock is not None and _wanted((clock,), terms, prefixes)


# A token that may be a time written with a dot (a cheap test before tokens.dotted_clock).
_CLOCK_SHAPED = re.compile(r"\d{1,2}\.\d\d").fullmatch


def _run_spans(text: str, runs: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Spans of the places where a run of terms (a phrase's forms, its stop words' included; a
    CJK word's overlapping bigrams) holds at consecutive token positions of ``text``, as the
    index matches a phrase: each span from its first token's start to its last one's end.

    A run with a word other than a stop word or CJK is looked for from that word's places
    (found as any word's are, :func:`match_spans`), reading only the tokens around them;
    others read every token of ``text``. A run ending with the mark :data:`~.phrase.TYPED_END`
    and a typed prefix (a prefix in a script written without spaces completed by its last
    term: ``17명`` by "17 명이") is lit from its start to where that prefix ends in its last
    token ("17명", never the particle after it: t13an N20); the same run without the mark
    (asked whole too) lights its whole last token."""
    cut = _typed_cuts(runs)
    if cut:
        runs = list(dict.fromkeys(r[:-1] if r[-1].startswith(TYPED_END) else r for r in runs))
    out: list[tuple[int, int]] = []
    scan = []
    # Runs grouped by their anchor word, its index and their length: the anchor's places are
    # found once and the tokens around each read once for the whole group (a prefix's
    # completions, ``state-o*``: "state" before each of a few hundred words starting with "o",
    # re-read the tokens after every "state" once per completion: ~20 ms a hit at 10,000 articles).
    groups: dict[tuple[str, int, int], list[tuple[str, ...]]] = {}
    for run in runs:
        # (a percentage's words as one term, "per cent", are no anchor: match_spans finds them
        # inside the percentage's token, not at a token's start)
        anchor = next(
            (j for j, w in enumerate(run) if not is_stop_form(w) and not is_cjk(w[:1]) and " " not in w), None
        )
        if anchor is None:
            scan.append(run)
        else:
            groups.setdefault((run[anchor], anchor, len(run)), []).append(run)
    if groups:
        # Every anchor's places from one pass over the text, each place's groups by the forms of
        # its token: found word by word, a prefix's few hundred completions ("the go*": "the
        # government", "the good" …) read the whole text once each, ~0.1 s a hit at 1,000
        # articles (s42-q). A group's runs need its word among those forms (_runs_at).
        by_word: dict[str, list[tuple[int, list[tuple[str, ...]]]]] = {}
        for (word, anchor, _k), group in groups.items():
            by_word.setdefault(word, []).append((anchor, group))
        for start, _end in match_spans(text, set(by_word)):
            token = next(search_tokens(text, start), None)
            if token is None or token[1] != start:
                continue
            for word in _clock_forms_at(text, *token) & by_word.keys():
                for anchor, group in by_word[word]:
                    out.extend(_runs_at(text, group, anchor, start, cut))
    if scan:
        out.extend(_scan_runs(text, scan, cut))
    return _merged(sorted(out))


_NO_CUTS: Mapping[tuple[str, ...], int] = {}


def _typed_cuts(runs: list[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """Each run marked with a typed prefix (:data:`~.phrase.TYPED_END`, its last element) → the
    number of characters of its last token lit (the prefix's); a run also asked unmarked is
    lit whole (left out)."""
    whole = {r for r in runs if not r[-1].startswith(TYPED_END)}
    return {
        r[:-1]: len(r[-1]) - len(TYPED_END)
        for r in runs
        if len(r) > 1 and r[-1].startswith(TYPED_END) and r[:-1] not in whole
    }


def _run_end(run: tuple[str, ...], last: tuple[int, int], cut: Mapping[tuple[str, ...], int]) -> int:
    """Where the lit span of ``run`` ends, its last token at ``last`` (start, end): that
    token's end, or, for a run marked with a typed prefix (``cut``), where the prefix ends in it."""
    n = cut.get(run)
    return last[1] if n is None else min(last[1], last[0] + n)


def _runs_at(
    text: str, runs: list[tuple[str, ...]], anchor: int, start: int, cut: Mapping[tuple[str, ...], int] = _NO_CUTS
) -> list[tuple[int, int]]:
    """The spans of those of ``runs`` (of one length, word ``anchor`` the same) that hold in
    ``text`` with that word at the token starting at ``start`` (:func:`_run_at` of each, the
    tokens around it read once)."""
    k = len(runs[0])
    ahead = list(islice(search_tokens(text, start), k - anchor))
    if len(ahead) < k - anchor or ahead[0][1] != start:
        return []
    before = _tokens_before(text, start, anchor) if anchor else []
    if before is None:
        return []
    around = [*before, *ahead]
    forms = [_clock_forms_at(text, tok, s, e) for tok, s, e in around]
    last = around[-1][1:]
    return [
        (_run_start(run[0], *around[0]), _run_end(run, last, cut))
        for run in runs
        if all(w in f for w, f in zip(run, forms))
    ]


def _run_start(first: str, token: str, start: int, _end: int) -> int:
    """Where a run whose first term is ``first`` starts in the token ``token`` at ``start``: at
    the token, or, for a percentage's words as one term ("per cent" of "78 per cent"), at them."""
    if " " in first:
        forms = token_forms(token)
        for form, a, _b in word_forms(token, forms[0] if forms else None):
            if form == first:
                return start + a
    return start


def _tokens_before(text: str, pos: int, n: int) -> list[tuple[str, int, int]] | None:
    """The ``n`` tokens of ``text`` right before offset ``pos`` (a token's start), or None when
    there are fewer. Read from a window that starts at whitespace (never inside a token) and
    holds more than ``n`` tokens, so that the ones returned are read as the whole text reads
    them."""
    lo = pos
    while True:
        lo = max(0, lo - 40 * (n + 1))
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        toks = list(search_tokens(text[lo:pos]))
        if len(toks) > n or lo == 0:
            break
    if len(toks) < n:
        return None
    return [(tok, lo + a, lo + b) for tok, a, b in toks[-n:]]


def _scan_runs(
    text: str, runs: list[tuple[str, ...]], cut: Mapping[tuple[str, ...], int] = _NO_CUTS
) -> list[tuple[int, int]]:
    """:func:`_run_spans` of runs of stop words and CJK bigrams alone, over every token."""
    firsts = {r[0] for r in runs}
    toks = [(_clock_forms_at(text, tok, start, end), tok, start, end) for tok, start, end in search_tokens(text)]
    out: list[tuple[int, int]] = []
    n = len(toks)
    for i, (forms, tok, start, end) in enumerate(toks):
        if forms.isdisjoint(firsts):
            continue
        for run in runs:
            k = len(run)
            if run[0] in forms and i + k <= n and all(run[j] in toks[i + j][0] for j in range(1, k)):
                out.append((_run_start(run[0], tok, start, end), _run_end(run, toks[i + k - 1][2:], cut)))
    return out


def _clock_forms_at(text: str, token: str, start: int, end: int) -> frozenset[str]:
    """:func:`_forms_at` of the token ``text[start:end]``, a time written with a dot with its
    colon's form too (``tokens.dotted_clock``), as the index keeps it."""
    forms = _forms_at(token)
    if _CLOCK_SHAPED(token) and (clock := dotted_clock(text, start, end)) is not None:
        return forms | {clock}
    return forms


@lru_cache(maxsize=65536)
def _forms_at(token: str) -> frozenset[str]:
    """The terms the index keeps at one token's position: its forms (a percentage's words
    too), or its stop form."""
    forms = token_forms(token)
    if forms is None:
        return frozenset((stop_form(token),))
    return frozenset((*forms, *(f for f, _a, _b in word_forms(token, forms[0]))))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined (the bigrams of one CJK word: one span)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_SNAP = 20  # characters a snippet's end may move to reach whitespace


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in ("W", "F")


def _back(text: str, start: int, cells: int) -> int:
    """The offset ``lo`` <= ``start`` where ``text[lo:start]`` fills ``cells`` columns."""
    lo = max(0, start - cells)
    if text[lo:start].isascii():
        return lo
    lo, used = start, 0
    while lo > 0 and used < cells:
        lo -= 1
        used += 2 if _wide(text[lo]) else 1
    return lo


def _forward(text: str, lo: int, cells: int) -> int:
    """The offset ``hi`` >= ``lo`` where ``text[lo:hi]`` fills ``cells`` columns."""
    hi = min(len(text), lo + cells)
    if text[lo:hi].isascii():
        return hi
    hi, used = lo, 0
    while hi < len(text) and used < cells:
        used += 2 if _wide(text[hi]) else 1
        hi += 1
    return hi


def _densest(spans: list[tuple[int, int]], window: int, keys: Sequence[str] | None = None) -> tuple[int, int]:
    """The first match that starts the best ``window`` of matches (spans in text order, starts
    unique): a sliding window, linear in the number of matches. With ``keys`` (what each span
    matched of the query, :func:`span_keys`), the window holding the most of the query's
    terms, then the most matched whole (a prefix's words are a looser match: "45 %" of
    ``45 per``, the percentage, before the "personas" its prefix also lights), then its rarest
    term (the fewest matches in the text), then the most matches; without, the most matches."""
    if keys is None:
        keys = [""] * len(spans)
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    best, best_score = spans[0], (0, 0, 0, 0)
    held: dict[str, int] = {}
    j = 0
    for i, s in enumerate(spans):
        j = max(j, i)
        while j < len(spans) and spans[j][0] < s[0] + window:
            held[keys[j]] = held.get(keys[j], 0) + 1
            j += 1
        whole = sum(1 for k in held if not k.endswith("*"))
        score = (len(held), whole, -min(seen[k] for k in held), j - i)
        if score > best_score:
            best, best_score = s, score
        left = held[keys[i]] - 1
        if left:
            held[keys[i]] = left
        else:
            del held[keys[i]]
    return best


def span_keys(text: str, spans: Sequence[tuple[int, int]], terms: Iterable[str], prefixes: Iterable[str]) -> list[str]:
    """What each span of ``text`` matched of a query: the prefix (of ``prefixes``, as
    ``"per*"``) its word starts with (the prefix's expansions are among ``terms`` too: one key
    for them all), else the term (of ``terms``) it is indexed by; its word's own forms first
    (the percentage "7.5%" of "7.5 per cent", not the "per" kept beside it), then the words
    indexed with it; else its words folded (a phrase, a CJK word, an entity's mention)."""
    wanted = set(terms)
    starts = sorted(set(prefixes), key=lambda p: (-len(p), p))

    def key_of(forms: Iterable[str]) -> str | None:
        forms = set(forms)
        got = next((f"{p}*" for p in starts if any(f.startswith(p) for f in forms)), None)
        return got if got is not None else min(forms & wanted, default=None)

    out: list[str] = []
    known: dict[str, str] = {}  # a word matched many times is looked at once
    for start, end in spans:
        piece = text[start:end]
        key = known.get(piece)
        if key is None:
            toks = [tok for tok, _a, _b in search_tokens(piece)]
            got = key_of(token_forms(toks[0]) or ()) or key_of(_forms_at(toks[0])) if len(toks) == 1 else None
            key = known[piece] = got if got is not None else " ".join(toks).casefold()
        out.append(key)
    return out


def body_snippet(
    text: str,
    spans: list[tuple[int, int]],
    noise: list[tuple[int, int]],
    *,
    markdown: Sequence[tuple[int, int]] | None = None,
    body: bool = True,
    width: int = 180,
    terms: Iterable[str] = (),
    prefixes: Iterable[str] = (),
) -> tuple[str, list[tuple[int, int]]]:
    """A hit's snippet as the reader shows its article (:func:`make_snippet`'s form): with
    ``body`` (the hit is found in the article itself: its words, title, outlet, entities), from
    the text outside the boilerplate ``noise`` alone, around its densest run of ``spans`` there,
    else from its start (an ``outlet:`` or ``title:`` match the body never writes); a Markdown
    article's blocks (``markdown``: their (start, end)) shown without their syntax, as the reader
    shows them. Without ``body`` (a hit found only in boilerplate), or with nothing outside the
    boilerplate, around the matches wherever they are (Markdown shown all the same). The window
    is the one holding the most of the query's ``terms`` and ``prefixes`` (the words it searched,
    :func:`span_keys`), then its rarest, then the most matches (:func:`_densest`)."""
    is_noise = noise_test(noise)
    kept = _outside(text, noise) if body else []
    keys = span_keys(text, spans, terms, prefixes)
    inside = [s for s in spans if not is_noise(s[0])]
    inside_keys = [k for s, k in zip(spans, keys, strict=True) if not is_noise(s[0])]
    reach = width * 2 // 3  # (make_snippet's window for its densest run)
    if (
        kept
        and len(set(inside_keys)) < len(set(keys))
        and _most_words(spans, keys, reach) > _most_words(inside, inside_keys, reach)
    ):
        # The boilerplate holds words of the query the article does not ("Kalgoorlie" in the
        # article, "Kalgoorlie Cup" in its related-stories list): the window holding the most of
        # the query's words is looked for everywhere, as the README promises; from the article
        # alone the snippet showed neither the phrase nor the second word (t13au N18). Only when
        # a window there holds more of them than the article's best does: else (an OR query's
        # "storm" only in the related list, far from the article's "flood") the article's own
        # text gives the snippet, with no masthead or date line drifting in (review s51-rv F1).
        if markdown is None:
            return make_snippet(text, spans, _nowhere, width, keys)
        kept, inside, inside_keys = [(0, len(text))], spans, keys
    if not kept:  # where it was found, boilerplate and all
        if markdown is None or not text.strip():
            return make_snippet(text, spans, is_noise, width, keys)
        kept, inside, inside_keys = [(0, len(text))], spans, keys
    pieces = kept
    if markdown is not None:
        # Only the blocks around the window are shown without their syntax (~0.4 ms a block):
        # the densest run's block, the blocks before it over a third of the width (more near
        # the end, where the window reaches back to fill its width), after it over twice the
        # width (the syntax they lose only shortens them).
        anchor = _densest(inside, width * 2 // 3, inside_keys)[0] if inside else kept[0][0]
        pieces = [(max(a, s), min(b, e)) for a, b in markdown for s, e in kept if max(a, s) < min(b, e)]
        at = next((i for i, (_a, b) in enumerate(pieces) if b > anchor), len(pieces) - 1)
        first, last = at, at
        while last + 1 < len(pieces) and pieces[last + 1][0] - anchor < width * 2:
            last += 1
        before = width // 3 + max(0, width - (pieces[last][1] - anchor))
        while first > 0 and anchor - pieces[first - 1][1] < before:
            first -= 1
        pieces = pieces[first : last + 1]
    view, moved = _view(text, pieces, shown=markdown is not None)
    shown = [(m, k) for s, k in zip(inside, inside_keys, strict=True) if (m := moved(*s)) is not None]
    return make_snippet(view, [m for m, _k in shown], _nowhere, width, [k for _m, k in shown])


def _most_words(spans: list[tuple[int, int]], keys: list[str], window: int) -> int:
    """How many of the query's words (``keys``, one a span, :func:`span_keys`) the best
    ``window`` of ``spans`` (characters from its first match, :func:`_densest`) holds; 0 with no
    spans."""
    if not spans:
        return 0
    first = _densest(spans, window, keys)[0]
    return len({k for (a, _b), k in zip(spans, keys, strict=True) if first <= a < first + window})


def _nowhere(_offset: int) -> bool:
    return False


def _outside(text: str, noise: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` outside the spans ``noise`` that hold more than whitespace."""
    out, at = [], 0
    for start, end in [*sorted(noise), (len(text), len(text))]:
        if start > at and not text[at:start].isspace():
            out.append((at, start))
        at = max(at, end)
    return out


def _view(
    text: str, pieces: list[tuple[int, int]], *, shown: bool
) -> tuple[str, Callable[[int, int], tuple[int, int] | None]]:
    """``text``'s ``pieces`` (in order) as one text, each on a line of its own (with ``shown``,
    a Markdown block's syntax hidden: :func:`~waic_reader.index.corpus.markdown.shown_block`),
    and the map of a span of ``text`` to the view (None: outside every piece)."""
    from waic_reader.index.corpus.markdown import line_after, line_before, shown_block

    parts: list[str] = []
    bases: list[int] = []
    maps: list[tuple[int, ...] | None] = []
    at = 0
    for a, b in pieces:
        block = shown_block(text[a:b], line_after(text, b), line_before(text, a)) if shown else None
        part = block.text if block is not None else text[a:b]
        bases.append(at)
        maps.append(block.positions if block is not None else None)
        parts.append(part)
        at += len(part) + 1
    starts = [a for a, _b in pieces]

    def moved(start: int, end: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or start >= pieces[i][1]:
            return None
        a, b = pieces[i]
        end = min(end, b)
        where = maps[i]
        s, e = (start - a, end - a) if where is None else (where[start - a], where[end - a])
        return (bases[i] + s, bases[i] + e) if s < e else None

    return "\n".join(parts), moved


# Where unspaced CJK text may start a snippet: after a sentence's end (and its closing bracket).
_CJK_STARTS_AFTER = frozenset("。！？」』）")


def _start_near(text: str, cut: int, match: int) -> int:
    """A snippet's start near ``cut`` (<= ``match``, the match it shows): the whitespace at most
    ``_SNAP`` characters before it, else the first after it (before ``match``), else ``cut``.
    In unspaced CJK text (a wide character at the cut), which breaks anywhere, the end of a
    sentence at most ``_SNAP`` characters before it, else ``cut`` itself: the next whitespace
    there is a paragraph's end, and starting after it cut a snippet near an article's end to
    its last paragraph (77 Japanese characters, 150 columns of 180)."""
    lo = cut
    floor = max(0, lo - _SNAP)
    if 0 < cut < len(text) and (_wide(text[cut]) or _wide(text[cut - 1])):
        while lo > floor and not text[lo - 1].isspace() and text[lo - 1] not in _CJK_STARTS_AFTER:
            lo -= 1
        return lo if lo == 0 or text[lo - 1].isspace() or text[lo - 1] in _CJK_STARTS_AFTER else cut
    while lo > floor and not text[lo - 1].isspace():
        lo -= 1
    if lo > 0 and not text[lo - 1].isspace():  # no whitespace just before: the next one, or cut
        space = _SPACE_RUN.search(text, cut, match)
        lo = space.end() if space is not None else cut
    return lo


def make_snippet(
    text: str,
    spans: list[tuple[int, int]],
    is_noise: Callable[[int], bool],
    width: int = 180,
    keys: Sequence[str] | None = None,
) -> tuple[str, list[tuple[int, int]]]:
    """A one-line excerpt around the best run of matches (:func:`_densest`; ``keys``: what each
    span matched of the query), preferring the article body.

    Returns the snippet (at most ``width`` terminal columns plus up to ``2 * _SNAP`` characters
    to end at whitespace, and the two "…") and its highlights as (start, end) offsets into it;
    a match running past the snippet's ends is highlighted up to them."""
    if not spans:
        return one_line(text, width), []
    pairs = list(zip(spans, keys if keys is not None else [""] * len(spans), strict=True))
    body = [p for p in pairs if not is_noise(p[0][0])] or pairs
    best = _densest([p[0] for p in body], width * 2 // 3, [k for _s, k in body])
    # The window is measured in terminal columns (CJK characters take two) and cut at
    # whitespace near its ends; a long run without whitespace (a 10,000-character word, CJK
    # text) is cut inside, so the match always stays in the window.
    lo = _start_near(text, _back(text, best[0], width // 3), best[0])
    # The window never grows to hold the match: a match longer than the window (a run of
    # 10,000 CJK characters, a prefix matching a 10,000-character word) is highlighted up to
    # the window's end, so a snippet is at most ``width`` columns plus the whitespace snaps.
    hi = _forward(text, lo, width)
    if hi == len(text) and lo > 0:
        # Near the text's end the window reaches back to fill its width (a match in the last
        # sentence showed only that sentence: 26 characters of Korean, 77 of Spanish).
        lo = min(lo, _start_near(text, _back(text, hi, width), best[0]))
    cap = hi + _SNAP
    while hi < len(text) and not text[hi].isspace() and hi < cap:
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
    for start, end in spans:
        start, end = max(start, lo), min(end, hi)  # a match longer than the window: its visible part
        if start < end and not raw[start - lo].isspace() and not raw[end - 1 - lo].isspace():
            a = at(start - lo) - lead + len(prefix)
            b = at(end - lo) - lead + len(prefix)
            if 0 <= a < b <= len(snippet):
                matches.append((a, b))
    return snippet, matches
