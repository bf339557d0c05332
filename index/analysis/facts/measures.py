"""What a figure counts or measures: its *measure* (grouping key) and *label*, read from the
words of its own clause (casualty verbs and nouns, counted nouns, dimensions, money roles, costs).
See the package docstring for the rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.figures import CHANGED_FROM, SI_UNITS, Figure
from waic_reader.index.analysis.lexicon import (
    CHANGE_VERBS,
    COUNTED_ADJECTIVES,
    DETERMINERS,
    MONTH_NUMBERS,
    MONTHS,
    NUMBER_WORDS,
    STOP_WORDS,
    WEEKDAYS,
)
from waic_reader.index.corpus.letters import CAP

_CASUALTY: dict[str, tuple[str, str]] = {}  # cue word → (measure, label)
for _words, _key, _label in (
    (
        "killed kill kills killing dead died die dies dying deaths death toll fatalities lives bodies",
        "death",
        "death toll",
    ),
    ("injured injuring injuries injures hurt wounded", "injured", "people injured"),
    ("missing unaccounted", "missing", "people missing"),
    ("evacuated evacuate evacuating evacuation evacuees moved relocated", "evacuated", "people evacuated"),
    # Displaced is not evacuated: an evacuation moves people out ahead of a danger, and they go
    # back; the displaced have lost their homes ("left homeless"). Outlets report both, with
    # different figures, and a reader must not see them as one count in disagreement.
    ("displaced displacement homeless", "displaced", "people displaced"),
    ("rescued rescue", "rescued", "people rescued"),
    ("arrested detained", "arrested", "people arrested"),
    ("stranded", "stranded", "people stranded"),
):
    for _w in _words.split():
        _CASUALTY[_w] = (_key, _label)
# The casualty cue words that are nouns: before a counted noun they modify it ("evacuation
# centres"), naming no casualty of its things.
_CASUALTY_NOUNS = frozenset("deaths death toll fatalities lives bodies injuries evacuation displacement rescue".split())
# What a casualty measure's things were, after their noun, when they are not people: "homes
# evacuated", "children killed" (:func:`_casualty_label`).
_CASUALTY_VERB = {
    "death": "killed",
    "injured": "injured",
    "missing": "missing",
    "evacuated": "evacuated",
    "displaced": "displaced",
    "rescued": "rescued",
    "arrested": "arrested",
    "stranded": "stranded",
    "hospital": "taken to hospital",
    "hospital|in": "in hospital",
}
# People taken to hospital, by the words of the count's own clause: "At least 7 people were taken
# to hospital", "sent 9 people to hospital", "were rushed to a nearby hospital", "12 were
# hospitalised", "were treated in hospital" → *people taken to hospital*, one fact whatever the
# verb (a verb's own label split one count into "people" and "people rushed" rows: #16, s21-d).
# Who is still there or has left ("3 remain in hospital", "were discharged from hospital") is
# another count: no measure, never a value of the people taken there.
_HOSPITAL = ("hospital", "people taken to hospital")
_TO_HOSPITAL = re.compile(
    r"\b(?:hospitali[sz]ed|hospitali[sz]ation"
    r"|(?:to|into)\s+(?:(?:a|an|the|local|nearby|two|three|several|different)\s+)*hospitals?"
    r"|(?:treated|admitted|kept|detained)\s+(?:(?:in|at|to)\s+)(?:(?:a|an|the|local|nearby)\s+)*hospitals?)\b",
    re.I,
)
_STILL_OR_LEFT_HOSPITAL = re.compile(
    r"\b(?:remain|remains|remained|remaining|still|discharged|released"
    r"|(?:left|leave|leaves|leaving)\s+(?:(?:the|a)\s+)?hospitals?)\b",
    re.I,
)
# Who is in hospital now ("Eighteen people remain in hospital", "90 were still in hospital"): a
# count of its own, *people in hospital*, never a value of those taken there (labelled "people"
# before, a label that says nothing: t13n F27).
_IN_HOSPITAL = ("hospital|in", "people in hospital")
_STILL_IN_HOSPITAL = re.compile(
    r"\s+(?:(?:remain|remains|remained|are|were|is|was)\s+)?(?:still\s+)?(?:(?:remain|remains|remained)\s+)?"
    r"(?:in|at)\s+(?:(?:the|a|an)\s+)?(?:[^\W\d_]+\s+){0,2}?hospitals?\b",
    re.I,
)
_DAMAGE = frozenset("destroyed damaged collapsed flattened flooded".split())
# What a fire or a flood does to an area, one measure whatever the word: "had burned 12,400 acres",
# "has scorched about 14,000 acres", "3,000 hectares had burnt" are one *area burned*, compared.
_AREA_VERBS: dict[str, str] = {
    **dict.fromkeys("burned burnt scorched charred blackened consumed torched".split(), "burned"),
    **dict.fromkeys("flooded inundated submerged swamped".split(), "flooded"),
    **{w: w for w in "destroyed damaged".split()},
}
_DEPTH = frozenset("deep depth below underground beneath down focus".split())
_DISTANCE = frozenset("from north south east west northeast northwest southeast southwest away off offshore".split())
_HEIGHT = frozenset("high tall height".split())
# A storm's surge, a height of the sea of its own ("a storm surge of 2 to 3 metres (6.5 to 10
# feet)": a row "length (m)" before, beside a river's rise and the waves).
_SURGE = frozenset("surge surges".split())
_LENGTH = frozenset("long length stretch".split())
_RAIN = frozenset("rain rainfall snow".split())
# The units rain is measured in: "312 mm", "14.2 inches" (were a "length (in)" row, never the
# rainfall another outlet gave in millimetres), "4 cm".
_RAIN_UNITS = frozenset("mm cm in".split())
_FELL = frozenset("fell fallen".split())  # "66 mm fell in Pécs", "40 mm had fallen"
# What a speed is of, by the nearest word of its clause before it (else the first words after it):
# a storm's "sustained winds of 185 km/h" and its "gusts of up to 230 km/h" are two measures, its
# "moving west at 20 km/h" neither (three rows "quantity (km/h)" before, grouped by context alone).
_SPEED_MEASURES: dict[str, tuple[str, str]] = {
    **dict.fromkeys("gust gusts gusting gustiness".split(), ("speed|gusts", "wind gusts")),
    **dict.fromkeys("wind winds windspeed windspeeds".split(), ("speed|wind", "wind speed")),
}
_MONEY_ROLES: dict[str, str] = {}
for _words, _role in (
    ("pledged pledge pledges promised promise package aid relief reconstruction rebuilding fund earmarked", "pledged"),
    ("damage damages losses loss", "damage"),
    # What something costs, by any of its words: "Repairs will cost", "the repair bill", "the
    # price of the new pumps" (the thing it is the cost of: :func:`_cost_thing`).
    ("cost costs costing bill bills price prices tab expense expenses", "cost"),
    ("raised raise raises funding round", "raised"),
    ("profit profits earnings", "profit"),
    ("revenue revenues sales turnover", "revenue"),
    ("investment invest invested investing", "investment"),
    ("fine fined penalty", "fine"),
    # What an owner holds ("holds NOK 300 million of the contractor's bonds", "a €45 million
    # stake"): its verb, nearer the money than the holder's own noun ("a Norwegian fund" read
    # as money pledged, t13l F10).
    ("holds hold held holding owns owned stake stakes", "holding"),
):
    for _w in _words.split():
        _MONEY_ROLES[_w] = _role
_MONEY_LABELS = {
    "pledged": "money pledged",
    "damage": "damage",
    "raised": "money raised",
    "profit": "profit",
    "revenue": "revenue",
    "investment": "investment",
    "fine": "fine",
}
# SI factor and dimension per canonical unit, to compare "25 miles" with "40 km" (the recogniser's
# one table: it checks a conversion written after "or" by it).
_SI = SI_UNITS
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# "a factor of twelve", "the population of 5,000": a bare number named by the noun it closes.
_OF_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([^\W\d_]+)\s+of\s+$")
# Nouns that close "a ... of N" without saying what N counts ("a total of 12", "the number of"),
# never a fact's label.
_QUANTITY_NOUNS = frozenset(
    """total number numbers maximum minimum average tally figure figures count sum estimate
    majority minority handful fraction share proportion percentage ratio rate level score
    amount amounts range series set group batch lot""".split()
)
# What joins a count to the count of where its things are: "12 people in 3 cars", "300 homes
# in 4 districts", "40 people from 12 villages".
_JOINED = re.compile(
    r"\s+(?:of|in|from|across|on|aboard|inside|at)\s+(?:(?:the|an?|its|their|our|his|her)\s+)?"
    # "400 of the plant's 1,100 workers", "200 of its 1,500 staff", "90 of Harbor Mill's 640 employees"
    r"(?:(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*['’]s\s+)?",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\band\b|\bbut\b|\bwhile\b|\bwhich\b|\bwho\b")
# A count of what is added to a total ("two more bodies", "an additional 5 deaths") is not the
# total: it never joins the death toll it adds to.
_INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|extra)\b", re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|extra)\s+$", re.I)
# A figure set against the one reported ("280 evacuees instead of 400", "five days rather than
# the planned two") or the earlier value it replaced ("three, down from 19", "rose to 14 from
# 12", "climbed from 8 to 11"): never a value of the measure named around it.
_ALTERNATIVE_BEFORE = re.compile(
    r"(?:\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
    r"|\b(?:up|down)\s+from\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
    r"|\d\s+from\s+"
    rf"|\b(?:{'|'.join(sorted(CHANGE_VERBS))})\s+from\s+)$",
    re.I,
)
# An earlier report's value that a later one superseded, said in its own clause before it: "The
# toll, earlier put at two, rose to four", "previously reported as 12", "initially given as
# three", "from an initially reported five", "revised from an earlier 11", "up from an earlier
# toll of three", "rose to seven (previously three)" (the 2 was a value of the toll beside the 4:
# a disagreement of an article with itself, t13m F16). The cue word, then at most four words ending
# in a word that gives a value ("put at", "reported as", "an earlier toll of", "earlier reports
# said"), or none at all ("previously three", "an earlier 11"): "earlier on Tuesday 12 people were
# evacuated" says when, and keeps its value. "first" and "previous" need such a word ("the first
# 12 passengers", "the previous 24 hours" are no earlier values).
# The adverbs that say a value is an earlier report's (:data:`_EARLIER_VALUE`, :data:`_SAID_EARLIER`).
_EARLIER_ADVERBS = "earlier|previously|initially|originally"
_EARLIER_VALUE = re.compile(
    rf"\b(?:(?:{_EARLIER_ADVERBS})(?:\s+(?:[^\W\d_][\w’'-]*\s+){{0,3}}?(?:at|as|of|said|put|reported|given|estimated|stated|listed|counted))?"
    r"|(?:first|previous|prior|original|initial)\s+(?:[^\W\d_][\w’'-]*\s+){0,3}?(?:at|as|of|said|put|reported|given|estimated|stated|listed|counted))"
    r"\s+$",
    re.I,
)
# "revenue fell to £1.8 bln in the year to March from £2.1 bln", "slid to 40 from 52": the value
# after "from" is the one replaced, however many words stand between it and the change's "to"
# (read within the sentence, before the figure).
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?$", re.I)
# The new value's "to" after a value replaced (figures.CHANGED_FROM before it): "from four to six".
_TO_AFTER = re.compile(r"\s+to\s", re.I)
_CHANGED_TO = re.compile(rf"\b(?:{'|'.join(sorted(CHANGE_VERBS))})\b(?:\s+\w+)?\s+to\b", re.I)
# The word before a bare number that makes it part of a name: "Phase Two", "Route 7", "Array
# three" (a capitalised word that is neither a function word nor a qualifier).
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])({CAP}[\w’'-]*)\s+$")
_PLACE_AFTER = re.compile(
    r"\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:\s+of)?|from|away\s+from|off|of)"
    rf"\s+(?:the\s+)?(?:capital,?\s+)?(?P<place>(?:{CAP}[\w’'-]*)(?:\s+{CAP}[\w’'-]*){{0,2}}|[a-z]+)"
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


def _rain_place(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The place a rainfall (or a wind's speed) was measured at, as written ("San Feliciano"); ""
    when the sentence names none (a capitalised function word, a rain word, a day or a month is
    no place)."""
    for m in (_RAIN_PLACE_AFTER.match(text, fig.end, sent[1]), _RAIN_PLACE_BEFORE.search(text[sent[0] : fig.start])):
        first = m.group("place").split()[0].lower() if m else ""
        # "on Sunday", "in October": when, not where
        if m and not (first in STOP_WORDS or first in _RAIN or first in WEEKDAYS or first in MONTH_NUMBERS):
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


