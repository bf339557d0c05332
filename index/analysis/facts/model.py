"""The fact sheet's records: a figure as one article reports it (:class:`FactValue`), an article
as the sheet names it (:class:`FactSource`) and a fact, one measure's values across articles
(:class:`Fact`), with their JSON forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


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
    # The verb whose object a count without a measure is, right before it in its clause ("runs
    # three hospitals": "runs"; :func:`~.words.object_verb`), "" when none: counts of one noun under
    # different verbs are different counts (a trust's hospitals and a gang's victims, t13z H13).
    # A share's state, the participle after its auxiliary ("40% of services are cancelled":
    # "cancelled"; :func:`~.percent.share_state`): shares in different states are never compared.
    verb: str = ""
    # What a quantity is of, as :func:`~waic_reader.index.analysis.facts.extract.context_words`
    # folds its words ("500,000 litres of diesel fuel" -> "diesel fuel"), "" when no "of" phrase
    # names it (or for other kinds): two quantities of one value and one stuff are one fact.
    material: str = ""
    # Whose figure it is, for a measure a named subject owns (``owners.OWNED_MEASURES``: jobs cut,
    # investment, revenue…), as written ("Rába Works"); "" when its clause names none.
    owner: str = ""
    # The time of the live blog entry it is written under ("12:55"), "" when none: a value of an
    # article dated by its day alone is dated by it (``grouping._date_keys``: a blog written newest
    # first read "4 → 3", t13n F9).
    entry: str = ""
    # The content words of its own sentence, for an amount or a quantity (:func:`~waic_reader.
    # index.analysis.facts.extract.context_words`, number words left out): a figure without a
    # measure joins a row of its value and unit when the two sentences share a word's stem
    # ("…thousand dollars on the tests" and "tested …, at a cost of $150,000", t13n F17).
    own: tuple[str, ...] = field(default=(), repr=False)
    # The values of this measure its own article gave before, in text order, that a later sentence
    # of it replaced by this one ("Three people were killed …" then "Later, officials said the toll
    # had risen to four": the 4 carries the 3), never values of the fact of their own
    # (:func:`~waic_reader.index.analysis.facts.earlier.superseded`); () when none.
    earlier: tuple[FactValue, ...] = field(default=(), repr=False)
    # The period it is a rate over ("day" for "3,000 passengers a day", "$3,000 a month", "3,000
    # daily passengers": :func:`~.words.rate_after`), "" for a figure that is no rate (a total, "412,000
    # passengers last year"): part of what it measures, as its unit is (its label says it, "passengers
    # per day"; never compared with a figure of another period or none, t13q F15).
    per: str = ""
    # How many years before its article's year the relative year dating its measure names ("fined
    # $2m last year": 1), when its article's date has no year to read it by at extraction (a wire's
    # "March 14"): the corpus's dates give that year (``grouping.resolve_relative_years``: "fine in
    # 2025"); None when no relative year dates it, or once resolved.
    years_ago: int | None = None
    # How far either way a year a round span names may be, in years ("a century ago": 10, "half a
    # century ago": 5; :func:`~.extract.span_margin`), 0 for any other value: its approximation's
    # margin follows the span, never the year's last digit (review s36-rv D4, round s36-c2).
    margin: float = 0.0
    # The things of its ``owner``'s kind its article names, when that owner is a kind's noun or a
    # generic noun of one ("crossing": ("corvenna bridge",); :func:`~.things.kind_names`), else ():
    # the story's count of them, read at grouping, says whether "the crossing" is "the bridge"
    # (:func:`~.things.resolve_kinds`; round s37-f2).
    kind_names: tuple[str, ...] = field(default=(), repr=False)
    # For an event's year whose clause names no thing ("…, which opened in 1990", "It was built in
    # 1987"): the heads of the subjects of its sentence and the sentence before, folded
    # (:func:`~.extract.sentence_subject`), the things it may be of (grouping._measured_group;
    # review s37-rv finding 5, round s37-y1); () for any other figure.
    subjects: tuple[str, ...] = field(default=(), repr=False)

    # The words of its own sentence as written, at most ``SENTENCE_WORDS`` either side of it, the
    # figure itself "" (:func:`~.extract.sentence_words`): rows of one label are told apart by the
    # words their sentences say and the others' do not (``grouping.tell_apart``; t13ad N23).
    words: tuple[str, ...] = field(default=(), repr=False)
    # What a duration or year naming no measure is of, in its clause's words ("days the strike
    # lasted", "year of the most recent fire-safety audit"; clauses.py): its row's label when the
    # row's is its kind alone ("duration", "year"; grouping._fact), "" for any other figure.
    said: str = field(default="", repr=False)
    # Which version of its measure's value its clause calls it: "rejected" ("the union rejected the
    # 3% pay offer"), "earlier" ("the previous 3% offer"), "new" ("a fresh offer of 4.5%"), else ""
    # (:func:`~.earlier.proposal_version`): a former version is told apart from its successor's row
    # where the articles say there was one (:func:`~.proposals.former_proposals`).
    version: str = field(default="", repr=False)
    # Whether it is written in its article's headline (``extract._headline``): a headline drops a
    # body's qualifier ("kills seven" over the lead's "At least seven people died"), so of one
    # article's two wordings of one value the body's says what the article reports
    # (``grouping._take_measured``; issue #16, round s53-f).
    headline: bool = field(default=False, repr=False)

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
            # What the article said before in its own text, each as a value of its own (every
            # key; its article's date), in text order: [] when it said no other value first.
            "superseded": [{**e.to_json(), "date": (e.date if e.entry else self.date) or None} for e in self.earlier],
        }
        return out


def earlier_steps(current: FactValue, earlier: Sequence[FactValue]) -> tuple[FactValue, ...]:
    """What an article said of a measure before ``current`` (its ``earlier``) as the reader's steps:
    in text order, a live blog's values by their entries' times, each value once (its first report:
    a headline's "three" and the lead's "three people" are one step) and never ``current``'s own
    value ("first said 3, then 3" and "first said 8, then 8; later 7" were no steps, t13p F13,
    round s29-i)."""
    out: list[FactValue] = []
    seen = {current.value}
    for e in sorted(earlier, key=lambda e: (e.entry, e.start)):
        if e.value not in seen:
            seen.add(e.value)
            out.append(e)
    return tuple(out)


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
    # Whether the row's values are a ceiling ("up to €40 million") and amounts under it ("€14
    # million"): no conflict, and no agreement either (cover_limits.within_ceiling, t13am N4)
    ceiling: bool = False
    # Whether the row agrees only by an approximator's stretch: "about 320" beside "312" meet in
    # "about 320"'s reach (300 to 340) but 312 is no rounding of 320 (grouping.near_only, t13aq N7)
    near: bool = False

    @property
    def sources(self) -> int:
        return len({v.doc for v in self.values})

    @property
    def status(self) -> str:
        """The row's status in words: "single source", "disagree" (two compared values
        conflict), "not compared" (no conflict, but some articles' values count different
        things and were not compared), "within ceiling" (a ceiling and amounts under it, no
        conflict and no agreement), "near" (no conflict, but an approximate value and another that
        is no rounding of it: "about 320" and "312") or "agree"."""
        if self.sources < 2:
            return "single source"
        if not self.agree:
            return "disagree"
        if not self.compared:
            return "not compared"
        if self.ceiling:
            return "within ceiling"
        return "near" if self.near else "agree"

    def to_json(self) -> dict[str, Any]:
        from waic_reader.index.analysis.facts.display import order_unknown  # (display reads this module)

        return {
            "label": self.label,
            "values": [v.to_json() for v in self.values],
            # null only for a row not compared; a row with a conflict is false even when some of
            # its values were not compared with each other (t13ag N7)
            # (and for a ceiling with amounts under it: neither agreement nor conflict, t13am N4)
            "agree": self.agree if (self.compared and not self.ceiling) or not self.agree else None,
            "status": self.status,
            "sources": self.sources,
            "grounds": self.grounds,
            # groups of ``values`` (indices) no order is known between, listed by value, never as
            # changes (display.order_unknown; t13y G11): [] for most rows
            "order_unknown": order_unknown(self),
        }


def facts_to_json(facts: Sequence[Fact]) -> dict[str, Any]:
    return {"facts": [f.to_json() for f in facts]}
