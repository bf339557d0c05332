"""What a clause's verb does to a count or an amount: jobs cut, power lost, homes left, people
taken to hospital, people aboard, lists of things done to, and what a cost is of."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from waic_reader.index.analysis.entities.lexicons import job_word
from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.words import (
    AUXILIARIES,
    CASUALTY,
    FINITE_VERBS,
    MONEY_ROLES,
    OF_PRONOUN_AFTER,
    PERSON_NOUNS,
    RATE_ADJECTIVES,
    SAME_NOUN,
    VERB_ADVERBS,
    WORD,
    bare_word,
    clause_after,
    clause_end,
    clause_verb,
    ends_noun_phrase,
    is_participle,
    people_kind,
    singular_of,
)
from waic_reader.index.analysis.figures import (
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    CHANGE_VERBS,
    CRAFT_PLURALS,
    DETERMINERS,
    NOUN_PHRASE_END,
    NUMBER_WORDS,
    STOP_WORDS,
    SUBORDINATORS,
    craft_forms,
)
from waic_reader.index.analysis.quotes.cues import ROLES
from waic_reader.index.corpus.letters import CAP

# People taken to hospital, by the words of the count's own clause: "At least 7 people were taken
# to hospital", "sent 9 people to hospital", "were rushed to a nearby hospital", "12 were
# hospitalised", "were treated in hospital" → *people taken to hospital*, one fact whatever the
# verb (a verb's own label split one count into "people" and "people rushed" rows: #16, s21-d).
# Who is still there or has left ("3 remain in hospital", "were discharged from hospital") is
# another count: no measure, never a value of the people taken there.
HOSPITAL = ("hospital", "people taken to hospital")
# A hospital by its noun, or by its name ending in one: "hospital", "Marrowby General Infirmary",
# "St Mary's Hospital" (an infirmary is a hospital, British and older American usage: t13ax N2,
# round s52-f2, "31 people were taken to Marrowby General Infirmary with injuries" was a bare
# "people" row). The name's capitalised words are read case-sensitively inside the patterns' re.I.
# The one hospital word the patterns below read.
_HOSPITAL_KIND = r"(?:hospitals?|infirmar(?:y|ies))"
HOSPITAL_KIND = _HOSPITAL_KIND  # (public: a tally named by the place, earlier.tally_things)
_HOSPITAL_NOUN = rf"(?:(?-i:[A-Z][\w’'.-]*)\s+){{0,4}}?{_HOSPITAL_KIND}"
_TO_HOSPITAL = re.compile(
    r"\b(?:hospitali[sz]ed|hospitali[sz]ation"
    rf"|(?:to|into)\s+(?:(?:a|an|the|local|nearby|two|three|several|different)\s+)*{_HOSPITAL_NOUN}"
    rf"|(?:treated|admitted|kept|detained)\s+(?:(?:in|at|to)\s+)(?:(?:a|an|the|local|nearby)\s+)*{_HOSPITAL_NOUN})\b",
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
IN_HOSPITAL = ("hospital|in", "people in hospital")
STILL_IN_HOSPITAL = re.compile(
    # (an adverb of the present between: "31 people were now being treated in hospital", t13am N2)
    r"\s+(?:(?:remain|remains|remained|are|were|is|was)\s+)?(?:(?:still|now|currently)\s+)?"
    r"(?:(?:remain|remains|remained)\s+)?"
    # (being treated there is being there: "Forty-one people are being treated in hospital", t13ak N5)
    r"(?:being\s+(?:treated|cared\s+for)\s+)?"
    rf"(?:in|at)\s+(?:(?:the|a|an)\s+)?(?:[^\W\d_]+\s+){{0,2}}?{_HOSPITAL_KIND}\b"
    # (receiving hospital treatment now is being in hospital: "31 people are receiving hospital
    # treatment", a council's present tense, t13ax N2; "needed hospital treatment", past, stays
    # the injured's: measures.hurt_or_treated)
    r"|\s+(?:are|is)\s+(?:still\s+|now\s+|currently\s+)?(?:receiving|getting|undergoing)\s+hospital\s+(?:treatment|care)\b",
    re.I,
)

# People in a medical condition, after a count ("12 of them in a critical condition", "Five people
# are in serious condition"): a count of its own by the condition's grade, *people in critical
# condition*, never a value of the injured it is part of (t13aq N14: the live blog's "12 of them in a
# critical condition" was not read). The grades are the American Hospital Association's public
# condition terms (good, fair, serious, critical) and the British press's "stable", "grave".
_CONDITION_GRADES = "critical serious fair good stable grave"
_IN_CONDITION = re.compile(
    r"\s+(?:(?:remain|remains|remained|are|were|is|was)\s+)?(?:(?:still|now|currently|said\s+to\s+be)\s+)?"
    rf"(?:in\s+)?(?:(?:a|an)\s+)?(?:(?:very|extremely|life-threatening)\s+)?(?P<grade>{'|'.join(_CONDITION_GRADES.split())})"
    r"(?:\s+but\s+stable)?\s+condition\b",
    re.I,
)
CONDITION = "condition"


def in_condition(text: str, end: int, limit: int) -> str:
    """The grade of the condition said right after a count ending at ``end`` (before ``limit``):
    "critical" for "… 12 of them in a critical condition", "serious" for "are in serious condition"
    (:data:`_IN_CONDITION`); "" when none."""
    m = _IN_CONDITION.match(text, end, limit)
    return m.group("grade").lower() if m is not None else ""


# Being treated now, after a count ("41 patients were being treated", "remain under treatment"): in
# hospital when its sentence names a hospital before the count, the speaker or the place ("Kestrow
# General Hospital said 41 patients were being treated", "at Kestrow General Hospital, where 41
# patients remain under treatment": t13ak N5, rows "patients treated" and "patients" apart).
_BEING_TREATED = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+(?:still\s+)?being\s+treated"
    r"|(?:remain|remains|remained|are|were|is|was)\s+(?:still\s+)?(?:under|receiving|in)\s+treatment)\b",
    re.I,
)
_HOSPITAL_WORD = re.compile(rf"\b{_HOSPITAL_KIND}\b", re.I)


def in_hospital(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the count at ``start``–``end`` (in the sentence ``sent``) is of people in hospital now:
    "41 people remain in hospital", "are being treated in hospital" (:data:`STILL_IN_HOSPITAL`), or
    being treated (:data:`_BEING_TREATED`) in a sentence naming a hospital before the count."""
    if STILL_IN_HOSPITAL.match(text, end, sent[1]):
        return True
    return _BEING_TREATED.match(text, end, sent[1]) is not None and bool(_HOSPITAL_WORD.search(text, sent[0], start))


# Jobs cut, by the verb before the count ("will cut 1,200 jobs", "is to shed 1,500 posts", "laid
# off 300 workers") or after it ("1,200 jobs will be cut", "300 roles were axed"): one measure
# however the outlet words the cut, so a company's 1,200 and 1,500 are compared (the counts of
# jobs were single rows, never compared: found in session 24 on a hand-written business story).
JOB_NOUNS = frozenset("jobs job positions posts roles workers employees staff".split())
JOB_CUT_VERBS = frozenset(
    """cut cuts cutting shed sheds shedding axe axes axed axing slash slashes slashed slashing
    eliminate eliminates eliminated eliminating scrap scraps scrapped scrapping lose loses losing
    lost""".split()
)
# After the count only: "260 positions would go", "240 jobs will go" (a verb of its own there).
_JOB_GO = frozenset("go goes going gone disappear vanish".split())
# Nouns that are a cut themselves, whatever the verb: "240 redundancies", "250 job losses", "300
# layoffs", "120 job cuts".
CUT_NOUNS = frozenset("redundancies layoffs lay-offs".split())
JOB_CUT_PAIRS = frozenset({("job", "losses"), ("job", "cuts"), ("job", "reductions")})
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
POWER_HOMES = frozenset("homes households houses customers premises properties dwellings".split())
_JOB_CUT_SKIP = frozenset("will would could may might are is was were be been being to set due also".split())


# A workforce cut by a number: "cut its workforce by 240", "will reduce staff by 80", "trim the
# headcount by 1,200" (t13k F14: no fact).
_WORKFORCE = frozenset("workforce staff headcount payroll jobs employees workers".split())
_REDUCE = JOB_CUT_VERBS | frozenset(
    "reduce reduces reduced reducing trim trims trimmed trimming shrink shrinks shrank".split()
)


# A firm's staff, by the verb before the count ("Veltmark Chemicals, which employs around 650
# people", "The yard employs 300") or after it ("About 650 people work there", "1,200 employees are
# employed at the mill"): one measure however worded (two rows "people", one outlet each, t13w F2).
_EMPLOY = frozenset("employ employs employed employing".split())
_WORK = frozenset("work works worked working".split())
_BE = frozenset("are were is was have had has been currently still".split())


def employed_object(before: Sequence[str]) -> bool:
    """Whether the clause ``before`` a count (lower case) ends with an employing verb whose object
    the count is (:data:`_EMPLOY`, an adverb between: "which now employs 410 people"): a firm's
    workforce, whatever the words after it say they do ("working underground")."""
    rest = [w for w in before if w not in VERB_ADVERBS]
    return bool(rest[-1:]) and rest[-1] in _EMPLOY