def _listed_place(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[list[str], str] | None:
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
    label = [w.lower() for w in _WORD.findall(text, sent[0], colon)]
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
_OF_PRONOUN_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|these|which)\b(?!\s+(?:who|that)\b)", re.I)


def _partitive(text: str, fig: Figure, sent_start: int) -> bool:
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
    if opened is not None and not any(w.lower() in _CASUALTY for w in _WORD.findall(text, opened.end(), fig.start)):
        groups.append(opened.group("group"))
    return any(w.lower() in _CASUALTY for g in groups for w in _WORD.findall(g))


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
_GROUP_WORD = {"death": "dead"}  # the group's word in a subset's label, else its verb ("injured")


def _among(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The casualty measure of the group a count is said to be among ("were among the dead":
    "death"), or "" when it is no part of a named casualty group."""
    after = _AMONG_AFTER.match(text, fig.end, sent[1])
    before = _AMONG_BEFORE.search(text, max(sent[0], fig.start - 60), fig.start)
    for m in (after, before):
        if m is not None:
            hit = _nearest([w.lower() for w in _WORD.findall(m.group("group"))], _CASUALTY)
            if hit:
                return str(hit[0])
    return ""


# A relative clause right after a count says what happened to its things: "All 300 people who
# were evacuated are home" is a count of the evacuated (a "who" there had cut the clause before
# "evacuated": a split row, "people" beside *people evacuated*: #16, s21-d).
# So does a participle phrase of where its people live ("About 1,200 residents living within 2
# kilometres of the plant were evacuated": a count of people evacuated, read as *residents*, its
# verb past the phrase's own figure, t13n F6).
_RELATIVE_AFTER = re.compile(r"\s*(?:who|living|residing|staying|sheltering)\b", re.I)


def _clause_end(seg: str) -> int:
    """Where the clause that opens ``seg`` (the text after a figure) ends: at its first clause
    break (:data:`_CLAUSE_BREAK`), past a relative "who" right after the figure; ``len(seg)``
    when none."""
    rel = _RELATIVE_AFTER.match(seg)
    cut = _CLAUSE_BREAK.search(seg, rel.end() if rel else 0)
    return cut.start() if cut else len(seg)


def _clause_after(text: str, pos: int, limit: int, next_start: int | None = None) -> list[str]:
    """The first words of the clause after a figure (at most six; twelve when a relative "who"
    opens it), lower case. When the next
    figure of the sentence (at ``next_start``) comes first, the words nearer to it than to this
    one are left out: they are said of it ("three ferries were in port when the toll hit 16":
    "toll" is the 16's)."""
    seg = text[pos:limit]
    end = _clause_end(seg)
    words = [w.lower() for w in _WORD.findall(seg[:end])]
    relative = _RELATIVE_AFTER.match(seg)
    if next_start is not None and pos <= next_start < pos + end and not relative:
        words = [w.lower() for w in _WORD.findall(text[pos:next_start])]
        words = words[: (len(words) + 1) // 2]
    # A relative clause before the count's own verb takes words of its own: "300 people who live
    # near the plant were evacuated" (a "people" row apart, its cue the seventh word).
    return words[: 12 if relative else 6]


def _clause_before(text: str, pos: int, start: int, strict: bool = False, keep_case: bool = False) -> list[str]:
    """The words of the clause before a figure (at most twelve), lower case (as written with
    ``keep_case``); ``strict`` also ends the clause at a comma, "and", "or" (for a figure that
    names what it counts, a cue there is another figure's: "evacuated from the town and two
    hamlets")."""
    seg = text[start:pos]
    cuts = list(re.finditer(r"[;:()—–]|\s-\s" + (r"|,|\band\b|\bor\b" if strict else ""), seg))
    if cuts:
        seg = seg[cuts[-1].end() :]
    return [w if keep_case else w.lower() for w in _WORD.findall(seg)][-12:]


def _nearest(words: Sequence[str], table: dict[str, Any], reverse: bool = False) -> Any:
    for w in reversed(words) if reverse else words:
        w = _bare(w)
        if w in table:
            return table[w]
    return None


# The verb of a figure's clause, read for every counted noun and measured area or length:
# "12 schools were closed", "80 families had been displaced", "3,000 hectares had burned".
# Auxiliaries and the adverbs between them and the participle ("had also been", "were
# temporarily") are passed over; the participle is a word in "-ed" or an irregular one.
_AUXILIARIES = frozenset("were was are is be been being have has had get got gets remain remained remains".split())
_VERB_ADVERBS = frozenset("also already now still reportedly all since then later either both".split())
_IRREGULAR_PARTICIPLES = frozenset(
    """burnt burned shut hit cut lost built sold struck swept broken taken stolen frozen fallen
    torn thrown blown overrun spent sent held kept laid paid sunk shot slain felled split spread
    wiped beaten drawn driven shaken bought caught brought fought sought razed""".split()
)
# Participles that say how a count is known, not what happened to its things ("12 people
# were found dead", "were reported missing", "were left homeless"): the words after them do.
_REPORTING_VERBS = frozenset(
    """found reported said believed thought feared expected estimated known confirmed listed
    counted recorded presumed understood registered identified left taken put seen""".split()
)


# Words that open a clause of its own inside a sentence ("… as 380,000 remain in the dark").
_SUBORDINATORS = frozenset("as while when whereas although though because since after before but".split())
# Verbs a count can be the subject of without an auxiliary before them ("2,100 fled their homes",
# "400 spent the night in shelters", "90 remain in hospital"): with one of them, or a participle
# or an auxiliary, right after it, the figure is its own clause's subject (:func:`_own_verb`).
_FINITE_VERBS = frozenset(
    """fled spent left went took sought lost slept stayed stay stays remain remains remained
    live lived face faced need needed returned return returns moved sheltered huddled""".split()
)


def _own_verb(after: Sequence[str]) -> bool:
    """Whether the clause after a figure opens with a verb of its own, adverbs passed over
    ("2,100 fled", "400 were moved", "90 still remain"): the figure is that verb's subject, and
    a cue in a clause before it ("Four people died and 2,100 fled") is said of another count."""
    for w in after[:4]:
        if w in _VERB_ADVERBS:
            continue
        return w in _AUXILIARIES or w in _FINITE_VERBS or w in _IRREGULAR_PARTICIPLES or _participle(w)
    return False


# Jobs cut, by the verb before the count ("will cut 1,200 jobs", "is to shed 1,500 posts", "laid
# off 300 workers") or after it ("1,200 jobs will be cut", "300 roles were axed"): one measure
# however the outlet words the cut, so a company's 1,200 and 1,500 are compared (the counts of
# jobs were single rows, never compared: found in session 24 on a hand-written business story).
_JOB_NOUNS = frozenset("jobs job positions posts roles workers employees staff".split())
_JOB_CUT_VERBS = frozenset(
    """cut cuts cutting shed sheds shedding axe axes axed axing slash slashes slashed slashing
    eliminate eliminates eliminated eliminating scrap scraps scrapped scrapping lose loses losing
    lost""".split()
)
# After the count only: "260 positions would go", "240 jobs will go" (a verb of its own there).
_JOB_GO = frozenset("go goes going gone disappear vanish".split())
# Nouns that are a cut themselves, whatever the verb: "240 redundancies", "250 job losses", "300
# layoffs", "120 job cuts".
_CUT_NOUNS = frozenset("redundancies layoffs lay-offs".split())
_JOB_CUT_PAIRS = frozenset({("job", "losses"), ("job", "cuts"), ("job", "reductions")})
_LAY_OFF = frozenset("lay lays laid laying".split())
# Homes without power, one measure whatever the dwellings' word ("about 310,000 homes had no
# electricity", "Households without power: 312,400", "More than 300,000 customers remained without
# electricity", "cutting power to about 310,000 homes": rows "homes", "households", "customers"
# before, so 310,000 against Wednesday's 150,000 was never compared). One home per household per
# customer, as one job per worker cut; people without power are a count of their own.
POWER_OUT = "power|out"
_POWER = frozenset("power electricity".split())
_POWER_LOSS = frozenset("without no lost lose losing".split())
_POWER_CUT = frozenset("cut cuts cutting out".split())  # "cutting power to", "knocked out power to"
_POWER_HOMES = frozenset("homes households houses customers premises properties dwellings".split())
_JOB_CUT_SKIP = frozenset("will would could may might are is was were be been being to set due also".split())


# A workforce cut by a number: "cut its workforce by 240", "will reduce staff by 80", "trim the
# headcount by 1,200" (t13k F14: no fact).
_WORKFORCE = frozenset("workforce staff headcount payroll jobs employees workers".split())
_REDUCE = _JOB_CUT_VERBS | frozenset(
    "reduce reduces reduced reducing trim trims trimmed trimming shrink shrinks shrank".split()
)


def _workforce_cut(before: Sequence[str]) -> bool:
    """Whether the clause before a bare count ends "<cut verb> [its|the|…] <workforce word> by"."""
    if before[-1:] != ["by"] or len(before) < 3 or before[-2] not in _WORKFORCE:
        return False
    rest = list(before[:-2])
    if rest and rest[-1] in DETERMINERS:
        rest.pop()
    return bool(rest) and rest[-1] in _REDUCE


def _jobs_cut(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count of jobs or workers is the number cut (see :data:`_JOB_CUT_VERBS`)."""
    if before[-1:] and (
        before[-1] in _JOB_CUT_VERBS or (before[-1] == "off" and before[-2:-1] and before[-2] in _LAY_OFF)
    ):
        return True
    i = 0
    while i < min(len(after), 4) and after[i] in _JOB_CUT_SKIP:
        i += 1
    if i == 0 or i >= len(after):
        return False
    return (
        after[i] in _JOB_CUT_VERBS or after[i] in _JOB_GO or (after[i] in _LAY_OFF and after[i + 1 : i + 2] == ["off"])
    )


# People made to leave their homes, by the words of the count's own clause: "2,100 fled their
# homes", "forced 2,100 residents from their homes", "2,300 people spent a second night away
# from home", "were ordered to leave their homes" → *people evacuated*; "lost their homes" →
# *people displaced* (like "homeless": see the table above).
_HOME = r"(?:their|his|her)\s+(?:own\s+)?(?:homes?|houses?)\b"
_LEFT_HOME = re.compile(
    rf"\b(?:(?:fled|flee|flees|fleeing)\b(?!\s+the\s+scene)"
    rf"|(?:left|leave|leaves|leaving|abandoned|abandon|abandoning|evacuated)\s+{_HOME}"
    rf"|away\s+from\s+(?:home\b|{_HOME}))",
    re.I,
)
# "from their homes" / "out of their homes" says they left only after a verb that moved them:
# "forced 2,100 residents from their homes" (never "rescued 12 people from their homes", which
# its own verb labels first, nor "arrested 12 men from their homes").
_FROM_HOME = re.compile(rf"\b(?:from|out\s+of)\s+{_HOME}", re.I)
_FORCING = frozenset(
    """forced force forces forcing drove driven drive drives driving chased chase chases ordered
    order orders ordering pushed push pushes pushing moved move moves moving""".split()
)
_LOST_HOME = re.compile(rf"\b(?:lost|lose|loses|losing)\s+{_HOME}", re.I)


def _without_power(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count's clause says its things are without power: "… homes are still without
    electricity", "had no power", "lost power", or before it "cutting power to …"."""
    if any(a in _POWER_LOSS and b in _POWER for a, b in zip(after, after[1:], strict=False)):
        return True
    # "cutting power to 310,000 homes", "Power has been cut to 4,000 homes", "knocked out
    # electricity to", "cut off power to": the cut and the power in the words before the "to"
    window = set(before[-6:-1])
    return before[-1:] == ["to"] and bool(window & _POWER) and bool(window & _POWER_CUT)


# A hospital that treated or admitted a count's people, the count its verb's object: "The
# provincial hospital treated 31 people for injuries", "Two hospitals have admitted 40 patients"
# (the 31 were people injured, in disagreement with the 47 injured of the whole storm).
_HOSPITAL_TREATED = re.compile(
    r"\bhospitals?(?:\s+(?:in|at)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:(?:has|have|had)\s+)?(?:already\s+|so\s+far\s+)?"
    r"(?:treated|admitted|received|taken\s+in|took\s+in)\s+$",
    re.I,
)


def _to_hospital(text: str, fig: Figure, limit: int, next_start: int | None, sent_start: int = 0) -> bool:
    """Whether a count's own clause says its people were taken to hospital (after it,
    :data:`_TO_HOSPITAL`, and not that they remain there or have left it; or before it, a
    hospital that treated them, :data:`_HOSPITAL_TREATED`)."""
    if _HOSPITAL_TREATED.search(text, max(sent_start, fig.start - 60), fig.start):
        return True
    end = limit if next_start is None else min(limit, next_start)
    seg = text[fig.end : end]
    seg = seg[: _clause_end(seg)]
    return bool(_TO_HOSPITAL.search(seg)) and not _STILL_OR_LEFT_HOSPITAL.search(seg)


def _left_home(text: str, fig: Figure, limit: int, next_start: int | None, before: Sequence[str], verb: str) -> str:
    """The casualty measure of a count whose own clause says its people left or lost their
    homes ("evacuated", "displaced"), else ""."""
    end = limit if next_start is None else min(limit, next_start)
    seg = text[fig.end : end]
    seg = seg[: _clause_end(seg)]
    if _LOST_HOME.search(seg):
        return "displaced"
    if _LEFT_HOME.search(seg):
        return "evacuated"
    if _FROM_HOME.search(seg) and (verb in _FORCING or (before[-1:] and before[-1] in _FORCING)):
        return "evacuated"
    return ""


# Where a count's things were, said in its own clause: on board a ship, train or plane ("was
# carrying 212 passengers", "212 passengers were on board", "with 40 crew aboard", "212 passengers
# had boarded"). Being aboard is what makes them the passengers or crew counted, not a thing that
# happened to some of them as "rescued" or "killed" is: such a count has no measure of its own
# ("had boarded" is no fact apart from "were on board"), and two counts of one noun and one value
# both said to be aboard count the same people, however little else their sentences share (a
# Markdown list item, "- 212 passengers were on board", has no sentence around it: #13 t13 fault 3).
# A capacity ("licensed to carry 300", "can carry", "carries 9,000 a day") says nothing of who was
# aboard, and "carried" is also the rescuers' ("carried 12 people to safety"): neither is a cue.
ABOARD = "aboard"
_ABOARD_WORDS = frozenset("aboard onboard on-board boarded embarked".split())


def _aboard(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count's own clause says its things were on board (see :data:`ABOARD`): "on
    board", "aboard", "boarded", "embarked" in the clause after it, or "carrying" right before it."""
    if any(w in _ABOARD_WORDS for w in after) or any(a == "on" and b == "board" for a, b in zip(after, after[1:])):
        return True
    return before[-1:] == ["carrying"]


# Verbs that stop or shut things, said of a count of them by its outlets either way round: "cancelled
# 146 flights" and "146 flights were cancelled" (a verb of any other sense before a count, "attracted
# 800 companies", "invited 30 countries", names no fact: one outlet's verb would split it from
# another's "800 companies").
_STOP_VERBS = frozenset(
    """cancelled canceled closed shut suspended grounded halted delayed postponed diverted
    scrapped""".split()
)


# The next item of a list of counts: ", 210 trucks", "and 95 cars", ", and three buses".
_NOT_AN_ITEM = (
    r"(?!(?:and|or|are|were|was|is|be|been|have|has|had|remain|remained|still|lost|got|including|include|includes)\b)"
)
_LIST_ITEM = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\d[\d,.]*|(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))\s+)?"
    # an item's noun and at most one more word, never a verb ("…, had been destroyed", "… lost power")
    rf"{_NOT_AN_ITEM}[^\W\d_][\w’'-]*(?:\s+{_NOT_AN_ITEM}(?![\w’'-]*ed\b)[^\W\d_][\w’'-]*)?"
    r"(?=\s*(?:,|\band\b|\s[^\W\d_]))",
    re.I,
)


def _list_tail(text: str, pos: int, limit: int) -> list[str]:
    """The first words of the clause after a list of counts or nouns that a count at ``pos`` (its
    end) opens ("4,812 passengers, 210 trucks and 95 cars are stranded", "380,000 homes and
    businesses were still without power": "are stranded", "were still without power", each
    item's); [] when no list follows."""
    end = pos
    while (m := _LIST_ITEM.match(text, end, limit)) is not None:
        end = m.end()
    return _clause_after(text, end, limit) if end > pos else []


def _list_verb(text: str, pos: int, limit: int) -> str:
    """The verb of a list of counts that a count at ``pos`` opens (:func:`_list_tail`): "4,812
    passengers, 210 trucks and 95 cars are stranded" → "stranded" for each (the passengers were a
    row of their own, the cars alone stranded); "" when no list follows or it has no verb."""
    return _clause_verb(_list_tail(text, pos, limit))


def _done_to(head: str, before: Sequence[str]) -> bool:
    """Whether the word right before a count of things (not people) is a verb that stopped or
    shut them (:data:`_STOP_VERBS`: "cancelled 146 flights", "closed 1,300 schools"), not an
    adjective after an article ("the closed 40 stores")."""
    if not head or _people_kind(head) or not before or before[-1] not in _STOP_VERBS:
        return False
    return len(before) < 2 or before[-2] not in ("a", "an", "the")


# Where a count's own clause puts its things, right after it ("14 vehicles were in the water",
# "sending 14 vehicles into the water", "12 vehicles were on the bridge", a box's "Vehicles on the
# bridge: 12"): two counts of one noun in one place count the same things, compared whatever else
# their sentences share (t13l F8: two outlets' "14 vehicles … in the water" were two rows, as a
# live blog's entry shares no context with a wire's lede). "into"/"onto" are where things went to.
_PLACE_PREPOSITIONS = {"in": "in", "into": "in", "inside": "in", "on": "on", "onto": "on"}


def _place(after: Sequence[str]) -> str:
    """The place the clause after a count puts its things (lower-case words, auxiliaries and
    adverbs passed over before the preposition, determiners after it): "in water", "on bridge";
    "" when the clause opens otherwise ("were pulled from the river", "live near the plant")."""
    i = 0
    while i < len(after) and (after[i] in _AUXILIARIES or after[i] in _VERB_ADVERBS):
        i += 1
    if i >= len(after) or after[i] not in _PLACE_PREPOSITIONS:
        return ""
    rest = [w for w in after[i + 1 : i + 4] if w not in DETERMINERS]
    if not rest or rest[0] in STOP_WORDS:
        return ""
    return f"{_PLACE_PREPOSITIONS[after[i]]} {_bare(rest[0])}"


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed") and word not in STOP_WORDS)


def _bare_verb(after: Sequence[str]) -> list[str]:
    """The verb opening the clause after a count, past any auxiliaries and adverbs ("died",
    "were later killed" → "killed"), as a one-word list, else []."""
    i = 0
    while i < len(after) and i < 4 and (after[i] in _AUXILIARIES or after[i] in _VERB_ADVERBS):
        i += 1
    return list(after[i : i + 1])


def _clause_verb(after: Sequence[str], need_auxiliary: bool = True) -> str:
    """The participle of the clause after a figure ("were closed", "had been displaced", "had
    burned"; with ``need_auxiliary`` false also a bare one, "3,000 hectares burned"), lower case;
    "" when there is none or it only says how the figure is known (:data:`_REPORTING_VERBS`).
    A leading "of ..." is passed over: "40 km of coastline had been flooded"."""
    i = 0
    if after[:1] == ["of"]:
        i = next((k for k in range(1, min(len(after), 5)) if after[k] in _AUXILIARIES), len(after))
    auxiliaries = 0
    start = i
    while i < len(after) and i - start < 4:
        w = after[i]
        if w in _AUXILIARIES:
            auxiliaries += 1
        elif not (w in _VERB_ADVERBS or (auxiliaries and w.endswith("ly"))):
            break
        i += 1
    if i >= len(after) or (need_auxiliary and not auxiliaries) or (start > 0 and not auxiliaries):
        return ""
    w = after[i]
    return _spelled_one_way(w) if _participle(w) and w not in _REPORTING_VERBS else ""


def _spelled_one_way(verb: str) -> str:
    """A participle in the one spelling a measure keys it by: American "-eled" as British
    "-elled" ("canceled" and "cancelled" flights are one fact: two rows before, one outlet each)."""
    return verb[:-2] + "led" if verb.endswith("eled") and not verb.endswith("eeled") else verb


# Words a cost's thing is never: auxiliaries and what stands between it and the cost's verb
# ("Repairs will cost", "the sea wall is expected to cost", "the work would cost").
_COST_SKIP = frozenset(
    """will would could can may might shall should must is are was were be been being has have
    had expected estimated likely set going to now also still eventually ultimately already
    projected forecast due put""".split()
)
# What joins a subject's head to the rest of its phrase: "Repairs to the Lunde bridge will cost"
# (not "of": "a pair of shoes costs" is the shoes' cost).
_COST_JOIN = frozenset("for on to".split())
# Verbs that give an amount its value ("came to", "totalled", "stood at", "ran to"): the "of"
# or "for" phrase of a cost ends before one ("the bill for the repairs came to $2 million").
_AMOUNT_VERBS = frozenset("came come comes stood stands ran runs amounted amounts totals reached reaches".split())
# Words of a cost's subject that say how a reporter knows it, not what it is of: "the bridge is
# expected to cost" passes over them, "Albrecht estimated would cost" names no thing.
_COST_HEDGES = frozenset("expected estimated projected forecast put set due likely going".split())
# Words before a cost word that say which cost, not of what: "the final cost", "the total bill".
_COST_ADJECTIVES = frozenset(
    """final total overall initial original eventual annual average full real true actual extra
    additional estimated projected expected likely higher lower new current latest""".split()
)


def _cost_word(word: str) -> bool:
    """Whether ``word`` can name what a cost is of: a content word, no cost word itself."""
    return (
        len(word) > 2
        and word not in STOP_WORDS
        and word not in _COST_SKIP
        and _MONEY_ROLES.get(word) != "cost"
        and word not in _COST_ADJECTIVES
        and not word[0].isdigit()
    )


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _cost_thing(before: Sequence[str], after: Sequence[str]) -> str:
    """What a money figure whose clause names a cost (a cost, a bill, a price) is the cost of, in
    the singular ("repair" in "The repair bill came to", "Repairs will cost", "the cost of the
    repairs", "Repairs to the Lunde bridge will cost", "a $4.2 million repair bill"); "" when the
    clause does not say."""
    for words, at in (
        (after[:3], next((i for i, w in enumerate(after[:3]) if _MONEY_ROLES.get(w) == "cost"), None)),
        (before, next((i for i in range(len(before) - 1, -1, -1) if _MONEY_ROLES.get(before[i]) == "cost"), None)),
    ):
        if at is None:
            continue
        # After the cost word: "the cost of the new pumps", "the bill for repairs" (the head of
        # the phrase: its last content word).
        if at + 1 < len(words) and words[at + 1] in ("of", "for"):
            k = at + 2
            while k < len(words) and (words[k] in ("the", "a", "an", "these", "those") or words[k] in _COST_ADJECTIVES):
                k += 1
            head = ""
            while k < len(words) and _cost_word(words[k]):
                if head and (words[k] in _AMOUNT_VERBS or words[k] in CHANGE_VERBS or words[k].endswith("ed")):
                    break  # "the bill for the repairs came to": the phrase ends at its clause's verb
                head = words[k]
                k += 1
            if head:
                return _singular(head)
        # Before it: its modifier ("the repair bill") or its subject ("Repairs will cost"), and the
        # head of a subject's phrase ("Repairs to the Lunde bridge will cost": the repairs).
        j = at - 1
        while j >= 0 and words[j] in _COST_SKIP and words is before:
            if words[j] in _COST_HEDGES and (j == 0 or words[j - 1] not in _AUXILIARIES):
                j = -1  # "Albrecht estimated (the ferry) would cost": the hedge's subject is a person
                break
            j -= 1
        if j < 0 or not _cost_word(words[j]):
            continue
        k = j - 1
        while k >= 0 and k >= j - 4 and (_cost_word(words[k]) or words[k] in ("the", "a", "an")):
            k -= 1
        if k >= 1 and words[k] in _COST_JOIN and _cost_word(words[k - 1]):
            j = k - 1
        return _singular(words[j])
    return ""


# Measures a named subject owns: one firm's cut, investment or revenue is no value of another's
# ("Rába Works will cut 300 jobs", "Dunaferr said it would cut 120 jobs" were one "jobs cut" row in
# disagreement, 300 against 120: t13m F6). The subject is read by :func:`owner`; the grouping keeps
# figures of different owners apart (``grouping._measured_group``).
OWNED_MEASURES = frozenset({"jobs|cut", "investment", "raised", "profit", "revenue", "pledged"})
# Who pledges money goes by many names ("Interior Minister X said the government would release",
# "the state would pledge", "Portugal's government pledged"): any of these words in the clause
# before the figure makes its owner one coarse donor, the government; else a named subject (a
# firm's fund: "Sorvena has set up a support fund of €2 million" is no value of the government's
# aid, t13n F7).
GOVERNMENT = "the government"
_GOVERNMENT_WORDS = frozenset(
    "government governments state ministry minister ministers premier president cabinet".split()
)
# Words a name before its verb is followed by ("Dunaferr said", "Acme will invest"): a sentence's
# first capitalised word before any other word ("Union leaders said") names no one.
_SUBJECT_VERBS = frozenset(
    """said says told tells announced announces confirmed confirms plans planned intends intended
    expects expected wants aims hopes will would could can may might must should shall is was are
    were has have had to""".split()
)
# Words before a name that make it no subject: a place or a time ("in Győr", "at Rába Works' plant"),
# whom something was told ("told Reuters"), whose account it is ("according to Dunaferr"), a relative
# clause's ("Rába Works, which Dunaferr bought in 2019, will cut").
_NOT_SUBJECT_BEFORE = frozenset(
    """in at on to from near by for with into onto across over under via than told tells telling
    according about against between which who whom whose""".split()
)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w’'&.-]*")
_NAME_LINKS = frozenset("of & de del der van von und".split())
_OWNER_CLAUSE = re.compile(r"[;:()—–]|\s-\s|,\s+(?:and|but|while|whereas|as)\s|\s(?:while|whereas)\s")
_SAID_AFTER = re.compile(
    rf",\s+(?P<name>{CAP}[\w’'&.-]*(?:\s+(?:{CAP}[\w’'&.-]*|&)){{0,3}})\s+(?:said|says|announced|confirmed)\b"
)

# "300 jobs would go at Rába Works", "cut 300 jobs at Dunaferr": whose jobs, right after the count.
_OWNER_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}}\s+(?:at|of)\s+(?P<name>{CAP}[\w’'&.-]*(?:\s+{CAP}[\w’'&.-]*){{0,3}})")


