"""Where a figure is: a place after it, a rainfall list's places ("Rainfall totals: Pécs 64 mm"),
the part of a group a count is ("six of them", "among the dead")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from waic_reader.index.analysis.facts.words import (
    AUXILIARIES,
    CASUALTY,
    OF_PRONOUN_AFTER,
    VERB_ADVERBS,
    WORD,
    bare_word,
    nearest_cue,
)
from waic_reader.index.analysis.figures import (
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    MONTH_NUMBERS,
    STOP_WORDS,
    WEEKDAYS,
)
from waic_reader.index.corpus.letters import (
    CAP,
)

if TYPE_CHECKING:
    from waic_reader.index.analysis.facts.model import FactValue

RAIN = frozenset("rain rainfall snow".split())
# (a name after a common noun's "of" is the place: "south of the port city of Kaohsiung" is
# Kaohsiung's distance, one row with "south of Kaohsiung", t13ai N5; the capital's name after
# "the capital" only when one is written: "east of the capital, killing 21" is the capital's
# distance, never "distance to the killing", t13air N5)
PLACE_AFTER = re.compile(
    r"\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:\s+of)?|from|away\s+from|off|of)"
    rf"\s+(?:the\s+)?(?:capital,?\s+(?={CAP})|(?:[a-z]+\s+){{1,2}}of\s+(?={CAP}))?(?P<place>(?:{CAP}[\w’'-]*)(?:\s+{CAP}[\w’'-]*){{0,2}}|[a-z]+)"
)

# Where rain was measured, which makes rainfalls at two places two facts (the local paper's 312 mm
# at San Feliciano and 180 mm at Port Casilang were one "rainfall" row in disagreement): a place
# after the figure ("was recorded at the San Feliciano station", "of rain in Port Casilang") or the
# subject of its clause before a verb of measuring ("San Feliciano recorded 312 mm", "Port Casilang,
# 40 km south, received 180 mm", "…, while Mobile got 9 inches").
_RAIN_PLACE_AFTER = re.compile(
    rf"(?:\s+(?:of\s+)?(?:rain|rainfall|snow))?(?:\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:recorded|measured|reported|fell|poured|dropped))?"
    rf"\s+(?:at|in|on|over)\s+(?:the\s+)?(?P<place>{CAP}[\w’'-]*(?:\s+{CAP}[\w’'-]*){{0,2}})"
)
_RAIN_PLACE_BEFORE = re.compile(
    rf"(?:^|[,;]\s*(?:while\s+|and\s+|but\s+|whereas\s+)?|\b(?:while|whereas)\s+)(?P<place>{CAP}[\w’'-]*(?:\s+{CAP}[\w’'-]*){{0,2}})(?:,[^,]*,)?"
    r"\s+(?:has\s+|had\s+)?(?:recorded|received|measured|logged|saw|got|had|has)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|up\s+to\s+)?$"
)


# A place's name a distance is of, as written: up to five capitalised words, any script's capitals
# (:data:`CAP`: "Örebro University Hospital", "Łódź Sports Hall"), for :mod:`.quantities`' named
# distances (review s36-rv D10, round s36-c2: an ASCII-only pattern there cut "Örebro").
NAMED_PLACE = rf"(?P<name>{CAP}[\w’'-]*(?:\s+{CAP}[\w’'-]*){{0,4}})"


def time_word(word: str) -> bool:
    """Whether a capitalised word opening a place's name says when or is a function word, never
    where: "on Sunday", "in October", "The" (weekdays, month names and abbreviations, stop words)."""
    w = word.lower()
    return w in STOP_WORDS or w in WEEKDAYS or w in MONTH_NUMBERS


def rain_place(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The place a rainfall (or a wind's speed) was measured at, as written ("San Feliciano"); ""
    when the sentence names none (a capitalised function word, a rain word, a day or a month is
    no place)."""
    for m in (_RAIN_PLACE_AFTER.match(text, fig.end, sent[1]), _RAIN_PLACE_BEFORE.search(text[sent[0] : fig.start])):
        first = m.group("place").split()[0].lower() if m else ""
        # "on Sunday", "in October": when, not where
        if m and not (time_word(first) or first in RAIN):
            return m.group("place")
    return ""


# A list of places' measurements after a label and a colon: "Rainfall totals: Pécs 64 mm, Mohács 51
# mm, Szekszárd 38 mm", "Wind gusts: Siófok 110 km/h (68 mph), Keszthely 95 km/h". Each item is the
# place's own measurement, measured by the label's words (three rows "length (mm)" before, the first
# compared with another town's 66 mm by context alone: t13m F7).
_PLACE_NAME = re.compile(rf"{CAP}[\w’'-]*(?:\s+{CAP}[\w’'-]*){{0,2}}")
_ITEM_SEPARATOR = re.compile(r",\s*(?:and\s+)?|;\s*|\s+and\s+")
_LIST_ITEMS = 12  # items before the figure at most (and each read once: no pattern backtracks over them)
_LIST_LABEL_WORDS = 8  # "Rainfall in the 24 hours to 8 a.m.": a label's words at most, else a sentence