def staff_count(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count of people (or a bare count) is a firm's staff (see :data:`_EMPLOY`): the
    clause before it ends with an employing verb (an adverb between: "now employs"), or the words
    after it are "work …" or "are employed"."""
    if employed_object(before):
        return True
    words = [w for w in after[:4] if w not in VERB_ADVERBS]
    if words[:1] and words[0] in _WORK:
        return True
    while words[:1] and words[0] in _BE:
        words = words[1:]
    return words[:1] == ["employed"] and len(after) > 0 and after[0] in _BE


def workforce_cut(before: Sequence[str]) -> bool:
    """Whether the clause before a bare count ends "<cut verb> [its|the|…] <workforce word> by"."""
    if before[-1:] != ["by"] or len(before) < 3 or before[-2] not in _WORKFORCE:
        return False
    rest = list(before[:-2])
    if rest and rest[-1] in DETERMINERS:
        rest.pop()
    return bool(rest) and rest[-1] in _REDUCE


def jobs_cut(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count of jobs or workers is the number cut (see :data:`JOB_CUT_VERBS`)."""
    if before[-1:] and (
        before[-1] in JOB_CUT_VERBS or (before[-1] == "off" and before[-2:-1] and before[-2] in _LAY_OFF)
    ):
        return True
    i = 0
    while i < min(len(after), 4) and after[i] in _JOB_CUT_SKIP:
        i += 1
    if i == 0 or i >= len(after):
        return False
    return (
        after[i] in JOB_CUT_VERBS or after[i] in _JOB_GO or (after[i] in _LAY_OFF and after[i + 1 : i + 2] == ["off"])
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
# (a headline drops the determiner: "forces 23,000 from homes", t13ap N1)
_FROM_HOME = re.compile(rf"\b(?:from|out\s+of)\s+(?:{_HOME}|(?:homes|houses)\b)", re.I)
_FORCING = frozenset(
    """forced force forces forcing drove driven drive drives driving chased chase chases ordered
    order orders ordering pushed push pushes pushing moved move moves moving""".split()
)
# An order to leave said of the count's people, however worded: "were ordered to leave",
# "told to evacuate", "ordered out of the town", "are under orders", "under mandatory (evacuation)
# orders": the people an evacuation order moved are its evacuees, one fact with "evacuated" and
# "forced from their homes" (t13ap N2: rows "residents ordered" and "people" beside *people
# evacuated*). The qualifiers of an order are the ones emergency services write (mandatory,
# compulsory, evacuation).
_ORDERED_OUT = re.compile(
    r"\b(?:ordered|told|forced|required|directed)\s+(?:to\s+(?:leave|evacuate|flee|get\s+out)\b|out\b)"
    r"|\bunder\s+(?:(?:an?|the|mandatory|compulsory|evacuation)\s+){0,3}orders?\b",
    re.I,
)
_LOST_HOME = re.compile(rf"\b(?:lost|lose|loses|losing)\s+{_HOME}", re.I)
# "14 people have lost their lives", "were losing their lives": the people died, whatever
# auxiliary makes "lost" the clause's verb (a row "people lost" beside the death toll, t13ac M5)
# "7 people have not been found", "were still not located": the count's own clause says they are
# missing (a bare row "people" beside *people missing*, t13ac M31)
_NOT_FOUND = re.compile(
    r"\s+(?:have|has|had|were|was|are|is)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:found|located|traced|accounted\s+for)\b(?!\s+(?:guilty|liable|responsible|to\s+be)\b)",
    re.I,
)
_LOST_LIVES = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:their|his|her|its)\s+(?:lives|life)\b", re.I)


def without_power(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count's clause says its things are without power: "… homes are still without
    electricity", "had no power", "lost power", or before it "cutting power to …"."""
    if any(a in _POWER_LOSS and b in _POWER for a, b in zip(after, after[1:], strict=False)):
        return True
    # "cutting power to 310,000 homes", "Power has been cut to 4,000 homes", "knocked out
    # electricity to", "cut off power to": the cut and the power in the words before the "to"
    window = set(before[-6:-1])
    return before[-1:] == ["to"] and bool(window & _POWER) and bool(window & _POWER_CUT)


# What says power came back: "60% of homes have had power restored", "Power has been restored to
# 45% of homes" (t13ac M29: one row "share of homes" with the homes without power)
_RESTORED = frozenset("restored restore restoring reconnected".split())


def power_restored(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a figure's clause says power came back to its things: power and a word of
    :data:`_RESTORED` after it ("have had power restored"), or before it ending in "to" ("Power
    has been restored to 45% of homes")."""
    if _POWER & set(after) and _RESTORED & set(after):
        return True
    window = set(before[-6:-1])
    return before[-1:] == ["to"] and bool(window & _POWER) and bool(window & _RESTORED)


# A hospital that treated or admitted a count's people, the count its verb's object: "The
# provincial hospital treated 31 people for injuries", "Two hospitals have admitted 40 patients"
# (the 31 were people injured, in disagreement with the 47 injured of the whole storm).
_HOSPITAL_TREATED = re.compile(
    r"\bhospitals?(?:\s+(?:in|at)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:(?:has|have|had)\s+)?(?:already\s+|so\s+far\s+)?"
    r"(?:treated|admitted|received|taken\s+in|took\s+in)\s+$",
    re.I,
)


def to_hospital(text: str, fig: Figure, limit: int, next_start: int | None, sent_start: int = 0) -> bool:
    """Whether a count's own clause says its people were taken to hospital (after it,
    :data:`_TO_HOSPITAL`, and not that they remain there or have left it; or before it, a
    hospital that treated them, :data:`_HOSPITAL_TREATED`)."""
    if _HOSPITAL_TREATED.search(text, max(sent_start, fig.start - 60), fig.start):
        return True
    end = limit if next_start is None else min(limit, next_start)
    seg = text[fig.end : end]
    seg = seg[: clause_end(seg)]
    return bool(_TO_HOSPITAL.search(seg)) and not _STILL_OR_LEFT_HOSPITAL.search(seg)


# A subordinator opening a clause of its own after a count's verb ("Twelve people were hurt when
# passengers fled a burning jet", "Three people died as thousands fled their homes"): the words
# after it are said of its own subject, never of the count (t13ad N3, round s37-x1: the 12 hurt were
# *people evacuated*).
_SUBORDINATE = re.compile(rf"\s(?:{'|'.join(sorted(SUBORDINATORS))})\s", re.I)


def own_clause(seg: str) -> str:
    """``seg`` (the text after a count, to its clause's end) up to a subordinate clause opening
    after the count's own verb (:data:`_SUBORDINATE`): a subordinator with a verb before it (an
    auxiliary, a finite verb, a participle or a casualty verb: "were hurt when", "died as"); all of
    ``seg`` when none ("2,100 residents fled as the fire advanced" keeps its "fled"; "people such as
    farmers fled" its verb after)."""
    for m in _SUBORDINATE.finditer(seg):
        words = [w.lower() for w in WORD.findall(seg, 0, m.start())]
        if any(w in AUXILIARIES or w in FINITE_VERBS or w in CASUALTY or is_participle(w) for w in words):
            return seg[: m.start()]
    return seg


def left_home(text: str, fig: Figure, limit: int, next_start: int | None, before: Sequence[str], verb: str) -> str:
    """The casualty measure of a count whose own clause (:func:`own_clause`) says its people left
    or lost their homes ("evacuated", "displaced"), lost their lives ("death") or have not been
    found ("missing"), else ""."""
    end = limit if next_start is None else min(limit, next_start)
    seg = text[fig.end : end]
    seg = own_clause(seg[: clause_end(seg)])
    if _LOST_LIVES.search(seg):
        return "death"
    if _NOT_FOUND.match(seg):
        return "missing"
    if _LOST_HOME.search(seg):
        return "displaced"
    if _LEFT_HOME.search(seg) or _ORDERED_OUT.search(seg):
        return "evacuated"
    if _FROM_HOME.search(seg) and (verb in _FORCING or (before[-1:] and before[-1] in _FORCING)):
        return "evacuated"
    if _EVACUATION_STORY.search(text) and (
        _LEFT_BARE.match(seg) or (before[-1:] and before[-1] in _MOVING and _TO_SHELTER.match(seg))
    ):
        # in a story of an evacuation: "1,200 people have left", "We are moving about 1,200 people
        # to the sports hall" (t13av N5 leftover, round s52-f3: a row "people" beside *people
        # evacuated*)
        return "evacuated"
    return ""


# A story of an evacuation: its text says so ("evacuated", "evacuation", "evacuees") or tells of an
# order to leave ("Police went door to door telling residents to leave", "urged people to flee").
_EVACUATION_STORY = re.compile(
    r"\bevacu(?:at\w*|ees?)\b|\b(?:told|tell|tells|telling|ordered|order|orders|ordering|urged|urging)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,3}?to\s+(?:leave|flee|get\s+out)\b",
    re.I,
)
# A count's people gone with no object but the place they left, in an evacuation's story: "1,200
# people have left", "800 residents had already left the town" (the count's noun, an auxiliary, an
# adverb at most, "left"/"fled"/"gone", then the clause's end or the place: town, village, area,
# district, coast, island, region, zone; the places an evacuation order names).
_LEFT_BARE = re.compile(
    r"\s*(?:[^\W\d_][\w'’-]*\s+){0,2}?(?:have|has|had)\s+(?:(?:now|already|since|all)\s+)?(?:left|gone)"
    r"(?:\s+(?:the|their)\s+(?:[^\W\d_][\w'’-]*\s+)?(?:town|towns|village|villages|area|areas|district|coast|"
    r"island|region|zone|city|suburb|valley))?[\s.,;:!?\"”’']*$",
    re.I,
)
# Verbs that move people somewhere: those that force them (:data:`_FORCING`: "moved", "drove"), and
# relocating, transferring, bussing and ferrying them.
_MOVING = _FORCING | frozenset(
    """relocated relocate relocates relocating transferred transfer transfers transferring bused
    bussed bus buses busing bussing ferried ferry ferries ferrying""".split()
)
# A count's people moved to an emergency shelter, after a moving verb (:data:`_MOVING`): "moving
# about 1,200 people to the sports hall" (the congregate shelters emergency management opens: a
# hall, a school or its gymnasium, a stadium, a shelter, an evacuation or relief centre, a camp,
# higher ground; FEMA and Red Cross shelter guidance). Never a hospital, where the sick are taken.
_TO_SHELTER = re.compile(
    r"\s*(?:[^\W\d_][\w'’-]*\s+){0,2}?to\s+(?:(?:the|a|an)\s+)?(?:[^\W\d_][\w'’-]*\s+){0,2}?"
    r"(?:shelters?|halls?|gym|gyms|gymnasiums?|stadiums?|schools?|centres?|centers?|camps?|higher\s+ground)\b",
    re.I,
)


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
ABOARD_WORDS = frozenset("aboard onboard on-board boarded embarked".split())
# Craft people travel in: being on or in one is being aboard ("184 passengers and 6 crew were on the
# plane", "296 people were on the train": t13ad N1, round s37-x1, a live blog's update so worded was a
# count apart from its "182 passengers on board").
CRAFT = frozenset(craft_forms(tuple(CRAFT_PLURALS)))  # (the one list: lexicon.CRAFT_PLURALS)
_IN_CRAFT = frozenset("on in inside".split())


def is_aboard(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count's own clause says its things were on board (see :data:`ABOARD`): "on
    board", "aboard", "boarded", "embarked" in the clause after it, or on or in a craft
    (:data:`CRAFT`) right after it or its auxiliaries ("were on the plane"), the craft's noun ending
    its noun phrase (:func:`~.words.ends_noun_phrase`: "were in the bus station", "on the train
    platform" are in no craft), or "carrying" right before it."""
    if any(w in ABOARD_WORDS for w in after) or any(a == "on" and b == "board" for a, b in zip(after, after[1:])):
        return True
    i = 0
    while i < len(after) and (after[i] in AUXILIARIES or after[i] in VERB_ADVERBS):
        i += 1
    if i < len(after) and after[i] in _IN_CRAFT:
        rest = [w for w in after[i + 1 : i + 5] if w not in DETERMINERS]
        # (review s37-rv finding 15, round s37-y2: "Twelve passengers were in the bus station" was a
        # count aboard, a live blog's first value of the count on the coach)
        if rest[:1] and rest[0] in CRAFT and ends_noun_phrase(rest[1:]):
            return True
    return before[-1:] == ["carrying"]


# Verbs that stop or shut things, said of a count of them by its outlets either way round: "cancelled
# 146 flights" and "146 flights were cancelled" (a verb of any other sense before a count, "attracted
# 800 companies", "invited 30 countries", names no fact: one outlet's verb would split it from
# another's "800 companies"). Each participle with its other forms, all read before a count as it:
# "forced the hospital to divert 40 ambulances", "cancels 300 flights", "suspending 12 ferries" say
# "… were diverted / cancelled / suspended" (t13z H1, round s35-j: rows "ambulances" beside
# *ambulances diverted*).
_STOP_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "cancelled": ("canceled", "cancel", "cancels", "cancelling", "canceling"),
    # shutting is closing: "shut 14 schools" and "12 schools were closed" are one count (t13aa K14)
    "closed": ("close", "closes", "closing", "shut", "shuts", "shutting"),
    "suspended": ("suspend", "suspends", "suspending"),
    "grounded": ("grounds", "grounding"),
    "halted": ("halt", "halts", "halting"),
    "delayed": ("delay", "delays", "delaying"),
    "postponed": ("postpone", "postpones", "postponing"),
    # redirecting and rerouting are diverting (s35-j left undone: rows "ambulances redirected"
    # beside *ambulances diverted*); turning away and sending elsewhere too, with their particle
    # (:data:`_DIVERTING_PHRASES`)
    "diverted": (
        *("divert", "diverts", "diverting", "redirect", "redirects", "redirecting", "redirected"),
        *("reroute", "reroutes", "rerouting", "rerouted", "re-routed", "re-directed"),
    ),
    "scrapped": ("scrap", "scraps", "scrapping"),
    "axed": ("axe", "axes", "axing"),
}
_STOP_VERBS: dict[str, str] = {
    form: participle for participle, forms in _STOP_VERB_FORMS.items() for form in (participle, *forms)
}
# Verbs said of a count of people the same way ("will hire 200 workers", "200 workers were hired").
# Getting people out of the water or rubble is rescuing them: "Rescuers pulled 45 people from the
# water" says "45 people were rescued" (t13aa K14: a row "people" beside *people rescued*); those
# verbs say it only with where from right after the count (:data:`_OUT_OF_PLACE`), as "pulled
# 45,000 people" (a crowd) does not. Bodies pulled out are recovered, read before
# (words.bodies_recovered).
_PEOPLE_VERB_FORMS: dict[str, tuple[str, ...]] = {
    "hired": ("hire", "hires", "hiring"),
    "recruited": ("recruit", "recruits", "recruiting"),
    "rescued": (
        *("pull", "pulls", "pulling", "pulled", "pluck", "plucks", "plucking", "plucked"),
        *("lift", "lifts", "lifting", "lifted", "haul", "hauls", "hauling", "hauled"),
        # "dug two people out alive", "brought out alive" (t13ae P8, round s37-z2)
        *("dig", "digs", "digging", "dug", "bring", "brings", "bringing", "brought"),
        # Saving people is rescuing them, said with no place ("Rescuers saved 149 people",
        # "Lifeguards saved 37 swimmers": t13an N7, round s47-f, a row "people: dead officials"),
        # as a rescue service's verbs say (USCG SAR statistics count "lives saved" beside "persons
        # assisted"); airlifting people is getting them out by air ("airlifted 40 villagers").
        *("save", "saves", "saving", "saved", "airlift", "airlifts", "airlifting", "airlifted"),
        # a helicopter rescue's own verbs, out of a place ("winched five fishermen from the sea",
        # "hoisted 3 people off the cliff"; round s48-f)
        *("winch", "winches", "winching", "winched", "hoist", "hoists", "hoisting", "hoisted"),
        # returning people to safety or the surface is getting them out ("Seventeen workers have
        # been safely returned to the surface": t13au N2, round s51-f2), only so (:func:`_out_of_danger`)
        *("return", "returns", "returning", "returned"),
    ),
}
_PEOPLE_VERBS: dict[str, str] = {
    form: participle for participle, forms in _PEOPLE_VERB_FORMS.items() for form in (participle, *forms)
}
# The verbs of _PEOPLE_VERB_FORMS' "rescued" that rescue only out of a place ("from the rubble",
# "out of the sea"), and the words that say so right after the count.
# (saving and airlifting rescue only in a rescue: :data:`_SAVING`, :data:`_AIRLIFTING`)
_SAVING = frozenset("save saves saving saved".split())
_AIRLIFTING = frozenset("airlift airlifts airlifting airlifted".split())
_RESCUING_ALONE = _SAVING | _AIRLIFTING
_OUT_OF_PLACE_VERBS = frozenset(f for f in _PEOPLE_VERB_FORMS["rescued"] if f not in _RESCUING_ALONE)
_OUT_OF_PLACE = frozenset("from out off".split())
# Words of a rescue in a count's clause: its rescuers, its survivors, and the casualty cue words
# (words.CASUALTY: "dead", "drowned", "missing", "injured") that make a saving one of lives ("Rescuers
# saved 149 people and 16 are dead"); none of them, "saved 500 workers from redundancy", "saved 300
# patients a trip", is no rescue (review s47-rv finding 5); a lifeboat is a rescue's boat (round
# s48-f: "Lifeboat crews brought 40 passengers ashore"). Airlifting people is an evacuation
# unless they are in danger (:data:`_IN_DANGER`, a place of danger after "from"): "airlifted 400
# soldiers to Marawi" moves troops.
_RESCUE_WORDS = frozenset(
    """rescue rescues rescued rescuing rescuer rescuers lifeguard lifeguards coastguard coastguards
    survivor survivors drowned drowning drown lifeboat lifeboats""".split()
)
_IN_DANGER = frozenset("stranded trapped marooned cut isolated injured flooded flood floods floodwaters danger".split())
# The people a force, a service or an employer sends where it works: armed forces, police, fire and
# rescue services, aid, medical and press staff, employees (the responders a disaster report names
# beside those it struck). Airlifting them moves them ("airlifted 400 soldiers to Marawi"); airlifting
# anyone else in a rescue's clause, the people the event struck, rescues them ("Helicopters airlifted
# 8 residents" as rescuers searched: round s48-f, a row "residents" beside *people rescued*), unless
# to hospital (*people taken to hospital*); with no danger nor rescue in its clause airlifting only
# carries people ("airlifted 300 pilgrims to Mecca": review s48-rv finding 5, round s48-fx1).
_SENT_PEOPLE = frozenset(
    """soldiers troops officers policemen firefighters rescuers volunteers workers labourers employees
    staff doctors nurses medics paramedics journalists reporters engineers technicians
    peacekeepers marines sailors""".split()
)
_HOSPITAL = frozenset("hospital hospitals clinic clinics".split())
# Where people got out of danger are taken to, after "to": "151 survivors had been
# brought to the Gasan pier", "88 survivors were brought to safety" are rescued (t13an N7, round
# s47-f: a row "survivors brought"); the landing places a sea or flood rescue brings people to
# (pier, quay, jetty, wharf, dock, harbour, port) only in a rescue (:data:`_RESCUE_WORDS`: "300
# soldiers were brought to the port to unload supplies" rescues no one, review s47-rv finding 5),
# and safety itself. A hospital is no such place: "brought to hospital" is *people taken to
# hospital*. The shore and dry land are a sea rescue's landing too ("Coastguards brought 23
# survivors to shore", "brought 40 passengers ashore" in a rescue: round s48-f, the count was a row
# "survivors" beside another outlet's "rescued 23"; round s47-f had left "to shore" out as a
# rescuer's own share, but outlets write the whole rescue so as often, and a share is told apart
# by its rescuer's words as any part is).
# The surface is where people got out from underground or from under water are brought, as mine
# and cave rescues report it ("Fourteen workers had been brought to the surface", "returned to the
# surface": t13au N2, round s51-f2, rows "workers brought" and "workers returned"), safety itself
# whatever the clause.
_SAFETY = frozenset("safety surface".split())
_SAFE_PLACES = frozenset(
    "pier piers quay quays jetty wharf dock docks harbour harbor port shore land mainland beach bank riverbank".split()
)
_ASHORE = "ashore"
_TO_SAFETY = frozenset("to onto".split())
_SAFE_WORDS_AFTER = 4  # "to" and the words of its place ("to the Gasan pier")
# The words of a count of people coordinated with its noun before where they were got out from
# ("pulled 151 passengers and crew members from the sea": t13anr B, round s47-f): "and" and at most
# this many words after it.
_COORDINATED_WORDS = 3
# The places of danger out of which people are rescued, among the words after "from"/"out of"
# ("from the water", "out of the flooded river", "from rooftops"): "lifted 2,000 people out of
# poverty", "pulled 300 soldiers from the region" rescue no one (review s35-rv2 finding 6, round
# s35-p4).
_DANGER_PLACES = frozenset(
    """water waters floodwater floodwaters flood floods sea seas surf waves ocean river rivers lake
    canal rapids current currents rubble debris wreckage wreck wrecks ruins mud mudslide landslide
    avalanche snow ice mine mines shaft pit cave tunnel tunnels rooftops rooftop roof roofs fire
    fires flames blaze smoke building buildings house houses home homes car cars vehicle vehicles
    bus train carriage carriages boat boats ship vessel raft dinghy liferaft sinking burning
    flooded collapsed cliff ravine gorge well""".split()
)
_DANGER_WORDS_AFTER = 5
# Said of people got out, "alive" is a rescue wherever from: "Rescuers pulled two people alive from
# the rubble", "dug two people out alive" (t13ae P8, round s37-z2: a row "people" beside *people
# rescued*).
_ALIVE = "alive"


# Verbs that divert only with the words right after them (their particle, or where to: "were
# turned away", "were sent to other hospitals", "sent elsewhere"): "turned over to the police",
# "200 soldiers were sent to the region" divert nothing (round s36-d). Turning away diverts only
# what is then sent elsewhere (:data:`_SENT_ELSEWHERE`); people turned away or back at a door, a
# gate or a border are refused, a measure of its own (:data:`TURNED_AWAY`). "Turned back" is no
# diversion (returned whence they came: flights turned back and flights diverted are two counts a
# report gives side by side, review s36-rv D6, round s36-c2).
_TURNING_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = dict.fromkeys(
    ("turn", "turns", "turning", "turned"), (("away",), ("back",))
)
_DIVERTING_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    **dict.fromkeys(("turn", "turns", "turning", "turned"), (("away",),)),
    **dict.fromkeys(
        ("send", "sends", "sending", "sent"),
        (
            ("away",),
            ("elsewhere",),
            *((to, other) for to in ("to", "towards") for other in ("other", "another", "neighbouring", "neighboring")),
        ),
    ),
}


# What is sent elsewhere when it is turned away or back, so diverted: vehicles and craft bound
# somewhere, and patients (sent to another hospital). Not fans, voters, migrants: refused entry.
_SENT_ELSEWHERE = CRAFT | frozenset("ambulance ambulances patient patients lorry lorries truck trucks".split())
# The measure of things turned away or back that are not sent elsewhere ("Nearly 200 fans were
# turned away at the gates", "300 migrants were turned back at the border": *fans turned away*).
TURNED_AWAY = "turned away"


def stop_verb(verb: str, rest: Sequence[str] = (), head: str = "") -> str:
    """The participle a stopping verb's form stands for (:data:`_STOP_VERBS`: "shut", "shuts",
    "closes" → "closed"; "cancels" → "cancelled"; "redirected" → "diverted"), else ``verb``
    itself: one measure however the clause's verb is worded ("12 schools were shut" and "were
    closed", t13aa K14). ``rest``: the clause's lower-case words right after the verb, which make
    a verb of :data:`_DIVERTING_PHRASES` a diversion ("turned away", "sent to other hospitals");
    ``head``: the counted noun, whose things turned away are diverted only when they are sent
    elsewhere (:data:`_SENT_ELSEWHERE`), else :data:`TURNED_AWAY` ("fans turned away"), and whose
    flights grounded are cancelled (:data:`_CALLED_OFF_WHEN_GROUNDED`)."""
    if turned_away(verb, rest, head):
        return TURNED_AWAY
    if derailing(verb, rest, head):
        return "derailed"
    if diverting(verb, rest, head):
        return "diverted"
    return called_off(_STOP_VERBS.get(verb, verb), head)


def called_off(participle: str, head: str) -> str:
    """ "cancelled" for a scheduled service's verb of calling it off (:data:`_CALLING_OFF`) said of
    such a service (:data:`_CALLED_OFF_WHEN_GROUNDED`: "grounded 4,200 flights", "halts 4,200
    flights", "4,200 flights had been scrapped"), else ``participle`` as it is."""
    if participle in _CALLING_OFF and head in _CALLED_OFF_WHEN_GROUNDED:
        return "cancelled"
    return participle


# Leaving the rails is derailing, as rail accident reports word it (the UK RAIB's and the US NTSB's
# "derailed", the press's "came off the rails", "left the track", "jumped the tracks"): "Six of its
# eight carriages came off the rails" is six carriages derailed (t13aq N14: only the eight was read).
_DERAILING_VERBS = frozenset(
    "come comes came coming go goes went gone going leave leaves left leaving jump jumps jumped jumping".split()
)
# ("line" stays out: a picket line, a production line, a phone line are left too.)
_RAILS = frozenset("rails rail track tracks".split())
# The rolling stock that can leave the rails (UIC's vocabulary of railway vehicles: a train and its
# units, carriages, coaches, wagons, locomotives, trams): "horses left the track", "riders went off
# the rails", "workers left the line" are no derailment (review s49-rv2 finding 12). A "car" is a
# road car as often as a railway car, so it is left out.
_RAIL_VEHICLES = frozenset(
    """train trains carriage carriages coach coaches wagon wagons locomotive locomotives engine engines
    tram trams railcar railcars unit units boxcar boxcars tanker tankers""".split()
)


def derailing(verb: str, rest: Sequence[str], head: str = "") -> bool:
    """Whether ``verb`` and the clause's words after it (``rest``) say leaving the rails ("came off
    the rails", "left the track", "jumped the tracks"): :data:`_DERAILING_VERBS`, an optional "off",
    "the", then a word of :data:`_RAILS`; for the counted noun ``head`` (lower case), only a railway
    vehicle's (:data:`_RAIL_VEHICLES`), never horses' or riders'."""
    if verb not in _DERAILING_VERBS or head not in _RAIL_VEHICLES:
        return False
    words = list(rest[:3])
    if words[:1] == ["off"]:
        words = words[1:]
    return len(words) >= 2 and words[0] == "the" and words[1] in _RAILS


# Things that, grounded, are called off: "60 per cent of flights had been grounded" and "60% of
# flights … were cancelled" are one share (t13ac M12: rows "share of flights grounded" and
# "… cancelled"); a grounded plane or fleet is no cancelled flight, and stays "grounded".
# A scheduled service that does not run is cancelled whatever verb stops it: the aviation and
# transport statistics count one "cancellation" per scheduled flight or service not operated
# (EUROCONTROL's and the US BTS's cancellation counts; a delay or a diversion is no cancellation),
# which the press words as grounding, halting, scrapping or axing the flights (t13as N4, round
# s50-f: "grounded about 4,200 flights", "halts 4,200 European flights", "some 4,200 flights had
# been scrapped" were three rows beside *flights cancelled*). Suspending stays its own verb (a
# route or a service suspended until further notice is no count of flights called off).
_CALLING_OFF = frozenset("grounded halted scrapped axed".split())
_CALLED_OFF_WHEN_GROUNDED = frozenset("flight flights service services departure departures".split())


# What a duration is of, by the word its clause says lasts right before it: a stopping verb in any
# of its forms (:func:`stop_verb`: "remain closed for three days", "stay shut for 48 hours",
# "suspended for a week") or its noun ("a closure of two days") is the closure's; "delayed by two
# hours", "delays of 90 minutes" the delay's. Every duration was labelled "duration", and "three
# days" closed was never compared with "48 hours" closed (t13ab L3).
_LASTING: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("closed", "suspended", "halted"), ("closure", "closure duration")),
    **dict.fromkeys(("closure", "closures", "shutdown", "suspension"), ("closure", "closure duration")),
    **dict.fromkeys(("delayed", "postponed", "delay", "delays"), ("delay", "delay duration")),
}
_LASTING_NOUNS = frozenset("closure closures shutdown suspension delay delays".split())
_LASTING_LINKS = frozenset("for of by last lasting lasted lasts".split())
# words between the verb and its "for" ("shut down for", "closed again for"), or the noun and its
# "last" ("the closure could last 10 days")
_LASTING_BETWEEN = frozenset(
    "down off again temporarily completely entirely fully could may might will would should".split()
)


# Words between a lasting verb and its subject ("services on the line were suspended", "the line
# will stay closed"), passed over to reach the subject.
_LASTING_AUX = AUXILIARIES | _LASTING_BETWEEN | frozenset("stay stays stayed staying be not".split())
# Words that end a lasting verb's subject, read back from it: a conjunction or relative ("fog
# settled and flights were delayed"), or a verb of saying ("the operator said the line was closed").
_SUBJECT_STARTS = frozenset(
    "and or but that which who when as after while because since so said says told announced".split()
)
_RELATIVES = frozenset("which who".split())
# Prepositions that end a subject's head ("services on the line": "services"; "the vote on the
# bridge": "vote").
_SUBJECT_PREPOSITIONS = frozenset("on of to at in from across between near along for with by under over".split())
# A subject that names nothing the clause does not already say: no head to key the duration by.
_NO_SUBJECT = frozenset("it they this these those there which who what all some".split())
# People described by their job, beside the kinds of people a count names (words.people_kind): a
# person "suspended for two weeks" is sanctioned, no closure (review s36-rv2 finding 2).
_PERSON_ROLES = ROLES | frozenset(
    """driver drivers player players referee referees officer officers guard guards conductor
    conductors signaller signallers controller controllers operator employee worker member members
    athlete athletes judge footballer footballers striker goalkeeper jockey boxer rider cyclist
    priest bishop journalist reporter presenter editor student pupil detective constable sergeant
    superintendent""".split()
)


# The ways and services of travel whose closure or delay is a story's (a line, a road, a bridge,
# services, flights, crossings): one closure, one delay, however the article names what was shut
# ("the line will remain closed", "services on the line were suspended"), compared with the
# article's "the closure could last". Anything else closed or put off (schools, a vote, a hearing)
# is keyed by its own noun.
_WAYS = frozenset(
    """line lines railway railways railroad route routes road roads motorway motorways highway
    highways street streets lane lanes bridge bridges tunnel tunnels track tracks network networks
    service services crossing crossings sailings train trains flight flights ferry ferries bus
    buses tram trams metro subway airport airports port ports station stations terminal terminals
    traffic journeys departures arrivals""".split()
)


def _subject_head(before: Sequence[str], verb_at: int) -> str:
    """The head noun of the subject of the verb at ``before[verb_at]`` (lower-case words of its
    clause): the word before the subject's first preposition, else its last word ("services on
    the line were suspended" → "services", "the driver was suspended" → "driver"); "" when the
    clause names none (a pronoun, a noun form "the closure could last" with nothing before it)."""
    j = verb_at - 1
    while j >= 0 and before[j] in _LASTING_AUX:
        j -= 1
    k = j
    while k >= 0 and before[k] not in _SUBJECT_STARTS:
        k -= 1
    if k > 0 and before[k] in _RELATIVES:
        # "the line, which carries 40 trains a day, will remain closed": the subject is before it
        j, k = k - 1, k - 1
        while k >= 0 and before[k] not in _SUBJECT_STARTS:
            k -= 1
    span = [w for w in before[k + 1 : j + 1] if w not in DETERMINERS]
    cut = next((n for n, w in enumerate(span) if w in _SUBJECT_PREPOSITIONS), len(span))
    head = span[cut - 1] if cut else ""
    return "" if head in _NO_SUBJECT or head in STOP_WORDS else head


def subject_head(before: Sequence[str], verb_at: int) -> str:
    """The head noun of the subject of the verb at ``before[verb_at]`` (:func:`_subject_head`):
    "a gas tank at the mountain lodge exploded" → "tank", "the killer mountain last blew" →
    "mountain"; "" when the clause names none."""
    return _subject_head(before, verb_at)


def _object_head(before: Sequence[str], at: int) -> str:
    """The head of the object of an active stopping verb ``before[at]`` whose words run up to the
    last word of ``before`` ("officials closed schools" → "schools", "the council shut the museum"
    → "museum", "shut the road to traffic" → "road"); "" when the words after the verb are no
    object (a verb's, an auxiliary's, a number's)."""
    words = [w for w in before[at + 1 :] if w not in DETERMINERS]
    cut = next((n for n, w in enumerate(words) if w in _SUBJECT_PREPOSITIONS), len(words))
    if not cut or any(w in AUXILIARIES or w in _LASTING_AUX or not w.isalpha() for w in words[:cut]):
        return ""
    head = words[cut - 1]
    return "" if head in _NO_SUBJECT or head in STOP_WORDS else head


# How many words an active stopping verb's object may take before its "for" ("closed the island's
# schools for").
_OBJECT_WORDS = 4


def _keyed(found: tuple[str, str], head: str) -> tuple[str, str]:
    """(measure key, label) of what lasts, ``found`` (:data:`_LASTING`), said of ``head``: the story's
    ways and services and people delayed the bare measure, a person suspended a suspension, any
    other thing a measure of its own whose label names it (:func:`lasting`)."""
    if found[0] == "closure" and (head in _PERSON_ROLES or people_kind(head)):
        return f"suspension|{head}", f"{head} suspension"
    if found[0] == "closure" and head in _SENTENCE_NOUNS:
        # "an 18-month sentence, suspended for two years": how long a sentence is suspended for,
        # no closure (review s43-rv 16: "closure duration: sentence" set the two years against
        # another outlet's 18-month suspended sentence, a false disagreement)
        return SENTENCE_SUSPENSION
    if head in _WAYS or (found[0] == "delay" and people_kind(head)):
        return found  # the story's ways and services, and the people travelling on them: one measure
    # (named as a measure's owner is, "closure duration (schools)": "closure duration: schools" read
    # as a row told apart by a stray word of its sentence, s45-y2)
    return f"{found[0]}|{head}", f"{found[1]} ({head})"


def _part_subject(parts: Sequence[Sequence[str]], verb: str, after: int) -> str:
    """The head of the subject of ``verb`` read from the clause's ``parts`` between commas
    (:func:`~.words.comma_parts`), the verb ``after`` words from the end of the last part: that
    part's subject ("In Oskby, schools will stay closed" → "schools"), else, when the last part
    holds only the verb and its auxiliaries, the part before an aside ("Oskby airport, 30 km from
    the crater, will stay closed" → "airport"); "" when none."""
    last = parts[-1]
    at = len(last) - after
    if at < 0 or last[at] != verb:
        return ""
    head = _subject_head(last, at)
    if head or any(w not in _LASTING_AUX for w in last[:at]) or len(parts) < 2:
        return head
    before = parts[-3] if len(parts) >= 3 else parts[-2]
    return _subject_head([*before, verb], len(before))


# A prison sentence: what a court gives a person ("jailed for six years", "sentenced to eight years
# in prison", "a prison term of four years"), another measure than how long what it punishes
# lasted ("the fraud had gone on for five years"). Both were one "duration" row, agreeing or
# disagreeing across outlets by chance (review s41-rv finding 9).
PRISON_TERM = ("sentence", "prison sentence")
# A sentence needs a sentencing event in its clause (review s42-rv finding 2: "elected to a term of
# four years", "hold a suspect in custody for 96 hours" and "spent two years in prison awaiting
# trial" were prison sentences): a sentencing verb, the noun "sentence", or a jail or prison named
# with the term ("a prison term of", "jail for four years"). Custody, detention and time "in prison"
# are a sentence only beside a sentencing verb ("sentenced to 18 months' detention", "given eight
# years in prison"); a term of anything else is none.
_SENTENCING_VERBS = frozenset("jailed imprisoned sentenced incarcerated".split())
# The words right before a term's link that say it is a sentence (with the verbs)
_SENTENCE_WORDS = frozenset("sentence sentences jail prison imprisonment".split())
# A term's noun, a sentence only after a prison word ("a prison term of", "a jail term of")
_TERM_NOUNS = frozenset("term terms".split())
# The nouns of a court's sentence, a term's and an order's: suspended, they are no closure (_keyed).
_SENTENCE_NOUNS = frozenset({"sentence", "sentences", "order", "orders"}) | _TERM_NOUNS
# Verbs that give a person a sentence with its length right after them, the court's or the
# defendant's ("was given nine years", "handed Dean five years", "received six years"): a sentence
# unless what follows says what the time is for ("given two years to repay")
_GIVING_VERBS = frozenset("given handed received receives gets got".split())
# The links between those words and the term: "jailed for", "sentenced to", "a term of"
_SENTENCE_LINKS = frozenset("for to of".split())
# What follows a term that says it is served in prison ("eight years in prison", "… behind bars"):
# a sentence only beside a sentencing or giving verb ("spent two years in prison" is none)
_SERVED_IN = frozenset("prison jail gaol custody detention".split())
# Words after a term that say it was no sentence served: time held before trial
_BEFORE_TRIAL = frozenset("remand awaiting".split())
# The nouns of a custodial penalty a giving verb's term may be the length of ("given a nine-year
# prison sentence", "handed a six-year jail term"): any other noun after the term is the thing it
# measures, no prison sentence ("given a 12-year ban", "a two-year community order", "two years'
# probation", "three years of funding"; review s43-rv finding 2)
_CUSTODIAL_NOUNS = frozenset("prison jail gaol custodial imprisonment detention custody sentence sentences".split())
# Words that put a term in another verb's hands than the sentencing one before them: a default
# term faced if a sum is not paid ("given three months to pay £400,000 or face a further two years
# in prison"), a term risked ("faces up to ten years"); a term then said "if"/"unless" ("a further
# 18 months in jail if he does not repay") is conditional, no sentence given (review s43-rv finding 3)
_NOT_GIVEN_BEFORE = frozenset("or face faces facing faced risk risks risking unless if otherwise".split())
_CONDITIONAL_AFTER = frozenset("if unless default".split())  # ("… in prison in default" of payment)


def _whole_object(after: Sequence[str]) -> bool:
    """Whether a term a giving verb gives (``after``: the lower-case words after it) is that verb's
    whole object, a time given: nothing after it, or a word that ends a noun phrase
    (:data:`~waic_reader.index.analysis.lexicon.NOUN_PHRASE_END`: "was given nine years for fraud",
    "… in prison", "… yesterday"), or a custodial noun (:data:`_CUSTODIAL_NOUNS`); not a term of
    a thing named after it ("a 12-month driving ban"), nor "N years of X" or "N years to repay"."""
    if not after:
        return True
    if after[0] == "suspended" and after[1:2] and after[1] in _CUSTODIAL_NOUNS:
        return True  # "an 18-month suspended sentence": a sentence, suspended (review s43-rv 16)
    return after[0] in _CUSTODIAL_NOUNS or (after[0] in NOUN_PHRASE_END and after[0] not in ("of", "to"))


# How long a sentence is suspended for: another measure than the sentence ("an 18-month sentence,
# suspended for two years")
SENTENCE_SUSPENSION = ("suspension|sentence", "time the sentence is suspended for")


def sentence_suspension(before: Sequence[str]) -> tuple[str, str] | None:
    """:data:`SENTENCE_SUSPENSION` when a duration follows "suspended for" (``before``: the
    lower-case words of its clause before it) in a clause that gives a sentence (a sentencing or
    giving verb, or a sentence's noun: "was sentenced to 18 months, suspended for two years",
    "received an 18-month sentence, suspended for two years"); None else ("the driver was
    suspended for two weeks" is the driver's, :func:`lasting`). Read before :func:`prison_term`,
    which took the two years for a second sentence (review s44-rv finding 4)."""
    i = len(before) - 1
    if i < 1 or before[i] != "for":
        return None
    i -= 1
    while i >= 0 and before[i] in _LASTING_BETWEEN:
        i -= 1
    if i < 0 or before[i] != "suspended":
        return None
    gives = _SENTENCING_VERBS | _GIVING_VERBS | _SENTENCE_NOUNS
    return SENTENCE_SUSPENSION if any(w in gives for w in before[:i]) else None


def prison_term(before: Sequence[str], after: Sequence[str]) -> tuple[str, str] | None:
    """:data:`PRISON_TERM` when a duration is a prison sentence, by the lower-case words of its
    clause before it (``before``: "was jailed for", "was sentenced to", "a prison term of",
    "was given", with words of :data:`_LASTING_BETWEEN` between) or after it (``after``: "in
    prison", "behind bars", beside a sentencing verb before it); None else, and None for time held
    before a trial ("on remand", "awaiting trial")."""
    if _BEFORE_TRIAL & set(after[:4]) or _CONDITIONAL_AFTER & set(after[:4]):
        return None
    if after[:1] and after[0] in _SENTENCE_NOUNS - {"order", "orders"} and "suspended" in after[1:4]:
        return PRISON_TERM  # "whose 18-month term was suspended": the sentence's own length, no suspension
    # a term of a clause that makes it an alternative or a risk ("or face", "or he will be given")
    # is given by no verb of it
    given = [] if _NOT_GIVEN_BEFORE & set(before) else before
    sentencing = any(w in _SENTENCING_VERBS or w in _GIVING_VERBS for w in given)
    served = after[:2] == ["behind", "bars"] or (after[:1] == ["in"] and after[1:2] and after[1] in _SERVED_IN)
    if served and sentencing:
        return PRISON_TERM
    i = len(before) - 1
    if i >= 0 and before[i] in _GIVING_VERBS and given and _whole_object(after):
        return PRISON_TERM  # "was given nine years", "received six years"
    if (
        i >= 1
        and before[i - 1] in _GIVING_VERBS
        and given
        and _whole_object(after)
        and before[i] not in _SENTENCE_LINKS
    ):
        return PRISON_TERM  # "handed Dean five years", "was given a nine-year prison sentence"
    if i < 0 or before[i] not in _SENTENCE_LINKS:
        return None
    i -= 1
    while i >= 0 and before[i] in _LASTING_BETWEEN:
        i -= 1
    if i >= 0 and (before[i] in _SENTENCING_VERBS or before[i] in _SENTENCE_WORDS):
        return PRISON_TERM
    if i >= 1 and before[i] in _TERM_NOUNS and before[i - 1] in ("prison", "jail"):
        return PRISON_TERM
    if i >= 0 and before[i] in ("custody", "detention") and sentencing:
        return PRISON_TERM
    # an active verb and its object: "A court jailed Lind for four years", "sentenced the two men to"
    active = range(i - 1, max(-1, i - 1 - _OBJECT_WORDS), -1)
    return PRISON_TERM if any(before[j] in _SENTENCING_VERBS for j in active) else None


# A sentence elided after another: "Imran Shah was jailed for 10 years, and Tariq Shah for six
# years", "… and Tariq Shah six and a half years", "was given nine years, Tariq Shah six years": a
# name after "and" or a list's comma, then the term, its verb the clause's before (review s42-rv finding 1: the second was a plain duration, 'years Tariq Shah')
_ELIDED_SENTENCE = re.compile(
    rf"\b(?:years?|months?|weeks?|days?)\b[^;:.]*?(?:,\s+(?:and\s+)?|\s+and\s+)(?-i:{CAP}[\w'’-]*)(?:\s+(?-i:{CAP}[\w'’-]*)){{0,3}}"
    r"\s+(?:(?:for|to)\s+)?$"
)


def elided_sentence(text: str, start: int, sent: tuple[int, int]) -> tuple[str, str] | None:
    """:data:`PRISON_TERM` when the duration at ``start`` in the sentence ``sent`` follows a name
    after "and" that elides the sentencing verb of a term before it in the sentence
    (:data:`_ELIDED_SENTENCE`), its clause a sentence by :func:`prison_term`; None else."""
    m = _ELIDED_SENTENCE.search(text, sent[0], start)
    if m is None or m.end() != start:
        return None
    head = [w.lower() for w in WORD.findall(text, sent[0], m.start())]
    return PRISON_TERM if any(w in _SENTENCING_VERBS or w in _GIVING_VERBS for w in head) else None


def lasting(before: Sequence[str], parts: Sequence[Sequence[str]] = ()) -> tuple[str, str] | None:
    """(measure key, label) of a duration by what its clause says lasts (:data:`_LASTING`), read
    in ``before``, the lower-case words of its clause before it ("will remain closed for" →
    ("closure", "closure duration")); None when they name nothing that lasts.

    The verb's subject says what lasts (review s36-rv2 finding 2: a driver's suspension and a
    vote's postponement were the story's closure and delay): a way or service of travel
    (:data:`_WAYS`: "the line", "services on the line"), or people delayed, keep the bare key;
    a person suspended is no closure ("the driver was suspended for" → ("suspension|driver",
    "driver suspension")); any other thing is keyed by its noun ("the council vote on the bridge
    was postponed by" → ("delay|vote", "delay duration (vote)")), never compared with the story's.
    A noun ("the closure could last", "delays of") or a subject the clause does not name keeps
    the bare key."""
    i = len(before) - 1
    if i < 0 or before[i] not in _LASTING_LINKS:
        return None
    i -= 1
    while i >= 0 and before[i] in _LASTING_BETWEEN:
        i -= 1
    if i < 0:
        return None
    verb = stop_verb(before[i])
    found = _LASTING.get(verb)
    if found is None:
        # an active verb and its object: "Officials closed schools for three days", "The council
        # shut the museum for a week" (round s37-f2: a bare "duration")
        for j in range(i - 1, max(-1, i - 1 - _OBJECT_WORDS), -1):
            active = _LASTING.get(stop_verb(before[j]))
            if active is not None and before[j] not in _LASTING_NOUNS:
                head = _object_head(before[: i + 1], j)
                return _keyed(active, head) if head else None
        return None
    if verb in _LASTING_NOUNS:
        return found
    # (read in the clause's parts between commas first: a phrase before the subject, "In Oskby,
    # schools will stay closed", left no head, and an aside after it, "Oskby airport, 30 km from
    # the crater, will stay closed", the aside's "km": round s37-f2)
    head = (_part_subject(parts, before[i], len(before) - i) if len(parts) > 1 else "") or _subject_head(before, i)
    return _keyed(found, head) if head else found


# How long a journey had gone on when it was cut short: a time "into the flight", "after take-off",
# "after setting sail", or "in the air for", "at sea for" one, in a sentence that says the journey
# turned back, returned, landed or was diverted then ("turned back 22 minutes into the flight",
# "brought the plane down 25 minutes after take-off", "had been in the air for about half an hour
# when the pilot turned back"). One measure however it is worded: they were three rows ``duration``
# never compared (t13ad N9, round s37-x2). A time into a journey that no return ends ("the warning
# came on five minutes into the flight") is another moment of it, left a bare duration.
_JOURNEY_AFTER = re.compile(
    r"\s+(?:into\s+(?:the|its|their|his|her)\s+(?P<n>flight|voyage|journey|trip|crossing|sailing)"
    r"|after\s+(?:(?P<air>take-?off|takeoff|lift-?off)|(?P<sea>setting\s+sail|leaving\s+port)"
    r"|(?:its\s+|their\s+|the\s+)?(?P<dep>departure)))\b",
    re.I,
)
_JOURNEY_BEFORE = re.compile(r"\b(?:(?P<air>in\s+the\s+air|airborne|aloft)|(?P<sea>at\s+sea))\s+for\s+$", re.I)
_JOURNEY_NOUNS = {"flight": "flight", "voyage": "voyage", "crossing": "voyage", "sailing": "voyage"}
_JOURNEY_ENDED = re.compile(
    r"\b(?:turn(?:ed|s|ing)?\s+(?:back|around|round)|return(?:ed|s|ing)?|land(?:ed|s|ing)?|"
    r"touch(?:ed|es|ing)?\s+down|c[ao]me\s+down|(?:brought|bring|brings|bringing)\s+(?:[\w-]+\s+){0,3}?down|"
    r"divert(?:ed|s|ing)?|head(?:ed|s|ing)?\s+back|went\s+back|ditch(?:ed|es|ing)?|crash-landed|"
    r"emergency\s+landing)\b",
    re.I,
)
ELAPSED = "elapsed"  # the measure: one journey's time when it was cut short, however labelled


# The words of a warning, by which a duration near them is its lead time, the time between the
# warning and the event it warns of (the "lead time" of early warning systems, WMO's Multi-hazard
# Early Warning Systems checklist): "given three hours of warning", "alerted civil protection at
# 01:05, less than two hours before the breach", "the warning came at 03:50, ten minutes after the
# breach", "Warning time | about 95 minutes" (t13at N1, round s50-f: seven rows "duration").
_WARNING_WORDS = frozenset(
    "warning warnings warned warn warns alert alerts alerted alarm alarms alarmed notified notice".split()
)
# How many words either side of a duration a warning's word is looked for.
_WARNING_REACH = 8
WARNING = ("warning", "warning time")
# Words between "for" and its duration ("warned for about 12 years"): a lasting, never a lead time.
_FOR_GAP = frozenset("about some around nearly almost roughly over more than less at least up to".split())


def warning_time(text: str, start: int, end: int, sent: tuple[int, int]) -> tuple[str, str] | None:
    """:data:`WARNING` for a duration written from ``start`` to ``end`` in the sentence ``sent`` with
    a warning's word (:data:`_WARNING_WORDS`) within :data:`_WARNING_REACH` words of it, unless "for"
    opens it (how long something lasted: "had warned for 12 years"); None otherwise."""
    before = [w.lower() for w in WORD.findall(text, sent[0], start)]
    after = [w.lower() for w in WORD.findall(text, end, sent[1])]
    lead = list(before)
    while lead and lead[-1] in _FOR_GAP:
        lead.pop()
    if lead[-1:] == ["for"]:
        return None
    near = before[-_WARNING_REACH:] + after[:_WARNING_REACH]
    return WARNING if any(w in _WARNING_WORDS for w in near) else None


# A duration that places a moment by another event of the story, straight after it: "on Monday, two
# days after the ship ran aground", "three weeks since the dam burst", "a month before the vote"
# ("after", "before" or "since", then a determiner or a possessive opening the event's phrase). It
# says when, as "two years ago" does, and is no length of anything (t13av N1: a diver's "two days
# after … ran aground" was put in the warning-time row beside "six hours").
_SINCE_EVENT_AFTER = re.compile(
    r"\s+(?:after|before|since)\s+(?:the|a|an|its|their|his|her|this|that|[A-Z][\w’'-]*[’']s)\s", re.I
)


# Verbs whose complement is a length of time, the time a thing went on or needed (Quirk et al. 1985,
# §10.46 and §16.23: the obligatory duration adjunct of "last", "take", "spend"; and the verbs of
# continuing, "go on", "continue", "run", "drag on", and of a fire's or a storm's going on, "burn",
# "rage"), in every form: a duration right after one ("The strike lasted 12 days before the union
# …", "took 17 hours before the last miner was freed") is how long that went on, whatever event
# comes after it (review s51-rv F7: dropped as a time since an event).
_DURATION_VERBS = frozenset(
    """last lasts lasted lasting take takes took taken taking spend spends spent spending run runs ran
    running continue continues continued continuing burn burns burned burnt burning rage rages raged
    raging""".split()
)
# Those of them whose duration is an optional adjunct, no complement (Quirk et al. 1985: "The fire
# burned", "Talks continued" are whole clauses): a bare duration after one and "after" or "since"
# an event dates what they did ("Fires burned two days after the quake" is when, s52-rv finding 11); "for" or
# "before" an end still makes it how long ("burned for two days", "raged two days before …").
_OPTIONAL_DURATION_VERBS = frozenset(
    """run runs ran running continue continues continued continuing burn burns burned burnt burning
    rage rages raged raging""".split()
)
# "went on", "dragged on", "carried on": the verbs of continuing written with "on" before the duration
_GOING_ON = frozenset("go goes went gone going drag drags dragged dragging carry carries carried carrying".split())


def time_since_event(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the duration written from ``start`` to ``end`` in the sentence ``sent`` only says when
    something happened, by another event (:data:`_SINCE_EVENT_AFTER`): no warning's lead time (a
    warning's word near it, :func:`warning_time`) nor a lasting ("for" before it: "closed for two
    days after the eruption"; or a verb of lasting or taking whose complement it is,
    :data:`_DURATION_VERBS`: "lasted 12 days before the union accepted", "went on three weeks
    before"; of an optional one, :data:`_OPTIONAL_DURATION_VERBS`, only before an event: "Fires
    burned two days after the quake" is a time since it)."""
    event = _SINCE_EVENT_AFTER.match(text, end, sent[1])
    if event is None:
        return False
    lead = [w.lower() for w in WORD.findall(text, sent[0], start)]
    while lead and lead[-1] in _FOR_GAP:
        lead.pop()
    dates = event.group().split()[0].lower() in ("after", "since")
    if (
        lead[-1:] == ["for"]
        or (lead and lead[-1] in _DURATION_VERBS and not (dates and lead[-1] in _OPTIONAL_DURATION_VERBS))
        or (lead[-1:] == ["on"] and lead[-2:-1] and lead[-2] in _GOING_ON)
    ):
        return False
    return warning_time(text, start, end, sent) is None


def elapsed(text: str, start: int, end: int, sent: tuple[int, int]) -> tuple[str, str] | None:
    """(measure key, label) of a duration written from ``start`` to ``end`` in the sentence ``sent``
    that says how long a journey had gone on when it turned back, returned, landed or was diverted
    (:data:`_JOURNEY_ENDED` in its sentence): ("elapsed", "time into the flight") for "turned back 22
    minutes into the flight", "landed 25 minutes after take-off", "in the air for about half an hour
    when the pilot turned back"; "time into the voyage" for a ship's ("after setting sail", "at sea
    for"), "time into the journey" for any other; None when the duration is no such time or no
    return ends the journey in its sentence."""
    after = _JOURNEY_AFTER.match(text, end, sent[1])
    before = _JOURNEY_BEFORE.search(text, max(sent[0], start - 30), start)
    if after is None and before is None:
        return None
    if _JOURNEY_ENDED.search(text, sent[0], sent[1]) is None:
        return None
    found = after if after is not None else before
    assert found is not None
    groups = found.groupdict()
    if groups.get("air"):
        journey = "flight"
    elif groups.get("sea"):
        journey = "voyage"
    else:
        journey = _JOURNEY_NOUNS.get((groups.get("n") or "").lower(), "journey")
    return ELAPSED, f"time into the {journey}"


# How long a thing's work takes, by the verb that says it takes so long and the thing that is its
# subject: "an investigation, which could take up to 18 months", "Investigators expect their probe
# to take", "Repairs to the hull will take six weeks" (what "lasts" is read by :func:`lasting`, and
# "the outage could last 36 hours" stays a duration its sentences tie to others'). Each was a row "duration" beside the story's other durations (t13ad N23, round
# s37-x2): labelled by that thing ("investigation duration"), and grouped as a duration that
# names no measure is (by its context: "inspections would take at least three weeks" and "the
# checks would take at least three weeks" stay one row).
_TAKING_VERBS = frozenset("take takes took taking".split())
# Words between a taking verb and its subject: auxiliaries, modals, "expected to", "which".
_TAKING_BETWEEN = AUXILIARIES | frozenset(
    "to could may might will would should can must expected likely set due going still probably also which that".split()
)
_TAKING_WORDS = 8  # words read back from the verb for its subject


def taking(text: str, start: int, sent: tuple[int, int]) -> tuple[str, str] | None:
    """(measure key, label) of a duration at ``start`` that a thing's verb of taking says it takes
    (:data:`_TAKING_VERBS`): ("", "investigation duration") for "an
    investigation, which could take up to 18 months", "its inquiry is expected to take nine
    months"; a subject's plural by its singular ("Repairs … will take": "repair duration"). None
    when no such verb is right before it or its subject is no noun ("It could take a year")."""
    words = [w.lower() for w in WORD.findall(text, max(sent[0], start - 120), start)][-_TAKING_WORDS:]
    if not words or words[-1] not in _TAKING_VERBS:
        return None
    k = len(words) - 2
    while k >= 0 and words[k] in _TAKING_BETWEEN:
        k -= 1
    if k < 0:
        return None
    p = next((j for j in range(k - 1, max(0, k - 4), -1) if words[j] in _SUBJECT_PREPOSITIONS), None)
    if p is not None:
        k = p - 1  # "Repairs to the hull will take": the head before its phrase
    head = bare_word(words[k]) if k >= 0 else ""
    if not head.isalpha() or head in _NO_SUBJECT or head in STOP_WORDS or head in CHANGE_VERBS or is_participle(head):
        return None
    if not head.endswith(("us", "is")):
        head = singular_of(head)
    return "", f"{head} duration"


# A named person's years in a job: "Captain Marit Eskeland, 52, who has flown for Nordair for 21
# years", "Ola Berg, who has worked at the Kelvik yard for 30 years". Was a row "duration", and two
# pilots' careers ("for 21 years", "for 6 years") one row in disagreement (t13ad N23, round s37-x2):
# a measure of each person ("career", its owner the name).
_CAREER = re.compile(
    r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3})(?:,\s*\d{1,3})?,\s+who\s+"
    r"(?:has|have|had)\s+(?:been\s+)?(?:flown|flying|worked|working|served|serving|sailed|sailing|taught|"
    r"teaching|played|playing|driven|driving|been)\b[^,.;:]{0,60}?\bfor\s+$",
    re.I,
)


def career_of(text: str, start: int, sent: tuple[int, int]) -> str:
    """The name of the person whose years in a job a duration at ``start`` counts ("Captain Marit
    Eskeland, 52, who has flown for Nordair for 21 years" → "Marit Eskeland": the words of a title
    before it left out), "" when its clause says no such thing."""
    m = _CAREER.search(text, max(sent[0], start - 200), start)
    if m is None:
        return ""
    words = m.group("name").split()
    while len(words) > 2 and words[0].lower() in _PERSON_TITLES:
        words = words[1:]
    return " ".join(words)


# Where a sentence's clause ends before a sentence in it: a new clause's name is its own subject
_SENTENCE_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s")
# A relative clause or an aside between a subject and its verb (", who ran the firm with his wife
# Sarah,", ", 52,"): a name in it is no subject of the verb after it
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|that)\b[^,;:]*,|\([^()]*\)")
# Words before a name that make it no one sentenced: the judge ("by Judge Hollis"), a place
_NOT_SENTENCED_BEFORE = frozenset("by at in from of judge recorder magistrate".split())


