"""The fact sheet: figures each article reports, grouped into facts across articles.

A *figure* is a number with what it counts: "over 800 companies", "$5.6 million", "12%",
"2024", "three-day". Counts take their counted thing from the noun phrase after the number
(head noun plus modifiers: "40 large language models" counts "models", modified by "large
language"); money, percentages, years and durations take a label from the words before them.

Grouping is deliberately conservative, because a false "disagreement" misleads a reader more
than a missed match:

* Two figures group only if they are of the same kind and unit, and, for counts, count the same
  head noun with compatible modifiers (one's modifiers a subset of the other's). "Nations" and
  "countries" are different words, so "forty nations" (attendees) never meets "30 countries"
  (the roundtable) however close the context.
* Equal values also need some shared context (the distinctive words around both, weighted by
  how rare they are across the articles): two outlets' "800 companies" in one story agree.
* Different values are grouped, as a disagreement, only with identical modifiers and strongly
  shared context; otherwise they stay separate facts.
* A value qualified "over 800" or "nearly 900" is a range; two values whose ranges meet agree
  ("over 30" and "35"), noted in the grounds.

Figures reported by a single outlet are kept as single-source facts (``agree`` true, ``sources``
1), so the sheet is a complete inventory. Each fact states its grounds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from waic_reader.index.analysis.align import (
    NUMBER_WORDS,
    STOP_WORDS,
    ArticleLike,
    Term,
    content_sentences,
    normalize,
    terms,
)

SAME_VALUE_CONTEXT = 0.12  # weighted context overlap for equal values to be one fact
CONFLICT_CONTEXT = 0.40  # much stronger overlap before different values count as a conflict
CONTEXT_WINDOW = 1  # sentences either side that count as a figure's context

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("zero", "one")), key=len, reverse=True))
_QUAL = (
    r"more than|over|nearly|almost|about|around|approximately|roughly|some|up to|at least|"
    r"less than|fewer than|under|an estimated|a mere|just|only"
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6}
_CURRENCY_SIGN = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}
_CURRENCY_WORD = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
}
_TIME_UNITS = {"hour", "day", "week", "month", "year", "minute", "decade"}
_MONTHS = ("january february march april may june july august september october november december").split()

FIGURE = re.compile(
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?P<cur>US\$|\$|€|£|¥)?\s?"
    rf"(?<![\w.,])(?P<num>{_NUM}|(?:{_WORDNUM})(?:-(?:{_WORDNUM}))?)(?![\w]|[.,]\d)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn)\b)?"
    r"(?:(?P<dash>-)(?P<unit>[a-z]+)\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b))?"
    rf"(?:\s(?P<curword>{'|'.join(_CURRENCY_WORD)})\b)?",
    re.I,
)
_DATE = re.compile(
    rf"\b(?P<month>{'|'.join(m.capitalize() for m in _MONTHS)})\s+(?P<day>\d{{1,2}})"
    r"(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
_NP_WORD = re.compile(r"\s*([^\W\d_][\w’'-]*)")
_PAREN_EQUIV = re.compile(r"\s*\((?:around|about|approximately|roughly|or|some|~)?\s*$", re.I)


@dataclass(slots=True)
class FactValue:
    doc: str
    value: float | str  # normalised: 800, 5600000.0, 2024, "07-26"
    unit: str  # counted head term ("company"), "USD", "%", "year", "day", "date"
    display: str  # the figure as written: "over 800", "$5.6 million"
    text: str  # the phrase: "over 800 companies"
    start: int
    end: int
    sentence: tuple[int, int]
    kind: str = "count"  # count | money | percent | year | date | duration | measure
    qualifier: str = ""  # "over", "nearly", ... ("" when exact)
    head: str = ""  # normalised counted noun (or event, for durations)
    modifiers: tuple[str, ...] = ()
    label: str = ""  # what it counts, for people: "large language models"
    alt: tuple[float, str] | None = None  # "600 billion yuan (around $84 billion)": the $ figure
    context: dict[str, float] = field(default_factory=dict, repr=False)

    def to_json(self) -> dict[str, Any]:
        value: Any = int(self.value) if isinstance(self.value, float) and self.value.is_integer() else self.value
        return {
            "doc": self.doc,
            "value": value,
            "unit": self.unit,
            "display": self.display,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "qualifier": self.qualifier,
            "sentence": list(self.sentence),
        }


@dataclass(slots=True)
class Fact:
    label: str
    values: list[FactValue]
    agree: bool
    grounds: str

    @property
    def sources(self) -> int:
        return len({v.doc for v in self.values})

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "values": [v.to_json() for v in self.values],
            "agree": self.agree,
            "sources": self.sources,
            "grounds": self.grounds,
        }


def facts_to_json(facts: Sequence[Fact]) -> dict[str, Any]:
    return {"facts": [f.to_json() for f in facts]}


# ---------------------------------------------------------------------------------------------
# Extraction


def _number(raw: str) -> float:
    low = raw.lower()
    if low[0].isdigit():
        return float(low.replace(",", ""))
    return float(sum(NUMBER_WORDS[p] for p in low.split("-")))


def _noun_phrase(text: str, pos: int) -> tuple[list[tuple[str, int, int]], int]:
    """Words of the noun phrase starting at ``pos``: up to the first plural noun, at most four.

    Stops at punctuation, function words and -ing/-ed verbs ("800 companies showcasing ...").
    """
    out: list[tuple[str, int, int]] = []
    while len(out) < 4:
        m = _NP_WORD.match(text, pos)
        if not m or (out and "\n" in text[pos : m.start(1)]):
            break
        word = m.group(1).rstrip("-")
        low = word.lower()
        if (
            low in STOP_WORDS
            or low in _CURRENCY_WORD
            or low in _SCALE
            or (out and low.endswith(("ing", "ed")) and len(low) > 4)
        ):
            break
        out.append((word, m.start(1), m.start(1) + len(word)))
        pos = m.start(1) + len(word)
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            break  # the first plural is the head: "40 large language models"
        if pos < len(text) and text[pos] not in " -":
            break
    return out, (out[-1][2] if out else pos)


def _words_before(text: str, start: int, limit: int = 3) -> list[str]:
    """Content words just before a figure, within its own clause ("investments reached")."""
    clause = re.split(r"[,;:()—–]", text[:start])[-1]
    words = [
        w
        for w in re.findall(r"[^\W\d_][\w’'-]*", clause)
        if w.lower() not in STOP_WORDS and not (w.lower().endswith("ly") and len(w) > 4)
    ]
    return words[-limit:]


def extract_figures(article: ArticleLike, noise_spans: Iterable[tuple[int, int]] = ()) -> list[FactValue]:
    """Every figure in the article's content sentences, in text order."""
    sents = content_sentences(article, noise_spans)
    out: list[FactValue] = []
    for k, s in enumerate(sents):
        window = sents[max(0, k - CONTEXT_WINDOW) : k + CONTEXT_WINDOW + 1]
        context = [t for w in window for t in terms(w.text, w.start) if not t.term[0].isdigit()]
        taken: list[tuple[int, int]] = []
        for m in _DATE.finditer(s.text):
            month = _MONTHS.index(m.group("month").lower()) + 1
            value = f"{m.group('year') + '-' if m.group('year') else ''}{month:02d}-{int(m.group('day')):02d}"
            out.append(_figure(article.doc, s, m.start(), m.end(), value, "date", "date", m.group(), context))
            taken.append((m.start(), m.end()))
        for m in FIGURE.finditer(s.text):
            if any(a <= m.start("num") < b for a, b in taken):
                continue
            fv = _from_match(article.doc, s, m, context)
            if fv is None:
                continue
            if (
                out
                and fv.kind == "money"
                and out[-1].kind == "money"
                and out[-1].sentence == fv.sentence
                and _PAREN_EQUIV.fullmatch(s.text[out[-1].end - s.start : m.start()])
            ):
                prev = out[-1]  # "600 billion yuan (around $84 billion)": one figure, two currencies
                prev.alt = (float(fv.value), fv.unit)
                prev.end = fv.end + (1 if s.text[fv.end - s.start : fv.end - s.start + 1] == ")" else 0)
                prev.text = article.text[prev.start : prev.end]
                prev.display = prev.text
                continue
            out.append(fv)
    out.sort(key=lambda f: f.start)
    return out