# Words by which a clause refers to a firm named before ("The company will cut 300 jobs", "It will
# shed 120 jobs", "the steelmaker said"): its owner is the subject of a sentence before.
_REFERENCES = frozenset(
    """it company firm group business employer bank lender insurer airline carrier operator
    producer manufacturer retailer miner developer supplier""".split()
)
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’)]?\s+|\n\s*)(?=[\"“‘]?[^\W\d_])")
_LOOK_BACK = 600  # characters before a figure's sentence searched for the firm it refers to
_BACK_SENTENCES = 3


# Words between a name and a figure that make the name the speaker, not the figure's owner: "Police
# said 300 people were inside" (for a figure without a named measure; a firm's own cut, "Dunaferr
# said it would cut 120 jobs", is the firm's).
_SPEECH = frozenset(
    """said says told tells announced added reported estimated confirmed according stated warned
    noted that""".split()
)


_OBJECT_VERB_WORDS = 3  # "Rába Works employs 900", "Acme plans to hire 300": the name's verb phrase


def object_owner(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The owner of a figure without a named measure: the name whose verb's object it is ("Rába
    Works employs 900 people", "Dunaferr produced 400 tonnes"), by :func:`owner`'s reading of its
    own clause, its verb phrase (at most :data:`_OBJECT_VERB_WORDS` words, no preposition) right
    before the figure; never a speaker ("Police said 300 people were inside"), a place ("ran aground
    outside Heraklion with 312 passengers") or a firm a sentence before."""
    start = sent[0]
    for cut in _OWNER_CLAUSE.finditer(text, sent[0], fig.start):
        start = cut.end()
    found = _subject_name(text, start, fig.start, start == sent[0])
    if not found:
        return ""
    at = text.rfind(found.split()[-1], start, fig.start) + len(found.split()[-1])
    between = [w for w in _WORD.findall(text, at, fig.start)]
    if not between or len(between) > _OBJECT_VERB_WORDS or text[at : fig.start].count(",") > 0:
        return ""  # "The Aegean Star ran aground outside Heraklion …": no verb of the name's right before it
    if any(w[:1].isupper() or w.lower() in _SPEECH or w.lower() in _NOT_SUBJECT_BEFORE for w in between):
        return ""  # "a Greek ferry with 320 passengers", "Police said 300 people"
    return found


# "Revenue at Acme rose to $2bn", "profit for Halden Group", "aid from Hungary": the measure's own
# noun, then whose it is (:func:`owner`; "investment in Acme" names what it goes to, no owner).
_OWNED_NOUNS = sorted(
    {w for w, role in _MONEY_ROLES.items() if role in OWNED_MEASURES and w.isalpha()} | _JOB_NOUNS,
    key=len,
    reverse=True,
)
_MEASURE_OF_NAME = re.compile(
    rf"\b(?i:{'|'.join(_OWNED_NOUNS)})\s+(?:at|of|for|from|by)\s+(?:the\s+)?"
    rf"(?P<name>{CAP}[\w’'&.-]*(?:\s+{CAP}[\w’'&.-]*){{0,3}})"
)


def owner(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """:func:`_owner`'s name, a country's in one form whatever it is called by
    (:func:`nation_named`: "Hungary", "Budapest", "the Hungarians" are "Hungary")."""
    return nation_named(found) or found if (found := _owner(text, fig, sent)) else ""


def nation_named(name: str) -> str:
    """The country ``name`` (a run of capitalised words, a possessive's "'s" left off) is a name
    of, by :func:`~waic_reader.index.analysis.entities.gazetteer.nations` (its name, demonym or
    capital: "Budapest", "Hungarian" → "Hungary"), else ""."""
    from waic_reader.index.analysis.entities.gazetteer import nations
    from waic_reader.index.corpus.tokens import fold

    words = [_bare(w.rstrip(".")) for w in name.split()]
    if words and words[0].lower() == "the":
        words = words[1:]
    return nations().get(fold(" ".join(words)), "") if words else ""


def _nation_in(text: str, start: int, end: int) -> str:
    """The country a run of capitalised words of ``text[start:end]`` names (:func:`nation_named`,
    the whole run: "the Hungarian government", "Hungary's government"; never a word of a longer
    name, "Prime Minister Luís Montenegro"), the one nearest ``end``; else ""."""
    toks = list(_NAME_TOKEN.finditer(text, start, end))
    i = len(toks) - 1
    while i >= 0:
        if not toks[i].group()[:1].isupper():
            i -= 1
            continue
        j = i
        while j > 0 and toks[j - 1].group()[:1].isupper() and not text[toks[j - 1].end() : toks[j].start()].strip():
            j -= 1
        found = nation_named(" ".join(t.group() for t in toks[j : i + 1]))
        if found:
            return found
        i = j - 1
    return ""


def _owner(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The name of the subject a figure of an owned measure (:data:`OWNED_MEASURES`) is said of, as
    written ("Rába Works"), else "": the nearest name before it in its clause that is no place,
    time or person told ("Rába Works will cut", "Dunaferr said it would cut", "The Hallerud plant
    of Torvik Wagons will shed", "Hungarian steelmaker Dunaferr plans to cut"; a possessive's owner,
    "Acme's revenue"), else one the sentence names saying it after it ("…, Rába Works said") or
    whose the count is ("300 jobs would go at Rába Works"). A person's name ("chief executive Jane
    Roe said") is passed over: the person speaks for the firm. A clause that refers to a firm
    (:data:`_REFERENCES`: "The company will cut 300 jobs") is owned by the name opening one of the
    sentences just before ("Rába Works is struggling. The company will cut 300 jobs")."""
    start = sent[0]
    for cut in _OWNER_CLAUSE.finditer(text, sent[0], fig.start):
        start = cut.end()
    named = None
    for named in _MEASURE_OF_NAME.finditer(text, start, fig.start):
        pass  # the last: nearest the figure
    first = named.group("name").split()[0].lower() if named is not None else ""
    if named is not None and first not in STOP_WORDS and first not in WEEKDAYS and first not in MONTH_NUMBERS:
        return named.group("name").rstrip(".")  # "Revenue at Acme rose to $2bn"
    found = _subject_name(text, start, fig.start, start == sent[0])
    if found:
        return found
    said = _SAID_AFTER.search(text, fig.end, sent[1]) or _OWNER_AFTER.match(text, fig.end, sent[1])
    if said:
        return said.group("name").rstrip(".")
    clause = [w.lower() for w in _WORD.findall(text, start, fig.start)]
    if not any(w in _REFERENCES or w.endswith("maker") for w in clause):
        return ""
    lo = max(0, sent[0] - _LOOK_BACK)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, sent[0])]
    ends = [*starts[1:], sent[0]]
    for s0, s1 in list(zip(starts, ends))[::-1][:_BACK_SENTENCES]:
        found = _subject_name(text, s0, s1, True, opening_only=True)
        if found:
            return found
    return ""


def donor(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The owner of money pledged (see :data:`_GOVERNMENT_WORDS`): :data:`GOVERNMENT` when its
    clause before it names a government's word, else :func:`owner`'s name."""
    start = sent[0]
    for cut in _OWNER_CLAUSE.finditer(text, sent[0], fig.start):
        start = cut.end()
    if any(w.lower() in _GOVERNMENT_WORDS for w in _WORD.findall(text, start, fig.start)):
        # "the Hungarian government pledged", "Hungary's government": the country's, one owner
        # with "Hungary pledged" and "Budapest pledged"; a government its clause names no country of
        # is the coarse donor, the government
        return _nation_in(text, start, fig.start) or GOVERNMENT
    found = owner(text, fig, sent)
    if " " not in found and found.endswith("s") and text[sent[0] : fig.start].lstrip().startswith(found + " "):
        return ""  # "Donors pledged $6 million", "Insurers promised": a group of no name, no owner
    return found


def _subject_name(text: str, start: int, end: int, sentence_start: bool, opening_only: bool = False) -> str:
    """The nearest name in ``text[start:end]`` (scanned from its end) that can be a clause's
    subject (see :func:`owner`), as written; with ``opening_only`` only one opening the stretch
    (a sentence's subject). ``sentence_start``: the stretch opens a sentence, whose first capital
    may be no name ("Union leaders said", "The Hallerud plant")."""
    from waic_reader.index.analysis.entities.given_names import given_names
    from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS

    toks = list(_NAME_TOKEN.finditer(text, start, end))
    first_of_sentence = toks[0].start() if toks and sentence_start else -1
    i = len(toks) - 1
    while i >= 0:
        if not toks[i].group()[:1].isupper():
            i -= 1
            continue
        # the run of capitalised words (and name links between them) ending here
        j = i
        while j > 0 and (
            toks[j - 1].group()[:1].isupper()
            or (toks[j - 1].group().lower() in _NAME_LINKS and j > 1 and toks[j - 2].group()[:1].isupper())
        ):
            if text[toks[j - 1].end() : toks[j].start()].strip():
                break  # punctuation between: two names ("Pécs, Mohács")
            j -= 1
        words = [t.group() for t in toks[j : i + 1]]
        before = toks[j - 1].group().lower() if j > 0 else ""
        i = j - 1
        if before in _NOT_SUBJECT_BEFORE or (opening_only and j > 0):
            continue
        if toks[j].start() == first_of_sentence:
            if words[0].lower() in COMMON_WORDS or words[0].lower() in STOP_WORDS:
                words = words[1:]  # "The Hallerud plant": the article is no part of a name
            elif len(words) == 1 and not words[0].endswith(("'s", "’s")):  # "Acme's revenue": a name's
                nxt = toks[j + 1].group().lower() if j + 1 < len(toks) else ""
                # "Dunaferr employs 1,200": the word after it is the verb right before the figure
                verb = j + 2 == len(toks) and not opening_only
                if not (verb or nxt in _SUBJECT_VERBS or _participle(nxt) or nxt in _JOB_CUT_VERBS):
                    continue  # "Union leaders said": a capital of the sentence, no name
        words = [_bare(w.rstrip(".")) for w in words]
        if not words or all(w.lower() in WEEKDAYS or w.lower() in MONTH_NUMBERS for w in words):
            continue
        if len(words) > 1 and words[0] in given_names():
            continue  # "Jane Roe said the firm would cut": who speaks for it
        if len(words) == 1 and words[0].lower() in STOP_WORDS:
            continue
        # (a web or mail address is no prose: "press@sorvena.example" writes no word "sorvena")
        if len(words) == 1 and re.search(rf"(?<![\w’'@./-]){re.escape(words[0].lower())}(?![\w’'@/-]|\.\w)", text):
            continue  # "Management will cut": a word the article writes in lower case is no name
        return " ".join(words)
    return ""


def _within(before: Sequence[str]) -> bool:
    """Whether a length's own words before it say a radius ("within", "within a radius of")."""
    return (
        before[-1:] == ["within"] or before[-4:] == ["within", "a", "radius", "of"] or before[-2:] == ["radius", "of"]
    )


def _casualties(text: str, sent: tuple[int, int]) -> set[str]:
    """The casualty measures a sentence's words name ("evacuated", "death")."""
    return {_CASUALTY[w][0] for w in (x.lower() for x in _WORD.findall(text, sent[0], sent[1])) if w in _CASUALTY}


# A later sentence's new value of a measure the article gave before: "By nightfall the toll had
# risen to four", "the number of injured rose to 14", "was later revised to 800" (a change verb, a
# direction at most, then "to" straight before the figure); "officials later put the death toll at
# five", "put the number of injured at 21" (a verb that sets a value, its object, "at"); "the toll
# now stands at six", "stood at 14" ("at" after a verb of standing); and a report the sentence
# says is later than the article's first ("Police later said five people had died", "The death
# toll is now five", "the latest count gives 14", "an updated figure of 800": "later",
# "subsequently", "latest", "updated" before the figure in its sentence, "now" just before it).
_CHANGED_TO_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(CHANGE_VERBS))})\s+(?:(?:up|down|upwards|downwards|again)\s+)?to\s+$"
    r"|\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+(?:[^\W\d_][\w’'-]*\s+){1,6}at\s+$"
    r"|\b(?:stands?|stood|standing)\s+at\s+$",
    re.I,
)
_LATER_REPORT = re.compile(r"\b(?:later|subsequently|latest|updated)\b", re.I)
# "now" only said of the value, just before it ("The death toll is now five", "now stands at 21"):
# "Lorna, now over the South China Sea, had sustained winds of 160 km/h" says where, not a report.
_NOW_BEFORE = re.compile(r"\bnow\s+(?:[^\W\d_][\w’'-]*\s+){0,2}$", re.I)
# A clause saying it reports what was said before ("Earlier on Thursday the ministry had put the
# toll at seven", "Officials had previously given 6", "Initially, police said 3 died", "had
# reported 19 deaths"): its value is an earlier one, replaced by the measure's value the article
# gives without it, whatever their order in the text (t13p F3, round s29-i: 'had put the toll at
# seven' after 'rose to eight' was the article's value, first said 8). An adverb alone says when,
# not what was reported ("Earlier on Tuesday 12 people were evacuated"): it needs a reporting verb.
_SAID_EARLIER = re.compile(
    rf"\b(?P<adverb>{_EARLIER_ADVERBS}|at\s+first)\b"
    r"|\bhad\s+(?:[^\W\d_][\w’'-]*ly\s+)?(?:put|placed|set|given|reported|estimated|counted|listed|said|stated)\b",
    re.I,
)
_SAID_EARLIER_WORDS = 12  # how far before its value such a cue stands in the value's clause


def earlier_report(text: str, v: FactValue) -> bool:
    """Whether an earlier report gave ``v`` in its own clause ("earlier put at", "an earlier toll
    of", "previously reported as": :data:`_EARLIER_VALUE`): what its article said first, never a
    value of its measure of its own (:func:`superseded` gives it to the value replacing it)."""
    return v.kind not in ("year", "date", "duration") and (
        _EARLIER_VALUE.search(text, max(v.sentence[0], v.start - 48), v.start) is not None
    )


def _said_earlier(text: str, v: FactValue) -> bool:
    """Whether ``v``'s clause before it says it reports an earlier value (:data:`_SAID_EARLIER`,
    :func:`earlier_report`)."""
    if earlier_report(text, v):
        return True
    words = list(_WORD.finditer(text, v.sentence[0], v.start))[-_SAID_EARLIER_WORDS:]
    if not words:
        return False
    for m in _SAID_EARLIER.finditer(text, words[0].start(), v.start):
        if not m.group("adverb"):
            return True
        if any(w.group().lower() in _REPORTING_VERBS for w in words if w.start() >= m.end()):
            return True
    return False


def superseded(text: str, values: Sequence[FactValue]) -> dict[int, int]:
    """The indices of ``values`` (one article's, in text order) that a later sentence of the same
    article replaced, each mapped to the index of the last value replacing it: a value of one
    measure (the same key, label, kind and owner) in an earlier sentence, other than the value a
    later sentence gives as the measure's new one (:data:`_CHANGED_TO_BEFORE`, :data:`_LATER_REPORT`:
    "Three people were killed …" then "By nightfall the toll had risen to four", "Officials later put
    the death toll at four": the article's toll is four, t13n F9/F12, round s29-e); a live blog's
    value under an earlier entry is that entry's report, kept (its timeline). Like a value an
    earlier report gave in the same clause (:data:`_EARLIER_VALUE`), it is no value of its
    measure (the value replacing it carries it: ``FactValue.earlier``); a value said again is kept."""
    out: dict[int, int] = {}
    earlier = {j for j, v in enumerate(values) if v.measure and _said_earlier(text, v)}
    for j, new in enumerate(values):
        if not new.measure or j in earlier:
            continue  # a value said to be an earlier one is no later report
        cue = (
            _CHANGED_TO_BEFORE.search(text, max(new.sentence[0], new.start - 64), new.start)
            or _LATER_REPORT.search(text, new.sentence[0], new.start)
            or _NOW_BEFORE.search(text, max(new.sentence[0], new.start - 40), new.start)
        )
        if cue is None:
            continue
        for i in range(j):
            old = values[i]
            if (
                # an earlier sentence's value, or one before the later report's cue in its own
                # sentence ("AFP counted 4 bodies at the morgue …, but officials later said the toll
                # was 5": the article's toll is 5, first said 4; t13o F2, round s29-f)
                (old.sentence[0] < new.sentence[0] or (old.sentence == new.sentence and old.end <= cue.start()))
                and old.entry == new.entry  # a live blog's entries are reports of their own times
                and (old.measure, old.label, old.kind, old.owner) == (new.measure, new.label, new.kind, new.owner)
                and old.value != new.value
            ):
                out[i] = j
    # A value said to be an earlier one is replaced by the last value of its measure (in its live
    # blog entry) the article gives without such a cue, before or after it.
    for i in sorted(earlier):
        if i in out:
            continue
        old = values[i]
        later = [
            j
            for j, v in enumerate(values)
            if j not in earlier
            and v.entry == old.entry
            and (v.measure, v.label, v.kind, v.owner) == (old.measure, old.label, old.kind, old.owner)
            and v.value != old.value
        ]
        if later:
            out[i] = later[-1]
    # A live blog's entries are read by their times, never by their place in the text (a blog
    # written newest first, "21:40 - Officials now say 7 miners have died" over "18:15 - The death
    # toll rises to 5"): of one measure, the latest entry's value is the article's, the earlier
    # entries' values its earlier ones, carried by it (t13o F2, round s29-f).
    groups: dict[tuple[str, str, str, str], list[int]] = {}
    for j, v in enumerate(values):
        if v.entry and v.measure and j not in out:
            groups.setdefault((v.measure, v.label, v.kind, v.owner), []).append(j)
    for idxs in groups.values():
        latest = max(values[j].entry for j in idxs)
        head = [j for j in idxs if values[j].entry == latest][-1]
        for j in idxs:
            if values[j].entry != latest and values[j].value != values[head].value:
                out[j] = head
    return out


# A count summing up the clause before it after a dash or a colon, ending its sentence ("Residents
# within 2 km remain evacuated – about 1,200 people"): a value of that clause's casualty measure.
_SUMMING_BEFORE = re.compile(r"[–—:]\s*(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than)\s+)?$", re.I)


_VICTIMS = frozenset("victims victim".split())
_MOURNED = frozenset("funeral funerals mass masses burial burials buried mourned mourning requiem".split())


def _sentence_words(text: str, sent: tuple[int, int]) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, sent[0], sent[1])]