def people_of(article: object, noise_spans: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """The name mentions of ``article`` (an object with ``doc``, ``text`` and ``sentences``; its
    ``blocks`` when it has them) as (start, end, name, label) character spans in text order, as the
    entity recogniser finds them (the one name finder: :meth:`~waic_reader.index.analysis.entities
    .recogniser.Recognizer.recognize`, its rules loaded on first use)."""
    from waic_reader.index.analysis.entities.recogniser import Recognizer
    from waic_reader.index.corpus.blocks import split_blocks

    text: str = getattr(article, "text", "")
    view = _Readable(
        getattr(article, "doc", ""),
        text,
        getattr(article, "blocks", None) or split_blocks(text),
        getattr(article, "sentences", []),
        getattr(article, "format", "text"),
    )
    found = Recognizer.current().recognize(view, noise_spans)  # type: ignore[arg-type]
    return [(m.start, m.end, m.text, m.label) for m in found if not m.noise]


@dataclass(frozen=True)
class _Readable:
    """An article as the recogniser reads it, its blocks split as the reader splits them when the
    fact sheet's article has none (a test's article of text and sentences)."""

    doc: str
    text: str
    blocks: Sequence[object]
    sentences: Sequence[object]
    format: str


# A capitalised word run: the words of a subject or object in a sentence's verb phrase position
_NAME_RUN = re.compile(rf"(?-i:{CAP}[\w'’-]*)(?:\s+(?-i:{CAP}[\w'’-]*)){{0,3}}")
# The words between a passive sentencing verb and its subject ("Price was jailed", "Dean has
# since been given"), and between an elided sentence's name and its term ("and Price for")
_AUXILIARIES = frozenset("was were is are has have had been be being will would also later then since".split())
_SUBJECT_VERB = re.compile(r"\s+(?:(?:" + "|".join(sorted(_AUXILIARIES)) + r")\s+)*(?P<verb>[a-z]+)\b")
_OBJECT_VERB = re.compile(r"\b(?P<verb>[a-z]+)\s+$")


def _verb_position(text: str, a: int, b: int, start: int) -> bool:
    """Whether the capitalised words at ``a``:``b`` stand as the subject or object of a sentencing
    or giving verb, or as an elided sentence's name right before the term at ``start``: "Price
    was jailed", "jailed Dean", "handed Moss", "and Price for"."""
    m = _SUBJECT_VERB.match(text, b)
    if m is not None and (m.group("verb") in _SENTENCING_VERBS or m.group("verb") in _GIVING_VERBS):
        return True
    m = _OBJECT_VERB.search(text, max(0, a - 20), a)
    if m is not None and (m.group("verb") in _SENTENCING_VERBS or m.group("verb") in _GIVING_VERBS):
        return True
    return (
        all(w.lower() in _SENTENCE_LINKS for w in WORD.findall(text, b, start))
        and re.fullmatch(r"[\w\s]*", text[b:start]) is not None
    )


def sentenced_person(text: str, start: int, sent: tuple[int, int], names: Sequence[tuple[int, int, str, str]]) -> str:
    """The name of the person a prison sentence (:data:`PRISON_TERM`) starting at ``start`` in the
    sentence ``sent`` punishes, as written, else "". ``names``: the article's name mentions
    (:func:`people_of`, (start, end, name, label) spans). Of its PERSON mentions, the nearest
    before the term in its clause outside a relative clause or an aside, the passive's subject or
    the active verb's object ("Paul Dean, who ran the firm with his wife Sarah, was jailed for
    seven years" → "Paul Dean"; "Judge Hollis jailed Paul Dean for five years" → "Paul Dean");
    else the capitalised words right before the term's verb phrase, the grammatical subject or
    object of the sentencing verb, when the recogniser reads no other kind of name there ("Price
    was jailed for 42 months", "jailed Dean for seven years and Price for three years"), a surname
    it does not take alone. A title is left out; never a judge's name, nor a place's or a firm's
    ("The boss of a Leeds wholesaler was jailed" → ""). Two people's sentences are two rows, one's
    disagreement never buried among another's (review s42-rv finding 1; s43-rv finding 3: the
    nearest capitalised word, a wife or a city, was the defendant)."""
    begin = sent[0]
    for cut in _SENTENCE_CLAUSE.finditer(text, sent[0], start):
        begin = cut.end()
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, begin, start)]
    candidates = [(a, b) for a, b, _n, label in names if label == "PERSON"]
    others = [(a, b) for a, b, _n, label in names if label != "PERSON"]
    for m in _NAME_RUN.finditer(text, begin, start):
        if _verb_position(text, m.start(), m.end(), start) and not any(
            a < m.end() and m.start() < b for a, b in others + candidates
        ):
            candidates.append((m.start(), m.end()))  # a subject or object the recogniser names not
    found = ""
    for a, b in sorted(candidates):
        if a < begin or b > start or any(x <= a and b <= y for x, y in asides):
            continue
        before = WORD.findall(text, begin, a)
        words = text[a:b].split()
        if (before and before[-1].lower() in _NOT_SENTENCED_BEFORE) or words[0].lower() in _NOT_SENTENCED_BEFORE:
            continue  # "by Judge Hollis", "Judge Hollis jailed him": who sentences
        while words and (words[0].lower() in STOP_WORDS or words[0].lower() in _PERSON_TITLES):
            words = words[1:]
        if words:
            found = " ".join(bare_word(w) for w in words)
    return found