def _figure(
    doc: str, s: Any, a: int, b: int, value: float | str, unit: str, kind: str, display: str, context: list[Term]
) -> FactValue:
    return FactValue(
        doc,
        value,
        unit,
        display,
        s.text[a:b],
        s.start + a,
        s.start + b,
        (s.start, s.end),
        kind=kind,
        label=f"{kind}: {' '.join(_words_before(s.text, a))}".rstrip(": "),
        context=_bag(context, s.start + a, s.start + b),
    )


def _bag(context: list[Term], start: int, end: int) -> dict[str, float]:
    """Context words around a figure, without the figure's own words (those are compared apart)."""
    return {t.term: 1.0 for t in context if t.end <= start or t.start >= end}


def _from_match(doc: str, s: Any, m: re.Match[str], context: list[Term]) -> FactValue | None:
    text = s.text
    raw = m.group("num")
    value = _number(raw)
    qual = (m.group("qual") or "").lower()
    cur = m.group("cur")
    scale = (m.group("scale") or "").lower()
    unit_word = (m.group("unit") or "").lower()
    curword = (m.group("curword") or "").lower()
    if scale:
        value *= _SCALE[scale]
    start, end = m.start(), m.end()
    if not qual:
        start = m.start("cur") if cur else m.start("num")
    is_word = not raw[0].isdigit()
    if cur or curword:
        kind, unit = "money", _CURRENCY_SIGN.get((cur or "").lower(), _CURRENCY_WORD.get(curword, "USD"))
    elif m.group("pct"):
        kind, unit = "percent", "%"
    elif unit_word:
        singular = unit_word[:-1] if unit_word.endswith("s") else unit_word
        kind, unit = ("duration" if singular in _TIME_UNITS else "measure"), singular
    elif not is_word and "," not in raw and "." not in raw and 1900 <= value <= 2099 and not scale:
        phrase, _ = _noun_phrase(text, m.end())
        if not phrase or not phrase[-1][0].lower().endswith("s"):
            fv = _figure(doc, s, start, m.end("num"), value, "year", "year", text[start : m.end("num")], context)
            fv.qualifier = qual
            return fv
        kind, unit = "count", ""
    else:
        kind, unit = "count", ""
    display = text[start:end].strip()
    phrase, phrase_end = _noun_phrase(text, end)
    head, modifiers, label = "", (), ""
    if phrase and kind in ("count", "duration", "measure"):
        words = [w for w, _, _ in phrase]
        head = normalize(words[-1]) or words[-1].lower()
        modifiers = tuple(sorted(filter(None, (normalize(p) for w in words[:-1] for p in w.split("-")))))
        label = " ".join(words)
        end = phrase_end
    if kind == "count":
        if not phrase:
            # A bare number counts nothing unless it closes "<noun> of": "a factor of twelve".
            before = re.search(r"([^\W\d_]+)\s+of\s+(?:\w+\s+)?$", text[: m.start("num")])
            if not before:
                return None
            head = normalize(before.group(1)) or before.group(1).lower()
            label = before.group(1)
        unit = head
    if kind in ("duration", "measure"):
        label = f"{unit_word} {label}".strip()
    if kind in ("money", "percent"):
        label = f"{kind}: {' '.join(_words_before(text, start))}".rstrip(": ")
    fv = FactValue(
        doc,
        value,
        unit,
        display,
        text[start:end],
        s.start + start,
        s.start + end,
        (s.start, s.end),
        kind=kind,
        qualifier=qual,
        head=head,
        modifiers=modifiers,
        label=label,
        context=_bag(context, s.start + start, s.start + end),
    )
    return fv