def listed_place(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[list[str], str] | None:
    """(the label's words, lower case; the item's place as written) for a figure that is an item
    of a list of places after a label and a colon ("Pécs 64 mm, Mohács 51 mm and Szekszárd …"), else
    None."""
    colon = text.rfind(":", sent[0], fig.start)
    if colon == -1:
        return None
    items = _ITEM_SEPARATOR.split(text[colon + 1 : fig.start].lstrip())
    if len(items) > _LIST_ITEMS:
        return None
    last = _PLACE_NAME.fullmatch(items[-1].rstrip())
    if last is None or not items[-1][last.end() :].isspace():
        return None  # the item is "Place figure": its place, then a space
    for item in items[:-1]:
        m = _PLACE_NAME.match(item)
        if m is None or not item[m.end() : m.end() + 1].isspace() or not any(c.isdigit() for c in item):
            return None  # "Pécs 64 mm": an earlier item is a place and its figure
    label = [w.lower() for w in WORD.findall(text, sent[0], colon)]
    place = last.group()
    first = place.split()[0].lower()
    if (
        not label
        or len(label) > _LIST_LABEL_WORDS
        or first in STOP_WORDS
        or first in WEEKDAYS
        or first in MONTH_NUMBERS
    ):
        return None
    return label, place


# A count of part of a group the sentence names by its casualty word ("11 of the missing are
# alive", "3 of the injured died", "Of those evacuated, two returned"): it counts the part, never
# the group, so the group's word is no measure of it (nor, being a part, is the rest of the clause).
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|those|these)\s+(?P<group>(?:[^\W\d_]+\s+){0,2})", re.I)
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|those|these)\s+(?P<group>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+),\s+$", re.I)


# The opening of a list of parts: "Of the nine confirmed deaths, five were in Casilang, three in
# Nueva Aurora and one in Santa Cruz" (each count of the list a part; the third was a value of the
# death toll, 3 after 9).
_PARTITIVE_OPEN = re.compile(r"\bof\s+(?:the|those|these)\s+(?P<group>(?:[^\W_]+\s+){0,3}?[^\W\d_]+),\s+", re.I)


# A count of some of the things just counted, by a pronoun: "21 people were injured, six of them
# seriously", "18 remain in hospital, four of whom in intensive care" (a part, never a value of the
# group's count: 21 → 6 in one article was a false change, t13n F5).
_OF_PRONOUN_AFTER = OF_PRONOUN_AFTER


def partitive(text: str, fig: Figure, sent_start: int) -> bool:
    """Whether a count is a part of a casualty group named with "of the" ("11 of the missing",
    "Of the dead, two were children", and each count of a list after it, "…, five were in
    Casilang, three in Nueva Aurora", up to a casualty word of its own), or of the things counted
    before it, by a pronoun ("six of them seriously")."""
    if fig.start > sent_start and _OF_PRONOUN_AFTER.match(text, fig.end):
        return True
    after = _PARTITIVE_AFTER.match(text, fig.end)
    before = _PARTITIVE_BEFORE.search(text, max(sent_start, fig.start - 48), fig.start)
    groups = [m.group("group") for m in (after, before) if m is not None]
    opened = next(_PARTITIVE_OPEN.finditer(text, sent_start, fig.start), None)
    if opened is not None and not any(w.lower() in CASUALTY for w in WORD.findall(text, opened.end(), fig.start)):
        groups.append(opened.group("group"))
    return any(w.lower() in CASUALTY for g in groups for w in WORD.findall(g))


