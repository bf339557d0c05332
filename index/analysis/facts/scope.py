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

from waic_reader.index.analysis.facts.words import CASUALTY, EVENT_NOUNS, whole_noun
from waic_reader.index.analysis.lexicon import SUPERLATIVE
from waic_reader.index.corpus.tokens import fold

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
    r"|(?P<sector>(?:(?:in|across|throughout)\s+)?the\s+(?:(?P<kind>[a-z]+)\s+)?(?P<noun>sector|industry))"
    # a country by its name after "across" or "throughout" ("across the Philippines", "throughout
    # Kenya"): the whole country, as "across the country" is (t13ahr S6: "More than 1,200 people
    # died in sea accidents across the Philippines in 2023" was "death toll (2023 accident)");
    # "in Kenya" may be where the story's event was, and is no whole
    r"|(?:across|throughout)\s+(?P<land>(?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}))\b(?![’'])",
    re.I,
)
# The periods a count may be a total of; the year of a period written out is its key.
_PERIOD = re.compile(
    rf"\b(?:(?P<sofar>so\s+far\s+this\s+year|this\s+year|since\s+(?:January|{_YEAR}))"
    rf"|(?:in|during|throughout)\s+(?P<year>{_YEAR})(?!\s*[-–]\s*\d))\b(?![’'])",
    re.I,
)
# A word after which "nationwide" is an adjective of the noun that follows ("the nationwide strike",
# "during nationwide protests"): a determiner or a preposition never precedes the adverb, which
# follows its verb or noun ("killed nationwide", "people nationwide").
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|an?|this|that|its|their|his|her|our|during|in|of|at|on|for|after|before|amid|against|by|"
    r"over|from|to|with)\s+$|[’']s?\s+$",
    re.I,
)
# An event noun right before a whole that comes before the count in its clause: "Floods across the
# country have killed 52": the whole may be the event's extent (a modifier of the subject), so the
# count is that event's toll, no statistic of the whole (s41-rv finding 1; :func:`event_extent`).
# (a compound's last word names its event: "wildfires", "bushfires", "airstrikes")
_EVENT_SUBJECT = re.compile(rf"(?:{EVENT_NOUNS})\s+$", re.I)
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
    """A :data:`_WHOLE` match as (key, label): ("country", "in the country"), ("mining industry", "in
    the mining sector"); "sector" and "industry" are one whole (:func:`~.words.whole_noun`), its
    label as written."""
    if m.group("nation"):
        return "country", "in the country"
    if m.group("land"):
        way, _, land = " ".join(m.group().split()).partition(" ")
        return f"country {fold(land.removeprefix('the ').removeprefix('The '))}", f"{way.lower()} {land}"
    kind = (m.group("kind") or "").lower()
    kind = "" if kind in ("same", "whole", "entire") else kind
    noun = m.group("noun").lower()
    return " ".join(w for w in (kind, whole_noun(noun)) if w), f"in the {' '.join(w for w in (kind, noun) if w)}"


def _named_country(m: re.Match[str]) -> bool:
    """Whether a :data:`_WHOLE` match is a whole: any but a name after "across", which must name a
    country (the gazetteer's nations: "across the Philippines"; never "across Main Street")."""
    from waic_reader.index.analysis.facts.owners import nation_named

    return not m.group("land") or bool(nation_named(m.group("land")))


def _modifies_noun(text: str, lo: int, m: re.Match[str]) -> bool:
    """Whether a :data:`_WHOLE` match ``m`` in a clause from ``lo`` modifies a noun phrase rather
    than scoping the count at ``start``: "nationwide" as an adjective ("the nationwide strike",
    "during nationwide protests"). (A whole after the clause's event noun is read by
    :func:`event_extent`, which needs the article.)"""
    before = text[max(lo, m.start() - 40) : m.start()]
    said = m.group().lower()
    if said.startswith(("nationwide", "countrywide")) and (_ATTRIBUTIVE_BEFORE.search(before) or not before.strip()):
        rest = text[m.end() : m.end() + 20]
        # sentence-opening "Nationwide, …" is an adverbial; "Nationwide protests …" an adjective
        return bool(before.strip()) or re.match(r"\s+[a-z]", rest) is not None
    return False


def event_extent(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the whole that scopes a count at ``start``–``end`` may be its event's own extent:
    it follows an event noun that is the subject of the count's clause ("Floods across the country
    have killed 52"). Such a count is the story's toll unless its article gives an unscoped toll
    of its own beside it (extract.py: "have killed 38 people in Assam … Floods across the country
    have killed 112" keeps the 112 a national statistic; s41-rv finding 1)."""
    lo, _hi = _clause(text, start, end, sent)
    return any(
        m.end() <= start and _named_country(m) and _EVENT_SUBJECT.search(text, lo, m.start()) is not None
        for m in _WHOLE.finditer(text, lo, start)
    )


def names_whole(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the clause of a count at ``start``–``end`` scopes it to a whole (:data:`_WHOLE`: the
    country, a named country after "across", a sector) as :func:`statistic_scope` reads it: such
    a count with a past year is that whole's statistic for the year, never an earlier event's toll
    ("across the Philippines in 2023" was "death toll (2023 accident)", t13ahr S6)."""
    lo, hi = _clause(text, start, end, sent)
    return any(
        _named_country(m) and not _SUPERLATIVE.search(text, lo, m.start()) and not _modifies_noun(text, lo, m)
        for m in _WHOLE.finditer(text, lo, hi)
    )


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
            if not _named_country(m):
                continue
            if not _SUPERLATIVE.search(text, a, m.start()) and not _modifies_noun(text, a, m):
                wholes.append(_whole(m))
        for m in _PERIOD.finditer(text, a, b):
            if not _SUPERLATIVE.search(text, a, m.start()) and not (year and m.group("year") == str(year)):
                said = " ".join(m.group().lower().split())
                # "so far this year", "this year" and "since January" are one period; "since 2010" its own
                periods.append((m.group("year") or ("this year" if said in _THIS_YEAR else said), said))
    if year is None and not wholes:
        # an undated article's "in 2026" may be its story's own year: a year alone makes no
        # statistic then; with a whole ("in the country in 2024") it keys the whole's total
        periods = [p for p in periods if not p[0].isdigit()]
    if not wholes and not periods:
        return "", ""
    key = " ".join(k for k, _ in (wholes[:1] + periods[:1]))
    label = " ".join(w for _, w in (wholes[:1] + periods[:1]))
    return key, label