def _increment(text: str, fig: Figure) -> bool:
    """Whether a count is what is added to a total ("two more bodies"), not the total."""
    return bool(
        _INCREMENT_AFTER.match(text, fig.num_end) or _INCREMENT_BEFORE.search(text, max(0, fig.start - 16), fig.start)
    )


# "all but 40 families have returned": the count is of those the verb does not hold for (read as
# *families returned: 40*, the opposite, t13n F27).
_ALL_BUT_BEFORE = re.compile(r"\ball\s+(?:but|except)\s+(?:for\s+)?(?:about\s+|some\s+|around\s+)?$", re.I)


def _measure(
    text: str, fig: Figure, sent: tuple[int, int], next_start: int | None = None, prev_head: str = ""
) -> tuple[str, str]:
    """(measure key, reader's label) of a figure; ("", "") when its words name no measure. A count
    after "all but" is of the things the measure does not hold for ("all but 40 families have
    returned": *families not returned*)."""
    key, label = _measure_of(text, fig, sent, next_start, prev_head)
    if key and fig.kind == "count" and _ALL_BUT_BEFORE.search(text, max(sent[0], fig.start - 24), fig.start):
        verb = _CASUALTY_VERB.get(key.split("|")[0])
        noun = fig.noun.lower() or "people"
        if verb is not None and key.split("|")[0] == key:
            return f"not|{key}", f"{noun} not {verb}"
        if "|" in key and label.startswith(noun + " "):
            return f"not|{key}", f"{noun} not {label[len(noun) + 1 :]}"
        return "", ""
    return key, label