# A count of some of a casualty group that names the group after "among" ("Two Japanese tourists
# were among the dead", "Among the injured were three children", "two Britons are among those
# missing"): a part of the group, never a value of the group's total (the toll), so it is a fact of
# its own, labelled by the group and its noun ("dead: Japanese tourists"), or none without a noun.
_AMONG_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|remain|remained|(?:have|has|had)\s+been)\s+)?(?:also\s+|reportedly\s+)?"
    r"among\s+(?:the\s+|those\s+)?(?:\d[\d,]*\s+)?(?P<group>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)",
    re.I,
)
_AMONG_BEFORE = re.compile(
    r"\bamong\s+(?:the\s+|those\s+)?(?:\d[\d,]*\s+)?(?P<group>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+),?\s+"
    r"(?:(?:were|was|are|is)\s+)?(?:(?:at\s+least|about|some|around)\s+)?$",
    re.I,
)
# A group named as its subject, its parts after a verb of inclusion: "The dead included two
# children", "Those killed include three firefighters", "The victims who died also included four
# tourists", "The injured included 12 children" (t13x F2, round s34-f: the two children were the
# article's new death toll, "2, first said 7").
_INCLUDED_BEFORE = re.compile(
    r"\b(?:the|those|these)\s+(?P<group>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+),?\s+(?:(?:also|reportedly)\s+)?"
    r"(?:include|includes|included|including|comprise|comprises|comprised)\s+"
    r"(?:(?:at\s+least|about|some|around)\s+)?$",
    re.I,
)
# A part named after its group's clause and a comma: "The collapse killed nine, among them two
# cyclists", "Twelve died, among whom three children" (t13aa K17: a row "cyclists" beside the toll).
# The group is the casualty word of the clause before the comma (its own words, from the sentence's
# start or the last cut before it). "including" says the same: "Storms killed 12 people, including
# three children" (t13air N5: a row "children" beside "dead: children" for "among them three children").
_AMONG_THEM_BEFORE = re.compile(
    r"(?P<group>[^,;:.!?]*),\s+(?:among\s+(?:them|whom)|including)\s+(?:(?:at\s+least|about|some|around)\s+)?$",
    re.I,
)
GROUP_WORD = {"death": "dead"}  # the group's word in a subset's label, else its verb ("injured")