# ---------------------------------------------------------------------------------------------
# Grouping


def _range(v: FactValue) -> tuple[float, float]:
    x = float(v.value) if not isinstance(v.value, str) else 0.0
    q = v.qualifier
    if q in ("over", "more than", "at least"):
        return x, math.inf
    if q in ("nearly", "almost", "up to", "less than", "fewer than", "under"):
        return (0.8 * x if q in ("nearly", "almost") else -math.inf), x
    if q in ("about", "around", "approximately", "roughly", "some", "an estimated"):
        return 0.9 * x, 1.1 * x
    return x, x


def _same_value(a: FactValue, b: FactValue) -> bool:
    if a.unit == b.unit:
        return a.value == b.value
    for x, y in ((a, b), (b, a)):
        if x.alt and x.alt[1] == y.unit and x.alt[0] == y.value:
            return True
    return False


def _compatible(a: FactValue, b: FactValue) -> bool:
    if isinstance(a.value, str) or isinstance(b.value, str) or a.unit != b.unit:
        return _same_value(a, b)
    lo1, hi1 = _range(a)
    lo2, hi2 = _range(b)
    return max(lo1, lo2) <= min(hi1, hi2)


def _context_overlap(a: FactValue, b: FactValue, idf: dict[str, float]) -> tuple[float, list[str]]:
    shared = [t for t in a.context if t in b.context]
    wa = sum(idf.get(t, 0.0) for t in a.context)
    wb = sum(idf.get(t, 0.0) for t in b.context)
    ws = sum(idf.get(t, 0.0) for t in shared)
    shared.sort(key=lambda t: -idf.get(t, 0.0))
    return (ws / min(wa, wb) if min(wa, wb) > 0 else 0.0), shared