CAREER = ("career", "career")  # (measure key, label): a named person's years in a job (:func:`career_of`)
# Titles before a name, left out of a career's owner ("Captain", "First officer").
_PERSON_TITLES = frozenset("captain first officer pilot co-pilot dr mr mrs ms professor chief".split())


def diverting(verb: str, rest: Sequence[str], head: str = "") -> bool:
    """Whether ``verb`` with the words ``rest`` after it says its things (the counted noun
    ``head``) were diverted (:data:`_DIVERTING_PHRASES`: "turned away" of ambulances, "sent
    elsewhere", "sent to other hospitals")."""
    if turned_away(verb, rest, head):
        return False
    return any(tuple(rest[: len(p)]) == p for p in _DIVERTING_PHRASES.get(verb, ()))


def turned_away(verb: str, rest: Sequence[str], head: str) -> bool:
    """Whether ``verb`` with ``rest`` after it turns away or back things of the counted noun
    ``head`` that are not sent elsewhere (people at a gate or a border: "fans were turned away",
    "turned back 40 migrants"; round s36-g, they were *fans diverted*)."""
    return head not in _SENT_ELSEWHERE and any(tuple(rest[: len(p)]) == p for p in _TURNING_PHRASES.get(verb, ()))


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


# An item of a list that is a part of the count before it ("…, seven of whom were killed").
_PART_ITEM = re.compile(rf"\s*,\s*[\w’'-]+{OF_PRONOUN_AFTER.pattern}", re.I)


