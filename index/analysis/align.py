"""Sentence alignment of two articles: which sentences report the same thing, and which are one-sided.

Each content sentence (noise excluded) becomes a TF-IDF vector of normalised content words, with
extra weight on entities (capitalised words, acronyms) and numbers, because two outlets rewording
one report keep its names and figures while paraphrasing the rest. IDF is computed over the
sentences of both articles, so words that run through the whole story ("AI", "China") count for
little and the distinctive ones ("Zhaoxu", "roundtable", "800") decide.

Pairing runs in three passes:

1. *Confident pairs*, free of order: two sentences quoting the same words first, whoever they
   credit them to (:func:`_same_quotes`), then a greedy one-to-one matching by descending cosine
   above ``threshold``. The heaviest chain of those pairs that keeps both articles' order is the
   backbone; confident pairs off the backbone are kept and flagged ``moved`` (outlets often put
   the same paragraph in a different place).
2. *Order-aware gap filling*: between two consecutive backbone pairs, sentences that are still
   unpaired may pair at a lower threshold (``GAP_FACTOR * threshold``) when they also keep the
   order, since their neighbours already vouch for them.
3. *Splits* (one-to-many): an unpaired sentence whose best partner is already paired joins it as
   an ``extra`` pair when its score, or how much of its own weight the partner covers, shows a
   real overlap. One outlet often says in two sentences what another says in one; marking the
   second half as "only in B" would be wrong. But a half must say a part of its partner that
   the group does not say already, or restate what the other article says: a sentence adding a
   new fact about the same people and places stays one-sided (:func:`_split_halves`). Each
   sentence still belongs to one row of :func:`rows`.

Within a pair, content words whose normalised form occurs in the other sentence are *shared*,
the other content words *differ*; a sentence split across the other side is judged against its
whole group there (its partner and the split halves). Stop words are neither, so highlighting
stays readable. Everything is pure Python over small dicts: two 1,000-word articles align in a
few milliseconds.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from waic_reader.index.analysis.figures import Figure, after_qualifier, find_figures
from waic_reader.index.analysis.lexicon import NUMBER_WORDS, STOP_WORDS
from waic_reader.index.corpus.blocks import ends_like_sentence
from waic_reader.index.corpus.tokens import ALIGN_TOKEN, SEARCH_TOKEN, fold, number_forms

Spans = list[tuple[int, int]]

DEFAULT_THRESHOLD = 0.30  # cosine for a confident pair (calibrated on the seeds; see tests)
GAP_FACTOR = 0.6  # between backbone pairs, order vouches for weaker matches
EXTRA_COVER = 0.45  # a split half must have this share of its weight in the partner
SPLIT_NEW = 0.2  # ... and this share on partner words its group does not share yet,
RESTATED = 0.5  # ... or this share of its words but names said by the other article (see _split_halves)
NOISE_OVERLAP = 0.5  # a sentence more than half inside noise spans is noise
ENTITY_WEIGHT = 1.6  # names and numbers survive paraphrase; function words do not
QUOTE_SAME = 0.8  # two quotations this alike (Dice over their content words) are one quotation
QUOTE_MIN_TERMS = 4  # ... when each has this many content words ("a 'tragedy'" is no quotation to pair on)


class ArticleLike(Protocol):
    doc: str
    text: str

    @property
    def sentences(self) -> Sequence[Any]: ...


# ---------------------------------------------------------------------------------------------
# Normalisation shared with the fact sheet

# STOP_WORDS and NUMBER_WORDS live in lexicon.py (one list each for the whole engine).

# Words ending in "s" that are not plurals worth folding.
_KEEP_S = frozenset(
    """news series species always perhaps thus this is was has its his hers ours yours theirs does
    goes whereas less unless across chaos bus gas plus bonus campus census status virus crisis
    analysis basis thesis diagnosis emphasis axis tennis texas paris athens brussels lagos davos
    physics politics economics mathematics ethics statistics means""".split()
)

# Acronyms with dots ("U.S."), numbers with separators ("3,000", "5.6"), words with an inner
# apostrophe. Hyphenated compounds split, so "U.S.-China" and "AI-powered" share their parts.
TOKEN = ALIGN_TOKEN
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Light stemming: plural, -ed/-ing, British -ise/-our spellings, final -e."""
    w = word
    if len(w) > 5:
        # organisation/organization, criticised/criticized, analyse/analyze, colour/color
        w = re.sub(r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1", w)
        w = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", w)
        w = re.sub(r"our(s|ed|ing|ite|ites|able)?$", r"or\1", w)
        w = re.sub(r"([^aeiou])tre(s)?$", r"\1ter\2", w)  # centre/center
    if len(w) > 3 and w.endswith("s") and w not in _KEEP_S:
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith(("sses", "xes", "ches", "shes", "zzes")):
            w = w[:-2]
        elif not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "planned" -> "plan"
            break
    if w.endswith("ation") and len(w) > 7:
        w = w[:-5]  # "organization"/"organize" and "cooperation"/"cooperate" meet
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def normalize(token: str) -> str | None:
    """The comparable term for one token, or None for a stop word.

    Acronyms keep their letters ("U.S." and "US" are "us", which the stop list would otherwise
    eat), numbers lose separators ("3,000" is "3000"), number words become digits.
    """
    t = token.replace("’", "'")
    if t[0].isdigit():
        return t.replace(",", "")
    if "." in t:
        return t.replace(".", "").lower()
    t = _POSSESSIVE.sub("", t) if len(t) > 2 else t
    if not t:
        return None
    low = t.lower()
    if low in NUMBER_WORDS:
        return str(NUMBER_WORDS[low])
    if t.isupper() and len(t) > 1:
        return low  # "US", "AI", "IT": an acronym is never a stop word
    if low in STOP_WORDS or len(low) < 2:
        return None
    return _fold(low)


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    start: int  # absolute offsets into the article text
    end: int
    entity: bool


def terms(text: str, offset: int = 0) -> list[Term]:
    """Content terms of ``text`` with absolute spans; the first word's capital is not a name."""
    out: list[Term] = []
    for k, m in enumerate(TOKEN.finditer(text)):
        tok = m.group()
        norm = normalize(tok)
        if norm is None:
            continue
        entity = tok[0].isdigit() or (tok[0].isupper() and (k > 0 or tok.isupper()))
        out.append(Term(norm, offset + m.start(), offset + m.end(), entity))
    return out


# ---------------------------------------------------------------------------------------------
# Result types


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Pair:
    """Two sentences reporting the same thing. Word spans are absolute offsets in each article."""

    a: Span
    b: Span
    score: float
    a_shared: Spans = field(default_factory=list)
    a_diff: Spans = field(default_factory=list)
    b_shared: Spans = field(default_factory=list)
    b_diff: Spans = field(default_factory=list)
    moved: bool = False  # crosses the order the two articles otherwise share
    extra: bool = False  # second partner of a sentence that is split in the other article

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "score": round(self.score, 4),
            "moved": self.moved,
            "extra": self.extra,
            "words": {
                "a_shared": _pairs(self.a_shared),
                "a_diff": _pairs(self.a_diff),
                "b_shared": _pairs(self.b_shared),
                "b_diff": _pairs(self.b_diff),
            },
        }


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a side-by-side view: a pair, or a sentence present on one side only.

    For an ``extra`` pair only the split-off sentence is on the row (the other side already sits
    on its primary pair's row, which comes right before or after).
    """

    a: Span | None
    b: Span | None
    pair: Pair | None


@dataclass(slots=True)
class Alignment:
    a_doc: str
    b_doc: str
    pairs: list[Pair]
    only_a: list[Span]
    only_b: list[Span]
    threshold: float = DEFAULT_THRESHOLD
    _rows: list[Row] = field(default_factory=list, repr=False)

    def rows(self) -> list[Row]:
        return list(self._rows)

    @property
    def floor(self) -> float:
        """The lowest similarity (0 to 1) at which a pair is kept when its place between two pairs
        at ``threshold`` or more, or a figure both sentences report, vouches for it (a split half
        too, when its partner says most of it); two sentences quoting the same words pair at
        any score."""
        return self.threshold * GAP_FACTOR

    def vouched(self, pair: Pair) -> bool:
        """Whether ``pair`` is kept below ``threshold``: its order, a shared figure or quotation
        vouches for it (see :attr:`floor`). The export marks it so, so that no pair contradicts
        the threshold it states (t13ai N14)."""
        return pair.score < self.threshold

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a_doc,
            "b": self.b_doc,
            "pairs": [p.to_json() for p in self.pairs],
            "only_a": [s.to_json() for s in self.only_a],
            "only_b": [s.to_json() for s in self.only_b],
            "threshold": self.threshold,
            "summary": {
                "pairs": len(self.pairs),
                "only_a": len(self.only_a),
                "only_b": len(self.only_b),
                "moved": sum(p.moved for p in self.pairs),
                "extra": sum(p.extra for p in self.pairs),
            },
        }


def _pairs(spans: Spans) -> list[list[int]]:
    return [[s, e] for s, e in spans]


def rows(alignment: Alignment) -> list[Row]:
    return alignment.rows()


# ---------------------------------------------------------------------------------------------
# Alignment


def content_sentences(article: ArticleLike, noise_spans: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Sentences with at most half their characters inside noise and at least one content word."""
    return [span for span, _ in _content(article, noise_spans)]


def _content(article: ArticleLike, noise_spans: Iterable[tuple[int, int]]) -> list[tuple[Span, list[Term]]]:
    noise = sorted((s, e) for s, e in noise_spans if e > s)
    out: list[tuple[Span, list[Term]]] = []
    for s in article.sentences:
        length = max(1, s.end - s.start)
        covered = sum(max(0, min(e, s.end) - max(st, s.start)) for st, e in noise)
        if covered / length > NOISE_OVERLAP:
            continue
        ts = sentence_terms(s.text, s.start)
        if ts:
            out.append((Span(s.start, s.end, s.text), ts))
    return out


def sentence_terms(text: str, offset: int = 0) -> list[Term]:
    """The terms a content sentence ``text`` (at ``offset``) is compared by: :func:`terms`, a
    figure and its unit one term (:func:`_figure_words`: "40 km", "5000000 USD"), a percentage
    one term (:func:`_percentages`)."""
    return _percentages(_figure_words(terms(text, offset), text, offset), text, offset)


def _percentages(ts: list[Term], text: str, offset: int) -> list[Term]:
    """``ts`` (the terms of ``text``, which starts at ``offset``) with each number the search
    tokeniser reads as a percentage (:data:`~waic_reader.index.corpus.tokens.SEARCH_TOKEN`: "4.5%",
    "4.5 %", "4.5 per cent", "4.5 pct", "45-percent") one term, its sign or words in its span, in
    the one form search compares (:func:`~waic_reader.index.corpus.tokens.number_forms`: "4.5%"):
    a percentage is one word however written (README, search), so "4.5%" and "4.5 per cent" are
    shared, and "cent" is no differing word (t13ad N21). So is a unit the search tokeniser joins
    across a slash ("km/h", "m/s", "mg/l", "30km/h"): one term, folded, never cut to "km" with its
    "/h" in no span (t13ae P12). Compare's alone: quotes' terms are searched (``said:``) as
    :func:`terms` gives them."""
    out: list[Term] = []
    covered = -1  # the end of the last percentage's or slash unit's words
    for t in ts:
        if t.start < covered:
            continue  # "cent" of "4.5 per cent"
        if (
            t.start >= offset
            and (m := SEARCH_TOKEN.match(text, t.start - offset)) is not None
            and offset + m.end() > t.end
        ):
            if t.term[:1].isdigit() and (form := number_forms(fold(m.group()))[0]).endswith("%"):
                out.append(Term(form, t.start, offset + m.end(), t.entity))
                covered = offset + m.end()
                continue
            if "/" in text[t.end - offset : m.end()]:
                out.append(Term(fold(m.group()), t.start, offset + m.end(), t.entity))
                covered = offset + m.end()
                continue
        out.append(t)
    return out


# The figures whose unit (or month, or currency) is written in several ways: "60 km/h" and "60
# kilometres per hour", "Nov. 9" and "9 November", "€3 million" and "3 million euros". Counts
# ("12 people": their noun stays words of its own), years and percentages (:func:`_percentages`)
# are not among them.
_UNIT_KINDS = frozenset({"quantity", "money", "duration", "date"})


def _figure_form(fig: Figure) -> str:
    """The one comparison form of a figure's value and unit ("60 km/h", "3000000 EUR", "3 week",
    "1109 date"): a space in it, so no word of a text is ever written so."""
    value = f"{fig.value:.12g}" + (f"-{fig.high:.12g}" if fig.high is not None else "")
    return f"{value} {fig.unit or fig.kind}"


def _figure_words(ts: list[Term], text: str, offset: int) -> list[Term]:
    """``ts`` (the terms of ``text``, which starts at ``offset``) with the words of each figure
    with a unit (:data:`_UNIT_KINDS`; :func:`~waic_reader.index.analysis.figures.find_figures`,
    the fact sheet's recogniser and its units) one term, spanning its number and unit as written
    (a qualifier, "about", left a word of its own), in one form however the unit is written
    (:func:`_figure_form`): "60 km/h" and "60 kilometres per hour" are one shared word, not "60"
    shared and "km" against "kilometres" and "hour" differing; "three weeks" and "€3 million" share
    nothing (t13ae P12, round s37-z4)."""
    if not any(t.term[:1].isdigit() for t in ts):
        return ts  # no figure (a number word is a digit term too: "three" is "3")
    spans: list[tuple[int, int, str]] = []
    for fig in find_figures(text):
        if fig.kind not in _UNIT_KINDS or fig.vague:
            continue
        lo = max(fig.num_start, after_qualifier(text, fig))
        if lo < fig.num_end:
            spans.append((offset + lo, offset + fig.num_end, _figure_form(fig)))
    if not spans:
        return ts
    out: list[Term] = []
    k = 0
    for t in ts:
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        if k < len(spans) and spans[k][0] <= t.start and t.end <= spans[k][1]:
            lo, hi, form = spans[k]
            if out and out[-1].term == form and out[-1].start == lo:
                continue  # "kilometres", "hour" of "60 kilometres per hour"
            out.append(Term(form, lo, hi, True))
            continue
        out.append(t)
    return out


def _vectors(
    sents_a: list[list[Term]], sents_b: list[list[Term]]
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    all_sents = sents_a + sents_b
    df: dict[str, int] = {}
    for ts in all_sents:
        for t in {t.term for t in ts}:
            df[t] = df.get(t, 0) + 1
    n = len(all_sents)
    idf = {t: math.log(1.0 + n / c) for t, c in df.items()}

    def vec(ts: list[Term]) -> dict[str, float]:
        tf: dict[str, float] = {}
        ent: set[str] = set()
        for t in ts:
            tf[t.term] = tf.get(t.term, 0.0) + 1.0
            if t.entity:
                ent.add(t.term)
        v = {k: (1.0 + math.log(c)) * idf[k] * (ENTITY_WEIGHT if k in ent else 1.0) for k, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {k: x / norm for k, x in v.items()}

    return [vec(ts) for ts in sents_a], [vec(ts) for ts in sents_b]


def _cover(u: dict[str, float], v: dict[str, float]) -> float:
    """Share of u's squared weight on terms v also has: how much of u the other sentence says."""
    return sum(x * x for k, x in u.items() if k in v)


def _chain(pairs: list[tuple[int, int, float]]) -> set[tuple[int, int]]:
    """The heaviest set of pairs increasing in both indices (weighted LIS, O(k²) on few pairs)."""
    ps = sorted(pairs)
    best: list[float] = []
    prev: list[int] = []
    for k, (i, j, s) in enumerate(ps):
        best.append(s)
        prev.append(-1)
        for q in range(k):
            if ps[q][0] < i and ps[q][1] < j and best[q] + s > best[k]:
                best[k], prev[k] = best[q] + s, q
    if not ps:
        return set()
    k = max(range(len(ps)), key=lambda q: (best[q], -q))
    chain: set[tuple[int, int]] = set()
    while k >= 0:
        chain.add((ps[k][0], ps[k][1]))
        k = prev[k]
    return chain


def _gap_fill(
    sim: list[list[float]], ok: list[list[bool]], ia: list[int], jb: list[int], floor: float
) -> list[tuple[int, int]]:
    """Best order-keeping pairs among the unpaired sentences of one gap (DP, small matrices)."""
    n, m = len(ia), len(jb)
    if not n or not m:
        return []
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            s = sim[ia[x]][jb[y]]
            take = s + dp[x + 1][y + 1] if s >= floor and ok[ia[x]][jb[y]] else -1.0
            dp[x][y] = max(take, dp[x + 1][y], dp[x][y + 1])
    out: list[tuple[int, int]] = []
    x = y = 0
    while x < n and y < m:
        s = sim[ia[x]][jb[y]]
        if s >= floor and ok[ia[x]][jb[y]] and dp[x][y] == s + dp[x + 1][y + 1]:
            out.append((ia[x], jb[y]))
            x, y = x + 1, y + 1
        elif dp[x][y] == dp[x + 1][y]:
            x += 1
        else:
            y += 1
    return out


def _overlaps(score: float, cover: float, threshold: float) -> bool:
    """A split half: as similar as a confident pair, or weaker but mostly said by the partner."""
    return score >= threshold or (score >= threshold * GAP_FACTOR and cover >= EXTRA_COVER)


def _split_halves(
    candidates: list[tuple[int, int]],
    pa: dict[int, int],
    pb: dict[int, int],
    va: list[dict[str, float]],
    vb: list[dict[str, float]],
    names: tuple[list[set[str]], list[set[str]]],
    sim: list[list[float]],
) -> list[tuple[int, int]]:
    """The candidate split halves (``(i, j)``: one side's sentence unpaired, the other's paired)
    that the other article says too: each is judged on its own, not by the pair it would join.

    A sentence that repeats who and where beside something new ("Mayor Varga has asked residents
    to stay away from the river", next to a partner that already names the mayor, the residents
    and the river) scores like a split half, yet what it reports is in one article only. So each
    paired sentence's candidates are taken best first, and one joins the group when

    - at least ``SPLIT_NEW`` of its weight lies on partner words that neither the primary pair
      nor an earlier half shares: it says a part of the partner (a real split), or
    - the other article says at least ``RESTATED`` of the weight of its words other than names
      (``names``: each side's sentences' capitalised names): a restatement (a headline, a
      sentence repeated) of what the group says. Names are left out there because they say who
      and where, not what happened: a new fact about the same people names them too.

    Anything else is new material and stays one-sided (``only_a`` / ``only_b``).
    """
    said_in = {"a": set().union(*va) if va else set(), "b": set().union(*vb) if vb else set()}
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for i, j in candidates:
        groups.setdefault(("a", i) if i in pa else ("b", j), []).append((i, j))
    kept: list[tuple[int, int]] = []
    for (side, k), members in groups.items():
        if side == "a":
            partner, said = va[k], set(va[k]) & set(vb[pa[k]])
        else:
            partner, said = vb[k], set(vb[k]) & set(va[pb[k]])
        for i, j in sorted(members, key=lambda ij: (-sim[ij[0]][ij[1]], ij)):
            own, own_names = (vb[j], names[1][j]) if side == "a" else (va[i], names[0][i])
            adds = {w for w in own if w in partner and w not in said}
            if sum(own[w] ** 2 for w in adds) >= SPLIT_NEW:
                said |= adds
                kept.append((i, j))
                continue
            told = {w: x * x for w, x in own.items() if w not in own_names}
            if told and sum(x for w, x in told.items() if w in said_in[side]) >= RESTATED * sum(told.values()):
                kept.append((i, j))
    return sorted(kept)


def _headline(article: ArticleLike, spans: list[Span], ts: list[list[Term]]) -> int | None:
    """The index in ``spans`` (the content sentences, with their terms ``ts``) of ``article``'s
    headline, else None: the sentence showing its title (``title``, as the reader gives it: the
    same content words) on a line of its own, not ended like a sentence (the rule the block
    splitter gives a title line, :func:`~waic_reader.index.corpus.blocks.ends_like_sentence`).
    A title derived from a text's first sentence ("Alpha Corp bought Beta Ltd for $5 million.")
    is its lead, no headline. Only the first few sentences are looked at: a headline heads its
    article (a page's kicker or byline may come before it)."""
    title = getattr(article, "title", None)
    if not isinstance(title, str) or not title.strip():
        return None
    # read as the sentences are: a title read by words alone ("40", "km") was never its
    # sentence ("40 km"), so a headline with a figure in it was no headline, and each article's
    # headline was paired with the other's lead (t13am N11)
    want = [x.term for x in sentence_terms(title)]
    if not want:
        return None
    for k, (span, own) in enumerate(zip(spans[:_HEADLINE_WITHIN], ts)):
        if [x.term for x in own] != want:
            continue
        line_end = article.text.find("\n", span.end)
        rest = article.text[span.end : len(article.text) if line_end < 0 else line_end]
        if not rest.strip() and not ends_like_sentence(span.text):
            return k
        return None
    return None


# A headline is among the first content sentences (a page's kicker or a byline may precede it).
_HEADLINE_WITHIN = 5


def _word_spans(own: list[Term], other: set[str], text: str, base: int) -> tuple[Spans, Spans]:
    """Shared and differing content-word spans, adjacent words of one kind merged into a run
    (only what is no word between them), a run ending on word edges and holding no bracket
    it does not close: "March 3, 2026 (Nordwire" is "March 3, 2026" and "Nordwire" (t13ad N21),
    "Halvik Marine (HMX) Limited" one run."""
    runs: list[tuple[bool, list[tuple[int, int]]]] = []
    for t in own:
        kind = t.term in other
        gap = text[runs[-1][1][-1][1] - base : t.start - base] if runs else ""
        if runs and runs[-1][0] == kind and not any(ch.isalnum() for ch in gap):
            runs[-1][1].append((t.start, t.end))
        else:
            runs.append((kind, [(t.start, t.end)]))
    shared: Spans = []
    diff: Spans = []
    for kind, words in runs:
        (shared if kind else diff).extend(_bracketed_runs(words, text, base))
    return shared, diff


_CLOSING = {")": "(", "]": "[", "}": "{", "）": "（", "］": "［", "】": "【", "」": "「", "』": "『"}
_OPENING = frozenset(_CLOSING.values())


def _bracketed_runs(words: list[tuple[int, int]], text: str, base: int) -> Spans:
    """The run of ``words`` (spans of adjacent words, in order) cut where a bracket between two
    of them is not closed (or opened) inside the run, its runs' spans from the first word's start
    to the last word's end."""
    cuts: set[int] = set()  # i: no run across the gap before words[i]
    opened: list[tuple[str, int]] = []
    for i in range(1, len(words)):
        for ch in text[words[i - 1][1] - base : words[i][0] - base]:
            if ch in _OPENING:
                opened.append((ch, i))
            elif ch in _CLOSING:
                if opened and opened[-1][0] == _CLOSING[ch]:
                    opened.pop()
                else:
                    cuts.add(i)
                    opened.clear()  # (what it opened before is cut off by it)
    cuts.update(i for _ch, i in opened)
    out: Spans = []
    start = words[0][0]
    for i in range(1, len(words)):
        if i in cuts:
            out.append((start, words[i - 1][1]))
            start = words[i][0]
    out.append((start, words[-1][1]))
    return out


# The prefix of a fact's term: no word of a text starts with it.
_FACT_TERM = "\x00fact:"
# A fact counts as the two terms a report of it with the same figure shares: the figure and the
# word of its measure ("1200", "evacuated").
_FACT_COUNT = 2


def _with_facts(spans: list[Span], ts: list[list[Term]], facts: Iterable[tuple[int, str]]) -> list[list[Term]]:
    """Each sentence's terms with a term for every fact its figures report (t13n F23): two outlets
    giving one fact with different figures ("About 1,200 residents … were evacuated" and "Some
    1,500 people were evacuated …", "the government would release 5 million euros" and "the state
    would pledge 4.5 million euros") share its term as they would share a figure, so the sentences
    pair and their figures are shown as the words that differ; figures of different measures share
    nothing. The fact's term has no place in the text: it is never a shared or a differing word."""
    starts = [s.start for s in spans]
    extra: dict[int, set[str]] = {}
    for at, key in facts:
        k = bisect.bisect_right(starts, at) - 1
        if key and k >= 0 and at < spans[k].end:
            extra.setdefault(k, set()).add(_FACT_TERM + key)
    if not extra:
        return ts
    return [
        [*terms_, *(Term(key, -1, -1, True) for key in sorted(extra.get(k, ())) for _ in range(_FACT_COUNT))]
        for k, terms_ in enumerate(ts)
    ]


def _one_fact_pairs(va: list[dict[str, float]], vb: list[dict[str, float]]) -> set[tuple[int, int]]:
    """The sentence pairs ``(i, j)`` that share a fact's term (:func:`_with_facts`) no other
    sentence of either article has: the one sentence of each article that reports that fact (the
    one row of the fact sheet of the two articles), whatever its figures. They pair
    as a gap's sentences do, their place vouching for them as order does there ("…, which opened
    in 1974, …" and "It opened in 1976 and was due to be repaired in 2028": only in A / only in
    B, 0.24 and 0.30 against the threshold 0.30, while the fact sheet set 1974 against 1976;
    t13aa K22, round s36-d)."""
    where: dict[str, tuple[list[int], list[int]]] = {}
    for side, vs in enumerate((va, vb)):
        for k, v in enumerate(vs):
            for key in v:
                if key.startswith(_FACT_TERM):
                    where.setdefault(key, ([], []))[side].append(k)
    return {(ia[0], jb[0]) for ia, jb in where.values() if len(ia) == 1 and len(jb) == 1}


def _quoted_terms(spans: list[Span], ts: list[list[Term]], quoted: Iterable[tuple[int, int]]) -> list[list[set[str]]]:
    """For each sentence (``spans``, its terms ``ts``), the content words of each quotation in it
    (the part of a quoted span, ``quoted``, that lies in the sentence) with at least
    :data:`QUOTE_MIN_TERMS` of them."""
    parts = sorted((s, e) for s, e in quoted if e > s)
    out: list[list[set[str]]] = []
    for span, own in zip(spans, ts, strict=True):
        found: list[set[str]] = []
        for qs, qe in parts:
            if qe <= span.start or qs >= span.end:
                continue
            words = {t.term for t in own if t.start >= qs and t.end <= qe and t.start >= 0}
            if len(words) >= QUOTE_MIN_TERMS:
                found.append(words)
        out.append(found)
    return out


def _same_quotes(
    sa: list[Span],
    ta: list[list[Term]],
    a_quoted: Iterable[tuple[int, int]],
    sb: list[Span],
    tb: list[list[Term]],
    b_quoted: Iterable[tuple[int, int]],
    sim: list[list[float]],
    ok: list[list[bool]],
) -> list[tuple[int, int]]:
    """The sentence pairs ``(i, j)`` quoting near-identical words (:data:`QUOTE_SAME` of their
    content words shared, Dice), most alike first: the same quotation, whoever each outlet credits
    it to and whatever else the sentence says around it. Two outlets crediting one quote to
    different people ('"The driver appears to have lost control on the curve," police Colonel Raúl
    Mendoza Tello told reporters' beside '…," regional governor Marisol Quispe told local radio')
    share little but the quote, while the second shares the governor's name with another sentence
    naming her: on cosine alone the quote was "only in A" and B's paired with that other sentence
    (t13ah N5). Paired first, the two quotations stand side by side, the speakers among the words
    that differ."""
    qa, qb = _quoted_terms(sa, ta, a_quoted), _quoted_terms(sb, tb, b_quoted)
    if not any(qa) or not any(qb):
        return []
    found: list[tuple[float, float, int, int]] = []
    with_b = [(j, quotes_b) for j, quotes_b in enumerate(qb) if quotes_b]
    for i, quotes_a in enumerate(qa):
        for j, quotes_b in with_b if quotes_a else ():
            if not ok[i][j]:
                continue
            same = max(2 * len(x & y) / (len(x) + len(y)) for x in quotes_a for y in quotes_b)
            if same >= QUOTE_SAME:
                found.append((same, sim[i][j], i, j))
    found.sort(key=lambda f: (-f[0], -f[1], min(f[2], f[3]), max(f[2], f[3])))
    return [(i, j) for _, _, i, j in found]


def _best_of_both(sim: list[list[float]], ok: list[list[bool]], i: int, j: int) -> bool:
    """Whether ``(i, j)`` is the most similar pair each of its sentences may make (``ok``): no
    sentence of the other article is more like ``i``, none of this one more like ``j``."""
    score = sim[i][j]
    return all(sim[i][y] <= score for y in range(len(sim[i])) if ok[i][y]) and all(
        sim[x][j] <= score for x in range(len(sim)) if ok[x][j]
    )


def _lead(spans: list[Span], headline: int | None) -> int | None:
    """The index in ``spans`` (the content sentences) of an article's lead, else None: its first
    sentence after the headline (when one is known) that ends like a sentence, among the first
    few (a title line, a kicker or a byline ends like none)."""
    start = 0 if headline is None else headline + 1
    for k in range(start, min(len(spans), start + _HEADLINE_WITHIN)):
        if ends_like_sentence(spans[k].text):
            return k
    return None


def _words(v: dict[str, float]) -> set[str]:
    """A sentence's terms other than figures and facts: what it says besides its numbers."""
    return {k for k in v if not k[:1].isdigit() and not k.startswith(_FACT_TERM)}


def _without_other_figures(u: dict[str, float], v: dict[str, float]) -> float:
    """The cosine of ``u`` and ``v`` with the figures they report differently left out of both
    (each has figures the other lacks: "grown to 214 confirmed cases" and "climbed to 230"):
    two reports of one event whose counts moved say the same thing in their other words."""
    fu = [k for k in u if k[:1].isdigit() and k not in v]
    fv = [k for k in v if k[:1].isdigit() and k not in u]
    dot = sum(x * v[k] for k, x in u.items() if k in v)
    if not fu or not fv:
        return dot
    nu = math.sqrt(sum(x * x for k, x in u.items() if k not in fu))
    nv = math.sqrt(sum(x * x for k, x in v.items() if k not in fv))
    return dot / (nu * nv) if nu and nv else 0.0


# What may stand between two words of one name: spaces, an initial's or title's dot ("Ma. Lourdes"),
# a hyphen joining its parts ("Oyardo-Lim": ALIGN_TOKEN splits hyphenated words).
_IN_NAME = re.compile(r"[\s.\-\u2010\u2011]*")


def _name_runs(ts: list[Term], text: str) -> dict[str, int]:
    """The names of a sentence (its terms ``ts``, offsets into ``text``): each name word's term →
    the number of the name it is part of, a run of capitalised words with only spaces or dots
    between them ("Starhorse Shipping Lines", "Ma. Lourdes Cataquiz"; "Marinduque, Ma. Lourdes
    Cataquiz" is two). A sentence's capitalised first word is a name's when the next word is one
    and follows it so. Figures are no names."""

    def is_name(k: int) -> bool:
        t = ts[k]
        if t.term[0].isdigit() or t.term.startswith(_FACT_TERM):
            return False
        if t.entity:
            return True
        nxt = ts[k + 1] if k + 1 < len(ts) else None
        return (
            k == 0
            and text[t.start : t.start + 1].isupper()
            and nxt is not None
            and nxt.entity
            and not nxt.term[0].isdigit()
            and _IN_NAME.fullmatch(text, t.end, nxt.start) is not None
        )

    out: dict[str, int] = {}
    run = -1
    prev: Term | None = None
    for k, t in enumerate(ts):
        if not is_name(k):
            prev = None
            continue
        if prev is None or _IN_NAME.fullmatch(text, prev.end, t.start) is None:
            run += 1
        out.setdefault(t.term, run)
        prev = t
    return out


def _one_name_only(u: dict[str, float], v: dict[str, float], runs_u: dict[str, int], runs_v: dict[str, int]) -> bool:
    """Whether the terms sentences ``u`` and ``v`` share are all words of names in both (no
    content word, figure or fact besides) and fall in one name on each side: "Starhorse
    Shipping Lines" alone. Words of two names or more (Premier Li Qiang at the World AI
    Conference), or a name one side writes as two ("Marinduque, Ma. Lourdes Cataquiz"), still
    pair: the sentences say who did what where."""
    shared = u.keys() & v.keys()
    if not shared or any(k not in runs_u or k not in runs_v for k in shared):
        return False
    return len({runs_u[k] for k in shared}) == 1 and len({runs_v[k] for k in shared}) == 1


def _leads_pair(
    va: list[dict[str, float]], vb: list[dict[str, float]], ok: list[list[bool]], la: int, lb: int, t: float
) -> bool:
    """Whether the two leads (``la``, ``lb``) pair as two reports of one event: their place
    vouches for them at the gap's threshold, as it does for two headlines, their differing
    figures left out (:func:`_without_other_figures`), when each shares more of its other words
    with the other lead than with any other sentence of that article. A lead reporting 214 cases,
    two children dead and 12 schools shut took the other article's "Twelve schools remain
    closed." (0.37) by the shared figure, and left its lead ("A third child has died …, cases
    climbed to 230"; 0.17, six words shared) only in B (acceptance t13ak N17)."""
    if not ok[la][lb] or _without_other_figures(va[la], vb[lb]) < t * GAP_FACTOR:
        return False
    wa, wb = _words(va[la]), _words(vb[lb])
    shared = len(wa & wb)
    return all(len(wa & _words(v)) < shared for j, v in enumerate(vb) if j != lb) and all(
        len(wb & _words(u)) < shared for i, u in enumerate(va) if i != la
    )


def align(
    a: ArticleLike,
    b: ArticleLike,
    a_noise: Iterable[tuple[int, int]] = (),
    b_noise: Iterable[tuple[int, int]] = (),
    threshold: float | None = None,
    a_facts: Iterable[tuple[int, str]] = (),
    b_facts: Iterable[tuple[int, str]] = (),
    a_quoted: Iterable[tuple[int, int]] = (),
    b_quoted: Iterable[tuple[int, int]] = (),
) -> Alignment:
    """Align the content sentences of ``a`` and ``b`` (see the module docstring for the method).

    ``a_facts``, ``b_facts``: the facts each article's figures report, as (where the figure is,
    the fact's key: its row on the fact sheet of the two articles, :func:`waic_reader.index.analysis.
    facts.grouping.fact_rows`, as ``Workspace.compare`` gives them): a fact both sentences report is
    a term they share (:func:`_with_facts`). ``a_quoted``, ``b_quoted``: the (start, end) offsets
    of each article's quoted words (the direct quotes' parts, as ``Workspace.compare`` gives them):
    two sentences quoting the same words pair first, whoever they credit (:func:`_same_quotes`)."""
    t = DEFAULT_THRESHOLD if threshold is None else threshold
    ca, cb = _content(a, a_noise), _content(b, b_noise)
    sa, ta = [s for s, _ in ca], [t for _, t in ca]
    sb, tb = [s for s, _ in cb], [t for _, t in cb]
    va, vb = _vectors(_with_facts(sa, ta, a_facts), _with_facts(sb, tb, b_facts))
    n, m = len(sa), len(sb)
    sim = [[0.0] * m for _ in range(n)]
    ok = [[False] * m for _ in range(n)]
    # Inverted index over B: only sentence pairs sharing a term cost anything.
    postings: dict[str, list[tuple[int, float]]] = {}
    for j, v in enumerate(vb):
        for k, y in v.items():
            postings.setdefault(k, []).append((j, y))
    for i, u in enumerate(va):
        row, shared = sim[i], [0] * m
        for k, x in u.items():
            for j, y in postings.get(k, ()):
                row[j] += x * y
                # (a fact both report is no coincidence: it counts as the figure and word it stands for)
                shared[j] += _FACT_COUNT if k.startswith(_FACT_TERM) else 1
        for j in range(m):
            # One shared word is coincidence unless a sentence has hardly any other.
            ok[i][j] = shared[j] >= 1 and shared[j] >= min(2, len(u), len(vb[j]))
    # Shared words that are all one name are who the sentences are about, not what they say
    # (t13an N16: "Starhorse Shipping Lines did not immediately respond …" and "… said the ferry's
    # operator, Starhorse Shipping Lines, would face charges" paired at 0.31 on the name alone).
    runs_a = [_name_runs(ts, a.text) for ts in ta]
    runs_b = [_name_runs(ts, b.text) for ts in tb]
    for i in range(n):
        for j in range(m):
            if ok[i][j] and _one_name_only(va[i], vb[j], runs_a[i], runs_b[j]):
                ok[i][j] = False
    # A headline is compared with the other article's headline only (t13x F16): a headline sums
    # the story up, so it shares a word or a fact with some body sentence of the other article
    # ("Dam breach floods valley town, at least four dead" and "The dead included two
    # children"), which says one detail, not the same thing.
    ha, hb = _headline(a, sa, ta), _headline(b, sb, tb)
    if ha is not None and hb is not None:
        for i in range(n):
            for j in range(m):
                if (i == ha) != (j == hb):
                    ok[i][j] = False

    # 1. Confident pairs, greedy by score; ties broken on positions so align(b, a) mirrors it. Two
    # sentences that alone in their articles report one fact are confident at the gap's threshold
    # (:func:`_one_fact_pairs`).
    # A one-fact pair is confident only where neither sentence is more like another sentence it
    # may pair with: the Reuters lede (17 killed, 40 injured) took AP's injuries sentence at 0.20,
    # the one other sentence reporting the injured, while AP's lede, at 0.29, stayed unpaired
    # (t13ag N12). Without it, they pair as a gap's sentences do, the stronger pair first.
    told = {(i, j) for i, j in _one_fact_pairs(va, vb) if _best_of_both(sim, ok, i, j)}
    cands = sorted(
        (
            (sim[i][j], min(i, j), max(i, j), i, j)
            for i in range(n)
            for j in range(m)
            if ok[i][j] and (sim[i][j] >= t or ((i, j) in told and sim[i][j] >= t * GAP_FACTOR))
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    pa: dict[int, int] = {}
    pb: dict[int, int] = {}
    if ha is not None and hb is not None and ok[ha][hb] and sim[ha][hb] >= t * GAP_FACTOR:
        # two headlines over one story: their place vouches for them as order does in a gap
        pa[ha], pb[hb] = hb, ha
    la, lb = _lead(sa, ha), _lead(sb, hb)
    if la is not None and lb is not None and la not in pa and lb not in pb and _leads_pair(va, vb, ok, la, lb, t):
        pa[la], pb[lb] = lb, la
        # scored as they pair: the figures they report differently left out
        sim[la][lb] = max(sim[la][lb], _without_other_figures(va[la], vb[lb]))
    same_quotes = _same_quotes(sa, ta, a_quoted, sb, tb, b_quoted, sim, ok)
    quote_paired: set[tuple[int, int]] = set()
    for i, j in same_quotes:
        if i not in pa and j not in pb:
            pa[i], pb[j] = j, i
            quote_paired.add((i, j))
    for _, _, _, i, j in cands:
        if i not in pa and j not in pb:
            pa[i], pb[j] = j, i
    backbone = _chain([(i, j, sim[i][j]) for i, j in pa.items()])

    # 2. Gaps between backbone pairs, filled in order at a lower threshold.
    anchors = sorted(backbone)
    bounds = [(-1, -1), *anchors, (n, m)]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        ia = [i for i in range(i0 + 1, i1) if i not in pa]
        jb = [j for j in range(j0 + 1, j1) if j not in pb]
        for i, j in _gap_fill(sim, ok, ia, jb, t * GAP_FACTOR):
            pa[i], pb[j] = j, i
            backbone.add((i, j))

    # 3. Split halves: an unpaired sentence joins its best, already paired, partner.
    extras: list[tuple[int, int]] = []
    for i in range(n):
        if i in pa or not m:
            continue
        j = max(range(m), key=lambda j: (sim[i][j], -j))
        if j in pb and ok[i][j] and _overlaps(sim[i][j], _cover(va[i], vb[j]), t):
            extras.append((i, j))
    for j in range(m):
        if j in pb or not n:
            continue
        i = max(range(n), key=lambda i: (sim[i][j], -i))
        if i in pa and ok[i][j] and _overlaps(sim[i][j], _cover(vb[j], va[i]), t):
            extras.append((i, j))
    names = (
        [{x.term for x in ts if x.entity and not x.term[0].isdigit()} for ts in ta],
        [{x.term for x in ts if x.entity and not x.term[0].isdigit()} for ts in tb],
    )
    # A quotation's pair takes as a split half only another sentence quoting its words: the rest
    # of the two sentences is who each credits it to, and a sentence naming the other side's
    # speaker ("Minister Lena Holm visited the dam …") says nothing of the quotation (t13ah N5).
    quoted_with = set(same_quotes)
    extras = [
        (i, j)
        for i, j in extras
        if ((i, pa[i]) if i in pa else (pb[j], j)) not in quote_paired or (i, j) in quoted_with
    ]
    extras = _split_halves(extras, pa, pb, va, vb, names, sim)

    # What each sentence's group on the other side says (its partner and its split halves): a
    # sentence split across two of the other article's sentences shares the words either says.
    a_group: dict[int, set[str]] = {i: set(vb[j]) for i, j in pa.items()}
    b_group: dict[int, set[str]] = {j: set(va[i]) for i, j in pa.items()}
    for i, j in extras:
        if i in pa:
            a_group[i] |= set(vb[j])
        else:
            b_group[j] |= set(va[i])

    def make(i: int, j: int, moved: bool, extra: bool) -> Pair:
        a_sh, a_df = _word_spans(ta[i], set(vb[j]) if extra else a_group[i], a.text, 0)
        b_sh, b_df = _word_spans(tb[j], set(va[i]) if extra else b_group[j], b.text, 0)
        return Pair(sa[i], sb[j], sim[i][j], a_sh, a_df, b_sh, b_df, moved, extra)

    primary = {(i, j): make(i, j, (i, j) not in backbone, False) for i, j in pa.items()}
    extra_pairs = {(i, j): make(i, j, False, True) for i, j in extras}
    a_extra = {i: p for (i, j), p in extra_pairs.items() if i not in pa}
    b_extra = {j: p for (i, j), p in extra_pairs.items() if j not in pb}
    pairs = sorted([*primary.values(), *extra_pairs.values()], key=lambda p: (p.a.start, p.b.start))
    only_a = [sa[i] for i in range(n) if i not in pa and i not in a_extra]
    only_b = [sb[j] for j in range(m) if j not in pb and j not in b_extra]
    result = Alignment(a.doc, b.doc, pairs, only_a, only_b, t)
    result._rows = _merge_rows(sa, sb, pa, primary, backbone, a_extra, b_extra)
    return result


def _merge_rows(
    sa: list[Span],
    sb: list[Span],
    pa: dict[int, int],
    primary: dict[tuple[int, int], Pair],
    backbone: set[tuple[int, int]],
    a_extra: dict[int, Pair],
    b_extra: dict[int, Pair],
) -> list[Row]:
    """Side-by-side order: both articles' own order kept between backbone pairs, like a diff.

    A moved pair sits at the earlier of its two positions; every sentence is on exactly one row.
    """
    pb = {j: i for i, j in pa.items()}
    out: list[Row] = []
    done_a: set[int] = set()
    done_b: set[int] = set()

    def emit_b(j: int) -> None:
        if j in done_b:
            return
        done_b.add(j)
        if j in pb:
            i = pb[j]
            done_a.add(i)
            out.append(Row(sa[i], sb[j], primary[(i, j)]))
        else:
            out.append(Row(None, sb[j], b_extra.get(j)))

    j = 0
    for i in range(len(sa)):
        if i in done_a:
            continue
        partner = pa.get(i)
        if partner is not None and (i, partner) in backbone:
            while j < partner:
                emit_b(j)
                j += 1
            if i in done_a:  # emitting B's side reached this pair already
                continue
        if partner is not None:
            done_a.add(i)
            done_b.add(partner)
            out.append(Row(sa[i], sb[partner], primary[(i, partner)]))
            if (i, partner) in backbone:
                j = partner + 1
        else:
            done_a.add(i)
            out.append(Row(sa[i], None, a_extra.get(i)))
    for k in range(len(sb)):
        emit_b(k)
    return out