def _link(a: FactValue, b: FactValue, idf: dict[str, float]) -> tuple[float, str] | None:
    """Why two figures from different articles are one fact, or None if they are not."""
    if a.kind != b.kind:
        return None
    same_unit = a.unit == b.unit or _same_value(a, b)
    if not same_unit:
        return None
    ctx, shared = _context_overlap(a, b, idf)
    words = ", ".join(shared[:5]) or "none"
    ma, mb = set(a.modifiers), set(b.modifiers)
    if a.kind == "count" and a.head != b.head:
        return None
    modifiers_fit = ma <= mb or mb <= ma
    if _same_value(a, b) and modifiers_fit:
        # Durations, money and years carry no counted noun; only context ties them together.
        need = SAME_VALUE_CONTEXT if a.kind == "count" else 2 * SAME_VALUE_CONTEXT
        if ctx >= need:
            what = f"'{a.head}'" if a.head else a.kind
            return 1.0 + ctx, f"same value and {what}; shared context: {words}"
        return None
    if ma == mb and ctx >= CONFLICT_CONTEXT and (a.kind != "count" or a.head == b.head):
        return ctx, f"same {('counted thing ' + repr(a.head)) if a.head else a.kind}, strongly shared context: {words}"
    return None


def fact_sheet(articles_with_noise: Sequence[tuple[ArticleLike, Iterable[tuple[int, int]]]]) -> list[Fact]:
    """Group every article's figures into facts (see the module docstring for the rules)."""
    figures: list[FactValue] = []
    for article, noise in articles_with_noise:
        figures.extend(extract_figures(article, list(noise)))
    docs = {f.doc for f in figures} or {""}
    df: dict[str, int] = {}
    for doc in docs:
        for t in {t for f in figures if f.doc == doc for t in f.context}:
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log(1.0 + len(docs) / c) for t, c in df.items()}

    links: list[tuple[float, int, int, str]] = []
    for i, a in enumerate(figures):
        for j in range(i + 1, len(figures)):
            b = figures[j]
            if a.doc == b.doc:
                continue
            found = _link(a, b, idf)
            if found:
                links.append((found[0], i, j, found[1]))
    links.sort(key=lambda x: (-x[0], x[1], x[2]))

    group_of = list(range(len(figures)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(figures))}
    reasons: dict[int, list[str]] = {i: [] for i in range(len(figures))}
    for _, i, j, why in links:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        # One figure per article per fact; every member must link to the newcomer's figures.
        if {figures[k].doc for k in members[gi]} & {figures[k].doc for k in members[gj]}:
            continue
        if not all(_link(figures[x], figures[y], idf) for x in members[gi] for y in members[gj]):
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
        reasons[gi].extend([*reasons.pop(gj), f"{figures[i].doc} ~ {figures[j].doc}: {why}"])

    facts: list[Fact] = []
    for g, idx in members.items():
        values = sorted((figures[k] for k in idx), key=lambda v: (v.doc, v.start))
        agree = all(_compatible(x, y) for x in values for y in values)
        if len(values) == 1:
            grounds = "single source"
        else:
            grounds = "; ".join(reasons[g])
            if agree and len({(v.value, v.unit) for v in values}) > 1:
                grounds += "; values differ but their bounds are compatible"
            if not agree:
                grounds += "; values conflict"
        label = max((v.label for v in values), key=lambda s: (sum(v.label == s for v in values), -len(s)))
        facts.append(Fact(label or values[0].unit, values, agree, grounds))
    facts.sort(key=lambda f: (-f.sources, min(v.doc for v in f.values), min(v.start for v in f.values)))
    return facts