def list_tail(text: str, pos: int, limit: int) -> list[str]:
    """The first words of the clause after a list of counts or nouns that a count at ``pos`` (its
    end) opens ("4,812 passengers, 210 trucks and 95 cars are stranded", "380,000 homes and
    businesses were still without power": "are stranded", "were still without power", each
    item's); [] when no list follows."""
    end = pos
    while (m := _LIST_ITEM.match(text, end, limit)) is not None:
        if _PART_ITEM.match(text, m.start(), limit):
            # "carrying 212 passengers, seven of whom were killed": a part of the count, no item
            # of a list; its verb is the part's (the 212 were the death toll, t13ab L12)
            return []
        end = m.end()
    return clause_after(text, end, limit) if end > pos else []


def list_verb(text: str, pos: int, limit: int) -> str:
    """The verb of a list of counts that a count at ``pos`` opens (:func:`list_tail`): "4,812
    passengers, 210 trucks and 95 cars are stranded" → "stranded" for each (the passengers were a
    row of their own, the cars alone stranded); "" when no list follows or it has no verb."""
    return clause_verb(list_tail(text, pos, limit))


def done_to(head: str, before: Sequence[str], after: Sequence[str] = (), story_rescue: bool = False) -> str:
    """The participle of the verb right before a count of things when it stopped or shut them
    (:data:`_STOP_VERBS`, in any of its forms: "cancelled 146 flights", "to close 1,300 schools",
    "diverting 40 ambulances" → "cancelled", "closed", "diverted"), or of people when it hired them
    (:data:`_PEOPLE_VERBS`: "will hire 200 workers" → "hired") or got them out of a place, said
    by the clause's lower-case words ``after`` the count, a place of danger (:data:`_DANGER_PLACES`:
    "pulled 45 people from the water" → "rescued"; "out of poverty" is none), else "": also for an adjective after an article ("the closed 40 stores").
    With ``story_rescue`` (:func:`rescue_story`: the article tells of people trapped or rescued), a
    getting-out verb with its bare particle rescues too ("had been brought out by Sunday
    morning", "safely brought up": :func:`_got_out_bare`)."""
    if not head or not before or (len(before) > 1 and before[-2] in ("a", "an", "the")):
        return ""
    if len(before) > 1 and turned_away(before[-2], before[-1:], head):
        return TURNED_AWAY  # "Organisers turned away 500 fans", "turned back 40 migrants"
    if len(before) > 1 and diverting(before[-2], before[-1:], head):
        return "diverted"  # "turned away 70 ambulances", "turned away 30 patients"
    if people_kind(head):
        rescue = _in_rescue(head, before, after)
        if after[:1] and after[0] in _PEOPLE_VERBS and _PEOPLE_VERBS[after[0]] == "rescued" and is_participle(after[0]):
            if _rescued_by(after[0], after[1:], rescue, before, head):
                # "151 survivors brought to the Gasan pier", "40 stranded villagers airlifted": a
                # participle of rescue after the count says it as its passive does (t13an N7, round s47-f)
                return "rescued"
        if before[-1] in _RESCUING_ALONE and not _rescued_by(before[-1], after, rescue, before, head):
            return ""  # "saved 500 workers from redundancy", "airlifted 400 soldiers to Marawi"
        if before[-1] in _OUT_OF_PLACE_VERBS and not (
            _ALIVE in after[:2]
            or _out_of_danger(_past_coordinated(after), rescue)
            or (story_rescue and _got_out_bare(after))
        ):
            return ""  # "the show pulled 45,000 people", "out of poverty": no rescue without a place of danger
        # "will hire 200 workers"; a stopping verb's active is its passive's measure too:
        # "Ambulance services diverted 340 patients" is "340 patients were diverted" (t13ar N2:
        # rows "patients" and "patients diverted" held one figure, split by the verb's voice)
        return _PEOPLE_VERBS.get(before[-1], "") or _STOP_VERBS.get(before[-1], "")
    if diverting(before[-1], after, head):
        return "diverted"  # "sent 40 ambulances to other hospitals"
    return called_off(_STOP_VERBS.get(before[-1], ""), head)


