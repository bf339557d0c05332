"""What besides two sentences' cosine vouches for their pair, or vetoes it (:func:`.align.align`):
a fact both report with different figures, the same quotation whoever it is credited to, the
names they share (one name alone is no pair), their words besides the figures they report
differently."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable

from waic_reader.index.analysis.align_model import Span
from waic_reader.index.analysis.align_terms import Term

QUOTE_SAME = 0.8  # two quotations this alike (Dice over their content words) are one quotation
QUOTE_MIN_TERMS = 4  # ... when each has this many content words ("a 'tragedy'" is no quotation to pair on)

# The prefix of a fact's term: no word of a text starts with it.
FACT_TERM = "\x00fact:"
# A fact counts as the two terms a report of it with the same figure shares: the figure and the
# word of its measure ("1200", "evacuated").
FACT_COUNT = 2


def with_facts(spans: list[Span], ts: list[list[Term]], facts: Iterable[tuple[int, str]]) -> list[list[Term]]:
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
            extra.setdefault(k, set()).add(FACT_TERM + key)
    if not extra:
        return ts
    return [
        [*terms_, *(Term(key, -1, -1, True) for key in sorted(extra.get(k, ())) for _ in range(FACT_COUNT))]
        for k, terms_ in enumerate(ts)
    ]


def one_fact_pairs(va: list[dict[str, float]], vb: list[dict[str, float]]) -> set[tuple[int, int]]:
    """The sentence pairs ``(i, j)`` that share a fact's term (:func:`with_facts`) no other
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
                if key.startswith(FACT_TERM):
                    where.setdefault(key, ([], []))[side].append(k)
    return {(ia[0], jb[0]) for ia, jb in where.values() if len(ia) == 1 and len(jb) == 1}


def quoted_terms(spans: list[Span], ts: list[list[Term]], quoted: Iterable[tuple[int, int]]) -> list[list[set[str]]]:
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


def same_quote_pairs(
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
    qa, qb = quoted_terms(sa, ta, a_quoted), quoted_terms(sb, tb, b_quoted)
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


def words_besides_figures(v: dict[str, float]) -> set[str]:
    """A sentence's terms other than figures and facts: what it says besides its numbers."""
    return {k for k in v if not k[:1].isdigit() and not k.startswith(FACT_TERM)}


def without_other_figures(u: dict[str, float], v: dict[str, float]) -> float:
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
IN_NAME = re.compile(r"[\s.\-\u2010\u2011]*")


def name_runs(ts: list[Term], text: str) -> dict[str, int]:
    """The names of a sentence (its terms ``ts``, offsets into ``text``): each name word's term →
    the number of the name it is part of, a run of capitalised words with only spaces or dots
    between them ("Starhorse Shipping Lines", "Ma. Lourdes Cataquiz"; "Marinduque, Ma. Lourdes
    Cataquiz" is two). A sentence's capitalised first word is a name's when the next word is one
    and follows it so. Figures are no names."""

    def is_name(k: int) -> bool:
        t = ts[k]
        if t.term[0].isdigit() or t.term.startswith(FACT_TERM):
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
            and IN_NAME.fullmatch(text, t.end, nxt.start) is not None
        )

    out: dict[str, int] = {}
    run = -1
    prev: Term | None = None
    for k, t in enumerate(ts):
        if not is_name(k):
            prev = None
            continue
        if prev is None or IN_NAME.fullmatch(text, prev.end, t.start) is None:
            run += 1
        out.setdefault(t.term, run)
        prev = t
    return out


def one_name_only(u: dict[str, float], v: dict[str, float], runs_u: dict[str, int], runs_v: dict[str, int]) -> bool:
    """Whether the terms sentences ``u`` and ``v`` share are all words of names in both (no
    content word, figure or fact besides) and fall in one name on each side: "Starhorse
    Shipping Lines" alone. Words of two names or more (Premier Li Qiang at the World AI
    Conference), or a name one side writes as two ("Marinduque, Ma. Lourdes Cataquiz"), still
    pair: the sentences say who did what where."""
    shared = u.keys() & v.keys()
    if not shared or any(k not in runs_u or k not in runs_v for k in shared):
        return False
    return len({runs_u[k] for k in shared}) == 1 and len({runs_v[k] for k in shared}) == 1
