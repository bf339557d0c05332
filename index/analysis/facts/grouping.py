"""Grouping: figures into facts, one per measure, conservative (see the package docstring),
linear in the number of figures (each compared with at most ``CANDIDATES`` groups)."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from waic_reader.index.analysis.align import ArticleLike
from waic_reader.index.analysis.entities.lexicons import LEGAL_FORM_WORDS, kind_of_word
from waic_reader.index.analysis.entities.spellings import most_written
from waic_reader.index.analysis.facts.budgets import body_name, story_budget_owners
from waic_reader.index.analysis.facts.claims import CLAIMED
from waic_reader.index.analysis.facts.clauses import said_key, speaker_said
from waic_reader.index.analysis.facts.cover_limits import LIMIT, within_ceiling
from waic_reader.index.analysis.facts.dimensions import (
    dimension_noun,
    dimension_of,
    group_word,
    kinds_by_doc,
    listed_only,
    ownerless_vote,
    placeless,
)
from waic_reader.index.analysis.facts.display import CONVERSION_TOLERANCE, amount_text, converted_same, value_text
from waic_reader.index.analysis.facts.earlier import ORDINALS
from waic_reader.index.analysis.facts.extract import (
    BUILT_MEASURE,
    BUILT_OR_OPENED_LABEL,
    BUILT_OR_OPENED_LABELS,
    EARLIER,
    context_words,
    join_earlier_events,
    sheet_figures,
)
from waic_reader.index.analysis.facts.model import Cancelled, Fact, FactValue, earlier_steps
from waic_reader.index.analysis.facts.money_purpose import story_purposes
from waic_reader.index.analysis.facts.owners import (
    DEMANDED_MEASURES,
    DONATED_MEASURES,
    GOVERNMENT,
    OWNED_MEASURES,
    SUM_NOUNS,
    story_government_donors,
)
from waic_reader.index.analysis.facts.pay_parties import PAY_MEASURES, story_pay_parties
from waic_reader.index.analysis.facts.percent import PERCENT_ROUNDING, SHARE_MOVE, resolve_share_owners, rounds_to
from waic_reader.index.analysis.facts.places import placed_elsewhere
from waic_reader.index.analysis.facts.proposals import former_proposals
from waic_reader.index.analysis.facts.quantities import story_radius
from waic_reader.index.analysis.facts.roles import (
    ABOARD,
    HOSPITAL,
    IN_HOSPITAL,
    POWER_OUT,
    PRISON_TERM,
    story_spill,
    strikers_by_trade,
)
from waic_reader.index.analysis.facts.share_prices import story_share_firms
from waic_reader.index.analysis.facts.structure_years import join_built_opened
from waic_reader.index.analysis.facts.things import event_kind, owner_kind, resolve_kinds
from waic_reader.index.analysis.facts.votes import CONTENDER_NOUNS, POLL_SHARE, SEATS
from waic_reader.index.analysis.facts.words import (
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    REPORTED,
    REPORTING_VERBS,
    WORD,
    bare_word,
    is_participle,
    people_kind,
    toll_people,
)
from waic_reader.index.analysis.figures import (
    LOWER_BOUNDS,
    NEAR_BOUNDS,
    SI_UNITS,
    UNITS,
    UPPER_BOUNDS,
)
from waic_reader.index.analysis.lexicon import (
    BESIDE_WORDS,
    DETERMINERS,
    IRREGULAR_PAST,
    MONTHS,
    NUMBER_WORDS,
    SCALE_WORDS,
    STOP_WORDS,
    WEEKDAYS,
)
from waic_reader.index.corpus.date_values import DateOrder
from waic_reader.index.corpus.listing import natural_key
from waic_reader.index.corpus.tokens import fold

SAME_VALUE_CONTEXT = 0.12  # weighted context overlap for equal values to be one fact
CONFLICT_CONTEXT = 0.40  # much stronger overlap before different values count as a conflict
# Counts of one noun ("312 passengers", "320 passengers") in two outlets' accounts of one event are
# one fact when their sentences say the same thing around them (SENTENCE_CONFLICT of the lighter
# sentence's weighted words shared) and their windows still share COUNT_CONFLICT_CONTEXT: a count of
# that noun in a sentence about something else (a port's yearly traffic) stays apart.
COUNT_CONFLICT_CONTEXT = 0.25
SENTENCE_CONFLICT = 0.5
CANDIDATES = 8  # groups of one measure a figure is compared with (keeps grouping linear)


def _si(v: FactValue, x: float) -> float:
    factor = SI_UNITS.get(v.unit)
    return x * factor[0] if factor else x


# Words that make a value approximate both ways ("some 65 per cent", "about 290").
APPROXIMATORS = frozenset({"about", "around", "approximately", "roughly", "some", "an estimated"})
# How far an approximator stretches a value: APPROXIMATION_DIGITS units of its last significant
# digit as written, after Ferson et al. (2015), "Natural language of uncertainty: numeric hedge
# words" (Int. J. Approx. Reasoning 57), which pyuncertainnumber's ``hedge_interpret`` follows ("about
# 7" is [5, 9]); never more than APPROXIMATION_SHARE of it ("about 300" is 270 to 330, not 100 to
# 500). "about 290" meets "300" (README), "some 65 per cent" is no value of "70 per cent" (t13z H4:
# a tenth either way had made them agree).
APPROXIMATION_DIGITS = 2
APPROXIMATION_SHARE = 0.1


def _approximation(x: float) -> float:
    """The margin an approximator gives ``x`` either way, in ``x``'s unit: ``APPROXIMATION_DIGITS``
    units of its last significant digit (65 → 2, 290 → 20, 4.5 million → 200,000, 1.25 → 0.02),
    at most ``APPROXIMATION_SHARE`` of ``|x|``. 0 for 0."""
    if x == 0 or not math.isfinite(x):
        return 0.0
    exponent = Decimal(repr(abs(x))).normalize().as_tuple().exponent
    step = 10.0 ** int(exponent) if isinstance(exponent, int) else 1.0
    return min(APPROXIMATION_DIGITS * step, APPROXIMATION_SHARE * abs(x))


def _rounding(v: FactValue) -> float:
    """How far a value stands from the figure it rounds, either way: half its rounding step, the
    unit of its last significant digit as written, five units when that digit is a 5 (a round figure
    of fives, as "about 250", "roughly 65", "some 3,500" are written), for an approximate value
    ("about 320": a round figure of tens, 315 to 325, so ±5; "around 250" ±25; "about 312" ±0.5);
    0 for a value written without an approximator (the figure itself)."""
    if v.qualifier not in APPROXIMATORS or isinstance(v.value, str):
        return 0.0
    x = abs(float(v.value))
    if x == 0 or not math.isfinite(x):
        return 0.0
    digits = Decimal(repr(x)).normalize().as_tuple()
    step = 10.0 ** int(digits.exponent) if isinstance(digits.exponent, int) else 1.0
    return 0.5 * step * (5 if digits.digits[-1] == 5 else 1)


def near_only(values: Sequence[FactValue]) -> list[tuple[FactValue, FactValue]]:
    """The pairs of a row's values (one unit, no range, no bound but an approximator's) that meet
    only by an approximator's reach (:func:`_approximation`), neither a rounding of the other: "about
    320" and "312" (320 rounds 315 to 325), "about 290" and "300". A journalist reads them as near
    figures, never as the same one: the row's status says "near" (t13aq N7: "about 320" passengers
    beside AlpenRail's 312 read "agree"). One pair per two different values; linear in the values
    but for the distinct values written, few in a row."""
    distinct: dict[tuple[str, float, str], FactValue] = {}
    for v in values:
        if (
            isinstance(v.value, str)
            or v.kind not in ("count", "quantity", "money")  # (a year "a century ago": its span's own margin)
            or v.margin
            or v.high is not None
            or v.qualifier not in ("", *APPROXIMATORS)
        ):
            continue
        distinct.setdefault((v.unit, float(v.value), v.qualifier), v)
    out: list[tuple[FactValue, FactValue]] = []
    found = list(distinct.values())
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if a.unit != b.unit or not (a.qualifier in APPROXIMATORS or b.qualifier in APPROXIMATORS):
                continue
            if abs(float(a.value) - float(b.value)) > _rounding(a) + _rounding(b) + 1e-9:
                out.append((a, b))
    return out


def _hedges_read(values: Sequence[FactValue]) -> str:
    """How far each hedged count of a row that agrees reaches, for its grounds: " (around 250 reads
    230 to 270)" (an approximator's margin, :func:`_approximation`), so a reader sees why "240"
    meets "around 250" while "240" and "250" written exactly disagree (t13ai N4: the row said
    "agree" with no word of how close); "" when no count is hedged so."""
    read: dict[str, str] = {}
    for v in values:
        if v.kind != "count" or v.qualifier not in APPROXIMATORS or isinstance(v.value, str) or v.high is not None:
            continue
        x = float(v.value)
        margin = max(_approximation(x), v.margin)
        read.setdefault(value_text(v), f"{x - margin:,.10g} to {x + margin:,.10g}")
    return f" ({'; '.join(f'{said} reads {span}' for said, span in read.items())})" if read else ""


def _range(v: FactValue, converted: bool = True) -> tuple[float, float]:
    """The values ``v`` stands for, in SI units. ``converted``: compared with a value in another
    unit, so a conversion's rounding is allowed ("25 miles" and "40 km"); in one unit it is not
    ("30 days" and "29 days" disagree)."""
    if isinstance(v.value, str):
        return 0.0, 0.0
    x = _si(v, float(v.value))
    hi = _si(v, v.high) if v.high is not None else x
    q = v.qualifier
    # A bound written in a figure of its own precision (a share in words, "more than a third": as
    # precise as a share rounded to 5%, figures.SHARE_MARGIN) has its end as imprecise as the
    # figure: "More than a third" meets "33%", "Nearly two-thirds" meets "67%" (review s37-rv
    # finding 4, round s37-y2: the bound's exact end had made them disagree).
    end = _si(v, v.margin) if v.margin else 0.0
    if q in LOWER_BOUNDS:  # "more than 300", "hotter than 1,200C", "above 40C"
        return x - end, math.inf
    if q in NEAR_BOUNDS:
        return 0.8 * x, x + end
    if q in UPPER_BOUNDS:  # "up to 300", "below -20C"
        return -math.inf, x + end
    if q in APPROXIMATORS:
        # (a round span's year: its span's margin, "a century ago" ±10 years; extract.span_margin)
        lo_margin = max(_approximation(float(v.value)), v.margin)
        hi_margin = max(_approximation(v.high), v.margin) if v.high is not None else lo_margin
        return x - _si(v, lo_margin), hi + _si(v, hi_margin)
    if v.margin:
        # a share in words ("two-thirds", "one in three"): as precise as a share rounded to the
        # nearest 5% (figures.SHARE_MARGIN), 65% is two-thirds and 60% is not (round s37-f)
        return x - _si(v, v.margin), hi + _si(v, v.margin)
    if converted and v.unit != "" and v.unit in SI_UNITS:
        return x * (1 - CONVERSION_TOLERANCE), hi * (1 + CONVERSION_TOLERANCE)
    return x, hi


def _comparable(a: FactValue, b: FactValue) -> bool:
    """Whether the two values are in one unit (or convertible): else they are never in conflict."""
    return dimension_of(a) == dimension_of(b)


def _compatible(a: FactValue, b: FactValue, counted_alike: bool = False) -> bool:
    """Whether two values of one fact can both be true: equal strings; amounts in different
    currencies (never compared); one amount in two units as :func:`~.display.converted_same` reads
    it (the row writer shows those as one entry: one predicate for both, review s36-rv D7, round
    s36-c2: "100 metres" and "300 feet" were a DISAGREE row of one entry); else ranges
    (:func:`_range`) that meet. ``counted_alike``: their row counts what they count as one kind
    (:func:`~.dimensions.kinds_by_doc`: a crew and people of one event), so they are compared."""
    if isinstance(a.value, str) or isinstance(b.value, str):
        return a.value == b.value
    if a.measure == SHARE_MOVE == b.measure and a.verb and b.verb and a.verb != b.verb and (a.value or b.value):
        return False  # a share price's fall of 4% and its rise of 4% contradict each other (t13ad N9)
    if a.kind == "money" == b.kind and a.unit != b.unit:
        # a sum written with its conversion is compared in either currency ("£2.1bn ($2.7bn)" with
        # "$2.7 billion" and with "$3bn"; review s43-rv finding 7)
        a, b = _in_currency(a, b.unit), _in_currency(b, a.unit)
    if not counted_alike and not _comparable(a, b):
        return True  # different currencies: nothing to compare, never a conflict
    if a.measure.split("|", 1)[0] == LIMIT == b.measure.split("|", 1)[0]:
        # a limit's "up to" is the limit itself, no bound on it: "up to £85,000" and "up to
        # £90,000" are two limits (review s45-rv finding 7)
        a, b = (replace(v, qualifier="") if v.qualifier in UPPER_BOUNDS else v for v in (a, b))
    if converted_same(a, b):
        return True  # one amount in two units or scales ("10F" and "-12C": t13ab L8; "100 m" and "300 ft": s36-rv D7)
    if a.kind == "percent" == b.kind and a.margin and a.margin == b.margin:
        # two percentages written to one precision are compared as written: the rounding margin
        # (percent.rounding_margin) lets "71%" stand for "71.2%", never for "72%"
        a, b = replace(a, margin=0.0), replace(b, margin=0.0)
    if a.kind == "percent" == b.kind and a.measure in PAY_MEASURES and b.measure in PAY_MEASURES:
        # an offer or a demand is set by a party, not measured: written exactly as set, so no
        # rounding joins two of them ("3.5%" and "4%" are two offers, review s45-rv finding 1);
        # one written as a rounding ("about 4%") keeps its qualifier's range (_range)
        a, b = replace(a, margin=0.0), replace(b, margin=0.0)
    if a.kind == "percent" == b.kind and a.high is None and b.high is None and not (a.qualifier or b.qualifier):
        for coarse, fine in ((a, b), (b, a)):
            if coarse.margin > fine.margin and coarse.margin <= PERCENT_ROUNDING:
                # the one written with fewer digits is a rounding of the other when within half a
                # unit of its last digit: "52%" is "52.5%", "4.5%" is "4.45%" (percent.rounds_to)
                return rounds_to(float(coarse.value), coarse.margin, float(fine.value))
    lo1, hi1 = _range(a, a.unit != b.unit)
    lo2, hi2 = _range(b, a.unit != b.unit)
    return max(lo1, lo2) <= min(hi1, hi2)


def _in_currency(v: FactValue, unit: str) -> FactValue:
    """``v`` as its conversion gives it in ``unit`` (its ``alt``: "£2.1bn ($2.7bn)" in USD is
    $2.7bn), else ``v`` unchanged."""
    if v.alt is None or v.alt[1] != unit or v.high is not None or isinstance(v.value, str):
        return v
    return replace(v, value=v.alt[0], unit=unit, alt=(float(v.value), v.unit))


def _linked_currencies(values: Sequence[FactValue]) -> bool:
    """Whether ``values`` are sums in several currencies that their conversions link into one: a
    sum written with its conversion ("£2.1bn ($2.7bn)") is comparable in either currency with the
    others ("$2.7 billion", "£2.1 billion"; review s43-rv finding 7), so its row is compared, each
    pair in a currency both write (:func:`_compatible`). Linear in the values."""
    units = {v.unit for v in values if v.kind == "money"}
    if len(units) < 2 or any(v.kind != "money" for v in values):
        return False
    parent = {u: u for v in values for u in (v.unit, *((v.alt[1],) if v.alt else ()))}

    def root(u: str) -> str:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for v in values:
        if v.alt is not None:
            parent[root(v.unit)] = root(v.alt[1])
    return len({root(u) for u in units}) == 1


def within_margin(a: FactValue, b: FactValue) -> bool:
    """Whether ``a`` and ``b`` agree as one amount read within its margin (an approximator's, a
    conversion's rounding: "about 10 km" and "11 km", "300" and "about 290"): compatible
    (:func:`_compatible`), and where one is a bound ("more than", "at least", "up to") the other
    lies near its number, within ``APPROXIMATION_SHARE`` of it ("more than 50" and "52", the
    sheet's agreement and never a change in time, t13ah N10; "more than 410,000" and "more than
    400,000"). A value far inside a bound, or a bound far from another one way, is a later count,
    though the sheet finds them compatible: "at least 20" then "34", "at least 31" then "at least
    47", a toll that rose (s41-rv finding 3). What the timeline reads as one value of a row the
    sheet says agrees (t13ac M25, round s36-x4)."""
    if not _compatible(a, b):
        return False
    converted = a.unit != b.unit
    ranges = [_range(v, converted) for v in (a, b)]
    bounded = [not all(math.isfinite(x) for x in r) for r in ranges]
    if not any(bounded) or isinstance(a.value, str) or isinstance(b.value, str):
        return True
    if all(bounded) and _same_value(a, b):
        return True
    bound, other = (a, b) if bounded[0] else (b, a)
    x = _si(bound, float(bound.value))
    reach = APPROXIMATION_SHARE * abs(x) + (_si(bound, bound.margin) if bound.margin else 0.0)
    if all(bounded):
        # two bounds one way are one value only near each other ("more than 410,000" and "more
        # than 400,000"; "at least 31" and "at least 47" are a toll that rose)
        y = _si(other, float(other.value))
        return math.isinf(ranges[0][0]) == math.isinf(ranges[1][0]) and abs(x - y) <= reach
    lo, hi = ranges[1] if bound is a else ranges[0]
    return x - reach <= lo and hi <= x + reach


def _restated_vote(values: Sequence[FactValue]) -> bool:
    """Whether a row listed for its vote figures of no named candidate or party
    (:func:`~.dimensions.ownerless_vote`) holds one value alone, some of it owned: the unowned
    restate the named party's figure ("The Green Alliance now has 14 seats" beside "Her Green
    Alliance won 14 seats"), so the row is compared and agrees, never "not compared" (review
    s43-rv finding 8). Two unowned figures alone stay listed: two parties may each have won 40%."""
    listed = [v for v in values if listed_only(v)]
    return (
        all(ownerless_vote(v) for v in listed)
        and any(v.owner for v in values)
        and all(_same_value(values[0], v) for v in values)
    )


def _same_value(a: FactValue, b: FactValue) -> bool:
    if a.unit == b.unit and a.value == b.value and a.high == b.high:
        return True
    for x, y in ((a, b), (b, a)):
        if x.alt and x.alt[1] == y.unit and x.alt[0] == y.value:
            return True
    # the same amount in two units: "72 hours" and "three days", "1.2 km" and "1,200 m"
    return converted_same(a, b)


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
    # A named measure's owners (:func:`owner_words` of its members' ``owner``): one firm's jobs
    # cut are never a value of another's (:func:`_measured_group`).
    owners: set[str] = field(default_factory=set)

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
    ta, tb = _counts_terms(a, b, set(a.context), set(ctx_b))
    if len(ta) != len(a.context) or len(tb) != len(ctx_b) or ta - a.context.keys() or tb - ctx_b.keys():
        # (every term weighs the same: a term the grouping's weights never saw weighs one too)
        wa, wb = (sum(term_weight.get(t, 1.0) for t in terms) for terms in (ta, tb))
        ws = sum(term_weight.get(t, 1.0) for t in ta & tb)
        # (the grounds quote the words both windows write, as ever)
        return (ws / min(wa, wb) if min(wa, wb) > 0 else 0.0), shared
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
    if a.kind != b.kind or a.per != b.per or _other_owners(a, b):
        return None  # "Rába Works employs 900 people" is no value of "Dunaferr employs 1,200 people"
    if a.verb != b.verb and (a.kind == "quantity" or (_done(a) and _done(b))):
        # "The trust runs three hospitals" and "The gang has hit three hospitals": the verbs whose
        # objects they are say they count different things (were one row that agreed, t13z H13);
        # a length gone ("the mud travelled 9 miles", quantities.WENT) is no other length (t13ae P20)
        return None
    same = _same_value(a, b)
    if not (a.unit == b.unit or same or _one_duration(a, b)):
        return None
    if a.kind in ("count", "percent") and a.head != b.head and not _qualified_noun(a, b):
        return None  # "15% contained" is no value of "3.4% inflation", nor "12 ferries" of "12 crew"
    ma, mb = set(a.modifiers), set(b.modifiers)
    if a.material and b.material:
        sa, sb = set(a.material.split()), set(b.material.split())
        if not sa & sb:
            return None  # "500,000 litres of water" is never a value of "… litres of diesel"
        if same and (sa <= sb or sb <= sa) and (ma <= mb or mb <= ma):
            # "500,000 litres of diesel" and "around half a million litres of diesel fuel": one
            # value of one stuff, whatever else their sentences say (t13j F10: context alone left
            # them two rows of one diesel).
            return f"same value of '{min(a.material, b.material, key=len)}'", a, []
    if same and a.state and a.state == b.state and (ma <= mb or mb <= ma):
        # "was carrying 212 passengers", "- 212 passengers were on board": one value of one noun,
        # both aboard, count the same people, whatever else their sentences say (see ABOARD);
        # so do "14 vehicles were in the water" and "sending 14 vehicles into the water" (place_of).
        return f"same value and '{a.head}', both said to be {_where(a)}", a, []
    if same and a.kind == "year" and a.near and b.near and set(a.near).isdisjoint(b.near):
        return None  # one year of two events ("maintained since 2019", "hired in 2019"): two facts
    if same and (ma <= mb or mb <= ma):
        need = SAME_VALUE_CONTEXT if a.kind == "count" or a.head else 2 * SAME_VALUE_CONTEXT
        ctx, shared = _overlap(a, b, term_weight, weight)
        if ctx >= need:
            what = f"'{a.head}'" if a.head else a.kind
            return f"same value and {what}; shared context: ", a, shared
        if a.doc != b.doc and a.kind == "count" and a.head and not people_kind(a.head):
            # One value of one counted thing (its noun alike, the modifiers of one among the other's,
            # no measure named) in two articles of the corpus: one fact, whatever else their
            # sentences say ("wreckage of two carriages that fell" and "The rear two carriages left
            # the rails", "1,500 operating hours" cited by a chamber in each: t13r F13 had each
            # twice as "1 source"; "about 1.2 million patient records" and a fact list's "Records at
            # risk: 1.2 million", t13z H2: a kind named in one article only). People are
            # left to context: "two people" of one sentence are often not another's. A different
            # value is never linked this way (a disagreement needs its sentences alike, below).
            return f"same value of '{a.label or a.head}' in both", a, []
        return None
    if ma == mb:
        if not _same_event(a, b, term_weight):
            return None
        if a.state and a.state == b.state and a.state != ABOARD:
            # one noun's things said to be in one place ("14 vehicles were in the water", "12
            # vehicles … into the water"): one count, its values compared whatever the windows
            # share (a live blog's entry and a wire's lede share little, t13l F8). Aboard is left
            # to context: one story's ferries each carry their own passengers.
            return f"same counted thing '{a.head}', both said to be {_where(a)}", a, []
        ctx, shared = _overlap(a, b, term_weight, weight)
        if ctx >= CONFLICT_CONTEXT:
            what = f"{'rate of' if a.kind == 'percent' else 'counted thing'} '{a.head}'" if a.head else a.kind
            return f"same {what}, strongly shared context: ", a, shared
        # A rate whose clause names its owner ("Shares in Hídvizsgáló Nyrt fell 11%": the owner is
        # among its modifiers, equal here) is pinned by its own sentence: the windows of a business
        # paper and a wire report share little (t13l F8: 14% and 11% were two rows).
        owned = a.kind == "percent" and any(m != "change" for m in a.modifiers)
        near_enough = ctx >= COUNT_CONFLICT_CONTEXT or owned
        if a.head and near_enough and _sentence_overlap(a, b, term_weight) >= SENTENCE_CONFLICT:
            thing = "rate of" if a.kind == "percent" else "counted thing"
            return f"same {thing} '{a.head}', said alike in their sentences; shared context: ", a, shared
    return None


def _done(v: FactValue) -> str:
    """The verb ``v``'s clause says was done to its things ("ran", "hit"), "" for one that only
    reports the count (:data:`~.words.REPORTED`) or none."""
    return "" if v.verb == REPORTED else v.verb


def _blog_update(a: FactValue, b: FactValue) -> bool:
    """Whether two counts of one thing (one :func:`_value_key`) in two entries of one live blog
    share a verb of their own clauses ("More than 40 ships are waiting at anchor" at 09:15, "The
    number of ships waiting has risen to 52" at 12:30): the blog's count updated, one value whose
    earlier steps show its rise (s42-rv finding 10: each entry names words the other does not, and
    three rows showed no rise). A count of the noun another verb says ("12 ships were diverted")
    stays apart."""
    if not a.entry or not b.entry or a.entry == b.entry or a.kind != "count":
        return False
    if a.verb == b.verb == REPORTED:
        return True  # "cases have reached 331" at 09:10, "cases now stand at 352" at 14:20
    return any(w in b.near and (is_participle(w) or (len(w) > 5 and w.endswith("ing"))) for w in a.near)


def _qualified_noun(a: FactValue, b: FactValue) -> bool:
    """Whether two percentages are of one noun, one qualifying it ("a 5% raise": no head, labelled
    by the noun, percent.percent_subject) and the other its head ("a raise of 5 pct"): one rate,
    compared as such (t13af N13, round s38-y1: "raise" and "raise: wants" were two rows)."""
    if a.kind != "percent" or bool(a.head) == bool(b.head):
        return False
    headless, headed = (a, b) if not a.head else (b, a)
    return not headless.measure and headless.label == headed.head


# Endings folded off a word before two sentences' words are compared ("closures"/"closed",
# "tests"/"tested"), longest first; what is left keeps at least four letters.
_ENDINGS = ("ures", "ure", "ings", "ing", "ed", "es", "e", "s")


def _stem(word: str) -> str:
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _stems(v: FactValue) -> set[str]:
    """The stems of an amount's or a quantity's own sentence (``own``), and of its measure's and
    material's words ("closed|length" → "clos", "length"; "road")."""
    words = [*v.own, *(w for part in v.measure.split("|") for w in part.split()), *v.material.split()]
    return {_stem(w) for w in words if len(w) >= 3 and w not in STOP_WORDS}


# The label of a cost whose clause names no thing (money_roles: "It will cost 40 million") and the
# measure of a disaster's damage or losses (money_roles.MONEY_ROLES "damage", "losses").
_UNNAMED_COST = "cost"
_DAMAGE = "damage"


def _join_unmeasured(groups: Sequence[_Group]) -> None:
    """An amount or a quantity of one article that no other joined and that names no measure joins
    another article's row of the same value and unit when their sentences share a word's stem
    (:func:`_stems`: the thing counted or the measure's words): "40 kilometres (25 miles) of road
    were closed" (*length closed*) and "Road closures cover 40 km" (was "length (km)"), "…thousand
    dollars on the tests" and "tested …, at a cost of $150,000" (were "amount (USD)" and "cost",
    t13n F17). Only the same value: a different one is never made a disagreement this way."""
    by_value: dict[tuple[str, str, tuple[Any, ...]], list[_Group]] = {}
    for g in groups:
        if g.merged:
            continue
        for m in g.members:
            if m.kind in ("money", "quantity"):
                by_value.setdefault((m.kind, m.unit, _said(m)), []).append(g)
    # the measures each sentence names a figure of ((doc, sentence) → their families: "distance")
    named: dict[tuple[str, tuple[int, int]], set[str]] = {}
    for g in groups:
        for m in g.members:
            if m.measure and m.kind in ("money", "quantity"):
                named.setdefault((m.doc, m.sentence), set()).add(m.measure.split("|", 1)[0])
    for g in groups:
        if g.merged or any(m.measure or m.kind not in ("money", "quantity") for m in g.members):
            continue
        f = g.members[0]
        if len(g.docs) > 1 and any(_said(m) != _said(f) for m in g.members):
            # (a row of several articles joins only when all say the one value: "a £2.5 million grant"
            # of two outlets and "gave a £2.5 million grant", money pledged since "gave" is a verb
            # of giving, round s40-y1; never a row holding a disagreement of its own)
            continue
        mine = set().union(*(_stems(m) for m in g.members))
        # "the bill is €1.1 billion", "It will cost $300 million": a cost of nothing its clause
        # names is what the story's event cost, the damage or losses another article puts at that
        # very sum ("IATA put the industry's losses at €1.1 billion"; t13as N4, round s51-f: a
        # single-source row "cost" beside *damage*). Only the same sum in the same currency; a
        # cost of a thing named ("Repairs will cost …") keeps its own measure (test_fact_cost_not_damage).
        bill = f.kind == "money" and f.label == _UNNAMED_COST
        if not mine and not bill:
            continue
        # a measure its own sentence names another figure of is no measure of it ("The factory is
        # about 5 kilometres from the centre …, and the smoke plume stretched for 5 km": the
        # plume's length is no distance to the centre, t13af N19, round s38-y2)
        beside = named.get((f.doc, f.sentence), set())
        # a sum with its conversion is that value in either currency: its row joins another
        # article's row of the conversion ("£2.1bn ($2.7bn)" and "$2.7 billion": two rows, review
        # s43-rv finding 7)
        converted = [_in_currency(m, m.alt[1]) for m in g.members if m.kind == "money" and m.alt is not None]
        keys = [(f, (f.kind, f.unit, _said(f))), *((c, (c.kind, c.unit, _said(c))) for c in converted[:1])]
        for f, key in keys:
            if g.merged:
                break
            for h in by_value.get(key, ()):
                if h is g or h.merged or h.docs & g.docs:
                    continue
                if any(m.measure and m.measure.split("|", 1)[0] in beside for m in h.members):
                    continue
                shared = next((m for m in h.members if _stem_link(m, f, mine)), None)
                if shared is None and bill:
                    damage = next((m for m in h.members if m.measure == _DAMAGE), None)
                    if damage is not None:
                        h.absorb(g)
                        h.reasons.append(f"{damage.doc} ~ {f.doc}: same sum; a cost of nothing named is the damage")
                        break
                if shared is None:
                    continue
                stems = _stems(shared) & mine
                word = next((w for w in (*f.own, *f.material.split()) if _stem(w) in stems), min(stems))
                h.absorb(g)
                h.reasons.append(f"{shared.doc} ~ {f.doc}: same value and unit; their sentences share '{word}'")
                break


def _stem_link(m: FactValue, f: FactValue, mine: set[str] | None = None) -> bool:
    """Whether two amounts or quantities without a measure are one value of one thing by their
    sentences' words (:func:`_join_unmeasured`'s rule): the same value and unit, no other owners or
    other stuff, a word's stem of their sentences shared (``mine``: ``f``'s :func:`_stems`)."""
    if m.kind not in ("money", "quantity") or m.kind != f.kind or m.unit != f.unit:
        return False
    if not _same_value(m, f) or _other_owners(m, f) or m.verb != f.verb:
        # (a way gone, "the mud travelled 9 miles", is no distance "9 miles from" a place: quantities.WENT)
        return False
    if m.material and f.material and not set(m.material.split()) & set(f.material.split()):
        return False
    return bool(_stems(m) & (mine if mine is not None else _stems(f)))


def _merge_linked(
    groups: Sequence[_Group], term_weight: dict[str, float], weight: Callable[[FactValue], float]
) -> None:
    """Rows of one kind without a named measure (one :func:`_measure_key`, no article in both)
    that two of their members link are one fact: by the same value (:func:`_link`,
    :func:`_stem_link`) or as a different value of the same thing (:func:`_link`'s strongly shared
    context or sentences). Grouping compares a figure with a group's first members and takes the
    row of its value first, so which rows a story's figures made hung on the order its articles
    came in: "may be down for 48 hours" (a live blog) and "could last 36 hours" (a wire) shared too
    little to be compared, the radio's "back within 48 hours" then joined the blog's row, and the
    wire's 36 and the radio's 48, said alike, were never compared (#16, t13z H2: `duration agree
    48 hours` beside `duration agree 36 hours`, a disagreement hidden; three articles alone gave the
    one disagreeing row). Here the rows are joined as the links between any two members say, the
    row of more members absorbing the other; a row is compared with at most ``CANDIDATES`` rows of
    its key and their first four members (linear, as grouping is)."""
    by_key: dict[str, list[_Group]] = {}
    for g in groups:
        if g.merged or not g.members or any(m.measure for m in g.members):
            continue
        first = g.members[0]
        # a percentage qualifying a noun ("a 5% raise": no head) is compared with those of that
        # noun as their head ("a raise of 5 pct": _qualified_noun)
        key = f"percent||{first.label}" if first.kind == "percent" and not first.head and first.label else g.key
        by_key.setdefault(key, []).append(g)
    for bucket in by_key.values():
        for i, g in enumerate(bucket):
            if g.merged:
                continue
            for h in bucket[i + 1 : i + 1 + CANDIDATES]:
                if h.merged or g.merged or g.docs & h.docs:
                    continue
                found = _rows_link(g, h, term_weight, weight)
                if found is None:
                    continue
                keep, gone = (h, g) if len(h.members) > len(g.members) else (g, h)
                keep.absorb(gone)
                keep.reasons.append(found)
                if gone is g:
                    break


# The measure a headcount's key opens with ("staff", "staff|job nurses": people_counts.staff_measure).
STAFF = "staff"


def _join_measured_counts(groups: Sequence[_Group]) -> None:
    """A row of a count without a named measure joins the one row of a named measure that holds
    its value of its noun (the modifiers of one among the other's, no article in both, no other
    owner): "about 1.2 million patient records may have been copied" and "Records at risk: 1.2
    million" join "1.2 million patient records were copied" (*patient records copied*; t13z H2:
    two rows of one 1.2 million), as :func:`_link` makes one value of one counted noun in two
    articles one fact. People are left to their context (:func:`~.words.people_kind`) but for a
    headcount's row (:data:`STAFF`), and only the same value joins: a different one is never made a disagreement this way. Linear: rows are
    found by (noun, value)."""
    held: dict[tuple[Any, ...], list[_Group]] = {}
    for g in groups:
        if g.merged or not g.members or not all(m.measure and m.kind == "count" for m in g.members):
            continue
        if any(m.measure.endswith(f"|{CLAIMED}") for m in g.members):
            continue  # a claim ("the 1.2 million the gang claimed") is no measure of a plain count's value
        for m in g.members:
            rows = held.setdefault(_count_key(m), [])
            if g not in rows:
                rows.append(g)
    for g in groups:
        if g.merged or not g.members or any(m.measure or m.kind != "count" or m.per for m in g.members):
            continue
        f = g.members[0]
        if not f.head or any(_count_key(m) != _count_key(f) for m in g.members):
            continue
        rows = [h for h in held.get(_count_key(f), []) if not h.merged and not h.docs & g.docs]
        if people_kind(f.head):
            # people of one value may be anyone ("12 firefighters" hurt or sent), but a headcount
            # names whose they are: a table's "| Nurses | 1,800 |" is the trust's "1,800 nurses on
            # its books" (t13al-r N6/b: a row "nurses · 1,800" beside "staff (nurses)")
            rows = [h for h in rows if h.members[0].measure.split("|", 1)[0] == STAFF]
        if len(rows) != 1:
            continue  # two measures of that value: it is a value of neither, as far as one can tell
        h = rows[0]
        n = next(
            (
                n
                for n in h.members
                if _count_key(n) == _count_key(f)
                and not n.per
                and not _other_owners(n, f)
                and (set(n.modifiers) <= set(f.modifiers) or set(f.modifiers) <= set(n.modifiers))
            ),
            None,
        )
        if n is None:
            continue
        # its values are values of that measure now, compared with the row's (else "records" and
        # "records" read as different counts, never compared: :func:`~.dimensions.dimension_of`)
        g.members = [replace(m, measure=n.measure, label=n.label) for m in g.members]
        h.absorb(g)
        h.reasons.append(f"{n.doc} ~ {f.doc}: same value of '{n.label or n.head}'")


def _join_qualified_counts(groups: Sequence[_Group]) -> None:
    """A row of a count whose measure is its verb and its noun with qualifiers ("Some 300 domestic
    and international flights were cancelled": *cancelled|domestic and international flights*)
    joins the one row of that verb and noun with fewer qualifiers, theirs among its own, that holds
    the same value in other articles ("About 300 flights were cancelled": *flights cancelled*): a
    qualifier one outlet writes and another does not splits no row (t13air N5: two single-source
    rows of one 300). Only the same value joins, as :func:`_join_measured_counts`: 300 domestic
    flights beside 250 flights may be a part beside its whole, never made a disagreement. No
    other owner, no article in both; rows are found by (verb, noun, value): linear."""

    def verb_of(m: FactValue) -> str | None:
        verb, _, phrase = m.measure.partition("|")
        if m.kind != "count" or m.per or not m.head or not phrase or "|" in phrase:
            return None
        return verb if phrase.split()[-1:] == [m.head] else None

    def key(m: FactValue) -> tuple[Any, ...]:
        return (verb_of(m), m.head, m.value, m.high)

    held: dict[tuple[Any, ...], list[_Group]] = {}
    for g in groups:
        if g.merged or not g.members or any(verb_of(m) is None for m in g.members):
            continue
        for m in g.members:
            rows = held.setdefault(key(m), [])
            if g not in rows:
                rows.append(g)
    for g in groups:
        if g.merged or not g.members or any(verb_of(m) is None or not m.modifiers for m in g.members):
            continue
        f = g.members[0]
        if any(key(m) != key(f) for m in g.members):
            continue
        mods = set(f.modifiers)
        rows = [
            h
            for h in held.get(key(f), [])
            if h is not g
            and not h.merged
            and not h.docs & g.docs
            and all(set(n.modifiers) < mods and not _other_owners(n, f) for n in h.members)
        ]
        if len(rows) != 1:
            continue  # none, or two rows it could be a value of: left as it is
        h = rows[0]
        n = h.members[0]
        g.members = [replace(m, measure=n.measure, label=n.label) for m in g.members]
        h.absorb(g)
        h.reasons.append(f"{n.doc} ~ {f.doc}: same value of '{n.label}', qualified in one")


def _join_hospital_counts(groups: Sequence[_Group]) -> None:
    """The story's one row of people taken to hospital (:data:`~.roles.HOSPITAL`) and its one row
    of people in hospital (:data:`~.roles.IN_HOSPITAL`) are one count when the outlets use them
    so: the two rows hold a value in common and no article gives the two different values (t13ax
    N2, round s52-f2: the Echo's "31 people were taken to … Infirmary" and its "31 in hospital",
    the wire's "31 … being treated in hospital", NBC's "33 were treated in hospital": two rows,
    NBC's 33 never set against the 31). An article that tells them apart ("40 were taken to
    hospital; 12 remain there") or rows with no value in common (a later "12 remain in hospital"
    beside the day's "40 taken") keep them apart, as a live blog's entries are read as one running
    count (earlier._HOSPITAL_COUNTS). Linear in the groups."""
    rows: dict[str, list[_Group]] = {HOSPITAL[0]: [], IN_HOSPITAL[0]: []}
    for g in groups:
        if g.merged or not g.members or g.members[0].kind != "count":
            continue
        measures = {m.measure for m in g.members}
        if len(measures) == 1 and (measure := next(iter(measures))) in rows:
            rows[measure].append(g)
    if len(rows[HOSPITAL[0]]) != 1 or len(rows[IN_HOSPITAL[0]]) != 1:
        return  # (several rows of either, a count per place or per hospital: which pairs is unclear)
    [taken], [held] = rows[HOSPITAL[0]], rows[IN_HOSPITAL[0]]
    values = {doc: {float(m.value) for m in taken.own[doc]} for doc in taken.docs}
    held_values = {doc: {float(m.value) for m in held.own[doc]} for doc in held.docs}
    if any(values[doc] != held_values[doc] for doc in taken.docs & held.docs):
        return
    if not set().union(*values.values()) & set().union(*held_values.values()):
        return
    keep, gone = (taken, held) if len(taken.members) >= len(held.members) else (held, taken)
    # an article's value in both rows is its one value, listed once (the Echo's "31 people were
    # taken to …" and its "31 in hospital")
    gone.members = [m for m in gone.members if m.doc not in keep.docs]
    keep.absorb(gone)
    keep.reasons.append(
        "people taken to hospital and in hospital: one count (a value in common, no article tells them apart)"
    )


def _count_key(v: FactValue) -> tuple[Any, ...]:
    """A count's noun and number (and a range's high end), whatever its measure: what
    :func:`_join_measured_counts` finds rows by."""
    return (v.head, v.value, v.high)


def _join_measured_durations(
    groups: Sequence[_Group], term_weight: dict[str, float], weight: Callable[[FactValue], float]
) -> None:
    """A row of durations that name nothing that lasts joins the one row of a duration that names
    it (a closure's, a delay's: roles.lasting) that its members link to (:func:`_rows_link`, no
    article in both): "should reopen within 14 days" and a fact box's "Closure | 10 days" join "the
    line may be closed for 14 days" (*closure duration*), as rows of one measure are joined by
    :func:`_merge_linked`. A row linked to two such rows (a closure and a delay) joins neither.
    Each unnamed row is compared with at most ``CANDIDATES`` named rows."""
    # (a prison sentence is always written as one, "jailed for", "sentenced to": a duration that
    # names nothing is another thing's, how long a fraud went on, never a sentence: review s41-rv
    # finding 9)
    named = [
        g
        for g in groups
        if not g.merged
        and g.members
        and all(m.kind == "duration" and m.measure and m.measure != PRISON_TERM[0] for m in g.members)
    ]
    if not named:
        return
    for g in groups:
        if g.merged or not g.members or any(m.kind != "duration" or m.measure for m in g.members):
            continue
        found = [
            (h, why)
            for h in named[:CANDIDATES]
            if not h.merged and not h.docs & g.docs and (why := _rows_link(g, h, term_weight, weight)) is not None
        ]
        if len({h.members[0].measure for h, _ in found}) != 1:
            continue
        h, why = found[0]
        n = h.members[0]
        # its values are values of that measure now (labelled and keyed as the row's)
        g.members = [replace(m, measure=n.measure, label=n.label) for m in g.members]
        h.absorb(g)
        h.reasons.append(why)


def _rows_link(g: _Group, h: _Group, term_weight: dict[str, float], weight: Callable[[FactValue], float]) -> str | None:
    """The grounds on which two rows' members link (:func:`_merge_linked`), or None. A different
    value links only where no member of one value was compared and found unlinked with it (as
    :func:`_joins` asks of a conflict): one of the two rows' values said alike of one thing."""
    for m in g.members[:4]:
        mine = _stems(m) if m.kind in ("money", "quantity") else None
        for n in h.members[:4]:
            if _same_value(m, n):
                link = _link(m, n, term_weight, weight)
                if link is not None:
                    return f"{m.doc} ~ {n.doc}: {_link_text(link, term_weight)}"
                if mine is not None and _stem_link(n, m, mine):
                    word = next((w for w in (*m.own, *m.material.split()) if _stem(w) in _stems(n)), "")
                    return f"{m.doc} ~ {n.doc}: same value and unit; their sentences share '{word}'"
    # A member that carries a figure its own sentence sets it against ("eight days, longer than
    # the seven days the group announced": earlier.cited_earlier) is a value of the thing that
    # figure is a value of: a row holding that figure is its row (t13ar N3: TechBeat's 8 days were
    # a row apart from the others' 7, the disagreement hidden).
    for m, n in ((m, n) for a, b in ((g, h), (h, g)) for m in a.members[:4] for n in b.members[:4]):
        for e in m.earlier:
            if e.sentence == m.sentence and _same_value(e, n) and (link := _link(e, n, term_weight, weight)):
                return f"{m.doc} ~ {n.doc}: {m.doc} sets its value against {n.doc}'s; {_link_text(link, term_weight)}"
    gm, hm = g.members[:4], h.members[:4]
    for m in gm:
        for n in hm:
            if not _same_value(m, n):
                link = _link(m, n, term_weight, weight)
                if link is not None:
                    return f"{m.doc} ~ {n.doc}: {_link_text(link, term_weight)}"
    if len(g.docs) < 2 or len(h.docs) < 2 or not all(_alike(m, n, term_weight) for m in gm for n in hm):
        return None
    # Two rows each several articles confirm, of one thing said alike (:func:`_alike`), are two
    # values of one measure when a pair of their mentions shares COUNT_CONFLICT_CONTEXT (the bar a
    # count's conflict is held to with its sentences alike): each row is a value its outlets
    # confirm, so two of one kind in one story that their accounts tie ("Health Minister Aurelia
    # Stanning told reporters the outage could last 36 hours", "… said … systems should be back
    # within 48 hours") are one fact's disagreement, never two rows that each agree (#16, t13z H2).
    best: tuple[float, FactValue, FactValue, list[str]] | None = None
    for m in gm:
        for n in hm:
            ctx, shared = _overlap(m, n, term_weight, weight)
            if best is None or ctx > best[0]:
                best = (ctx, m, n, shared)
    if best is None or best[0] < COUNT_CONFLICT_CONTEXT:
        return None
    _, m, n, shared = best
    return f"{m.doc} ~ {n.doc}: rows of one {m.kind} that several articles each give, shared context: " + _shared_words(
        m, shared, term_weight
    )


def _one_duration(a: FactValue, b: FactValue) -> bool:
    """Whether two durations are in units of one dimension (:data:`~.figures.SI_UNITS`): "18
    months" and "two years" of one thing are two values of it, compared in one unit (review
    s43-rv finding 5: each was a row of its own, by its unit word)."""
    return a.kind == "duration" == b.kind and _comparable(a, b)


def _alike(a: FactValue, b: FactValue, term_weight: dict[str, float]) -> bool:
    """Whether two figures of two values may be values of one thing as :func:`_link` asks before
    it compares contexts: one kind, unit, rate period, counted noun and modifiers, no other owners
    or stuff, no other verbs or states ("without power", "with power restored": t13ac M29), and
    their sentences able to say one thing (:func:`_same_event`)."""
    if a.kind != b.kind or a.per != b.per or a.unit != b.unit or a.head != b.head or _other_owners(a, b):
        return False
    if _done(a) and _done(b) and a.verb != b.verb:
        return False
    if set(a.modifiers) != set(b.modifiers) or (a.material and b.material and a.material != b.material):
        return False
    return _same_event(a, b, term_weight)


def _repeat_key(v: FactValue) -> tuple[Any, ...]:
    """What makes two mentions of one article the same value of the same thing: its article, kind,
    unit (the counted noun, the currency), counted noun, rate period and value (:func:`_said`'s
    number, whatever measure its dimension names)."""
    return (v.doc, v.kind, v.unit, v.head, v.per, _said(v)[1:])


def _subject_stems(v: FactValue) -> set[str]:
    """The stems of what a figure's own words say it is of, beyond its unit: its sentence's words
    (``own``, ``near``), its measure's, material's and label's words (:func:`_stem`)."""
    words = [*v.own, *v.near, *(w for part in v.measure.split("|") for w in part.split())]
    words += [*v.material.split(), *v.label.lower().split()]
    return {
        _stem(w)
        for w in words
        if len(w) >= 3 and w not in STOP_WORDS and w not in _KIND_WORDS and w not in (v.head, v.unit.lower())
    }


# The labels of a figure's kind alone that its clause's words (FactValue.said) stand in for
_SAID_KINDS = frozenset({"duration", "year"})
# The words of a label that name a figure's kind, not what it is of ("money pledged", "amount (GBP)")
_KIND_WORDS = frozenset({"money", "amount", "number", "people", "percentage", "year", "duration", "date"})


# Words before an amount that bring in a sum not named before ("a $5 million lawsuit", "another
# $5 million"), where "the"/"that" point back to one.
_NEW_SUM_BEFORE = frozenset("a an another".split())


def _new_sum(f: FactValue) -> bool:
    """Whether the amount ``f`` brings in a sum of its own rather than pointing back to one named
    before: an indefinite article before it ("a $5 million lawsuit", "another $5 million"), or a
    noun after it that it modifies ("its $5 million settlement": a lower-case word that is no
    function word, verb, participle nor reported verb). Read from ``f.words`` (its sentence's words,
    the figure ""). Such an amount is no repeat of a named one of the same value (review s49-rv
    finding 9: the lawsuit's $5 million was folded into "money for reconstruction")."""
    if "" not in f.words:
        return False
    at = f.words.index("")
    before = f.words[at - 1].lower() if at else ""
    after = f.words[at + 1] if at + 1 < len(f.words) else ""
    if before in _NEW_SUM_BEFORE:
        return True
    return (
        after.isalpha()
        and after.islower()
        and after not in STOP_WORDS
        and after not in REPORTING_VERBS
        and not is_participle(after)
    )


def _repeats(f: FactValue, m: FactValue) -> bool:
    """Whether ``f`` says again the value ``m`` (of its article, the same :func:`_repeat_key`,
    in another row) gave: never of other owners or other stuff, a count's
    modifiers one within the other, never of two named measures, and (but for a bare year, whose row names no thing,
    and an amount of money without a role of its own said again of a named one) the two
    sharing a word of what they are of ("joined the search" in a live blog's summary and entry;
    "two people … remain in hospital" is no repeat of a toll of two)."""
    if _other_owners(f, m):
        return False
    if f.sentence == m.sentence and f.start != m.start:
        # two figures of one sentence are two things, never one said again ("The factory is about
        # 5 kilometres from the centre …, and the smoke plume stretched for 5 km": t13af N19)
        return False
    if f.measure and m.measure and f.measure != m.measure and not _narrowed_measure(f.measure, m.measure):
        return False  # two named measures are two things ("water level above the bridge", "depth of the water")
    if f.material and m.material and not set(f.material.split()) & set(m.material.split()):
        return False
    mf, mm = set(f.modifiers), set(m.modifiers)
    if not (mf <= mm or mm <= mf):
        return False
    if f.kind == "money" and not f.measure and m.measure and not _new_sum(f):
        # an amount of one currency is specific: one article writing it again with no role of its
        # own ("less than the $2.3 billion the utility said it needed", after "It asked for $2.3
        # billion") says the named amount again, whatever its words (t13ap-r F2, round s49-f)
        return True
    return f.kind == "year" or bool(_subject_stems(f) & _subject_stems(m))


def _narrowed_measure(a: str, b: str) -> bool:
    """Whether two measures are one, the thing counted of one narrowed by words before its noun:
    one deed ("cancelled") of "european flights" and of "flights" ("cancelled|european flights",
    "cancelled|flights"). One article's headline writing "halts 4,200 European flights" and its
    text "cancelled 4,200 flights" say one value again (t13as N4, round s51-f: a single-source row
    "european flights cancelled" beside the article's own value in "flights cancelled"); the
    caller (:func:`_repeats`) asks one article, one value and modifiers one within the other."""
    (da, _, ta), (db, _, tb) = a.partition("|"), b.partition("|")
    if da != db or not ta or not tb or ta == tb:
        return False
    return ta.endswith(" " + tb) or tb.endswith(" " + ta)


def _fold_repeats(groups: Sequence[_Group]) -> None:
    """An article's row of one value that another row of more articles (or of a named measure)
    already holds from that same article (:func:`_repeats`) is that value said again, never a
    source or a row of its own: the row is dropped (marked merged), its mentions left out as
    :func:`_take_measured` leaves out a measured value's repeats (#16, t13x F17: "a 2023 report"
    twice in one article was ``year agree`` with another outlet and ``year single source`` again;
    a live blog's count in its key-events summary and its entry, a money figure said again without
    its purpose). The row kept is the one of the most articles, a named measure's on a tie, the
    first on a full tie; order-free, as grouping is. Linear: rows are found by the value's key
    (one article's mentions of one value)."""
    held: dict[tuple[Any, ...], list[tuple[_Group, FactValue]]] = {}
    for g in groups:
        if g.merged:
            continue
        for m in g.members:
            held.setdefault(_repeat_key(m), []).append((g, m))
    at = {id(g): k for k, g in enumerate(groups)}

    def rank(g: _Group) -> tuple[int, bool, int]:
        return (len(g.docs), any(m.measure for m in g.members), -at[id(g)])

    for g in sorted((g for g in groups if not g.merged and len(g.docs) == 1), key=rank):
        # every mention of the row said again in a row ranked above it (one of more articles, of
        # a named measure, or earlier); rows are visited lowest first, so a chain of repeats folds
        # into the row ranked highest
        if all(
            any(h is not g and not h.merged and rank(h) > rank(g) and _repeats(m, x) for h, x in held[_repeat_key(m)])
            for m in g.members
        ):
            g.merged = True


# The kinds of figure one article gives one value of per thing measured: a count, an amount, a
# quantity, a share (a year, a date or a duration may be several of one sentence's things:
# "between 2013 and 2023").
_ONE_VALUE_KINDS = frozenset({"count", "money", "quantity", "percent"})


def _value_key(v: FactValue) -> tuple[Any, ...]:
    """What one article's figure without a named measure is a value of, for
    :func:`one_value_per_article`: its article, kind, grouping key (:func:`_measure_key`), unit,
    counted noun and modifiers, verb, rate period, stuff and owner (its ``state`` may be said once
    of two: "in Delmar" and none)."""
    return (v.doc, v.kind, _measure_key(v), v.unit, v.head, v.modifiers, _done(v), v.per, v.material, v.owner)


# Words before a name that make it a place ("in Delmar", "from Varnholm", "off Kessby"): a place
# says where the things counted are, a name of anyone else who did something in the sentence
# ("Mona Brekke met Nils Berg …") does not.
_PLACE_BEFORE = frozenset("in at from of near off across to into around outside".split())


def _said_words(v: FactValue) -> frozenset[str]:
    """The words of ``v``'s own sentence (``FactValue.words``; numbers and function words left
    out, folded) that say what its figure is of: its common words and the names of places
    (:data:`_PLACE_BEFORE`), never the names of people or bodies who did something else in it."""
    said = _own_words(v)
    return frozenset(
        fold(w)
        for k, w in enumerate(said)
        if w.isalpha()
        and w.lower() not in STOP_WORDS
        and (w.islower() or (k > 0 and said[k - 1].lower() in _PLACE_BEFORE))
    )


def one_value_per_article(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` with each article's values of one thing without a named measure made one value:
    of the values of one :func:`_value_key` in different sentences (in one state or one said in
    none: "in Delmar"), the words of one sentence
    all said by the other's (:func:`_said_words`: "Power is out for 200,000 homes in Delmar" and
    "Power is out for 150,000 homes"; a diary's "Crews removed 7 tonnes of debris from beach
    number 1" … "56 tonnes … number 8"), the latest (a live blog's by its entries' times, else the
    last in the text) is the article's value and carries the others as its ``earlier`` (README:
    an article has one value, the latest; t13af N9/N17, round s38-y2: a row each, "homes ·
    150,000", 259 rows of one article, whose groups crowded other articles' figures out of their
    rows' ``CANDIDATES``). A value said again is left to :func:`_fold_repeats`; values whose
    sentences each name a thing the other does not ("300 stores in France", "200 stores in
    Spain") stay apart. Linear in the figures but for one article's values of one key."""
    by_key: dict[tuple[Any, ...], list[int]] = {}
    for k, f in enumerate(figures):
        if f.kind in _ONE_VALUE_KINDS and not f.measure and not f.years_ago:
            by_key.setdefault(_value_key(f), []).append(k)
    gone: set[int] = set()
    for idxs in by_key.values():
        if len(idxs) < 2:
            continue
        # latest first: a live blog's entry time, then the place in the text
        ordered = sorted(idxs, key=lambda k: (figures[k].entry, figures[k].start), reverse=True)
        for pos, k in enumerate(ordered):
            if k in gone:
                continue
            head = figures[k]
            said = _said_words(head)
            for j in ordered[pos + 1 :]:
                old = figures[j]
                if j in gone or old.value == head.value or old.sentence == head.sentence:
                    continue
                if old.state and head.state and old.state != head.state:
                    continue  # things said to be in two places ("aboard", "in Delmar"; "in Kessby")
                other = _said_words(old)
                updated = _blog_update(old, head)
                if not (other <= said or said <= other or updated):
                    continue
                if updated:
                    # the blog's one count, said in each entry: its entries' words are all its own
                    # (its latest "cases now stand at 352" says little of the outbreak its 331 named)
                    head.near = tuple(dict.fromkeys((*head.near, *old.near)))
                    head.context = {**old.context, **head.context}
                head.earlier = earlier_steps(head, (*head.earlier, *old.earlier, old))
                gone.add(j)
    return [f for k, f in enumerate(figures) if k not in gone]


def _where(v: FactValue) -> str:
    """Where ``v``'s clause puts its things, in the grounds' words: "on board", "in water"."""
    return "on board" if v.state == ABOARD else v.state


def _same_event(a: FactValue, b: FactValue, term_weight: dict[str, float]) -> bool:
    """Whether two different values' own sentences can say one thing, before their windows are
    compared: a window holds the sentences either side, and outlets share background paragraphs
    (wire copy, rewrites), so figures of different events had "strongly shared context" and were
    shown as the story's main disagreements (t13l F9). Years must name one event (their verbs,
    ``near``: "replaced in 2015" is no value of "hired in 2019"); counts of one noun must share
    a word of their own sentences (people "pulled from the water" are not the people a firm
    "employs"). Kinds without ``near`` are left to their context."""
    if a.kind == "year":
        return _sentence_overlap(a, b, term_weight) >= SENTENCE_CONFLICT
    if a.state and a.state == b.state:
        return True  # both clauses say where the things were ("carrying 312", "320 … on board")
    if a.near and b.near:
        return not set(a.near).isdisjoint(b.near)
    return True


def _counts_terms(a: FactValue, b: FactValue, ta: set[str], tb: set[str]) -> tuple[set[str], set[str]]:
    """Two counts' terms (``ta``, ``tb``: their sentences' or windows') as they are compared (review
    s43-rv finding 12: "The number of cholera cases has risen to 312" and "Kisumu has recorded 340
    cholera cases" were two rows of one count):

    - counts of one noun phrase of several words ("cholera cases") both say its words, whether the
      figure's phrase holds them (its own words are no term of it) or a tally's subject does;
    - a count's owner named for one of them only, and unsaid by the other, is left out: naming
      whose cases they are ("Kisumu") makes no sentence unlike one that leaves the place unsaid.

    Any other figures' terms are returned as given."""
    if a.kind != "count":
        return ta, tb
    named = context_words(a.label).keys() & context_words(b.label).keys()
    if len(named) > 1:
        ta, tb = ta | named, tb | named
    if bool(a.owner) != bool(b.owner):
        # (left out of the owner's side alone, and only when the other leaves it unsaid: a name both
        # write, "Nordair says 184 passengers" and "The Nordair jet carried 182", stays shared)
        told = owner_words(a.owner or b.owner)
        if a.owner and not told & tb:
            ta = ta - told
        elif b.owner and not told & ta:
            tb = tb - told
    return ta, tb


def _sentence_overlap(a: FactValue, b: FactValue, term_weight: dict[str, float]) -> float:
    """How much of the lighter of the two figures' own sentences (their ``near`` terms, weighted
    by ``term_weight``) the two share (as :func:`_counts_terms` reads two counts' words)."""
    na, nb = _counts_terms(a, b, set(a.near), set(b.near))
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
    """:func:`_kind_key` with a rate's period: a rate's values are grouped apart from a total's
    ("3,000 passengers a day", "412,000 passengers last year": t13q F15)."""
    key = _kind_key(v)
    return f"{key}|per {v.per}" if v.per else key


def _kind_key(v: FactValue) -> str:
    if v.kind == "money":
        return f"money|{v.measure}|{v.unit}"
    if v.kind == "quantity":
        dim = SI_UNITS.get(v.unit, (1.0, v.unit))[1]
        return f"quantity|{v.measure}|{dim}"
    if v.kind == "percent" and v.head and not v.measure:
        return f"percent||{v.head}"  # rates of one noun compared among those, as counts are
    if v.kind == "count" and not v.measure:
        # Counts link only with counts of their own noun (:func:`_link`): compared among those,
        # a count is never crowded out of its noun's groups by other nouns' counts.
        return f"count||{v.head}"
    if v.kind == "count" and v.measure == "jobs|cut":
        return "count|jobs|cut"  # one job per worker cut: jobs, positions, staff, redundancies alike
    if v.kind == "count" and v.measure == POWER_OUT:
        return f"count|{POWER_OUT}"  # homes, households, customers without power alike
    if v.kind == "count" and v.measure.startswith("deployed|"):
        # responders deployed are one force whatever its noun ("firefighters", "crews",
        # "personnel": measures._FIRE_FORCE), its key the measure's kind (round s53-f)
        return f"count|{v.measure}"
    if v.kind == "count" and not people_kind(v.unit):
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
        per_article.append((article.doc, sheet_figures(article, list(noise))[0]))
    return group_figures(per_article, cancelled)


def group_figures(
    per_article: Sequence[tuple[str, list[FactValue]]], cancelled: Callable[[], bool] | None = None
) -> list[Fact]:
    """The grouping step of :func:`fact_sheet`, given each article's doc id and figures (from
    :func:`extract_figures`, or kept from an earlier run: see ``figure_cache.py``). Linear in the
    number of figures: a figure is compared with at most ``CANDIDATES`` groups of its measure.

    ``cancelled`` is polled before each figure is placed and between the steps that join rows;
    when it returns true :class:`Cancelled` is raised. With every figure kept by the index this
    grouping is all the sheet's work (no article read), so it is where a screen left stops it.

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
    resolve_relative_years(figures)
    figures = [f for f in figures if not (f.kind == "year" and not f.value)]  # a relative year no date resolves
    # A date no measure names ("The eruption began on 3 March": no thing counted or dated by it)
    # is no fact: the timeline has the story's dates (t13ac L2, round s37-f: a row `date` of 3 and
    # 4 March in disagreement).
    figures = [f for f in figures if not (f.kind == "date" and not f.measure)]
    figures = resolve_kinds(figures)  # "the crossing" of a story about one bridge is the bridge
    figures = story_spill(figures)  # "340 tonnes leaked" of a story whose one stuff spilled is oil: oil spilled
    figures = story_radius(figures)  # "a line around the site" of a story whose zone is evacuated: its radius
    figures = join_built_opened(figures)  # "opened in 1968" beside "built in 1968", one row; 1966 beside it, two
    figures = join_earlier_events(figures)  # "the 29 who died in 1987": the story's 1987 landslide
    figures = strikers_by_trade(figures)  # a port's dockworkers and a railway's rail workers: two rows
    figures = story_pay_parties(figures)  # the TWU's offer is the bus drivers' in a story of theirs
    figures = former_proposals(figures)  # the rejected 3% offer beside the new 4.5% one: two rows
    figures = story_budget_owners(figures)  # "the council's budget": the story's one council's
    figures = story_government_donors(figures)  # "The government offered" the $300m Portugal lends
    figures = story_purposes(figures)  # "Rs 500 million in relief": the drought aid another names
    figures = placed_elsewhere(figures)  # "in Brenn" of the place another count calls the neighbouring town
    figures = one_value_per_article(figures)  # a diary's 259 "N tonnes" are one value, its last
    figures = resolve_share_owners(figures)  # "Geotekna shares lost 8.4%" is Geotekna's
    figures = story_share_firms(figures)  # "Tarlow" shares' price is Tarlow Foods'
    _in_shared_currency(figures)  # "$55 million (€50 million)" beside "€52 million": compared in euros
    _in_shared_unit(figures)  # "20 ft (6.1 m)" beside most articles' metres: compared as 6.1 m
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
    # A figure of an owned measure that names no owner ("The company has offered $5 million", its
    # firm named nowhere in the article) is placed once every named owner's row is made, so it joins
    # the row whose value it restates (:func:`_measured_group`), never a row a named owner then
    # joins in its turn ("the union has found €200,000" had joined the firm's unnamed row, t13y G1)
    placed_order = sorted(figures, key=_unowned)  # stable: the owned first, each in its order
    stop = _stopper(cancelled)
    for f in placed_order:
        # Every figure: polling costs far less than placing one (up to CANDIDATES comparisons),
        # and a sheet of a few hundred figures otherwise ran to its end once its screen was left.
        stop()
        key = _measure_key(f)
        bucket = by_key.setdefault(key, [])
        if f.measure:
            # A named measure: one fact per measure (and owner, for a measure a named subject
            # owns); an article's repeats of one value count once.
            owned = _measured_group(bucket, f)
            if owned is None:
                owned = _Group(key, [], set(), [f"each figure is the {f.label}"])
                bucket.append(owned)
                groups.append(owned)
            owned.owners |= _told_by(f)
            _take_measured(owned, f)
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
            # read in (#16, t13d fault 5). Groups that share an article are not merged here: an
            # article's two mentions of one value that did not link are judged once all rows are
            # made (:func:`_fold_repeats`: a repeat of the same thing is no row of its own).
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

    stop()
    _join_unmeasured(groups)
    stop()
    _merge_linked(groups, term_weight, weight)
    stop()
    _join_measured_counts(groups)
    stop()
    _join_qualified_counts(groups)
    stop()
    _join_measured_durations(groups, term_weight, weight)
    stop()
    _join_hospital_counts(groups)
    _fold_repeats(groups)
    stop()
    when_key = _date_keys(figures)
    # rows of one measure in any unit ("$5 million" pledged beside "€200,000" pledged): each names
    # its owner (t13y G1: the firm's dollar row stood unlabelled beside the union's euro row)
    rows_of = Counter(
        (g.members[0].kind, _owned_family(g.members[0].measure)) for g in groups if not g.merged and g.members
    )
    _join_currencies(groups)
    # One article's bare year, no measure of it named nor its clause ("year 2018", "year: operator"
    # from "… by the operator, 2025"), is no figure a reader can name: clutter (t13ah N9). A year
    # its clause names ("year of the last safety audit": FactValue.said) or joined to a named
    # measure's row stays, and so does one several outlets give in one context ("has operated since
    # 1987": a row compared, t13x F17).
    facts = [
        _fact(g, order, when_key, _owned_by(g, rows_of))
        for g in groups
        if not g.merged
        and not (
            g.members and len(g.docs) == 1 and all(m.kind == "year" and not m.measure and not m.said for m in g.members)
        )
    ]
    tell_apart(facts)
    facts.sort(key=lambda x: (x.sources < 2, x.agree, order.get(x.values[0].doc, 0), x.values[0].start))
    return facts


def _stopper(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    """A check that raises :class:`Cancelled` once ``cancelled`` returns true (None: never)."""

    def stop() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    return stop


def _telling(word: str) -> bool:
    """Whether a word of a figure's sentence may tell its row from another of its label: a word of
    letters that names something, no function word, number, time, verb form or adverb."""
    low = word.lower()
    return (
        len(low) >= 3
        and word.islower()  # a common noun: no name ("to Oslo"), no dateline's place in capitals
        and low.isalpha()
        and low not in STOP_WORDS
        and low not in NUMBER_WORDS
        and low not in MONTHS
        and low not in WEEKDAYS
        and low not in IRREGULAR_PAST
        and low not in REPORTING_VERBS
        and low not in _TIME_WORDS
        and low not in ORDINALS
        and low not in UNITS  # "at 2,870 metres": a unit names no thing
        and low not in BESIDE_WORDS
        and low not in PREPOSITIONS  # "inside two carriages": where, never what is counted
        and not low.endswith(("ly", "ing"))
        and not is_participle(low)
    )


# Words after which a word is a verb's bare form ("licensed to carry 40 crew", "will take"): no
# thing that tells a row apart.
_VERB_BEFORE = frozenset("to will would could can may might must should shall did does do not".split())
_TIME_WORDS = frozenset(
    "yesterday today tomorrow tonight morning afternoon evening night week month year last next past ago recent".split()
)
_NOUN_BEFORE = DETERMINERS | frozenset("of by on in at with from into onto through via for".split())
_PHRASE_WORDS = 3  # the most words a row's telling phrase takes


def _placed_by_verb(v: FactValue) -> str:
    """A count's place (its ``state``) as its sentence writes it, when a verb after its noun says it
    ("1,500 people were in shelters": "in shelters"; "were on the bridge": "on the bridge"), else
    "": no modifier of the noun ("300 homes in the valley": which homes, not where they are)."""
    words = [w.lower() for w in v.words]
    if "" not in words:
        return ""
    at = words.index("")  # (the figure, its counted noun included)
    if at + 1 >= len(words) or words[at + 1] in _PLACE_WORDS:
        return ""
    way, _, place = v.state.partition(" ")
    starts = [k for k in range(at + 2, min(len(words), at + 6)) if words[k] in _PLACE_WORDS]
    for k in starts[:1]:
        for j in range(k + 1, min(len(words), k + 5)):
            if bare_word(words[j]) == place or words[j] == place:
                # (only where the place's word ends its phrase: "in the bus station" is no "in the
                # bus", and the words kept hold no comma, so "in the water, divers said" says none)
                ends = j + 1 >= len(words) or words[j + 1] in STOP_WORDS
                return " ".join([way, *words[k + 1 : j + 1]]) if ends else ""
    return ""


_PLACE_WORDS = frozenset("in into inside on onto".split())


def _where_only(v: FactValue) -> bool:
    """Whether ``v`` is a count of no measure written as the object of a preposition ("working
    inside two carriages", "trapped in three buildings"): where something is, or is done, whose row
    no word of its sentence tells apart (:func:`tell_apart`)."""
    at = v.words.index("") if "" in v.words else -1
    return not v.measure and v.kind == "count" and at > 0 and v.words[at - 1].lower() in PLACE_PREPOSITIONS


def _own_words(v: FactValue) -> tuple[str, ...]:
    """The words of ``v``'s sentence (``FactValue.words``) up to an attribution after it ("…,
    according to a source close to the investigation"): who says it tells no row apart."""
    at = v.words.index("") if "" in v.words else 0
    cut = next((k for k in range(at, len(v.words)) if v.words[k].lower() == "according"), len(v.words))
    return v.words[:cut]


def _row_words(f: Fact) -> tuple[set[str], set[str]]:
    """The telling words (:func:`_telling`, folded) of a row's values' sentences: those every value's
    sentence says, and those any says."""
    sets = [
        {fold(w) for k, w in enumerate(said) if w and _telling(w) and not (k and said[k - 1].lower() in _VERB_BEFORE)}
        for said in map(_own_words, f.values)
    ]
    common = set.intersection(*sets) if sets else set()
    return common, set().union(*sets) if sets else set()


def _joins_phrase(word: str, words: set[str]) -> bool:
    """Whether ``word`` may stand in a row's telling phrase: one of its telling ``words``, or an
    acronym within it ("private AI investments")."""
    return bool(word) and (fold(word) in words or (word.isupper() and word.isalpha() and len(word) > 1))


def _telling_phrase(f: Fact, words: set[str]) -> str:
    """The phrase of the row's first value's sentence (of the first whose sentence holds one) made of
    the telling ``words`` nearest its figure, those beside it joined to it (at most
    :data:`_PHRASE_WORDS`), as written: "emergency slides"; "" when no sentence holds one."""
    for v in f.values:
        said = _own_words(v)
        if "" not in said:
            continue
        at = said.index("")
        # a word after a determiner or a preposition names a thing ("by the emergency slides", "join
        # the fleet", "of forest"): those first, then the nearest the figure
        near = sorted(
            (i for i, w in enumerate(said) if w and fold(w) in words),
            key=lambda i: (not (i and said[i - 1].lower() in _NOUN_BEFORE), abs(i - at), i < at),
        )
        if not near:
            continue
        lo = hi = near[0]
        # a word joins after it only where a function word or the sentence's end follows it ("the
        # emergency slides.", "a relief train with"), never a verb ("The line climbs … metres")
        # (the words joined at once, as many as end there: "in mass care centres." is "mass care
        # centres", never the compound cut to "mass", t13as N16)
        ends = [
            j
            for j in range(hi + 1, min(len(said), lo + _PHRASE_WORDS))
            if all(_joins_phrase(said[m], words) for m in range(hi + 1, j + 1))
            and (
                j + 1 >= len(said)
                or said[j + 1].lower() in STOP_WORDS
                or said[j + 1].lower() in _NOUN_BEFORE
                or said[j + 1].lower() in _TIME_WORDS  # "in youth hostel dormitories tonight"
            )
        ]
        hi = ends[-1] if ends else hi
        while hi - lo + 1 < _PHRASE_WORDS and lo > 0 and _joins_phrase(said[lo - 1], words):
            lo -= 1
        while hi > lo and not _telling(said[hi]):
            hi -= 1  # the phrase ends on a telling word, never an acronym alone
        return " ".join(said[lo : hi + 1])
    return ""


def _with_modifier(f: Fact, noun: str) -> str:
    """A money row's telling noun that names money itself ("funds", "aid": :data:`~.owners.SUM_NOUNS`)
    with the word before it that says which ("emergency funds", "flood aid"), as its first value's
    sentence writes them; "" when none does (then the row is told by its value): "money pledged
    (the government): funds" told a reader nothing (t13ahr S6)."""
    for v in f.values:
        said = _own_words(v)
        for k in range(1, len(said)):
            if said[k].lower() == noun.lower() and said[k - 1] and _telling(said[k - 1]):
                return f"{said[k - 1]} {said[k]}"
    return ""


def tell_apart(facts: Sequence[Fact]) -> None:
    """Rows of different facts that would carry one label each name what tells them apart (t13ad
    N23, round s37-x2: "passengers" for those on board and for those who used the slides, five
    "duration" rows in one sheet): the words of a row's sentences that no other row of its label
    says (those every value of it says first, else any), the phrase of them nearest its figure
    added to its label, "passengers: emergency slides". The row of the most articles keeps the
    bare label; a row whose sentences say nothing the others do not is told by its first value
    ("year · 2023"; by its amount alone, never a bound's spelling: "amount (EUR) · €2 million" of "over
    €2 million", round s49-f). Linear in the values of the rows that share a label."""
    by_label: dict[str, list[Fact]] = {}
    for f in facts:
        by_label.setdefault(fold(f.label), []).append(f)
    for same in by_label.values():
        if len(same) < 2:
            continue
        words = [_row_words(f) for f in same]
        rows_saying = Counter(w for _, every in words for w in every)  # in how many rows each word is said
        # the row of the most articles (the first on a tie) is the label's own: "passengers", the
        # count aboard that every outlet gives, beside "passengers: emergency slides"
        main = max(range(len(same)), key=lambda k: (same[k].sources, len(same[k].values), -k))
        told: list[str] = []
        for k, f in enumerate(same):
            if k == main:
                told.append(f.label)
                continue
            if all(_where_only(v) for v in f.values):
                # "rescuers are still working inside two carriages": the things where something
                # is done, no measure of them; no word of the sentence says what the count is of
                # ("carriages: inside", "carriages: rescuers": t13aq N14), its value tells it
                told.append(f"{f.label} · {amount_text(f.values[0])}")
                continue
            own = {fold(w) for w in WORD.findall(f.label)}
            common, every = words[k]
            # (a word of this row's alone: said in no other row of the label)
            alone = {w for w in every if rows_saying[w] == 1} - own
            if _kind_alone(f):
                # a row naming no measure nor counted thing: a word of its sentences tells it only
                # where "of" binds it to the figure ("200 hours of unpaid work", "a limit of 100
                # litres"); any other is not known to say what it measures ("amount (EUR): alone",
                # "amount (EUR): need", "percentage: minister", "duration: billion": an adverb, a
                # verb, the speaker, another figure's scale; s45-y2): its value tells it then
                phrase = _of_phrase(f, alone)
                told.append(f"{f.label}: {phrase}" if phrase else f"{f.label} · {amount_text(f.values[0])}")
                continue
            phrase = _telling_phrase(f, common & alone) or _telling_phrase(f, alone)
            if phrase.lower() in SCALE_WORDS:
                # "million" of "€38 million": the figure's own scale, which tells no row apart
                # (t13av N6: "damage: million"); its amount does
                told.append(f"{f.label} · {amount_text(f.values[0])}")
                continue
            if f.values[0].kind == "money" and phrase.lower() in SUM_NOUNS:
                phrase = _with_modifier(f, phrase)
            told.append(f"{f.label}: {phrase}" if phrase else f.label)
        # rows whose sentences are one (two figures of one sentence, "between 2013 and 2023") are
        # told by their values, as the timeline names them: "year · 2023"
        shared = Counter(fold(label) for label in told)
        for k, f in enumerate(same):
            if k != main and shared[fold(told[k])] > 1:
                # (a row told by its value already is told by its article: "duration · 2 days (e)")
                by_value = " · " in told[k][len(f.label) :]
                told[k] += f" ({f.values[0].doc})" if by_value else f" · {amount_text(f.values[0])}"
        for f, label in zip(same, told, strict=True):
            f.label = label


def _of_phrase(f: Fact, words: set[str]) -> str:
    """The telling ``words`` (:func:`_telling`) "of" binds to a value of the row, as its first such
    sentence writes them: the phrase after "<figure> of" ("200 hours of unpaid work": "unpaid
    work", at most :data:`_PHRASE_WORDS`) or the noun before "of <figure>" ("a limit of 100
    litres": "limit"); "" when none."""
    for v in f.values:
        said = _own_words(v)
        if "" not in said:
            continue
        at = said.index("")
        if at + 2 < len(said) and said[at + 1].lower() == "of":
            run = list(itertools.takewhile(lambda w: fold(w) in words, said[at + 2 : at + 2 + _PHRASE_WORDS]))
            if run:
                return " ".join(run)
        if at >= 2 and said[at - 1].lower() == "of" and fold(said[at - 2]) in words:
            return said[at - 2]
    return ""


def _kind_alone(f: Fact) -> bool:
    """Whether a row is labelled by its values' kind and unit alone ("amount (EUR)", "percentage",
    "duration": :func:`~.extract.measure_label`): none of its values names a measure, a counted
    noun or its stuff ("1,200 hectares of forest": ``FactValue.material``), nor is the row labelled
    by what its clauses say (``FactValue.said``)."""
    return not any(v.measure or v.head or v.material for v in f.values) and f.label not in {v.said for v in f.values}


def fact_rows(per_article: Sequence[tuple[str, list[FactValue]]]) -> dict[tuple[str, int], int]:
    """Where the fact sheet of these articles (:func:`group_figures`, given as it is) puts each
    of their figures: ``(doc, start)`` → the index of its row among the facts, for the rows that
    hold values of two articles or more; a figure the sheet leaves out as its article's value
    said again (a headline's "nine dead" beside the lead's) is in the row holding that value
    (:func:`_repeat_key`, :func:`_repeats`). The compare view pairs sentences by it, so two
    sentences pair on a fact exactly when the sheet puts their figures in one row (t13ac M21: a
    pledge per family the sheet set €2,000 against 2,500 euros was no shared fact there, keyed by a
    payer the row is not parted by). The figures given are not changed (grouping dates and resolves
    copies). Linear in the number of figures, as grouping is."""
    copies = [
        (doc, [replace(v, earlier=tuple(replace(e) for e in v.earlier)) for v in values]) for doc, values in per_article
    ]
    out: dict[tuple[str, int], int] = {}
    held: dict[tuple[Any, ...], list[tuple[int, FactValue]]] = {}
    for k, fact in enumerate(group_figures(copies)):
        if fact.sources < 2:
            continue
        for v in fact.values:
            out[(v.doc, v.start)] = k
            held.setdefault(_repeat_key(v), []).append((k, v))
    for _doc, values in copies:
        for v in values:
            if (v.doc, v.start) not in out:
                row = next((k for k, m in held.get(_repeat_key(v), ()) if _repeats(v, m)), None)
                if row is not None:
                    out[(v.doc, v.start)] = row
    return out


def _in_shared_currency(figures: Sequence[FactValue]) -> None:
    """Compare each sum written with its conversion ("50,000 pesos, or about $870", "$55 million
    (€50 million)") in the currency the other articles write of its measure (money pledged per
    family, a fine, …), when they write its conversion's and not its own: its value and conversion
    are swapped in place, its display stays as written. Else it stays in the currency written first
    (the extractor's value), so "50,000 pesos, or about $870" and another outlet's "50,000 pesos" are
    one value (review s41-rv finding 6: the code sorting first, "USD" before "pesos", was its
    value). In text order, each swap seen by the next: two sums each written with the other's
    conversion come to one currency. Money of no named measure is left as written (its label names
    its currency). Linear in the figures."""
    written: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    # the articles writing each sum as a main value, whatever its measure: "$4.1bn (£3.2bn)" is
    # compared in pounds where more other articles write "£3.2bn" than "$4.1bn" (review s42-rv
    # finding 4: a deal's price, "valuing … at 3.2 billion pounds" and "agreed to pay $4.1bn
    # (£3.2bn)", was a pound row and a dollar row)
    sums: dict[tuple[float, str], set[str]] = {}
    for m in figures:
        if m.kind == "money" and m.measure:
            written.setdefault((m.measure, m.per), Counter())[(m.doc, m.unit)] += 1
        if m.kind == "money" and m.high is None and not isinstance(m.value, str):
            sums.setdefault((float(m.value), m.unit), set()).add(m.doc)
    for v in figures:
        alt = v.alt
        if v.kind != "money" or alt is None or alt[1] == v.unit or v.high is not None or isinstance(v.value, str):
            continue
        own_said = len(sums.get((float(v.value), v.unit), set()))
        alt_said = len(sums.get((float(alt[0]), alt[1]), set()))
        said = written.setdefault((v.measure, v.per), Counter())
        others = {unit for (doc, unit), n in said.items() if n and doc != v.doc} if v.measure else set()
        if (v.unit not in others and alt[1] in others) or alt_said > own_said:
            said[(v.doc, v.unit)] -= 1
            v.value, v.unit, v.alt = alt[0], alt[1], (float(v.value), v.unit)
            said[(v.doc, v.unit)] += 1


def _join_currencies(groups: Sequence[_Group]) -> None:
    """Join the rows of one owner's money of one measure written in different currencies ("Westmarch
    Rail will pay €2.3m" beside its "£2 million" and "$2.5 million": three single-source rows, t13ab
    L15): one row, its values in each currency listed apart and never compared (:func:`_fact`: an
    article's currency is a kind of its own, :func:`~.dimensions.dimension_of`). Rows are counted for
    their owner's label before (:func:`_owned_by`), so the row keeps naming its payer. A measure
    no row names an owner of is one sum too ("Insurers put the damage at $1.2 billion" and "Damage
    … is estimated at €1.1 billion": two rows ``damage``, t13ac M20), given by different articles.
    Linear in the rows: each is
    compared with the rows of its own measure."""
    by_measure: dict[tuple[str, str], list[_Group]] = {}
    for g in groups:
        first = g.members[0] if g.members else None
        if g.merged or first is None or first.kind != "money" or not first.measure:
            continue
        by_measure.setdefault((first.measure, first.per), []).append(g)
    for rows in by_measure.values():
        for i, g in enumerate(rows):
            for h in rows[i + 1 :]:
                if g.merged or h.merged or ((g.owners or h.owners) and not g.owners & h.owners):
                    continue
                if g.owners and g.owners & h.owners <= owner_words(GOVERNMENT):
                    # "the government" is a coarse payer (a governor's, a state's, a prime minister's
                    # government): its sum in soles and a regional fund in dollars are two sums, never
                    # one in two currencies (t13ah: Andina's S/ 10 million joined the governor's fund)
                    continue
                if not g.owners and g.docs & h.docs:
                    # no payer named, one article giving both: two sums ("paid ₹3 lakh in fines. The
                    # airline paid €40,000 in penalties"), never one in two currencies
                    continue
                if {m.unit for m in g.members} & {m.unit for m in h.members}:
                    continue  # one currency: rows apart for a reason of their own
                g.absorb(h)
                g.owners |= h.owners
                g.reasons[:] = list(dict.fromkeys(g.reasons))  # each row's "each figure is the …" once
                g.reasons.append(
                    f"{g.members[0].doc} ~ {h.members[0].doc}: "
                    + ("one payer's " if g.owners else "the ")
                    + f"{g.members[0].label} in another currency"
                )


def _in_shared_unit(figures: Sequence[FactValue]) -> None:
    """Compare each measurement written with its conversion in brackets or after "or" ("20 ft (6.1
    m)", "400 metres (1,300 ft)") in the conversion's unit when more other articles write that unit
    than its own of its measure and owner, :data:`_ROW_UNIT_ARTICLES` at least, and the conversion
    is written at least as precisely (:func:`_step`, in the one unit): its value and conversion are
    swapped in place. One value written
    in two units is one value, compared as its article wrote it in the row's unit (t13at N2, round
    s51-f: "20 ft (6.1 m)" was compared as 20 ft, so as 6.1 m converted, and listed with another
    outlet's 6.2 m, while "6 metres (20 feet)" was 6 m). Measurements of no named measure, ranges
    and conversions across dimensions are left as written; money is :func:`_in_shared_currency`'s.
    Linear in the figures."""
    # (measure, rate period, owner) → unit → articles writing it as a value (a tower's height in
    # feet says nothing of the unit of a dam's)
    written: dict[tuple[str, str, str], Counter[str]] = {}
    seen: set[tuple[str, str, str, str, str]] = set()
    for m in figures:
        if m.kind == "quantity" and m.measure and (m.measure, m.per, m.owner, m.doc, m.unit) not in seen:
            seen.add((m.measure, m.per, m.owner, m.doc, m.unit))
            written.setdefault((m.measure, m.per, m.owner), Counter())[m.unit] += 1
    for v in figures:
        alt = v.alt
        if v.kind != "quantity" or not v.measure or alt is None or alt[1] == v.unit or v.high is not None:
            continue
        own, other = SI_UNITS.get(v.unit), SI_UNITS.get(alt[1])
        if isinstance(v.value, str) or own is None or other is None or own[1] != other[1]:
            continue
        units = written.get((v.measure, v.per, v.owner), Counter())
        if units[alt[1]] < _ROW_UNIT_ARTICLES or units[alt[1]] <= units[v.unit] - 1:  # (its own not counted)
            continue
        if _step(f"{alt[0]:g}") * other[0] > _step(v.display) * own[0] * (1 + 1e-9):
            # a conversion rounder than its value ("33 m/s (120 km/h)", "about 186 miles (300
            # km)") is the value's approximation, compared by its value as converted_same does
            continue
        units[v.unit] -= 1  # (in text order, each swap seen by the next, as in _in_shared_currency)
        v.value, v.unit, v.alt = alt[0], alt[1], (float(v.value), v.unit)
        units[v.unit] += 1


# The fewest other articles writing a unit that make it a row's unit for :func:`_in_shared_unit`
# (one other article's unit is no row's: an embankment's "62 metres (203 feet)" beside one tower's
# "300 feet (91 metres)", each would be compared in the other's unit)
_ROW_UNIT_ARTICLES = 2


# A number as written: its digits and separators, its decimals
_WRITTEN_DIGITS = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def _step(written: str) -> float:
    """The place of the last digit a number is written to ("6.1": a tenth, "20": ten, "396": one,
    "1,300": a hundred); 1 when no digit is written ("twenty")."""
    m = _WRITTEN_DIGITS.search(written)
    if m is None:
        return 1.0
    if m.group("decimals"):
        return 10.0 ** -len(m.group("decimals"))
    digits = m.group().replace(",", "")
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0


@lru_cache(maxsize=4096)
def owner_words(name: str) -> frozenset[str]:
    """The words that tell one owner from another ("Rába Works" → {"raba"}): folded, without the
    words of a firm's kind or legal form ("Works", "Group", "Ltd"), which any firm may share. A
    thing a length is of, one common noun in lower case ("dam", "reservoir", "water":
    :func:`~.lengths.length_role`), is told by that noun; a party described in several lower-case
    words ("main opposition party") by all but its head noun (:data:`~.votes.CONTENDER_NOUNS`:
    {"main", "opposition"})."""
    if name.isalpha() and name.islower():
        return frozenset({fold(name)})
    words = WORD.findall(name)
    if name.islower() and len(words) > 1 and words[-1] in CONTENDER_NOUNS:
        # a party described in lower case is told by its modifiers, never its head noun ("party",
        # "coalition"), which any other shares: "the ruling party" is not "the main opposition
        # party" (review s40-rv finding 1), "the opposition party" is "the main opposition party"
        words = words[:-1]
    told = frozenset(
        fold(w)
        for w in words
        if kind_of_word(w) is None and w.lower() not in LEGAL_FORM_WORDS and w.lower() not in STOP_WORDS
    )
    # a name of several kind words alone is told by them all: "Centre Party" ("centre", "party"
    # both kind words) was no owner, so the Social Democrats' 31% joined its row (review s40-rv,
    # seen while probing); one kind word alone ("Ministry") still tells nothing
    named = [w for w in words if w.lower() not in STOP_WORDS and w[:1].isupper()]
    return told or (frozenset(fold(w) for w in named) if len(named) > 1 else frozenset())


def _told_by(f: FactValue) -> frozenset[str]:
    """The words that tell ``f``'s owner from another (:func:`owner_words`); a budget's body named
    in lower case by the words before its kind noun (:func:`~.budgets.body_name`: "fire service"
    and "library service" were one owner by "service", review s44-rv finding 8)."""
    if f.measure == "budget":
        return owner_words(body_name(f.owner)) or owner_words(f.owner)
    return owner_words(f.owner)


def _other_owners(a: FactValue, b: FactValue) -> bool:
    """Whether two figures are said of different named owners (no word of their names shared)."""
    if not a.owner or not b.owner:
        return False
    wa, wb = _told_by(a), _told_by(b)
    return bool(wa) and bool(wb) and not wa & wb


def _unowned(f: FactValue) -> bool:
    """Whether ``f`` is a figure of a measure a named subject owns (:data:`~.owners.OWNED_MEASURES`)
    that names none, or an event's year whose clause names no thing (:func:`_thingless_year`)."""
    return (
        bool(f.measure)
        and not f.owner
        and (f.measure.split("|", 1)[0] in OWNED_MEASURES or f.measure == SHARE_MOVE or f.kind == "year")
    )


def _thingless_year(f: FactValue) -> bool:
    """Whether ``f`` is an event's year whose clause names no thing (``owner`` "": "It was built
    in 1987", "…, which opened in 1987": :func:`~.extract.year_thing`)."""
    return f.kind == "year" and bool(f.measure) and not f.owner


def _owner_nouns(owner: str) -> frozenset[str]:
    """Every word of an ``owner``'s name, folded, its kind's noun too ("Corvenna Bridge" →
    {"corvenna", "bridge"}): what a year of no named thing's subjects ("The 1974 bridge carried
    …": "bridge") may name it by."""
    return frozenset(fold(w) for w in WORD.findall(owner.lower()))


def _owners_nouns(g: _Group) -> frozenset[str]:
    """:func:`_owner_nouns` of every owner of ``g``'s members."""
    return frozenset().union(*(_owner_nouns(m.owner) for m in g.members if m.owner))


def _measured_group(bucket: Sequence[_Group], f: FactValue) -> _Group | None:
    """The group of ``f``'s named measure it joins, or None for a new one. A figure owned by a
    named subject (``FactValue.owner``: "Rába Works will cut 300 jobs") joins the group of an
    owner sharing a word of its name ("Rába Works" and "Rába"), else one whose figures name no
    owner; a figure naming none ("The company will cut 310 jobs") joins a group naming none, else
    the only group: among several owners it is no value of any (``never a disagreement with
    the wrong firm``). Measures no subject owns have one group."""
    words = _told_by(f)
    if words and f.measure == PRISON_TERM[0]:
        # a person sentenced is told by every word of the name: brothers "Imran Shah" and "Tariq
        # Shah" share a surname, not a sentence (review s42-rv finding 1); a surname alone is the
        # first person of it
        named = next((g for g in bucket if g.owners and (words <= g.owners or g.owners <= words)), None)
        if named is not None:
            return named
    elif words:
        named = next((g for g in bucket if g.owners & words), None)
        if named is not None:
            return named
    unnamed = next((g for g in bucket if not g.owners), None)
    if unnamed is not None and words and _thingless_year(unnamed.members[0]):
        # a thing's year joins the years of no named thing only when it is their subjects' thing
        # (the one before "It opened in 1974") or the one kind of thing their event is of ("Keldra
        # last erupted": a volcano's): "the ferry crossing opened in 1921" is no year of "…, which
        # opened in 1990" after "Drivers must use the border crossing" (review s37-rv finding 5)
        kind = event_kind(f.measure)
        nouns = words | _owner_nouns(f.owner)
        if not any(
            nouns & {fold(t) for t in m.subjects} or (kind is not None and owner_kind(f.owner) == kind)
            for m in unnamed.members
        ):
            unnamed = None
    if unnamed is not None or words:
        return unnamed
    if _thingless_year(f):
        # An event's year of no named thing ("It was built in 1987", "…, which opened in 1987") is
        # of a thing its own sentence or the one before names (its ``context``): it joins that
        # thing's row, never another thing's only row ("It was built in 1987" after "The museum
        # was evacuated" beside "The bridge was completed in 1992" was a disagreement of the
        # museum's year with the bridge's, t13ac, round s37-f)
        # (the subject of its sentence or the one before: "Engineers closed the Varn bridge.
        # Drivers must now use the border crossing, which opened in 1990" is no year of the
        # bridge, whose name the context holds: review s37-rv finding 5, round s37-y1)
        said = {fold(t) for t in f.subjects}
        told = [g for g in bucket if (g.owners | _owners_nouns(g)) & said]
        if not told and (kind := event_kind(f.measure)) is not None:
            # an event only one kind of thing has (an eruption) is of the story's one such thing
            told = [g for g in bucket if any(owner_kind(o) == kind for o in g.owners)]
        if len(told) == 1:
            return told[0]
    elif len(bucket) == 1:
        return bucket[0]
    # among several owners, the one row whose value it restates (a firm's "$5 million" that an
    # article says "the company" offered, naming the firm nowhere: t13y G1); else a row of its own
    restated = [g for g in bucket if any(_same_value(m, f) for m in g.members)]
    return restated[0] if len(restated) == 1 else None


# Money one side gives, withholds or offers, and what another demands, are sides of one dealing:
# a row of one beside a row of another names each one's owner ("money pledged (Ostmark
# Steelworks)" beside "money not pledged", "money offered (the rail company)" beside the
# Ministry's pledge: t13aa K18, round s36-d, the payer was in no label).
_MONEY_DEALINGS = DONATED_MEASURES | DEMANDED_MEASURES  # (owners.py: the measures owned by payer and demander)


def _owned_family(measure: str) -> str:
    """The measure whose rows ``_owned_by`` counts together: the money dealings
    (:data:`_MONEY_DEALINGS`) as one, any other measure as itself."""
    return "money dealing" if measure in _MONEY_DEALINGS else measure


def _owned_by(g: _Group, rows_of: Counter[tuple[str, str]]) -> str:
    """The owner a row of a named measure is labelled by ("jobs cut (Rába Works)"): its members'
    most common owner, when another row of the same measure (in any unit: ``rows_of`` counts the
    rows of each (kind, measure), money dealings as one: :func:`_owned_family`) has other owners;
    else ""."""
    if not g.owners or not g.members[0].measure:
        return ""
    if rows_of[(g.members[0].kind, _owned_family(g.members[0].measure))] < 2:
        return ""
    best = most_spelled(Counter(m.owner for m in g.members if m.owner))
    # "depth of the reservoir" names its thing already (lengths.py), "change in Nordair shares" its firm
    label = next((m.label for m in g.members if m.owner == best), "")
    return (
        "" if best and (f" of the {best}" in label or (g.members[0].measure == SHARE_MOVE and best in label)) else best
    )


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
    value it states exactly is what other articles' values are compared with; but a headline's
    bare number beside its body's wording of it is the body's shorthand, never a narrower value:
    the body's is kept ("Bridge collapse kills seven" over "At least seven people died" is "at
    least 7", one value with its bound; issue #16, round s53-f)."""
    shown = (f.doc, value_text(f))
    slot = (f.doc, _said(f))
    at = g.slots.get(slot)
    if shown in g.seen:
        if at is not None:
            _carry_earlier(g.members[at], f)  # "Four dead" over "… had risen to four": the 3 is the 4's
        return
    g.seen.add(shown)
    if at is None:
        g.slots[slot] = len(g.members)
        g.add(f)
        return
    kept = g.members[at]
    if (f.headline, _spread(f)) < (kept.headline, _spread(kept)):
        _carry_earlier(f, kept)
        g.members[at] = f
        own = g.own[f.doc]
        own[next(k for k, m in enumerate(own) if m is kept)] = f
    else:
        _carry_earlier(kept, f)


def _carry_earlier(kept: FactValue, gone: FactValue) -> None:
    """``kept`` (the value an article's repeats of one value are kept as) carries the values the
    repeat ``gone`` replaced in its article too (``FactValue.earlier``), in text order: the headline's
    "Four dead" kept, the lead's 3 that "… had risen to four" replaced is still said (round s29-e)."""
    if gone.earlier:
        kept.earlier = earlier_steps(kept, (*kept.earlier, *gone.earlier))


def _spread(v: FactValue) -> float:
    """How wide a range a value stands for (0 for an exact one, infinite for "at least 12")."""
    lo, hi = _range(v, converted=False)
    return hi - lo


def resolve_relative_years(figures: Sequence[FactValue]) -> None:
    """Give each figure dated by a relative year its article's date could not resolve
    (``years_ago``: "fined $2m last year" under a wire's "March 14") the year the corpus's dates
    give that date (:class:`date_values.DateOrder`, as the sheet orders it): its measure and label
    are that year's ("fine|2025", "fine in 2025") when the year is before its article's, as an
    absolute year's are (``extract._dating_year``). A date no other date gives a year leaves it
    unresolved, its measure the plain one, never the clock's year (#16, round s34-e). A year
    figure written so ("is due to close next year": ``kind`` "year") takes that year as its value,
    0 when no date resolves it (round s35-b)."""
    relative = [f for f in figures if f.years_ago is not None]
    if not relative:
        return
    resolve = DateOrder({f.date for f in figures if f.date}).resolve
    for f in relative:
        got = re.match(r"(\d{4})-", resolve(f.date) or "")
        ago = f.years_ago or 0
        if f.kind == "year":
            # "is due to close next year" under a wire's "March 9": 2027 when the others' dates
            # are 2026's; 0, dropped by :func:`fact_sheet`, when no date gives a year (t13y G12)
            f.value = float(int(got.group(1)) - ago) if got is not None else 0.0
        elif got is not None and f.years_ago:
            year = int(got.group(1)) - f.years_ago
            f.measure, f.label = f"{f.measure}|{year}", f"{f.label} in {year}"
        f.years_ago = None


def entry_dated(f: FactValue) -> None:
    """Date a live blog's value (``entry``, its entry's time) by that time on its article's day
    (:func:`entry_date`), so a blog written newest first is read by time, never by position (t13o
    F2, round s29-f)."""
    if f.entry and f.date:
        f.date = entry_date(f.date, f.entry)


def entry_date(date: str | None, entry: str) -> str | None:
    """What a live blog's entry at ``entry`` ("HH:MM", "HH:MM+01:00" with its own zone, or its own day
    and time, "2026-05-08T01:15+01:00") on its article's ``date`` is dated: its own day's, else that time
    on that day, for an article dated by its day alone, and for one dated with a time (its last
    update, "Updated: June 3, 2025 21:40") in the article's zone; ``date`` otherwise (no entry, no
    date, a date of another form). One rule for a blog's figures and its names (t13z H21)."""
    if not entry or not date:
        return date
    if "T" in entry:  # an entry stamped with its own day ("2026-05-08T01:15+01:00": dates.entry_times)
        timed = _TIMED.fullmatch(date)
        return entry if len(entry) > 16 or timed is None else f"{entry}{timed.group(2)}"
    if _DAY_ONLY.fullmatch(date):
        return f"{date}T{entry}"
    if (timed := _TIMED.fullmatch(date)) is not None:
        # an entry written with its own zone ("09:15 CET" → "09:15+01:00") keeps it (t13af N10)
        return f"{timed.group(1)}T{entry}" if len(entry) > 5 else f"{timed.group(1)}T{entry}{timed.group(2)}"
    return date


def _date_keys(figures: Sequence[FactValue]) -> dict[str, tuple[int, float, str]]:
    """Each article date's place in time, by the one order of dates the timeline, the library
    and ``list`` use (:class:`date_values.DateOrder`: zones applied, a day or a zone-less time in
    the local zone, a year-less date (``--04-10``, from a dateline) given the year of the other
    articles' dates, and with no year anywhere a run of days over New Year as the story ran); the
    figures' ``date`` is set to the resolved date. One parse per distinct date. A live blog's
    value (``entry``, its entry's time) in an article dated by its day alone is dated by that time
    on that day ("12:55 … risen to four" after "09:12 … three confirmed dead", t13n F9)."""
    for f in figures:
        entry_dated(f)
        for e in f.earlier:
            entry_dated(e)  # an earlier entry's value: a report of its entry's time
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
_DAY_ONLY = re.compile(r"\d{4}-\d\d-\d\d")
_TIMED = re.compile(r"(\d{4}-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?((?:Z|[+-]\d\d:?\d\d)?)")


def _fact(g: _Group, order: dict[str, int], when_key: dict[str, tuple[int, float, str]], owned_by: str = "") -> Fact:
    values = sorted(
        g.members,
        key=lambda v: (when_key.get(v.date, _UNDATED) if v.date else _UNDATED, order.get(v.doc, 0), v.start),
    )
    # The things counted, each with the articles that count it: values of different things
    # ("residents", "people") share a row but are never compared with each other.
    kinds: dict[str, set[str]] = {}
    for v in values:
        kinds.setdefault(dimension_of(v), set()).add(v.doc)
    # Two articles are compared only when they count the same kinds (t13r F2: "about 4,000 people"
    # of an article giving people alone was a step from 3,600 residents to 3,400 people to 4,000).
    by_doc = kinds_by_doc(values)
    linked = _linked_currencies(values)
    if linked:
        # sums in several currencies that conversions link: one kind, each pair compared in a
        # currency both write (_compatible), never counted alike as bare numbers
        by_doc = dict.fromkeys(by_doc, frozenset({"money"}))
    compared = len(set(by_doc.values())) == 1
    # A distance from no named place ("heard 12 miles away", "Ash fell 80 km away") is listed and
    # never compared: another article's may be measured from anywhere (t13ac, round s37-f: "12
    # miles away" and "40 miles away" disagreed); so is a share of a whole named before ("half of
    # them": dimensions.UNNAMED_SHARE, round s37-y2)
    apart = any(listed_only(v) for v in values) and len({v.doc for v in values}) > 1
    if apart and _restated_vote(values):
        apart = False  # one party's 14 seats in three outlets, one naming no party: they agree
    compared = compared and not apart
    agree = True
    conflicting: frozenset[str] = frozenset()  # the kinds whose values conflict
    for kind_set in set(by_doc.values()):
        alike = [v for v in values if by_doc[v.doc] == kind_set and not listed_only(v)]
        # (one kind counted under two nouns: a crew and people of one event, dimensions.kinds_by_doc)
        one = len(kind_set) == 1 and len({dimension_of(v) for v in alike}) > 1 and not linked
        if not (
            all(_compatible(x, y, one) for x in alike for y in alike) if len(alike) < 64 else _agree_linear(alike, one)
        ):
            agree = False
            conflicting = kind_set
            break
    if len({v.doc for v in values}) == 1:
        grounds = "single source"
    else:
        grounds = "; ".join(g.reasons)
        # Values differ only by what they say: "31 injured" and "31" (one dimension, one number)
        # are the same value however the count is worded.
        distinct = {_said(v) for v in values}
        if apart and any(placeless(v) for v in values):
            grounds += "; distances from no named place: not compared"
        elif apart and any(v.measure == POLL_SHARE[0] for v in values):
            grounds += "; standings in opinion polls: not compared"
        elif apart and any(ownerless_vote(v) for v in values):
            # (a party's seats are no share of the vote: review s43-rv finding 8)
            what = "seats" if all(v.measure == SEATS[0] for v in values) else "shares of the vote"
            grounds += f"; {what} of no named candidate or party: not compared"
        elif apart:
            grounds += "; shares of wholes their sentences do not name: not compared"
        elif not compared:
            nouns = [dimension_noun(k) for k in kinds]
            # (money in several currencies: :func:`_join_currencies`)
            what = "currencies" if all(v.kind == "money" for v in values) else "counts"
            # (values of one kind that conflict make the row disagree: its grounds say so, never
            # "not compared" alone, t13af N4)
            among = ", each compared only with its own kind" if not agree else ""
            group = group_word(values[0].measure) if all(v.measure == values[0].measure for v in values) else ""
            parts = [n for n in nouns if n != "people"]
            if among and group and "people" in nouns and all(people_kind(n) and not toll_people(n) for n in parts):
                # "Two children have died" beside "Two deaths": the children (people of an age or
                # sex, words.toll_people) are some of the dead,
                # a part never compared with the whole (t13ak N19: "different counts" beside
                # "values conflict" read as a contradiction)
                grounds += f"; {_and(parts)} counted among the {group}{among}"
            else:
                grounds += f"; {_and(nouns)} are different {what}{among}" + ("" if among else ": not compared")
        elif agree and (capped := within_ceiling(values))[1]:
            caps, under = (list(dict.fromkeys(value_text(v) for v in part)) for part in capped)
            grounds += f"; {_and(caps)} is a ceiling, {_and(under)} an amount within it: not the same figure"
        elif agree and (apart_pairs := near_only(values)):
            pairs = "; ".join(f"{value_text(a)} and {value_text(b)}" for a, b in apart_pairs)
            grounds += f"; near, not the same figure: {pairs} meet only by an approximation's reach" + _hedges_read(
                values
            )
        elif agree and len({said[1:] for said in distinct}) > 1:
            # (the numbers differ: "3,700 people" and "3,700 residents", one number of two count
            # nouns, differ in nothing a reader compares, t13as N3 re-test)
            grounds += "; values differ but their bounds are compatible" + _hedges_read(values)
        elif agree and len({value_text(v) for v in values}) > 1 and any(v.qualifier for v in values):
            # "at least 12" beside "12": one amount, some reports qualifying it (#16, t13d fault 5)
            qualified = list(dict.fromkeys(value_text(v) for v in values if v.qualifier))
            grounds += f"; the same value, qualified in some reports ({', '.join(qualified)})"
        elif agree and "same value" not in grounds:
            grounds += "; same value"
        if not agree and not compared and not apart and conflicting:
            # which kind's values conflict, where the row holds several kinds compared apart
            grounds += f"; values of {_and([dimension_noun(k) for k in sorted(conflicting)])} conflict"
        elif not agree:
            grounds += "; values conflict"
    # The most common label, the shorter on a tie, the first seen on a full tie: counted once
    # (comparing every value's label with every other was quadratic in the articles reporting a
    # fact: 10 s of an 11 s timeline at 4,000 articles).
    # (a measured value's label first: a row a figure without a measure joined, _join_unmeasured)
    counts = Counter(v.label for v in values if v.measure) or Counter(v.label for v in values)
    if any(f"|{EARLIER}" in v.measure for v in values):
        # an earlier event's row is labelled by the event's noun where a value's sentence names it:
        # "death toll (1974 explosion)" beside "the 33 miners killed in 1974", "(1974)"
        counts = Counter({t: n for t, n in counts.items() if " " in t.rpartition("(")[2]}) or counts
    label = most_spelled(counts) or values[0].unit
    if len(counts) > 1 and set(counts) == BUILT_OR_OPENED_LABELS and all(v.measure == BUILT_MEASURE for v in values):
        # a structure's year built and year opened, one row (structure_years.join_built_opened): named
        # by both wordings where its values use both, never by one of them alone
        label = BUILT_OR_OPENED_LABEL
    if label in _SAID_KINDS and all(v.said for v in values) and len({fold(said_key(v.said)) for v in values}) == 1:
        # a row of durations or years naming no measure is labelled by what its clauses say they
        # are of, "days the strike lasted", never "duration" (issue #16, s40-x1), only where every
        # value's clause says that, in whatever unit ("72 hours", "three days"): one clause's words
        # never label another's value (the buses' "10 days" is no length of the strike; review
        # s40-rv finding 9)
        # (a quote's "we warned" is no label where a reporter's "he warned" says it; where only
        # quotes say it, "We asked for these upgrades in 2019", the row keeps its kind's label,
        # "year", its sentences shown: a quote's clause names nothing to a reader, t13aq N16)
        said = Counter({t: n for t, n in Counter(v.said for v in values).items() if not speaker_said(t)})
        label = most_spelled(said) if said else label
    if not any(v.measure for v in values) and all(v.kind == "count" and v.head == label for v in values):
        # a count of a bare noun whose clause says where its things were is labelled by that place,
        # "people in shelters" for "1,500 people were in shelters" (t13air: a row "people")
        places = Counter(p for v in values if v.state and v.state != ABOARD and (p := _placed_by_verb(v)))
        if places:
            label = f"{label} {most_spelled(places)}"
    units = list(dict.fromkeys(v.unit for v in values if v.kind == "money"))
    if label.startswith("amount (") and len(units) > 1:
        # a row of one sum written in two currencies ("£2.1bn" and "$2.7 billion") names them
        # both, never one currency holding the other's value (review s43-rv finding 16)
        label = f"amount ({', '.join(units)}){label[label.index(')') + 1 :]}"
    if owned_by:
        label = f"{label} ({owned_by})"  # "jobs cut (Rába Works)" beside "jobs cut (Dunaferr)"
    # a label read from hard-wrapped text holds no line break ("distance to Pingtung\nCounty":
    # t13ai N5); a label is one line wherever it is shown
    ceiling = agree and compared and len({v.doc for v in values}) > 1 and bool(within_ceiling(values)[1])
    near = agree and compared and not ceiling and len({v.doc for v in values}) > 1 and bool(near_only(values))
    return Fact(" ".join(label.split()), values, agree, grounds, compared, ceiling, near)


def most_spelled(counts: Counter[str]) -> str:
    """The text to show of ``counts`` (text → how many values say it, in the order first seen; ""
    when empty): the most common once its spellings are counted together (folded as search folds
    them, :func:`~waic_reader.index.corpus.tokens.fold`), the shorter on a tie, the first seen on
    a full tie; of that text's spellings the most written, the accented one on a tie, never one in
    capitals beside one in mixed case (:func:`~waic_reader.index.analysis.entities.spellings.most_written`).
    "distance to Pontegris" twice and "distance to Pontegrís" twice are one label, shown
    "distance to Pontegrís" (t13y G4, round s34-u: two rows, each agreeing, hid a 30 km and a 40 km)."""
    spelled: dict[str, dict[str, int]] = {}
    for text, n in counts.items():
        spelled.setdefault(fold(text), {})[text] = n
    if not spelled:
        return ""
    best = max(spelled.values(), key=lambda texts: (sum(texts.values()), -min(len(t) for t in texts)))
    return most_written("", best)


def _said(v: FactValue) -> tuple[Any, ...]:
    """What a value says, for telling equal values from different ones: its dimension and its
    number (and a range's high end) in SI units."""
    if isinstance(v.value, str):
        return (dimension_of(v), v.value)
    high = _si(v, v.high) if v.high is not None else None
    return (dimension_of(v), _si(v, float(v.value)), high)


def _and(words: Sequence[str]) -> str:
    quoted = [f'"{w}"' for w in words]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1] if len(quoted) > 1 else "".join(quoted)


def _agree_linear(values: Sequence[FactValue], counted_alike: bool = False) -> bool:
    """Whether all ranges meet (one pass: the highest low end against the lowest high end), among
    the values of each kind counted (all as one when ``counted_alike``, as :func:`_compatible`)."""
    groups: dict[str, list[FactValue]] = {}
    for v in values:
        groups.setdefault("" if counted_alike else dimension_of(v), []).append(v)
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