def _past_coordinated(after: Sequence[str]) -> Sequence[str]:
    """``after`` (a count's clause words after its noun) past a coordinated noun phrase of the
    count ("and crew members from the sea" → "from the sea"; :data:`_COORDINATED_WORDS`), where a
    word of :data:`_OUT_OF_PLACE` or :data:`_TO_SAFETY` follows it; else ``after`` itself."""
    if not after or after[0] != "and":
        return after
    for k in range(2, min(len(after), 2 + _COORDINATED_WORDS)):
        if after[k] in _OUT_OF_PLACE or after[k] in _TO_SAFETY:
            return after[k:]
    return after


def _in_rescue(head: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count of people (its noun's ``head``, its clause's lower-case words ``before`` and
    ``after`` it) is told in a rescue: a word of rescue or a casualty cue in the clause
    (:data:`_RESCUE_WORDS`, words.CASUALTY: "Rescuers saved 149 people and 16 are dead")."""
    return any(w in _RESCUE_WORDS or w in CASUALTY for w in (head, *before, *after))


def _rescued_by(verb: str, rest: Sequence[str], rescue: bool, before: Sequence[str], head: str) -> bool:
    """Whether rescue ``verb`` (a form of :data:`_PEOPLE_VERB_FORMS`' "rescued") with the count's
    clause words ``rest`` after it rescued the people: out of a place of danger or to safety
    (:func:`_out_of_danger`); saving (:data:`_SAVING`) also in a rescue (``rescue``:
    :func:`_in_rescue`) unless "from" names no danger ("from redundancy") or a second object follows
    ("saved 300 patients a trip"); airlifting (:data:`_AIRLIFTING`) also with people in danger
    (:data:`_IN_DANGER` in ``before`` or ``rest``: "stranded"), or in a rescue (``rescue``) of
    people the count's noun ``head`` says no one sent (:data:`_SENT_PEOPLE`: "airlifted 8
    residents" beside the missing, never "400 soldiers"), neither to hospital; airlifted anywhere
    else, with no danger in its clause, people are carried, not rescued ("airlifted 300 pilgrims to
    Mecca"). Review s47-rv finding 5, round s48-f; review s48-rv finding 5, round s48-fx1."""
    if _out_of_danger(rest, rescue):
        return True
    if verb in _SAVING:
        # "saved 38 people from the area", "from the hut": out of a place, rescued in a rescue's
        # clause (t13as N4); "from redundancy", with no determiner, names no place
        from_place = rest[:1] == ["from"] and rest[1:2] and rest[1] in DETERMINERS
        return rescue and (bool(from_place) or not (rest[:1] and (rest[0] in _OUT_OF_PLACE or rest[0] in DETERMINERS)))
    if verb in _AIRLIFTING:
        if any(w in _HOSPITAL for w in rest[:_SAFE_WORDS_AFTER]):
            return False  # "airlifted 6 patients to hospital": taken to hospital
        # in danger ("stranded", "flooded"), or in a rescue's clause (a rescue or casualty word:
        # "airlifted 8 residents as rescuers searched for the missing"), and none a force sent:
        # "airlifted 300 pilgrims to Mecca" moves travellers (review s48-rv finding 5, round s48-fx1:
        # round s48-f had taken any airlifted people but responders for rescued)
        return any(w in _IN_DANGER for w in (*before, *rest)) or (rescue and head not in _SENT_PEOPLE and bool(head))
    return False


# The particles of getting people out that name no place (Quirk et al. §16.3, phrasal verbs of
# motion: "brought out", "hauled up", "dug free", "pulled clear"): in a story of people trapped,
# "Fourteen workers had been brought out by Sunday morning", "Seventeen workers have been safely
# brought up" are rescued as "brought to the surface" is (t13r R2 on t13au N2, round s52-f3: a row
# "workers brought" beside *people rescued*). A preposition of another sense after the particle
# is no getting out: "brought out on strike", "brought up to date", "pulled out of the talks"
# (:data:`_NOT_GOT_OUT`), "of"/"from" only with a place of danger.
_GOT_OUT_PARTICLES = frozenset("out up free clear".split())
_NOT_GOT_OUT = frozenset("on to into in for against at as with".split())
# Words that tell a story of people trapped or got out (:func:`rescue_story`): being trapped or cut
# off (:data:`_IN_DANGER`'s "trapped", "stranded", "buried", "marooned") and rescuing.
_TRAPPED_STORY = re.compile(
    r"\b(?:trapped|stranded|marooned|entombed|buried alive|rescu(?:e|ed|es|ing|ers?)|survivors?)\b", re.I
)


def rescue_story(text: str) -> bool:
    """Whether an article's ``text`` tells of people trapped or rescued (:data:`_TRAPPED_STORY`):
    the context in which a getting-out verb's bare particle rescues (:func:`_got_out_bare`)."""
    return _TRAPPED_STORY.search(text) is not None


def _got_out_bare(after: Sequence[str]) -> bool:
    """Whether the words ``after`` a count of people got out (lower case, from the verb's next word)
    open with a particle of getting out (:data:`_GOT_OUT_PARTICLES`) that no preposition of another
    sense follows (:data:`_NOT_GOT_OUT`), or "of"/"from" a place of danger."""
    if not after or after[0] not in _GOT_OUT_PARTICLES:
        return False
    if after[1:2] and after[1] in ("of", "from"):
        return any(w in _DANGER_PLACES for w in after[2 : 2 + _DANGER_WORDS_AFTER])
    return not (after[1:2] and after[1] in _NOT_GOT_OUT)


def _out_of_danger(after: Sequence[str], rescue: bool = False) -> bool:
    """Whether the words ``after`` a count of people got out say out of a place of danger ("from
    the water", "out of the rubble": :data:`_DANGER_PLACES`) or to safety, or, in a rescue
    (``rescue``: :func:`_in_rescue`), to a landing place ("to the pier": :data:`_SAFE_PLACES`)."""
    if after[:1] == ["back"]:
        after = after[1:]  # "brought back to the surface", "pulled back from the edge"
    if not after:
        return False
    if after[0] in _OUT_OF_PLACE:
        return any(w in _DANGER_PLACES for w in after[1 : 1 + _DANGER_WORDS_AFTER])
    if after[0] == _ASHORE:
        return rescue  # "Lifeboat crews brought 40 passengers ashore" (a ferry's are no rescue)
    if after[0] in _TO_SAFETY:
        # (the place's phrase only, "to the Gasan pier and to hospitals": the pier)
        words = itertools.takewhile(lambda w: w not in ("and", "or", "but"), after[1:_SAFE_WORDS_AFTER])
        return any(w in _SAFETY or (rescue and w in _SAFE_PLACES) for w in words)
    return False


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
        and MONEY_ROLES.get(word) != "cost"
        and word not in _COST_ADJECTIVES
        # "the daily cost": a rate's period, no thing the cost is of (extract._rate reads it; t13af
        # N13, round s38-y1: a row "daily cost" beside "strike cost per day")
        and word not in RATE_ADJECTIVES
        and not word[0].isdigit()
        # "at Tuesday's prices", "the bridge's repair bill": a possessive names whose or when the
        # cost is, never what it is of (t13ar N5: a row "tuesday' cost", a stem of "Tuesday's")
        and not word.endswith(("'s", "’s", "s'", "s’"))
    )


def cost_thing(before: Sequence[str], after: Sequence[str]) -> str:
    """What a money figure whose clause names a cost (a cost, a bill, a price) is the cost of, in
    the singular ("repair" in "The repair bill came to", "Repairs will cost", "the cost of the
    repairs", "Repairs to the Lunde bridge will cost", "a $4.2 million repair bill"); "" when the
    clause does not say."""
    for words, at in (
        (after[:3], next((i for i, w in enumerate(after[:3]) if MONEY_ROLES.get(w) == "cost"), None)),
        (before, next((i for i in range(len(before) - 1, -1, -1) if MONEY_ROLES.get(before[i]) == "cost"), None)),
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
                return singular_of(head)
        # Before it: its modifier ("the repair bill") or its subject ("Repairs will cost"), and the
        # head of a subject's phrase ("Repairs to the Lunde bridge will cost": the repairs).
        j = at - 1
        while j >= 0 and words[j] in _COST_SKIP and words is before:
            if words[j] in _COST_HEDGES and (j == 0 or words[j - 1] not in AUXILIARIES):
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
        return singular_of(words[j])
    return ""


# Spilling: stuff that got out of what held it, one measure whatever the verb ("1,300 tonnes of oil
# escaped from the damaged tank", "About 900 tonnes of fuel leaked", "An estimated 1,100 tonnes have
# been released", "spilling about 1,200 tonnes of crude oil", a table's "| Oil spilled | 1,400 tonnes
# |"), never the cargo a ship carried ("was carrying 85,000 tonnes of crude": t13af N2, round s38-y1,
# the two were one row in false disagreement and the spills single-source rows by their verbs).
SPILLED = "spilled"
_SPILL_FORMS = frozenset(
    """spill spills spilled spilt spilling leak leaks leaked leaking escape escapes escaped escaping
    release releases released releasing discharge discharges discharged discharging pour pours
    poured pouring gush gushes gushed gushing seep seeps seeped seeping""".split()
)
# The units of what spills: a mass, a volume (figures.SI_UNITS's dimension, a volume's unit).
SPILL_DIMENSIONS = frozenset({"mass", "l", "gal", "bbl", "m³", "ft³"})
# Words between a spilled amount and its verb ("may have escaped", "had already leaked").
_SPILL_GAP = AUXILIARIES | VERB_ADVERBS | frozenset("may might could would will must".split())
# Words between a spilling verb and the amount after it ("spilling about 1,200 tonnes", "released
# between 1,200 and 1,500 tonnes", "leaked an estimated 900 tonnes").
_SPILL_HEDGES = frozenset(
    "about around some roughly nearly almost approximately over more than up to at least between an estimated".split()
)
# The stuff a tanker or a pipe holds that is oil, whatever its word: one stuff spilled ("tonnes of
# fuel leaked" and "tonnes of diesel escaped" are one spill).
PETROLEUM = frozenset("oil crude fuel diesel petrol gasoline bunker kerosene naphtha petroleum".split())
_STUFF_WORDS = 3  # "heavy fuel oil": a stuff's words at most
# Words of a stuff that fouls the water or the ground when it escapes, besides oil: the pollutant
# groups of the EU's Pollutant Release and Transfer Register (E-PRTR, Regulation (EC) 166/2006,
# Annex II: heavy metals, inorganic substances, chlorinated and other organic substances) and the
# wastes of its Annex I activities (sewage, effluent, tailings, slurry); a compound's name in
# "-ide" (cyanide, chloride, dioxide, sulphide) is one too. Rice, aid or water a dam lets out is
# none: its release is no spill (review s52-rv finding 9).
_POLLUTANTS = frozenset(
    """chemical chemicals acid acids ammonia chlorine benzene toluene styrene phenol methanol mercury
    arsenic cadmium chromium nickel lead zinc nitrate nitrates phosphate phosphates pesticide
    pesticides herbicide herbicides fertiliser fertilisers fertilizer fertilizers sewage effluent
    effluents wastewater waste wastes sludge slurry tailings radioactive tritium caesium cesium
    coolant toxic contaminated hazardous""".split()
)
# The spill nouns that also name letting out what is meant to go (aid, funds, water from a dam,
# prisoners): a spill only of a pollutant, or of a stuff their clause leaves unnamed.
_RELEASE_NOUNS = frozenset("release releases discharge discharges".split())


def pollutant(words: Sequence[str]) -> bool:
    """Whether a stuff's words (lower case) name a pollutant: oil (:data:`PETROLEUM`), a word of
    :data:`_POLLUTANTS`, or a chemical compound's name in "-ide" ("sodium cyanide")."""
    return any(w in PETROLEUM or w in _POLLUTANTS or (w.endswith("ide") and len(w) > 5) for w in words)


# A verb of going into the water or the ground, a spill's verb when its object is one ("14 tonnes of
# sodium cyanide entered the river"; t13am N1: a row "mass (t)" of its own); "200 tonnes of aid
# entered the city" spilled nothing.
_ENTER_FORMS = frozenset("enter enters entered entering".split())
_SPILLED_INTO = frozenset(
    """river rivers sea lake water waters stream creek canal groundwater soil harbour harbor bay estuary
    reservoir waterway watercourse environment ocean""".split()
)
# Words of a stuff's form, after its name: "sodium cyanide solution" is sodium cyanide spilled
# (t13am N1: "sodium cyanide solution released" beside "sodium cyanide released").
_FORM_WORDS = frozenset("solution solutions mixture slurry".split())


def _enters_water(after: Sequence[str], j: int) -> bool:
    """Whether ``after[j]`` is a verb of entering whose object, past an article, is water or the
    ground (:data:`_ENTER_FORMS`, :data:`_SPILLED_INTO`)."""
    if j >= len(after) or after[j] not in _ENTER_FORMS:
        return False
    rest = [w for w in after[j + 1 : j + 4] if w not in ("the", "a", "an", "its")]
    return bool(rest) and rest[0] in _SPILLED_INTO


def spilled_stuff(before: Sequence[str], after: Sequence[str]) -> str | None:
    """The words of what an amount spilled is of ("fuel" of "900 tonnes of fuel leaked", "oil" of
    a table row read as "1,400 tonnes oil were spilled", "crude oil" of "spilling about 1,200
    tonnes of crude oil"; "" when its clause names none: "An estimated 1,100 tonnes have been
    released"), lower case, or None when no spilling verb (:data:`_SPILL_FORMS`) governs it: the
    verb after it, past its stuff and auxiliaries, or right before it, past a hedge. ``before`` and
    ``after`` are its clause's words (lower case) before and after the amount."""
    i = 1 if after[:1] == ["of"] else 0
    stuff: list[str] = []
    while (
        i < len(after)
        and len(stuff) < _STUFF_WORDS
        and after[i] not in _SPILL_FORMS
        and after[i] not in _ENTER_FORMS
        and after[i] not in _SPILL_GAP
        and after[i] not in STOP_WORDS
    ):
        stuff.append(after[i])
        i += 1
    j = i
    while j < len(after) and after[j] in _SPILL_GAP:
        j += 1
    if j < len(after) and (after[j] in _SPILL_FORMS or _enters_water(after, j)):
        return " ".join(stuff)
    k = len(before)
    while k > 0 and before[k - 1] in _SPILL_HEDGES:
        k -= 1
    if k > 0 and before[k - 1] in _SPILL_FORMS and after[:1] == ["of"]:
        return " ".join(stuff)
    if k > 0 and before[k - 1] in _SPILL_FORMS and not after:
        return ""
    noun = _spill_noun_put_at(before)
    if noun in _RELEASE_NOUNS and after[:1] == ["of"] and stuff and not pollutant(stuff):
        return None  # "the release of 200 tonnes of rice": aid let out, no spill (s52-rv finding 9)
    if noun:
        return " ".join(stuff) if after[:1] == ["of"] else ""
    return None


# A spill's noun whose amount its clause gives ("The leak is estimated at 400 tonnes", "the spill
# was put at 290 tonnes", "a spill of 400 tonnes", "The leak has been calculated at …"): the
# noun, then auxiliaries and a verb of estimating or reporting, then "at" or "of" right before the
# amount (t13av N4: "The Coral Meridian leak is estimated at 400 tonnes" was a row "mass (t)").
_SPILL_NOUNS = frozenset("spill spills spillage leak leaks leakage discharge release".split())
_PUT_AT = frozenset("estimated put thought believed reported calculated assessed measured said".split())


def _spill_noun_put_at(before: Sequence[str]) -> str:
    """The spill's noun (:data:`_SPILL_NOUNS`) that ``before`` (a clause's lower-case words before
    an amount) ends with, and the link that gives its amount (:data:`_PUT_AT`), past a hedge
    ("estimated at about 400 tonnes", "a spill of at least 400 tonnes"); "" when none."""
    i = len(before)
    while i > 0 and before[i - 1] in _SPILL_HEDGES and before[i - 1] not in ("at", "estimated", "an"):
        i -= 1
    if i > 1 and before[i - 2 : i] == ["at", "least"]:
        i -= 2  # "of at least 400 tonnes": the hedge's "at" is no link
    if i == 0 or before[i - 1] not in ("at", "of"):
        return ""
    i -= 1
    if before[i] == "at":
        while i > 0 and before[i - 1] in _PUT_AT:
            i -= 1
        while i > 0 and (before[i - 1] in AUXILIARIES or before[i - 1] in VERB_ADVERBS):
            i -= 1
    return before[i - 1] if i > 0 and before[i - 1] in _SPILL_NOUNS else ""


def spill_measure(stuff: str, context: str) -> tuple[str, str]:
    """(measure key, label) of an amount spilled of ``stuff`` (:func:`spilled_stuff`): oil however
    its words name it (:data:`PETROLEUM`: "fuel", "diesel", "crude oil") one measure, "oil spilled";
    other stuff a measure of its own ("water released"); an amount whose clause names none is oil's where ``context`` (its
    sentence and the one before) speaks of oil, else "amount spilled"."""
    words = stuff.split()
    while len(words) > 1 and words[-1] in _FORM_WORDS:
        words.pop()
    if PETROLEUM.intersection(words):
        return f"{SPILLED}|oil", "oil spilled"
    if words:
        return f"{SPILLED}|{singular_of(words[-1])}", f"{' '.join(words)} released"
    if any(w.lower() in PETROLEUM for w in WORD.findall(context)):
        return f"{SPILLED}|oil", "oil spilled"
    return SPILLED, "amount spilled"


def spilled_again(text: str, values: Sequence[FactValue]) -> None:
    """One article's amount said again of the stuff it says spilled (``values``, its figures, in
    place): an amount spilled whose clause names no stuff ("Orrin admits 15 tonnes leaked", measure
    :data:`SPILLED`) in a sentence naming the stuff or in an article of one stuff spilled, or a quantity of no measure of that stuff
    ("15 tonnes of cyanide" in a headline), the same value and unit as the article's amount spilled
    of it ("15 tonnes of sodium cyanide had leaked"), is that amount: its measure and label (t13am
    N1: "amount spilled" and "mass (t)" rows beside "sodium cyanide released", one outlet in each).
    Only the same value: another is no repeat. Linear in the values."""
    spilled: dict[tuple[str, float | str], FactValue] = {}
    for v in values:
        if v.kind == "quantity" and v.measure.startswith(f"{SPILLED}|") and v.measure != f"{SPILLED}|oil":
            spilled.setdefault((v.unit, v.value), v)
    if not spilled:
        return
    for v in values:
        w = spilled.get((v.unit, v.value))
        if w is None or v is w or v.kind != "quantity" or v.high != w.high:
            continue
        stuff = w.measure.split("|", 1)[1]
        if v.measure == SPILLED and len({x.measure for x in spilled.values()}) == 1:
            named = {stuff}  # the one stuff its article says spilled ("Firm admits 800 litres leaked")
        elif v.measure == SPILLED:
            named = {singular_of(x.lower()) for x in WORD.findall(text, *v.sentence)}
        elif not v.measure and v.material:
            named = {singular_of(x) for x in v.material.split()}
        else:
            continue
        if stuff in named:
            v.measure, v.label = w.measure, w.label


def story_spill(values: Sequence[FactValue]) -> list[FactValue]:
    """The story's amounts spilled whose clause and article name no stuff (measure
    :data:`SPILLED`: "The TMSA says 340 tonnes leaked", "The company put the leak at 290 tonnes")
    are of the one stuff the story's other articles say spilled, when they name one only ("340
    tonnes of fuel oil leaked": "oil spilled"): its measure and label, in place (t13av N4: a blog's
    "340 tonnes leaked" and a monitor's "leak … at 400 tonnes" were rows "amount spilled" and
    "mass (t)" apart from *oil spilled*). Two stuffs spilled leave them apart. Only a pollutant
    counts (:func:`pollutant`): rice or water let out is no stuff an unnamed leak is of (review
    s52-rv finding 9: "The release of 200 tonnes of rice" took a fuel leak's 340 tonnes). A new
    list (the values may be kept ones: none is changed in place). Linear."""
    named = {
        v.measure: v
        for v in values
        if v.kind == "quantity"
        and v.measure.startswith(f"{SPILLED}|")
        and pollutant(v.measure.split("|", 1)[1].split())
    }
    if len(named) != 1:
        return list(values)
    (one,) = named.values()
    stuff = one.measure.split("|", 1)[1]
    # (an amount spilled of no stuff named is the one stuff's too, below)
    said = {(v.unit, v.value) for v in values if v.measure in (one.measure, SPILLED) and v.kind == "quantity"}
    return [
        replace(v, measure=one.measure, label=one.label)
        if v.kind == "quantity" and (v.measure == SPILLED or _the_spills_figure(v, stuff, said))
        else v
        for v in values
    ]


# Words that call a value the figure of a thing the story measures ("Northcastle Rail put the
# figure at 40,000 litres", "insists the figure is 40,000 litres", "the rail company's figure of
# 40,000 litres", "Forty thousand litres is the correct figure").
_FIGURE_WORDS = frozenset({"figure", "figures"})


def _the_spills_figure(v: FactValue, stuff: str, said: set[tuple[str, float | str]]) -> bool:
    """Whether the quantity ``v``, of no measure, is a value of the story's one amount spilled of
    ``stuff`` (``said``: that measure's (unit, value) pairs across the story): in a unit that
    measure is given in, of no other stuff, and either calling itself the figure (its sentence's
    words, :data:`_FIGURE_WORDS`: "the figure" is the story's measure) or restating a value another
    article gives the spill ("the company kept to 40,000 litres" where another says "40,000 litres
    had leaked"). t13az N3, round s53-f2: six outlets' "put the figure at 40,000 litres" made a row
    "quantity (l)" marked agree beside the spill's disagreement."""
    if v.measure or v.unit not in {unit for unit, _value in said}:
        return False
    if v.material and stuff not in {singular_of(w) for w in v.material.lower().split()}:
        return False  # "40,000 litres of water": another stuff
    return (v.unit, v.value) in said or bool(_FIGURE_WORDS.intersection(w.lower() for w in v.own))


# Striking: people who walked out, joined a strike, downed tools or stayed away from work during a
# strike are one count, "rail workers on strike", whatever the verb ("Thirty five thousand rail
# workers walked out", "Some 35,000 rail workers joined the strike", "About 30,000 rail workers
# stayed away": three single-source rows "rail workers walked", "rail workers joined", "rail
# workers", t13af N13, round s38-y1).
STRIKE = "strike"
_STRIKE_NOUNS = frozenset("strike strikes walkout walkouts stoppage stoppages".split())
# Verbs that say a strike only in a story of one (a walk-out from a meeting is none).
_STRIKE_TALK = re.compile(r"\b(?:strik(?:e|es|ing|ers?)|walk-?outs?|industrial\s+action|stoppages?)\b", re.I)
_STRIKE_GAP = AUXILIARIES | VERB_ADVERBS | frozenset("to will would could may might".split())


def on_strike(head: str, after: Sequence[str], text: str, before: Sequence[str] = (), tail: Sequence[str] = ()) -> bool:
    """Whether a count of people (``head``, its noun: people of any kind or by their job,
    "dockworkers", "drivers") is of those on strike by the words of its clause after it
    (``after``, lower case): "went on strike", "are still on strike", "joined the strike", "joined
    the walkout"; or by the words before it (``before``): "a strike by 12,000 dockworkers" (was
    "dockworkers entered", the strike's verb, t13aj N1/N6); in an article that speaks of a strike
    (``text``), also "walked out", "walked off the job", "downed tools", "stayed away", "stayed at
    home". An "of" or "at" phrase after the noun is passed over ("12,000 members of the General
    Dockworkers Union walked off the job", "2,000 workers at the port went on strike"), read in
    ``tail``, the sentence's words after the count (lower case; ``after`` ends at its verb)."""
    if not head or not (people_kind(head) or job_word(head)):
        return False
    said = [w for w in before if w not in DETERMINERS]
    if len(said) >= 2 and said[-1] == "by" and said[-2] in _STRIKE_NOUNS:
        return True
    if len(said) >= 2 and said[-1] == "by" and said[-2] == "joined" and _STRIKE_TALK.search(text):
        return True  # "About 3,000 nurses are on strike, joined by 600 junior doctors" (t13ajr S2)
    if (said[-1:] == ["alongside"] or said[-2:] in (["along", "with"], ["together", "with"])) and any(
        w in _STRIKE_NOUNS for w in said
    ):
        return True  # "Some 2,000 dockers are on strike alongside 900 rail workers"
    # people at work who walk out or down tools strike, whether or not their article says "strike"
    # (review s44-rv finding 9: "Nearly 2,900 bus drivers walked out" was a row "bus drivers walked")
    worker = job_word(head) or head in _EMPLOYED
    if _said_striking(after, text, worker) or _said_striking(tail, text, worker):
        # (``after`` may stop short of a next figure: "Some 2,000 dockers are on strike alongside
        # 900 rail workers" kept "are on"; the words right after the count are its own verb)
        return True
    # the phrase's words up to the clause's verb (a name, "the port"), at most six
    return (
        bool(tail[:1])
        and tail[0] in ("of", "at")
        and any(_said_striking(tail[k:], text, worker) for k in range(2, min(len(tail), 11)))
    )


_OF_WHOM = frozenset("its their our the his her".split())


def strikers_of(head: str, tail: Sequence[str]) -> str:
    """The noun of a count's people: ``head`` (its own noun, lower case), else the people noun of
    an "of" phrase right after it (``tail``, the sentence's words after the count, lower case):
    "more than 14,000 of its members … remain on strike" counts members (t13ajr N1: the count
    had no noun and was in no row); "" when there is none."""
    if head or len(tail) < 3 or tail[0] != "of" or tail[1] not in _OF_WHOM:
        return head
    return tail[2] if people_kind(tail[2]) or job_word(tail[2]) else ""


# Nouns that name strikers as such, not by their trade: "12,000 workers", "15,000 members",
# "the strikers". Counts of these are compared with each other; a count that names a trade
# ("dockworkers", "rail workers", "nurses") only with counts of that trade (:func:`strikers_trade`).
_STRIKERS_AS_SUCH = PERSON_NOUNS | frozenset("workers members employees staff strikers unionists".split())
# Words before a strikers' noun that name no trade: "union members", "other workers".
# People named by their employment, not their job ("300 workers", "staff"): at work, as a job is
_EMPLOYED = frozenset("workers staff employees".split())
_NO_TRADE = frozenset("union unionised unionized other more some many local its their our".split())
# Modifiers that name one trade two ways, beside the British and American words of SAME_NOUN
# ("lorry drivers", "truck drivers"): "rail drivers" and "train drivers" are one trade (review
# s44-rv finding 3: keyed as written, two rows, their disagreement lost); "bus" and "tram" are two.
_SAME_TRADE = dict.fromkeys("rail railway railways railroad train trains".split(), "rail")
# One grade of a trade under its old and new names, by the trade's noun: England's junior doctors
# were renamed resident doctors in 2024 (s44-z1's leftover: "About 5,000 junior doctors" and "Some
# 6,000 resident doctors are on strike" were two rows); "senior doctors", "consultants" stay apart.
_SAME_GRADE = {("junior", "doctors"): "resident", ("junior", "physicians"): "resident"}


def strikers_trade(unit: str, modifiers: Sequence[str]) -> str:
    """The trade a count of strikers names, "" when it names them as such: "12,000 dockworkers"
    and "12,000 dockers" → "dockworkers" (``SAME_NOUN``), "1,200 bus drivers" → "bus drivers" (the
    word before the noun), "3,000 rail workers" → "rail workers",
    "15,000 members", "12,000 striking workers" → "". ``unit`` is the count's noun (lower case),
    ``modifiers`` the words before it. Strikers of two trades in one story are two counts, never
    one disagreeing row (a port's 12,000 dockworkers and a railway's 3,000 rail workers); those
    named as such are compared with each other, and with no trade (lead's review of round s42-z3,
    which made every striker of a story one measure for t13aj N1)."""
    noun = SAME_NOUN.get(unit, unit)
    trade = [
        _SAME_TRADE.get(w, SAME_NOUN.get(w, w))
        for w in modifiers
        if w.isalpha() and not w.endswith(("ing", "ed")) and w not in _NO_TRADE
    ]
    if noun and noun not in _STRIKERS_AS_SUCH:
        # the word before a trade's noun names which one: "bus drivers" and "tram drivers" are two
        # trades (review s43-rv 6: keyed by the noun alone they were one, a false disagreement)
        return f"{_SAME_GRADE.get((trade[-1], noun), trade[-1])} {noun}" if trade else noun
    return " ".join([*trade, noun]) if trade else ""


def strikers_by_trade(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` (a corpus's values, in order) with, in a story whose strikers are of two trades
    or more (:func:`strikers_trade`), each trade's counts of strikers made a measure of their own,
    ``"strike|rail workers"``: the port's 12,000 dockworkers and the railway's 3,000 rail workers
    are two rows that each agree, never one that disagrees (lead's review of round s42-z3). In a
    story of one trade every striker is one measure, however named: "12,000 members" of the
    dockworkers' union and "15,000 dockworkers" (t13aj N1). Counts naming strikers as such stay
    the story's ``strike`` measure. A new list; a value re-measured is a copy."""
    trades = [strikers_trade(v.unit, v.modifiers) if v.measure == STRIKE else "" for v in figures]
    # a trade's bare noun is the one trade of that noun the story names: "1,300 drivers" of a story
    # of bus drivers alone (with tram drivers too, which drivers it counts is unknown: apart)
    of_noun: dict[str, set[str]] = {}
    for t in set(trades):
        if " " in t:
            of_noun.setdefault(t.rsplit(" ", 1)[1], set()).add(t)
    trades = [next(iter(of_noun[t])) if len(of_noun.get(t, ())) == 1 else t for t in trades]
    if len(set(trades) - {""}) < 2:
        return list(figures)
    return [replace(v, measure=f"{STRIKE}|{t}") if t else v for v, t in zip(figures, trades, strict=True)]


def _said_striking(after: Sequence[str], text: str, worker: bool = False) -> bool:
    """Whether the clause ``after`` opens (auxiliaries and adverbs passed over) with words saying
    its subject is on strike (see :func:`on_strike`); a ``worker`` (people named by their work)
    who walks out or downs tools strikes in an article of any words, others only where ``text``
    speaks of a strike ("stayed at home", "walked out" of fans or pupils)."""
    i = 0
    while i < len(after) and after[i] in _STRIKE_GAP:
        i += 1
    rest = after[i : i + 4]
    if rest[:1] and (rest[0] in _STAYING or rest[0] in ("went", "go", "goes", "going", "gone", "were", "are", "is")):
        if rest[1:3] == ["on", "strike"]:
            return True
    if rest[:2] == ["on", "strike"]:
        return True
    if rest[:1] and rest[0] in ("joined", "join", "joining", "joins") and len(rest) > 2 and rest[2] in _STRIKE_NOUNS:
        return True  # "joined the strike", "joined the walkout"
    # ("remain" may be read as an auxiliary and passed over: "remain off the job" is its own)
    stayed = after[i - 1 : i + 3] if i > 0 and after[i - 1] in _STAYING else rest
    if worker and _walking_out(rest):
        return True
    if i > 0 and rest[:1] == ["out"] and rest[1:2] != ["of"] and _STRIKE_TALK.search(text):
        # "about 1,100 rail drivers are also out" in a strike's story: on strike (review s44-rv
        # finding 3's corpus: a row "rail drivers" of its own); "out of work" is not
        return True
    return bool(_STRIKE_TALK.search(text)) and (_striking(rest) or _striking(stayed))


def _walking_out(rest: Sequence[str]) -> bool:
    """Whether the words ``rest`` open with leaving work: "walked out" (not "out of" a place or a
    meeting), "walked off the job", "downed tools"."""
    return (
        len(rest) > 1
        and (
            (rest[0] in _WALKING and rest[1] == "out" and rest[2:3] != ["of"])
            or (rest[0] in ("downed", "down") and rest[1] == "tools")
        )
    ) or (len(rest) > 2 and rest[0] in _WALKING and rest[1] == "off" and rest[-1].startswith("job"))


# Verbs of staying, which keep their subject on strike: "remain on strike", "remain off the job",
# "stayed off the wards", "stayed out" (t13ajr N1: the union's "more than 14,000 … remain on strike"
# and a wire's "More than 2,100 pilots remain off the job" were in no row).
_STAYING = frozenset("stay stays stayed staying remain remains remained remaining".split())
_WALKING = frozenset("walk walks walked walking".split())


def _striking(rest: Sequence[str]) -> bool:
    """Whether the words ``rest`` open with a verb of leaving work in a strike ("walked out",
    "walked off the job", "downed tools", "stayed away") or of staying away ("remain off the job",
    "stayed off the wards", "stayed out")."""
    return (
        list(rest[:3]) == ["stayed", "at", "home"]
        or (
            len(rest) > 2
            and rest[0] in _STAYING
            and rest[1] == "off"
            and (rest[2] in ("work", "duty") or (rest[2] in ("the", "their", "its") and len(rest) > 3))
        )
        or (len(rest) > 1 and rest[0] in _STAYING | _WALKING and rest[1] == "out" and rest[2:3] != ["of"])
        or (
            len(rest) > 2
            and rest[0] in ("walked", "walk", "walking")
            and rest[1] == "off"
            and rest[-1].startswith("job")
        )
        or list(rest[:2])
        in (
            ["walked", "out"],
            ["walk", "out"],
            ["walking", "out"],
            ["downed", "tools"],
            ["down", "tools"],
            ["stayed", "away"],
            ["stayed", "home"],
        )
    )


# A ship's or a lorry's load: "was carrying 85,000 tonnes of crude", "had been carrying 60,000 tonnes",
# "laden with 3,000 tonnes of grain" is its cargo, one measure, never the amount spilled from it (t13af
# N2) and named by itself whatever other rows of its unit the corpus holds (a diary's tonnes of debris
# relabelled it "mass (t): crude oil", round s38-y1).
CARGO = "cargo"
_CARRYING = frozenset("carrying carried carries carry laden loaded hauling hauled transporting transported".split())
_CARRYING_GAP = frozenset("with some about around nearly almost roughly approximately over more than up to".split())


# Hauling out of somewhere is pulling out, no load: "Fishermen hauled some 3.2 tonnes of dead fish
# from the Vessna" (t13am N5: a row "cargo" of dead fish)
_HAULING = frozenset("hauling hauled".split())
_OUT_OF = frozenset("from out".split())


def carried(before: Sequence[str], after: Sequence[str] = ()) -> bool:
    """Whether a mass or a volume is what a craft carries: a verb of carrying right before it
    (``before``: its clause's words, lower case), past a hedge or "with" ("laden with"); hauling
    with "from" or "out" among the first words after it (``after``) is pulling out, no load."""
    k = len(before)
    while k > 0 and before[k - 1] in _CARRYING_GAP:
        k -= 1
    if k > 0 and before[k - 1] in _HAULING and _OUT_OF.intersection(after[:6]):
        return False
    return k > 0 and before[k - 1] in _CARRYING