def among_group(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The casualty measure of the group a count is said to be among ("were among the dead",
    "The dead included two children": "death"), or "" when it is no part of a named casualty
    group."""
    after = _AMONG_AFTER.match(text, fig.end, sent[1])
    before = _AMONG_BEFORE.search(text, max(sent[0], fig.start - 60), fig.start)
    included = _INCLUDED_BEFORE.search(text, max(sent[0], fig.start - 60), fig.start)
    them = _AMONG_THEM_BEFORE.search(text, max(sent[0], fig.start - 120), fig.start)
    for m in (after, before, included, them):
        if m is not None:
            hit = nearest_cue([w.lower() for w in WORD.findall(m.group("group"))], CASUALTY)
            if hit:
                return str(hit[0])
    return ""


# Where a count's own clause puts its things, right after it ("14 vehicles were in the water",
# "sending 14 vehicles into the water", "12 vehicles were on the bridge", a box's "Vehicles on the
# bridge: 12"): two counts of one noun in one place count the same things, compared whatever else
# their sentences share (t13l F8: two outlets' "14 vehicles … in the water" were two rows, as a
# live blog's entry shares no context with a wire's lede). "into"/"onto" are where things went to.
_PLACE_PREPOSITIONS = {"in": "in", "into": "in", "inside": "in", "on": "on", "onto": "on"}


def place_of(after: Sequence[str]) -> str:
    """The place the clause after a count puts its things (lower-case words, auxiliaries and
    adverbs passed over before the preposition, determiners after it): "in water", "on bridge";
    "" when the clause opens otherwise ("were pulled from the river", "live near the plant")."""
    i = 0
    while i < len(after) and (after[i] in AUXILIARIES or after[i] in VERB_ADVERBS):
        i += 1
    if i >= len(after) or after[i] not in _PLACE_PREPOSITIONS:
        return ""
    rest = [w for w in after[i + 1 : i + 4] if w not in DETERMINERS]
    if not rest or rest[0] in STOP_WORDS:
        return ""
    return f"{_PLACE_PREPOSITIONS[after[i]]} {bare_word(rest[0])}"


# A place the text itself marks as another than the story's ("In the neighbouring town of Brenn,
# 45 cholera cases were confirmed", "45 cases in nearby Brenn", "another village, Skarp, had 12"):
# a count in its clause is that place's, never a value of the story's count (t13ak-r S2: Brenn's 45
# joined Oskby's 380 in one row, a false disagreement, and the timeline drew a fall 380 → 45).
_OTHER_PLACE = re.compile(
    r"\b(?:neighbouring|neighboring|nearby|adjacent|another|a\s+second)\s+"
    r"(?:(?:town|village|city|district|county|region|province|state|island|municipality|suburb|port)\b,?\s*(?:of\s+)?)?"
    rf"(?P<place>{CAP}[\w’'-]*(?:\s+{CAP}[\w’'-]*){{0,2}})"
)
OTHER_PLACE = "in place|"  # what opens such a count's measure key ("in place|brenn|cholera cases")
# Where a clause ends inside a sentence: a place in another clause is another count's
_CLAUSE_CUT = re.compile(r";|\s(?:and|while|whereas|but)\s")


def other_place(text: str, start: int, end: int, sent: tuple[int, int]) -> str:
    """The name of the place (as written) that a count at ``start``:``end`` of the sentence
    ``sent`` is said of, when its clause marks that place as another than the story's
    (:data:`_OTHER_PLACE`); "" otherwise."""
    lo = sent[0]
    for m in _CLAUSE_CUT.finditer(text, sent[0], start):
        lo = m.end()
    cut = _CLAUSE_CUT.search(text, end, sent[1])
    hi = cut.start() if cut is not None else sent[1]
    found = _OTHER_PLACE.search(text, lo, hi)
    return found.group("place") if found is not None else ""


def placed_elsewhere(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` with each count of no measure whose sentence says "in X" of a place X that
    another count's clause marks as another place (:func:`other_place`: "the neighbouring town of
    Brenn") given that place's measure, when it counts the same things ("Health officials in Brenn
    have confirmed 45 cholera cases" is Brenn's, never a value of the story's 380: t13ak-r S2).
    Linear: one pass to find the marked places, one to place the counts."""
    marked: dict[tuple[str, str], tuple[str, str]] = {}
    for f in figures:
        if f.measure.startswith(OTHER_PLACE):
            place = f.measure[len(OTHER_PLACE) :].split("|", 1)[0]
            marked.setdefault((place, f.head), (f.measure, f.label))
    if not marked:
        return list(figures)
    heads = {head for _place, head in marked}
    out: list[FactValue] = []
    for f in figures:
        if f.kind == "count" and not f.measure and f.head in heads:
            words = [w.casefold() for w in f.words]
            said = " ".join(words)
            for (place, head), (measure, label) in marked.items():
                if head == f.head and f" in {place} " in f" {said} ":
                    f = replace(f, measure=measure, label=label)
                    break
        out.append(f)
    return out


# A stay at one place right after a counted noun ("About 150 evacuees spent the night at Grace
# Fellowship Church", "200 residents were sheltering in the school gym"): the verbs of a night away
# from home (FEMA's congregate-shelter wording: spend, stay, sleep, shelter, be housed, take
# refuge), up to a few words ("the night", "a second night"), then "at"/"in"/"inside" and one place:
# a name, or a singular common noun phrase after "the"/"a". A plural place ("in shelters", "in
# schools") is everywhere the count is, no part of it.
_STAY_AT_ONE_PLACE = re.compile(
    r"\s+(?:(?:had|have|has|were|are|was|is)\s+)?(?:been\s+)?"
    r"(?P<verb>spent|spend|spending|stayed|stay|staying|slept|sleeping|sheltered|sheltering|housed|lodged|took\s+refuge|taking\s+refuge)"
    r"\b(?:\s+(?:the|a|an|their|its|second|third|first|another|last|night|nights|day|days|weekend)){0,3}"
    r"\s+(?P<prep>at|in|inside)\s+"
    rf"(?P<place>(?:the\s+)?{CAP}[\w’'&-]*(?:\s+(?:of\s+)?{CAP}[\w’'&-]*){{0,4}}|(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)"
)


def one_place_stay(text: str, end: int, sent_end: int) -> tuple[str, str]:
    """(the one place as written, "Grace Fellowship Church", "the school gym"; the words that say
    where they are, as a label reads them: "at Grace Fellowship Church", a participle's "sheltering
    in the school gym") where the people a count ending at ``end`` counts are said to stay, when the
    words right after it say so (:data:`_STAY_AT_ONE_PLACE`): those at one shelter are a part of the
    people moved, never their total (issue #16, round s53-f: "About 150 evacuees spent the night at
    Grace Fellowship Church" read as the total evacuated, against the 2,300); ("", "") when none,
    or when the place is plural."""
    found = _STAY_AT_ONE_PLACE.match(text, end, sent_end)
    if found is None:
        return "", ""
    place = found.group("place")
    verb = found.group("verb")
    # (a participle says what they do there, t13anr N7's "residents sheltering"; a finite verb's
    # "spent the night" is told by the place alone, "at" it)
    where = f"{verb} {found.group('prep')} {place}" if verb.endswith("ing") else f"at {place}"
    last = place.rsplit(None, 1)[-1]
    if last.islower() and (last.endswith("s") and not last.endswith("ss")):
        return "", ""  # "in the shelters", "in local schools": all of them, no one place
    if last.lower() in _NO_PLACE:
        return "", ""  # "stayed in the area", "in the open": where they are, no place of their own
    return place, where


_NO_PLACE = frozenset("area region city town village open cold dark rain street streets homes home".split())