def _measure_of(
    text: str, fig: Figure, sent: tuple[int, int], next_start: int | None = None, prev_head: str = ""
) -> tuple[str, str]:
    """(measure key, reader's label) of a figure (see :func:`_measure`).

    ``next_start``: where the sentence's next figure starts (words nearer to it are its own);
    ``prev_head``: the counted noun of the sentence's previous count, for a count that leaves it
    out ("40 homes were destroyed and a further 65 damaged").
    """
    if (
        _ALTERNATIVE_BEFORE.search(text, max(sent[0], fig.start - 32), fig.start)
        or (
            _FROM_BEFORE.search(text, max(sent[0], fig.start - 12), fig.start)
            and _CHANGED_TO.search(text, sent[0], fig.start)
        )
        or (
            CHANGED_FROM.search(text, max(sent[0], fig.start - 64), fig.start)
            and _TO_AFTER.match(text, fig.end, sent[1])
        )
    ):
        return "", ""
    after = _clause_after(text, fig.end, sent[1], next_start)
    before = _clause_before(text, fig.start, sent[0], strict=fig.kind == "count" and bool(fig.noun))
    noun_words = [w.lower() for w in _WORD.findall(fig.noun)]
    if fig.kind == "count":
        if not noun_words and _partitive(text, fig, sent[0]):
            return "", ""
        group = _among(text, fig, sent)
        if group:
            if not noun_words:
                return "", ""  # "Two were among the dead": some of the dead, of no kind
            phrase = " ".join(noun_words)
            word = _GROUP_WORD.get(group, _CASUALTY_VERB[group])
            return f"{group}|among|{phrase}", f"{word}: {fig.noun}"
        head = noun_words[-1] if noun_words else ""
        increment = _increment(text, fig)
        # A casualty noun before the counted noun names what its things are for, not what
        # befell them: "200 evacuation centres", "40 rescue workers", "3 death certificates"
        # (were *centres evacuated* and *people rescued*); the head and the participles before it
        # still do ("200 evacuees", "12 injured people").
        own = [w for w in noun_words[:-1] if w not in _CASUALTY_NOUNS] + noun_words[-1:]
        hit: tuple[str, str] | None = None if increment else _nearest(own, _CASUALTY)
        if hit and head not in _CASUALTY:
            # "two injured workers died in hospital": what befell the things counted is said by
            # the verb, their adjective only says who they were (some of the injured), so the
            # count is a part of the verb's measure ("dead: injured workers"), of the adjective's
            # none (t13n F5: 2 in *people injured*, a false change 21 → 2).
            then = _nearest(_bare_verb(after), _CASUALTY)
            if then and then[0] != hit[0]:
                phrase = " ".join(noun_words)
                word = _GROUP_WORD.get(then[0], _CASUALTY_VERB[then[0]])
                return f"{then[0]}|among|{phrase}", f"{word}: {fig.noun}"
        if hit:
            return _casualty_label(hit, head)
        if not increment and head in _VICTIMS and _MOURNED & set(_sentence_words(text, sent)):
            # "a mass for the six victims of the explosion", "the funerals of the 12 victims": the
            # dead, by the rite their sentence names (were a row "victims" beside the death
            # toll, t13n F27); victims of no such rite may be the injured too, and stay apart
            return _casualty_label(_CASUALTY["dead"], head)
        if not increment and (
            head in _CUT_NOUNS
            or tuple(noun_words[-2:]) in _JOB_CUT_PAIRS
            or (head in _JOB_NOUNS and _jobs_cut(before, after))
            or (_people_kind(head) and after[:1] == ["redundant"])  # "make 240 people redundant"
            or (not noun_words and _workforce_cut(before))  # "cut its workforce by 240"
        ):
            return "jobs|cut", "jobs cut"
        if not increment and head and _without_power(before, after or _list_tail(text, fig.end, sent[1])):
            if head in _POWER_HOMES:
                return POWER_OUT, "homes without power"
            return (f"{POWER_OUT}|people", "people without power") if _people_kind(head) else ("", "")
        # The clause's own verb says what happened to the counted things: "80 families had been
        # displaced", "12 schools were closed" (a casualty or damage verb by its measure).
        verb = "" if increment or not head else _clause_verb(after) or _list_verb(text, fig.end, sent[1])
        if verb in _ABOARD_WORDS:
            return "", ""  # "212 passengers had boarded": where they were, no measure (see ABOARD)
        if verb in _CASUALTY:
            return _casualty_label(_CASUALTY[verb], head)
        # "Nearly 3,000 were forced from their homes": a count without a noun is its people's too.
        left = "" if increment else _left_home(text, fig, sent[1], next_start, before, verb or _clause_verb(after))
        if left:
            return _casualty_label(next(v for v in _CASUALTY.values() if v[0] == left), head)
        if not increment and _STILL_IN_HOSPITAL.match(text, fig.end, sent[1]):
            return _casualty_label(_IN_HOSPITAL, head)
        if not increment and _to_hospital(text, fig, sent[1], next_start, sent[0]):
            return _casualty_label(_HOSPITAL, head)
        if verb and verb not in _DAMAGE:
            # the whole counted phrase: "12 primary schools were closed" is no value of "12
            # schools were closed" (a part, or other schools)
            phrase = " ".join(noun_words)
            return f"{verb}|{phrase}", f"{phrase} {verb}"
        hit = None if increment else _nearest(after, _CASUALTY)
        if hit:
            return _casualty_label(hit, head)
        dmg = next((w for w in [*noun_words, *after, verb] if w in _DAMAGE), None)
        if dmg is None and head and not _people_kind(head) and before[-1:] and before[-1] in _DAMAGE:
            # "the blaze, which destroyed at least 86 homes", "has flooded 200 homes": the verb right
            # before a count of things is what was done to them (its object), as after it.
            dmg = before[-1]
        if dmg and head in ("", dmg):
            head = prev_head  # "a further 65 damaged": the homes of the count before
        if dmg and head:
            return f"{dmg}|{head}", f"{head} {dmg}"
        if _done_to(head, before):
            # "The aviation authority cancelled 146 flights" says "146 flights were cancelled":
            # a stopping verb right before a count of things is what was done to them, one fact
            # with the verb after it (a row "flights" apart from *flights cancelled* before).
            phrase, done = " ".join(noun_words), _spelled_one_way(before[-1])
            return f"{done}|{phrase}", f"{phrase} {done}"
        if not fig.noun and _own_verb(after):
            # "Four people died and 2,100 fled": the subject of a verb of its own; the clause
            # before it ("died") is another count's.
            before = _clause_before(text, fig.start, sent[0], strict=True)
            # "death toll rises to five as 380,000 remain in the dark": a clause of its own after a
            # subordinator, whose words before it are another clause's (the 380,000 were dead)
            cut = max((k + 1 for k, w in enumerate(before) if w in _SUBORDINATORS), default=0)
            before = before[cut:]
        late: tuple[str, str] | None = None if increment else _nearest(before, _CASUALTY, reverse=True)
        if (
            not late
            and not increment
            and not after
            and _SUMMING_BEFORE.search(text, max(sent[0], fig.start - 24), fig.start)
        ):
            words = [w.lower() for w in _WORD.findall(text, sent[0], fig.start)]
            late = _nearest(words, _CASUALTY, reverse=True)
        return _casualty_label(late, head) if late else ("", "")
    if fig.kind == "quantity":
        if fig.unit == "magnitude":
            if any(w.startswith("aftershock") for w in before + after):
                return "magnitude|aftershock", "aftershock magnitude"
            return "magnitude", "magnitude"
        factor = _SI.get(fig.unit)
        dim = factor[1] if factor else fig.unit
        # Cue words before a length are its own only up to a comma or "and": "at a depth of 25
        # miles, about 186 miles north of Tokyo" has one depth and one distance (a depth and a
        # distance in one row was a false disagreement: #16).
        own_before = _clause_before(text, fig.start, sent[0], strict=True)
        near = set(after[:3]) | set(own_before[-4:])
        if after[:1] == ["down"] and after[1:2] and after[1] in ("the", "a", "an", "to", "towards", "toward"):
            near.discard("down")  # "spread 12 km down the river": a way along, not a depth ("20 metres down")
        if dim == "length" and _within(own_before) and "evacuated" in _casualties(text, sent):
            # "residents living within 2 kilometres of the plant were evacuated", "from homes
            # within three kilometres of the site": the evacuation's radius, one fact whatever
            # the place's words (was *length evacuated* and *distance to Quimibral*: t13n F6)
            return "radius|evacuated", "evacuation radius"
        if dim == "length":
            if near & _DEPTH:
                return "depth", "depth"
            place = _PLACE_AFTER.match(text, fig.end, sent[1]) if near & _DISTANCE else None
            if place and place.group("place").lower() not in STOP_WORDS:  # "from its base": no place
                what = place.group("place")
                return f"distance|{what.lower()}", f"distance to {what}"
            if near & _SURGE:
                return "surge", "storm surge"
            if near & _HEIGHT:
                return "height", "height"
            if near & _LENGTH:
                return "length", "length"
        if dim == "speed" and fig.high is not None and "category" in before:
            # "a Category 4 storm has winds of 209 to 251 km/h": a scale's band, no storm's wind (a
            # value of the wind speed row before, among the outlets' 185 km/h)
            return "", ""
        listed = _listed_place(text, fig, sent) if dim in ("speed", "length") else None
        if listed is not None:
            # "Wind gusts: Siófok 110 km/h, Keszthely 95 km/h": each place's own, by the label's words
            words, at = listed
            if dim == "speed" and (speed := _nearest(words, _SPEED_MEASURES, reverse=True)):
                return f"{speed[0]}|{at.lower()}", f"{speed[1]} at {at}"
            if fig.unit in _RAIN_UNITS and set(words) & _RAIN:
                return f"rainfall|{at.lower()}", f"rainfall at {at}"
        if dim == "speed":
            speed = _nearest(own_before, _SPEED_MEASURES, reverse=True) or _nearest(after[:2], _SPEED_MEASURES)
            if not speed:
                return "", ""
            # "Gusts reached 120 km/h in Siófok", "Siófok recorded gusts of 110 km/h": a place's
            # own wind, compared with that place's in a list; a storm's wind names no place
            at = _rain_place(text, fig, sent)
            return (f"{speed[0]}|{at.lower()}", f"{speed[1]} at {at}") if at else speed
        if fig.unit in _RAIN_UNITS and (set(before + after) & _RAIN or set(after[:3]) & _FELL):
            # "66 mm fell in Pécs": what falls in millimetres is rain (or snow)
            at = _rain_place(text, fig, sent)
            return (f"rainfall|{at.lower()}", f"rainfall at {at}") if at else ("rainfall", "rainfall")
        if dim in ("area", "length"):
            # An area or a length with a verb of its own clause is what the verb did: "3,000
            # hectares had burned", "40 km of coastline were flooded" (a verb before it is the
            # subject's, "the rig drifted 12 km": no measure of the length).
            verb = _clause_verb(after, need_auxiliary=False)
            if not verb and dim == "area" and own_before[-1:] and own_before[-1] in _AREA_VERBS:
                # "The fire had burned 12,400 acres": an area is the object of a fire's or a
                # flood's verb right before it (a length after a verb is the subject's way,
                # "drifted 12 km", and stays none).
                verb = own_before[-1]
            if verb:
                verb = _AREA_VERBS.get(verb, verb) if dim == "area" else verb
                return f"{verb}|{dim}", f"{dim} {verb}"
        return "", ""
    if fig.kind == "money":
        role = _nearest(after[:3], _MONEY_ROLES) or _nearest(before, _MONEY_ROLES, reverse=True)
        if role == "cost":
            if not any(_MONEY_ROLES.get(w) == "damage" for w in before + after):
                # "Repairs will cost $4.5 million", "The repair bill came to $4.2 million": the
                # cost of the thing the clause names, one measure whatever the cost's word, so
                # outlets' values of it are compared; never the damage, the aid or a fine.
                thing = _cost_thing(before, after)
                if thing:
                    return f"cost|{thing}", f"{thing} cost"
                # "It will cost 40 million": the cost of something the clause does not name;
                # labelled so, grouped only by shared context (like a count's noun).
                return "", "cost"
            role = "damage"  # "the damage will cost 80 million": the damage's cost is the damage
        if role == "holding":
            # One holder's stake is no value of another's: labelled, grouped only by shared
            # context (as an amount with no measure), never one measure across holders.
            return "", "holding"
        if role:
            return f"{role}", _MONEY_LABELS[role]
        return "", ""
    return "", ""


