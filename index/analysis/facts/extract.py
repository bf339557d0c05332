"""Extraction: every figure of an article's content sentences as a :class:`FactValue` with its
measure, context words and date (earlier events and names' numbers left out)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from waic_reader.index.analysis.align import NOISE_OVERLAP, ArticleLike
from waic_reader.index.analysis.entities.lexicons import KIN
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entry_time import ENTRY_STAMP, STAMP_ZONE, ZONES
from waic_reader.index.analysis.facts.budgets import budget_owner
from waic_reader.index.analysis.facts.changes import as_change
from waic_reader.index.analysis.facts.claims import claim_measure, claimed, compared_to, set_against_official
from waic_reader.index.analysis.facts.clauses import duration_said, year_said
from waic_reader.index.analysis.facts.cover_limits import LIMIT, WRITTEN_CAP, written_ceiling
from waic_reader.index.analysis.facts.dimensions import UNNAMED_SHARE, sub_group_counts
from waic_reader.index.analysis.facts.earlier import (
    bare_tally,
    counter_claim,
    differences,
    earlier_report,
    feared,
    increments,
    ordinal_victims,
    parts,
    proposal_version,
    replaced_by_change,
    running_step,
    sums,
    superseded,
    tally_passed,
    tally_things,
)
from waic_reader.index.analysis.facts.event_time import event_times
from waic_reader.index.analysis.facts.goods_given import giving_verb, goods_label
from waic_reader.index.analysis.facts.lengths import LONG_THINGS, TALL_THINGS, length_role
from waic_reader.index.analysis.facts.measures import figure_measure, responders_totalling
from waic_reader.index.analysis.facts.model import FactValue, earlier_steps
from waic_reader.index.analysis.facts.money_purpose import VALUE_OF
from waic_reader.index.analysis.facts.money_roles import BUDGET, RANSOM_LABEL
from waic_reader.index.analysis.facts.owners import (
    ATTACKERS,
    DEMANDED_MEASURES,
    OWNED_MEASURES,
    demander,
    donated,
    donor,
    object_owner,
    owner,
    payer_named,
)
from waic_reader.index.analysis.facts.pay_parties import PAY_MEASURES, pay_party
from waic_reader.index.analysis.facts.people_counts import (
    CASUALTY_VERB,
    STAFF_JOB,
    elided_nouns,
    employing_whole,
    possessed_staff,
    staff_measure,
    whole_staff,
    workforce,
)
from waic_reader.index.analysis.facts.percent import (
    SHARE_HEADS,
    SHARE_MOVE,
    event_state,
    move_direction,
    percent_subject,
    rounding_margin,
    share_employer,
    share_end,
    share_state,
    staff_share,
    unnamed_share,
)
from waic_reader.index.analysis.facts.places import (
    OTHER_PLACE,
    other_place,
    place_of,
)
from waic_reader.index.analysis.facts.quantities import (
    SPEED_MOVING,
    WENT,
    away_origin,
    evacuated_radius,
    moving_thing,
    way_gone,
)
from waic_reader.index.analysis.facts.roles import (
    ABOARD,
    CAREER,
    CRAFT,
    PRISON_TERM,
    career_of,
    is_aboard,
    people_of,
    sentenced_person,
    spilled_again,
    subject_head,
    time_since_event,
)
from waic_reader.index.analysis.facts.scope import COMPARED_AFTER, SCOPE, event_extent, names_whole, statistic_scope
from waic_reader.index.analysis.facts.share_prices import PER_SHARE, SHARE_PRICE, SHARE_PRICE_LABEL, share_firm
from waic_reader.index.analysis.facts.temperatures import temperature_difference
from waic_reader.index.analysis.facts.things import KINDS, compounds, event_noun_kind, kind_names, owner_kind
from waic_reader.index.analysis.facts.votes import (
    TURNOUT,
    VOTE_MEASURES,
    in_round,
    paired_votes,
    turnout_said,
    vote_measure,
    vote_owner,
    vote_round,
)
from waic_reader.index.analysis.facts.words import (
    AUXILIARIES,
    CASUALTY,
    CREW_NOUNS,
    DISCOURSE_AFTER,
    DISCOURSE_NOUNS,
    EVENT_NOUNS,
    EVENTS_DONE,
    JOINED,
    MULTIPLIER_NOUNS,
    OF_BEFORE,
    OF_PRONOUN_AFTER,
    PLAIN_MODIFIERS,
    QUANTITY_NOUNS,
    RATE_ADJECTIVES,
    REPORTED,
    REPORTING_VERBS,
    TEXT_UNITS,
    UNIT_PAYMENTS,
    WORD,
    announcing,
    average_unit,
    clause_after,
    clause_before,
    clause_end,
    clause_verb,
    counted_kind,
    is_participle,
    object_verb,
    people_kind,
    rate_after,
    singular_of,
)
from waic_reader.index.analysis.facts.words import (
    PER_RECIPIENT as _PER_RECIPIENT,
)
from waic_reader.index.analysis.facts.words import (
    RECIPIENT as _RECIPIENT,
)
from waic_reader.index.analysis.figures import (
    QUALIFIERS,
    SI_UNITS,
    TEMPERATURE_UNITS,
    YEN_OR_YUAN,
    Figure,
    after_qualifier,
    figures_of,
    is_year,
    names_a_thing,
)
from waic_reader.index.analysis.lexicon import (
    COUNTED_ADJECTIVES,
    DETERMINERS,
    IRREGULAR_PAST,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTHS,
    NUMBER_WORDS,
    SCALE_WORDS,
    SPAN_SHARE,
    SPAN_SHARE_GAP,
    STOP_WORDS,
    SUPERLATIVE,
    WEEKDAYS,
    reads_english,
    span_share,
)
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.date_forms import YEAR
from waic_reader.index.corpus.dates import entry_clock, entry_times, stamp_spans
from waic_reader.index.corpus.letters import LOWER, UPPER
from waic_reader.index.corpus.markdown import TABLE_BAR, cell_figure, row_cells, table_rule

CONTEXT_WINDOW = 1  # sentences either side that count as a figure's context


def _display_number(fig: Figure, text: str) -> str:
    shown = text[fig.start : fig.num_end].strip()
    if fig.conversion_span and fig.conversion_span[1] + 1 < fig.end:
        # "185 kilometers (115 miles) per hour": the words after the conversion are the unit's
        # ("185 kilometers per hour", never the length "185 kilometers")
        shown += text[fig.conversion_span[1] + 1 : fig.end].rstrip()
    # one line, as written: a wire's hard wrap ("NT$1.5\nbillion", t13ai N5) is a space
    return " ".join(shown.split())


# A sentence about an event before this one: "A 2019 fire at the same hall injured four workers",
# "in 2019", "last year's flood", "a previous blast", "an earlier fire" (not "a previous
# estimate of 12": a revised figure is this event's) ("year" is checked
# against the article's year, :func:`_earlier_event`). "since 2019" and "the worst since" are not
# about that event's own figures; "since 1952, when 11 people were killed" is (t13ab L18).
_EVENTS = EVENT_NOUNS  # (words.py)
# "a previous blast", "an earlier fire", "a similar crash", "its previous eruption" (t13ac M1)
# (a plural needs no determiner: "Previous floods killed 31 people" is no count of this one)
_SIMILAR = rf"(?:(?:an?|the|its|their)\s+|(?=(?:previous|earlier|prior|similar)\s+(?:[^\W\d_]+\s+)?(?:{_EVENTS})(?<=s)\b))(?:previous|earlier|prior|similar)\s+(?:[^\W\d_]+\s+)?(?:{_EVENTS})\b"
# The past tense of the verbs of :data:`_EVENTS`, after "last": "when Keldra last erupted, in 1973",
# "The volcano last erupted 53 years ago" name the event before this one (t13ac M1)
_EVENTS_DONE = EVENTS_DONE  # (words.py)
# A month, its day, or a part of it between "in"/"on" and a year: "In December 1987", "in early
# March 2019", "on 20 December 1987", "on Dec. 20, 1987" date a clause as "in 1987" does (t13an N1:
# "In December 1987 the ferry Doña Paz sank …, killing more than 4,300 people" was read as this
# ferry's toll, a revision of the wire's own 12). Month names: the date parser's (date_forms).
_MONTH_NAME = "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True))
_MONTH_BEFORE_YEAR = (
    rf"(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<mon>{_MONTH_NAME})\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+"
)
# An "of" phrase after a count of text units: the pages of a thing ("4,000 pages of documents"),
# counted as the thing's, never the article's own text (words.TEXT_UNITS; review s47-rv finding 11).
_OF_NOUN = re.compile(r"\s+of\s+[a-z]")
_EARLIER_EVENT = re.compile(
    r"\b(?:(?:an?|the)\s+(?P<y1>(?:19|20)\d\d)\s+[^\W\d_]"
    # "the worst since 1952, when 11 people were killed": the "when" clause is that year's event
    r"|since\s+(?P<y3>(?:19|20)\d\d),?\s+when\b"
    rf"|(?<!since )(?<!after )(?:in|on)\s+(?:{_MONTH_BEFORE_YEAR})?"
    r"(?P<y2>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"
    r"|(?P<ly>last\s+year[’']s)\b"
    rf"|last\s+(?:{_EVENTS_DONE})\b"
    rf"|{_SIMILAR})",
    re.I,
)
# An event noun after "that" or "the same" opening a sentence ("That eruption killed 42 people",
# "In that flood, 40 people died") refers back to the event the sentence before named: when that
# one is an earlier event ("The volcano last erupted 53 years ago."), so is this (t13ac M1)
_BACK_REFERENCE = re.compile(
    rf"[\W_]*(?:(?:in|during|after)\s+)?(?:that|the\s+same)\s+(?:[^\W\d_]+\s+)?(?:{_EVENTS})\b", re.I
)
# A year fused before an event noun after "a": "A 1952 crash on the same line killed 11 people"
# introduces another event than the story's own, whose year a year-less dateline need not say (t13ab
# L18: "March 4 (Westpost)" gave no year to compare 1952 with, and the toll read 7 vs 11).
_INDEFINITE_EVENT = re.compile(rf"an?\s+(?:19|20)\d\d\s+(?:{_EVENTS})\b", re.I)
# An event named after "last year's" ("killed 40 people in last year's flood"); after a figure,
# "last year's" before any other thing is what the figure is compared with: "an offer of four and a
# half percent barely covers last year's inflation" is this story's offer (t13ajr N7: the Ledger's
# offer was dropped as an earlier event's).
_EVENT_AFTER = re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{_EVENTS})\b", re.I)
# An event named right before a relative year: "in a flood last year", "a fire two years ago".
_EVENT_BEFORE = re.compile(rf"\b(?:{_EVENTS})\s+$", re.I)
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


def _made_in(text: str, start: int, pos: int) -> bool:
    """Whether the clause before a year at ``pos`` says when a thing was made (:data:`_MADE`): the
    participle right before the year or anywhere in its clause, its maker between ("built in 1961",
    "designed by Kajimura Construction in 2008": the embankment's height in the main clause was
    dropped as an earlier event's, t13p F15)."""
    made = _WORD_BEFORE.search(text, max(start, pos - 24), pos)
    if made is not None and made.group(1).lower() in _MADE:
        return True
    for cut in _MADE_CLAUSE_END.finditer(text, start, pos):
        start = cut.end()
    return any(w.lower() in _MADE for w in WORD.findall(text, start, pos))


# A clause's end for :func:`_made_in`: brackets and an address's "://" are inside it ("designed by [Kajimura
# Construction](https://kajimura.example) in 2008": a Markdown link's address in its text)
_MADE_CLAUSE_END = re.compile(r"[,;—–]|:(?!//)|\s(?:but|while|whereas|and)\s")


# A clause set off by a comma and opened by a past participle: "The bridge, inspected by engineer
# Hiroshi Tanabe in 2024, was 62 metres high" (the participle's own words up to the year)
_ASIDE_OPENING = re.compile(r",\s+(?:(?:[^\W\d_]+ly|last|first)\s+)?([^\W\d_]+)\b", re.I)
_IRREGULAR_PARTICIPLES = frozenset(
    """seen shown known hit run held made taken given chosen drawn struck sold bought won
    brought caught fought found left kept lost paid put sent set shut spent told hurt""".split()
)


def _participle_aside(text: str, start: int, pos: int) -> bool:
    """Whether the year at ``pos`` closes an aside about a thing, set off by a comma and opened by a
    past participle ("The bridge, inspected by engineer Hiroshi Tanabe in 2024, was 62 metres
    high", "The tower, last visited by inspectors in 2023, was 120 metres high"): it dates what was done to
    the thing, not the figure of the main clause after it (t13r F12: given the article's date, the
    height was dropped as an earlier event's; an undated .txt article kept it)."""
    cut = start
    for end in _MADE_CLAUSE_END.finditer(text, start, pos):
        cut = end.start()
    opening = _ASIDE_OPENING.match(text, cut) if cut > start else None
    if opening is None:
        return False
    word = opening.group(1).lower()
    if word.endswith("ed") or word in _IRREGULAR_PARTICIPLES or word in _MADE:
        return True
    # a noun phrase in apposition whose participle the year follows: "The aircraft, an Airbus A321
    # delivered in 2014, was travelling at about 280 km/h" (t13ad N14, round s37-x1: the speed was
    # dropped as the delivery's), "The train, a Class 805 unit introduced in 2019, …"; never a
    # relative clause's verb (", which collapsed in 2019, killed 40": that year's event)
    if word not in _APPOSITION_OPENERS:
        return False
    done = _WORD_BEFORE.search(text, max(cut, pos - 24), pos)
    return done is not None and is_participle(done.group(1).lower())


_APPOSITION_OPENERS = frozenset("a an the its their".split())  # a noun phrase in apposition


def _earlier_event(
    text: str,
    sent: tuple[int, int],
    fig: tuple[int, int],
    year: int | None,
    dated: bool = False,
    prev: tuple[int, int] | None = None,
    month: int | None = None,
) -> bool:
    """Whether the figure at ``fig`` (its start, end; or an ordinal victim's words) is one of an
    event before the article's: its sentence names one ("a 2019 fire", "in 2019" before the
    article's year, "last year's", "a previous", "when it last erupted"; in an article
    with a date, ``dated``, a :data:`RELATIVE_YEAR` before it, "last year", "two years ago", read
    as "in 2019" is), before the figure, or after it in the same clause; or the sentence opens
    by referring back to an event ("That eruption", :data:`_BACK_REFERENCE`) and the sentence
    before it, ``prev`` (start, end), names an earlier one. A year that dates a thing
    ("built in 1961", "founded in 1987": :data:`_MADE`) names no event."""
    back = _BACK_REFERENCE.match(text, sent[0]) if prev is not None else None
    if back is not None and prev is not None and back.end() <= fig[0]:
        if _earlier_event(text, prev, (prev[1], prev[1]), year, dated, month=month):
            return True
    # (each cue, whether it is a year "in" a clause of its own, the year it names when written out,
    # whether its words alone put it before the story: "since 1952, when", "a 1952 crash")
    cues = [
        (m, bool(m.group("y2")), m.group("y1") or m.group("y2") or m.group("y3"), _past_by_words(m, month))
        for m in _EARLIER_EVENT.finditer(text, *sent)
    ]
    if dated:
        # "Last year a flood killed 40 people" in a dated article, as "In 2025 a flood killed 40"
        # (#16, round s34-e); "this year" is the story's own, and an undated article's "last
        # year" stays unresolved, as its "in 2025" does
        # (before the figure, or naming an event, "killed 40 people in a flood last year": after a
        # figure it may date a thing of this story, "a €40 million contract awarded last year", or
        # a total of that year, "carried 412,000 passengers last year")
        cues += [
            (m, True, None, False)
            for m in RELATIVE_YEAR.finditer(text, *sent)
            if (relative_year(m) or 0) > 0  # a year to come ("next year") names no earlier event
            and (m.end() <= fig[0] or _EVENT_BEFORE.search(text, max(sent[0], m.start() - 30), m.start()))
        ]
    for m, in_year, y, past in cues:
        if y and (int(y) >= year if year is not None else not past):
            continue  # this year's, or no article year to compare with and no word saying it is before
        if m.start() >= fig[1] and COMPARED_AFTER.search(text, fig[1], m.start()):
            # "The death toll of 12 is less than half the 29 who died in 1987": the year after
            # the comparison is its other side's (t13ae P6, round s38-x1: the 12 was dropped)
            continue
        if in_year and m.end() <= fig[0] and _CLAUSE_END.search(text, m.end(), fig[0]):
            if _made_in(text, sent[0], m.start()) or _participle_aside(text, sent[0], m.start()):
                # "The dam, built in 1961, was being repaired under a €40 million contract": when
                # the thing was made, in a clause of its own ("built in 1961 for $2 million" is
                # still that year's price)
                continue
        if m.start() >= fig[1] and _CLAUSE_END.search(text, fig[1], m.start()):
            continue  # after the figure, in another clause
        if m.re is _EARLIER_EVENT and m.group("ly") and m.start() >= fig[1] and not _EVENT_AFTER.match(text, m.end()):
            continue  # after the figure, last year's thing it is compared with (:data:`_EVENT_AFTER`)
        if m.start() >= fig[1] and _RELATIVE.search(text, fig[1], m.end()):
            continue  # after the figure, in a relative clause of its own (:data:`_RELATIVE`)
        if m.start() < fig[1] and m.end() > fig[0]:
            continue  # the cue is the figure itself ("a 2019 ...")
        return True
    return False


def earlier_event_name(text: str, sent: tuple[int, int], fig: tuple[int, int], year: int | None) -> str:
    """What names the earlier event a figure at ``fig`` (start, end) of the sentence ``sent`` is of,
    for its row's label: the year its sentence gives it (an :data:`_EARLIER_EVENT` cue's, before the
    article's ``year``; none past a comparison, :data:`COMPARED_AFTER`) and the event's noun the
    sentence names nearest that year (a kind's generic noun its kind, :func:`~.things.owner_kind`:
    "slide" is "landslide"): "1987 landslide" ("A 1987 landslide in the same valley killed 31
    people", "The last big slide here, in 1987, killed 29"), "1987" when no noun ("the 29 who died
    in 1987"); "" when the sentence names no such year (the figure stays out of the sheet, as
    before: "Last year a flood killed 40")."""
    best: tuple[int, int] | None = None  # (distance from the figure, year)
    for m in _EARLIER_EVENT.finditer(text, *sent):
        y = m.group("y1") or m.group("y2") or m.group("y3")
        if not y or (year is not None and int(y) >= year):
            continue
        if m.start() >= fig[1] and (
            COMPARED_AFTER.search(text, fig[1], m.start()) or _CLAUSE_END.search(text, fig[1], m.start())
        ):
            continue
        at = m.start(m.lastgroup or 0)
        gap = abs(at - fig[0])
        if best is None or gap < best[0]:
            best = (gap, int(y))
    if best is None:
        return _previous_event_name(text, sent, fig)
    when = str(best[1])
    nouns = [(abs(n.start() - text.find(when, *sent)), n.group()) for n in _EVENT_NOUN.finditer(text, *sent)]
    if not nouns:
        return when
    noun = singular_of(min(nouns)[1].lower())
    if noun in _BARE_SLIDE and not slide_is_landslide(text, sent):
        return f"{when} {noun}"  # "After the 2008 slide" of a share price: no landslide (finding 2)
    return f"{when} {event_noun_kind(noun)}"


# The story's previous event named without a year: "A previous landslide killed 31 people", "the
# prior blast", "an earlier fire" (an adjective between: "the previous big slide"); never "a similar
# crash", which may be any one of many.
_PREVIOUS_NAMED = re.compile(
    rf"\b(?:an?|the|its|their)\s+(?P<which>previous|prior|earlier)\s+(?:[^\W\d_]+\s+)?(?P<noun>{_EVENTS})\b", re.I
)


# A relative clause with a subject of its own: an earlier event named in it is that clause's, with
# its own verb and count ("Six miners died at the mine where a previous blast killed 12": the six
# are the story's; review s39-rv finding 4). Never "when" ("Four died when a fire swept the hall in
# 2019" are that fire's dead), nor a clause the figure is the subject of ("the 29 who died in 1987").
_RELATIVE = re.compile(r"\b(?:where|which|that|whom)\s+(?:an?|the|its|their|this)\s", re.I)


def _previous_event_name(text: str, sent: tuple[int, int], fig: tuple[int, int]) -> str:
    """The name of the earlier event a count at ``fig`` is of when the sentence ``sent`` names it by
    no year but as the previous one of its kind (:data:`_PREVIOUS_NAMED`) in the figure's clause or
    before it: "previous landslide" ("A previous landslide killed 31 people", "The prior slide
    killed 29"), "previous fire" ("An earlier fire injured four workers": "earlier" and "prior" name
    it as "previous" does); "" when it names none, or a plural ("previous floods": several), or it
    follows the figure in another clause or a relative clause ("killed 6 at the mine where a
    previous blast killed 12": the 6 is the story's). Its count is a row of that event, never the
    story's (issue #16, s39-x1: it was dropped)."""
    for m in _PREVIOUS_NAMED.finditer(text, *sent):
        if m.start() >= fig[1] and (
            _CLAUSE_END.search(text, fig[1], m.start()) or _RELATIVE.search(text, fig[1], m.end())
        ):
            # (a relative clause after the figure has its own verb and count: "Six miners died …
            # at the mine where a previous blast killed 12" is the story's six; review s39-rv 4)
            continue
        noun = singular_of(m.group("noun").lower())
        if noun != m.group("noun").lower():
            continue
        if noun in _BARE_SLIDE and not slide_is_landslide(text, sent):
            continue
        # "previous", "prior" and "earlier" name one event ("A previous crash … killed four" and
        # "An earlier crash … killed 4": one row, review s39-rv finding 13)
        return f"previous {event_noun_kind(noun)}"
    return ""


_EVENT_NOUN = re.compile(rf"\b(?:{_EVENTS})\b", re.I)
# Nouns of any event, no kind of one: "the 1987 disaster" may be the year's landslide or its flood.
_GENERIC_EVENTS = frozenset("disaster accident incident".split())


def earlier_key(name: str) -> str:
    """The part of an earlier event's count's key that its :func:`earlier_event_name` ``name`` gives:
    the year and the event's kind ("1987 landslide"), so that two events of one year are two rows
    ("A 1987 landslide … killed 31" and "In 1987 a flood … killed 40" were one row in disagreement:
    review s38-rv finding 1, round s38-z1); the year alone when the name has no kind or only a
    generic noun (:data:`_GENERIC_EVENTS`: "1987 disaster" → "1987"), to be joined to the story's one
    event of that year by :func:`join_earlier_events`."""
    when, _, kind = name.partition(" ")
    return name if kind and kind not in _GENERIC_EVENTS else when


def join_earlier_events(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` with each earlier event's count keyed by its year alone (:func:`earlier_key`: "the
    29 who died in 1987", "the 1987 disaster killed 30") given the kind of event of that year when
    the story's figures (all articles') name one kind for it ("death toll (1987 landslide)"); left
    its own row when they name none or several ("In 1999 a flood …" and "A 1999 avalanche …": which
    one "the 44 who died in 1999" counts no figure says). A previous event named by no year ("An
    earlier crash on the road killed 4": "previous crash") is likewise given the year of the one
    dated earlier event of its kind ("A previous crash on the same road killed four in 2019": one
    row, review s39-rv finding 13), left its own row when none or several years have that kind.
    Copies, never the figures given."""
    kinds: dict[str, set[str]] = {}
    years: dict[str, set[str]] = {}
    for f in figures:
        m = _EARLIER_PART.search(f.measure)
        if m is not None and m.group("kind"):
            kinds.setdefault(m.group("year"), set()).add(m.group("kind"))
            years.setdefault(m.group("kind"), set()).add(m.group("year"))
    out: list[FactValue] = []
    for f in figures:
        p = _PREVIOUS_PART.search(f.measure)
        if p is not None and len(dated := years.get(p.group("kind"), set())) == 1:
            [year] = dated
            kind = p.group("kind")
            label = re.sub(rf"\(previous {re.escape(kind)}\)$", f"({year} {kind})", f.label)
            out.append(replace(f, measure=f"{f.measure[: p.start()]}|{EARLIER}{year} {kind}", label=label))
            continue
        m = _EARLIER_PART.search(f.measure)
        named = kinds.get(m.group("year"), set()) if m is not None and not m.group("kind") else set()
        if m is None or len(named) != 1:
            out.append(f)
            continue
        year, [kind] = m.group("year"), named
        label = re.sub(rf"\({year}(?: [^()]*)?\)$", f"({year} {kind})", f.label)
        out.append(replace(f, measure=f"{f.measure} {kind}", label=label))
    return out


# A bare "slide" is everyday business English ("a share slide", "The previous slide came in 2008"):
# a landslide only in an article naming the landslide by another of its nouns (things.KINDS:
# "landslide", "mudslide", "mud", "debris"), or where the slide's sentence says it killed, hurt or
# buried people (:data:`_SLIDE_HARM`: "The last big slide here, in 1987, killed 29", "The last
# deadly slide in the valley"), or, in an article naming no market (:data:`_MARKET_WORDS`), that it
# hit or destroyed a place (:data:`_SLIDE_STRUCK`: "The last slide to hit the town", "when a slide
# destroyed the old mill"; "The last slide this steep hit traders" is a price's). A share story's
# "previous slide" was "year of the previous landslide" in disagreement (review s38-rv finding 2,
# round s38-z1).
_BARE_SLIDE = frozenset({"slide", "slides"})
_LANDSLIDE_NOUNS = frozenset(
    form for w in ("landslide", *KINDS["landslide"]) if w not in _BARE_SLIDE for form in (w, f"{w}s")
)
_MARKET_WORDS = SHARE_HEADS | frozenset("price prices market markets index investors currency trading".split())
_SLIDE_HARM = frozenset(w for w, (key, _label) in CASUALTY.items() if key in ("death", "injured", "missing")) | (
    frozenset("deadly buried engulfed swept crushed flattened".split())
)
_SLIDE_STRUCK = frozenset("hit hits struck strike strikes destroyed damaged blocked".split())


@lru_cache(maxsize=4)
def _slide_words(text: str) -> tuple[bool, bool]:
    """Whether the article ``text`` names the landslide by another of its nouns, and whether it
    names a market: read once per article (a year's clause asks per sentence)."""
    words = {w.lower() for w in WORD.findall(text)}
    return not words.isdisjoint(_LANDSLIDE_NOUNS), not words.isdisjoint(_MARKET_WORDS)


def slide_is_landslide(text: str, sent: tuple[int, int]) -> bool:
    """Whether a bare "slide" of the sentence ``sent`` (start, end) of the article ``text`` is a
    landslide (see :data:`_BARE_SLIDE`)."""
    named, market = _slide_words(text)
    words = {w.lower() for w in WORD.findall(text, *sent)}
    return named or not words.isdisjoint(_SLIDE_HARM) or (not market and not words.isdisjoint(_SLIDE_STRUCK))


def _sentence_before(sents: Sequence[Any], k: int) -> tuple[int, int] | None:
    """The span (start, end) of sentence ``k - 1`` of ``sents`` (objects with ``start``, ``end``),
    None for the first: what a sentence opening "That eruption" refers back to."""
    return (sents[k - 1].start, sents[k - 1].end) if k > 0 else None


def _before(sents: Sequence[Any], sent: tuple[int, int]) -> tuple[int, int] | None:
    """:func:`_sentence_before` of the sentence whose span is ``sent`` (None when it is none of ``sents``)."""
    for k, s in enumerate(sents):
        if (s.start, s.end) == sent:
            return _sentence_before(sents, k)
    return None


def _past_by_words(m: re.Match[str], month: int | None = None) -> bool:
    """Whether the :data:`_EARLIER_EVENT` cue ``m`` says by its own words that its year is before
    the story's, so that it names an earlier event in an article whose date has no year: "since
    1952, when …", "A 1952 crash" (:data:`_INDEFINITE_EVENT`); "in 1952" or "the 2019 fire" may be
    the story's own year. A year with a month other than the article's own ``month`` (its date
    "--03-14" without a year: a wire's dateline "March 14") dates another time than the story's
    days: "In December 1987 the ferry Doña Paz sank …" in a wire of March 14 (t13an N1)."""
    if bool(m.group("y3")) or _INDEFINITE_EVENT.match(m.string, m.start()) is not None:
        return True
    named = m.group("mon")
    return month is not None and named is not None and MONTH_NUMBERS.get(named.lower()) != month


_SIMILAR_EVENT = re.compile(rf"\b{_SIMILAR}", re.I)


def earlier_events_year(
    text: str, sent: tuple[int, int], fig: Figure, year: int | None, month: int | None = None
) -> bool:
    """Whether the year ``fig`` (in the sentence ``sent``) is the year of an earlier event its cue
    (:data:`_EARLIER_EVENT`) names: "A 1952 crash", "since 1952, when …", "In 1952, 11 people died
    in a similar crash", before the article's ``year``, or, when the article's date has no year, a
    cue whose words put it before the story (:func:`_past_by_words`). Such a year, when no event of
    its clause labels it (:func:`year_event`), is no fact of this story (t13ab L18: 1952 a bare
    ``year`` row)."""
    for m in _EARLIER_EVENT.finditer(text, max(sent[0], fig.start - 16), min(sent[1], fig.end + 40)):
        group = m.lastgroup or ""
        if group not in ("y1", "y2", "y3") or m.start(group) != fig.start:
            continue
        if group == "y1" and _INDEFINITE_EVENT.match(text, m.start()) is None:
            continue  # "the 1974 bridge": a thing's year
        if group == "y2" and not _SIMILAR_EVENT.search(text, *sent):
            continue  # "in 2019" alone may date anything
        if (int(m.group(group)) < year) if year is not None else _past_by_words(m, month):
            return True
    return False


# A year dating the amount of its own clause: "fined £2.3m in 2023", "lost 300 mln dlrs in 2025 as
# demand fell" (at most two words between, no clause's end), "In 2019 the mine was fined $750,000".
# (up to four words between: the amount's purpose, "€40 million (£34 million) for road repairs in
# 2024", is dated by the year after it; t13ahr S3, the amount was dropped as an earlier event's and
# its year stood as a row "year for road repairs")
# (a year followed by a dash, a slash and digits is a span or a fiscal year, "in 2026/27",
# "in 2025-26", never the amount's one calendar year: "£40m for road repairs in 2026/27" was money
# "in 2026", issue #16, round s42-y1)
_YEAR_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,4}?in\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")
_YEAR_BEFORE = re.compile(r"\b[Ii]n\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")
_BREAK_WORDS = frozenset("and but while whereas which who when after before since".split())


# The words between a figure and a duration after it that make the duration the time the figure
# was reached in ("4 inches (100 mm) of rain fell in three hours", "Rainfall reached 4 inches in
# three hours", "killed 12 people in two days"): a few words of the one clause, then "in" or
# "within": the figure's window, never a bare "duration" row of its own (t13air: a row "duration
# agree 3 hours" beside the rainfall).
_WINDOW_BETWEEN = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:\s+[^\W\d_][\w’'-]*){0,4}\s+(?P<way>in|within|over|for)\s+(?:just\s+|only\s+)?$"
)
# "for" makes a duration after a figure its window only where an "of" names what the span is of:
# "losses at €1.1 billion for three days of closures" (the estimate's scenario), never "pledged
# €2m for three years" alone.
_SPAN_OF_AFTER = re.compile(r"\s+of\s+[^\W\d_]")


def _window_of(text: str, before: Figure, fig: Figure) -> bool:
    """Whether the duration ``fig`` is the time the figure ``before`` it in its clause was reached
    in or covers (:data:`_WINDOW_BETWEEN`): "fell in three hours", "9,800 flights had been
    cancelled over two days" (the span of a cumulative count), "€1.1 billion for three days of
    closures" (the span an estimate assumes); an amount, count or quantity, no other time."""
    if before.kind not in ("count", "quantity", "money", "percent"):
        return False
    m = _WINDOW_BETWEEN.fullmatch(text, before.end, fig.start)
    if m is None:
        return False
    return m.group("way").lower() != "for" or _SPAN_OF_AFTER.match(text, fig.end) is not None


# A condition opening a duration's clause before it: "losses at $1.2 billion if the closures lasted
# three days", "unless the strike ends within two weeks". The duration is a supposed case's, no
# value of how long anything lasted (t13as N2: a scenario of IATA's estimate read as the closure's
# duration, against a forecast and a count's span). Conditional subordinators (CGEL's "if", "unless",
# "provided", "assuming", "supposing", "in case"); no clause's punctuation between it and the value.
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|unless|provided(?:\s+that)?|providing|assuming|supposing|in\s+case)\s[^,;:.!?()—–]*$", re.I
)


# A verb of asking, knowing or telling (or "unclear") right before "if": the "if" of an indirect
# question, "whether" (CGEL 11.5: "asked if the ferry that was stuck for 14 hours had food",
# "did not say if", "it is unclear if"), which supposes nothing (s50-rv finding 16).
_WHETHER_BEFORE = re.compile(
    r"\b(?:ask|wonder|know|knew|known|say|said|tell|told|check|see|saw|decide|determine|confirm|clear|unclear"
    r"|sure|unsure|doubt|question|investigat\w*)(?:s|ed|ing|d)?(?:\s+(?:not|yet|still|now))?\s+$",
    re.I,
)


def _supposed(text: str, fig: Figure, sent_start: int) -> bool:
    """Whether the duration ``fig`` is said in a condition's clause (:data:`_CONDITION_BEFORE`); an
    indirect question's "if" (:data:`_WHETHER_BEFORE`) is none."""
    cond = _CONDITION_BEFORE.search(text, max(sent_start, fig.start - 80), fig.start)
    if cond is None:
        return False
    return not (
        text[cond.start() : cond.start() + 2].lower() == "if"
        and _WHETHER_BEFORE.search(text, max(sent_start, cond.start() - 40), cond.start()) is not None
    )


# A year named by how many years before the article's it is (#16, round s34-e): "last year", "this
# year", "two years ago", and their French, German and Spanish forms ("l'an dernier", "im
# vergangenen Jahr", "vor zwei Jahren", "el año pasado"), read against the article's date
# (:func:`relative_year`), never the clock's; and the year before one the text has just named
# ("the previous year", "the prior year", "the year before", "l'année précédente", "im Vorjahr",
# "el año anterior": the ``prev`` group, :func:`counts_back_from_named`): "fined $2 million in
# 2019. It had been fined $750,000 the year before" is 2018's fine, never the article's year's
# before (review s34-r item 2, round s34-q). "the last year", "its last year" are the past twelve
# months or a final year, no calendar year ("lost $40 million over the last year"; item 3).
_COUNT = r"\d{1,2}|[^\W\d_]+"  # a count of years, in digits or a word ("two", "deux", "zwei")
_NO_LAST_YEAR_AFTER = "".join(rf"(?<!\b{w}\s)" for w in "the its his her our their my your this".split())
RELATIVE_YEAR = re.compile(
    r"(?<![\w’'-])(?:(?P<two>the\s+year\s+before\s+last|(?:im\s+)?vorletzten\s+Jahr|vorletztes\s+Jahr)"
    rf"|(?P<last>{_NO_LAST_YEAR_AFTER}last\s+year"
    r"|l['’]an\s+(?:dernier|pass[ée])|l['’]ann[ée]e\s+(?:derni[èe]re|pass[ée]e)"
    r"|(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+Jahr|letztes\s+Jahr|el\s+a[ñn]o\s+pasado)"
    r"|(?P<prev>the\s+(?:previous|prior)\s+year|the\s+year\s+before|l['’]ann[ée]e\s+pr[ée]c[ée]dente"
    r"|im\s+Vorjahr|el\s+a[ñn]o\s+anterior)"
    r"|(?P<this>this\s+year|cette\s+ann[ée]e|(?:in\s+)?diesem\s+Jahr|dieses\s+Jahr|este\s+a[ñn]o)"
    r"|(?P<next>next\s+year|l['’]an\s+prochain|l['’]ann[ée]e\s+prochaine|(?:im\s+)?n[äa]chsten\s+Jahr"
    r"|n[äa]chstes\s+Jahr|el\s+a[ñn]o\s+(?:pr[óo]ximo|que\s+viene)|el\s+pr[óo]ximo\s+a[ñn]o)"
    rf"|in\s+(?P<ahead>{_COUNT})\s+years(?:['’]\s+time)?(?!\s+(?:of|to|from|after|before|and)\b)"
    rf"|(?P<n>{_COUNT})\s+years?\s+ago|il\s+y\s+a\s+(?P<fr>{_COUNT})\s+ans|vor\s+(?P<de>{_COUNT})\s+Jahren"
    rf"|(?P<spans>{SPAN_SHARE}|{_COUNT}){SPAN_SHARE_GAP}(?P<span>decades?|centur(?:y|ies))\s+ago)"
    r"(?![\w’'-])",
    re.I,
)
# A written year restating the relative year before it: "nearly four decades ago, in 1987, when …",
# "39 years ago (in 1987)": the written one is the value, the article's one (two values of one
# article's row read as a change, round s38-x1).
_RESTATED_YEAR = re.compile(r"\s*(?:,|\(|—|–)\s*(?:in\s+)?(?:19|20)\d\d\b")
# A qualifier right before a relative year ("nearly four decades ago", "about 30 years ago").
_HEDGE_BEFORE = re.compile(rf"(?<![\w-])(?:{QUALIFIERS})\s+$", re.I)
# The words a count of years before "ago" is written in (digits aside): English, French, German.
_YEARS_COUNT = {
    **NUMBER_WORDS,
    **{w: n for n, w in enumerate("zéro un deux trois quatre cinq six sept huit neuf dix".split())},
    **{w: n for n, w in enumerate("null ein zwei drei vier fünf sechs sieben acht neun zehn".split())},
    "einem": 1,
}


def relative_year(m: re.Match[str]) -> int | None:
    """How many years before the article's year a :data:`RELATIVE_YEAR` match names (1 for "last
    year", "l'an dernier", "im vergangenen Jahr"; 0 for "this year"; 2 for "two years ago", "vor 2
    Jahren", "the year before last"; after it, negative: -1 for "next year", "l'an prochain", -2
    for "in two years"), None when its count of years is no number ("many years ago")."""
    if m.group("two"):
        return 2
    if m.group("last") or m.group("prev"):
        return 1
    if m.group("this"):
        return 0
    if m.group("next"):
        return -1
    if m.group("span"):
        # "two decades ago", "half a century ago", "a century ago": a round span, read as about so
        # many years (:func:`round_span`; t13aa K16, round s36-c: "Built half a century ago" gave nothing)
        # ("a quarter of a century ago" is 25 years, never "a century ago": lexicon.SPAN_SHARE)
        spans = m.group("spans").lower()
        many: float | None = span_share(spans)
        if many is None:
            many = int(spans) if spans.isdigit() else {"a": 1, "an": 1}.get(spans, _YEARS_COUNT.get(spans))
        if many is None or many <= 0:
            return None
        return round(many * (100 if m.group("span").lower().startswith("centur") else 10))
    n = m.group("n") or m.group("fr") or m.group("de") or m.group("ahead") or ""
    count = int(n) if n.isdigit() else _YEARS_COUNT.get(n.lower())
    if count is None or count < 1:
        return None
    return -count if m.group("ahead") else count


# What may stand between a verb and "in N years": a phrasal verb's particle, an adverb, an object's
# few words ("will repay the loan in five years")
_AHEAD_GAP = 4


def _ahead(text: str, m: re.Match[str], start: int) -> bool:
    """Whether a :data:`RELATIVE_YEAR` match "in N years" (its ``ahead`` group) names a year to
    come, not a duration: "in two years' time" always; else only with a verb of its clause (from
    ``start``) that is to come, a modal's or "to"'s bare form after "will", "is due to", "is set
    to", "is expected to" (:data:`_TO_COME`, :data:`_BEFORE_TO`: "will reopen in two years", "is
    scheduled to shut down in three years"). After a past tense or a participle it is how long
    something took: "The bridge was built in two years", "completed in three years", "will be
    repaid in five years" (review s35-rv item 7, round s35-y: a false "year built 2028")."""
    if re.search(r"['’]\s+time\b", m.group()):
        return True
    words = clause_before(text, m.start(), start, strict=True, keep_case=True, most=_AHEAD_GAP + 3)
    low = [w.lower() for w in words]
    for k in range(len(low) - 1, max(-1, len(low) - 1 - _AHEAD_GAP), -1):
        w = low[k]
        before = low[k - 1] if k > 0 else ""
        if w in _TO_COME:
            return False  # "will in two years": no verb after the modal in the clause
        modal = before in _TO_COME or (before == "to" and k > 1 and low[k - 2] in _BEFORE_TO)
        if modal and words[k].islower():
            return not is_participle(w) or w in _BARE_PARTICIPLES
        if is_participle(w) and before == "be" and k > 2 and low[k - 2] == "to" and low[k - 3] in _SCHEDULED:
            return True  # "was due to be replaced in four years": when, by a schedule (t13aa K16)
        if is_participle(w) or w in IRREGULAR_PAST:
            return False  # "was built in two years", "paid it back in five years"
    return False


# Words that schedule an event ("is due to be replaced in four years"): a passive after them is to
# come, as "will be repaid in five years" (how long it takes) need not be.
_SCHEDULED = frozenset("due set scheduled slated".split())


# Irregular participles that are their verb's bare form too ("will shut", "is set to cut"): after a
# modal or "to" a verb to come.
_BARE_PARTICIPLES = frozenset("shut cut hit put set let spread split cost quit".split())


def round_span(m: re.Match[str]) -> bool:
    """Whether a :data:`RELATIVE_YEAR` match counts back in decades or centuries ("half a century
    ago", "two decades ago"): a round figure, its year qualified "about"."""
    return m.group("span") is not None


def round_years(ago: int) -> bool:
    """Whether a count of years back is a round figure, a whole number of decades ("40 years ago",
    "fifty years ago"; not "39 years ago", "ten years ago", nor a year to come)."""
    return ago > _ROUND_YEARS and ago % _ROUND_YEARS == 0


# The step of a round count of years (:func:`round_years`): decades, from two of them.
_ROUND_YEARS = 10


# How far a round span's year may be either way: a tenth of the span, never less than two years
# ("a century ago" ±10, "half a century ago" ±5, "two decades ago" ±2), as an approximator's
# margin is at most a tenth of its value (grouping.APPROXIMATION_SHARE, APPROXIMATION_DIGITS).
_SPAN_SHARE = 0.1
_SPAN_FLOOR = 2.0


def span_margin(ago: int) -> float:
    """The years either way of the year a round span of ``ago`` years before names (100 → 10.0,
    50 → 5.0, 20 → 2.0): about so many years, its margin the span's, not the year's last digit
    (review s36-rv D4: "a century ago", read 1926 ± 2, disagreed with "opened in 1921")."""
    return max(_SPAN_FLOOR, _SPAN_SHARE * abs(ago))


def counts_back_from_named(m: re.Match[str]) -> bool:
    """Whether a :data:`RELATIVE_YEAR` match counts back from a year the text has just named ("the
    previous year", "the year before", "im Vorjahr"), not from the article's date ("last year")."""
    return m.group("prev") is not None


# A year the text names, before a relative year counted back from it (:func:`_named_before`):
# four digits :func:`~waic_reader.index.analysis.figures.is_year` reads as a year ("in 2019", "March
# 3, 2019"), no amount's or longer number's digits.
_WRITTEN_YEAR = re.compile(rf"(?<![\w$£€¥.,]){YEAR}(?![\w%]|[.,]\d)")


def _named_before(
    text: str, start: int, end: int, year: int | None, skip: Sequence[tuple[int, int]] = ()
) -> tuple[int | None, int] | None:
    """The year named nearest before ``end`` from ``start`` (a sentence and the one before it), as
    (the year, how many years before the article's ``year``): one written out (:data:`_WRITTEN_YEAR`,
    never on one of the article's own date stamps ``skip``, a dateline's "March 10, 2026": that is
    the article's date, no year its text names), ``(y, 0)``, or one counted from the article's date
    ("last year": ``(year - 1, 1)``, ``(None, 1)`` in an article without a year); None when none."""
    best: tuple[int, tuple[int | None, int]] | None = None
    for w in _WRITTEN_YEAR.finditer(text, start, end):
        if any(a <= w.start() < b for a, b in skip) or not is_year(text, w.start(), w.end(), int(w.group())):
            continue
        best = (w.start(), (int(w.group()), 0))
    for rel in RELATIVE_YEAR.finditer(text, start, end):
        ago = relative_year(rel)
        if ago is None or ago < 0 or counts_back_from_named(rel) or (best is not None and rel.start() < best[0]):
            continue
        best = (rel.start(), ((year - ago if year is not None else None), ago))
    return best[1] if best is not None else None


# A relative year dating the amount before it: among the first words after it ("fined $750,000 last
# year", "had sales of €90m the previous year", "fined €5m two years ago"), at most two words between
# ("fined $2m in fines last year"), or before it in its own clause ("Last year the mine was fined
# $750,000").
_RELATIVE_GAP = 2


SHARE_OF = "share of|"  # what opens the measure of a share of a named whole in a given year


def _share_dated(
    text: str, sent: tuple[int, int], fig: Figure, year: int | None, back: int, skip: Sequence[tuple[int, int]]
) -> tuple[int | None, int | None, int] | None:
    """:func:`_dating_year` of a percentage that is a share of a whole its clause names
    (:func:`~.percent.percent_subject` finds its head), read after the whole's noun phrase ("38
    percent of roadside inspections in 2025": :func:`~.percent.share_end`); None for any other."""
    if not percent_subject(text, fig, sent)[0]:
        return None
    return _dating_year(text, sent, replace(fig, end=share_end(text, fig, sent)), year, back, skip)


def _dating_year(
    text: str,
    sent: tuple[int, int],
    fig: Figure,
    year: int | None = None,
    back: int | None = None,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[int | None, int | None, int] | None:
    """(the year, how many years before the article's, where it starts) that dates the amount ``fig``
    in its own clause (:data:`_YEAR_AFTER`, :data:`_YEAR_BEFORE`, a :data:`RELATIVE_YEAR` after or
    before it: no clause's end between them, :data:`_CLAUSE_END`), else None. Such an amount is
    that year's value of its measure, when the year is before the article's or the article has none
    ("fined £2.3m in 2023" in a dated article and in a wire dated "March 14" alike). A relative year
    is resolved against ``year``, the article's (``(year - n, n, start)``); without one it stays
    unresolved, ``(None, n, start)``, for the corpus's dates to resolve (a wire's "March 14" takes
    the year of the others') or none, never the clock's. An absolute year gives ``(year, 0, start)``.
    A year counted back from one the text names (:func:`counts_back_from_named`: "the year before")
    is read from the year named nearest before it from ``back`` (the previous sentence's start) or
    its own sentence's (:func:`_named_before`; ``skip``: the article's date stamps), and is
    ``(None, None, start)`` when none is named: an earlier year no date tells."""
    m = _YEAR_AFTER.match(text, fig.end, sent[1])
    if m is not None and not any(w.lower() in _BREAK_WORDS for w in WORD.findall(m.group()[: -len("in 0000")])):
        return int(m.group("year")), 0, m.start("year")
    for k, w in enumerate(WORD.finditer(text, fig.end, sent[1])):
        if k > _RELATIVE_GAP or w.group().lower() in _BREAK_WORDS or _CLAUSE_END.search(text, fig.end, w.start()):
            break
        if (rel := RELATIVE_YEAR.match(text, w.start(), sent[1])) is not None:
            return _resolved(text, rel, year, sent[0] if back is None else back, skip)
    for m in _YEAR_BEFORE.finditer(text, sent[0], fig.start):
        if _CLAUSE_END.search(text, m.end(), fig.start) is None:
            return int(m.group("year")), 0, m.start("year")
    for rel in RELATIVE_YEAR.finditer(text, sent[0], fig.start):
        if _CLAUSE_END.search(text, rel.end(), fig.start) is None:
            return _resolved(text, rel, year, sent[0] if back is None else back, skip)
    return None


def _resolved(
    text: str, rel: re.Match[str], year: int | None, back: int, skip: Sequence[tuple[int, int]]
) -> tuple[int | None, int | None, int] | None:
    """A relative year's (year, years before the article's, start) for :func:`_dating_year`; None
    when it names no count of years."""
    ago = relative_year(rel)
    if ago is None or ago < 0:
        return None  # a year to come dates no amount of an earlier year ("will pay $5m next year")
    if counts_back_from_named(rel):
        named = _named_before(text, back, rel.start(), year, skip)
        if named is None:
            return None, None, rel.start()  # "the year before" with no year before it
        if named[1] == 0:
            return (named[0] - ago if named[0] is not None else None), 0, rel.start()
        return (year - named[1] - ago if year is not None else None), named[1] + ago, rel.start()
    return (year - ago if year is not None else None), ago, rel.start()


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


def article_language(article: ArticleLike, noise_spans: Iterable[tuple[int, int]] = ()) -> str | None:
    """The language of the article's main text (its content sentences, boilerplate left out)
    when it is not English ("Spanish", "Chinese"), else None: :func:`analysis.language.text_language`.
    Its figures are then not read (their words and number forms are another language's)."""
    from waic_reader.index.analysis.language import SAMPLE_CHARS, text_language

    parts: list[str] = []
    size = 0
    for s in _content_sentences(article, noise_spans):
        parts.append(s.text)
        size += len(s.text) + 1
        if size >= SAMPLE_CHARS:
            break
    return text_language(" ".join(parts))


def sheet_figures(
    article: ArticleLike, noise_spans: Iterable[tuple[int, int]] = ()
) -> tuple[list[FactValue], str | None]:
    """(figures, language) of an article for the fact sheet, the timeline and the index: its
    :func:`extract_figures` when its main text is English, none when :func:`article_language`
    tells another language (then also returned): such an article is listed ``not_analysed``,
    and a figure read from its words would be misread ("300.000 Soles" as 300, "300 mil soles"
    as 300 million: t13r F3), so it gives none, as it says."""
    spans = list(noise_spans)
    language = article_language(article, spans)
    return ([] if language is not None else extract_figures(article, spans)), language


def extract_figures(
    article: ArticleLike,
    noise_spans: Iterable[tuple[int, int]] = (),
    counted: dict[str, FactValue] | None = None,
    mentions: Sequence[Mention] | None = None,
) -> list[FactValue]:
    """Every figure in the article's content sentences, in text order, each with its measure.

    The context bag of a figure (for grouping figures without a named measure) holds the content
    words of its sentence and ``CONTEXT_WINDOW`` sentences either side; it is only computed for
    sentences near a figure. ``counted``: the article's counts by their verb, from a first reading,
    for a count without a noun written before them (a live blog's newest entry first, "Seventeen are
    still trapped" over "At least 15 miners are trapped"); the article is read a second time only
    when such a count is found. ``mentions``: the article's entity mentions when its analysis has
    them (a prison sentence's person is one of its PERSON mentions, :func:`~.roles.people_of`);
    else the recogniser reads the article when a sentence is found.
    """
    spans = list(noise_spans)
    people: list[tuple[int, int, str, str]] | None = None
    if mentions is not None:
        people = [(m.start, m.end, m.text, m.label) for m in mentions if not m.noise]
    text = article.text
    sents = _content_sentences(article, spans)
    date = getattr(article, "date", None)
    year_m = re.match(r"\s*((?:19|20)\d\d)", str(date or ""))
    year = int(year_m.group(1)) if year_m else None
    # a date without its year ("--03-14", a dateline's "March 14") still has its month (_past_by_words)
    yearless = re.match(r"--(\d\d)-", str(date or ""))
    month = int(yearless.group(1)) if yearless else None
    # most articles: no sentence to test
    earlier_cue = _EARLIER_EVENT.search(text) is not None or (bool(date) and RELATIVE_YEAR.search(text) is not None)
    out: list[FactValue] = []
    dating: set[int] = set()  # where the years that date a figure's measure start (no facts)
    # counts scoped by a whole that may be their event's extent (scope.event_extent), by start:
    # (the measure unscoped, the scope's label part)
    extents: dict[int, tuple[str, str]] = {}
    bags: dict[int, dict[str, str]] = {}
    named_kinds: dict[str, tuple[str, ...]] = {}  # things.kind_names of this article, by kind
    compounded: dict[str, tuple[tuple[int, str], ...]] = {}  # things.compounds of this article, by kind

    def bag(k: int) -> dict[str, str]:
        if k not in bags:
            bags[k] = context_words(sents[k].text)
        return bags[k]

    # A count is labelled by the English words around it (its noun, "killed", "missing"); in
    # an article in another language those words are not English ("12 morts", "350 personnes"),
    # so its counts name nothing a reader of the sheet could compare. Money, percentages,
    # measurements and dates keep their units. The quick test of function words is not the last
    # word: a one-sentence wire story under its headline and dateline ("Express derails near
    # Harnwick / HARNWICK, March 3 (Nordwire) - A … express carrying 212 passengers derailed …,
    # killing seven people") has few, and lost every count although the language identifier the
    # fact sheet asks first (article_language) reads it as English (t13ab L12). Its verdict stands.
    english = reads_english(_leading_words(sents)) or article_language(article, spans) is None
    # The article's own dates (a wire dateline's "March 14", a "Posted:" or "Updated:" line, a
    # byline's date line) say when it was written, nothing about its story: two outlets' datelines
    # are no disagreement on a "date". A date in the prose is a figure like any other.
    stamps = stamp_spans(text)
    stamp_starts = [a for a, _b in stamps]
    title = getattr(article, "title", "")
    entries = live_entries(text, title if isinstance(title, str) else "", date if isinstance(date, str) else None)
    entry_starts = [a for a, _t in entries]
    # One pass of the recogniser over the whole text, then each figure to its sentence.
    by_sentence: dict[int, list[Figure]] = {}
    starts = [s.start for s in sents]
    for fig in figures_of(text):
        if fig.vague or (fig.kind == "count" and not english):
            continue  # "thousands of": nothing a reader could compare
        at = bisect.bisect_right(stamp_starts, fig.start) - 1
        if (at >= 0 and fig.start < stamps[at][1]) or (at + 1 < len(stamps) and stamps[at + 1][0] < fig.end):
            continue  # on the article's own date stamp
        if fig.kind == "date" and _own_stamp(text, fig):
            continue  # "TOULON / MARSEILLE, 15 August 2026 –", "By Ann Lee, Evening Post, August 16, 2026"
        k = bisect.bisect_right(starts, fig.start) - 1
        if k >= 0 and fig.end <= sents[k].end:
            by_sentence.setdefault(k, []).append(fig)
    # A relative year ("next year", "39 years ago", "in two years") is a year like "in 2027", read
    # against the article's date (:func:`relative_year`, as money's "fined €900,000 last year" is),
    # kept when its clause names its event (:func:`year_event`; t13y G12: "opened 39 years ago"
    # was a duration and "is due to close next year" no figure, never set beside "in 1987" and
    # "in 2028"). English clauses only: the event is read by English verbs.
    relative: dict[int, int] = {}  # a relative year's start → years before the article's
    relative_end: dict[int, int] = {}  # … → its end
    restated: list[tuple[int, int]] = []  # relative years a written year restates (_RESTATED_YEAR)
    if english:
        for k, s in enumerate(sents):
            for rel in RELATIVE_YEAR.finditer(text, s.start, s.end):
                ago = relative_year(rel)
                if (
                    ago is None
                    or counts_back_from_named(rel)
                    or (rel.group("ahead") and not _ahead(text, rel, s.start))
                ):
                    continue
                # a qualifier before it is its own ("nearly four decades ago", "some 30 years
                # ago"): shown with it, the year about so many years back, never a duration of
                # its own (t13ae P5, round s38-x1: "nearly four decades" was a duration)
                hedge = _HEDGE_BEFORE.search(text, max(s.start, rel.start() - 24), rel.start())
                span = (hedge.start() if hedge is not None else rel.start(), rel.end())
                if _RESTATED_YEAR.match(text, rel.end(), s.end) is not None:
                    restated.append(span)  # "nearly four decades ago, in 1987": the 1987 is its value
                    continue
                about = "about" if round_span(rel) or hedge is not None else ""
                # a round count of years ("40 years ago", "fifty years ago") is as round as "four
                # decades ago": its year has the span's margin, shown as written (issue #16, s39-x1:
                # "40 years ago" in 2026 disagreed with "in 1985")
                margin = span_margin(ago) if about or round_years(ago) else 0.0
                figs = [
                    *by_sentence.get(k, []),
                    Figure(
                        *span, *span, "year", float(year - ago if year else 0), "year", qualifier=about, margin=margin
                    ),
                ]
                by_sentence[k] = sorted(figs, key=lambda f: f.start)
                relative[span[0]] = ago
                relative_end[span[0]] = rel.end()
    # The article's counts of a thing a verb says befell ("17 trapped miners", "15 miners are
    # trapped"), by that verb: a count without a noun of the same verb, later in the article, counts
    # them too ("Seventeen are still trapped": no figure, the live blog's latest entry lost, t13y G2)
    by_verb: dict[str, FactValue] = dict(counted or {})
    tallies: set[int] = set()  # where the values of tallies naming their things start (_tally)
    waiting: set[str] = set()  # the verbs of counts without a noun no count before them had
    for k, figs in sorted(by_sentence.items()):
        s = sents[k]
        figs = _far_conversions(text, figs)  # "The £3.2bn sale of X, or about $4.1bn, …": one sum
        window: dict[str, str] | None = None
        prev_head = ""
        step: FactValue | None = None  # the sentence's last count of a named measure so far
        for i, fig in enumerate(figs):
            of = None
            tally_of: FactValue | None = None  # the count a tally naming no things is a value of
            stepped: FactValue | None = None  # the running value whose next step this is
            # ("to Tom Berg's 9,800" is no name's number but Berg's votes)
            if names_a_thing(text, fig, s.start) and not paired_votes(text, fig, (s.start, s.end)):
                continue  # "Phase Two of the rescue", "Route 7": part of a name, not a figure
            if _table_of_columns(text, fig):
                continue  # "| Police | 11 | 70 | 2 | 320 |": figures under headings, no sentence
            if fig.kind == "count" and _personal_detail(text, fig, s.start, s.end):
                continue  # "Teodoro Huanca, 34, a father of three": his age and his children
            if fig.kind == "count" and not fig.noun and _fused_attribute(text, fig):
                continue  # "the six-storey Hotel Mirador": the hotel's storeys, no count of people
            if (
                fig.kind == "count"
                and fig.noun.split()[-1:]
                and fig.noun.split()[-1].lower() in TEXT_UNITS
                and _OF_NOUN.match(text, fig.end) is None
            ):
                # "we hear the same three sentences": words said or written (words.TEXT_UNITS); a
                # count of a thing's pages, "4,000 pages of documents", is the thing's (review s47-rv 11)
                continue
            if fig.kind == "count" and fig.noun.split()[-1:] and _discourse_count(text, fig):
                continue  # "almost three times the figure", "heard two stories about": no things counted
            dated = (
                _dating_year(text, (s.start, s.end), fig, year, sents[k - 1].start if k else s.start, stamps)
                if fig.kind == "money"
                # (a share of a named whole in a year: "failed 38 percent of roadside inspections in
                # 2025", that year's share, never dropped as an earlier event's, t13ah N2)
                else _share_dated(text, (s.start, s.end), fig, year, sents[k - 1].start if k else s.start, stamps)
                if fig.kind == "percent" and english
                else None
            )
            unnamed = dated is not None and dated[1] is None
            if unnamed:
                # "It had been fined $750,000 the year before" with no year named before it: an
                # earlier year's amount no date tells, compared with none (review s34-r item 2)
                dated = None
            if dated is not None and (
                (year is not None and dated[0] is not None and dated[0] >= year) or (dated[0] is None and not date)
            ):
                # "pledged $5m in 2026" in a 2026 article, "this year": this story's, undated as
                # others say it; "fined $2m last year" in an undated article: no year to read it by
                dated = None
            if dated is not None and dated[0] is None and dated[1] == 0:
                dated = None  # "this year" in an article dated without its year: the story's own
            earlier = (
                earlier_cue
                and fig.kind not in ("year", "date")
                and not (fig.kind == "count" and names_whole(text, fig.start, fig.end, (s.start, s.end)))
                and _earlier_event(
                    text,
                    (s.start, s.end),
                    (fig.start, fig.end),
                    year,
                    bool(date),
                    _sentence_before(sents, k),
                    month=month,
                )
            )
            # an earlier event's count that its sentence dates: a row of its own, labelled by that
            # event ("death toll (1987 landslide)"), never a value of this story's (t13ae P6)
            earlier_name = (
                earlier_event_name(text, (s.start, s.end), (fig.start, fig.end), year)
                if earlier and not unnamed and dated is None and fig.kind == "count"
                else ""
            )
            if (earlier or unnamed) and dated is None and not earlier_name:
                continue  # "A 2019 fire at the same hall injured four workers": another event
            if (
                earlier_cue
                and fig.kind == "year"
                and earlier_events_year(text, (s.start, s.end), fig, year, month)
                and year_event(text, fig, (s.start, s.end), year=year) is None
            ):
                continue  # "A 1952 crash on the same line": the year of that crash, not of this story
            if fig.kind == "duration" and _RANKED_SPAN.search(text, max(s.start, fig.start - 90), fig.start):
                continue  # "the largest in Norvale for more than two decades": a ranking's span, no fact
            if fig.kind == "duration" and i > 0 and _window_of(text, figs[i - 1], fig):
                continue  # "4 inches of rain fell in three hours": the rainfall's window, no fact
            if fig.kind == "duration" and _supposed(text, fig, s.start):
                continue  # "if the closures lasted three days": a supposed case, no fact
            if fig.kind == "duration" and time_since_event(text, fig.start, fig.end, (s.start, s.end)):
                continue  # "two days after the ship ran aground": when, by another event; no fact
            next_start = figs[i + 1].start if i + 1 < len(figs) else None
            # "12 people in 3 cars were injured": the cars are where the people were, part of
            # their noun phrase; the cue after it is the people's, and never the cars'.
            # "rose to nine from four": the value a change replaced is no count of where the
            # things are (earlier.replaced_by_change)
            if (
                next_start is not None
                and JOINED.fullmatch(text, fig.end, next_start)
                and not replaced_by_change(text, next_start, figs[i + 1].end, (s.start, s.end))
            ):
                next_start = None
            joined = next_start is None and i + 1 < len(figs)
            contained = (
                i > 0
                and JOINED.fullmatch(text, figs[i - 1].end, fig.start) is not None
                and not replaced_by_change(text, fig.start, fig.end, (s.start, s.end))
            )
            boxed = None if contained else _fact_box(text, fig, s.start, s.end)
            tallied = None if contained or boxed is not None else _tally(text, fig, s.start)
            if tallied is None and boxed is None and not contained and paired_votes(text, fig, (s.start, s.end)):
                # "taking 12,600 votes to Tom Berg's 9,800": the 9,800 is Berg's votes, read as
                # "9,800 votes" (it was a bare number, no fact; issue #16, s40-x1)
                tallied = _reread(text, fig, f"{text[fig.start : fig.end]} votes")
            if boxed is not None:
                # "- Homes destroyed: 90": read as its prose would say it, "90 Homes destroyed"
                fig, measure = boxed
            elif tallied is not None:
                # "The number of diverted ambulances has risen to 65": "65 diverted ambulances"
                fig, measure = tallied
                tallies.add(fig.start)
            else:
                prev_end = figs[i - 1].end if i > 0 else None
                measure = (
                    _share_whole(text, fig, figs[i - 1], (s.start, s.end), next_start)
                    if contained
                    # a value a change replaced ("rose from three to five") keeps its measure:
                    # what the article said first (earlier.earlier_report), carried below
                    else figure_measure(text, fig, (s.start, s.end), next_start, prev_head, prev_end, replaced=True)
                )
            if fig.kind == "duration" and (aged := _years_old(text, fig, s.start, s.end)) is not None:
                if not aged:
                    continue  # "Lena Fosse was 34 years old": a person's age, no value of any measure
                measure = (f"age|{aged}", f"age of the {aged}")  # "The aircraft was 12 years old"
            if earlier_name:
                if not measure[0] or "|" in measure[0]:
                    continue  # a count of an earlier event that names no measure of a toll
                measure = (f"{measure[0]}|{EARLIER}{earlier_key(earlier_name)}", f"{measure[1]} ({earlier_name})")
            elif (
                fig.kind == "count"
                and (scope := statistic_scope(text, fig.start, fig.end, (s.start, s.end), measure[0], year))[0]
            ):
                # "More than 3,100 people died in road accidents in the country in 2024": a national
                # yearly toll, a measure of its own, never a value of the story's (t13ah N1)
                if event_extent(text, fig.start, fig.end, (s.start, s.end)):
                    extents[fig.start] = (measure[0], f" ({scope[1]})")
                measure = (f"{measure[0]}|{SCOPE}{scope[0]}", f"{measure[1]} ({scope[1]})")
            if dated is not None and not measure[0] and not (fig.kind == "percent" and dated[0] is not None):
                if earlier:
                    continue  # an amount of an earlier year's event that names no measure
                dated = None  # the year dates no measure here: it stays a figure of its own
            if joined and not measure[0] and fig.kind == "count" and not fig.noun and figs[i + 1].noun:
                # "up to 400 of the plant's 1,100 workers could lose their jobs": the part is
                # counted in the whole's noun and said by the whole's clause, "up to 400 workers
                # could lose their jobs" (the whole, 1,100, is no value of the cut: ``contained``)
                whole = figs[i + 1]
                part = _reread(text, fig, f"{text[fig.start : fig.end]} {whole.noun}{text[whole.end : s.end]}")
                if part is not None and (part[1][0] or whole.noun.lower() in ("seats", "seat")):
                    # ("Labour won 26 of the 57 seats": the party's 26 seats, read by the vote
                    # block below, the 57 the council's size; review s42-rv finding 8)
                    fig, measure = part
            if (
                not measure[0]
                and fig.kind == "count"
                and not fig.noun
                and i > 0
                and figs[i - 1].kind == "count"
                and figs[i - 1].noun
                # (the whole's own clause between: "Seventy people were injured, 12 of them in a
                # critical condition", t13aq N14)
                and (
                    _COMMA.fullmatch(text, figs[i - 1].end, fig.start)
                    or _WHOLES_CLAUSE.fullmatch(text, figs[i - 1].end, fig.start)
                )
                and (pm := OF_PRONOUN_AFTER.match(text, fig.end, s.end)) is not None
            ):
                # "carrying about 212 passengers, seven of whom were killed": the part is counted
                # in the whole's noun and said by its own clause, "seven passengers were killed"
                # (the whole, carried, is no value of it; t13ab L12: a death toll of "about 212"
                # and the seven lost). A part of the whole's own measure ("seven were killed, two
                # of whom died in hospital") is no value of it either: dropped as before.
                whole = figs[i - 1]
                part = _reread(text, fig, f"{text[fig.start : fig.end]} {whole.noun}{text[pm.end() : s.end]}")
                mine = next((fv.measure for fv in reversed(out) if fv.start == whole.start), "")
                if part is not None and part[1][0] and part[1][0] != mine:
                    fig, measure = part
            if (
                not measure[0]
                and step is not None
                and ((fig.kind == "count" and step.kind == "count" and not fig.noun) or _same_scale(fig, step))
                and running_step(text, (s.start, s.end), step.end, fig.start)
            ):
                # "… from three on Saturday afternoon to five in the evening and seven by midnight":
                # a running count's next step counts what the step before it counts, however far
                # before it its measure's words stand (the seven was dropped: the toll read 5)
                measure = (step.measure, step.label)
                stepped = step
            elif (
                not measure[0]
                and step is not None
                and _same_scale(fig, step)
                and counter_claim(text, step.end, fig.start)
            ):
                # "The rail company estimates its cleanup bill at C$12 million; the agency says
                # C$30 million": another party's value of the measure the clause before named, the
                # measure's words left out (t13az N7, round s53-f2: a row "amount (CAD)")
                measure = (step.measure, step.label)
            if (
                not measure[0]
                and ((fig.kind == "count" and not fig.noun) or fig.kind in ("money", "quantity"))
                # (the value of its own sentence or the one before: what "the number" refers to; an
                # amount's in its currency or unit)
                and (
                    told := next(
                        (
                            fv
                            for fv in reversed(out)
                            if fv.measure and (fig.kind == "count" == fv.kind or _same_scale(fig, fv))
                        ),
                        None,
                    )
                )
                is not None
                and told.sentence[0] >= (sents[k - 1].start if k else s.start)
                and bare_tally(text, fig.start, s.start)
            ):
                # "Nine people were initially reported injured. Hospital officials later put the
                # number at 11.": the tally naming no things is the count the article gave before
                # it, its new value (t13af N29, round s38-y2: the 11 was no figure at all); an
                # amount's likewise ("promised €120 million for signalling upgrades, although a
                # ministry spokesman later put the figure at €150 million", t13aq N6)
                measure = (told.measure, told.label)
                tally_of = told
                stepped = told
            if (
                not measure[0]
                and fig.kind == "count"
                and not fig.noun
                and (told := next((fv for fv in reversed(out) if fv.kind == "count" and fv.measure), None)) is not None
                and told.sentence == (s.start, s.end)
                and replaced_by_change(text, fig.start, fig.end, (s.start, s.end))
            ):
                # "31 people were now being treated in hospital, up from 27 earlier in the day":
                # the bare value a change replaced is what the sentence's count was first, its
                # measure's (t13am N2: the 27 was no figure, so KXVN's 31 carried nothing)
                measure = (told.measure, told.label)
                tally_of = told
            if fig.kind == "count" and fig.noun:
                prev_head = WORD.findall(fig.noun)[-1].lower() if WORD.findall(fig.noun) else prev_head
            counted_as = None  # the article's count of the same verb a count without a noun counts
            if fig.kind == "count" and not fig.noun and not measure[0] and not contained:
                verb = clause_verb(clause_after(text, fig.end, s.end, next_start))
                counted_as = by_verb.get(verb) if verb else None
                if counted_as is None and verb:
                    waiting.add(verb)
                measure = (counted_as.measure, counted_as.label) if counted_as is not None else measure
            if (
                not measure[0]
                and fig.kind == "count"
                and not fig.noun
                and i > 0
                and figs[i - 1].kind == "count"
                and compared_to(text, figs[i - 1], fig)
                and (
                    part := _reread(text, fig, f"{text[fig.start : fig.end]} {figs[i - 1].noun}{text[fig.end : s.end]}")
                )
                is not None
            ):
                # "about 900,000 patient records, fewer than the 1.2 million the gang claimed": the
                # compared count counts the things of the count before it (t13ar N6: not read)
                fig, measure = part
            # "the 1.2 million the gang claimed", "Naïve observers counted 5 dead, though officials
            # said 2": a claim, a row of its own, never the count's value (claims.py)
            claim = fig.kind == "count" and (
                claimed(text, fig, (s.start, s.end))
                or (i + 1 < len(figs) and figs[i + 1].kind == "count" and set_against_official(text, fig, figs[i + 1]))
            )
            if fig.kind == "count" and fig.noun.lower().endswith(_PARTY_NOUNS):
                continue  # "if the two sides asked", "both sides": a dispute's parties, no figure
            if fig.kind == "count" and not fig.noun and not measure[0]:
                # A bare number counts nothing a reader could compare ("Chapter 3") unless it
                # closes "a <noun> of": "a factor of twelve" (not "instead of 120", "a total of").
                of = OF_BEFORE.search(text, max(s.start, fig.start - 40), fig.start)
                totalling = responders_totalling(text, s.start, fig.start)
                if totalling[0]:
                    # "Crews totalling 1,150 were on the fire": the responders deployed (round s53-f)
                    measure = totalling
                elif of is None or of.group(1).lower() in STOP_WORDS or of.group(1).lower() in QUANTITY_NOUNS:
                    continue
                elif whole_staff(of.group(1).lower()):
                    # "a workforce of 5,300": the employer's staff, one row with "employs 5,100
                    # workers" (t13al-r N6/a: a row "workforce" of its own)
                    measure = staff_measure("", employing_whole(text, s.start, fig.start))
            if window is None and (not measure[0] or fig.kind == "duration"):
                # Context only matters to figures without a named measure (see _weak_link), and to
                # a duration of one (a closure's): grouping joins it with durations that name none
                # by it (grouping._join_measured_durations).
                window = {}
                for j in range(max(0, k - CONTEXT_WINDOW), min(len(sents), k + CONTEXT_WINDOW + 1)):
                    window.update(bag(j))
            fv = _fact_value(article.doc, text, fig, (s.start, s.end), window or {}, measure)
            fv.words = sentence_words(text, fig.start, fig.end, (s.start, s.end))
            if claim:
                fv.measure, fv.label = claim_measure((fv.measure, fv.label), fv.unit)
            verb = fv.measure.split("|", 1)[0]
            if fv.kind == "count" and fig.noun and fv.measure.count("|") == 1 and fv.label.endswith(f" {verb}"):
                by_verb.setdefault(verb, fv)
            elif counted_as is not None:
                fv.unit, fv.head = counted_as.unit, counted_as.head  # one value with the noun's count
            elif tally_of is not None:
                fv.unit, fv.head = tally_of.unit, tally_of.head
            if of is not None:
                # (a whole workforce counts its staff, people as "5,000 staff" are: one key of them)
                fv.head = fv.unit = "staff" if whole_staff(of.group(1).lower()) else of.group(1).lower()
                fv.label = fv.label if fv.measure else of.group(1)
            if fv.kind == "count" and not fv.measure:
                own_part = _own_part(text, figs, i, (s.start, s.end))
                terms = bag(k) if own_part == (s.start, s.end) else context_words(text[own_part[0] : own_part[1]])
                fv.near = tuple(t for t in terms if t in fv.context)
                after = clause_after(text, fig.end, s.end, next_start)
                own_before = clause_before(text, fig.start, s.start, strict=True)
                fv.verb = (
                    ""
                    if not fv.head
                    else REPORTED
                    if fig.start in tallies or announcing(own_before)
                    else object_verb(own_before)
                )
                # "184 passengers and 6 crew were on the plane": subjects joined by "and" share the
                # clause after the last (t13ad N1, round s37-x1: the 184 were aboard for no reader)
                shared = (
                    clause_after(text, figs[i + 1].end, s.end, figs[i + 2].start if i + 2 < len(figs) else None)
                    if i + 1 < len(figs)
                    and figs[i + 1].noun
                    and _AND_JOINED.fullmatch(text, fig.end, figs[i + 1].start)
                    else []
                )
                if fv.head and (is_aboard(own_before, after) or (shared and is_aboard((), shared))):
                    fv.state = ABOARD
                elif fv.head:
                    # a box's place is in its label ("Vehicles on the bridge: 12"), prose's after it
                    box_words = [w.lower() for w in WORD.findall(text, s.start, fig.start)] if boxed else []
                    fv.state = place_of(box_words[1:] if box_words else after)
            if fv.kind == "year" and not fv.measure:
                # A year's own sentence names its event by a verb ("were replaced in 2015",
                # "was hired in 2019"): only that is compared (the window's shared background
                # paragraphs made years of different events one fact in disagreement, t13l F9).
                fv.near = _event_words(text, fig, (s.start, s.end), next_start)
                # the year of one event of its clause ("opened in 1987", "is due to close next
                # year"): a row of that event, compared with its other years (t13y G12)
                if english and (event := year_event(text, fig, (s.start, s.end), next_start, year)) is not None:
                    fv.measure, fv.label = f"year|{event[0]}", event[1]
                    # (a previous event's year is the event's, whatever it struck: "The previous
                    # landslide struck the town", "The town was last hit by a slide")
                    fv.owner = "" if event[0].startswith(PREVIOUS) else year_thing(text, fig, (s.start, s.end))
                    if not fv.owner:
                        # a year of no named thing ("It was built in 1987", "…, which opened in
                        # 1987"): the things its sentence and the one before name, one of which
                        # it is of; it joins a thing's row only when they name that thing
                        # (grouping._measured_group; t13ac, round s37-f)
                        fv.context = {**(bag(k - 1) if k else {}), **bag(k)}
                elif english and built_attribute(text, fig, (s.start, s.end)):
                    fv.measure, fv.label = "year|built", _EVENT_OF_STEM["built"][1]  # "The 1974 bridge"
                if fig.start in relative and year is None:
                    fv.years_ago = relative[fig.start]  # the year the corpus's dates give its article
            prev_end = figs[i - 1].end if i > 0 else None
            goods = (
                (fv.kind == "quantity" and _material(text, fig.end, s.end))
                or (fv.kind == "count" and not people_kind(fv.head) and fv.head)
                or ""
            )
            if (
                english
                and goods
                and not fv.measure
                # (the whole counted phrase: "fishing nets" are no relief "nets", review s49-rv 10)
                and giving_verb(
                    text,
                    s.start,
                    fig.start,
                    s.end,
                    fv.label if fv.kind == "count" and fv.label.endswith(goods) else goods,
                )
                and (giver := owner(text, fig, (s.start, s.end), prev_end))
            ):
                # "Japan sent 20 tonnes of rice and 500 tents": aid in kind, its giver's, labelled
                # by its goods as written (goods_given.py)
                # (a count's label is its noun with its modifiers: "hygiene kits")
                named = fv.label if fv.label.endswith(goods) else goods
                goods_written = _material(text, fig.end, s.end, written=True) if fv.kind == "quantity" else named
                fv.label, fv.owner = goods_label(goods_written, giver), giver
            if donated(fv.measure) or fv.measure == "spent":
                # (money spent is its spender's as money given is its donor's: "The council has
                # spent €2 million" is no value of Nordrail's spending, review s36-rv2, round s36-y2)
                fv.owner = donor(text, fig, (s.start, s.end), prev_end)
            elif fv.measure in DEMANDED_MEASURES and fv.label == RANSOM_LABEL:
                # a ransom is demanded by those who hold the hostage or the data, however the
                # article names them ("the attackers", "BlackTarn", "the gang", no one), never by
                # its victim ("the ransom note, which demanded $4.5 million" after "KVH"): one
                # demander (t13ar N4: four rows "ransom demanded (…)" of one demand)
                fv.owner = ATTACKERS
            elif fv.measure in DEMANDED_MEASURES:
                fv.owner = demander(text, fig, (s.start, s.end), prev_end)
            elif fv.measure in VOTE_MEASURES:
                # a count of votes is its candidate's as a share is (votes.py: "by 4,100 votes to
                # 3,900" gives the 3,900 to the one beaten; issue #16, s40-x1)
                fv.owner = vote_owner(text, fig, (s.start, s.end))
            elif fv.measure == PRISON_TERM[0]:
                if people is None:
                    people = people_of(article, spans)
                fv.owner = sentenced_person(text, fig.start, (s.start, s.end), people)  # each defendant's apart
            elif fv.measure in PAY_MEASURES:
                fv.owner = pay_party(text, fig, (s.start, s.end))  # the teachers' offer, the NNU's demand
            elif fv.measure == BUDGET:
                fv.owner = budget_owner(text, fig.start, fig.end, (s.start, s.end))  # the council's, its libraries'
            elif fv.measure in OWNED_MEASURES or fv.measure.startswith(STAFF_JOB):
                # (a job's headcount is its employer's as the whole staff is: "St Mary's has 900 nurses")
                fv.owner = owner(text, fig, (s.start, s.end), prev_end)
            elif fv.kind == "quantity" and fv.measure and (role := length_role(text, fig, (s.start, s.end))):
                # the thing a length is of: a reservoir's depth is no value of the flood water's
                # (lengths.py; t13x F1)
                fv.owner = role[2] if role[0] == fv.measure else ""
            elif fv.kind == "quantity" and fv.measure == SPEED_MOVING[0]:
                fv.owner = moving_thing(text, fig, (s.start, s.end))  # the lorry's, the train's
            elif fv.kind == "quantity" and fv.measure.startswith("distance|"):
                fv.owner = away_origin(text, fig, (s.start, s.end))  # "12 miles away" from the dateline's place
            elif fv.kind == "duration" and fv.measure == CAREER[0]:
                fv.owner = career_of(text, fig.start, (s.start, s.end))  # each person's career apart
            elif not fv.measure and fv.kind in ("count", "money", "quantity") and english:
                # "Rába Works employs 900 people", "Dunaferr employs 1,200 people": two firms' staff,
                # never one count in disagreement (grouping._link); goods given keep their giver
                # (a list's later item, "… and 500 tents", is no object of the name's verb alone)
                fv.owner = fv.owner or object_owner(text, fig, (s.start, s.end))
                if (
                    not fv.owner
                    and fv.kind == "count"
                    and fv.head
                    and (place := other_place(text, fig.start, fig.end, (s.start, s.end)))
                ):
                    # "In the neighbouring town of Brenn, 45 cholera cases were confirmed": that
                    # place's count, a measure of its own, never a value of the story's count (an
                    # owner joins unowned values; t13ak-r S2; places.other_place)
                    fv.measure = f"{OTHER_PLACE}{place.casefold()}|{' '.join((*fv.modifiers, fv.head))}"
                    fv.label = f"{fv.label} in {place}"
            if stepped is not None and not fv.owner:
                # "the train was travelling at about 140 km/h, then, later in the day, 160 km/h":
                # the next step is of the same thing, the train's (t13aq N5)
                fv.owner = stepped.owner
            if dated is not None and fv.kind != "percent":  # (a share's year: below, with its name)
                # "fined £2.3m in 2023": that year's fine, compared with other outlets' fine of
                # that year and never with a fine of another year or of now; its year is no fact
                # of its own (t13w F2: the fine was dropped as an earlier event's, and a row
                # "year 2023" stood in for it)
                if dated[0] is not None:
                    fv.measure, fv.label = f"{fv.measure}|{dated[0]}", f"{fv.label} in {dated[0]}"
                else:
                    # "fined $2m last year" under a dateline "March 14": the year the corpus's
                    # dates give it (grouping.resolve_relative_years)
                    fv.years_ago = dated[1]
                dating.add(dated[2])
            if fv.kind in ("money", "quantity") and english:
                # its sentence's words but its own phrase's ("dollars", "kilometres") and numbers'
                phrase = context_words(text[fig.start : fig.end])
                fv.own = tuple(t for t in bag(k) if t not in phrase and not _number_word(t))
            if fv.kind == "quantity":
                fv.material = _material(text, fig.end, s.end)
                if not fv.measure and way_gone(text, fig, (s.start, s.end)):
                    fv.verb = WENT  # "the mud travelled about 9 miles": no distance between places
            if fv.kind == "percent" and not fv.measure and english:  # English words name it, as a count
                head, mods, label = percent_subject(text, fig, (s.start, s.end))
                fv.label = label or fv.label
                if not label and _of_an_amount(text, fig, figs[:i]):
                    # "promised a fund of €50 million …, a figure his own press office later put at
                    # a tenth of that": a ratio to the amount before it, no share of anything (t13aq
                    # N16: a row "share of a whole named before" holding "10%")
                    continue
                if not label and unnamed_share(text, fig, s.end):
                    # "half of them were children": a share of a whole named before, listed on
                    # the sheet, never compared (review s37-rv finding 3, round s37-y2)
                    fv.measure, fv.label = UNNAMED_SHARE
                if head:
                    fv.head, fv.modifiers = head, mods
                    # (the story's event in a state, "10% contained": percent.event_state)
                    fv.measure = staff_share(head, mods, fv.label) or event_state(
                        text, fig, (s.start, s.end), head, label
                    )
                    if fv.measure:
                        fv.owner = share_employer(text, fig, (s.start, s.end))  # "of Nordvik's employees"
                    fv.near = tuple(t for t in bag(k) if t in fv.context)
                    # a share cancelled is no value of a share running (grouping._link's verbs)
                    fv.verb = share_state(text, fig, (s.start, s.end))
                if dated is not None and dated[0] is not None and head:
                    # that year's share of its whole, compared with other outlets' share of that
                    # year ("last year" in an article of 2026 too), never with another year's; its
                    # year is no fact of its own ("year: roadside checks", t13ah N2)
                    fv.measure = f"{fv.measure or SHARE_OF}{fv.label}|{dated[0]}"
                    fv.label = f"{fv.label} in {dated[0]}"
                    dating.add(dated[2])
                if head in SHARE_HEADS and "change" in mods and (way := move_direction(text, fig, (s.start, s.end))):
                    # a share price's move is one measure whatever its verb ("fell 4.5%", "closed 4
                    # per cent lower", "ended the day 4.5% lower"), its firm's (the names before
                    # "shares" as its label writes them), its direction the verb (a rise is no value
                    # of a fall: grouping._compatible); t13ad N9, round s37-x2
                    fv.measure, fv.verb = SHARE_MOVE, way
                    named = fv.label.removeprefix("change in ").removesuffix(f" {head}")
                    fv.owner = named if any(m != "change" for m in mods) and named != fv.label else ""
                    if not fv.owner and (firm := share_firm(text, fig, s.start, level=False)):
                        # "Northgate's own shares fell 4%": the possessive's firm (its move was "change in
                        # shares", joined with another firm's in disagreement)
                        fv.owner, fv.label = firm, f"change in {firm} shares"
            if english and turnout_said(text, fig, (s.start, s.end)):
                # "Turnout was 61%, up from 55%" is no change in turnout, "61% of registered voters
                # turned out" no share of a whole named before: the turnout (s39-rv finding 12)
                fv.measure, fv.label = TURNOUT
            if english and fv.kind in ("percent", "count") and not fv.measure:
                # an election's figures: a share of the vote and a count of votes per candidate or
                # party, the turnout (votes.py; issue #16, s39-x1: two parties' shares were one row
                # in disagreement)
                prev = (sents[k - 1].start, sents[k - 1].end) if k else None
                vote = vote_measure(text, fig, (s.start, s.end), prev, fv.label)
                if vote is not None:
                    # (a share or count of the vote is its round's: votes.vote_round)
                    fv.measure, fv.label = in_round(vote, vote_round(text, fig, (s.start, s.end), prev))
                    fv.owner = vote_owner(text, fig, (s.start, s.end)) if vote[0] in VOTE_MEASURES else ""
            if fig.kind == "percent" and not fv.margin:
                # a percentage written to whole percent is rounded, whatever it measures: "52%" may
                # be 51.8% (percent.rounding_margin; s39-rv finding 12, s42-rv finding 9)
                fv.margin = rounding_margin(text[fig.num_start : fig.num_end], fig.value)
            if (kind := owner_kind(fv.owner)) is not None:
                # "the crossing" is the bridge where the story names one bridge (things.py); read
                # once per kind and article, one tuple shared by its figures (a call per figure
                # reread the whole text: quadratic, review s37-rv finding 14)
                if kind not in named_kinds:
                    named_kinds[kind] = kind_names(text, kind)
                    compounded[kind] = compounds(text, kind)
                written = [
                    phrase for at, phrase in compounded[kind] if phrase.endswith(f" {fv.owner}") and at < fig.start
                ]
                if written and fv.owner != kind:
                    # "the ferry crossing …; the crossing opened in 1921": the ferry crossing,
                    # no generic noun of the story's bridge (review s37-rv finding 5)
                    fv.owner = written[-1]
                else:
                    fv.kind_names = named_kinds[kind]
            if fv.kind == "year" and fv.measure and not fv.owner:
                # the things a year of no named thing may be of: its sentence's subject or the one
                # before's, never a thing only their objects name (review s37-rv finding 5)
                fv.subjects = tuple(
                    h
                    for h in (
                        sentence_subject(sents[k - 1].text) if k else "",
                        sentence_subject(s.text),
                        _attributed_noun(text, fig, (s.start, s.end)),  # "The 1963 dam holds back …"
                    )
                    if h
                )
            if fv.measure == RESCUED and own_share(text, fig.start, s.start):
                # "Our crews brought 23 survivors to shore": a rescuer's own part of the rescue
                fv.measure, fv.label = f"{RESCUED}|{OWN_SHARE}", f"{fv.label} ({OWN_SHARE_LABEL})"
            if fv.kind not in ("year", "date"):
                _rate(fv, text, fig, s.end, s.start)
            as_change(fv, text, fig)  # "rise by £89 to £1,872": the £89 a change, no bill
            if english and not fv.measure and fv.label == fv.kind == "duration":
                masked = [(f.start, f.num_end) for f in figs]  # left out of its clause ("for £2.5m")
                # "days the strike lasted", "days of talks"
                fv.said = duration_said(text, fig.start, fv.unit, (s.start, s.end), masked, fig.end)
            elif english and not fv.measure and fv.label == fv.kind == "year":
                masked = [(f.start, f.num_end) for f in figs]
                fv.said = year_said(text, fig.start, (s.start, s.end), masked)  # "year of the last safety audit"
            fv.date = date
            at = bisect.bisect_right(entry_starts, fig.start) - 1
            if at >= 0:
                fv.entry = entries[at][1]  # a live blog's entry time (grouping dates it by it)
            out.append(fv)
            if fv.kind in _STEP_KINDS and fv.measure:
                step = fv
    if extents:
        _own_extents(out, extents)
    if dating:
        # (nor the "two years" of "two years ago" a duration)
        out = [fv for fv in out if not (fv.kind in ("year", "duration") and fv.start in dating)]
    if relative or restated:
        # a relative year no event's ("last year's flood", "a record year last year"): no figure;
        # an event's is, and the "39 years" of its "39 years ago" no duration (nor of one a
        # written year restates)
        out = [fv for fv in out if not (fv.kind == "year" and fv.start in relative and not fv.measure)]
        kept = [(fv.start, relative_end[fv.start]) for fv in out if fv.kind == "year" and fv.start in relative]
        kept += restated
        out = [fv for fv in out if not (fv.kind == "duration" and any(a < fv.end and fv.start < b for a, b in kept))]
    # A value a later sentence says the measure rose, fell or was revised from (t13n F9/F12): no
    # value of the fact, carried by the value that replaced it (its ``earlier``, round s29-e: the
    # reader sees the outlet first said 3), the last of a chain carrying all ("2, then 3, then 4").
    if counted is None and waiting & by_verb.keys():
        return extract_figures(article, spans, by_verb, mentions)  # a count without a noun before its things' count
    # the year of an earlier event whose count its sentence gives ("In 1987, a landslide killed 31
    # in the same valley", "The 1987 mudslide left 31 dead": its row is "death toll (1987
    # landslide)") is no bare year of this story (issue #16, s39-x1: a row "year 1987" beside it)
    dated_events = {(fv.sentence, m.group("year")) for fv in out if (m := _EARLIER_PART.search(fv.measure))}
    if dated_events:
        out = [
            fv
            for fv in out
            if not (fv.kind == "year" and not fv.measure and (fv.sentence, f"{fv.value:.0f}") in dated_events)
        ]
    if tallies:
        _tally_measures(out, tallies)
    # "Two crew members were killed and three are missing": three crew members (t13av N18)
    elided_nouns(text, out)
    # "Six residents sustained injuries" beside the article's "Nine people were injured": some of
    # them, a fact of its own
    sub_group_counts(out)
    if english:
        # the time of day the event happened ("the train derailed at 2:40 a.m."), in text order

        def entry_of(at: int) -> str:
            k = bisect.bisect_right(entry_starts, at) - 1
            return entries[k][1] if k >= 0 else ""

        for fv in event_times(text, sents, article.doc, date, entry_of):
            bisect.insort(out, fv, key=lambda v: v.start)
    spilled_again(text, out)
    evacuated_radius(out)  # "The exclusion zone was extended to 5 km" of its evacuation's "3 km zone"
    headline = _headline(article, sents)
    replaced = superseded(text, out, headline)
    # a value an earlier report gave that no value of its article replaced is no value at all ("an
    # earlier estimate of 12" alone: what was said before, of a value the article does not give)
    gone = {k for k, fv in enumerate(out) if fv.measure and k not in replaced and earlier_report(text, fv)}
    # a value feared or expected ("could take the death toll to 20") is no reported value at all
    gone |= {k for k, fv in enumerate(out) if (fv.measure or fv.kind == "count") and feared(text, fv)}
    # a count saying what a sentence's last step added ("seven by evening after two guests died")
    gone |= increments(text, out)
    # a difference between two amounts ("three tonnes more than officials had said")
    gone |= differences(text, out)
    # a total its sentence sums from amounts it gave ("…, bringing the total to A$5 million")
    gone |= sums(text, out)
    # a count of those of one event of the story beside the toll it states ("after two workers died
    # in hospital" beside "has risen to seven"): a part of it, no value of it
    gone |= parts(text, out, headline)
    gone |= _one_of_its_toll(out)
    if gone:
        out = [fv for k, fv in enumerate(out) if k not in gone]
        replaced = superseded(text, out, headline)
    _restated_counts(out)
    if headline is not None:
        for fv in out:
            fv.headline = headline[0] <= fv.start < headline[1]
    outlet = _plain_name(getattr(article, "outlet", None))
    for fv in out:
        if outlet and fv.owner and _plain_name(fv.owner) == outlet:
            # the outlet that writes the article owns none of its figures: a masthead's name read
            # for "It asked for $2.3 billion" was the row "money demanded (Coastal Ledger)" (t13ap N3)
            fv.owner = ""
        if fv.measure:
            fv.version = proposal_version(text, fv)  # (an earlier value too: it carries the mark along)
    for k, fv in enumerate(out):
        if k in replaced:
            continue
        # in text order, a live blog's entries by their times (newest first or last alike)
        carried = [out[i] for i, j in replaced.items() if _last(replaced, j) == k]
        if carried:
            fv.earlier = earlier_steps(fv, carried)
    out = [fv for k, fv in enumerate(out) if k not in replaced]
    # "a tenth died in hospital" after "Nine people died": the article's toll is 10
    # (of this story's event: "Last year, a fifth victim died in a similar crash" is another's)
    if not english:
        return out
    entered = {fv.start: fv.entry for fv in out}

    def first_toll(span: tuple[int, int], n: int, things: str, sent: tuple[int, int]) -> FactValue | None:
        made = _ordinal_toll(article.doc, text, span, n, things, sent)
        if made is not None:
            made.date = date
            at = bisect.bisect_right(entry_starts, span[0]) - 1
            made.entry = entries[at][1] if at >= 0 else entered.get(span[0], "")
        return made

    return ordinal_victims(
        text,
        out,
        [(s.start, s.end) for s in sents],
        lambda sent, at: _earlier_event(text, sent, at, year, bool(date), _before(sents, sent), month=month),
        first_toll,
    )


def _restated_counts(values: Sequence[FactValue]) -> None:
    """Give, in place, a count of people its clause names no measure of ("our count of 26,000
    people includes voluntary warning zones") the casualty measure of the one count of the same
    value and noun its article measures ("| People evacuated | 26,000 |"): an article restating its
    own figure restates what it counts (t13ap N2: a lone row "people" beside *people evacuated*).
    Only when the value has one measured reading in the article: two ("26,000 people were
    evacuated", "26,000 people lost power") leave it as read."""
    measured: dict[tuple[float, str], set[tuple[str, str]]] = {}
    for fv in values:
        if fv.kind == "count" and fv.measure in CASUALTY_VERB and isinstance(fv.value, float) and people_kind(fv.head):
            measured.setdefault((fv.value, fv.head), set()).add((fv.measure, fv.label))
    for fv in values:
        if fv.kind != "count" or fv.measure or not isinstance(fv.value, float) or not fv.head:
            continue
        found = measured.get((fv.value, fv.head), set())
        if len(found) == 1:
            fv.measure, fv.label = next(iter(found))


def _plain_name(name: object) -> str:
    """A name lower case, without an opening "the" ("The Coastal Ledger" → "coastal ledger"); ""
    for no name (or anything but a string)."""
    if not isinstance(name, str):
        return ""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _one_of_its_toll(values: Sequence[FactValue]) -> set[int]:
    """The indices of the victims "a"/"an" counts ("A woman was killed when …": a toll of one,
    figures._a_victims) in an article stating a larger death toll ("Three people died"): one of
    them, no toll of its own (the article's row read 3 → 1)."""

    def one(v: FactValue) -> bool:
        return v.display.lower() in ("a", "an") and v.value == 1

    tolls = [k for k, v in enumerate(values) if v.measure == "death" and v.kind == "count" and not v.owner]
    if not any(not one(values[k]) for k in tolls):
        return set()
    return {k for k in tolls if one(values[k])}


def _ordinal_toll(
    doc: str, text: str, span: tuple[int, int], n: int, things: str, sent: tuple[int, int]
) -> FactValue | None:
    """The death toll an ordinal victim at ``span`` says in an article that states none ("A third
    child has died" as "3 children died", its ``things`` the victim's noun in the plural): read by
    the figure recogniser and :func:`figure_measure` as that prose, at the ordinal's words; None
    when the prose is no death toll of people ("a second wave" names no victim)."""
    prose = f"{n} {things} died"
    read = next((f for f in figures_of(prose) if f.start == 0), None)
    if read is None or read.kind != "count" or read.value != n or not read.noun:
        return None
    measure = figure_measure(prose, read, (0, len(prose)))
    if measure[0] != "death" or not people_kind(things.lower()):
        return None
    fig = replace(read, start=span[0], end=span[1], num_start=span[0], num_end=span[1], spelled=True)
    fv = _fact_value(doc, text, fig, sent, {}, measure)
    fv.words = sentence_words(text, span[0], span[1], sent)
    return fv


# An article's own dateline or byline date the stamps (corpus.dates.stamp_spans) did not read, a
# press release's "TOULON / MARSEILLE, 15 August 2026 – The Prefecture …" or a byline run into the
# text ("…deadBy Elena Vidal, Evening Post, August 16, 2026Two firefighters …"): the date straight
# after names alone (places, a name and an outlet: capitalised words joined by "/", "|" or commas)
# opening its line or after "By", and before a dash, a parenthesis, the line's end or text run on.
# Such a date says when the article was written, no event of its sentences (t13v F9: a release's
# dateline and another page's byline date were a "date" fact in disagreement).
_CAP_WORD = rf"[{UPPER}][\w.'’-]*"
_STAMP_NAME = rf"{_CAP_WORD}(?:[^\S\n]+(?:[{LOWER}]{{1,3}}[^\S\n]+)?{_CAP_WORD}){{0,5}}"
_STAMP_BEFORE = re.compile(
    rf"(?:^[^\S\n]*(?:By[^\S\n]+)?|(?<=[{LOWER}.!?\"”])[^\S\n]*By[^\S\n]+)"
    rf"{_STAMP_NAME}(?:[^\S\n]*[/|,][^\S\n]*{_STAMP_NAME}){{0,3}}[^\S\n]*[,|][^\S\n]*$",
    re.M,
)
_STAMP_AFTER = re.compile(rf"(?:,?[^\S\n]*(?:19|20)\d\d)?(?:[^\S\n]*(?:[-–—(|]|\n|$)|(?=[{UPPER}]))")


def _own_stamp(text: str, fig: Figure) -> bool:
    """Whether the date ``fig`` is the article's own dateline or byline date (:data:`_STAMP_BEFORE`,
    :data:`_STAMP_AFTER`), no date of an event its text tells."""
    line = text.rfind("\n", 0, fig.start) + 1
    return (
        _STAMP_BEFORE.search(text, max(line, fig.start - 160), fig.start) is not None
        and _STAMP_AFTER.match(text, fig.end) is not None
    )


# The nouns a number names the parties of a dispute or a deal by ("the two sides"): no figure
# ("if the two sides asked for one" was a row "sides asked" that agreed: t13aj N6).
_PARTY_NOUNS = ("sides",)
_HEADLINE_SENTENCES = 4  # the headline is among the article's first content sentences


def _headline(article: ArticleLike, sents: Sequence[Any]) -> tuple[int, int] | None:
    """Where the article's headline stands in its text: the first content sentence that is its
    title as written (spaces and case aside), among the first few, else its text's first line when
    a sentence of its own and no sentence of prose (no closing mark: "LIVE: Var wildfire – three
    dead as fire reaches village" under a title its metadata gives); None when neither is."""
    title = " ".join(str(getattr(article, "title", "") or "").split()).casefold()
    if title:
        for s in sents[:_HEADLINE_SENTENCES]:
            if " ".join(s.text.split()).casefold() == title:
                return (s.start, s.end)
    if not sents:
        return None
    text = article.text
    first = sents[0]
    line_end = text.find("\n", first.start)
    line_end = len(text) if line_end < 0 else line_end
    if (
        not text[: first.start].strip()
        and not text[first.end : line_end].strip()
        and _SENTENCE_END.search(text, first.start, first.end) is None
    ):
        return (first.start, first.end)
    return None


# The clock time of a stamp opening a live blog's entry (:data:`ENTRY_STAMP`), without its zone.
_CLOCK_TIME = re.compile(r"(\d{1,2})(?:[:.]([0-5]\d))?(?::[0-5]\d)?(?:\s?([AaPp])\.?[Mm]\.?)?")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a date naming its day, the day an entry's zone is read on


def live_entries(text: str, title: str = "", date: str | None = None) -> list[tuple[int, str]]:
    """A live blog's entry times, (where each entry starts, "HH:MM"), in text order (the one reading
    of them: its figures' and its names' times, t13z H21): lines of a clock
    time alone over their entries (:func:`entry_times`), else two or more paragraphs opening with an
    entry's stamp and holding a sentence ("21:40 - Officials now say 7 miners have died.", "**11:20
    CET** …", "(14:05) …": :data:`ENTRY_STAMP`, the stamp the quote and name recognisers read; t13o F2,
    round s29-f). A programme's list ("09:00 - Opening keynote") holds no sentence: no entries. Only
    in an article that says it is live or runs newest first (:func:`_writing_times`): a recap's
    times ("How the day unfolded") are its events', and it is dated by its own date. ``title``:
    the article's title when its text may not hold it (a record's or a feed item's metadata,
    "LIVE: Kisumu cholera outbreak" over a body of entries: review s43-rv finding 12, the blog's
    latest 352 was lost to its first 331). ``date``: the article's date, the day an entry's time
    alone is read on (:func:`entry_times`: "8:05 a.m. ET" in May is -04:00)."""
    found = entry_times(text, date) or _stamped_paragraphs(text, date)
    if not found:
        return []
    return found if _writing_times(text, found) or _SAYS_LIVE.search(title) is not None else []


# What says an article is live, on a line above its first entry (its headline, kicker or badge):
# "live" closing the headline or before its separator ("Hospital attack: live", "Live · 12 March"),
# "live updates/blog/coverage/…", "as it happened", "liveblog", "live ticker" and the words of
# other languages ("en direct", "en vivo", "ao vivo", "in diretta"). A verb "live" inside a
# sentence ("residents who live nearby") is none of these.
_SAYS_LIVE = re.compile(
    r"\blive(?:[ -]?blog|[ -]?ticker|\s+(?:updates?|coverage|report(?:ing)?|feed|news|text|commentary|latest)\b"
    r"|\s*$|\s*[:·|•–—]|\s+-\s)|^\W*live\b|\bas it happened\b|\ben (?:direct|vivo)\b|\bao vivo\b|\bin diretta\b",
    re.IGNORECASE | re.MULTILINE,
)


def _writing_times(text: str, entries: Sequence[tuple[int, str]]) -> bool:
    """Whether ``entries``' times are the times they were written: the article says it is live
    above its first entry (:data:`_SAYS_LIVE`) or its entries run newest first. A recap's times
    ("How the gas leak unfolded" at 20:00: "14:30 - Plant manager Olaf Lind ordered …") are the
    times of its events, not of its writing (review s36-rv2 finding 12: it named him first at 14:30)."""
    if entries[0][1] > entries[-1][1]:
        return True
    if any(_ZONED_STAMP.match(text, at, _line_end(text, at)) for at, _ in entries):
        return True
    return _SAYS_LIVE.search(text, 0, entries[0][0]) is not None


# A stamp with its time zone ("08.10 GMT", "14:30 BST"; the zones entry stamps take, entry_time.ZONES): a live blog's entry header, the time
# the entry was posted (the Guardian's and the BBC's form). Round s36-z's rule had read such a
# blog that never says "live" and runs oldest first as a recap, losing its counts' order
# (tests/analysis/test_fact_tally_subjects.py, found by the final run).
_ZONED_STAMP = re.compile(rf"\W*\d{{1,2}}[.:h]\d{{2}}\s*(?:[ap]\.?m\.?\s*)?(?:{'|'.join(ZONES)})(?![A-Za-z])")


def _line_end(text: str, at: int) -> int:
    """Where the line holding offset ``at`` ends (its newline, or the end of ``text``)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _stamped_paragraphs(text: str, date: str | None = None) -> list[tuple[int, str]]:
    """Two or more paragraphs opening with an entry's stamp and holding a sentence (see
    :func:`live_entries`), each time with its written zone's offset on the day of ``date`` (the
    article's, ISO 8601) as :func:`dates.entry_clock` reads it ("08:45 CET – …" →
    "08:45+01:00": t13ay N1); [] otherwise."""
    day = date[:10] if date is not None and _ISO_DAY.match(date) else "2000-01-01"
    found: list[tuple[int, str]] = []
    at = 0
    while at < len(text):
        end = _line_end(text, at)
        if (m := ENTRY_STAMP.match(text, at, end)) is not None and _holds_sentence(text, m.end(), end):
            clock = _CLOCK_TIME.search(text, at, m.end())
            if clock is not None:
                hour, minute, half = int(clock.group(1)), int(clock.group(2) or 0), (clock.group(3) or "").lower()
                hour = hour % 12 + (12 if half == "p" else 0) if half else hour
                if hour < 24 and (clock.group(2) or half):
                    zone = STAMP_ZONE.match(text, clock.end(), m.end())
                    written = entry_clock(f"{hour:02d}:{minute:02d}", zone["zone"] if zone else "", day)
                    found.append((at, written or f"{hour:02d}:{minute:02d}"))
        at = end + 1
    return found if len(found) > 1 else []


def _holds_sentence(text: str, start: int, end: int) -> bool:
    """Whether an entry's stamp line (its text from ``start`` to the line's ``end``) holds a sentence:
    the line ends one, or a headline opens it and the lines after it, up to a blank line or the next
    stamp, end one ("16:45 Death toll rises to seven" over "The death toll has risen to seven,
    officials say.": a newest-first blog's entries read as one value, t13p F2, round s29-i)."""
    if _SENTENCE_END.search(text, start, end):
        return True
    at = end + 1
    while at < len(text):
        stop = _line_end(text, at)
        if not text[at:stop].strip() or ENTRY_STAMP.match(text, at, stop) is not None:
            return False
        if _SENTENCE_END.search(text, at, stop):
            return True
        at = stop + 1
    return False


# A possessive recipient's noun: "each victim's family" is paid per family.
_POSSESSED_RECIPIENT = re.compile(r"[’']s\s+(?P<who>family|families|relatives|household|households)\b", re.I)
# The recipients as a plural subject before the amount and "each" after it: "Families will receive
# 100,000 taka each from the government" is per family (t13ag N2: a bare "amount (BDT)").
_PLURAL_RECEIVES = re.compile(
    r"(?P<adj>(?!))?\b(?P<who>[a-z]+)\s+(?:(?:will|would|shall|could|may|are\s+to|are\s+due\s+to|are\s+set\s+to)\s+)?"
    r"(?:also\s+)?(?:receive[sd]?|get|got|(?:be|were|are)\s+(?:paid|given|offered))"
    r"\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$",
    re.I,
)
_EACH_AFTER = re.compile(r"\s+(?:each|apiece)\b", re.I)


def _recipient_noun(text: str, hit: re.Match[str]) -> tuple[str, str]:
    """(adjective, noun) of the recipient :data:`_PER_RECIPIENT` matched: the family's noun when the
    phrase names the family of each one ("to the family of each deceased worker" → ("", "family")) or
    the recipient's possessive does ("for each victim's family" → ("", "family")), else its own."""
    if hit.re in (_PER_RECIPIENT, _RECIPIENT_RECEIVES) and hit.group("fam"):
        # the family, the relatives or the next of kin of each one: one payment per family however
        # worded (review s41-rv finding 12: "per next of kin" was a row of its own)
        return "", "family"
    if hit.re is _RECIPIENT_RECEIVES and hit.group("own"):
        # "Each victim's family will receive": per family, the relatives too (t13ahr R3)
        own = hit.group("own").lower()
        return "", singular_of(own) if own.startswith("household") else "family"
    own = _POSSESSED_RECIPIENT.match(text, hit.end())
    if own is not None:
        return "", own.group("who").lower()
    return (hit.group("adj") or "").lower(), hit.group("who").lower()


# "€1,750 a family", "$300 a head": "a" before a recipient of people (t13ae P4, round s37-z2: a row
# "money offered" apart from the outlets' "€2,000 per family"); "a" before any other noun is a rate's
# period (words.rate_after: "a day") or no recipient ("€5m a boost").
_A_RECIPIENT = re.compile(rf"\s+an?\s+{_RECIPIENT}")
_A_RECIPIENT_NOUNS = frozenset("family household head".split())


def _a_recipient(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The match of :data:`_A_RECIPIENT` right after an amount ending at ``pos`` when its noun is
    one of people (:func:`~.words.people_kind` of its plural, or :data:`_A_RECIPIENT_NOUNS`), else None."""
    m = _A_RECIPIENT.match(text, pos, end)
    if m is None or m.group("adj"):
        return None
    who = m.group("who").lower()
    return m if who in _A_RECIPIENT_NOUNS or people_kind(who + "s") else None


# The recipient as the subject that receives the amount: "Each family will receive £25,000",
# "every household is to get $1,500" (t13ab L19: a bare "amount (GBP)"): money given, per that noun.
_RECEIVES = (
    r"\s+(?:(?:will|would|shall|could|may|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to"
    r"|is\s+set\s+to|are\s+set\s+to)\s+)?(?:also\s+)?(?:receive[sd]?|get|gets|got|(?:be|was|is|were|are)\s+"
    r"(?:paid|given|offered))\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$"
)
# (the family of each one as the subject: "The families of each of the eight victims will receive
# ₱20,000", "the family of every worker killed will get $5,000": paid per family, t13ag-r N2)
# (a possessive's family as the subject: "Each victim's family will receive ₩15 million" is paid
# per family, as "to the family of each victim" is: t13ahr R3, an "amount (KRW)" row apart)
_RECIPIENT_RECEIVES = re.compile(
    rf"\b(?:(?:each|every)\s+{_RECIPIENT}(?:[’']s\s+(?P<own>family|families|relatives|household|households)\b)?|(?P<fam>family|families|relatives)\s+of\s+(?:each|every)\b"
    rf"(?:\s+of\s+(?:the|their|these|those))?(?:\s+[\w-]+){{1,4}}?){_RECEIVES}",
    re.I,
)


# "from" and the payer's noun phrase after an amount received ("£500 from a crowdfunding appeal",
# "from the council's hardship fund").
_FROM_PAYER = re.compile(r"\s+from\s+(?P<payer>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,5})")


def _payer_from(text: str, pos: int, end: int) -> str:
    """The payer of money received that "from" names right after the amount ending at ``pos``
    ("£500 from a crowdfunding appeal set up by neighbours" → "crowdfunding appeal", "from the
    council's hardship fund" → "council's hardship fund", a government's word the government's:
    owners.payer_named): its noun phrase past its article, up to a stop word or a participle
    ("set up by"); "" when none, or when "from" opens a time ("from next month", "from January")."""
    m = _FROM_PAYER.match(text, pos, end)
    if m is None:
        return ""
    words = m.group("payer").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    phrase: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        # (a participle ends it, as one before "by" or "up" does: "set up by neighbours", "run by")
        if low in STOP_WORDS or (phrase and (is_participle(low) or words[k + 1 : k + 2] in (["by"], ["up"]))):
            break
        phrase.append(w)
    if not phrase or any(
        w.lower() in MONTHS or w.lower() in WEEKDAYS or w.lower() in ("next", "now", "today", "tomorrow")
        for w in phrase
    ):
        return ""
    return payer_named(" ".join(phrase))


# A cost a rate's adjective qualifies, right before its amount: "the daily cost at $1.8 billion".
_RATED_COST = re.compile(
    rf"\b({'|'.join(RATE_ADJECTIVES)})\s+(?:cost|costs|bill|bills|price)\s+"
    r"(?:(?:at|of|was|is|stood\s+at|came\s+to|put\s+at)\s+)?(?:(?:about|around|some|nearly|roughly|an\s+estimated)\s+)?$",
    re.I,
)


# A sum's conversion after the sum's noun phrase, not right after the sum ("The £3.2bn sale of
# Halvard to Corvex, or about $4.1bn, has prompted"): at most ten words with no clause mark or
# verb form between them and the ", or (about)" the conversion opens with, the conversion ending
# its aside. It was a figure of its own, the dollar value of a pound row's article counted in a
# dollar row too (review s42-rv finding 4). Read here, not by the figure recogniser: the entities
# keep both amounts as mentions of their own.
_FAR_CONVERSION_GAP = re.compile(
    r"(?:\s+(?!(?:is|was|are|were|has|have|had|will|would|could|may|might|said|says)\b)[^\s,;:.()\[\]]+){1,10}"
    r",\s+or\s+(?:(?:about|around|approximately|roughly|some|nearly)\s+)?",
    re.I,
)
_FAR_CONVERSION_END = re.compile(r"\s*(?:[,;)]|\.(?!\d)|$)")


def _far_conversions(text: str, figs: Sequence[Figure]) -> list[Figure]:
    """``figs`` (one sentence's, in text order) with each sum in another currency written as a
    conversion after the noun phrase of the sum before it (:data:`_FAR_CONVERSION_GAP`) made that
    sum's conversion (``Figure.conversion``, compared as the sum's ``alt``) and dropped; linear."""
    out: list[Figure] = []
    for fig in figs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and fig.kind == prev.kind == "money"
            and prev.conversion is None
            and prev.high is None
            and fig.high is None
            and fig.unit != prev.unit
            and _FAR_CONVERSION_GAP.fullmatch(text, prev.end, fig.start) is not None
            and _FAR_CONVERSION_END.match(text, fig.end) is not None
        ):
            out[-1] = replace(prev, conversion=(fig.value, fig.unit))
            continue
        out.append(fig)
    return out


# An amount per share right after a sum ("160p a share", "£1.60 per share", "$5 for each share").
def _rate(fv: FactValue, text: str, fig: Figure, end: int, start: int) -> None:
    """Make ``fv`` a rate when its words say one (:func:`~.words.rate_after` right after it, or a rate's
    adjective in its counted noun, "3,000 daily passengers"): its period, and its label saying it,
    "passengers per day" ("3,000 passengers a day" and "412,000 passengers last year" were one row
    "passengers" in disagreement, t13q F15)."""
    if fv.measure.split("|", 1)[0] == LIMIT:
        return  # a limit covered is per holder by its nature: "per saver", "per person" are one (t13al N1)
    at = fig.end
    if fv.kind == "money" and (firm := share_firm(text, fig, start)) is not None:
        # "Selby shares rose 27% to 399p" beside "Northgate's own shares fell 4% to 1,102p": each
        # firm's share price, never one sum in disagreement (round s44-y2 read the pence)
        fv.measure, fv.per, fv.owner = f"{SHARE_PRICE}|{firm.lower()}", "share", ""
        fv.label = f"share price ({firm})" if firm else SHARE_PRICE
        return
    if fv.kind == "money" and PER_SHARE.match(text, at, end):
        # "Halden will pay 160p a share", "shareholders will receive £1.60 per share": the price of
        # one share, whoever pays or gets it (review s43-rv finding 16: "money pledged (Halden)"
        # beside "amount (GBP) per share")
        fv.measure, fv.label, fv.per, fv.owner = SHARE_PRICE, SHARE_PRICE_LABEL, "share", ""
        return
    if fig.conversion_span is not None and text.startswith(",", at):
        # "200,000 taka, or about $1,640, per family": past the conversion's closing comma (issue
        # #16, s40-x1: the "per family" was lost)
        at += 1
    # an industry's size is a year's ("worth $47 billion a year" and "a $47 billion sector" are one)
    per = rate_after(text, at, end) if not fv.measure.startswith(VALUE_OF) else ""
    label = fv.label
    if not per and fv.kind == "money":
        # "€50,000 for each family", "$2,000 per victim": an amount per recipient, never compared
        # with a total (t13aa K5: the union's €50,000 per family beside the families' €20m)
        hit = _PER_RECIPIENT.match(text, at, end) or _a_recipient(text, at, end)
        receives = _RECIPIENT_RECEIVES.search(text, max(0, fig.start - 80), fig.start) if hit is None else None
        if hit is not None and hit.group("who").lower() in STOP_WORDS and _EACH_AFTER.match(text, at):
            hit = None  # "100,000 taka each from the government": "each" names no recipient after it
        if hit is None and receives is None and _EACH_AFTER.match(text, at, end):
            plural = _PLURAL_RECEIVES.search(text, max(0, fig.start - 80), fig.start)
            who = plural.group("who").lower() if plural is not None else ""
            if who in ("families", "households") or (who and people_kind(who)):
                receives = plural
        if receives is not None and not fv.measure:
            # "Each family will receive £25,000": money given to each (t13ab L19), by the payer
            # "from" names after it ("received £500 from a crowdfunding appeal" is the appeal's,
            # never a value of the firm's row); "also" without a payer is a second sum of no one
            # named, kept out of the payers' rows (review s36-rv2 finding 6, round s36-y2)
            each = _EACH_AFTER.match(text, at, end)  # "… 100,000 taka each from the government"
            payer = _payer_from(text, each.end() if each is not None else at, end)
            if payer or not re.search(r"\balso\b", receives.group(), re.I):
                fv.measure, label, fv.owner = "pledged", "money pledged", payer
        hit = hit or receives
        adj, who = _recipient_noun(text, hit) if hit is not None else ("", "")
        if adj and who in STOP_WORDS:
            who, adj = adj, ""  # "per building in the town": the word in "-ing" is the noun
        per = singular_of(who) if who and who not in STOP_WORDS else ""
        if per and adj:
            # "to each bereaved family": one row with "per family", its label in words
            fv.per, fv.label = per, f"{label} per {adj} {per}"
            return
    if not per and fv.kind == "money":
        seg = text[at:end]
        after = WORD.findall(seg[: clause_end(seg)])[:8]
        unit = average_unit(clause_before(text, fig.start, start, keep_case=True), after)
        if unit:
            # "The average Band D bill will rise … to £1,872": one bill's, never a value of a
            # council's £620m budget (review s42-rv finding 11); "for the average household": per
            # household, as "per family" is
            fv.per = unit
            fv.label = f"average {unit}" if unit in UNIT_PAYMENTS else f"{label} per {unit}"
            return
    rated = [m for m in fv.modifiers if m in RATE_ADJECTIVES]
    if rated and not per:
        per = RATE_ADJECTIVES[rated[0]]
    if not per and fv.kind == "money" and (cost := _RATED_COST.search(text, max(0, fig.start - 60), fig.start)):
        # "Economists put the daily cost at $1.8 billion": a cost a rate's adjective qualifies is a
        # rate, as "$ 1.8 bln a day" is (t13af N13, round s38-y1: a row "daily cost" apart)
        per = RATE_ADJECTIVES[cost.group(1).lower()]
        label = "cost" if label == f"{cost.group(1).lower()} cost" else label
    if not per:
        return
    if rated:
        fv.modifiers = tuple(m for m in fv.modifiers if m not in RATE_ADJECTIVES)
        label = " ".join(w for w in label.split() if w.lower() not in RATE_ADJECTIVES)
    fv.per = per
    fv.label = f"{label} per {per}"


def _own_extents(out: Sequence[FactValue], extents: dict[int, tuple[str, str]]) -> None:
    """Give back, in place, the story's measure to counts a whole scoped after their event noun
    (``extents``: start → (unscoped measure, " (scope label)"), :func:`~.scope.event_extent`)
    when their article gives no unscoped value of that measure: "Floods across the country have
    killed 52" alone is the story's toll, beside "have killed 38 people in Assam" a national
    statistic (s41-rv finding 1)."""
    own = {fv.measure for fv in out if fv.start not in extents}
    for fv in out:
        if fv.start in extents and (base := extents[fv.start])[0] not in own:
            fv.measure, fv.label = base[0], fv.label.replace(base[1], "", 1)


def _share_whole(
    text: str, fig: Figure, part: Figure, sent: tuple[int, int], next_start: int | None
) -> tuple[str, str]:
    """The measure of a whole's count a part is "of" ("About 60% of the 3,200 workers are women"):
    a place's staff when a share is of it (t13ag N4/N5: the 3,200 workers were a row apart from
    the outlets' staff), else none (the whole, 1,100, of "400 of the plant's 1,100 workers could
    lose their jobs" is no value of the cut, nor of anything the part's clause says)."""
    if part.kind != "percent":
        # a count's whole is no value of the part's measure, but a firm's workforce named with
        # its owner ("400 of the plant's 1,100 workers", "cut 400 jobs from its 5,000 staff") is
        # its staff, one row with "employs 5,000 people" (t13al-r S8: three rows of one head count)
        head = WORD.findall(fig.noun)[-1].lower() if WORD.findall(fig.noun) else ""
        if possessed_staff(clause_before(text, fig.start, sent[0], strict=True), head):
            return workforce(text, fig, sent, jobs=True)
        return "", ""
    measure = figure_measure(text, fig, sent, next_start)
    if measure[0]:
        return measure if measure[0].split("|")[0] == "staff" else ("", "")
    return workforce(text, fig, sent)


def _last(replaced: dict[int, int], k: int) -> int:
    """The value that ends a chain of replacements from index ``k`` (a value replaced by one that
    a later sentence replaced in turn is the last one's earlier value)."""
    while k in replaced:
        k = replaced[k]
    return k


# A fact box's line: "- Homes destroyed: 90", "Evacuated: about 9,000 people", "Death toll: 3"
# (a local paper's "what we know" list, a release's key figures): a label of a few words and a
# colon before the figure, nothing else in the line but the figure's own words.
_BOX_LABEL = re.compile(r"[ \t]*(?:[-*•–][ \t]+)?(?P<label>[^\W\d_][\w’'/ -]{0,40}?)[ \t]*:[ \t]*")
_BOX_WORDS = 4  # a label of more words is a sentence ("The council said: 40 homes …"), not a box's
# A table's row is a fact box's line too, its first cell the label ("| Depth of the refuge chamber |
# 420 m |", "Homes destroyed | 90", an HTML table's "Passengers rescued | 212 | …": t13y G13): the
# cell, then any cells before the figure's own, each closed by a bar (an escaped "\|" is a cell's).
_ROW_LABEL = re.compile(r"[ \t]*\|?[ \t]*(?P<label>[^\W\d_][^|\n]{0,60}?)[ \t]*(?<!\\)\|(?:[^|\n]*(?<!\\)\|)*?[ \t]*")
_ROW_WORDS = 8  # a cell is a label by its place, so longer than a box's; more is a sentence's


# Kinds of a running value whose next step may name no measure of its own: a count ("from three
# to five and seven by midnight"), a quantity or an amount in its unit ("first said about 140 km/h,
# then, later in the day, 160 km/h": t13aq N5, the 160 was a row "speed (km/h)" of its own).
_STEP_KINDS = frozenset({"count", "quantity", "money"})


def _same_scale(fig: Figure, step: FactValue) -> bool:
    """Whether ``fig`` is a quantity or an amount in the unit (or currency) of the running value
    ``step``, so its next step when the words between join them (:func:`~.earlier.running_step`)."""
    return fig.kind == step.kind and fig.kind in ("quantity", "money") and fig.unit == step.unit


# A share of a pronoun standing for an amount ("a tenth of that", "half of it", "twice this").
_OF_PRONOUN_AMOUNT = re.compile(r"\s+of\s+(?:that|this|it)\b(?!\s+(?:of|which|who)\b)", re.I)


def _of_an_amount(text: str, fig: Figure, before: Sequence[Figure]) -> bool:
    """Whether the share ``fig`` is "of that", "of it", "of this" after an amount of money or a
    quantity in its sentence (``before``: the sentence's figures before it): a ratio to that amount,
    "a tenth of that" of "€50 million", no share of a whole of things."""
    return _OF_PRONOUN_AMOUNT.match(text, fig.end) is not None and any(f.kind in ("money", "quantity") for f in before)


def _table_of_columns(text: str, fig: Figure) -> bool:
    """Whether ``fig`` stands in a cell of a table row (cells between bars, ``corpus.markdown.row_cells``: a pipe
    table's, an HTML table's rows as the reader keeps them) that holds figures in two or more of its
    cells: a table of columns, each cell's measure its column's heading ("| Police | 11 | 70 | 2 |
    320 |" under "| Source | Dead | Injured | Missing | Passengers |"). Such a row is no sentence and
    no fact box's line: its first cell labels none of its figures (t13aq N4: "police deployed" 11,
    70, 2 and 320), so its figures are left out of the facts, the prose around the table reporting
    the story's own. A two-cell row ("| Depth | 420 m |") and a row of one figure and notes
    ("Passengers rescued | 212 | coast guard") stay a fact box's line (:func:`_fact_box`)."""
    line_start = text.rfind("\n", 0, fig.start) + 1
    line_end = text.find("\n", fig.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    cells = [c for c in row_cells(line) if c]
    if len(cells) < 3:
        return False
    if _rows_of_figures(text, line_start):
        return False  # each row one measure, its cells what each party put it at: lines of a box
    return sum(1 for c in cells if cell_figure(c)) >= 2


# The first heading of a table whose rows are its figures, one measure a row, and whose columns
# are who gives them ("| Figure | Northcastle Rail | REPA |" over "| Dead fish | 3,000 | 5,000+ |"):
# the heading over the row labels says they name figures (t13az N2, round s53-f2: the table's rows
# were read by nothing, as a table whose columns are measures is, "| Source | Dead | Injured |").
_FIGURES_HEADING = frozenset(
    "figure figures measure measures metric metrics indicator indicators statistic statistics number numbers".split()
)


def _rows_of_figures(text: str, line_start: int) -> bool:
    """Whether the table row starting at ``line_start`` in ``text`` is under a pipe table's header
    whose first cell names figures (:data:`_FIGURES_HEADING`): its first cell is the measure of
    each of its figures. The header is the row straight above the table's rule ("|---|---|"),
    found by walking up the table's rows."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if table_rule(line):
            above_end = start - 1
            if above_end <= 0:
                return False
            header = row_cells(text[text.rfind("\n", 0, above_end) + 1 : above_end])
            return bool(header) and header[0].lower() in _FIGURES_HEADING
        if "|" not in line:
            return False
        end = start - 1
    return False


def _fact_box(text: str, fig: Figure, start: int, end: int) -> tuple[Figure, tuple[str, str]] | None:
    """A figure that is the value of a fact box's line (:data:`_BOX_LABEL`), read as the line's
    prose would say it, the value then its label ("90 Homes destroyed", "1,250 Firefighters",
    "about 9,000 people Evacuated"): (the figure with its counted noun and the label's offsets
    mapped back into ``text``, its (measure key, label) by :func:`figure_measure`), or None for any
    other figure. A box's bare number counted nothing before ("Firefighters: 1,250" was dropped).
    A table's row is read so too (:data:`_ROW_LABEL`): its first cell the label, of up to
    :data:`_ROW_WORDS` words, the figure's cell the value ("| Depth of the refuge chamber | 420 m |"
    is "420 m depth of the refuge chamber")."""
    m = _BOX_LABEL.fullmatch(text, start, fig.start)
    row = None if m is not None else _ROW_LABEL.fullmatch(text, start, fig.start)
    if row is not None:
        m = row
        # the value's cell ends at the next bar ("| 420 m |", "| 212 | coast guard |")
        bar = TABLE_BAR.search(text, fig.end, end)
        if bar is not None:
            end = bar.start()
    if m is None:
        return None
    label = m.group("label").rstrip(" \t")
    words = WORD.findall(label)
    most = _ROW_WORDS if row is not None else _BOX_WORDS
    if not words or len(words) > most or words[-1].lower() in REPORTING_VERBS:
        return None
    # A bracket after the value is a note of its own ("Evacuated: 52,310 people (14,200
    # families)", "Injured: 47 (12 of them children)"): the label is the value's, read without it
    # (the bracket cut the label off its value, and the line's people were a row of their own).
    paren = text.find("(", fig.end, end)
    if paren != -1:
        end = paren
    value = text[fig.start : end].rstrip(" \t.;")
    # a plus after a cell's number is "more than" ("| Dead fish | 5,000+ |"): the number read with
    # its label as the line's prose says it, its qualifier the plus's (t13az N2: "5,000+ Dead fish"
    # read no noun, a death toll)
    plus = value.endswith("+") and fig.end <= fig.start + len(value) - 1
    if plus:
        value = value[:-1].rstrip()
    if len(WORD.findall(text, fig.end, end)) > 2:
        return None  # the line goes on: a sentence after a label ("Update: 12 people died in …")
    if len(words) == 1 or words[1][:1].islower():
        # a box's capital is the line's, not a name's: "Firefighters: 1,250" counts firefighters
        # ("Red Cross volunteers: 40" keeps its name's capitals)
        label = label[:1].lower() + label[1:]
    last = WORD.findall(label)[-1]
    if is_participle(last.lower()):
        # "Schools closed: 12" says "12 schools were closed", as "Evacuated: about 9,000 people"
        # says "about 9,000 people were evacuated" (a bare participle after a count is no verb)
        label = f"{label[: label.rindex(last)].strip()} were {last.lower()}".strip()
    read = _reread(text, fig, f"{value} {label}", len(value))
    if plus and read is not None and not read[0].qualifier:
        return replace(read[0], qualifier="more than"), read[1]
    return read


def _tally(text: str, fig: Figure, sent_start: int) -> tuple[Figure, tuple[str, str]] | None:
    """A count without a noun that is the value of a tally naming its things
    (:func:`~.earlier.tally_things`), read as a count of them says it: "The number of diverted
    ambulances has risen to 65" as "65 diverted ambulances" (*ambulances diverted*, as the
    article's "40 ambulances have been diverted"), "the evacuee count had reached 1,200" as "1,200
    evacuees" (*people evacuated*): (the figure with its things as its counted noun, its (measure
    key, label)); None for any other figure, or when the things are no counted noun."""
    if fig.kind != "count" or fig.noun:
        return None
    things = tally_things(text, fig.start, sent_start)
    if not things:
        return None
    read = _reread(text, fig, f"{text[fig.start : fig.end]} {things}")
    if read is None or not read[0].noun:
        return None
    if not read[0].qualifier and tally_passed(text, fig.start, sent_start):
        return replace(read[0], qualifier="more than"), read[1]  # "has passed 250": more than 250
    return read


def _tally_measures(out: Sequence[FactValue], tallies: set[int]) -> None:
    """A tally's value whose things name no measure ("the ambulance count reached 65": a count of
    "ambulances") counts what the article's counts of those things count, when they count one
    measure ("40 ambulances have been diverted": *ambulances diverted*), so its steps read as one
    row (t13z H16: the blog's "40 → 80"); values of other things, or of several measures of them
    ("40 patients were moved", "12 patients died"), are left as read."""
    for fv in out:
        if fv.start not in tallies or fv.measure or not fv.head:
            continue
        named = {(o.measure, o.label, o.owner) for o in out if o.kind == "count" and o.head == fv.head and o.measure}
        if len(named) == 1:
            fv.measure, fv.label, fv.owner = next(iter(named))


_COMMA = re.compile(r"\s*,\s*")  # a whole's count and its part's ("212 passengers, seven of whom")
# A whole's count's own clause, then its part's ("70 people were injured, 12 of them"): a few words,
# no figure, no mark of another clause or sentence
_WHOLES_CLAUSE = re.compile(r"\s+[^\W\d_][^.;:()\d\n]{0,60},\s*")
# A break between two clauses of a sentence, each with a count of its own: ";", ", and", ", but",
# "while", "whereas" (:func:`_own_part`).
_COUNTS_APART = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\s(?:while|whereas)\b", re.I)


def _own_part(text: str, figs: Sequence[Figure], i: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The span (start, end) of the part of the sentence ``sent`` that is ``figs[i]``'s own clause:
    from the last clause break (:data:`_COUNTS_APART`) after the figure before it (the sentence's
    start when none) to the first break after it (before the next figure; the sentence's end when
    none).
    Its words are the ones a count without a measure is compared by (``FactValue.near``): "The
    airline said 182 people were on board, and airport staff said thirteen people were hurt" beside
    "saving all 190 people on board" (t13ad N16, round s37-x1: the second clause's words made the
    sentences unlike, and the two counts aboard were never compared)."""
    start, end = sent
    if i > 0:
        for brk in _COUNTS_APART.finditer(text, figs[i - 1].end, figs[i].start):
            start = brk.end()
    # (after it, the next clause is another's whether or not its count stands in this sentence: a
    # page's line break cut "…, and airport staff said / thirteen people were hurt." in two)
    after = _COUNTS_APART.search(text, figs[i].end, figs[i + 1].start if i + 1 < len(figs) else sent[1])
    if after is not None:
        end = after.start()
    return start, end


_AND_JOINED = re.compile(r"\s*,?\s+and\s+")  # two subjects of one clause ("184 passengers and 6 crew")


def _reread(text: str, fig: Figure, prose: str, top: int | None = None) -> tuple[Figure, tuple[str, str]] | None:
    """``fig`` read in ``prose``, the words a writer would have used for it (``prose`` opens with
    the figure's own text): (the figure as ``prose`` reads it, its counted noun included, with
    offsets mapped back into ``text`` and kept within its own span (``top`` characters of it when
    given: a fact box's value), its (measure key, label) by :func:`figure_measure`), or None when
    ``prose`` reads another figure there."""
    read = next((f for f in figures_of(prose) if f.start == 0), None)
    if read is None:
        return None
    # a bare number a box's label gives a unit of measure ("Acres burned | 41,000" reads "41,000
    # acres were burned", a quantity): the same number as written, now measured (t13ap N17: the row
    # was dropped, though every other row of its table was read)
    measured = fig.kind == "count" and not fig.noun and read.kind == "quantity"
    if read.value != fig.value or (read.kind != fig.kind and not measured):
        return None
    # Offsets in the figure's own words are the text's, shifted; words ``prose`` adds (a box's
    # label, a whole's noun) are no part of the figure's span in the text.
    end = fig.start + (top if top is not None else fig.end - fig.start)

    def at(i: int) -> int:
        return min(fig.start + i, end)

    moved = replace(
        read,
        start=at(read.start),
        end=max(at(read.end), fig.end),
        num_start=at(read.num_start),
        num_end=at(read.num_end),
        conversion_span=None
        if read.conversion_span is None
        else (at(read.conversion_span[0]), at(read.conversion_span[1])),
    )
    return moved, figure_measure(prose, read, (0, len(prose)))


# "litres of diesel", "tonnes of the crude oil": the "of" phrase after a quantity names its stuff.
_OF_AFTER = re.compile(r"\s+of\s+(?:(?:" + "|".join(sorted(DETERMINERS, key=len, reverse=True)) + r")\s+)?")
_MATERIAL_WORDS = 3  # "heavy fuel oil": the stuff's words at most, the rest is the clause


def _material(text: str, end: int, sent_end: int, written: bool = False) -> str:
    """What the quantity ending at ``end`` is of: the content words (folded as
    :func:`context_words` folds them; in lower case as written with ``written``: "medical
    supplies") of the "of" phrase after it, up to a stop word or punctuation and at most
    ``_MATERIAL_WORDS``, space-joined; "" when none ("half a million litres of it", "12 km from
    the coast")."""
    m = _OF_AFTER.match(text, end, sent_end)
    if m is None:
        return ""
    words: list[str] = []
    at = m.end()
    for w in WORD.finditer(text, at, sent_end):
        if text[at : w.start()].strip():
            break  # punctuation between: the phrase ended
        if w.group().lower() in STOP_WORDS or len(words) == _MATERIAL_WORDS:
            break
        words.append(w.group())
        at = w.end()
    return " ".join(w.lower() for w in words) if written else " ".join(context_words(" ".join(words)))


# Words between an event's verb and its year: "opened in 1987", "is due to close by 2028", "was
# built around 1960", "will reopen early next year".
# (and a phrasal verb's particle: "is to shut down in 2029"). Not "since": a year a state has
# held since is no event's ("more patents than all other countries combined since 2017": seeds)
_YEAR_PREPOSITIONS = frozenset("in by from until till around about circa as early late of down up off out".split())
# Words before a verb's bare form that make it an event to come: "will reopen", "is due to close"
# ("to" after a participle that takes a verb after it too: "is scheduled to shut"; never after one
# of moving, "returned to Paris in 2019", "returned to Kellby in 2019": review s35-rv item 8, round
# s35-y, a row "year of kellbying"; the word after "to" written in lower case too).
_TO_COME = frozenset("will would shall could may might should must".split())
_BEFORE_TO = frozenset(
    """due set going likely slated poised aims plans intends hopes wants is are was were expected
    scheduled planned forecast projected tipped forced ordered allowed required supposed designed
    meant intended decided agreed voted promised pledged vowed""".split()
)


# The events of a thing's life that outlets word by a verb or by its noun, each one row however it
# is worded (t13aa K16: "is to be replaced by 2030" and "Its replacement is due in 2031" were "year
# of replacing" and a bare "year", "had been checked in 2019" apart from "last inspected in 2019"):
# its key (the stem :func:`year_event` gives its verb), its row label, the stems of the verbs of that
# one meaning ("checked" is "inspected") and its nouns. An event verb of the table is the event also
# before "to" and a complement ("opened to traffic in 1976": no "year of trafficing"), as no other
# verb is ("returned to school in 2019" names no event).
_YEAR_EVENTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("open", "year of opening", ("open",), ("opening",)),
    ("reopen", "year of reopening", ("reopen",), ("reopening",)),
    ("clos", "year of closing", ("clos",), ("closure", "closing")),
    ("replac", "year of replacement", ("replac",), ("replacement",)),
    ("complet", "year of completion", ("complet", "finish"), ("completion",)),
    # t13ac M28, M13 (round s36-x2): "will be rebuilt by 2029" was a bare "year", "last erupted in
    # 1973" the label "year of erupting"
    ("rebuil", "year of rebuilding", ("rebuilt", "rebuild", "reconstruct"), ("rebuilding", "reconstruction")),
    ("erupt", "year of eruption", ("erupt",), ("eruption",)),
    ("inspect", "year of inspection", ("inspect", "check"), ("inspection", "check")),
    ("built", "year built", ("built", "construct"), ("construction",)),
    ("demolish", "year of demolition", ("demolish",), ("demolition",)),
)
_EVENT_OF_STEM: dict[str, tuple[str, str]] = {
    stem: (key, label) for key, label, stems, _ in _YEAR_EVENTS for stem in stems
}
_EVENT_OF_NOUN: dict[str, tuple[str, str]] = {
    noun: (key, label) for key, label, _, nouns in _YEAR_EVENTS for noun in nouns
}
# Words between an event's noun, the subject, and its year: "Its replacement is due in 2031",
# "Completion is now scheduled for 2027", "the opening was expected in 1986".
_NOUN_EVENT_GAP = frozenset(
    """is are was were be been being will would should could may might now also still finally due set
    scheduled slated expected planned forecast projected originally initially""".split()
)


_EVENT_SUBJECT_WORDS = 10

# A verdict on a structure's state, as engineers or inspectors give it: a verb of judging, at most
# three words (the thing judged), then a word of soundness, as the year's own verb: the words right
# before the year end so, an inspecting agent ("by engineers") aside ("declared unsafe by engineers
# in 2019", "was found safe by inspectors", "Engineers deemed the dam sound", "was condemned as
# unsafe in 2019"): an inspection's outcome, its year the year of inspection (t13aa K16's story, round
# s36-c). Only of a structure or by those who inspect (:func:`_verdict`): "Two hikers were found safe
# in 2019", "The patient was declared stable", "Residents condemned the council's decision … in
# 2019" are no inspection, nor a verdict before another verb ("declared safe after repairs were
# completed in 2022": review s36-rv D1, round s36-c2).
_SOUND = r"(?:un)?(?:safe|sound|stable)"
_INSPECTORS = frozenset("engineer engineers inspector inspectors surveyor surveyors expert experts".split())
_VERDICT = re.compile(
    rf"(?:^|\s)(?:(?:declared|deemed|judged|rated|certified|pronounced|assessed\s+as|condemned(?:\s+as)?|found)"
    rf"(?:\s+[\w’'-]+){{0,3}}?|structurally)\s+{_SOUND}$"
)
_BY_INSPECTORS = re.compile(rf"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:{'|'.join(sorted(_INSPECTORS))})$")


def _verdict(words: Sequence[str], subject: Sequence[str]) -> bool:
    """Whether the lower-case ``words`` right before a year (its prepositions left out) end in a
    verdict on a structure's soundness (:data:`_VERDICT`), given by an inspecting agent ("declared
    unsafe by engineers", "Engineers deemed the dam sound") or of a built thing the clause's
    ``subject`` words name (:data:`_BUILT_THINGS`: "The tunnel was declared unsafe")."""
    said = " ".join(words)
    by = _BY_INSPECTORS.search(said)
    if _VERDICT.search(said[: by.start()] if by else said) is None:
        return False
    return by is not None or any(w in _INSPECTORS or w in _BUILT_THINGS for w in subject)


def _event_noun(words: Sequence[str]) -> tuple[str, str] | None:
    """The event (key, label) of :data:`_YEAR_EVENTS` a year's clause names by its noun, from the clause's
    lower-case ``words`` before the year, its prepositions left out: the last word ("passed its
    last inspection in 2019", "since its opening in 1987") or the subject before words of
    :data:`_NOUN_EVENT_GAP` only, a "for" before the year too ("Its replacement is due in 2031",
    "Completion is now scheduled for 2027"); None when none."""
    k = len(words) - 1
    if k >= 0 and words[k] == "for":
        k -= 1  # "Completion is now scheduled for 2027" ("for" is no preposition that dates a clause)
    while k >= 0 and words[k] in _NOUN_EVENT_GAP:
        k -= 1
    if k < 0:
        return None
    if words[k] in _EVENT_OF_NOUN:
        return _EVENT_OF_NOUN[words[k]]
    # the subject with what it is of: "Completion of the new terminal is scheduled in 2029"
    of = next((j for j in range(k - 1, max(0, k - 4), -1) if words[j] == "of"), 0)
    return _EVENT_OF_NOUN.get(words[of - 1]) if of > 0 and k < len(words) - 1 else None


def _event_stem(verb: str) -> str:
    """The stem every form of a verb shares ("opened" → "open", "closed"/"close" → "clos",
    "stopped" → "stop"); an irregular participle is its own ("built")."""
    regular = verb.endswith("ed") and is_participle(verb)
    if not regular and is_participle(verb):
        return verb
    stem = verb[:-2] if regular else verb
    if regular and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        stem = stem[:-1]  # "stopped", "planned"
    if stem.endswith("e") and not stem.endswith("ee"):
        stem = stem[:-1]  # "close", "closed" → "clos"
    return stem


# The nouns of building, which name the building of a thing and no other thing completed
# ("Construction of the dam", "Construction was completed in 1961"): :func:`_completion_built`.
# Never "work", "works", "project": repair work or any project is completed too ("Repairs began in
# 2019, and work was completed in 2022" had been the year the bridge was built: review s36-rv2
# finding 4, round s36-y2); "Work on the tunnel" names its built thing.
_WORK_NOUNS = frozenset("construction building completion".split())


def _completion_built(words: Sequence[str]) -> bool:
    """Whether a completion dated in a clause of the ``words`` as written (before its year) is the
    completion of a built thing, so the year it was built: the clause names one
    (:data:`_MADE_THINGS`: "The Corvenna Bridge was completed in 1974", "Completion of the new
    terminal") or no other thing at all ("It was completed in 1974", "Completion is scheduled for
    2027"). "The sale was completed in 2019", "completed his degree in 1998" name another thing:
    their completion is no building's (t13aa K16, round s36-g). Words in capitals are a name's
    ("Burj Khalifa") or open the sentence: no other thing."""
    lower = [w.lower() for w in words]
    if any(w in _MADE_THINGS for w in lower):
        return True
    return not any(
        w.isalpha() and not w.endswith("ly") and not is_participle(w) and w not in _WORK_NOUNS
        for w, written in zip(lower, words)
        if written.islower() and w not in STOP_WORDS and w not in _NOUN_EVENT_GAP and w not in _YEAR_PREPOSITIONS
    )


def year_event(
    text: str, fig: Figure, sent: tuple[int, int], next_start: int | None = None, year: int | None = None
) -> tuple[str, str] | None:
    """The event the year ``fig`` (in the sentence ``sent``) is the year of (:func:`_year_event`),
    a completion of a built thing the year it was built (:func:`_completion_built`: "was completed
    in 1974", "The 1974 bridge" and "Built half a century ago" are one measure, "year built";
    t13aa K16, round s36-g). ``year`` is the article's, which a previous event's year is before
    (:func:`_before_story`). Returns (key, row label) or None."""
    event = _year_event(text, fig, sent, next_start, year)
    if event is not None and event[0] == "complet":
        written = clause_before(text, fig.start, sent[0], strict=True, keep_case=True, most=_EVENT_SUBJECT_WORDS)
        work = next((_EVENT_OF_NOUN[w.lower()] for w in written if w.lower() in _EVENT_OF_NOUN), None)
        if work is not None and work[0] not in ("complet", "built"):
            # "Rebuilding the harbour will be finished in 2028": the year of the work finished,
            # one row with "will be rebuilt by 2029" (t13ac M28, round s36-x2)
            return work
        if _completion_built(written):
            return _EVENT_OF_STEM["built"]
    return event


RESCUED = "rescued"
OWN_SHARE = "own"
OWN_SHARE_LABEL = "the writer's own share"
# The writer's own first person as the subject of the verb right before a rescue count, outside
# quotation marks: "Our crews brought 23 survivors to shore", "We pulled 12 people from the water",
# "and our lifeboats have rescued 40". Written case-sensitively and as a subject only: "US Coast
# Guard crews rescued 40" (the country), "As we reported on Monday, rescuers saved 40" (the outlet's
# "we" of another clause) and "Rescuers told us they had saved 40" (an object) are no rescuer's own
# share (review s48-rv finding 2, round s48-fx1). The subject opens its clause (the sentence's
# start, a clause mark, or a coordinating conjunction), "we" alone or "our" and at most two words of
# its noun ("Our lifeboat crews"); then auxiliaries and adverbs (:data:`_OWN_AUXILIARIES`), one verb,
# a particle, and the count's qualifier.
_OWN_AUXILIARIES = r"(?:(?:have|had|has|also|then|just|now|since|later|so\s+far|already|together)\s+)*"
_FIRST_PERSON_RESCUER = re.compile(
    r"(?:^\s*|[,;:(—–]\s*|\b(?:and|but|then|where|when)\s+)"
    r"(?:[Ww]e|[Oo]ur(?:\s+own)?(?:\s+[a-z-]+){1,2})\s+" + _OWN_AUXILIARIES + r"[a-z]+\s+(?:(?:up|out|off|back|in)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|over|at\s+least|more\s+than|another)\s+)?$"
)
_QUOTE_MARKS = frozenset('"“”«»„')


def own_share(text: str, pos: int, start: int) -> bool:
    """Whether the count at ``pos`` (in the sentence from ``start``) is told in the writer's own
    first person as the subject of its verb, outside a quotation (:data:`_FIRST_PERSON_RESCUER`): a
    rescuer's statement of its own part of a rescue ("Our crews brought 23 survivors to shore"),
    which is no value of the story's whole count (round s48-f: with "to shore" a rescue, the tug
    firm's 23 stood in the 151 row as a disagreement). A quote's "we" may be the body giving the
    whole count: left as it is; "US", an outlet's "as we reported" and "told us" are no rescuer
    (review s48-rv finding 2)."""
    before = text[start:pos]
    return not _QUOTE_MARKS & set(before) and _FIRST_PERSON_RESCUER.search(before) is not None


# The verbs that put a structure into use, the end of its building (the Oxford English
# Dictionary's senses: "open" a road or building for use, "inaugurate" a building or public work
# with a ceremony): their stems as :func:`_event_stem` gives them. Not "commission": a plant is
# commissioned and decommissioned, "year of commissioning" its own row (test_fact_event_years).
_OPENING_STEMS = frozenset("open inaugurat".split())
BUILT_MEASURE = f"year|{_EVENT_OF_STEM['built'][0]}"
# The labels of a structure's year built and year opened, and of their one row holding both
OPENED_LABEL = _EVENT_OF_STEM["open"][1]
BUILT_OR_OPENED_LABELS = frozenset((_EVENT_OF_STEM["built"][1], OPENED_LABEL))
BUILT_OR_OPENED_LABEL = "year built/opened"


def structure_opened(fv: FactValue) -> bool:
    """Whether the year ``fv`` is the year a structure was opened or inaugurated
    (:data:`_OPENING_STEMS`), so one measure with the year it was built or completed, "year
    built/opened", where no source dates its building otherwise (``structure_years.join_built_opened``
    decides, over the corpus: issue #16, round s48-f: "The bridge was built in 1968" and "the
    bridge, opened in 1968" were a "year built" and a "year of opening" row; review s48-rv finding 1,
    round s48-fx1: "built in 1966 and opened in 1968" are two facts, never one in disagreement).
    The rule: the thing its clause names (``FactValue.owner``: "The Harlow dam
    opened") or, naming none, a subject of its sentence or the one before
    (``FactValue.subjects``: "The dam, inaugurated in 1952, …") is a structure that stays
    (:data:`_BUILT_THINGS`, or a generic noun of one, :func:`~.things.owner_kind`: "the
    crossing"). Any other opening stays *year of opening* ("The exhibition opened in 1995", "It
    opened in 1960" with no structure named), and a year of no structure named is kept off a
    structure's row by grouping's subjects, so different subjects stay apart ("year of opening
    (bridge)" beside "(pier)" as before). Its label stays the verb's ("year of opening"); a row
    holding both wordings is labelled "year built/opened" (grouping)."""
    return fv.measure.partition("|")[2] in _OPENING_STEMS and bool(structure_kinds(fv))


def structure_kinds(fv: FactValue) -> frozenset[str]:
    """The kinds of structure (:data:`_BUILT_THINGS`: "bridge", "dam") the year ``fv`` is of: the
    words of the thing its clause names (``FactValue.owner``) or, naming none, of a subject of its
    sentence or the one before (``FactValue.subjects``), each a structure's noun or a generic noun
    of one (:func:`~.things.owner_kind`: "the crossing" of a bridge); empty when none is one."""
    things = fv.owner.split() if fv.owner else [w for h in fv.subjects for w in h.split()]
    kinds = (w if w in _BUILT_THINGS else owner_kind(w) for w in things)
    return frozenset(k for k in kinds if k is not None and k in _BUILT_THINGS)


# An event's noun of :data:`_YEAR_EVENTS` after "first", before "since" and a year: "the first
# eruption since 2001": the year of the event the noun names, the one before it, as "last erupted in
# 2001" dates it (t13ac M13, round s37-f2). Only a happening's noun (:data:`_EVENTS`): a work's row may
# hold a year to come ("is due to close in 2028"), never to be set beside "the first closure since
# 2019". "since" alone dates no event (:data:`_YEAR_PREPOSITIONS`: a state held since then).
_SINCE_EVENT = re.compile(
    r"\bfirst\s+(?:[a-z-]+\s+)?"
    rf"(?P<noun>{'|'.join(sorted((n for n in _EVENT_OF_NOUN if re.fullmatch(_EVENTS, n)), key=len, reverse=True))})"
    r"s?\s+since\s+$",
    re.I,
)
# A superlative before a noun and "since" and a year: "the largest eruption since 1980", "the
# deadliest fire since 1990", "the most violent eruption since 1991": the year of an earlier event
# as great, not of the last one ("the largest since 1980" implies smaller ones after it): no
# event's year of the story (review s37-rv finding 1, round s37-y1; round s37-f2 had dated "the
# last eruption" by it).
# A superlative, the thing it ranks and where, then "for" or "in" right before a duration: the span
# the ranking covers ("making the outbreak the largest in Norvale for more than two decades", "the
# worst flooding in 20 years"), no lasting of anything (t13ak N7: a row "decades making the outbreak
# the largest in Norvale", a label no reader could use).
_RANKED_SPAN = re.compile(rf"\bthe\s+{SUPERLATIVE}\b[^.;:!?,]{{0,60}}?\s(?:for|in)\s+$", re.I)
_SUPERLATIVE_SINCE = re.compile(rf"\b{SUPERLATIVE}\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+\s+since\s+$", re.I)
# The events of :data:`_YEAR_EVENTS` a thing has many times (a volcano erupts, a bridge is inspected,
# closed and reopened again and again): a year written as an attribute of their noun ("The 1980
# eruption killed 57", "The 2019 inspection found cracks") or right before it without "last" ("an
# inspection in 2019") dates one of them, an earlier one, never the one "last erupted in 2015" or
# "passed its last inspection in 2023" dates (review s37-rv finding 1, round s37-y1).
_REPEATED_EVENTS = frozenset("erupt inspect clos reopen".split())
# Words that make a repeated event's noun the latest one: "its last inspection", "the most recent
# eruption", "the latest closure".
_LAST_EVENT = frozenset("last latest recent".split())


def _repeated_unlast(event: tuple[str, str] | None, words: Sequence[str]) -> bool:
    """Whether ``event`` is one a thing has many times (:data:`_REPEATED_EVENTS`) and its noun,
    the last of the lower-case ``words``, has no word of :data:`_LAST_EVENT` among the three before
    it ("an inspection in 2019", not "its last inspection in 2019")."""
    if event is None or event[0] not in _REPEATED_EVENTS or not words or words[-1] not in _EVENT_OF_NOUN:
        return False
    return not any(w in _LAST_EVENT for w in words[-4:-1])


# The verbs a volcano's eruption is told by when the subject is a volcano (a kind's noun or a generic
# noun of it, things.owner_kind: "The killer mountain last blew half a century ago", "the peak
# exploded in 1980"): the eruption's (t13ac M13, round s37-f2: no year; "blew" alone, a tyre, a
# fuse, a whistle, is no eruption).
_ERUPTING = frozenset("blew blown exploded".split())
# Adverbs between a subject and its verb ("The mountain last blew", "the peak finally exploded").
_SUBJECT_VERB_ADVERBS = frozenset("last first again once finally then also".split())


def _erupting(words: Sequence[str]) -> bool:
    """Whether the lower-case ``words`` before a year (its prepositions left out) end in a verb of
    :data:`_ERUPTING` whose subject's head (:func:`~.roles.subject_head`, adverbs between left out)
    is a volcano's noun ("volcano", "mountain", "peak") or a name after "Mount" ("Mount Orrin").
    A volcano's noun that only modifies the head ("A gas tank at the mountain lodge exploded") or
    stands elsewhere in the clause ("It was on the mountain that a landmine exploded") is none:
    their years were a volcano's eruption (review s37-rv finding 16, round s37-y1)."""
    if not words or words[-1] not in _ERUPTING:
        return False
    before = [w for w in words[:-1] if w not in _SUBJECT_VERB_ADVERBS and not w.endswith("ly")]
    head = subject_head([*before, words[-1]], len(before))
    if owner_kind(head) == "volcano":
        return True
    at = len(before) - 1 - before[::-1].index(head) if head in before else -1
    return at > 0 and before[at - 1] == "mount"  # "Mount Orrin exploded"


def _year_event(
    text: str, fig: Figure, sent: tuple[int, int], next_start: int | None = None, year: int | None = None
) -> tuple[str, str] | None:
    """The event the year ``fig`` (in the sentence ``sent``) is the year of, by the verb right
    before it in its clause, past prepositions ("which opened in 1987", "opened 39 years ago",
    "is due to close next year", "will reopen in 2028"): a participle (:func:`is_participle`, no
    reporting verb) or a verb's bare form after "to", "will" ("close"); else, for a year after a
    preposition, the first participle of the clause after it ("In 1987 the mine opened"). Returns (its key, the stem every form of
    the verb shares: "open", "clos"; its row label: "year of opening", "year of closing", "year
    built" for an irregular participle), None when no such verb stands there. The story's previous
    event of a kind (:func:`previous_event`) only for a year before the article's ``year``."""
    written = clause_before(text, fig.start, sent[0], strict=True, keep_case=True, most=6)
    words = [w.lower() for w in written]
    # a year after a preposition dates its clause ("In 2025 the plant was commissioned"); one
    # before a noun is that thing's ("Their 1998 recordings … were reissued on Monday")
    dating = bool(words) and words[-1] in _YEAR_PREPOSITIONS
    while words and words[-1] in _YEAR_PREPOSITIONS:
        words.pop()
    # (the subject's noun with what it is of may stand further back than its verb would)
    longer = [w.lower() for w in clause_before(text, fig.start, sent[0], strict=True, most=_EVENT_SUBJECT_WORDS)]
    while longer and longer[-1] in _YEAR_PREPOSITIONS:
        longer.pop()
    if _SUPERLATIVE_SINCE.search(text, max(sent[0], fig.start - 60), fig.start) is not None:
        return None  # "the largest eruption since 1980": an earlier event's year
    noun = _event_noun(longer)
    if _repeated_unlast(noun, longer):
        return None  # "The inspection in 2019 found cracks": one of many, an earlier one
    if noun is not None:
        return noun  # "Its replacement is due in 2031", "passed its last inspection in 2019"
    since = _SINCE_EVENT.search(text, max(sent[0], fig.start - 60), fig.start)
    if since is not None:
        return _EVENT_OF_NOUN[since.group("noun").lower()]  # "the deadliest eruption since 1973"
    if _erupting(words):
        return _unlast_happening(_EVENT_OF_STEM["erupt"], words)  # "The killer mountain last blew half a century ago"
    before = _before_story(text, fig, year)
    landslide = before and slide_is_landslide(text, sent)
    previous = previous_event(longer or _before_apposition(text, fig.start, sent[0]), landslide) if before else None
    if previous is None and before and _LAST_DONE.search(" ".join(longer[-2:])):
        # "The town was last hit half a century ago, when a slide destroyed the old mill"
        when = _WHEN_EVENT.match(text, fig.end, sent[1])
        previous = previous_event(["last", when.group("noun").lower()], landslide) if when is not None else None
    done = _last_done(longer) if previous is None and before else None
    if done is not None:
        # "The town last flooded in 1999", "A train last derailed on the line in 2004": the previous
        # flood, as "The previous flood was in 1999" (issue #16, s39-x1: "year of flooding" beside
        # "year of the previous flood")
        previous = previous_event(["last", done], landslide)
    if previous is not None:
        return previous  # "The last slide to hit the town was in 1987", "last hit by a slide 39 years ago"
    if _ATTRIBUTE_YEAR_BEFORE.search(text, max(sent[0], fig.start - 8), fig.start) is not None:
        noun_after = _ATTRIBUTE_YEAR_AFTER.match(text, fig.end, sent[1])
        if noun_after is not None and noun_after.group("first").lower() in _EVENT_OF_NOUN:
            attribute = _EVENT_OF_NOUN[noun_after.group("first").lower()]
            # "Since its 1987 opening" (t13ac M13); "The 1980 eruption killed 57" is one of many
            return None if attribute[0] in _REPEATED_EVENTS else attribute
    if _verdict(words, longer):
        return _EVENT_OF_STEM["inspect"]  # "declared unsafe by engineers in 2019"
    agent = _agent_at(words)
    if agent is not None:
        # "was widened by Geotekna eight years ago": the verb before its agent is the year's
        # (t13ae P5, round s38-x1: a duration of eight years)
        words, written = words[:agent], written[:agent]
    for j in (len(words) - 2, len(words) - 3):  # "opened to traffic", "opened to the public"
        if j > 0 and words[j] == "to" and is_participle(words[j - 1]) and _event_stem(words[j - 1]) in _EVENT_OF_STEM:
            words = words[:j]  # "opened to traffic in 1976": the opening
            break
    verb = words[-1] if words else ""
    # (a verb's bare form is written in lower case: "returned to Kellby" names a place)
    to_come = (
        len(words) > 1
        and written[len(words) - 1].islower()
        and (words[-2] in _TO_COME or (words[-2] == "to" and len(words) > 2 and words[-3] in _BEFORE_TO))
    )
    if not (is_participle(verb) or (to_come and verb.isalpha() and verb not in STOP_WORDS)):
        after = clause_after(text, fig.end, sent[1], next_start) if dating else []
        verb, to_come = next((w for w in after if is_participle(w)), ""), False
    rel = RELATIVE_YEAR.search(text, fig.start, fig.end)
    relative, back = rel is not None, rel is not None and (relative_year(rel) or 0) > 0
    if not verb or verb in REPORTING_VERBS or not verb.isalpha():
        # (a year after a preposition or a relative one, "eight years ago", dates its clause; one
        # before a noun is that thing's: "shelved its 2021 expansion plans")
        return _unlast_relative(
            _unlast_happening(_verb_before_object(longer, dating or relative), longer), longer, back
        )
    return _unlast_relative(_unlast_happening(_verb_event(verb), words), longer, back)


def _unlast_relative(event: tuple[str, str] | None, words: Sequence[str], back: bool) -> tuple[str, str] | None:
    """``event``, or None when the year is one counted ``back`` ("two years ago") and the event one a thing
    has many times (:data:`_REPEATED_EVENTS`: a closure, an inspection) with no word of
    :data:`_LAST_VERB` among the lower-case ``words`` of its clause: "The road was closed by police
    three years ago" may be another closing than "Police closed the road in 2021", and a count of
    years back is no date to set against its year (review s38-rv finding 3, round s38-z1: "year of
    closing" in disagreement); "Engineers last checked the track three years ago" is the last one,
    "is due to close next year" the one to come."""
    if event is None or not back or event[0] not in _REPEATED_EVENTS:
        return event
    return event if any(w in _LAST_VERB for w in words) else None


def _verb_event(verb: str) -> tuple[str, str]:
    """The event (key, row label) a year's ``verb`` names: its :data:`_YEAR_EVENTS` entry ("checked"
    is "inspected"), else the verb's own ("sold": "year sold"; "widened": "year of widening")."""
    stem = _event_stem(verb)
    if stem in _EVENT_OF_STEM:
        return _EVENT_OF_STEM[stem]  # one event however worded: "checked" is "inspected"
    if stem == verb and is_participle(verb):
        return verb, f"year {verb}"  # "sold", "shut" (its bare form too: "to shut")
    return stem, f"year of {_gerund(verb, stem)}"


# The events of :data:`_REPEATED_EVENTS` that are happenings (an eruption: :data:`_EVENTS`), not a
# work on a thing: told by their verb without a word of the last one ("The volcano erupted in 1980,
# killing 57", "Keldra erupted in 1921 and again in 1947"), their year is of one of many, never the
# year "last erupted in 2015" gives (s37-y1's left-undone, round s38-x1). An inspection so told
# ("Inspectors checked the curve in 2021") stays the year of inspection: a later one than the last
# said contradicts it.
_REPEATED_HAPPENINGS = frozenset(
    key
    for key, _label, _stems, nouns in _YEAR_EVENTS
    if key in _REPEATED_EVENTS and any(re.fullmatch(_EVENTS, n) for n in nouns)
)
# Words before an event's verb that make it the latest: "last erupted", "most recently erupted".
_LAST_VERB = frozenset("last latest recently".split())


def _unlast_happening(event: tuple[str, str] | None, words: Sequence[str]) -> tuple[str, str] | None:
    """``event``, or None when it is a happening of :data:`_REPEATED_HAPPENINGS` whose clause
    (the lower-case ``words`` before the year) has no word of :data:`_LAST_VERB`: one of many."""
    if event is None or event[0] not in _REPEATED_HAPPENINGS:
        return event
    return event if any(w in _LAST_VERB for w in words) else None


# At most so many words of an agent after "by" ("by Geotekna", "by the state road agency").
_AGENT_WORDS = 4


def _agent_at(words: Sequence[str]) -> int | None:
    """Where an agent's "by" stands in the lower-case ``words`` before a year, after a participle
    of an event or a work done once (:func:`_object_event_verb`) and at most :data:`_AGENT_WORDS`
    words from their end ("was widened by Geotekna", "was raised by the water board"): the words up
    to it end in the year's verb. None when no such agent ("was toured by the king": no event)."""
    for k in range(len(words) - 2, max(0, len(words) - 2 - _AGENT_WORDS), -1):
        if words[k] == "by" and k > 0 and _object_event_verb(words[k - 1]):
            rest = words[k + 1 :]
            if not any(is_participle(w) or w in AUXILIARIES for w in rest):
                return k
    return None


# The story's previous event of a kind, named before a year: "the last slide to hit the town",
# "The previous landslide", "the last deadly slide", "the most recent flood", or "last hit by a
# slide", "last struck by a flood" (t13ae P5 and P16, round s38-x1: "The last slide to hit the town
# was in 1987" a bare "year", "last hit by a slide 39 years ago" and "The previous landslide struck
# the town in 1985" nothing). Its year, written or relative, is a row of its own, one whatever the
# wording: ``year of the previous landslide``.
PREVIOUS = "previous "  # what opens the key of a previous event's year ("previous landslide")
_COUNT_WORDS = "|".join(sorted({*NUMBER_WORDS, "few", "several", "many", "couple"}, key=len, reverse=True))
EARLIER = "earlier "  # what opens an earlier event's part of a count's key ("death|earlier 1987 landslide")
_EARLIER_PART = re.compile(rf"\|{EARLIER}(?P<year>\d{{4}})(?: (?P<kind>[^|]+))?$")
# An earlier event's part of a count's key named by no year: "|earlier previous crash"
_PREVIOUS_PART = re.compile(rf"\|{EARLIER}previous (?P<kind>[^|]+)$")
# Nouns an event's noun may qualify, the phrase then naming no event: "its most recent fire-safety
# audit" (t13ag N6: "year of the previous fire"), "the last flood inspection", "the previous fire drill".
_MODIFIED_HEADS = r"(?:safety|audit|audits|inspection|inspections|drill|drills|check|checks|alarm|alarms|code|codes|insurance|warning|warnings|defences|defenses|barrier|barriers|season|report|reports)"
_PREVIOUS_EVENT = re.compile(
    # (adjectives between, "the last big slide", never a verb or a preposition: "was last closed by
    # floods" is a closing's year; nor a count, "the last two strikes" are several. "The latest
    # eruption" is the story's own, no previous one: review s38-rv finding 4, round s38-z1)
    rf"\b(?:last|previous|prior|most\s+recent)\s+"
    rf"(?:(?!(?:by|in|to|of|at|on|for|{_COUNT_WORDS})\s|[a-z-]+ed\s|\d+\s)[a-z-]+\s+){{0,2}}?"
    rf"(?P<noun>{_EVENTS})\b(?!-\w|\s+{_MODIFIED_HEADS}\b)"
    rf"|\blast\s+(?:{_EVENTS_DONE})\s+by\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?P<by>{_EVENTS})\b"
)


# A year in an apposition of its own: ", in 1987," after what it dates ("The last big slide here, in
# 1987, killed 29", "… happened nearly four decades ago, in 1987, when 31 people died").
_APPOSITION_YEAR = re.compile(r",\s*(?:in\s+)?$")


def _before_apposition(text: str, pos: int, start: int) -> list[str]:
    """The lower-case words of the clause before a year at ``pos`` that stands in an apposition of
    its own (:data:`_APPOSITION_YEAR`), up to the comma; [] for any other year."""
    m = _APPOSITION_YEAR.search(text, max(start, pos - 8), pos)
    return clause_before(text, m.start(), start, strict=True, most=_APPOSITION_WORDS) if m is not None else []


_APPOSITION_WORDS = 14  # "The last deadly slide in the valley happened nearly four decades ago, in 1987"


# "last hit", "last struck" ending a year's clause, its event named in a "when" clause after the
# year: "The town was last hit half a century ago, when a slide destroyed the old mill".
_LAST_DONE = re.compile(rf"\blast\s+(?:{_EVENTS_DONE})$")
# The verbs of :data:`_EVENTS_DONE` that name their event's kind, with its noun: "last flooded" is
# the previous flood's. (An eruption's "last erupted" is the year of eruption's own row; "last hit",
# "last struck" name no kind.)
_LAST_DONE_NOUN = {
    "flooded": "flood",
    "crashed": "crash",
    "derailed": "derailment",
    "collapsed": "collapse",
    "exploded": "explosion",
}
# At most so many words between "last" and its verb's year ("last derailed on the main line in 2004").
_LAST_DONE_GAP = 4


def _last_done(words: Sequence[str]) -> str | None:
    """The event noun (:data:`_LAST_DONE_NOUN`) of "last" and a verb naming its kind among the
    lower-case ``words`` of a year's clause, only a phrase of place or manner after it (no other
    verb: "last flooded before the dam was built in 1999" is the dam's year); None when none."""
    for j in range(len(words) - 1, 0, -1):
        if words[j - 1] == "last" and words[j] in _LAST_DONE_NOUN:
            rest = words[j + 1 :]
            if len(rest) <= _LAST_DONE_GAP and not any(is_participle(w) or w in AUXILIARIES for w in rest):
                return _LAST_DONE_NOUN[words[j]]
            return None
    return None


_WHEN_EVENT = re.compile(rf",?\s*when\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_EVENTS})\b", re.I)


def previous_event(words: Sequence[str], landslide: bool = True) -> tuple[str, str] | None:
    """The story's previous event of a kind that the lower-case ``words`` of a year's clause name
    (:data:`_PREVIOUS_EVENT`), as (key, row label): ("previous landslide", "year of the previous
    landslide") for "the last slide" (a kind's generic noun is its kind, :func:`~.things.owner_kind`),
    ("previous flood", …) for "last hit by a flood"; None when they name none, when they name
    several ("the last floods", "previous eruptions": a plural noun), or when the noun is a bare
    "slide" that is no ``landslide`` (:func:`slide_is_landslide`: "The previous slide came in 2008"
    of a share price; review s38-rv findings 2 and 4, round s38-z1)."""
    m = _PREVIOUS_EVENT.search(" ".join(words))
    if m is None:
        return None
    written = m.group("noun") or m.group("by")
    noun = singular_of(written)
    if noun != written or (noun in _BARE_SLIDE and not landslide):
        return None
    kind = event_noun_kind(noun)
    return f"{PREVIOUS}{kind}", f"year of the previous {kind}"


def _before_story(text: str, fig: Figure, year: int | None) -> bool:
    """Whether the year ``fig`` of ``text`` may be a previous event's: a relative year counting back
    ("39 years ago", never "this year"), a written one before the article's ``year`` (any, when the
    article's date has none). "The last avalanche on the pass, in 2026," of a 2026 story is the
    story's own (review s38-rv finding 4, round s38-z1: keyed as the previous avalanche's)."""
    rel = RELATIVE_YEAR.search(text, fig.start, fig.end)
    if rel is not None:
        return (relative_year(rel) or 0) > 0
    return year is None or fig.value < year


# The words that open a verb's object: "checked the track", "inspected its bridges".
_OBJECT_OPENERS = frozenset("the a an its their his her our this that these those every each all".split())


def _verb_before_object(words: list[str], dating: bool = False) -> tuple[str, str] | None:
    """The event of :data:`_YEAR_EVENTS` whose verb, in the past, stands before its object in the
    clause ``words`` before a year ("Engineers last checked the track on the curve three years
    ago", "Inspectors checked the viaduct in 2021": t13ab L21, a ``duration`` of 3 years and a
    bare ``year``); for a year that dates the clause (``dating``: after a preposition, or a
    relative one) any other verb done to a thing too (:func:`_object_event_verb`: "Geotekna widened
    the road above the town in 2019"), never a verb whose object the year is an attribute of
    ("shelved its 2021 expansion plans"). Returns (key, row label) or None."""
    for j in range(len(words) - 2, -1, -1):
        verb = words[j]
        if words[j + 1] in _OBJECT_OPENERS and is_participle(verb) and verb not in REPORTING_VERBS:
            if _event_stem(verb) in _EVENT_OF_STEM or (dating and _object_event_verb(verb)):
                return _verb_event(verb)
    return None


def _object_event_verb(verb: str) -> bool:
    """Whether ``verb``, before its object in a year's clause or before the agent of a passive one,
    names the year's event: a past form (:func:`is_participle`), no reporting verb, the verb of
    :data:`_YEAR_EVENTS` ("checked the track") or of a work done once to a thing
    (:data:`_ONE_OFF_WORKS`: "Geotekna widened the road above the town in 2019", "Hydrovolt raised
    the dam in 2015": t13ae P5, round s38-x1, a bare "year" beside "was widened by Geotekna eight
    years ago"); never an act done again and again ("The president visited the town two years ago"
    beside "… in 2019", "was destroyed by fire 40 years ago": review s38-rv finding 3, round s38-z1,
    rows of visiting and destroying in disagreement), nor a casualty's ("killed the driver in
    1952")."""
    if not is_participle(verb) or verb in REPORTING_VERBS:
        return False
    return _event_stem(verb) in _EVENT_OF_STEM or verb in _ONE_OFF_WORKS


# Works done to a thing once, whose year is the thing's (a widening, a raising, a resurfacing), and
# the participles of making one (:data:`_MADE`): the verbs whose year of a clause with an object or
# an agent is a row of its own (:func:`_object_event_verb`). A closed list: a visit, a tour, a
# meeting, a search, a closure or a destruction is done again and again (or to many things), and two
# outlets' years of it may be two of them.
_ONE_OFF_WORKS = _MADE | frozenset(
    """widened raised lowered heightened deepened lengthened extended enlarged expanded upgraded
    renovated refurbished restored resurfaced repaved paved reinforced strengthened stabilised
    stabilized modernised modernized realigned rerouted electrified retrofitted converted redesigned
    remodelled remodeled dredged fortified""".split()
)


def year_thing(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The thing an event's year ``fig`` (in the sentence ``sent``) is said of, by the clause
    before it (past a reporting verb: "Aske Watch said the joints had been checked"): the active
    verb's object ("The mayor opened the new visitor centre in 2019" → "centre", "Engineers last
    checked the track on the curve" → "track curve") or the subject before the clause's first verb
    ("The bridge opened in 1974", "The track on the curve was last inspected in 2019", "The bridge
    had passed its last inspection", "Completion of the new terminal is scheduled" → "terminal"),
    as the heads of its noun phrases (:func:`_heads`); "" when the clause names none ("It was
    completed", "which opened", "In 1987 the mine opened", "Keldra last erupted": a name alone,
    which may be the thing another outlet calls "the volcano"). An event year's row is compared
    only among the years of one thing (``FactValue.owner``, grouping._measured_group): review
    s36-rv2 finding 3, round s36-y2, the visitor centre's opening had disagreed with the bridge's."""
    written = clause_before(text, fig.start, sent[0], strict=True, keep_case=True, most=_EVENT_SUBJECT_WORDS)
    longer = [w.lower() for w in written]
    said = max((k + 1 for k, w in enumerate(longer) if w in REPORTING_VERBS), default=0)
    written, longer = written[said:], longer[said:]
    while longer and longer[-1] in _YEAR_PREPOSITIONS:
        longer.pop()
    for j in range(len(longer) - 2, -1, -1):  # the active verb's object, as _verb_before_object reads it
        verb = longer[j]
        if longer[j + 1] in _OBJECT_OPENERS and is_participle(verb) and verb not in REPORTING_VERBS:
            if _object_event_verb(verb):
                return _heads(text, written[j + 1 : len(longer)])
            break
    if _verdict(longer, longer):
        return ""  # "Engineers deemed the dam sound": the agent, no thing
    # the subject: the words before the clause's first verb, auxiliary or modal
    verb_at = next((k for k, w in enumerate(longer) if w in AUXILIARIES or w in _NOUN_EVENT_GAP or is_participle(w)), 0)
    if not verb_at and longer and longer[-1] in _EVENT_OF_NOUN:
        # no verb, the event's noun right before the year: the thing it is of is the noun
        # phrase's ("The tunnel's opening in 1976", "the bridge closure in 2019"; round s48-f)
        verb_at = len(longer)
    return _heads(text, written[:verb_at])


# Prepositions of place that end a noun phrase, as stop words do ("the curve near Harnwick").
_PLACE_WORDS = frozenset("near over under across beside along inside outside opposite".split())
# Adverbs between a subject and its verb, no part of a noun phrase ("The volcano last erupted",
# "The bridge finally opened").
_SUBJECT_ADVERBS = frozenset("last first finally eventually originally initially once never".split())
# Adjectives that say which of a thing's events is meant, no thing of their own ("The previous
# eruption", "its prior closure", "the latest inspection"): never a head (:func:`_heads`).
_ORDER_WORDS = frozenset("previous prior earlier latest recent former".split())


def _heads(text: str, written: Sequence[str]) -> str:
    """The heads of the noun phrases of the ``written`` words (as written in ``text``): the last
    word of each run of content words (no stop word, participle, adverb, event's noun; a
    possessive's owner), singular and in lower case ("its bridges" → "bridge", "the track on the
    curve" → "track curve", "The Corvenna Bridge" → "bridge": a built thing's noun, or one the
    text writes in lower case), space-separated; "" when none, or for a name ("Keldra", "Mount Orrin": a word
    the text never writes in lower case), which is no common noun to compare."""
    heads: list[str] = []
    run: list[str] = []
    # a possessive's owner is the thing ("The Corvenna Bridge's joints" → "bridge"), as
    # temperatures._thing reads it
    owned = next(
        (k for k, w in enumerate(written) if w.endswith(("'s", "’s")) and w.lower() not in ("it's", "it’s")), None
    )
    if owned is not None:
        written = [*written[:owned], written[owned][:-2]]
    for w in [*written, "the"]:
        low = w.lower()
        if low in _SUBJECT_ADVERBS or (low.endswith("ly") and low.isalpha() and len(low) > 4):
            continue
        if low in _ORDER_WORDS:
            continue  # "The previous eruption was in 2015": which one, no thing (was owner "previou")
        if (
            low.isalpha()
            and low not in STOP_WORDS
            and low not in _PLACE_WORDS
            and not is_participle(low)
            and low not in _EVENT_OF_NOUN
        ):
            run.append(w)
            continue
        if run:
            head = run[-1]
            # (a name's last word that is a built thing's noun is that noun: "The Corvenna Bridge")
            if head.islower() or head.lower() in _MADE_THINGS or re.search(rf"\b{re.escape(head.lower())}\b", text):
                heads.append(singular_of(head.lower()))
        run = []
    return " ".join(heads)


def _gerund(verb: str, stem: str) -> str:
    """The "-ing" form of a verb of :func:`_event_stem`'s ``stem``, read from its form as written
    (a label a reader reads, never a stem: "stopped" → "stopping", "occupied" → "occupying",
    "admitted" → "admitting", "closed" → "closing"; round s36-c, "year of stoping" and "year of
    occupiing" were labels)."""
    if verb.endswith("ied") and len(verb) > 4:
        return verb[:-3] + "ying"
    if verb.endswith("ed") and len(verb) > 4 and verb[-3] == verb[-4] and verb[-3] not in "aeiouls":
        return verb[:-2] + "ing"  # the doubled consonant kept
    return stem + "ing"


# Things people build: the standing and long things of :mod:`.lengths` but those of nature, with
# other works, vessels and roads among them (a ship or a road "completed in 1974" was built then:
# :func:`_completion_built`).
_MADE_THINGS = frozenset(
    (TALL_THINGS | LONG_THINGS) - frozenset("tree trees wave waves cliff cliffs waterfall waterfalls".split())
    | frozenset(
        """stadium stadiums arena arenas terminal terminals station stations church churches cathedral
        cathedrals theatre theatres hall halls plant plants reactor reactors mill mills building
        buildings""".split()
    )
)
# Structures whose year written before them as an attribute is the year they were built ("The 1974
# bridge carried 40,000 cars a day", "its 1925 pier"): the things people build that stay; never one
# that moves ("the 2004 wave", "the 2019 train" name an event or a service), nor an event's noun
# ("the 2019 flood"). t13aa K16, round s36-c: the year was a bare "year" row.
_BUILT_THINGS = _MADE_THINGS - frozenset(
    """crane cranes ship ships vessel vessels tanker tankers ferry ferries freighter freighters barge
    barges train trains route routes trail trails track tracks platform platforms road roads""".split()
)
_ATTRIBUTE_YEAR_BEFORE = re.compile(r"\b(?:the|its|this|that|their)\s+$", re.I)
_ATTRIBUTE_YEAR_AFTER = re.compile(
    r"\s+(?P<first>[^\W\d_][\w-]*)(?:\s+(?P<second>[^\W\d_][\w-]*))?(?:\s+(?P<third>[^\W\d_][\w-]*))?"
)
# An event or a work a built thing's noun may modify ("the 2013 plant explosion", "the 1989
# Hillsborough stadium disaster", "the 2018 bridge inspection"): the year is that event's, never the
# year the thing was built (review s36-rv D2, round s36-c2). The events of :data:`_EVENTS` and the
# nouns of :data:`_YEAR_EVENTS`, with the works done to a thing.
_EVENT_AFTER_BUILT = re.compile(
    rf"(?:{_EVENTS}|{'|'.join(_EVENT_OF_NOUN)}|bombings?|sieges?|fatalit(?:y|ies)|tragedy|tragedies|expansions?"
    r"|upgrades?|renovations?|refurbishments?|repairs?|restorations?|extensions?|projects?|works|tenders?|contracts?)"
)


def _attributed_noun(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The noun right after a year written between a determiner and it ("The 1963 dam" → "dam"),
    lower case; "" when the year is no such attribute."""
    if _ATTRIBUTE_YEAR_BEFORE.search(text, max(sent[0], fig.start - 8), fig.start) is None:
        return ""
    m = _ATTRIBUTE_YEAR_AFTER.match(text, fig.end, sent[1])
    return "" if m is None else m.group("first").lower()


def built_attribute(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether the year ``fig`` stands between a determiner and a built thing it is an attribute
    of, one word at most between ("The 1974 bridge", "its 1925 road bridge": :data:`_BUILT_THINGS`),
    no event's noun after it (:data:`_EVENT_AFTER_BUILT`: "the 2013 plant explosion"): the year
    that thing was built."""
    if _ATTRIBUTE_YEAR_BEFORE.search(text, max(sent[0], fig.start - 8), fig.start) is None:
        return False
    m = _ATTRIBUTE_YEAR_AFTER.match(text, fig.end, sent[1])
    if m is None:
        return False
    words = [(m.group(g) or "").lower() for g in ("first", "second", "third")]
    thing = next((k for k in (0, 1) if words[k] in _BUILT_THINGS), None)
    # the built thing ends its noun phrase: "the 2013 plant explosion" is the explosion's year
    return thing is not None and not _EVENT_AFTER_BUILT.fullmatch(words[thing + 1])


def _event_words(text: str, fig: Figure, sent: tuple[int, int], next_start: int | None) -> tuple[str, ...]:
    """The event a year is the year of: the participles and past forms of its clause, before it
    (to a comma, "and", "or") and after it ("were replaced in 2015", "In 2019 the firm was
    hired", "had maintained the bridge since 2019"), folded as :func:`context_words` folds them,
    reporting verbs left out ("said", "confirmed"); () when its clause has none (a bare year
    names no event: never compared with another year)."""
    words = [
        *clause_before(text, fig.start, sent[0], strict=True),
        *clause_after(text, fig.end, sent[1], next_start),
    ]
    verbs = [w for w in words if is_participle(w) and w not in REPORTING_VERBS]
    return tuple(context_words(" ".join(verbs)))


# A relative clause between commas or closing the sentence (:func:`sentence_subject`).
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*(?:[,;]|$)")
_MODALS = frozenset("must will would can could may might should shall".split())
_OPENING_PREPOSITIONS = frozenset("on at after before since during with for".split())


def sentence_subject(sentence: str) -> str:
    """The head noun of the subject of a ``sentence``'s first verb (an auxiliary or a participle:
    :func:`~.roles.subject_head`), lower case: "The museum was evacuated" → "museum", "Engineers
    closed the Varn bridge" → "engineers", "The bridge, which opened in 1974, was shut" → "bridge";
    "" when it names none ("It was built in 1987")."""
    # (a relative clause is no main clause: "Drivers must use the border crossing, which opened in
    # 1990" has "drivers" for its subject, never the crossing)
    wire = dateline.match(sentence)
    if wire is not None and wire.separator != ":" and wire.spaced and (wire.caps or wire.agency or wire.dated):
        sentence = sentence[wire.end :]  # "LINDMARK, July 14, 2026 (Echo) - Built half a century ago, …"
    main = _RELATIVE_CLAUSE.sub(" ", sentence)
    opening = WORD.match(main.lstrip())
    if opening is not None and "," in main:
        first = opening.group().lower()
        if is_participle(first) or first in _YEAR_PREPOSITIONS or first in _OPENING_PREPOSITIONS:
            main = main.split(",", 1)[1]  # "Commissioned in 1991, the Orsa reactor …": "reactor"
    words = [w for w in (w.lower() for w in WORD.findall(main)) if w not in _SUBJECT_VERB_ADVERBS]
    verb_at = next(
        (k for k, w in enumerate(words) if k and (w in AUXILIARIES or w in _MODALS or is_participle(w))), None
    )
    return "" if verb_at is None else subject_head(words[: verb_at + 1], verb_at)


def _leading_words(sents: Sequence[Any], limit: int = 400) -> list[str]:
    """The first ``limit`` words of the content sentences, lower case (enough to tell the
    language, without reading a long article through)."""
    out: list[str] = []
    for s in sents:
        out.extend(w.lower() for w in WORD.findall(s.text))
        if len(out) >= limit:
            break
    return out[:limit]


# A person's age in apposition after their name ("Teodoro Huanca, 34,", "Ana Ruiz, aged 29,",
# "Mia Holt (41)") or after "aged" ("a miner aged 52"), and a count of a person's children or
# relatives ("a father of three", "a grandmother of five", "his two sons", "their four children"):
# details of one person, never a value of a measure (t13o F1: a toll of 34 and of 3).
_AGE_AFTER_NAME = re.compile(r"(?:\b[A-Z][\w’'-]*,\s*(?:aged\s+)?|\b[A-Z][\w’'-]*\s+\(\s*|\baged\s+)$")
# The age closes its apposition: a comma, a bracket, a dash, or the sentence's end ("sobbed British
# holidaymaker Karen Dunn, 41.": t13s F8, round s31-i, a death toll of 41).
_AGE_CLOSE = re.compile(r"\s*(?:[,)—–]|\s-\s|[.!?;](?!\d)|$)")
# An age written otherwise (t13p F1, round s29-i): "a 7-year-old girl", "her 34-year-old mother",
# "81-year-old Ernesto", "a man 40 years old", and every number of a list after "aged" ("three
# children aged 4, 6 and 9"): never a value of a measure.
_AGE_UNIT_AFTER = re.compile(r"[- ]?(?:years?|months?|weeks?|days?)[- ](?:old|of\s+age)\b", re.I)
_AGE_WORD = rf"(?:\d{{1,3}}|(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})(?:-[a-z]+)?)"
_AGED_LIST_BEFORE = re.compile(rf"\baged\s+(?:{_AGE_WORD}\s*,\s*)*(?:{_AGE_WORD}\s*,?\s+(?:and|or)\s+)?$", re.I)
_KIN_PLURALS = frozenset(
    (*(w + "s" for w in KIN if not w.endswith("ow")), "widows", "widowers", "children", "grandchildren", "kids")
)
# "a father of three", and a family's or household's size ("a family of four had been evacuated",
# "A family of six remained unaccounted for": t13p F4, round s29-i)
_KIN_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted((*KIN, 'family', 'household')))})\s+of\s+$", re.I)
_WORDS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]+)\b")  # "three grandchildren", "two young sons"
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its|whose|my|our|your)\s+(?:own\s+)?$", re.I)


# An age bound after the people it describes: "both children under five", "pupils aged over 12",
# "residents older than 80", "children under the age of five" (t13ak N2: "Two deaths have been
# confirmed, both children under five" gave a toll "under 5"). Group ``who``: the people's word.
_AGE_BOUND_BEFORE = re.compile(
    r"\b(?P<who>[^\W\d_][\w’'-]*)\s+(?:aged\s+)?(?:under|over|below|above|(?:younger|older)\s+than)"
    r"(?:\s+(?:the\s+)?age(?:\s+of)?)?\s+$",
    re.I,
)


def _age_bound(text: str, fig: Figure, lo: int) -> bool:
    """Whether a count is an age bound of the people named straight before it
    (:data:`_AGE_BOUND_BEFORE`), never how many they are; the word after it is then their verb or
    the age's unit ("children under 12 died", "under five years")."""
    m = _AGE_BOUND_BEFORE.search(text, lo, after_qualifier(text, fig))  # the bound may be its qualifier
    if m is None:
        return False
    who = m.group("who").lower()
    # a casualty word before the bound is a count's verb or noun ("killed over 40"), no people
    return who == "aged" or (people_kind(who) and who not in COUNTED_ADJECTIVES and who not in CASUALTY)


def _personal_detail(text: str, fig: Figure, start: int, end: int) -> bool:
    """Whether a count is one person's age or number of children or relatives (:data:`_AGE_AFTER_NAME`,
    :data:`_KIN_OF_BEFORE`), or an age bound of some people (:func:`_age_bound`): no value of any
    measure."""
    lo = max(start, fig.start - 40)
    if not fig.noun and (_AGE_UNIT_AFTER.match(text, fig.end, end) or _AGED_LIST_BEFORE.search(text, lo, fig.start)):
        return True
    if _age_bound(text, fig, lo):
        return True
    if not fig.noun or fig.noun.lower() in ("years", "year"):
        if _AGE_AFTER_NAME.search(text, lo, fig.start) and _AGE_CLOSE.match(text, fig.end, end):
            return True
        if _KIN_OF_BEFORE.search(text, lo, fig.start) and (not fig.noun or fig.noun.lower() in _KIN_PLURALS):
            return True
    after = _WORDS_AFTER.match(text, fig.end, end)
    noun = fig.noun.lower().split()[-1] if fig.noun else (after.group(1).lower() if after else "")
    return noun in _KIN_PLURALS and (
        _POSSESSIVE_BEFORE.search(text, lo, fig.start) is not None
        or _KIN_OF_BEFORE.search(text, lo, fig.start) is not None
    )


# A number fused to the noun after it by a hyphen ("the six-storey Hotel Mirador", "a 40-page
# report", "a four-vehicle crash") is an attribute of what that noun's phrase names, never a count of
# the clause's measure (t13s F8, round s31-i: "at least 16 were injured when fire swept through the
# six-storey Hotel" gave 6 people injured); "40-odd", "300-strong", "20-plus" keep counting.
_FUSED_NOUN_AFTER = re.compile(r"[-‐‑](?!(?:odd|plus|strong|ish|some|something)\b)[^\W\d_]")


def _fused_attribute(text: str, fig: Figure) -> bool:
    """Whether a bare count's number is fused to the word after it by a hyphen
    (:data:`_FUSED_NOUN_AFTER`): an attribute of that word's noun, no count."""
    return _FUSED_NOUN_AFTER.match(text, fig.num_end if fig.num_end else fig.end) is not None


SENTENCE_WORDS = 16  # the words of a figure's sentence kept either side of it (FactValue.words)


def sentence_words(text: str, start: int, end: int, sent: tuple[int, int]) -> tuple[str, ...]:
    """The words of the sentence ``sent`` as written, at most :data:`SENTENCE_WORDS` either side of
    the figure from ``start`` to ``end``, the figure one "" between them ("Between 30 and 40
    passengers left the aircraft by the emergency slides" → ("", "left", "the", "aircraft", "by",
    "the", "emergency", "slides"))."""
    before = WORD.findall(text, sent[0], start)[-SENTENCE_WORDS:]
    after = WORD.findall(text, end, sent[1])[:SENTENCE_WORDS]
    return (*before, "", *after)


def _discourse_count(text: str, fig: Figure) -> bool:
    """Whether the count ``fig`` (its noun written) counts no things: a multiplier or a frequency
    (:data:`~.words.MULTIPLIER_NOUNS`: "almost three times the figure"), or what is said or thought
    before what it is about (:data:`~.words.DISCOURSE_NOUNS`, :data:`~.words.DISCOURSE_AFTER`: "two
    stories about the water", "three reasons why", "two versions of events"). "of" after
    "stories" is a building's floors ("the top two stories of the tower"): only the others'."""
    last = fig.noun.split()[-1].lower()
    if last in MULTIPLIER_NOUNS:
        return True
    if last not in DISCOURSE_NOUNS:
        return False
    after = WORD.match(text, fig.end + 1) if fig.end < len(text) and text[fig.end] == " " else None
    word = after.group().lower() if after is not None else ""
    return word in DISCOURSE_AFTER and not (word == "of" and last == "stories")


# A duration that is an age: "12 years old", "40 years of age" (:func:`_years_old`).
_OLD_AFTER = re.compile(r"[- ]+(?:old|of\s+age)\b", re.I)
# Its subject before it: "The aircraft was", "The bridge, which is", "The girl," (group ``noun``;
# ``who``: a person's relative clause).
_AGED_SUBJECT = re.compile(
    r"(?P<noun>[^\W\d_][\w’'-]*)(?:,?\s+(?:which|that|(?P<who>who)))?"
    r"(?:\s+(?:is|was|are|were|has\s+been|had\s+been|is\s+now|was\s+then)|\s*,)\s+$"
)
# The head of a subject whose last noun stands in a phrase after a preposition: "The captain of the
# ferry was", "The engineer on the bridge was" (group ``head``; review s37-rv finding 13).
_AGED_HEAD_BEFORE = re.compile(
    r"(?P<head>[^\W\d_][\w’'-]*)\s+(?:of|for|on|at|in|from|aboard|with)\s+"
    r"(?:(?:the|a|an|its|their|this|that|his|her)\s+)?(?:[^\W\d_][\w’'-]*\s+){0,2}$"
)


def _years_old(text: str, fig: Figure, start: int, end: int) -> str | None:
    """What a duration ``fig`` (in the sentence from ``start`` to ``end``) is the age of, when it
    is one (:data:`_OLD_AFTER`: "12 years old"): the noun of a made thing or a craft its subject
    names (:data:`_MADE_THINGS`, :data:`~.roles.CRAFT`: "The aircraft was 12 years old" →
    "aircraft", "The bridge, which is 60 years old" → "bridge"), lower case, singular as written;
    "" for any other subject, a person's ("Lena Fosse was 34 years old", "The girl, 7 years old,",
    "The captain, who is 52 years old": no value of any measure, as "Teodoro Huanca, 34," is
    none) or one it cannot tell; None when the duration is no age. A thing's age was a *duration*
    (t13ad N14, round s37-x1)."""
    if not _OLD_AFTER.match(text, fig.end, end):
        return None
    m = _AGED_SUBJECT.search(text, max(start, fig.start - 60), fig.start)
    if m is None or m.group("who"):
        return ""
    noun = m.group("noun")
    # the subject's head, not the noun of its "of"-phrase: "The captain of the ferry was 61 years
    # old" is the captain's age (a person's: no value), never the ferry's (review s37-rv finding 13)
    head = _AGED_HEAD_BEFORE.search(text, start, m.start("noun"))
    if head is not None:
        m, noun = head, head.group("head")
    low = noun.lower()
    # a capital only at the sentence's start ("Aircraft was"): elsewhere a name's
    opens = not text[start : m.start()].strip()
    if (low in _MADE_THINGS or low in CRAFT) and (noun[:1].islower() or opens):
        return low
    return ""


def _number_word(word: str) -> bool:
    """Whether a word is a number's ("thirty-five", "thousand", "fifty")."""
    return all(p in NUMBER_WORDS or p in SCALE_WORDS or p.rstrip("s") in SCALE_WORDS for p in word.split("-"))


def context_words(text: str) -> dict[str, str]:
    """Content words of a text for context overlap: lower case, a plural's "s" folded, stop words
    and short words left out; each mapped to a word as written (grounds quote it, never a stem)."""
    out: dict[str, str] = {}
    for w in WORD.findall(text):
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
    # (a measure's words read across a hard-wrapped line are one line: t13ai N5)
    measure, label = " ".join(named[0].split()), " ".join(named[1].split())
    value: float | str = fig.value
    unit = fig.unit
    alt = fig.conversion
    shown = _display_number(fig, text)
    if unit == "°F" and alt is not None and alt[1] == "°C" and fig.conversion_span is not None:
        # "hit 106F (41C)": a temperature is compared in °C, the scale the sheet labels it by, so
        # a value in °F with its conversion is the conversion's, its °F the conversion (was a row
        # "temperature (°F)" never compared with another outlet's 38 °C: t13z H12)
        value, unit, alt = alt[0], "°C", (fig.value, "°F")
        shown = text[fig.conversion_span[0] : fig.conversion_span[1]].strip()
    # (a sum with its conversion, "$55 million (€50 million)", keeps the currency written first;
    # its row compares it in the currency the other articles write: grouping._in_shared_currency)
    elif unit == "°F" and alt is None and not temperature_difference(text, fig):
        # "recorded 102 degrees Fahrenheit" alone: compared in °C as its bracketed twin is, the
        # °F as written kept as its conversion (a row "temperature (°F)" apart, t13aa K12)
        # (shown as written, "10F", never its conversion "-12.2": t13ab L8, round s36-q)
        value, unit, alt = round((fig.value - 32) * 5 / 9, 1), "°C", (fig.value, "°F")
    head = ""
    modifiers: tuple[str, ...] = ()
    if fig.kind == "date":
        n = int(fig.value)
        value = f"{n // 10000}-{n // 100 % 100:02d}-{n % 100:02d}" if n > 10000 else f"{n // 100:02d}-{n % 100:02d}"
        unit = "date"
    elif fig.kind == "year":
        unit = "year"
    elif fig.kind == "count":
        words = [w for w in WORD.findall(fig.noun)]
        # (a noun of one kind with others, "vessels" as "ships", "service members" as "troops", is
        # keyed as they are: words.counted_kind)
        head, rest = counted_kind([w.lower() for w in words])
        modifiers = tuple(sorted(w for w in rest if w not in PLAIN_MODIFIERS))
        if everyone_aboard(text, fig.end, head):
            # "187 passengers and crew", "187 persons on board": everyone aboard, one count with
            # "187 people" (t13an N7/N8: rows "people", "persons", "passengers: waves" of one 187)
            head, modifiers, label = "people", (), label.replace(fig.noun, "people") if label else "people"
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
        shown,
        text[fig.start : fig.end],
        fig.start,
        fig.end,
        sent,
        kind=fig.kind,
        # (a cap its words say, "a maximum fine of £10 million", is a ceiling as "up to" is; a
        # covered limit is its own measure, its qualifier as written)
        qualifier=fig.qualifier
        or (WRITTEN_CAP if not measure.startswith(LIMIT) and written_ceiling(text, fig, sent[0]) else ""),
        head=head,
        modifiers=modifiers,
        label=label,
        measure=measure,
        high=fig.high,
        alt=alt,
        context=context,
        margin=fig.margin,
    )


# Who travels on a ship, an aircraft, a train or a bus (the travellers of words._PEOPLE_KINDS), and
# its crew (words.CREW_NOUNS): the two said together, "passengers and crew", "crew and passengers",
# are everyone aboard, as "persons on board" and "people aboard" are: the people of the count.
_TRAVELLERS = frozenset("passengers travellers travelers commuters tourists pilgrims".split())
_AND_CREW = re.compile(r"\s*(?:,\s*)?(?:and|&|plus)\s+(?:(?:the|its|their)\s+)?(?:crew|crewmen|crew\s+members)\b", re.I)
_AND_TRAVELLERS = re.compile(rf"\s*(?:and|&|plus)\s+(?:(?:the|its|their)\s+)?(?:{'|'.join(_TRAVELLERS)})\b", re.I)
_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard)\b", re.I)


def everyone_aboard(text: str, end: int, head: str) -> bool:
    """Whether a count whose noun is ``head`` (lower case, ending at ``end`` of ``text``) counts
    everyone aboard a craft: travellers with its crew ("187 passengers and crew", "12 crew and
    passengers": :data:`_TRAVELLERS`, :data:`~.words.CREW_NOUNS`), or "persons"/"people" said to be
    "on board" or "aboard" ("a total of 187 persons on board")."""
    if head in _TRAVELLERS:
        return _AND_CREW.match(text, end) is not None
    if head in CREW_NOUNS:
        return _AND_TRAVELLERS.match(text, end) is not None
    return head in ("persons", "person") and _ON_BOARD.match(text, end) is not None


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
        # ("temperature (°C)": a temperature's scale is no SI factor, "15 °C" is "59 °F")
        dim = "temperature" if unit in TEMPERATURE_UNITS else SI_UNITS.get(unit, (1.0, "quantity"))[1]
        return f"{dim} ({unit})"
    if kind == "count":
        return "number"
    return kind  # duration, date, year
