"""The fact sheet: figures each article reports, grouped by what they count and measure.

Figures come from the one figure recogniser (``figures.py``). Each figure gets a *measure*: what
it counts or measures, read from the words around it in its own clause.

* Casualty and event counts by their verbs and nouns, whatever noun is counted: "killed",
  "dead", "died", "death toll" → *death toll*; "injured", "hurt", "wounded" → *people injured*;
  "missing" → *people missing*; "taken to hospital", "rushed to hospital", "treated in hospital",
  "hospitalised" → *people taken to hospital* (those who "remain in hospital" are another count,
  with no measure); "evacuated", "fled their homes", "forced from their homes",
  "a night away from home" → *people evacuated*; "displaced", "homeless", "lost their homes" →
  *people displaced* (a fact apart: the evacuated go back, the displaced lost their homes);
  "rescued", "arrested", "stranded"; "destroyed", "damaged" with the counted noun (*homes
  destroyed*). Any other verb of the count's own clause ("12 schools were closed", "had been
  cancelled") labels it with its noun (*schools closed*). A casualty
  count of things other than people is labelled by its own noun ("120 homes had been
  evacuated" → *homes evacuated*, "3 children killed" → *children killed*) and is a fact of
  its own, never one with the people counted so. A count followed by a verb of its own is that
  verb's subject, and a cue of a clause before it is another count's ("Four people died and
  2,100 fled their homes": the 2,100 are evacuated, not dead).
* Other counts by the counted noun and its modifiers ("40 large language models").
* Measurements by their role and dimension: *magnitude* (an aftershock's apart), *depth*
  ("deep", "depth", "below", "underground"), *distance* with what it is measured from or to
  ("300 km north of Oresund City"), height, length, rainfall; an area or a length with a verb of
  its own clause by the verb ("3,000 hectares had burned" → *area burned*); otherwise the
  dimension alone.
  Values in different units are compared in SI ("25 miles" agrees with "40 km").
* Money by its role ("pledged", "damage", "raised", "profit", "revenue", ...) and currency. A
  cost is the damage only where its clause names the damage ("the damage will cost"); any other
  cost, bill or price is measured by what it is of, one fact whatever its word ("The repair bill
  came to $4.2 million", "Repairs will cost $4.5 million" → *repair cost*; "the work would cost
  40 million" → *work cost*, never a value of the flood's damage); a cost whose clause names no
  thing ("It will cost") is labelled *cost* and grouped as a figure without a named measure.
* Percentages, durations, dates and years by the words before them and shared context.

Grouping is conservative, because a false "disagreement" misleads a reader more than a missed
match:

* Figures with a named measure (death toll, depth, money pledged...) form one fact per measure:
  outlets' different values there are a real disagreement.
* Figures without one (a count of "companies", a percentage) group only with the same value in a
  shared context (the content words around both, each pair of mentions judged on its own words
  alone, whatever other articles the corpus holds) or both said to be on board ("was carrying 212
  passengers", "212 passengers had boarded": :data:`ABOARD`), or, as
  a disagreement, with identical modifiers and a strongly shared context.
* A figure that restates the value of two such groups makes them one fact: three articles'
  "€40 million" contract, two of them linked only through the third, is one fact, not a fact of two
  and a row of one. The articles are grouped in one order (doc ids in natural order) whatever order
  they come in, so one set of articles always gives the same facts and rows.
* A value qualified "over 800" or "nearly 900" is a range; ranges that meet agree, noted in the
  grounds. One article's values of one number that differ only by their qualifier ("12 dead",
  "At least 12 people died") are one value, the narrowest; across articles they agree, and a row
  lists them as one entry, never as a change.

A fact's values are ordered by their articles' dates when known (a toll that changed reads as a
timeline), then by article; a row whose values agree is no timeline and draws no arrow: each amount
once with its sources (:func:`timeline`). A lower bound and a larger figure ("at least 7", "9")
agree: the grounds say the bounds are compatible. Figures reported by a single outlet are kept as single-source facts
(``agree`` true, ``sources`` 1), so the sheet is a complete inventory. Each fact states its
grounds in words a reader knows (never stems).

Cost: linear in the number of figures. Each figure is compared with at most ``CANDIDATES``
groups of its measure, never with every other figure.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from waic_reader.index.analysis.align import NOISE_OVERLAP, ArticleLike
from waic_reader.index.analysis.figures import QUALIFIERS, YEN_OR_YUAN, Figure, figures_of
from waic_reader.index.analysis.lexicon import (
    COUNTED_ADJECTIVES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    STOP_WORDS,
    WEEKDAYS,
    reads_english,
)
from waic_reader.index.corpus.date_values import DateOrder, as_datetime, readable, said
from waic_reader.index.corpus.dates import stamp_spans
from waic_reader.index.corpus.letters import CAP
from waic_reader.index.corpus.listing import natural_key

SAME_VALUE_CONTEXT = 0.12  # weighted context overlap for equal values to be one fact
CONFLICT_CONTEXT = 0.40  # much stronger overlap before different values count as a conflict
# Counts of one noun ("312 passengers", "320 passengers") in two outlets' accounts of one event are
# one fact when their sentences say the same thing around them (SENTENCE_CONFLICT of the lighter
# sentence's weighted words shared) and their windows still share COUNT_CONFLICT_CONTEXT: a count of
# that noun in a sentence about something else (a port's yearly traffic) stays apart.
COUNT_CONFLICT_CONTEXT = 0.25
SENTENCE_CONFLICT = 0.5
CONTEXT_WINDOW = 1  # sentences either side that count as a figure's context
CANDIDATES = 8  # groups of one measure a figure is compared with (keeps grouping linear)
CONVERSION_TOLERANCE = 0.03  # "25 miles" and "40 km" agree: rounding of a conversion


class Cancelled(Exception):
    """Raised by :func:`fact_sheet` when its ``cancelled`` callback returns true."""


@dataclass(slots=True)
class FactValue:
    doc: str
    value: float | str  # normalised: 800, 5600000.0, 2024, "2024-07-26"
    unit: str  # counted noun ("companies"), "USD", "%", "km", "year", "day", "date"
    display: str  # the figure as written: "over 800", "$5.6 million"
    text: str  # the phrase: "over 800 companies"
    start: int
    end: int
    sentence: tuple[int, int]
    kind: str = "count"  # count | money | percent | quantity | year | date | duration
    qualifier: str = ""  # "over", "nearly", ... ("" when exact)
    head: str = ""  # the counted noun, lower case ("companies")
    modifiers: tuple[str, ...] = ()
    label: str = ""  # what it counts or measures, for people: "death toll", "large language models"
    measure: str = ""  # grouping key: "death", "depth", "distance|oresund city", "" when none was named
    high: float | None = None  # a range's high end
    alt: tuple[float, str] | None = None  # a conversion written beside it: (25.0, "mi")
    date: str | None = None  # the article's date (corpus.yaml), when known
    context: dict[str, str] = field(default_factory=dict, repr=False)  # term → word as written
    near: tuple[str, ...] = field(default=(), repr=False)  # the terms of its own sentence (counts without a measure)
    # Where its own clause says a count's things were, for a count without a measure: ABOARD
    # ("carrying 212 passengers", "were on board", "had boarded"), else "" (:func:`_aboard`).
    state: str = ""

    def to_json(self) -> dict[str, Any]:
        value: Any = int(self.value) if isinstance(self.value, float) and self.value.is_integer() else self.value
        out = {
            "doc": self.doc,
            "value": value,
            "unit": self.unit,
            "display": self.display,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "qualifier": self.qualifier,
            "measure": self.measure,
            "sentence": list(self.sentence),
            # Every key in every value, null when it has none (a reader of the JSON need not
            # test for a key): ``high`` for a figure that is no range, ``date`` for an undated article.
            "high": None if self.high is None else int(self.high) if self.high.is_integer() else self.high,
            "date": self.date or None,
        }
        return out


@dataclass(frozen=True, slots=True)
class FactSource:
    """An article as the fact sheet names it: doc id, outlet (``label``: the doc id when none is
    known), date and title; from the search index when it holds the file, else from the article."""

    doc: str
    label: str
    date: str | None = None
    title: str = ""


@dataclass(slots=True)
class Fact:
    label: str
    values: list[FactValue]
    agree: bool  # no two values that were compared conflict
    grounds: str
    # Whether every two articles' values were compared: "3,600 residents" and "3,400 people"
    # evacuated are one fact's values but different counts, never compared (:func:`_comparable`);
    # such a row is "not compared", never "agree" (#13).
    compared: bool = True

    @property
    def sources(self) -> int:
        return len({v.doc for v in self.values})

    @property
    def status(self) -> str:
        """The row's status in words: "single source", "disagree" (two compared values
        conflict), "not compared" (no conflict, but some articles' values count different
        things and were not compared) or "agree"."""
        if self.sources < 2:
            return "single source"
        if not self.agree:
            return "disagree"
        return "agree" if self.compared else "not compared"

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "values": [v.to_json() for v in self.values],
            "agree": self.agree if self.compared else None,
            "status": self.status,
            "sources": self.sources,
            "grounds": self.grounds,
        }


def facts_to_json(facts: Sequence[Fact]) -> dict[str, Any]:
    return {"facts": [f.to_json() for f in facts]}


# ---------------------------------------------------------------------------------------------
# What a figure counts or measures

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
_DAMAGE = frozenset("destroyed damaged collapsed flattened flooded".split())
_DEPTH = frozenset("deep depth below underground beneath down focus".split())
_DISTANCE = frozenset("from north south east west northeast northwest southeast southwest away off offshore".split())
_HEIGHT = frozenset("high tall height".split())
_LENGTH = frozenset("long length stretch".split())
_RAIN = frozenset("rain rainfall snow".split())
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
# SI factor and dimension per canonical unit, to compare "25 miles" with "40 km".
_SI: dict[str, tuple[float, str]] = {
    "km": (1000.0, "length"),
    "m": (1.0, "length"),
    "mi": (1609.344, "length"),
    "ft": (0.3048, "length"),
    "in": (0.0254, "length"),
    "cm": (0.01, "length"),
    "mm": (0.001, "length"),
    "kg": (1.0, "mass"),
    "t": (1000.0, "mass"),
    "lb": (0.45359237, "mass"),
    # Durations of fixed length ("72 hours" is "three days"); months and years vary, kept apart.
    "second": (1.0, "time"),
    "minute": (60.0, "time"),
    "hour": (3600.0, "time"),
    "day": (86400.0, "time"),
    "week": (604800.0, "time"),
    # Areas ("3,000 hectares" is "7,400 acres", "30 km²")
    "ha": (10000.0, "area"),
    "acre": (4046.8564224, "area"),
    "km²": (1e6, "area"),
    "mi²": (2589988.110336, "area"),
}
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
_JOINED = re.compile(r"\s+(?:of|in|from|across|on|aboard|inside|at)\s+(?:the\s+|an?\s+)?", re.I)
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
    r"|\b(?:rose|risen|rises|climbed|jumped|grew|increased|fell|fallen|dropped|decreased|went)\s+from\s+)$",
    re.I,
)
# The word before a bare number that makes it part of a name: "Phase Two", "Route 7", "Array
# three" (a capitalised word that is neither a function word nor a qualifier).
_NAME_BEFORE = re.compile(rf"(?<![\w’'-])({CAP}[\w’'-]*)\s+$")
_PLACE_AFTER = re.compile(
    r"\s*(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:\s+of)?|from|away\s+from|off|of)"
    rf"\s+(?:the\s+)?(?:capital,?\s+)?(?P<place>(?:{CAP}[\w’'-]*)(?:\s+{CAP}[\w’'-]*){{0,2}}|[a-z]+)"
)


# A count of part of a group the sentence names by its casualty word ("11 of the missing are
# alive", "3 of the injured died", "Of those evacuated, two returned"): it counts the part, never
# the group, so the group's word is no measure of it (nor, being a part, is the rest of the clause).
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|those|these)\s+(?P<group>(?:[^\W\d_]+\s+){0,2})", re.I)
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|those|these)\s+(?P<group>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+),\s+$", re.I)


def _partitive(text: str, fig: Figure, sent_start: int) -> bool:
    """Whether a count is a part of a casualty group named with "of the" ("11 of the missing")."""
    after = _PARTITIVE_AFTER.match(text, fig.end)
    before = _PARTITIVE_BEFORE.search(text, max(sent_start, fig.start - 48), fig.start)
    groups = [m.group("group") for m in (after, before) if m is not None]
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
_RELATIVE_AFTER = re.compile(r"\s*who\b", re.I)


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
    if next_start is not None and pos <= next_start < pos + end:
        words = [w.lower() for w in _WORD.findall(text[pos:next_start])]
        words = words[: (len(words) + 1) // 2]
    # A relative clause before the count's own verb takes words of its own: "300 people who live
    # near the plant were evacuated" (a "people" row apart, its cue the seventh word).
    return words[: 12 if _RELATIVE_AFTER.match(seg) else 6]


def _clause_before(text: str, pos: int, start: int, strict: bool = False) -> list[str]:
    """The words of the clause before a figure (at most twelve), lower case; ``strict`` also
    ends the clause at a comma, "and", "or" (for a figure that names what it counts, a cue
    there is another figure's: "evacuated from the town and two hamlets")."""
    seg = text[start:pos]
    cuts = list(re.finditer(r"[;:()—–]|\s-\s" + (r"|,|\band\b|\bor\b" if strict else ""), seg))
    if cuts:
        seg = seg[cuts[-1].end() :]
    return [w.lower() for w in _WORD.findall(seg)][-12:]


def _nearest(words: Sequence[str], table: dict[str, Any], reverse: bool = False) -> Any:
    for w in reversed(words) if reverse else words:
        w = w.rstrip("'’s") if w.endswith(("'s", "’s")) else w
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


def _to_hospital(text: str, fig: Figure, limit: int, next_start: int | None) -> bool:
    """Whether a count's own clause (after it) says its people were taken to hospital
    (:data:`_TO_HOSPITAL`), and not that they remain there or have left it."""
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


def _participle(word: str) -> bool:
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed") and word not in STOP_WORDS)


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
    return w if _participle(w) and w not in _REPORTING_VERBS else ""


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


def _increment(text: str, fig: Figure) -> bool:
    """Whether a count is what is added to a total ("two more bodies"), not the total."""
    return bool(
        _INCREMENT_AFTER.match(text, fig.num_end) or _INCREMENT_BEFORE.search(text, max(0, fig.start - 16), fig.start)
    )


def _measure(
    text: str, fig: Figure, sent: tuple[int, int], next_start: int | None = None, prev_head: str = ""
) -> tuple[str, str]:
    """(measure key, reader's label) of a figure; ("", "") when its words name no measure.

    ``next_start``: where the sentence's next figure starts (words nearer to it are its own);
    ``prev_head``: the counted noun of the sentence's previous count, for a count that leaves it
    out ("40 homes were destroyed and a further 65 damaged").
    """
    if _ALTERNATIVE_BEFORE.search(text, max(sent[0], fig.start - 32), fig.start):
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
        hit: tuple[str, str] | None = None if increment else _nearest(noun_words, _CASUALTY)
        if hit:
            return _casualty_label(hit, head)
        # The clause's own verb says what happened to the counted things: "80 families had been
        # displaced", "12 schools were closed" (a casualty or damage verb by its measure).
        verb = "" if increment or not head else _clause_verb(after)
        if verb in _ABOARD_WORDS:
            return "", ""  # "212 passengers had boarded": where they were, no measure (see ABOARD)
        if verb in _CASUALTY:
            return _casualty_label(_CASUALTY[verb], head)
        left = "" if increment else _left_home(text, fig, sent[1], next_start, before, verb)
        if left:
            return _casualty_label(next(v for v in _CASUALTY.values() if v[0] == left), head)
        if not increment and _to_hospital(text, fig, sent[1], next_start):
            return _casualty_label(_HOSPITAL, head)
        if verb and verb not in _DAMAGE:
            # the whole counted phrase: "12 primary schools were closed" is no value of "12
            # schools were closed" (a part, or other schools)
            phrase = " ".join(noun_words)
            return f"{verb}|{phrase}", f"{phrase} {verb}"
        hit = None if increment else _nearest(after, _CASUALTY)
        if hit:
            return _casualty_label(hit, head)
        dmg = next((w for w in noun_words + after if w in _DAMAGE), None)
        if dmg and head in ("", dmg):
            head = prev_head  # "a further 65 damaged": the homes of the count before
        if dmg and head:
            return f"{dmg}|{head}", f"{head} {dmg}"
        if not fig.noun and _own_verb(after):
            # "Four people died and 2,100 fled": the subject of a verb of its own; the clause
            # before it ("died") is another count's.
            before = _clause_before(text, fig.start, sent[0], strict=True)
        late: tuple[str, str] | None = None if increment else _nearest(before, _CASUALTY, reverse=True)
        return _casualty_label(late, head) if late else ("", "")
    if fig.kind == "quantity":
        if fig.unit == "magnitude":
            if any(w.startswith("aftershock") for w in before + after):
                return "magnitude|aftershock", "aftershock magnitude"
            return "magnitude", "magnitude"
        factor = _SI.get(fig.unit)
        dim = factor[1] if factor else fig.unit
        near = set(after[:3]) | set(before[-4:])
        if dim == "length":
            if near & _DEPTH:
                return "depth", "depth"
            place = _PLACE_AFTER.match(text, fig.end, sent[1]) if near & _DISTANCE else None
            if place and place.group("place").lower() not in STOP_WORDS:  # "from its base": no place
                what = place.group("place")
                return f"distance|{what.lower()}", f"distance to {what}"
            if near & _HEIGHT:
                return "height", "height"
            if near & _LENGTH:
                return "length", "length"
        if fig.unit == "mm" and set(before + after) & _RAIN:
            return "rainfall", "rainfall"
        if dim in ("area", "length"):
            # An area or a length with a verb of its own clause is what the verb did: "3,000
            # hectares had burned", "40 km of coastline were flooded" (a verb before it is the
            # subject's, "the rig drifted 12 km": no measure of the length).
            verb = _clause_verb(after, need_auxiliary=False)
            if verb:
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


# ---------------------------------------------------------------------------------------------
# Extraction


def _display_number(fig: Figure, text: str) -> str:
    return text[fig.start : fig.num_end].strip()


# A sentence about an event before this one: "A 2019 fire at the same hall injured four workers",
# "in 2019", "last year's flood", "a previous blast", "an earlier fire" (not "a previous
# estimate of 12": a revised figure is this event's) ("year" is checked
# against the article's year, :func:`_earlier_event`). "since 2019" and "the worst since" are not
# about that event's own figures.
_EARLIER_EVENT = re.compile(
    r"\b(?:(?:an?|the)\s+(?P<y1>(?:19|20)\d\d)\s+[^\W\d_]"
    r"|(?<!since )(?<!after )in\s+(?P<y2>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"
    r"|last\s+year[’']s\b"
    r"|(?:an?|the)\s+(?:previous|earlier|prior|similar)\s+(?:[^\W\d_]+\s+)?(?:{events})\b)".format(
        events="fires?|blasts?|explosions?|accidents?|disasters?|(?:earth)?quakes?|floods?|storms?|incidents?"
        "|crash(?:es)?|attacks?|leaks?|spills?|collapses?|eruptions?|outbreaks?|derailments?|strikes?"
    ),
    re.I,
)
# What ends a clause: a figure after such a cue in another clause may be this event's ("four
# workers were injured in a 2019 fire" is the earlier event's; "killed 12, the worst since a
# 2019 fire" keeps the 12).
_CLAUSE_END = re.compile(r"[,;:(—–]|\s(?:but|while|whereas|and)\s")


# Participles that date a thing, not an event: "The dam, built in 1961, was being repaired under
# a €40 million contract" names no earlier event in the figure's clause, and its contract is this
# story's (#16, t13d fault 5: given a dated corpus.yaml entry, the article's "€40 million" left the
# sheet, and the other two articles' values of it stood apart).
_MADE = frozenset(
    """built rebuilt constructed erected founded established opened reopened completed finished
    launched installed commissioned inaugurated created formed designed""".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _earlier_event(text: str, sent: tuple[int, int], fig: Figure, year: int | None) -> bool:
    """Whether ``fig`` is a figure of an event before the article's: its sentence names one ("a
    2019 fire", "in 2019" before the article's year, "last year's", "a previous"), before the
    figure, or after it in the same clause. A year that dates a thing ("built in 1961", "founded
    in 1987": :data:`_MADE`) names no event."""
    for m in _EARLIER_EVENT.finditer(text, *sent):
        y = m.group("y1") or m.group("y2")
        if y and (year is None or int(y) >= year):
            continue  # no article year to compare with, or this year's
        if m.group("y2") and m.end() <= fig.start and _CLAUSE_END.search(text, m.end(), fig.start):
            made = _WORD_BEFORE.search(text, max(sent[0], m.start() - 24), m.start())
            if made is not None and made.group(1).lower() in _MADE:
                # "The dam, built in 1961, was being repaired under a €40 million contract": when
                # the thing was made, in a clause of its own ("built in 1961 for $2 million" is
                # still that year's price)
                continue
        if m.start() >= fig.end and _CLAUSE_END.search(text, fig.end, m.start()):
            continue  # after the figure, in another clause
        if m.start() < fig.end and m.end() > fig.start:
            continue  # the cue is the figure itself ("a 2019 ...")
        return True
    return False


def _content_sentences(article: ArticleLike, noise_spans: Iterable[tuple[int, int]]) -> list[Any]:
    """The article's sentences with at most half their characters inside noise (as alignment
    counts them), found with one pass over sorted spans rather than all spans per sentence."""
    noise = sorted((st, e) for st, e in noise_spans if e > st)
    out = []
    k = 0
    for s in article.sentences:
        while k < len(noise) and noise[k][1] <= s.start:
            k += 1
        covered = 0
        j = k
        while j < len(noise) and noise[j][0] < s.end:
            covered += max(0, min(noise[j][1], s.end) - max(noise[j][0], s.start))
            j += 1
        if covered / max(1, s.end - s.start) <= NOISE_OVERLAP:
            out.append(s)
    return out


def extract_figures(article: ArticleLike, noise_spans: Iterable[tuple[int, int]] = ()) -> list[FactValue]:
    """Every figure in the article's content sentences, in text order, each with its measure.

    The context bag of a figure (for grouping figures without a named measure) holds the content
    words of its sentence and ``CONTEXT_WINDOW`` sentences either side; it is only computed for
    sentences near a figure.
    """
    text = article.text
    sents = _content_sentences(article, noise_spans)
    date = getattr(article, "date", None)
    year_m = re.match(r"\s*((?:19|20)\d\d)", str(date or ""))
    year = int(year_m.group(1)) if year_m else None
    earlier_cue = _EARLIER_EVENT.search(text) is not None  # most articles: no sentence to test
    out: list[FactValue] = []
    bags: dict[int, dict[str, str]] = {}

    def bag(k: int) -> dict[str, str]:
        if k not in bags:
            bags[k] = context_words(sents[k].text)
        return bags[k]

    # A count is labelled by the English words around it (its noun, "killed", "missing"); in
    # an article in another language those words are not English ("12 morts", "350 personnes"),
    # so its counts name nothing a reader of the sheet could compare. Money, percentages,
    # measurements and dates keep their units.
    english = reads_english(_leading_words(sents))
    # The article's own dates (a wire dateline's "March 14", a "Posted:" or "Updated:" line, a
    # byline's date line) say when it was written, nothing about its story: two outlets' datelines
    # are no disagreement on a "date". A date in the prose is a figure like any other.
    stamps = stamp_spans(text)
    stamp_starts = [a for a, _b in stamps]
    # One pass of the recogniser over the whole text, then each figure to its sentence.
    by_sentence: dict[int, list[Figure]] = {}
    starts = [s.start for s in sents]
    for fig in figures_of(text):
        if fig.vague or (fig.kind == "count" and not english):
            continue  # "thousands of": nothing a reader could compare
        at = bisect.bisect_right(stamp_starts, fig.start) - 1
        if (at >= 0 and fig.start < stamps[at][1]) or (at + 1 < len(stamps) and stamps[at + 1][0] < fig.end):
            continue  # on the article's own date stamp
        k = bisect.bisect_right(starts, fig.start) - 1
        if k >= 0 and fig.end <= sents[k].end:
            by_sentence.setdefault(k, []).append(fig)
    for k, figs in sorted(by_sentence.items()):
        s = sents[k]
        window: dict[str, str] | None = None
        prev_head = ""
        for i, fig in enumerate(figs):
            of = None
            if fig.kind == "count" and not fig.noun and _name_part(text, fig, s.start):
                continue  # "Phase Two of the rescue", "Route 7": part of a name, not a figure
            if earlier_cue and fig.kind not in ("year", "date") and _earlier_event(text, (s.start, s.end), fig, year):
                continue  # "A 2019 fire at the same hall injured four workers": another event
            next_start = figs[i + 1].start if i + 1 < len(figs) else None
            # "12 people in 3 cars were injured": the cars are where the people were, part of
            # their noun phrase; the cue after it is the people's, and never the cars'.
            if next_start is not None and _JOINED.fullmatch(text, fig.end, next_start):
                next_start = None
            contained = i > 0 and _JOINED.fullmatch(text, figs[i - 1].end, fig.start) is not None
            measure = ("", "") if contained else _measure(text, fig, (s.start, s.end), next_start, prev_head)
            if fig.kind == "count" and fig.noun:
                prev_head = _WORD.findall(fig.noun)[-1].lower() if _WORD.findall(fig.noun) else prev_head
            if fig.kind == "count" and not fig.noun and not measure[0]:
                # A bare number counts nothing a reader could compare ("Chapter 3") unless it
                # closes "a <noun> of": "a factor of twelve" (not "instead of 120", "a total of").
                of = _OF_BEFORE.search(text, max(s.start, fig.start - 40), fig.start)
                if of is None or of.group(1).lower() in STOP_WORDS or of.group(1).lower() in _QUANTITY_NOUNS:
                    continue
            if window is None and not measure[0]:
                # Context only matters to figures without a named measure (see _weak_link).
                window = {}
                for j in range(max(0, k - CONTEXT_WINDOW), min(len(sents), k + CONTEXT_WINDOW + 1)):
                    window.update(bag(j))
            fv = _fact_value(article.doc, text, fig, (s.start, s.end), window or {}, measure)
            if of is not None:
                fv.head = fv.unit = of.group(1).lower()
                fv.label = of.group(1)
            if fv.kind == "count" and not fv.measure:
                fv.near = tuple(t for t in bag(k) if t in fv.context)
                if fv.head and _aboard(
                    _clause_before(text, fig.start, s.start, strict=True),
                    _clause_after(text, fig.end, s.end, next_start),
                ):
                    fv.state = ABOARD
            fv.date = date
            out.append(fv)
    return out


def _leading_words(sents: Sequence[Any], limit: int = 400) -> list[str]:
    """The first ``limit`` words of the content sentences, lower case (enough to tell the
    language, without reading a long article through)."""
    out: list[str] = []
    for s in sents:
        out.extend(w.lower() for w in _WORD.findall(s.text))
        if len(out) >= limit:
            break
    return out[:limit]


def _name_part(text: str, fig: Figure, sent_start: int) -> bool:
    """Whether a bare number is part of a name: it follows a capitalised word that is not a
    function word, a qualifier, a month or a weekday ("Phase Two", "Route 7", "Array three")."""
    m = _NAME_BEFORE.search(text, max(sent_start, fig.start - 30), fig.start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in STOP_WORDS and word not in _NOT_NAMES


_NOT_NAMES = frozenset((*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *QUALIFIERS.split("|"), "another", "only", "just"))


def context_words(text: str) -> dict[str, str]:
    """Content words of a text for context overlap: lower case, a plural's "s" folded, stop words
    and short words left out; each mapped to a word as written (grounds quote it, never a stem)."""
    out: dict[str, str] = {}
    for w in _WORD.findall(text):
        low = w.lower()
        if len(low) < 3 or low in STOP_WORDS:
            continue
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            low = low[:-1]
        out.setdefault(low, w)
    return out


def _fact_value(
    doc: str, text: str, fig: Figure, sent: tuple[int, int], window: dict[str, str], named: tuple[str, str]
) -> FactValue:
    measure, label = named
    value: float | str = fig.value
    unit = fig.unit
    head = ""
    modifiers: tuple[str, ...] = ()
    if fig.kind == "date":
        n = int(fig.value)
        value = f"{n // 10000}-{n // 100 % 100:02d}-{n % 100:02d}" if n > 10000 else f"{n // 100:02d}-{n % 100:02d}"
        unit = "date"
    elif fig.kind == "year":
        unit = "year"
    elif fig.kind == "count":
        words = [w for w in _WORD.findall(fig.noun)]
        head = words[-1].lower() if words else ""
        modifiers = tuple(sorted(w.lower() for w in words[:-1]))
        unit = head
        if not label:
            # "12 stranded": the people the participle is said of
            label = f"people {head}" if head in COUNTED_ADJECTIVES and len(words) == 1 else fig.noun or "number"
    if not label:
        label = measure_label(fig.kind, unit)
    own = context_words(text[fig.start : fig.end]) if window else {}
    context = {t: w for t, w in window.items() if t not in own}
    return FactValue(
        doc,
        value,
        unit,
        _display_number(fig, text),
        text[fig.start : fig.end],
        fig.start,
        fig.end,
        sent,
        kind=fig.kind,
        qualifier=fig.qualifier,
        head=head,
        modifiers=modifiers,
        label=label,
        measure=measure,
        high=fig.high,
        alt=fig.conversion,
        context=context,
    )


def measure_label(kind: str, unit: str) -> str:
    """The label of a figure whose words name no measure and no counted thing: what it measures,
    by its kind and unit ("amount (EUR)", "percentage", "duration", "year"), never a word that
    happens to stand near it."""
    if kind == "money":
        return f"amount ({'JPY or CNY' if unit == YEN_OR_YUAN else unit})"
    if kind == "percent":
        return "percentage points" if unit == "pp" else "percentage"
    if kind == "quantity":
        # "length (km)": the dimension with the unit, never the bare "length" a named measure
        # ("1.2 kilometres long") is labelled by
        dim = _SI.get(unit, (1.0, "quantity"))[1]
        return f"{dim} ({unit})"
    if kind == "count":
        return "number"
    return kind  # duration, date, year


# ---------------------------------------------------------------------------------------------
# Grouping


def _si(v: FactValue, x: float) -> float:
    factor = _SI.get(v.unit)
    return x * factor[0] if factor else x


def _range(v: FactValue, converted: bool = True) -> tuple[float, float]:
    """The values ``v`` stands for, in SI units. ``converted``: compared with a value in another
    unit, so a conversion's rounding is allowed ("25 miles" and "40 km"); in one unit it is not
    ("30 days" and "29 days" disagree)."""
    if isinstance(v.value, str):
        return 0.0, 0.0
    x = _si(v, float(v.value))
    hi = _si(v, v.high) if v.high is not None else x
    q = v.qualifier
    if q in ("over", "more than", "at least", "upwards of", "just over"):
        return x, math.inf
    if q in ("nearly", "almost", "close to", "just under"):
        return 0.8 * x, x
    if q in ("up to", "less than", "fewer than", "under", "at most", "as many as", "as much as"):
        return -math.inf, x
    if q in ("about", "around", "approximately", "roughly", "some", "an estimated"):
        return 0.9 * x, 1.1 * hi
    if converted and v.unit != "" and v.unit in _SI:
        return x * (1 - CONVERSION_TOLERANCE), hi * (1 + CONVERSION_TOLERANCE)
    return x, hi


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
        return f"count|{v.measure}|{noun}"
    return f"{v.kind}|{_SI.get(v.unit, (1, v.unit))[1]}"


def _comparable(a: FactValue, b: FactValue) -> bool:
    """Whether the two values are in one unit (or convertible): else they are never in conflict."""
    return _dimension(a) == _dimension(b)


def _compatible(a: FactValue, b: FactValue) -> bool:
    if isinstance(a.value, str) or isinstance(b.value, str):
        return a.value == b.value
    if not _comparable(a, b):
        return True  # different currencies: nothing to compare, never a conflict
    lo1, hi1 = _range(a, a.unit != b.unit)
    lo2, hi2 = _range(b, a.unit != b.unit)
    return max(lo1, lo2) <= min(hi1, hi2)


def _same_value(a: FactValue, b: FactValue) -> bool:
    if a.unit == b.unit and a.value == b.value and a.high == b.high:
        return True
    for x, y in ((a, b), (b, a)):
        if x.alt and x.alt[1] == y.unit and x.alt[0] == y.value:
            return True
    fa, fb = _SI.get(a.unit), _SI.get(b.unit)
    if a.unit != b.unit and fa and fb and fa[1] == fb[1] and a.high is None and b.high is None:
        # the same amount in two units: "72 hours" and "three days", "1.2 km" and "1,200 m"
        sa, sb = float(a.value) * fa[0], float(b.value) * fb[0]
        return abs(sa - sb) <= CONVERSION_TOLERANCE * max(abs(sa), abs(sb))
    return False


@dataclass(eq=False)
class _Group:
    key: str
    members: list[FactValue]
    docs: set[str]
    reasons: list[str]
    seen: set[tuple[str, str]] = field(default_factory=set)  # (doc, value as shown): an article's repeats
    own: dict[str, list[FactValue]] = field(default_factory=dict)  # each article's members
    # A named measure's group: where each article's value of each number stands in ``members``
    # ((doc, :func:`_said`) → index), so a qualifier-only variant of it in that article ("12 dead"
    # and "At least 12 people died") is that value again (:func:`_restated`).
    slots: dict[tuple[str, tuple[Any, ...]], int] = field(default_factory=dict)
    merged: bool = False  # absorbed into another group of its value (:meth:`absorb`)

    def add(self, f: FactValue) -> None:
        self.members.append(f)
        self.docs.add(f.doc)
        self.own.setdefault(f.doc, []).append(f)

    def absorb(self, other: _Group) -> None:
        """Take in ``other``'s members and reasons (a figure restated a value of each: they are
        one fact); ``other`` is marked merged and left out of the sheet."""
        for m in other.members:
            self.add(m)
        self.reasons.extend(other.reasons)
        other.merged = True


def _overlap(
    a: FactValue, b: FactValue, term_weight: dict[str, float], weight: Callable[[FactValue], float]
) -> tuple[float, list[str]]:
    """How much of the lighter context the two figures share, weighted by ``term_weight``, and the terms
    they share (in ``a``'s order; worded by :func:`_shared_words` only for a link taken).
    ``weight``: a figure's whole context weight, summed once a figure."""
    ctx_b = b.context
    shared = [t for t in a.context if t in ctx_b]
    wa, wb = weight(a), weight(b)
    ws = sum(term_weight.get(t, 0.0) for t in shared)
    return (ws / min(wa, wb) if min(wa, wb) > 0 else 0.0), shared


def _shared_words(a: FactValue, shared: list[str], term_weight: dict[str, float]) -> str:
    shared = sorted(shared, key=lambda t: -term_weight.get(t, 0.0))
    return ", ".join([a.context[t] for t in shared][:5]) or "none"


def _context_weight(term_weight: dict[str, float]) -> Callable[[FactValue], float]:
    """A figure's context weight (the sum of its terms' ``term_weight``), summed once per figure."""
    sums: dict[int, float] = {}

    def weight(f: FactValue) -> float:
        w = sums.get(id(f))
        if w is None:
            w = sums[id(f)] = sum(term_weight.get(t, 0.0) for t in f.context)
        return w

    return weight


def _weak_link(
    a: FactValue, b: FactValue, term_weight: dict[str, float], weight: Callable[[FactValue], float] | None = None
) -> str | None:
    """Why two figures without a named measure are one fact, or None."""
    found = _link(a, b, term_weight, weight or _context_weight(term_weight))
    return _link_text(found, term_weight) if found is not None else None


def _link(
    a: FactValue, b: FactValue, term_weight: dict[str, float], weight: Callable[[FactValue], float]
) -> tuple[str, FactValue, list[str]] | None:
    """:func:`_weak_link` without its wording (made only for the link a group takes,
    :func:`_link_text`): (what links them, ``a``, the context terms they share), or None. The
    context is compared only where the values, heads and modifiers allow a link (it is the
    costly part)."""
    if a.kind != b.kind:
        return None
    same = _same_value(a, b)
    if not (a.unit == b.unit or same):
        return None
    if a.kind == "count" and a.head != b.head:
        return None
    ma, mb = set(a.modifiers), set(b.modifiers)
    if same and a.state and a.state == b.state and (ma <= mb or mb <= ma):
        # "was carrying 212 passengers", "- 212 passengers were on board": one value of one noun,
        # both aboard, count the same people, whatever else their sentences say (see ABOARD).
        return f"same value and '{a.head}', both said to be on board", a, []
    if same and (ma <= mb or mb <= ma):
        need = SAME_VALUE_CONTEXT if a.kind == "count" else 2 * SAME_VALUE_CONTEXT
        ctx, shared = _overlap(a, b, term_weight, weight)
        if ctx >= need:
            what = f"'{a.head}'" if a.head else a.kind
            return f"same value and {what}; shared context: ", a, shared
        return None
    if ma == mb:
        ctx, shared = _overlap(a, b, term_weight, weight)
        if ctx >= CONFLICT_CONTEXT:
            what = f"counted thing '{a.head}'" if a.head else a.kind
            return f"same {what}, strongly shared context: ", a, shared
        if a.head and ctx >= COUNT_CONFLICT_CONTEXT and _sentence_overlap(a, b, term_weight) >= SENTENCE_CONFLICT:
            return f"same counted thing '{a.head}', said alike in their sentences; shared context: ", a, shared
    return None


def _sentence_overlap(a: FactValue, b: FactValue, term_weight: dict[str, float]) -> float:
    """How much of the lighter of the two figures' own sentences (their ``near`` terms, weighted
    by ``term_weight``) the two share."""
    na, nb = set(a.near), set(b.near)
    wa = sum(term_weight.get(t, 0.0) for t in na)
    wb = sum(term_weight.get(t, 0.0) for t in nb)
    if min(wa, wb) <= 0:
        return 0.0
    return sum(term_weight.get(t, 0.0) for t in na & nb) / min(wa, wb)


def _link_text(found: tuple[str, FactValue, list[str]], term_weight: dict[str, float]) -> str:
    said, a, shared = found
    if not said.endswith(": "):
        return said  # a link of the figures' own clauses, no shared context (see ABOARD)
    return said + _shared_words(a, shared, term_weight)


def _measure_key(v: FactValue) -> str:
    if v.kind == "money":
        return f"money|{v.measure}|{v.unit}"
    if v.kind == "quantity":
        dim = _SI.get(v.unit, (1.0, v.unit))[1]
        return f"quantity|{v.measure}|{dim}"
    if v.kind == "count" and not v.measure:
        # Counts link only with counts of their own noun (:func:`_link`): compared among those,
        # a count is never crowded out of its noun's groups by other nouns' counts.
        return f"count||{v.head}"
    if v.kind == "count" and not _people_kind(v.unit):
        # A casualty measure said of things is a fact per noun: "120 homes evacuated" is never
        # a value of "people evacuated" (people of any kind stay one fact, compared by noun).
        return f"count|{v.measure}|{v.unit}"
    return f"{v.kind}|{v.measure}"


def fact_sheet(
    articles_with_noise: Sequence[tuple[ArticleLike, Iterable[tuple[int, int]]]],
    cancelled: Callable[[], bool] | None = None,
) -> list[Fact]:
    """Group every article's figures into facts (see the module docstring for the rules).

    ``cancelled`` is polled once per article; when it returns true :class:`Cancelled` is raised.
    Facts come disagreements first, then facts several articles report, then single-source ones.
    """
    per_article: list[tuple[str, list[FactValue]]] = []
    for article, noise in articles_with_noise:
        if cancelled is not None and cancelled():
            raise Cancelled
        per_article.append((article.doc, extract_figures(article, list(noise))))
    return group_figures(per_article, cancelled)


def group_figures(
    per_article: Sequence[tuple[str, list[FactValue]]], cancelled: Callable[[], bool] | None = None
) -> list[Fact]:
    """The grouping step of :func:`fact_sheet`, given each article's doc id and figures (from
    :func:`extract_figures`, or kept from an earlier run: see ``figure_cache.py``). Linear in the
    number of figures: a figure is compared with at most ``CANDIDATES`` groups of its measure.

    The articles are taken in one order whatever the order they are given in (their doc ids in
    natural order, each article's figures in text order), so one set of articles always gives
    the same facts, values and rows: given as the folder lists them, as ``facts DOC…`` names
    them, or in any other order (#16, t13d fault 5: which two of three articles' "€40 million"
    made one fact depended on the order the articles came in)."""
    figures: list[FactValue] = []
    order: dict[str, int] = {}
    for doc, values in sorted(per_article, key=lambda item: natural_key(item[0])):
        order.setdefault(doc, len(order))
        figures.extend(values)
    # Every content word of a figure's context weighs the same (stop words are left out by
    # :func:`context_words`): whether two mentions are one fact is decided by the two of them alone,
    # never by which other articles are in the corpus. A weight by rarity across the corpus (idf)
    # moved "212 passengers" in two accounts of one ferry over and under SAME_VALUE_CONTEXT as
    # unrelated articles came and went (#16/#13).
    terms = {t for f in figures for t in f.context}
    term_weight = dict.fromkeys(terms, 1.0)
    weight = _context_weight(term_weight)

    groups: list[_Group] = []
    by_key: dict[str, list[_Group]] = {}
    for i, f in enumerate(figures):
        if cancelled is not None and i % 2048 == 0 and cancelled():
            raise Cancelled
        key = _measure_key(f)
        bucket = by_key.setdefault(key, [])
        if f.measure:
            # A named measure: one fact per measure; an article's repeats of one value count once.
            if not bucket:
                g = _Group(key, [], set(), [f"each figure is the {f.label}"])
                bucket.append(g)
                groups.append(g)
            _take_measured(bucket[0], f)
            continue
        # Every group the figure joins, among the last CANDIDATES of its measure: those where it
        # restates a member's value (``same``), and those where it is a different value linked to
        # each member it was compared with (a conflict).
        same: list[tuple[_Group, tuple[str, FactValue, list[str]]]] = []
        conflict: tuple[_Group, tuple[str, FactValue, list[str]]] | None = None
        placed = False
        for g in bucket[-CANDIDATES:]:
            if f.doc in g.docs:
                # An article's repeat of a figure it already gave this fact ("has operated since
                # 1987", said again paragraphs later) is that figure again: one fact, however
                # many times an article says it (#16/#13: seven rows of one agreeing year).
                if any(_same_value(m, f) and _link(m, f, term_weight, weight) for m in g.own[f.doc]):
                    placed = True
                    break
                continue
            joined = _joins(g, f, term_weight, weight)
            if joined is None:
                continue
            restates, why = joined
            if restates:
                same.append((g, why))
            elif conflict is None:
                conflict = (g, why)
        if placed:
            continue
        if same:
            # The same value of the same thing, linked to several groups: one fact, however the
            # articles came in. Three articles' "€40 million" contract, two of them linked only
            # through the third, had been one fact of two and one alone, by the order they were
            # read in (#16, t13d fault 5). Groups that share an article are not merged: an
            # article's two mentions of one value that did not link are two different things.
            g, why = same[0]
            for other, other_why in same[1:]:
                if other.docs & g.docs:
                    continue
                keep, gone = (other, g) if len(other.members) > len(g.members) else (g, other)
                keep.absorb(gone)
                _drop(bucket, gone)
                keep.reasons.append(f"{other.members[0].doc} ~ {f.doc}: {_link_text(other_why, term_weight)}")
                g = keep
            g.add(f)
            g.reasons.append(f"{g.members[0].doc} ~ {f.doc}: {_link_text(why, term_weight)}")
        elif conflict is not None:
            g, why = conflict
            g.add(f)
            g.reasons.append(f"{g.members[0].doc} ~ {f.doc}: {_link_text(why, term_weight)}")
        else:
            g = _Group(key, [], set(), [])
            g.add(f)
            bucket.append(g)
            groups.append(g)

    when_key = _date_keys(figures)
    facts = [_fact(g, order, when_key) for g in groups if not g.merged]
    facts.sort(key=lambda x: (x.sources < 2, x.agree, order.get(x.values[0].doc, 0), x.values[0].start))
    return facts


def _joins(
    g: _Group, f: FactValue, term_weight: dict[str, float], weight: Callable[[FactValue], float]
) -> tuple[bool, tuple[str, FactValue, list[str]]] | None:
    """Whether figure ``f`` (without a named measure, of an article not in ``g``) joins group
    ``g``: (whether it restates a member's value, the link it joins by), or None.

    Equal values join when they link to one of the first members; a different value (a conflict)
    must link to each of them; a value linked to a member of that same value joins whatever the
    others are: it restates that member's figure and adds no value. Members of its value are
    tried first; a member of another value neither linked nor restated rules the group out (the
    members after it are not compared)."""
    firsts = sorted(g.members[:4], key=lambda m: not _same_value(m, f))
    why: tuple[str, FactValue, list[str]] | None = None
    for m in firsts:
        same = _same_value(m, f)
        link = _link(m, f, term_weight, weight)
        if link is not None:
            if same:
                return True, why or link
            why = why or link
            continue
        if not same:
            return None
    return (False, why) if why is not None else None


def _drop(bucket: list[_Group], gone: _Group) -> None:
    """Remove ``gone`` from ``bucket``, looking only where a merge finds it: among the last
    ``CANDIDATES`` (a long bucket is never searched whole)."""
    for k in range(len(bucket) - 1, max(-1, len(bucket) - 1 - CANDIDATES), -1):
        if bucket[k] is gone:
            del bucket[k]
            return


def _take_measured(g: _Group, f: FactValue) -> None:
    """Add ``f`` to the group of its named measure, unless its article already gave that value:
    the same words again ("12", "twelve"), or the same number with another qualifier ("12 dead"
    in a headline and "At least 12 people died" in the lead: one article's figure, never a change
    from one to the other, #16 t13d fault 5). Of such variants the article keeps the one that says
    the most (the narrowest range: "12" over "at least 12" or "about 12"; the first on a tie), so a
    value it states exactly is what other articles' values are compared with."""
    shown = (f.doc, value_text(f))
    if shown in g.seen:
        return
    g.seen.add(shown)
    slot = (f.doc, _said(f))
    at = g.slots.get(slot)
    if at is None:
        g.slots[slot] = len(g.members)
        g.add(f)
        return
    kept = g.members[at]
    if _spread(f) < _spread(kept):
        g.members[at] = f
        own = g.own[f.doc]
        own[next(k for k, m in enumerate(own) if m is kept)] = f


def _spread(v: FactValue) -> float:
    """How wide a range a value stands for (0 for an exact one, infinite for "at least 12")."""
    lo, hi = _range(v, converted=False)
    return hi - lo


def _date_keys(figures: Sequence[FactValue]) -> dict[str, tuple[int, float, str]]:
    """Each article date's place in time, by the one order of dates the timeline, the library
    and ``list`` use (:class:`date_values.DateOrder`: zones applied, a day or a zone-less time in
    the local zone, a year-less date (``--04-10``, from a dateline) given the year of the other
    articles' dates, and with no year anywhere a run of days over New Year as the story ran); the
    figures' ``date`` is set to the resolved date. One parse per distinct date."""
    dates = {f.date for f in figures if f.date}
    order = DateOrder(dates)
    if any(d.startswith("--") for d in dates):
        resolved = {d: order.resolve(d) for d in dates if d.startswith("--")}
        for f in figures:
            if f.date in resolved:
                f.date = resolved[f.date]
        dates = {f.date for f in figures if f.date}
    return {d: order.report_key(d) for d in dates}


_UNDATED = (1, 0.0, "")


def _fact(g: _Group, order: dict[str, int], when_key: dict[str, tuple[int, float, str]]) -> Fact:
    values = sorted(
        g.members,
        key=lambda v: (when_key.get(v.date, _UNDATED) if v.date else _UNDATED, order.get(v.doc, 0), v.start),
    )
    agree = all(_compatible(x, y) for x in values for y in values) if len(values) < 64 else _agree_linear(values)
    # The things counted, each with the articles that count it: values of different things
    # ("residents", "people") share a row but are never compared with each other.
    kinds: dict[str, set[str]] = {}
    for v in values:
        kinds.setdefault(_dimension(v), set()).add(v.doc)
    compared = True
    if len(kinds) > 1:
        # Two articles were compared only when they share a kind; any pair of articles sharing
        # none was not (one article giving two kinds compares with both).
        docs = sorted({v.doc for v in values})
        by_doc = {d: {k for k, ds in kinds.items() if d in ds} for d in docs}
        compared = all(by_doc[a] & by_doc[b] for i, a in enumerate(docs) for b in docs[i + 1 :])
    if len({v.doc for v in values}) == 1:
        grounds = "single source"
    else:
        grounds = "; ".join(g.reasons)
        # Values differ only by what they say: "31 injured" and "31" (one dimension, one number)
        # are the same value however the count is worded.
        distinct = {_said(v) for v in values}
        if not compared:
            nouns = [_noun(k) for k in kinds]
            grounds += f"; {_and(nouns)} are different counts: not compared"
        elif agree and len(distinct) > 1:
            grounds += "; values differ but their bounds are compatible"
        elif agree and len({value_text(v) for v in values}) > 1:
            # "at least 12" beside "12": one amount, some reports qualifying it (#16, t13d fault 5)
            qualified = list(dict.fromkeys(value_text(v) for v in values if v.qualifier))
            grounds += f"; the same value, qualified in some reports ({', '.join(qualified)})"
        elif agree and "same value" not in grounds:
            grounds += "; same value"
        if not agree:
            grounds += "; values conflict"
    # The most common label, the shorter on a tie, the first seen on a full tie: counted once
    # (comparing every value's label with every other was quadratic in the articles reporting a
    # fact: 10 s of an 11 s timeline at 4,000 articles).
    counts = Counter(v.label for v in values)
    label = max(counts, key=lambda s: (counts[s], -len(s)))
    return Fact(label or values[0].unit, values, agree, grounds, compared)


def _said(v: FactValue) -> tuple[Any, ...]:
    """What a value says, for telling equal values from different ones: its dimension and its
    number (and a range's high end) in SI units."""
    if isinstance(v.value, str):
        return (_dimension(v), v.value)
    high = _si(v, v.high) if v.high is not None else None
    return (_dimension(v), _si(v, float(v.value)), high)


def _noun(dimension: str) -> str:
    """What a :func:`_dimension` counts, in words: "residents", "people", "EUR"."""
    return dimension.rsplit("|", 1)[-1] or dimension.split("|", 1)[0]


def _and(words: Sequence[str]) -> str:
    quoted = [f'"{w}"' for w in words]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1] if len(quoted) > 1 else "".join(quoted)


def _agree_linear(values: Sequence[FactValue]) -> bool:
    """Whether all ranges meet (one pass: the highest low end against the lowest high end)."""
    groups: dict[str, list[FactValue]] = {}
    for v in values:
        groups.setdefault(_dimension(v), []).append(v)
    for vs in groups.values():
        if isinstance(vs[0].value, str):
            if len({v.value for v in vs}) > 1:
                return False
            continue
        mixed = len({v.unit for v in vs}) > 1  # a conversion's rounding only across units
        ranges = [_range(v, mixed) for v in vs]
        if max(lo for lo, _ in ranges) > min(hi for _, hi in ranges):
            return False
    return True


_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def _number(x: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:,.6g} {word}"
    return f"{x:,.6g}" if x != int(x) or abs(x) >= 1e6 else f"{int(x):,}"


def value_text(v: FactValue) -> str:
    """The value in one normal form, whatever the outlet's style: "12", "at least 14",
    "$1.8 billion", "40 km", "5%"; "twelve" and "12" read the same."""
    x = amount_text(v)
    return f"{v.qualifier} {x}" if v.qualifier and not isinstance(v.value, str) else x


def amount_text(v: FactValue) -> str:
    """:func:`value_text` without its qualifier: "12" for "at least 12" and for "about 12"."""
    if isinstance(v.value, str):
        return v.value
    if v.kind == "year":
        return str(int(v.value))
    x = _number(float(v.value))
    if v.high is not None:
        x = f"{x}–{_number(v.high)}"
    if v.kind == "money":
        sym = _SYMBOL.get(v.unit)
        if v.unit == YEN_OR_YUAN:
            x = f"¥{x} (JPY or CNY)"  # the text does not say which (see figures.resolve_yen_sign)
        else:
            x = f"{sym}{x}" if sym else f"{x} {v.unit}"
    elif v.kind == "percent":
        x = f"{x}%" if v.unit == "%" else f"{x} points"
    elif v.kind == "quantity" and v.unit != "magnitude":
        x = f"{x} {v.unit}"
    elif v.kind == "duration":
        x = f"{x} {v.unit}s"
    return x


def when(date: str | None, *, year: bool = False) -> str:
    """A short reader's form of an article date, one form for every date of a fact sheet: "14 Mar
    08:10" with a time (in the local zone when the date has one, as ``list`` and the timeline show
    it: :func:`date_values.readable`), "14 Mar" without; with ``year`` (the sheet's dates span
    several years: :func:`sheet_year`) "14 Mar 2025 08:10", "2 Mar 1990". A year-less date is
    "14 Mar" and a month "Mar 2025" either way."""
    if not date:
        return ""
    if date.startswith("--") or len(date) == 7:
        return readable(date)  # "14 Mar" for a year-less day, "Mar 2025" for a month
    d = _local(date)
    if d is None:
        return date
    return said(d, year=year, time=_timed(date))


def sheet_year(facts: Iterable[Fact]) -> bool:
    """Whether the dates of ``facts`` (a fact sheet's) fall in more than one year, so that every
    date on the sheet is shown with its year (:func:`when`): a 1990 article's "2 Mar" would read
    as this year's among 2025 ones."""
    years = set()
    for fact in facts:
        for v in fact.values:
            if v.date and not v.date.startswith("--") and (d := _local(v.date)) is not None:
                years.add(d.year)
    return len(years) > 1


def _timed(date: str) -> bool:
    return "T" in date or " " in date.strip()


def _local(date: str) -> datetime | None:
    """``date`` as a datetime, a time with a zone in the local zone (as it is shown)."""
    d = as_datetime(date)
    if d is not None and d.tzinfo is not None and _timed(date):
        try:
            d = d.astimezone()  # the reader's local time
        except (OverflowError, OSError, ValueError):
            return d  # out of the local clock's reach (year 1, 9999): as written
    return d


class Named(Protocol):
    """What the fact sheet names a source by: an Article or a :class:`FactSource`."""

    @property
    def doc(self) -> str: ...

    @property
    def label(self) -> str: ...


def source_names(articles: Iterable[Named], *, tell_apart: bool = True) -> dict[str, str]:
    """A source name per doc id: the article's outlet (``label``), else its whole doc id (a cut
    id addresses nothing: "notes/co" was "notes/control"); with ``tell_apart``, an outlet with
    several articles gets each one's doc id added ("AP (ap/ferry)"). Used by ``facts``' text
    output (without ``tell_apart``: each value's date tells them apart), the fact sheet screen
    and its Markdown export."""
    labelled = [(a.doc, a.label or a.doc) for a in articles]
    count = Counter(label for _, label in labelled)
    out = {}
    for doc, label in labelled:
        if label == doc or not tell_apart or count[label] < 2:
            out[doc] = label
        else:
            out[doc] = f"{label} ({doc})"
    return out


def timeline(fact: Fact, names: dict[str, str], compact: bool = False, year: bool | None = None) -> str:
    """A fact's values in order, each with its articles' dates and outlets:
    "12 (14 Mar 08:10, AP) → 14 (14 Mar 11:30, Reuters)". Consecutive articles with one value are
    listed together: "14 (14 Mar 11:30, Reuters; 14 Mar 12:15, NTB)"; ``compact`` names only the
    first of them and how many more: "14 (14 Mar 11:30, Reuters +1)". ``year``: every date with
    its year (:func:`sheet_year` of the sheet the fact is on; None: of this fact's values).

    Arrows are only for a row whose values conflict (a figure that changed). A row that agrees
    lists each amount once with all its sources, entries joined by " · ": "300 (14 Mar, AP; 15
    Mar, NTB)", "at least 7 (14 Mar, AP) · 9 (15 Mar, NTB)" (a lower bound the larger figure
    meets agrees: its grounds say the bounds are compatible)."""
    if year is None:
        year = sheet_year([fact])

    def who(v: FactValue) -> str:
        return ", ".join(x for x in (when(v.date, year=year), names.get(v.doc, v.doc)) if x)

    def run(values: Sequence[FactValue], noun: str = "", change: bool = True) -> str:
        # Consecutive values of one amount are one entry, whatever their qualifiers: "12" and "at
        # least 12" agree, and an arrow between them read as a change (#16, t13d fault 5). The
        # entry is written as its first value is, and a source that qualifies it otherwise says
        # how before its date: "12 (14 Mar 08:10, AP; at least 12: 14 Mar 11:30, Reuters)".
        # Without a ``change`` (the values agree) every value of one amount is one entry wherever
        # its dates fall, and entries are joined by " · ": an arrow reads as a figure that changed.
        parts: list[tuple[str, str, list[FactValue]]] = []
        for v in values:
            amount = amount_text(v)
            at = next((p for p in reversed(parts) if p[0] == amount), None) if not change else None
            if at is not None:
                at[2].append(v)
            elif parts and parts[-1][0] == amount:
                parts[-1][2].append(v)
            else:
                parts.append((amount, value_text(v), [v]))
        out = []
        for _amount, head, vs in parts:
            shown = f"{head} {noun}" if noun else head
            if compact:
                # the first source of each wording and how many more: "12 (AP +1; at least 12: NHK)"
                worded: dict[str, list[FactValue]] = {}
                for v in vs:
                    worded.setdefault(value_text(v), []).append(v)
                said = (
                    f"{'' if text == head else f'{text}: '}{who(ws[0])}{f' +{len(ws) - 1}' if len(ws) > 1 else ''}"
                    for text, ws in worded.items()
                )
            else:
                said = (who(v) if value_text(v) == head else f"{value_text(v)}: {who(v)}" for v in vs)
            out.append(f"{shown} ({'; '.join(said)})")
        return (" → " if change else " · ").join(out)

    if fact.compared:
        # Values that agree ("300" from every outlet; "at least 7" and "9", a lower bound the
        # larger figure meets) are no timeline: each amount once with its sources, never an
        # arrow, which reads as a figure that changed (#16, s21-d: "300 → 300"). Only a row whose
        # values conflict is the date-ordered timeline of a changing figure.
        return run(fact.values, change=not fact.agree)
    # Values of different things are listed apart, each with what it counts ("3,600 residents
    # (DW) · 3,400 people (Guardian)"): an arrow between them would read as a change (#13).
    kinds: dict[str, list[FactValue]] = {}
    for v in fact.values:
        kinds.setdefault(_dimension(v), []).append(v)
    return " · ".join(run(vs, _noun(k) if k.startswith("count|") else "") for k, vs in kinds.items())