def _casualty_label(hit: tuple[str, str], head: str) -> tuple[str, str]:
    """A casualty measure's (key, label) for a count whose counted noun is ``head``: the
    measure's own label for people of any kind ("12 people", "18 dead", "3,500 residents", no
    noun), else the noun's ("120 homes had been evacuated" is *homes evacuated*, never *people
    evacuated*)."""
    key, _label = hit
    if _people_kind(head):
        return hit
    return key, f"{head} {_CASUALTY_VERB[key]}"


# Nouns that count people as such, interchangeable in a named casualty measure: "twelve people
# killed", "18 dead", "the death toll stands at 18" (no noun) are one count. A narrower noun
# ("3 children killed", "300 families evacuated") counts a part or another thing: never compared.
_PERSON_NOUNS = frozenset(
    {
        "people",
        "person",
        "persons",
        "dead",
        "deaths",
        "victims",
        "bodies",
        "casualties",
        "fatalities",
        "individuals",
        "lives",
    }
)


# Nouns for people of some kind, counted by a casualty measure ("3,500 residents evacuated",
# "2,000 passengers stranded"): the measure's fact, though never compared with a count of
# "people" (:data:`_PERSON_NOUNS`). Any other noun ("homes", "vehicles", "cattle") is a thing
# the measure is said of: a fact of its own, labelled by the noun (:func:`_casualty_label`).
_PEOPLE_KINDS = frozenset(
    """residents inhabitants villagers locals citizens civilians passengers travellers travelers
    commuters tourists visitors holidaymakers guests pilgrims climbers hikers skiers swimmers
    divers fishermen sailors seafarers crew crewmen miners workers labourers employees staff
    soldiers troops officers policemen firefighters rescuers volunteers patients students pupils
    children kids adults men women girls boys babies infants elderly pensioners migrants
    refugees asylum protesters demonstrators spectators fans prisoners inmates hostages survivors
    journalists reporters doctors nurses""".split()
)


