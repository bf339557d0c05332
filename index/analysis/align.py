"""Sentence alignment of two articles: which sentences report the same thing, and which are one-sided.

Each content sentence (noise excluded) becomes a TF-IDF vector of normalised content words, with
extra weight on entities (capitalised words, acronyms) and numbers, because two outlets rewording
one report keep its names and figures while paraphrasing the rest. IDF is computed over the
sentences of both articles, so words that run through the whole story ("AI", "China") count for
little and the distinctive ones ("Zhaoxu", "roundtable", "800") decide.

Pairing runs in three passes:

1. *Confident pairs*, free of order: two sentences quoting the same words first, whoever they
   credit them to (:func:`same_quote_pairs`), then a greedy one-to-one matching by descending cosine
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

import math
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from waic_reader.index.analysis.align_evidence import (
    FACT_COUNT,
    FACT_TERM,
    name_runs,
    one_fact_pairs,
    one_name_only,
    same_quote_pairs,
    with_facts,
    without_other_figures,
    words_besides_figures,
)
from waic_reader.index.analysis.align_model import (
    DEFAULT_THRESHOLD,
    GAP_FACTOR,
    Alignment,
    Pair,
    Row,
    Span,
    Spans,
    rows,
)
from waic_reader.index.analysis.align_tables import with_headers
from waic_reader.index.analysis.align_terms import TOKEN, Term, normalize, sentence_terms, terms
from waic_reader.index.corpus.blocks import ends_like_sentence
from waic_reader.index.corpus.quote_marks import ALL_MARKS, QUOTE_PAIRS, SINGLE

EXTRA_COVER = 0.45  # a split half must have this share of its weight in the partner
SPLIT_NEW = 0.2  # ... and this share on partner words its group does not share yet,
RESTATED = 0.5  # ... or this share of its words but names said by the other article (see _split_halves)
NOISE_OVERLAP = 0.5  # a sentence more than half inside noise spans is noise
ENTITY_WEIGHT = 1.6  # names and numbers survive paraphrase; function words do not

# What other modules import from here (the terms and the result types live in their own modules).
__all__ = [
    "DEFAULT_THRESHOLD",
    "GAP_FACTOR",
    "NOISE_OVERLAP",
    "TOKEN",
    "Alignment",
    "ArticleLike",
    "Pair",
    "Row",
    "Span",
    "Term",
    "align",
    "content_sentences",
    "normalize",
    "rows",
    "sentence_terms",
    "terms",
]


class ArticleLike(Protocol):
    doc: str
    text: str

    @property
    def sentences(self) -> Sequence[Any]: ...


# ---------------------------------------------------------------------------------------------
# Alignment


def content_sentences(article: ArticleLike, noise_spans: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Sentences with at most half their characters inside noise and at least one content word."""
    return [span for span, _ in _content(article, noise_spans)]


# The most sentences one quotation is read over (a quotation left open longer, a paragraph's
# whole quoted speech, stays split by its sentences).
QUOTED_SENTENCES_MAX = 4
# Double quotation marks (quote_marks' one table, its single marks and apostrophes aside).
_DOUBLE_MARKS = frozenset(c for c in ALL_MARKS if c not in SINGLE)


def _open_mark(text: str, opened: str | None) -> str | None:
    """The double mark a quotation still open after ``text`` was opened with (``opened``: the
    one open before it), or None when none is (``QUOTE_PAIRS``: the nearest closer closes it)."""
    for c in text:
        if c not in _DOUBLE_MARKS:
            continue
        if opened is None:
            opened = c if c in QUOTE_PAIRS else None
        elif c in QUOTE_PAIRS[opened]:
            opened = None
    return opened


def quoted_sentences(article: ArticleLike) -> list[Span]:
    """The article's sentences (``article.sentences``: start, end, block, text), those of one
    quotation joined: a sentence opening a quotation that a later sentence of its block closes,
    within :data:`QUOTED_SENTENCES_MAX` sentences, is one with them ('"Our thoughts are with the
    families. We are throwing everything we have at this rescue," Chief Executive … said.'): split,
    compare showed its halves as two rows, the first with no speaker (t13au N16)."""
    sents = list(article.sentences)
    out: list[Span] = []
    i = 0
    while i < len(sents):
        first = sents[i]
        opened = _open_mark(first.text, None)
        last = i
        if opened is not None:
            j = i + 1
            while j < len(sents) and j - i < QUOTED_SENTENCES_MAX and sents[j].block == first.block:
                opened = _open_mark(sents[j].text, opened)
                if opened is None:
                    last = j
                    break
                j += 1
        end = sents[last].end
        text = first.text
        if last > i:
            # the article's own text between them where its offsets are the sentences' (else
            # the sentences' texts, one space apart)
            whole = article.text[first.start : end]
            joined = " ".join(t.text for t in sents[i : last + 1])
            text = whole if article.text[first.start : first.end] == first.text else joined
        out.append(Span(first.start, end, text))
        i = last + 1
    return out


