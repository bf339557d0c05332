"""A count scoped to a whole country, sector or period: a statistic, never this event's count.

"More than 3,100 people died in road accidents in the country in 2024" is a yearly national road
toll, another measure than the 19 a bus crash killed (#16, tester t13ah N1: it was read as the
outlet's toll for the crash, "first said 19, later 3,100"). A casualty count whose own clause
scopes it to a whole (the country, a sector or an industry) or to a period (a year, "so far this
year") is a measure of its own, keyed by that scope ("death|scope country 2024"), so two outlets'
national figures of one year are compared with each other and with nothing else.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.facts.words import CASUALTY
from waic_reader.index.analysis.lexicon import SUPERLATIVE

# A clause's end (the figure's clause is read only up to it, either way): a scope in another clause
# is another figure's or the sentence's ("killing 19, the deadliest crash in the country this year").
_CLAUSE_END = re.compile(r"[,;:(—–]|\s(?:but|while|whereas|and)\s")
_YEAR = r"(?:19|20)\d\d"
# A comparison between a figure and a number after it: "less than half the 29", "far below the 33",
# "compared with 31": what follows is the other side's, its year and its scope too.
COMPARED_AFTER = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|below|above)\b(?:\s+[\w-]+){0,3}?\s+\d", re.I
)
# The wholes larger than the event a count may be of (normalised by :func:`_whole`).
_WHOLE = re.compile(
    r"\b(?:(?P<nation>nationwide|nationally|countrywide|(?:in|across|throughout)\s+the\s+(?:whole\s+)?country(?![’'])"
    r"|(?:on\s+)?the\s+(?:country|nation)[’']s\s+roads)"
    r"|(?P<sector>(?:(?:in|across|throughout)\s+)?the\s+(?:(?P<kind>[a-z]+)\s+)?(?:sector|industry)))\b(?![’'])",
    re.I,
)
# The periods a count may be a total of; the year of a period written out is its key.
_PERIOD = re.compile(
    rf"\b(?:(?P<sofar>so\s+far\s+this\s+year|this\s+year|since\s+(?:January|{_YEAR}))"
    rf"|(?:in|during|throughout)\s+(?P<year>{_YEAR})(?!\s*[-–]\s*\d))\b",
    re.I,
)
# A superlative before a scope ranks this event against the whole ("the deadliest crash in the
# country this year"): the scope is the ranking's, the count the event's (the lexicon's one
# superlative shape: "since the arrest of", "the protest in the capital" rank nothing).
_SUPERLATIVE = re.compile(rf"\b{SUPERLATIVE}\b", re.I)
SCOPE = "scope "  # what opens a scoped count's part of its key ("death|scope country 2024")
_THIS_YEAR = frozenset({"so far this year", "this year", "since january"})
_OPENER_WORDS = 4  # at most so many words in a sentence-opening adverbial read as the count's scope
_MEASURES = frozenset(key for key, _label in CASUALTY.values())


def _clause(text: str, start: int, end: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause of a figure at ``start``–``end`` in the sentence ``sent`` (start, end): from the
    last clause end before it to the first after it or a comparison with another number
    (:data:`COMPARED_AFTER`: "The death toll of 12 is less than half the 29 who died in 1987")."""
    lo = sent[0]
    for m in _CLAUSE_END.finditer(text, sent[0], start):
        lo = m.end()
    cuts = [m.start() for m in (_CLAUSE_END.search(text, end, sent[1]), COMPARED_AFTER.search(text, end, sent[1])) if m]
    return lo, min(cuts, default=sent[1])


def _whole(m: re.Match[str]) -> tuple[str, str]:
    """A :data:`_WHOLE` match as (key, label): ("country", "in the country"), ("mining sector", "in
    the mining sector"); "sector" and "industry" are one whole."""
    if m.group("nation"):
        return "country", "in the country"
    kind = (m.group("kind") or "").lower()
    kind = "" if kind in ("same", "whole", "entire") else kind
    name = f"{kind} sector" if kind else "sector"
    return name, f"in the {name}"


def statistic_scope(
    text: str, start: int, end: int, sent: tuple[int, int], measure: str, year: int | None
) -> tuple[str, str]:
    """The scope that makes a count at ``start``–``end`` (offsets into ``text``) of a casualty
    ``measure`` (a key of :data:`~.words.CASUALTY`'s values: "death", "injured", ...) a statistic of
    a whole or a period, as (key, label): ("country 2024", "in the country in 2024") for "More than
    3,100 people died in road accidents in the country in 2024", ("country this year", "in the
    country so far this year") for "Nationwide, 1,240 people have been killed so far this year", ("mining
    sector 2025", "in the mining sector in 2025"); ("", "") when its clause (or a sentence-opening
    adverbial before it, "Nationwide, …") names none, or names it after a superlative ("the
    deadliest crash in the country"), or the measure is no casualty's. ``year``: the article's
    year, None when unknown; a year written out that is the article's own is the story's ("In 2026
    alone, blasts at the depot injured 51 people" in a 2026 article), no period of its own."""
    if measure not in _MEASURES:
        return "", ""
    lo, hi = _clause(text, start, end, sent)
    spans = [(lo, hi)]
    first = _CLAUSE_END.search(text, sent[0], start)
    if first is not None and first.end() <= lo and len(text[sent[0] : first.start()].split()) <= _OPENER_WORDS:
        spans.append((sent[0], first.start()))  # a sentence-opening adverbial: "Nationwide, …"
    wholes: list[tuple[str, str]] = []
    periods: list[tuple[str, str]] = []
    for a, b in spans:
        for m in _WHOLE.finditer(text, a, b):
            if not _SUPERLATIVE.search(text, a, m.start()):
                wholes.append(_whole(m))
        for m in _PERIOD.finditer(text, a, b):
            if not _SUPERLATIVE.search(text, a, m.start()) and not (year and m.group("year") == str(year)):
                said = " ".join(m.group().lower().split())
                # "so far this year", "this year" and "since January" are one period; "since 2010" its own
                periods.append((m.group("year") or ("this year" if said in _THIS_YEAR else said), said))
    if not wholes and not periods:
        return "", ""
    key = " ".join(k for k, _ in (wholes[:1] + periods[:1]))
    label = " ".join(w for _, w in (wholes[:1] + periods[:1]))
    return key, label