def _people_kind(head: str) -> bool:
    """Whether a count's noun counts people: of any kind (:data:`_PEOPLE_KINDS`), as such
    (:data:`_PERSON_NOUNS`), by a casualty word used as a noun ("12 injured", "200 evacuees"),
    or with no noun at all."""
    return not head or head in _PERSON_NOUNS or head in _PEOPLE_KINDS or head in COUNTED_ADJECTIVES or head in _CASUALTY


def _dimension(v: FactValue) -> str:
    """What a value is counted or measured in, for telling whether two values can conflict: money
    by currency; a count of a named measure (death toll, people injured) by its noun, people
    however written (:data:`_PERSON_NOUNS`, or none); anything else by its SI dimension or unit."""
    if v.kind == "money":
        return f"money|{v.unit}"
    if v.kind == "count" and v.measure:
        # People as such however the count is worded: "11 people died" (whose unit is the verb,
        # "died"), "12 injured", "200 evacuees" and "3,400 people" count one thing.
        people = v.unit in _PERSON_NOUNS or v.unit in _CASUALTY or v.unit in COUNTED_ADJECTIVES
        noun = "people" if people or not v.unit else v.unit
        if v.measure == "jobs|cut":
            noun = "jobs"  # one job per worker cut: "240 jobs", "260 positions", "240 staff", "240 redundancies"
        elif v.measure == POWER_OUT:
            noun = "homes"  # one home per household per customer
        return f"count|{v.measure}|{noun}"
    return f"{v.kind}|{_SI.get(v.unit, (1, v.unit))[1]}"