def _content(article: ArticleLike, noise_spans: Iterable[tuple[int, int]]) -> list[tuple[Span, list[Term]]]:
    noise = sorted((s, e) for s, e in noise_spans if e > s)
    out: list[tuple[Span, list[Term]]] = []
    for s in quoted_sentences(article):
        length = max(1, s.end - s.start)
        covered = sum(max(0, min(e, s.end) - max(st, s.start)) for st, e in noise)
        if covered / length > NOISE_OVERLAP:
            continue
        ts = sentence_terms(s.text, s.start)
        if ts:
            out.append((Span(s.start, s.end, s.text), ts))
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


def _leads_pair(
    va: list[dict[str, float]], vb: list[dict[str, float]], ok: list[list[bool]], la: int, lb: int, t: float
) -> bool:
    """Whether the two leads (``la``, ``lb``) pair as two reports of one event: their place
    vouches for them at the gap's threshold, as it does for two headlines, their differing
    figures left out (:func:`without_other_figures`), when each shares more of its other words
    with the other lead than with any other sentence of that article. A lead reporting 214 cases,
    two children dead and 12 schools shut took the other article's "Twelve schools remain
    closed." (0.37) by the shared figure, and left its lead ("A third child has died …, cases
    climbed to 230"; 0.17, six words shared) only in B (acceptance t13ak N17)."""
    if not ok[la][lb] or without_other_figures(va[la], vb[lb]) < t * GAP_FACTOR:
        return False
    wa, wb = words_besides_figures(va[la]), words_besides_figures(vb[lb])
    shared = len(wa & wb)
    return all(len(wa & words_besides_figures(v)) < shared for j, v in enumerate(vb) if j != lb) and all(
        len(wb & words_besides_figures(u)) < shared for i, u in enumerate(va) if i != la
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
    a term they share (:func:`with_facts`). ``a_quoted``, ``b_quoted``: the (start, end) offsets
    of each article's quoted words (the direct quotes' parts, as ``Workspace.compare`` gives them):
    two sentences quoting the same words pair first, whoever they credit (:func:`same_quote_pairs`)."""
    t = DEFAULT_THRESHOLD if threshold is None else threshold
    ca, cb = _content(a, a_noise), _content(b, b_noise)
    sa, ta = [s for s, _ in ca], [t for _, t in ca]
    sb, tb = [s for s, _ in cb], [t for _, t in cb]
    # a table's rows read with its header's words; the header, labels of columns, pairs with a header alone
    (ta_read, heads_a), (tb_read, heads_b) = (
        with_headers([s.text for s in sa], ta),
        with_headers([s.text for s in sb], tb),
    )
    va, vb = _vectors(with_facts(sa, ta_read, a_facts), with_facts(sb, tb_read, b_facts))
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
                shared[j] += FACT_COUNT if k.startswith(FACT_TERM) else 1
        for j in range(m):
            # One shared word is coincidence unless a sentence has hardly any other.
            ok[i][j] = shared[j] >= 1 and shared[j] >= min(2, len(u), len(vb[j]))
            # (a table's header pairs with the other's header only, never with prose: an
            # identical header both print was "only in A" and "only in B", review s52-rv finding 16)
            ok[i][j] = ok[i][j] and (i in heads_a) == (j in heads_b)
    # Shared words that are all one name are who the sentences are about, not what they say
    # (t13an N16: "Starhorse Shipping Lines did not immediately respond …" and "… said the ferry's
    # operator, Starhorse Shipping Lines, would face charges" paired at 0.31 on the name alone).
    runs_a = [name_runs(ts, a.text) for ts in ta]
    runs_b = [name_runs(ts, b.text) for ts in tb]
    for i in range(n):
        for j in range(m):
            if ok[i][j] and one_name_only(va[i], vb[j], runs_a[i], runs_b[j]):
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
    # (:func:`one_fact_pairs`).
    # A one-fact pair is confident only where neither sentence is more like another sentence it
    # may pair with: the Reuters lede (17 killed, 40 injured) took AP's injuries sentence at 0.20,
    # the one other sentence reporting the injured, while AP's lede, at 0.29, stayed unpaired
    # (t13ag N12). Without it, they pair as a gap's sentences do, the stronger pair first.
    told = {(i, j) for i, j in one_fact_pairs(va, vb) if _best_of_both(sim, ok, i, j)}
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
        sim[la][lb] = max(sim[la][lb], without_other_figures(va[la], vb[lb]))
    same_quotes = same_quote_pairs(sa, ta, a_quoted, sb, tb, b_quoted, sim, ok)
    quote_paired: set[tuple[int, int]] = set()
    for i, j in same_quotes:
        if i not in pa and j not in pb:
            pa[i], pb[j] = j, i
            quote_paired.add((i, j))
    for _, _, _, i, j in cands:
        if i not in pa and j not in pb:
            pa[i], pb[j] = j, i
    backbone = _chain([(i, j, sim[i][j]) for i, j in pa.items()])

    # 2. Gaps between backbone pairs, filled in order at a lower threshold. Only a gap with a
    # pair on both sides: before the first pair or after the last, nothing vouches for an order,
    # and the articles' ends are no pairs (t13ax N9: after the headlines' pair, the rest of a
    # forum post and a wire story paired "The fire service has not confirmed these figures."
    # with "We are still in a rescue phase …" at 0.19, kept as vouched).
    anchors = sorted(backbone)
    for (i0, j0), (i1, j1) in zip(anchors, anchors[1:]):
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