def _noun(dimension: str) -> str:
    """What a :func:`_dimension` counts, in words: "residents", "people", "EUR"."""
    return dimension.rsplit("|", 1)[-1] or dimension.split("|", 1)[0]


# What stands between a percentage and the noun it is a rate of: "Turnout was 62%", "inflation
# stood at 3.4%", "put turnout at 58 percent", "the jobless rate dropped to 5.0%", "reached 30
# percent" (a change verb with "to" gives the level, without it the change: "shares fell 12%").
_PERCENT_LINKS = frozenset(
    """at to by of around about some nearly almost roughly just only currently now still already
    stood stands stand put puts estimated estimates reached reaches hit hits touched came comes
    was is were are be been being has have had remained remains remain rate""".split()
)
_MORE_OR_LESS = frozenset("more less fewer".split())
_PERCENT_OF_SKIP = DETERMINERS | {"all"}
_PHRASE_WORDS = 4  # "in the by-election", "in Hídvizsgáló Nyrt": a rate's noun's phrase, at most
# A name's appositive before the verb ("X Nyrt, the inspection company, fell"): the last pair of
# commas before the figure, opening with an article, after a capitalised word.
_APPOSITIVE = re.compile(r"(?P<name>[^\W\d_][\w’'-]*),\s+(?:the|an?)\s+[^,;:()—–]{1,60}?,\s+(?=[^,;:()—–]*$)")


def _percent_stop(word: str) -> bool:
    """Whether a word before a rate's noun ends its name: a function word, a participle, a word
    that links a rate to its noun ("Officials put turnout at": "put" is no part of "turnout")."""
    return word in STOP_WORDS or _participle(word) or word in _PERCENT_LINKS or word in CHANGE_VERBS


def _percent_subject(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, tuple[str, ...], str]:
    """What a percentage is a rate of, read in its own clause: (head noun, modifiers, label),
    lower case; ("", (), "") when its clause names nothing.

    * "41% of the vote" → ("vote", (), "share of vote"): an "of" phrase after it;
    * "a 28% premium", "the 7% pay rise" → ("", (), "premium"), ("", (), "pay rise"): a noun it
      qualifies labels it, and names no head;
    * "The fire was 15% contained" → ("contained", (), "contained"): a participle right after it;
    * "Turnout was 62%", "Annual inflation stood at 3.4%", "put turnout at 58 percent", "the
      jobless rate dropped to 5.0%" → ("turnout", (), "turnout"), ("inflation", (), "annual
      inflation"), ("rate", (), "jobless rate"): the noun before the verb that gives its level;
    * "The company's shares fell 12%" → ("shares", ("change",), "change in company shares"): a
      change verb without "to" gives a change, never a level of the same noun;
    * "Turnout in the by-election reached 52%" → ("turnout", (), "turnout"), "Shares in X Nyrt,
      the inspection company, fell 14%" → ("shares", ("nyrt", "x", "change"), "change in X Nyrt
      shares"): the noun before an "in"/"of" phrase, the phrase's names its owner; a name's
      appositive is passed over.

    Percentages of different heads are never one fact (``grouping._link``): "15% contained" is
    no value of "3.4% inflation" (a false disagreement by shared context alone, #16 session 25)."""
    after = [w.lower() for w in _WORD.findall(text[fig.end : min(sent[1], fig.end + 60)])][:4]
    # "Shares in Hídvizsgáló Nyrt, the inspection company, fell 14%": a name's appositive says
    # who the name is, no part of the rate's clause (the comma cut the clause to "fell", t13l F8)
    lead = _APPOSITIVE.sub(lambda m: m.group("name") + " ", text[sent[0] : fig.start])
    written = _clause_before(lead, len(lead), 0, strict=True, keep_case=True)
    before = [w.lower() for w in written]
    if after[:1] == ["of"]:
        rest = [w for w in after[1:] if w not in _PERCENT_OF_SKIP]
        if rest and rest[0].endswith(("'s", "’s")):
            # "70 percent of the province's standing rice crop", "18 percent of the province's
            # people": the owner's noun phrase is what it is a share of (both were "share of
            # province's"), the owner a modifier
            words = _WORD.findall(text[fig.end : min(sent[1], fig.end + 80)])
            at = 2 if after[1:2] == ["the"] else 1  # the owner, as written
            phrase: list[str] = []
            for w in words[at + 1 :]:
                if w.lower() in STOP_WORDS or _participle(w.lower()) or len(phrase) == 3:
                    break
                phrase.append(w.lower())
            if phrase:
                owner = _bare(words[at])
                return phrase[-1], (owner.lower(),), f"share of {owner}'s {' '.join(phrase)}"
            return "", (), ""
        if rest and rest[0] not in STOP_WORDS:
            return rest[0], (), f"share of {rest[0]}"
        return "", (), ""
    if after[:1] and after[0] in _MORE_OR_LESS and after[1:2] and not _percent_stop(after[1]):
        # "lets the air hold about 7 percent more moisture", "used 12% less water": a change in
        # the noun after it (was "air hold", the words before it)
        return after[1], ("change",), f"change in {after[1]}"
    if after[:1] and _participle(after[0]) and after[0] not in _REPORTING_VERBS:
        return after[0], (), after[0]
    if after[:1] and before[-1:] and before[-1] in _PERCENT_OF_SKIP and not _percent_stop(after[0]):
        # "a 28% premium", "the 7% pay rise": the percentage qualifies the noun after it, which
        # labels it; no head, since one thing goes by several such nouns ("a 7% offer", "the 7%
        # pay rise" of one settlement are compared by their context, as before)
        two = len(after) > 1 and after[1] not in STOP_WORDS and not _participle(after[1])
        return "", (), " ".join(after[:2] if two else after[:1])
    change = False
    i = len(before) - 1
    while i >= 0 and (before[i] in _PERCENT_LINKS or before[i] in CHANGE_VERBS or before[i] in _VERB_ADVERBS):
        if before[i] in CHANGE_VERBS and (i + 1 == len(before) or before[i + 1] not in ("to", "at")):
            change = True
        if before[i] == "rate":
            break  # "the jobless rate": the rate is the noun
        i -= 1
    if i < 0 or (before[i] != "rate" and _percent_stop(before[i])):
        return "", (), ""
    at = i
    p = i - 1
    while p > i - _PHRASE_WORDS and p >= 1 and (before[p] in DETERMINERS or not _percent_stop(before[p])):
        p -= 1
    if p >= 1 and p < i and before[p] in ("in", "of") and not _percent_stop(before[p - 1]):
        # "Shares in Nordvik gained 3.9%", "Shares in Hídvizsgáló Nyrt fell 11%", "Turnout in the
        # by-election reached 52%": the noun before the phrase is the rate's (the shares, the
        # turnout; the phrase's last word was the head: "nyrt", "by-election", t13l F8); the
        # phrase's names are its owner, its other words (a place, a time) name nothing
        at = p - 1
        mods = [
            _bare(w)
            for w in written[p + 1 : i + 1]
            if w[:1].isupper() and w.lower() not in MONTHS and w.lower() not in WEEKDAYS
        ]
    else:
        mods = [_bare(w) for w in written[at + 1 : i + 1]]
    head = _bare(before[at])
    j = at - 1
    while j >= 0 and len(mods) < 2 and not _percent_stop(before[j]):
        mods.insert(0, _bare(written[j]))
        j -= 1
    # A name among the words before the head is whose rate it is ("Nordvik shares", "Japan's
    # inflation"): kept as a modifier, so two owners' rates are never a disagreement; other words
    # name it in the label only ("annual inflation" and "inflation" are one rate, compared).
    opening = text[sent[0] : fig.start].lstrip()
    # (a sentence's first word is a name when it is a possessive: "Sorvena's shares fell 23
    # percent" was "change in sorvena shares", t13n F27)
    names = [
        w[:1].isupper()
        and (not (k == 0 and j < 0 and opening.startswith(w)) or opening.startswith((f"{w}'s ", f"{w}’s ")))
        for k, w in enumerate(mods)
    ]
    owners = tuple(sorted(w.lower() for w, name in zip(mods, names) if name))
    named = " ".join([*(w if name else w.lower() for w, name in zip(mods, names)), head])
    if change:
        return head, (*owners, "change"), f"change in {named}"
    return head, owners, named


def _bare(word: str) -> str:
    """A word without its possessive "'s" ("Balto's" → "Balto")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word
