"""What a figure counts or measures: its *measure* (grouping key) and *label*, read from the
words of its own clause (casualty verbs and nouns, counted nouns, dimensions, money roles, costs).
See the package docstring for the rules."""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.analysis.entities.lexicons import ROLE_NOUNS, job_word
from waic_reader.index.analysis.facts.budgets import BUDGET, budget_level
from waic_reader.index.analysis.facts.earlier import (
    changed_to,
    replaced_by_change,
)
from waic_reader.index.analysis.facts.lengths import extent_of, length_role, thing_words
from waic_reader.index.analysis.facts.model import (
    FactValue,
)
from waic_reader.index.analysis.facts.places import (
    GROUP_WORD,
    NAMED_PLACE,
    PLACE_AFTER,
    RAIN,
    among_group,
    listed_place,
    partitive,
    rain_place,
    time_word,
)
from waic_reader.index.analysis.facts.roles import (
    ABOARD_WORDS,
    CAREER,
    CARGO,
    CUT_NOUNS,
    HOSPITAL,
    IN_HOSPITAL,
    JOB_CUT_PAIRS,
    JOB_NOUNS,
    POWER_HOMES,
    POWER_OUT,
    SPILL_DIMENSIONS,
    STILL_IN_HOSPITAL,
    STRIKE,
    career_of,
    carried,
    cost_thing,
    done_to,
    elapsed,
    elided_sentence,
    is_aboard,
    jobs_cut,
    lasting,
    left_home,
    list_tail,
    list_verb,
    on_strike,
    prison_term,
    spill_measure,
    spilled_stuff,
    staff_count,
    stop_verb,
    taking,
    to_hospital,
    without_power,
    workforce_cut,
)
from waic_reader.index.analysis.facts.temperatures import FORECAST, temperature_measure
from waic_reader.index.analysis.facts.things import event_noun_kind
from waic_reader.index.analysis.facts.votes import POLL_SHARE, VOTE_MEASURES
from waic_reader.index.analysis.facts.words import (
    ASKED_FOR,
    AUXILIARIES,
    CASUALTY,
    FINITE_VERBS,
    GIVING_BEFORE,
    MONEY_ROLES,
    OFFERING,
    PER_RECIPIENT,
    PERSON_NOUNS,
    REPORTING_VERBS,
    SAME_NOUN,
    TOLL_MEASURES,
    VERB_ADVERBS,
    WHOLE_NOUNS,
    WORD,
    bare_verb,
    bare_word,
    bodies_recovered,
    clause_after,
    clause_before,
    clause_verb,
    comma_parts,
    crew_kind,
    ends_noun_phrase,
    is_participle,
    nearest_cue,
    own_clause_start,
    own_verb,
    people_kind,
    refused,
    sentence_words,
    singular_of,
    spelled_one_way,
    toll_people,
    whole_noun,
)
from waic_reader.index.analysis.figures import (
    QUALIFIERS,
    SI_UNITS,
    TEMPERATURE_UNITS,
    TIME_UNITS,
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    CHANGE_VERBS,
    COUNTED_ADJECTIVES,
    DETERMINERS,
    INCREMENT_WORDS,
    IRREGULAR_PAST,
    STOP_WORDS,
    SUBORDINATORS,
    TALLY_VERBS,
)
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.tokens import fold

# The forms of "claim" that report as well as demand, and the words that open a clause after the
# sum, making it the claim's subject ("claimed $3 million had been stolen", "was lost").
_CLAIM_VERBS = frozenset("claim claims claimed claiming".split())
_CLAUSE_AFTER_CLAIMED = AUXILIARIES | frozenset("would will could may might should must went".split())
# The words of an "of" phrase after a sum that says of what whole it is a part ("€300,000 of it
# went", "£40,000 of the fund was used"): at most this many, then the clause's verb.
_PART_OF_WORDS = 3
# Verbs after a sum that say it was spent, with the word after them that says on what ("went to
# repairs", "used for repairs"), or "spent" itself ("had been spent").
_SPENT_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("went", "gone", "go", "goes"), frozenset("to on towards into".split())),
    **dict.fromkeys(("used",), frozenset("for to on".split())),
}
# A sum "spent" ("spent €350,000 on repairs", "has spent about $1.5 million"): the verb straight
# before it, a qualifier at most between (review s36-rv finding 11, round s36-c3).
_SPENT_BEFORE = re.compile(rf"\bspent\s+(?:(?:{QUALIFIERS})\s+)?$", re.I)
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
# The nouns a length names an area around a place by ("within a 3 km radius", "a three kilometre
# zone around the site", "a 5 km exclusion zone"): a radius, one measure whatever the word (t13w
# F5, round s33-j: a "length (km)" row beside the "length (km)" of a distance).
_RADIUS = frozenset("radius zone cordon perimeter".split())
# The words right after a length that say how far away something is with no place named ("heard up
# to 15 km away", "seen 30 miles offshore"): a distance, labelled so ("drifted 12 km from its mooring"
# is the way the rig went: no measure).
_AWAY = frozenset("away off offshore".split())
# The measure and label of a distance "away" from no named place ("heard up to 15 km away"): listed,
# never compared (:func:`placeless`).
PLACELESS_DISTANCE = ("distance", "distance")


def placeless(v: FactValue) -> bool:
    """Whether ``v`` is a distance from no named place at either end ("heard up to 15 km away", "30
    miles offshore": :data:`PLACELESS_DISTANCE`): a row of such values lists them, never compared
    (grouping._fact, display._chains, the timeline; t13ac, round s37-f)."""
    return v.kind == "quantity" and v.measure == PLACELESS_DISTANCE[0]


# The measure and label of a share of a whole its clause does not name, a pronoun standing for it
# ("half of them were children", "a third of those", "50% of them", "two-thirds of those who fled"):
# two such shares are of wholes each article named before, most often different ones (review s37-rv
# finding 3, round s37-y2: "half of them" of 300 people evacuated and "a third of them" of 2,000
# homes were one bare "percentage" row that disagreed): listed, never compared (:func:`listed_only`).
UNNAMED_SHARE = ("share|unnamed", "share of a whole named before")


def listed_only(v: FactValue) -> bool:
    """Whether a row holding ``v`` lists its values and compares none: a distance from no named
    place (:func:`placeless`), a share of a whole its clause does not name (:data:`UNNAMED_SHARE`),
    a vote figure of no one (:func:`ownerless_vote`) or a poll's standing (:data:`~.votes.POLL_SHARE`).
    Read by grouping._fact, display._chains and the timeline."""
    return (
        placeless(v)
        or (v.kind == "percent" and v.measure == UNNAMED_SHARE[0])
        or ownerless_vote(v)
        or v.measure == POLL_SHARE[0]
    )


def ownerless_vote(v: FactValue) -> bool:
    """Whether ``v`` is a share or count of the vote whose clause names no candidate or party
    (:data:`~.votes.VOTE_MEASURES`, no ``owner``): "The ruling party won 40%" and "The main
    opposition alliance won 35%" are two parties' shares, so a row holding one is listed, never
    compared (review s39-rv finding 1: a DISAGREE of two parties)."""
    return v.measure in VOTE_MEASURES and not v.owner


# The place a distance "away" is of, in apposition before it: "Patients were taken to Harrow Vale
# Hospital, 25 miles away" (never a sentence's first words: "However, 25 miles away …").
_NAME_COMMA_BEFORE = re.compile(rf"(?:^|\s){NAMED_PLACE},\s*$")
# The words of the event's own site, one end of every distance to it whatever the outlet calls it:
# "40 km north of the crater", "25 miles from the volcano", "8 km from the summit" are one place's
# distance from the site (t13ac M23, round s36-x2: two towns' distances were one row "distance to
# the crater", one town's three rows).
EVENT_SITES = frozenset("""crater craters volcano summit vent vents caldera epicentre epicenter""".split())
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())
# A place that is the subject of a distance from another, opening its clause: "Harrow Vale Hospital
# is 30 miles from Velmont", "Kellby lies some 12 km from Lindmark".
_NAME_IS_BEFORE = re.compile(
    rf"(?:^|[-–—:;]\s+|,\s+(?:and|but|while)\s+)(?:The\s+)?{NAMED_PLACE}\s+(?:is|lies|sits|stands|was)\s+$"
)


# A preposition of where, right before a place in apposition to a distance: the event's place.
_WHERE_BEFORE = re.compile(r"\b(?:in|near|at|off|outside)\s+(?:the\s+)?$")


def _named_distance(text: str, fig: Figure, sent: tuple[int, int], after: Sequence[str]) -> str | None:
    """The named place a distance is the distance of, as written, when its words say so: a place
    in apposition before a distance "away" (:data:`_NAME_COMMA_BEFORE`), or a place opening the
    clause, "is" (or "lies") the distance "from" another or "away" (:data:`_NAME_IS_BEFORE`); None when
    neither, or when the name's first word is a function word or a time ("It is 30 miles from
    Velmont", "on Monday, 25 miles away": :func:`~.places.time_word`)."""
    m = None
    before = text[sent[0] : fig.start]  # (its own string: "^" is the sentence's start)
    if after[:1] and after[0] in _AWAY:
        m = _NAME_COMMA_BEFORE.search(before) or _NAME_IS_BEFORE.search(before.lstrip())  # "Velmont is 32 miles away"
    elif after[:1] == ["from"] or (after[:1] and after[0] in _DIRECTIONS and after[1:2] == ["of"]):
        # "Varnhelm lies 8 km from the summit"; "Tennvik, 40 km north of the crater, was …"
        m = _NAME_IS_BEFORE.search(before.lstrip()) or _NAME_COMMA_BEFORE.search(before)
        if m is not None and _WHERE_BEFORE.search(before, 0, m.start("name")):
            # "came ashore near Fangliao in Pingtung County, about 40 km south of Kaohsiung": a
            # place where the story happened, the distance the event's own (t13ai N5: a row
            # "distance from Pingtung County to Kaohsiung" apart from "distance to Kaohsiung")
            m = None
    if m is None or time_word(m.group("name").split()[0]):
        return None
    return m.group("name")


def _story_place(text: str, end: int) -> str:
    """The place of the article's first dateline before ``end`` ("LINDMARK, July 14, 2026 (Nordline)
    -"), folded as search folds it ("lindmark"): the place a distance "away" is measured from, so
    "Kellby Sports Hall lies 15 km from Lindmark" and "Kellby Sports Hall, 12 km away" under it
    are one distance; "" when the article has none before ``end``."""
    first = next(dateline.matches(text, 0, end), None)
    return fold(text[first.place[0] : first.place[1]]) if first is not None else ""


def away_origin(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """Where a named place's distance "away" (``fig`` in the sentence ``sent``: "Kellby General
    Hospital, 12 miles away", "Velmont is 32 miles away") is measured from: the place of the
    article's dateline, as "from <Place>" ("from Lindmark"), its owner (``FactValue.owner``), so
    two datelines' distances to one hospital are two rows, never one in disagreement (review s36-rv2
    finding 7, round s36-y2: 12 miles from Lindmark and 40 miles from Velmont); "" for any other
    distance, or in an article with no dateline before it."""
    after = clause_after(text, fig.end, sent[1])
    if not after or after[0] not in _AWAY or _named_distance(text, fig, sent, after) is None:
        return ""
    first = next(dateline.matches(text, 0, fig.start), None)
    if first is None:
        return ""
    place = text[first.place[0] : first.place[1]]
    return "from " + " ".join(w.capitalize() if w.isupper() else w for w in place.split())


def moving_thing(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The thing a speed it went at (:data:`SPEED_MOVING`, ``fig`` in the sentence ``sent``) is
    of, by its clause's subject: the last content word before the clause's first verb ("The lorry
    was travelling at 50 mph" → "lorry", "investigators said the train was doing 70 mph" →
    "train"), singular, lower case; "" when the clause opens with its verb or names no thing
    ("It was travelling", "which was going"). Its owner (``FactValue.owner``): two vehicles' speeds
    are two rows, never one in disagreement (review s36-rv2, round s36-y2)."""
    words = clause_before(text, fig.start, sent[0], strict=True)
    # the clause after its last subordinator or reporting verb ("died when a packed express flew",
    # "Police said the lorry was doing")
    cut = max((k + 1 for k, w in enumerate(words) if w in SUBORDINATORS or w in REPORTING_VERBS), default=0)
    words = words[cut:]
    verb = next(
        (
            k
            for k, w in enumerate(words)
            if w in AUXILIARIES or w in _GOING_VERBS or w in IRREGULAR_PAST or is_participle(w)
        ),
        len(words),
    )
    if verb == len(words):
        return ""
    # (a possessive's owner is the thing: "The ferry's speed was 12 km/h")
    subject = [
        bare
        for w in words[:verb]
        if (bare := re.sub(r"['’]s$", "", w)).isalpha()
        and bare not in STOP_WORDS
        and bare not in _SPEED_NOUNS
        and not time_word(bare)
        and not is_participle(bare)
    ]
    return singular_of(subject[-1]) if subject else ""


def _place_after(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str] | None:
    """The place written after a distance ("north of Pontegrís", "2 km from the main shaft"), as its
    key's words (folded as search folds them: "Pontegrís" and "Pontegris" are one, t13y G4) and as
    a label's words ("Pontegrís", "the main shaft"); None when none, or a function word ("from its
    base")."""
    place = PLACE_AFTER.match(text, fig.end, sent[1])
    if not place or place.group("place").lower() in STOP_WORDS:
        return None
    what = place.group("place")
    if what.islower():
        # a thing a common noun phrase names is the whole phrase, never its first word: "2 km from
        # the main shaft" is *distance to the main shaft* (was *distance to main*: t13y G18, round s35-a)
        what = " ".join(thing_words(text, place.start("place"), sent[1], adjective=True)) or what
        return fold(what), f"the {what}"
    return fold(what), what


# A count of the steps of a way between places ("who lives two streets from the plant", "three blocks
# away", "four doors down"): how far, no count of things a clause's verb befell ("streets killed",
# read from "lives", t13w F5, round s33-j).
_WAY_STEPS = frozenset("street streets block blocks door doors".split())
_WAY_AFTER = frozenset("from away down up along".split())
# What people were treated for that says they were hurt ("treated for injuries", "treated for minor
# injuries", "for their wounds", "for burns"): the injured, one fact with *people injured* (t13w F5:
# "people treated" was a row apart).
# "treated for smoke inhalation" too (t13ad N14, round s37-x1: a row "passengers treated").
_HURT = frozenset("injuries injury wounds wound burns fractures cuts inhalation".split())
# Verbs saying people suffered or were given something, which say they were hurt when what they
# suffered or were given is an injury (:data:`_HURT`) or treatment: "Eleven passengers received
# treatment for minor injuries", "Fourteen people suffered minor injuries", "needed hospital
# treatment", "sustained serious injuries", "required medical treatment" (t13ad N14, round s37-x1:
# rows "passengers received", "people suffered", "people" beside *people injured*).
_SUFFERING = frozenset(
    """suffered suffering suffer suffers sustained sustaining sustain sustains received receiving receive
    receives needed needing need needs required requiring require requires underwent undergoing""".split()
)
_TREATMENT = frozenset("treatment treatments".split())
_OBJECT_WORDS = 3  # "received emergency medical treatment": the object's words at most
# The injury or treatment must head the object, as a noun of its own (review s37-rv finding 2, round
# s37-y2: "About 200 workers suffered cuts to their pay" was *people injured*, disagreeing with the
# story's twelve): it ends its noun phrase (words.ends_noun_phrase: "suffered cuts and bruises",
# "burns to the face", "treatment in hospital"; "needed water treatment plants" is no treatment).
# The parts of the body an injury is "to" ("cuts to the face", "burns to 40% of his body", "injuries to
# both legs"); "to" anything else says the word names no injury ("cuts to their pay", "to services").
BODY_PARTS = frozenset(
    """head heads face faces neck necks throat arm arms hand hands finger fingers wrist wrists elbow
    elbows shoulder shoulders leg legs knee knees ankle ankles foot feet toe toes hip hips back chest
    stomach abdomen eye eyes ear ears nose mouth jaw skull scalp spine ribs lungs skin body bodies
    torso limbs""".split()
)
# Words before a body part after "to" that name none ("to both legs", "to the upper body").
_BEFORE_PART = DETERMINERS | frozenset("both each either all of per cent percent upper lower left right".split())
# Nouns of :data:`_HURT` and :data:`_TREATMENT` with a second, common sense ("pay cuts", "budget cuts",
# "cuts in funding", "tax treatment"): an injury or care only when the words before them in the
# object say how bad it was, where, or who gave it (:data:`_INJURY_MODIFIERS`); and cuts are no
# injury before "in" and a bare noun, a reduction of it ("cuts in pay", "in funding"; "treatment in
# hospital" is care, "cuts in the blast" injuries).
_TWO_SENSES = frozenset("cuts treatment treatments".split())
_REDUCTIONS = frozenset({"cuts"})
_INJURY_MODIFIERS = (
    DETERMINERS
    | BODY_PARTS
    | frozenset(
        """minor serious severe critical deep superficial slight light multiple several bad nasty small
        painful life-threatening non-life-threatening internal facial spinal further urgent immediate
        emergency medical hospital specialist intensive outpatient first-aid first aid initial prompt
        ongoing""".split()
    )
)


def _injury_object(words: Sequence[str]) -> bool:
    """Whether ``words`` (lower case, the object of a verb of suffering or of "treated for") open
    with an injury or treatment that heads its noun phrase: a noun of :data:`_HURT` or
    :data:`_TREATMENT` among the first :data:`_OBJECT_WORDS`, ending its noun phrase
    (:func:`~.words.ends_noun_phrase`), by "to" only before a body part (:data:`BODY_PARTS`), and, for a noun of
    two senses (:data:`_TWO_SENSES`), after nothing but :data:`_INJURY_MODIFIERS` (and cuts before
    no "in" + bare noun, :data:`_REDUCTIONS`). "suffered cuts and bruises", "burns to their hands", "hospital treatment": yes;
    "pay cuts", "cuts to their pay", "cuts in pay", "water treatment plants": no."""
    at = next((i for i, w in enumerate(words[:_OBJECT_WORDS]) if w in _HURT or w in _TREATMENT), None)
    if at is None:
        return False
    noun, after = words[at], list(words[at + 1 :])
    if not ends_noun_phrase(after):
        return False  # "needed water treatment plants": the noun qualifies another
    if noun in _TWO_SENSES and any(w not in _INJURY_MODIFIERS for w in words[:at]):
        return False  # "suffered pay cuts", "budget cuts", "preferential treatment"
    if after[:1] == ["to"] or (noun in _REDUCTIONS and after[:1] == ["in"]):
        what = next((w for w in after[1:] if w not in _BEFORE_PART and not w.isdigit()), None)
        if what is not None and what not in BODY_PARTS and not (after[0] == "in" and after[1] in DETERMINERS):
            return False  # "cuts to their pay", "deep cuts to services", "cuts in pay"
    return True


def _hurt_or_treated(after: Sequence[str], whole: Sequence[str] = ()) -> bool:
    """Whether the clause after a count (its lower-case words ``after``; ``whole``: the same clause
    not cut short at the sentence's next figure, when it goes on past it) says its people were hurt
    in other words than a casualty verb: treated for an injury ("were treated for burns", "for smoke
    inhalation": :data:`_HURT`), or a verb of suffering or receiving (:data:`_SUFFERING`) whose object
    is an injury or treatment ("suffered minor injuries", "received treatment for minor injuries",
    "needed hospital treatment"), the object headed by it (:func:`_injury_object`: "suffered cuts to
    their pay" is no injury); auxiliaries and adverbs before the verb passed over."""
    verb = bare_verb(after)
    if not verb:
        return False
    # the object's words up to the clause's end: "received cuts to their pensions last year" was cut
    # at "to", nearer to "last year" than to the count
    words = whole if len(whole) > len(after) and list(whole[: len(after)]) == list(after) else after
    rest = list(words[after.index(verb[0]) + 1 :])
    if verb[0] == "treated":
        at = rest.index("for") + 1 if "for" in rest else len(rest)  # "treated at the scene for burns"
        return bool(set(rest[at : at + _OBJECT_WORDS]) & _HURT) and _injury_object(rest[at:])
    return verb[0] in _SUFFERING and _injury_object(rest)


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
# A moving thing's speed and a way's limit (t13ab L2, round s36-q: a stretch's "limited to 60 mph"
# and a train's "travelling at 70 mph" were one row "speed (mph)", grouped by context alone, while
# the train's 130 km/h and 70 mph were never compared). A limit by its words ("limited to",
# "the speed limit is", "The line speed there is", "a 50 mph limit"); a thing's speed by its verb
# of going ("was travelling at", "was doing 70 mph") or the word "speed" ("at a speed of", "Speed
# at derailment"). A storm "moving west at 20 km/h" keeps no measure (its track, as before), and a
# top or design speed is what a thing can do, no speed it went at.
SPEED_LIMIT = ("speed|limit", "speed limit")
SPEED_MOVING = ("speed", "speed")
_LIMIT_WORDS = frozenset(
    """limit limits limited restricted restriction restrictions permitted allowed posted""".split()
)
_LIMIT_AFTER = frozenset("limit limits zone restriction restrictions".split())  # "a 50 mph limit"
_LIMITED_SPEEDS = frozenset("line reduced restricted permitted posted".split())  # "line speed"
_CAPABLE_SPEEDS = frozenset("top maximum max design cruising".split())  # "a top speed of 200 km/h"
_GOING_VERBS = frozenset(
    """travelling traveling travelled traveled going doing speeding hurtling driving running racing
    careering careening""".split()
)
_SPEED_NOUNS = frozenset("speed speeds".split())
# A speed right after "at" is what a thing went at ("flew off the rails at 70mph", "derailed at 130
# km/h", "hit the barrier at 110 km/h"), unless a weather system's track is said: "moving west at
# 20 km/h", "heading north at 15 mph" (its track, no measure, as before).
_AT_GAP = frozenset("about around nearly almost roughly some over more than up to just".split())
_TRACK_VERBS = frozenset("moving moved moves heading headed crawling crawled drifting drifted tracking tracked".split())
# Verbs of a thing going its way (with :data:`_GOING_VERBS` and :data:`_TRACK_VERBS`): a length
# right after one is the way the thing went ("the mud travelled about 9 miles down the valley
# towards Castelmarro", "Lava flowed 5 km", "The slick has drifted 20 miles"), never the distance
# between two places its sentence names, whatever its value (t13ae P20, round s38-x1: it was a
# confirming source of "distance from Brenzola to Castelmarro" when its value matched).
_WAY_VERBS = (
    _GOING_VERBS
    | _TRACK_VERBS
    | frozenset(
        """flowed flowing flows slid sliding slides swept sweeping sweeps spread spreading spreads surged
        surging poured pouring rolled rolling raced fled swam sailed flew drove walked""".split()
    )
)
# What a way gone is marked by in ``FactValue.verb`` (a length without a measure): two lengths of
# different verbs are never one value (grouping._link, grouping._stem_link).
WENT = "went"
# Words between a verb of going and its length: "travelled for 9 miles", "flowed a further 2 km".
_WAY_GAP = frozenset("for a an another further some over".split())


def way_gone(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether the length ``fig`` (in the sentence ``sent``) is the way its clause's subject went:
    a verb of :data:`_WAY_VERBS` right before it in its clause, words of :data:`_WAY_GAP` between
    ("the mud travelled about 9 miles", "flowed for 5 km", "has drifted some 20 miles")."""
    words = clause_before(text, fig.start, sent[0], strict=True)
    while words and words[-1] in _WAY_GAP:
        words.pop()
    return bool(words) and words[-1] in _WAY_VERBS


# The weather systems whose way a track verb says ("the storm moving west at 20 km/h"): a track
# verb of anything else ("Lava moving at about 10 km/h") is what that thing went at, one row with
# "Lava flowed at 6 mph" (t13ac M6, round s36-x2: was "speed (km/h)" apart from "speed").
_WEATHER_SYSTEMS = frozenset(
    """storm storms hurricane hurricanes typhoon typhoons cyclone cyclones system depression front
    tornado tornadoes tornados low eye""".split()
)


def _mover_named(words: Sequence[str]) -> bool:
    """Whether the words before a track verb (:data:`_TRACK_VERBS`) name a mover of their own that
    is no weather system ("lava moving at": the lava; "the storm moving west at", "was moving at",
    "it is moving at": no)."""
    first = next((k for k, w in enumerate(words) if w in _TRACK_VERBS), 0)
    nouns = [w for w in words[:first] if w.isalpha() and w not in STOP_WORDS]
    return bool(nouns) and not _WEATHER_SYSTEMS & set(nouns)


def moving_speed(before: Sequence[str], after: Sequence[str]) -> tuple[str, str]:
    """(measure key, label) of a speed whose words name no wind: :data:`SPEED_LIMIT` for a way's
    limit (a :data:`_LIMIT_WORDS` word nearest before it, "line speed", or "limit" right after
    it), :data:`SPEED_MOVING` for what a thing went at (a :data:`_GOING_VERBS` verb or "speed"
    nearest before it, or "at" right before it: "flew off the rails at 70mph"); ("", "") when
    neither, for a top speed (:data:`_CAPABLE_SPEEDS`) or a weather system's track
    (:data:`_TRACK_VERBS`).
    ``before``: the clause's lower-case words before the figure (to a comma), ``after`` after it."""
    # the words right after it: "a 50 mph limit"; a fact box's row read as prose, its label after
    # the value ("| Line speed | 97 km/h |" is "97 km/h line speed", "Speed at derailment: 130 km/h"
    # "130 km/h speed at derailment": extract._fact_box)
    head = [*after[:2], "", ""]
    if head[0] in _LIMIT_AFTER or (head[0] in _SPEED_NOUNS and head[1] in _LIMIT_AFTER):
        return SPEED_LIMIT
    if head[1] in _SPEED_NOUNS and head[0] in _LIMITED_SPEEDS | _CAPABLE_SPEEDS:
        return SPEED_LIMIT if head[0] in _LIMITED_SPEEDS else ("", "")
    if head[0] in _SPEED_NOUNS:
        return SPEED_MOVING
    # only the words since the clause's last number: "travelling at 68 mph on a road with a 50 mph
    # limit" is read by its "limit", never by the other figure's "travelling"
    last = max((k + 1 for k, w in enumerate(before) if any(c.isdigit() for c in w)), default=0)
    words = list(before[last:])
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in _LIMIT_WORDS:
            return SPEED_LIMIT
        if w in _SPEED_NOUNS:
            prev = words[k - 1] if k else ""
            if prev in _LIMITED_SPEEDS:
                return SPEED_LIMIT
            return ("", "") if prev in _CAPABLE_SPEEDS else SPEED_MOVING
        if w in _GOING_VERBS:
            return SPEED_MOVING
    k = len(words)
    while k and words[k - 1] in _AT_GAP:
        k -= 1
    if k and words[k - 1] == "at" and (not _TRACK_VERBS & set(words) or _mover_named(words)):
        return SPEED_MOVING
    return "", ""


# People a speaker has lost, right after their count's noun ("the 17 colleagues we have lost").
_LOST_AFTER = re.compile(
    r"\s+(?:(?:that|who|whom)\s+)?(?:we|they|it|he|she|you)\s+(?:have\s+|has\s+|had\s+|['’]ve\s+)?lost\b"
    r"(?!\s+(?:contact|touch|track|sight)\b)",
    re.I,
)
# Events other than the story's own whose crowd a count of people may be ("a rally of 5,000").
_CROWD_EVENTS = {
    **dict.fromkeys(("rally", "rallies"), "rally"),
    **dict.fromkeys(("protest", "protests", "demonstration", "demonstrations", "sit-in"), "protest"),
    **dict.fromkeys(("march", "marches"), "march"),
    **dict.fromkeys(("vigil", "vigils"), "vigil"),
}
# (a strike's people are its strikers, "a strike by 12,000 dockworkers": roles.on_strike; read as
# a crowd "at the strike", they were a row apart from the story's other strikers, t13aj N1)
_CROWD_QUALIFIERS = frozenset(
    "about around some nearly roughly almost over more than up to an estimated least at".split()
)


def _crowd_event(before: Sequence[str]) -> str:
    """The event whose crowd a count is, when its clause ends "<event> of|by [qualifier]" before it
    ("a rally of about 5,000 workers" → "rally"), else ""."""
    words = list(before)
    while words and words[-1] in _CROWD_QUALIFIERS:
        words.pop()
    if len(words) >= 2 and words[-1] in ("of", "by") and words[-2] in _CROWD_EVENTS:
        return _CROWD_EVENTS[words[-2]]
    return ""


# (wholes larger than one employer, the subject of an employing verb, "the garment industry, worth
# $47 billion a year, employs about four million people": words.whole_noun)
_EMPLOY_VERB = re.compile(r"\b(?:employs|employed|employ|employing)\b", re.I)
_ASIDE = re.compile(r",[^,]*,")


def employing_whole(text: str, start: int, pos: int) -> str:
    """The whole an employing verb's subject names, when it is larger than one employer (an
    industry, a sector, a country: :func:`~.words.whole_noun`), lower case as written, read between ``start`` (the sentence's start)
    and the figure at ``pos``, its asides between commas passed over; "" otherwise ("The factory
    employs 3,200 workers")."""
    verbs = list(_EMPLOY_VERB.finditer(text, start, pos))
    if not verbs:
        return ""
    subject = _ASIDE.sub(" ", text[start : verbs[-1].start()])
    words = WORD.findall(subject)
    return words[-1].lower() if words and whole_noun(words[-1]) else ""


# The nouns of a place's workforce (a count of them that nothing befell is its staff).
_WORKFORCE_HEADS = frozenset("workers employees staff staffers".split())
# An industry's size, by money before its noun or "worth" after it (:func:`valued_whole`).
VALUE_OF = "value|"
# The nouns of a whole trade, keyed as :func:`~.words.whole_noun` keys them ("sector" and "industry"
# are one): "the region's €3.4 billion wine trade" and "the wine trade is worth €3.4 billion
# annually" (t13ag-r N6); an economy or a country is no trade.
_WHOLES_VALUED = {w: whole_noun(w) for w in WHOLE_NOUNS if whole_noun(w) in ("industry", "trade")}
# (a phrase after the noun, "industry in a decade", "industry in Bali", is no other whole: only "of"
# names one, "the sector of the economy")
_WHOLE_AFTER = re.compile(rf"\s+(?P<mod>[a-z-]+\s+)?(?P<whole>{'|'.join(sorted(_WHOLES_VALUED))})\b(?!\s+of\b)")
# The verbs between a whole and "worth": "is worth", "was now worth", "has been worth".
_WORTH_COPULAS = frozenset("is was are were be been has have had remains remained now still already".split())
_WORTH_BEFORE = re.compile(r"\bworth\s+(?:(?:about|around|some|nearly|roughly|an\s+estimated|more\s+than)\s+)?$", re.I)


def valued_whole(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The industry whose size an amount is, with the word that names it ("sector" and "industry"
    are one: "$47 billion garment sector" and "the garment industry, worth $47 billion a year" are
    "garment industry"; "textile industry" another), else ""."""
    after = _WHOLE_AFTER.match(text, fig.end, sent[1])
    if after is not None:
        mod = (after.group("mod") or "").strip()
        whole = _WHOLES_VALUED[after.group("whole")]
        return f"{mod} {whole}" if mod and mod not in STOP_WORDS else whole
    worth = _WORTH_BEFORE.search(text, sent[0], fig.start)
    if worth is None:
        return ""
    subject = _ASIDE.sub(" ", text[sent[0] : worth.start()]).rstrip(" ,")
    words = [w.lower() for w in WORD.findall(subject)]
    while words and words[-1] in _WORTH_COPULAS:
        words.pop()  # "the tourism industry is worth $12 billion a year" (t13ag-r N6: a row apart)
    if not words or words[-1] not in _WHOLES_VALUED:
        return ""
    whole = _WHOLES_VALUED[words[-1]]
    mod = words[-2] if len(words) > 1 and words[-2] not in STOP_WORDS and not words[-2].endswith(("'s", "’s")) else ""
    return f"{mod} {whole}" if mod else whole


_CLAUSE_OPENERS = frozenset("where while and but as whose".split())


def _opens_clause(before: Sequence[str]) -> bool:
    """Whether a count opens its clause: nothing but a qualifier or a determiner before it, after a
    word that opens a clause ("where more than 3,200 workers …")."""
    words = [w for w in before if w not in _CROWD_QUALIFIERS and w not in DETERMINERS]
    return not words or words[-1] in _CLAUSE_OPENERS


_POSSESSING = frozenset("has have had".split())
_COORDINATORS = frozenset("and or but".split())


def own_coordinate(before: Sequence[str]) -> list[str]:
    """The words of a count's own coordinate clause among ``before`` (lower case, the clause before
    it): those after the last coordinator when a verb of its own opens them, past auxiliaries and
    adverbs ("killed 38 people and affected more than 400,000": "affected more than"), so the
    first verb's cue is never the second count's (s41-rv finding 8: the 400,000 in the death
    toll); else all of ``before`` ("killed 38 people and more than": no verb of its own)."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _COORDINATORS:
            rest = [w for w in before[k + 1 :] if w not in AUXILIARIES and w not in VERB_ADVERBS]
            if rest and (is_participle(rest[0]) or rest[0] in FINITE_VERBS or rest[0] in CASUALTY):
                return list(before[k + 1 :])
            break
    return list(before)


def _job(head: str) -> bool:
    """Whether a counted plural noun names people by their job ("nurses", "miners", "drivers"):
    a job word, never a role one has in an event or a place ("residents", "passengers",
    "villagers": :data:`~..entities.lexicons.ROLE_NOUNS`, job words for the names' reading)."""
    return job_word(head) and not {head[:-1], head[:-2]} & ROLE_NOUNS


def _possessed(before: Sequence[str]) -> bool:
    """Whether a count is what its clause's subject has: a possessing verb right before it,
    qualifiers, determiners and adverbs between ("The mine has 1,800 workers", "has about 900")."""
    words = [w for w in before if w not in _CROWD_QUALIFIERS and w not in DETERMINERS and w not in VERB_ADVERBS]
    return bool(words) and words[-1] in _POSSESSING


def workforce(text: str, fig: Figure, sent: tuple[int, int], jobs: bool = False) -> tuple[str, str]:
    """The staff measure of a count of a place's workforce (:data:`_WORKFORCE_HEADS`: "3,200
    workers"; ``jobs``: a job's plural too, "900 nurses", :func:`~..entities.lexicons.job_word`):
    ("staff", "staff"), or a whole industry's own ("staff|industry", "people employed in the
    industry": :func:`employing_whole`); ("", "") for a count of other things."""
    head = bare_word(fig.noun.lower().split()[-1] if fig.noun.split() else "")
    if head not in _WORKFORCE_HEADS and not (jobs and _job(head)):
        return "", ""
    return staff_measure(head, employing_whole(text, sent[0], fig.start))


STAFF_JOB = "staff|job "  # what opens a job's headcount's measure ("staff|job nurses": :func:`staff_measure`)


def staff_measure(head: str, whole: str) -> tuple[str, str]:
    """The measure of a headcount whose counted noun is ``head`` (lower case, "" for none) of an
    employer, or of the whole industry ``whole`` (:func:`employing_whole`, "" for a place's):
    ("staff|garment industry", "people employed in the garment industry"); a job's plural that is
    no workforce noun is that job's headcount, ("staff|job nurses", "staff (nurses)"), so a
    hospital's 900 nurses are never compared with its 120 doctors nor its whole staff (s41-rv
    finding 2); else ("staff", "staff")."""
    if whole:
        # keyed by the whole's one key ("the sector" and "the industry" employ one workforce),
        # labelled as written
        return f"staff|{whole_noun(whole)}", f"people employed in the {whole}"
    if head not in _WORKFORCE_HEADS and _job(head):
        return f"{STAFF_JOB}{head}", f"staff ({head})"
    return "staff", "staff"


_COMPENSATION = frozenset("compensation compensations payout payouts".split())
_MONEY_LABELS = {
    "pledged": "money pledged",
    "damage": "damage",
    "raised": "money raised",
    "profit": "profit",
    "revenue": "revenue",
    "investment": "investment",
    "fine": "fine",
    "loss": "loss",
    "bid": "bid",
    "demanded": "money demanded",
    "unpledged": "money not pledged",
    "offered": "money offered",
    "spent": "money spent",
    "cut": "money cut or saved",
    "shortfall": "shortfall",
}
# Money demanded is labelled a ransom where its clause says so (one measure with "money
# demanded": "the $4.5m ransom" and "the $4.5m the hackers demanded" are one value).
_RANSOM = frozenset("ransom ransoms".split())
# Nouns a giving word modifies as a noun of its own ("pay rise", "pay claim", "pay deal"): the
# word then names wages, no payment.
_PAY_NOUNS = frozenset(
    "rise rises raise raises increase increases claim claims deal deals cut cuts freeze talks dispute offer award".split()
)
# What money given is for: a purpose phrase after the amount, "for X", "towards X", "to a X fund",
# "in X aid", "$2bn X package", or a money noun's modifier before it, "a X fund of $5m" (:func:`money_purpose`).
# The words that close such a phrase, or say only that it is money or work (never its purpose alone):
_MONEY_NOUNS = frozenset(
    """fund funds package packages aid grant grants budget money programme programmes program programs
    scheme appeal effort efforts loan loans assistance support funding work works needs campaign drive""".split()
)
# A cost's words say what it is for only inside a "for" phrase ("for funeral costs", "towards the cost
# of"): "a €14 million repair bill" is the repair's cost (:func:`~.roles.cost_thing`), no money given.
_GENERIC = _MONEY_NOUNS | frozenset("cost costs expense expenses bill bills".split())
# Relief, the purpose money pledged is for unless said otherwise: its measure stays *money pledged*
# (people it is given to, "for families of the victims", are whom, no purpose of its own either).
_RELIEF = frozenset(
    """relief emergency emergencies humanitarian aid assistance support help disaster crisis victim
    family household community communities affected""".split()
)
# One purpose by any of its words: "for rebuilding", "for reconstruction", "in reconstruction aid".
_PURPOSE_WORDS = {"rebuilding": "reconstruction", "rebuild": "reconstruction", "reconstruction": "reconstruction"}
_PURPOSE_PREPOSITION = re.compile(r"\s+(?:(?P<prep>for|towards|toward|to|in|on)\s+)?", re.I)
# A verb of spending before an amount given in its clause: its "on X" phrase says what the money is
# for ("has allocated €50 million … and will spend €20 million on rebuilding the harbour", t13ac
# M4); "on" after other money ("pledged $5m on Friday", "on behalf of", "on top of") names no purpose
SPEND_BEFORE = re.compile(r"\b(?:spend|spends|spending|to\s+be\s+spent|be\s+spent)\s+(?:\S+\s+){0,3}$", re.I)
_PURPOSE_CONNECTORS = frozenset("of worth totalling totaling".split())
_PURPOSE_MAX_WORDS = 4


def _beneficiary(word: str, determined: bool) -> bool:
    """Whether a purpose phrase's lower-case noun names whom money is given to, no purpose: a
    place's noun ("town", "village", "area": ``PLACE_OF``, ``PLACE_KIND_AFTER``), or a body's kind
    word ("school", "hospital", "church": :func:`~waic_reader.index.analysis.entities.lexicons.kind_of_word`)
    that a determiner makes one body ("for the school"). A mass or plural noun phrase with no
    determiner is what money pays for, whatever kind word it shares with names ("towards temporary
    housing", "for new homes", "towards cancer research"; a hand list of such words kept "Clarion
    Housing" from ever being a body: review s41-rv finding 13)."""
    from waic_reader.index.analysis.entities.lexicons import PLACE_KIND_AFTER, PLACE_OF, kind_of_word

    if word in _PLACES or word in PLACE_OF or word in PLACE_KIND_AFTER:
        return True
    return determined and singular_of(word) == word and kind_of_word(word.capitalize()) is not None


# A named recipient after the amount: "to Clarion Housing", "for Anglian Water's flood scheme",
# "towards the Red Cross appeal": a name of at least two capitalised words (one may be a place's
# or a month's), its possessive left out.
_NAMED_RECIPIENT = re.compile(
    r"\s+(?:to|for|towards|toward)\s+(?:the\s+)?(?P<name>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*)+)(?:[’']s\b)?"
)


def money_recipient(text: str, end: int, limit: int) -> str:
    """The name of whom money ending at ``end`` is given to, by the phrase right after it
    (:data:`_NAMED_RECIPIENT`: "gave £50,000 to Clarion Housing" → "Clarion Housing"), "" when none
    is named. One donor's gifts to two recipients are two sums, never one in disagreement (review
    s41-rv finding 13)."""
    m = _NAMED_RECIPIENT.match(text, end, limit)
    return m.group("name") if m is not None else ""


_PLACES = frozenset("area areas country countries community communities".split())


def money_purpose(
    text: str, end: int, limit: int, before: Sequence[str] = (), spend: bool = False
) -> tuple[str, str] | None:
    """What the money ending at ``end`` is for, by its purpose phrase (see :data:`_MONEY_NOUNS`):
    (key, words for its label), the key "" for relief (:data:`_RELIEF`, the default purpose of money
    pledged); None when no purpose is stated. ``before``: the words of its clause before it, lower
    case ("a reconstruction fund of $5m"); ``spend``: a verb of spending governs the amount
    (:data:`SPEND_BEFORE`), so that its "on X" phrase names the purpose ("spend €20m on rebuilding")."""
    if PER_RECIPIENT.match(text, end, limit) is not None:
        # "for the next of kin of each victim", "for each family": whom each payment goes to, none
        # of its words a purpose ("money for next", review s41-rv finding 12)
        return None
    m = _PURPOSE_PREPOSITION.match(text, end, limit)
    words: list[str] = []
    determined = False  # a determiner opens the phrase: "for the school", one body
    if m is not None and (m.group("prep") or "").lower() == "on" and not spend:
        m = None  # "pledged $5m on Friday", "on behalf of": no purpose
    if m is not None:
        prep = (m.group("prep") or "").lower()
        at = m.end()
        for w in WORD.finditer(text, at, limit):
            if text[at : w.start()].strip():
                break  # punctuation between: the phrase ended
            word = w.group()
            low = word.lower()
            if not words and low in ("the", "a", "an", "its", "their", "his", "her"):
                determined = True
                at = w.end()
                continue
            if words and words[-1] in _GENERIC and low == "of":
                words = []  # "towards the cost of rebuilding": what the cost is of
                at = w.end()
                continue
            if not word[:1].islower() or low in STOP_WORDS or len(words) == _PURPOSE_MAX_WORDS:
                break
            words.append(low)
            at = w.end()
        if prep in ("to", "in", "") and not (words and words[-1] in _MONEY_NOUNS):
            words = []  # "to the Red Cross", "in aid" (no purpose), "$5m on Friday"
        elif prep in ("to", "in", "") and len(words) < 2 and prep != "in":
            words = []
    if not words:
        kept = list(before)
        while kept and kept[-1] in _PURPOSE_CONNECTORS:
            kept.pop()
        if len(kept) >= 2 and kept[-1] in _MONEY_NOUNS:
            words = kept[-2:]  # "a reconstruction fund of $5m"
    written = " ".join(words)  # the label's words: "money for funeral costs"
    while words and words[-1] in _GENERIC and len(words) > 1:
        words.pop()  # "funeral costs", "the rebuilding effort": what they are for
    if not words:
        return None
    head = words[-1]
    one = singular_of(head)
    if head in _PURPOSE_WORDS:
        return _PURPOSE_WORDS[head], _PURPOSE_WORDS[head]
    if (
        one in _RELIEF
        or head in _RELIEF
        or head in _GENERIC
        or people_kind(head)
        or _beneficiary(one, determined)
        or _beneficiary(head, determined)
    ):
        return "", ""  # relief, or whom it is given to: people, a place, a body ("for the town")
    if is_participle(head) or head in TIME_UNITS or head in ("time", "times", "now"):
        return None
    return one, written


# A count of what is added to a total ("two more bodies", "an additional 5 deaths", "five further
# cases": lexicon.INCREMENT_WORDS) is not the total: it never joins the death toll it adds to.
_INCREMENT_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(INCREMENT_WORDS))})\b", re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|extra)\s+$", re.I)
# A figure set against the one reported ("280 evacuees instead of 400", "five days rather than
# the planned two"): never a value of the measure named around it; nor is a value a change
# replaced ("three, down from 19", "rose to 14 from 12", "climbed from 8 to 11":
# earlier.replaced_by_change), which only the fact sheet's extraction reads as what its article
# said first (``replaced=True``).
_ALTERNATIVE_BEFORE = re.compile(
    r"(?:\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?"
    r"|\d\s+from\s+)$",
    re.I,
)


# Words after a rain's amount saying it is still to come ("80 mm of rain is expected", "could fall").
_TO_COME_AFTER = frozenset("could may might will would expected forecast predicted likely".split())


def _forecast(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether an amount is forecast, not measured: a forecast's word in its own clause before it
    (``temperatures.FORECAST``: "Forecasters expect another 50 mm") or a modal or forecast's word
    among the first four words after it ("up to 80 mm of rain is forecast", "could fall")."""
    return any(w.lower() in FORECAST for w in before) or any(w.lower() in _TO_COME_AFTER for w in after[:4])


def _within(before: Sequence[str]) -> bool:
    """Whether a length's own words before it say a radius ("within", "within a radius of")."""
    return (
        before[-1:] == ["within"] or before[-4:] == ["within", "a", "radius", "of"] or before[-2:] == ["radius", "of"]
    )


def _casualties(text: str, sent: tuple[int, int]) -> set[str]:
    """The casualty measures a sentence's words name ("evacuated", "death")."""
    return {CASUALTY[w][0] for w in (x.lower() for x in WORD.findall(text, sent[0], sent[1])) if w in CASUALTY}


# A count summing up the clause before it after a dash or a colon, ending its sentence ("Residents
# within 2 km remain evacuated – about 1,200 people"): a value of that clause's casualty measure.
_SUMMING_BEFORE = re.compile(r"[–—:]\s*(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than)\s+)?$", re.I)


_VICTIMS = frozenset("victims victim".split())
_MOURNED = frozenset("funeral funerals mass masses burial burials buried mourned mourning requiem".split())


# How many words before a change's new value its subject may name the tally ("The death toll
# from Saturday's explosion at the … plant in Kalvik has risen to seven": 15).
_SUBJECT_WORDS = 30


def _increment(text: str, fig: Figure) -> bool:
    """Whether a count is what is added to a total ("two more bodies"), not the total."""
    return bool(
        _INCREMENT_AFTER.match(text, fig.num_end) or _INCREMENT_BEFORE.search(text, max(0, fig.start - 16), fig.start)
    )


# "all but 40 families have returned": the count is of those the verb does not hold for (read as
# *families returned: 40*, the opposite, t13n F27).
_ALL_BUT_BEFORE = re.compile(r"\ball\s+(?:but|except)\s+(?:for\s+)?(?:about\s+|some\s+|around\s+)?$", re.I)


_SPILL_CONTEXT = 240  # characters before an amount spilled read for its stuff when its clause names none


def figure_measure(
    text: str,
    fig: Figure,
    sent: tuple[int, int],
    next_start: int | None = None,
    prev_head: str = "",
    prev_end: int | None = None,
    replaced: bool = False,
) -> tuple[str, str]:
    """(measure key, reader's label) of a figure; ("", "") when its words name no measure. A count
    after "all but" is of the things the measure does not hold for ("all but 40 families have
    returned": *families not returned*). A value a change replaced ("rose from three to five":
    :func:`~.earlier.replaced_by_change`) names none, unless ``replaced``: then the measure it was
    a value of (the fact sheet carries it as what its article said first)."""
    key, label = _measure_of(text, fig, sent, next_start, prev_head, prev_end, replaced)
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
    text: str,
    fig: Figure,
    sent: tuple[int, int],
    next_start: int | None = None,
    prev_head: str = "",
    prev_end: int | None = None,
    replaced: bool = False,
) -> tuple[str, str]:
    """(measure key, reader's label) of a figure (see :func:`figure_measure`).

    ``next_start``: where the sentence's next figure starts (words nearer to it are its own);
    ``prev_head``: the counted noun of the sentence's previous count, for a count that leaves it
    out ("40 homes were destroyed and a further 65 damaged");
    ``prev_end``: where the sentence's previous figure ends (an amount's clause may open after it:
    :func:`~.words.own_clause_start`).
    """
    replaced_value = replaced_by_change(text, fig.start, fig.end, sent)
    if (replaced_value and not replaced) or (
        not replaced_value and _ALTERNATIVE_BEFORE.search(text, max(sent[0], fig.start - 32), fig.start)
    ):
        return "", ""
    after = clause_after(text, fig.end, sent[1], next_start)
    before = clause_before(text, fig.start, sent[0], strict=fig.kind == "count" and bool(fig.noun))
    noun_words = [w.lower() for w in WORD.findall(fig.noun)]
    if fig.kind == "count":
        if not noun_words and partitive(text, fig, sent[0]):
            return "", ""
        group = among_group(text, fig, sent)
        if group:
            if not noun_words:
                return "", ""  # "Two were among the dead": some of the dead, of no kind
            phrase = " ".join(noun_words)
            word = GROUP_WORD.get(group, _CASUALTY_VERB[group])
            return f"{group}|among|{phrase}", part_label(word, fig.noun)
        head = noun_words[-1] if noun_words else ""
        way = WORD.findall(text, fig.end, min(sent[1], fig.end + 16))[:1] if head in _WAY_STEPS else []
        if way and way[0].lower() in _WAY_AFTER:
            return "", ""  # "who lives two streets from the plant": how far, no casualty
        increment = _increment(text, fig)
        if not increment and bodies_recovered(noun_words, before, after):
            # bodies recovered or found so far, a fact of their own: no death toll (t13aa K2)
            return "recovered|bodies", "bodies recovered"
        # A casualty noun before the counted noun names what its things are for, not what
        # befell them: "200 evacuation centres", "40 rescue workers", "3 death certificates"
        # (were *centres evacuated* and *people rescued*); the head and the participles before it
        # still do ("200 evacuees", "12 injured people").
        own = [w for w in noun_words[:-1] if w not in _CASUALTY_NOUNS] + noun_words[-1:]
        hit: tuple[str, str] | None = None if increment else nearest_cue(own, CASUALTY)
        if hit and head not in CASUALTY:
            # "two injured workers died in hospital": what befell the things counted is said by
            # the verb, their adjective only says who they were (some of the injured), so the
            # count is a part of the verb's measure ("dead: injured workers"), of the adjective's
            # none (t13n F5: 2 in *people injured*, a false change 21 → 2).
            then = nearest_cue(bare_verb(after), CASUALTY)
            if then and then[0] != hit[0]:
                phrase = " ".join(noun_words)
                word = GROUP_WORD.get(then[0], _CASUALTY_VERB[then[0]])
                return f"{then[0]}|among|{phrase}", part_label(word, fig.noun)
        if hit:
            return _casualty_label(hit, head)
        if not increment and noun_words and people_kind(head) and _LOST_AFTER.match(text, fig.end, sent[1]):
            # "the families of the 17 colleagues we have lost": people a speaker has lost are
            # the dead (t13ag N6: a row "colleagues" beside the death toll)
            return _casualty_label(CASUALTY["dead"], head)
        if not increment and noun_words and people_kind(head) and (event := _crowd_event(before)):
            # "a rally of about 5,000 workers", "a march by 300 nurses": the people at another
            # event, never the story's own count of that noun (t13ag N4: a factory's 3,200 workers
            # against a rally's 5,000 was a false disagreement)
            return f"crowd|{event}|{head}", f"{fig.noun.lower()} at the {event}"
        if not increment and head in _VICTIMS and _MOURNED & set(sentence_words(text, sent)):
            # "a mass for the six victims of the explosion", "the funerals of the 12 victims": the
            # dead, by the rite their sentence names (were a row "victims" beside the death
            # toll, t13n F27); victims of no such rite may be the injured too, and stay apart
            return _casualty_label(CASUALTY["dead"], head)
        if not increment and (
            head in CUT_NOUNS
            or tuple(noun_words[-2:]) in JOB_CUT_PAIRS
            or (head in JOB_NOUNS and jobs_cut(before, after))
            or (people_kind(head) and after[:1] == ["redundant"])  # "make 240 people redundant"
            or (not noun_words and workforce_cut(before))  # "cut its workforce by 240"
        ):
            return "jobs|cut", "jobs cut"
        if not increment and head and without_power(before, after or list_tail(text, fig.end, sent[1])):
            if head in POWER_HOMES:
                return POWER_OUT, "homes without power"
            return (f"{POWER_OUT}|people", "people without power") if people_kind(head) else ("", "")
        if not increment and on_strike(
            head, after, text, before, [w.lower() for w in WORD.findall(text, fig.end, sent[1])[:12]]
        ):
            # "walked out", "joined the strike", "stayed away": one count of those on strike (t13af
            # N13), whatever noun names them: the story's strikers, "12,000 dockworkers", "15,000
            # members", "workers on strike", are one measure (t13aj N1: four rows, the real
            # disagreement missed)
            phrase = " ".join(noun_words)
            return STRIKE, f"{phrase} on strike"
        # The clause's own verb says what happened to the counted things: "80 families had been
        # displaced", "12 schools were closed" (a casualty or damage verb by its measure).
        verb = "" if increment or not head else clause_verb(after) or list_verb(text, fig.end, sent[1])
        if (
            not verb
            and not increment
            and head
            and after[:1]
            and _own_participle(after[0])
            and not (before[-1:] and before[-1] in REPORTING_VERBS)  # "found 14 silos cracked": how found
            # "An express carrying 212 passengers derailed": the carrier's verb, the count its
            # object, those on board (t13ab L12: a row "passengers derailed")
            and not is_aboard(before, ())
        ):
            # "Seventeen miners trapped after collapse" (a headline), "to reach 17 miners trapped
            # since dawn": the participle right after the noun is its clause's verb, with no
            # auxiliary (a row "miners" beside "miners trapped", t13y G2)
            verb = clause_verb(after, need_auxiliary=False)
        if not verb and not increment and _participle_before(noun_words) and not done_to(head, before):
            # "17 trapped miners" says "17 miners were trapped": one fact with the clause's verb
            # (a headline's "trapped miners" was a row apart from "miners trapped", t13y G2)
            verb, noun_words = spelled_one_way(noun_words[0]), noun_words[1:]
        # "12 schools were shut" are schools closed (t13aa K14), "were turned away" diverted
        verb = stop_verb(verb, _words_after(after, verb), head)
        if verb in ABOARD_WORDS:
            return "", ""  # "212 passengers had boarded": where they were, no measure (see ABOARD)
        if verb in CASUALTY:
            return _casualty_label(CASUALTY[verb], head)
        if verb and people_kind(head) and (got := done_to(head, [verb], _words_after(after, verb))) in CASUALTY:
            # "Two people were brought out alive from the debris", "were pulled from the rubble":
            # the passive of a rescuing verb (roles.done_to) is a rescue (t13ae P8, round s37-z2)
            return _casualty_label(CASUALTY[got], head)
        if not increment and _hurt_or_treated(after, clause_after(text, fig.end, sent[1])):
            # "Forty-two people were treated for injuries": the injured; "41 were treated for
            # burns", with no noun, too (t13ac M31: no figure); "received treatment for minor
            # injuries", "suffered minor injuries", "needed hospital treatment" (t13ad N14)
            return _casualty_label(CASUALTY["injured"], head)
        # "Nearly 3,000 were forced from their homes": a count without a noun is its people's too.
        left = "" if increment else left_home(text, fig, sent[1], next_start, before, verb or clause_verb(after))
        if left:
            return _casualty_label(next(v for v in CASUALTY.values() if v[0] == left), head)
        if not increment and STILL_IN_HOSPITAL.match(text, fig.end, sent[1]):
            return _casualty_label(IN_HOSPITAL, head)
        if not increment and to_hospital(text, fig, sent[1], next_start, sent[0]):
            return _casualty_label(HOSPITAL, head)
        if (
            not increment
            and (people_kind(head) or _job(head))
            and staff_count(before, after)
            and not nearest_cue(before, CASUALTY, reverse=True)
        ):
            # "Veltmark Chemicals, which employs around 650 people", "About 650 people work
            # there": a firm's staff, one measure however worded (roles.staff_count); a whole
            # industry's or country's is a measure of its own (t13ag N5: "the industry employs about
            # four million people" was a value of the factory's staff, a false disagreement); a
            # job's plural is its job's headcount ("employs 600 drivers": staff_measure)
            return staff_measure(head, employing_whole(text, sent[0], fig.start))
        if verb and verb not in _DAMAGE:
            # the whole counted phrase: "12 primary schools were closed" is no value of "12
            # schools were closed" (a part, or other schools)
            phrase = " ".join(noun_words)
            # (keyed by its noun's kind: "14 vessels" and "11 ships" diverted are one count, words.SAME_NOUN)
            key = " ".join([*noun_words[:-1], SAME_NOUN.get(head, head)])
            return f"{verb}|{key}", f"{phrase} {verb}"
        hit = None if increment else nearest_cue(after, CASUALTY)
        if hit:
            return _casualty_label(hit, head)
        if people_kind(head) and (got := done_to(head, before, after)) in CASUALTY:
            # "dug two people out alive from the collapsed house": people got out of a place are
            # rescued, the place's damage word ("collapsed") is no verb of theirs (round s37-z2)
            return _casualty_label(CASUALTY[got], head)
        dmg = next((w for w in [*noun_words, *after, verb] if w in _DAMAGE), None)
        if dmg is None and head and not people_kind(head) and before[-1:] and before[-1] in _DAMAGE:
            # "the blaze, which destroyed at least 86 homes", "has flooded 200 homes": the verb right
            # before a count of things is what was done to them (its object), as after it.
            dmg = before[-1]
        if dmg and head in ("", dmg):
            head = prev_head  # "a further 65 damaged": the homes of the count before
        if dmg and head:
            return f"{dmg}|{head}", f"{head} {dmg}"
        stopped = done_to(head, before, after)
        if stopped in CASUALTY:
            # "Rescuers pulled 45 people from the water": people rescued (t13aa K14)
            return _casualty_label(CASUALTY[stopped], head)
        if stopped:
            # "The aviation authority cancelled 146 flights" says "146 flights were cancelled":
            # a stopping verb right before a count of things is what was done to them, one fact
            # with the verb after it (a row "flights" apart from *flights cancelled* before). A
            # participle opening the counted noun only describes its things ("to cancel 120
            # planned operations", "scheduled flights"): the row is the noun's (was *operations
            # planned*, t13z H1).
            while len(noun_words) > 1 and is_participle(noun_words[0]):
                noun_words = noun_words[1:]
            phrase = " ".join(noun_words)
            return f"{stopped}|{phrase}", f"{phrase} {stopped}"
        if not fig.noun and own_verb(after):
            # "Four people died and 2,100 fled": the subject of a verb of its own; the clause
            # before it ("died") is another count's.
            before = clause_before(text, fig.start, sent[0], strict=True)
            # "death toll rises to five as 380,000 remain in the dark": a clause of its own after a
            # subordinator, whose words before it are another clause's (the 380,000 were dead)
            cut = max((k + 1 for k, w in enumerate(before) if w in SUBORDINATORS), default=0)
            before = before[cut:]
        coordinate = own_coordinate(before)
        late: tuple[str, str] | None = None if increment else nearest_cue(coordinate, CASUALTY, reverse=True)
        done = [w for w in coordinate if w not in AUXILIARIES and w not in VERB_ADVERBS][:1]
        if (
            not late
            and not increment
            and not fig.noun
            and len(coordinate) < len(before)
            and people_kind(prev_head)
            and done
            and is_participle(done[0])
            and done[0] not in REPORTING_VERBS
        ):
            # "killed 38 people and affected more than 400,000": the second count is the first's
            # noun's, with its own verb's measure ("people affected", as "400,000 people have been
            # affected" is), never the first verb's (s41-rv finding 8)
            return f"{done[0]}|{prev_head}", f"{prev_head} {done[0]}"
        if not late and not increment and not fig.noun and changed_to(text, fig.start, sent[0]):
            # "The death toll from Saturday's explosion at the Veltmark Chemicals plant in Kalvik has
            # risen to seven": the change's subject names the tally, however many words stand
            # before its verb (the seven was no value: t13w F1, round s33-j)
            late = nearest_cue(clause_before(text, fig.start, sent[0], most=_SUBJECT_WORDS), CASUALTY, reverse=True)
        if (
            not late
            and not increment
            and not after
            and _SUMMING_BEFORE.search(text, max(sent[0], fig.start - 24), fig.start)
        ):
            words = [w.lower() for w in WORD.findall(text, sent[0], fig.start)]
            late = nearest_cue(words, CASUALTY, reverse=True)
        if not late and not increment and len(noun_words) == 1 and _opens_clause(before):
            # "where more than 3,200 workers produce knitwear": a place's workers as the subject of
            # a clause that says nothing befell them are its staff, one row with "The factory
            # employs 3,200 workers" (t13ag N4/N5: the one headcount in two rows "workers" and
            # "staff"); an object ("will pay 300 workers a bonus") is no headcount
            return workforce(text, fig, sent)
        if not late and not increment and len(noun_words) == 1 and not after and _possessed(before):
            # "The mine has 1,800 workers", "The hospital has 900 nurses": the place's headcount,
            # one row with "employs 1,800 people", "employs 900 nurses" (t13ag-r N5: two rows).
            # Only when the noun phrase ends the clause: whatever is said of the count ("has 12
            # miners still trapped", "300 firefighters tackling the blaze", "2,000 drivers on
            # strike", "61 councillors on the council") makes it no headcount (s41-rv finding 2)
            return workforce(text, fig, sent, jobs=True)
        return _casualty_label(late, head) if late else ("", "")
    if fig.kind == "quantity":
        if fig.unit == "magnitude":
            if any(w.startswith("aftershock") for w in before + after):
                return "magnitude|aftershock", "aftershock magnitude"
            return "magnitude", "magnitude"
        if fig.unit in TEMPERATURE_UNITS:
            # the weather's temperature, a thing's, or none (temperatures.py; t13aa K4: the city's
            # 39C and 41C in two long articles were two rows "temperature (°C)", never compared)
            return temperature_measure(text, fig, sent) or ("", "")
        factor = SI_UNITS.get(fig.unit)
        dim = factor[1] if factor else fig.unit
        # Cue words before a length are its own only up to a comma or "and": "at a depth of 25
        # miles, about 186 miles north of Tokyo" has one depth and one distance (a depth and a
        # distance in one row was a false disagreement: #16).
        own_before = clause_before(text, fig.start, sent[0], strict=True)
        near = set(after[:3]) | set(own_before[-4:])
        if dim in ("area", "length") and (spreading := extent_of(text, fig, sent)):
            # "The slick now covers 22 square kilometres, and oil stretches along …": the extent of
            # the thing its verb's subject names, one fact whatever else the sentence says (t13af N3)
            return f"{dim}|{spreading}", f"{dim} of the {spreading}"
        if after[:1] == ["down"] and after[1:2] and after[1] in ("the", "a", "an", "to", "towards", "toward"):
            near.discard("down")  # "spread 12 km down the river": a way along, not a depth ("20 metres down")
        if dim == "length" and (set(after[:2]) & _RADIUS or (_within(own_before) and after[:1] == ["radius"])):
            # "within a 3 km radius", "a three kilometre zone around the site": a radius, the
            # evacuation's where its sentence evacuates
            if "evacuated" in _casualties(text, sent):
                return "radius|evacuated", "evacuation radius"
            return "radius", "radius"
        if dim == "length" and _within(own_before) and "evacuated" in _casualties(text, sent):
            # "residents living within 2 kilometres of the plant were evacuated", "from homes
            # within three kilometres of the site": the evacuation's radius, one fact whatever
            # the place's words (was *length evacuated* and *distance to Quimibral*: t13n F6)
            return "radius|evacuated", "evacuation radius"
        if dim == "length" and (of_thing := length_role(text, fig, sent)) is not None:
            # what the length is of and what of it it measures: "a reservoir about 30 metres
            # deep", "The 52-metre dam", "7.5 miles below the dam" (lengths.py; t13x F1/F8)
            return of_thing[0], of_thing[1]
        if dim == "length":
            if near & _DEPTH:
                return "depth", "depth"
            if (named := _named_distance(text, fig, sent, after)) is not None:
                # "Harrow Vale Hospital, 25 miles away" and "Velmont is 32 miles away": the distance
                # of one named place, one row (t13z H13, round s36-c); "Kellby lies 12 miles from
                # Velmont" the distance between two places, never Kellby's from another ("… is 40
                # miles from Harrow": review s36-rv D3, round s36-c2), but from the story's own
                # place (its dateline's) the distance "away" is
                toward = after[:1] == ["from"] or (bool(after[:1]) and after[0] in _DIRECTIONS)
                other = _place_after(text, fig, sent) if toward else None
                if other is not None and other[0].split()[-1:] and other[0].split()[-1] in EVENT_SITES:
                    # the event's site, however named, is one end: one row per named place
                    return f"distance|{fold(named)}|@site", f"distance from {named} to {other[1]}"
                if other is not None and other[0] != _story_place(text, fig.start):
                    return f"distance|{fold(named)}|{other[0]}", f"distance from {named} to {other[1]}"
                return f"distance|{fold(named)}", f"distance to {named}"
            # "halted within 1.5 miles of Varnhelm" is how near it came to Varnhelm, one row with "2
            # km from Varnhelm" (t13ac M6, round s36-x2: was "length (mi)"); an evacuation's
            # "within 2 km of" is its radius (above)
            within_of = _within(own_before) and after[:1] == ["of"]
            place = _place_after(text, fig, sent) if near & _DISTANCE or within_of else None
            if place is not None:
                # the label is the row's most written spelling (grouping.most_spelled)
                return f"distance|{place[0]}", f"distance to {place[1]}"
            if near & _SURGE:
                return "surge", "storm surge"
            if near & _HEIGHT:
                return "height", "height"
            if near & _LENGTH:
                return "length", "length"
            if after[:1] and after[0] in _AWAY:
                # "heard up to 15 km away", "30 miles offshore": how far, no place to name
                return PLACELESS_DISTANCE
        if dim == "speed" and fig.high is not None and "category" in before:
            # "a Category 4 storm has winds of 209 to 251 km/h": a scale's band, no storm's wind (a
            # value of the wind speed row before, among the outlets' 185 km/h)
            return "", ""
        listed = listed_place(text, fig, sent) if dim in ("speed", "length") else None
        if listed is not None:
            # "Wind gusts: Siófok 110 km/h, Keszthely 95 km/h": each place's own, by the label's words
            words, at = listed
            if dim == "speed" and (speed := nearest_cue(words, _SPEED_MEASURES, reverse=True)):
                return f"{speed[0]}|{fold(at)}", f"{speed[1]} at {at}"
            if fig.unit in _RAIN_UNITS and set(words) & RAIN:
                return f"rainfall|{fold(at)}", f"rainfall at {at}"
        if dim == "speed":
            speed = nearest_cue(own_before, _SPEED_MEASURES, reverse=True) or nearest_cue(after[:2], _SPEED_MEASURES)
            if not speed:
                # no wind's: a moving thing's speed, a way's limit, or none (t13ab L2)
                return moving_speed(own_before, after)
            # "Gusts reached 120 km/h in Siófok", "Siófok recorded gusts of 110 km/h": a place's
            # own wind, compared with that place's in a list; a storm's wind names no place
            at = rain_place(text, fig, sent)
            return (f"{speed[0]}|{fold(at)}", f"{speed[1]} at {at}") if at else speed
        if fig.unit in _RAIN_UNITS and (set(before + after) & RAIN or set(after[:3]) & _FELL):
            # "66 mm fell in Pécs": what falls in millimetres is rain (or snow)
            if _forecast(own_before, after):
                # "Forecasters expect another 50 mm of rain on Wednesday", "up to 80 mm of rain is
                # forecast": rain still to come, never the rain that fell (t13ae P2, round s37-z1)
                return "rainfall forecast", "rainfall forecast"
            at = rain_place(text, fig, sent)
            return (f"rainfall|{fold(at)}", f"rainfall at {at}") if at else ("rainfall", "rainfall")
        if dim in SPILL_DIMENSIONS and carried(own_before):
            return CARGO, CARGO  # "was carrying 85,000 tonnes of crude": the load, never a spill (t13af N2)
        if dim in SPILL_DIMENSIONS and (stuff := spilled_stuff(own_before, after)) is not None:
            # "1,300 tonnes of oil escaped", "About 900 tonnes of fuel leaked", "spilling about 1,200
            # tonnes of crude oil": the amount spilled, one measure whatever the verb, never the
            # cargo carried (t13af N2); its sentence and the one before say whose stuff it is
            return spill_measure(stuff, text[max(0, sent[0] - _SPILL_CONTEXT) : sent[1]])
        if dim in ("area", "length"):
            # An area or a length with a verb of its own clause is what the verb did: "3,000
            # hectares had burned", "40 km of coastline were flooded" (a verb before it is the
            # subject's, "the rig drifted 12 km": no measure of the length).
            verb = clause_verb(after, need_auxiliary=False)
            if not verb and dim == "area" and own_before[-1:] and own_before[-1] in _AREA_VERBS:
                # "The fire had burned 12,400 acres": an area is the object of a fire's or a
                # flood's verb right before it (a length after a verb is the subject's way,
                # "drifted 12 km", and stays none).
                verb = own_before[-1]
            if verb:
                verb = _AREA_VERBS.get(verb, verb) if dim == "area" else verb
                return f"{verb}|{dim}", f"{dim} {verb}"
        return "", ""
    if fig.kind == "money" and (industry := valued_whole(text, fig, sent)):
        # "the country's $47 billion garment sector", "the garment industry, worth $47 billion a
        # year": the size of an industry, one measure however worded (t13ag N6: two rows)
        return f"{VALUE_OF}{industry}", f"value of the {industry}"
    if fig.kind == "money":
        own_start = own_clause_start(text, sent[0], fig.start, prev_end)
        if own_start != sent[0]:
            # "… pledged ₹3 lakh and Indian contractor Larsen Hydro put its repair bid at Rs 16,189
            # crore": the verb governing this amount is in its own clause, never the one before
            before = clause_before(text, fig.start, own_start)
        before = _negotiation_words(before)
        clause = _after_part_of(after)
        opens = bool(clause[:1]) and clause[0] in _CLAUSE_AFTER_CLAIMED
        if opens and _CLAIM_VERBS & set(before):
            # "Police claimed $3 million had been stolen": the sum opens the claimed clause, a
            # report, never money demanded (that is the sum as the object: "claimed €20 million
            # from the company"; review s35-rv2 finding 7, round s35-p4); so does a part of a
            # whole, "claimed €300,000 of it went to repairs" (round s36-d)
            before = ["" if w in _CLAIM_VERBS else w for w in before]
        if (opens and nearest_cue(before, MONEY_ROLES) is None and spent_after(clause)) or _SPENT_BEFORE.search(
            text, max(own_start, fig.start - 40), fig.start
        ):
            # "€300,000 of it went to repairs", "$2 million had been spent on the roof": a sum
            # opening a clause that says where it went, whatever reports it ("claimed", "…, Olaf
            # Lind said", round s36-d read it after "claimed" only: review s36-rv finding 11), and
            # the object of "spent" ("spent €350,000 on repairs"), one row; a sum a word of giving
            # or costing governs keeps that reading ("aid of €2m went to the families")
            return "spent", _MONEY_LABELS["spent"]
        given = _governing_role(before)
        if given is None and (before[-1:] == ["worth"] or before[-2:] in (["valued", "at"], ["amounts", "to"])):
            # "Westmarch Rail's fund for the families of the victims … is worth $2.5 million": the
            # subject's noun, however far back in its clause, says what the money is (t13ab L15)
            whole = clause_before(text, fig.start, own_start, most=40)
            given = next((MONEY_ROLES[w] for w in map(bare_word, whole) if w in MONEY_ROLES), given)
        if given is None and before and before[-1] in GIVING_BEFORE:
            # "the European Union added €1.5 million", "found 200,000 euros of its own" (t13y G1)
            need = GIVING_BEFORE[before[-1]]
            given = "pledged" if need is None or need in after[:4] else None
        giving = [k for k, w in enumerate(before) if MONEY_ROLES.get(bare_word(w)) in ("pledged", "offered")]
        if given in ("pledged", "offered") and giving and refused(before, giving[-1]):
            # "will not pay the €4.1m", "refused to contribute $40 million", "has not yet pledged $3
            # million": nothing given, a measure of its own (with no measure it joined another
            # outlet's row of that money given, review s35-rv item 10)
            given = "unpledged"
        role = _role_after(after) or given
        if role is None and _COMPENSATION & {*before[-3:], *after[:2]}:
            # "announced compensation of 200,000 taka", "200,000 taka in compensation for each
            # family": compensation no verb of its clause calls demanded is money given (t13ag N2:
            # a bare "amount (BDT)" beside the other outlets' money pledged per family)
            given = role = "pledged"
        if given in ("unpledged", "offered") and role == "pledged":
            # "has not contributed $2 million to the fund": a fund's word gives nothing; "offered
            # €10m in aid": the aid is what is offered, an offer as "has offered €10 million" (t13ac M11)
            role = given
        demand = next((r for r in (nearest_cue(after[:3], MONEY_ROLES), given) if r == "demanded"), None)
        if len(before) > 1 and before[-1] == "for" and before[-2] in ASKED_FOR:
            demand = "demanded"  # "The gang asked for $500,000"
        if demand and role in (None, "pledged", "unpledged", "offered", "demanded"):
            # a ransom, money demanded or wanted: never a gift, whatever giving verb its clause
            # holds ("pay the €4.1m ransom demanded by the hackers", "the £3.6m the hackers want")
            given = role = demand
        if role == "damage" and _firms_result(before, after):
            # "The operator posted a loss of $40 million", "a net loss of €12 million for the
            # quarter": a firm's result, never a value of a disaster's damage (#16, s34-e)
            given = role = "loss"
        if _lost_object(before) and role != "damage":
            # "The parent group lost $ 1.8 bln in the quarter", "lost $2m in sales": what a firm
            # or a fund lost, the amount the verb's object (an amount before, t13w F5); a
            # disaster's "losses" and "lost $2m in damage" are its damage
            given = role = "loss"
        # (a money noun's modifier before it, "pledged a reconstruction fund of $5m", only for money
        # given: "Standby funds of 1.2 billion pesos remain available" names no purpose)
        # (only of money given, its giving verb in the sentence: "will spend €2 million on the
        # repairs" alone is the repairs' cost, joined with "Repair work will cost €2 million",
        # grouping._join_unmeasured)
        spend = SPEND_BEFORE.search(text, max(own_start, fig.start - 60), fig.start) is not None and (
            given == "pledged"
            or any(MONEY_ROLES.get(bare_word(w.lower())) == "pledged" for w in WORD.findall(text, sent[0], fig.start))
        )
        purpose = money_purpose(text, fig.end, sent[1], before if given == "pledged" else (), spend)
        if purpose is None and given in ("pledged", None) and role in ("pledged", None):
            if recipient := money_recipient(text, fig.end, sent[1]):
                # "gave £50,000 to Clarion Housing": money for that body, never a value of the
                # donor's gift to another (review s41-rv finding 13)
                purpose = (f"to {fold(recipient)}", recipient)
        if purpose is not None and purpose[0] and given in ("pledged", None):
            # "pledged $200,000 for funerals", "set aside $2m for repairs to the school", "for
            # reconstruction": money given for a purpose of its own, never a value of money pledged
            # for another purpose or none, whatever its verb (t13p F6); the words of its phrase are
            # the purpose's ("for funeral costs", "towards the cost of": no cost of the amount's).
            # Relief, the default purpose, adds no measure ("set aside … in emergency funds").
            return f"pledged|{purpose[0]}", f"money for {purpose[1]}"
        if (role is None and given is None and _a_budget(before, after)) or budget_level(before):
            # "approved a £620m budget", "its budget of £620m": a body's budget, a measure of its
            # own, never a value of what it spends on one thing ("will spend £280m on adult social
            # care") nor of one household's bill (review s42-rv finding 11); a level a verb of change
            # sets it to ("budget will rise to £1.2bn", "budget cut by £2m to £6m": s43-rv finding 4)
            return BUDGET, BUDGET
        if role == "cost":
            if not any(MONEY_ROLES.get(w) == "damage" for w in before + after):
                # "Repairs will cost $4.5 million", "The repair bill came to $4.2 million": the
                # cost of the thing the clause names, one measure whatever the cost's word, so
                # outlets' values of it are compared; never the damage, the aid or a fine.
                thing = cost_thing(before, after)
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
        if role == "demanded" and _RANSOM & {*before, *after}:
            return role, "ransom demanded"
        if role:
            return f"{role}", _MONEY_LABELS[role]
        return "", ""
    if fig.kind == "duration":
        # "will remain closed for three days": the closure's duration (roles.lasting)
        # "turned back 22 minutes into the flight": the journey's time when it was cut short; what
        # takes it ("an investigation, which could take up to 18 months"); a named person's years
        # in a job ("who has flown for Nordair for 21 years", its owner read in extract.py)
        return (
            prison_term(before, after)  # "jailed for six years": no lasting of what it punishes
            or elided_sentence(text, fig.start, sent)  # "…, and Tariq Shah for six years"
            or lasting(before, comma_parts(text, fig.start, sent[0]))
            or elapsed(text, fig.start, fig.end, sent)
            or (CAREER if career_of(text, fig.start, sent) else None)
            or taking(text, fig.start, sent)
            or ("", "")
        )
    if fig.kind == "percent" and (role := percent_offer_or_demand(before, after)):
        # "Employers have offered 4.5 percent", "the 8% the unions have demanded": a pay offer and
        # a pay demand are two measures, as in money, each outlet's demand in one row and a raised
        # offer a later value of the offer (review s42-rv finding 7, t13aj N2/N3: the union's
        # 9% and the employers' 4.5% were one "pay rise" row that disagreed)
        return f"pay {role}", f"pay rise {role}"
    return "", ""


# Verbs that set a thing to a new level ("raise the minimum wage to Tk 12,500", "lift its offer to
# 14,000 taka", "increased the fund by $2m", "cut its budget to £620m"): the amount after "to" is
# the level of their object, after "by" its change, never money the verb's subject raised, nor a
# sum cut ("cut its budget to £620m" was £620m cut and disagreed with "will cut £58m": review
# s42-rv finding 5). The one list of verbs moving a value, lexicon.CHANGE_VERBS, with the present
# forms of lexicon.TALLY_VERBS.
_LEVEL_VERBS = CHANGE_VERBS | TALLY_VERBS
# Verbs that make savings a budget's cut ("make savings of £58m", "needs to find £12m of savings",
# "delivered savings of"): the noun "savings" is a cut only as their object, a household's "life
# savings of £40,000" none (review s42-rv finding 5)
_SAVINGS_MADE = frozenset(
    """make makes made making find finds found finding deliver delivers delivered delivering achieve
    achieves achieved identify identified need needs needed""".split()
)
_SAVINGS_MADE_WORDS = 3  # words between such a verb and "savings" ("make further efficiency savings")
# Nouns of an offer as a verb's object ("raise their offer to"): the amount is money offered.
_OFFER_NOUNS = frozenset("offer offers".split())
# What opens a relative clause right after an amount ("the Tk 23,000 the unions have demanded",
# "the £3.6m that the hackers want"): its verb governs the amount, at most so many words on.
_RELATIVE_OPENERS = frozenset("the that which its their his her".split())
_RELATIVE_WORDS = 5
_RELATIVE_SUBJECTS = frozenset("that which who".split())
# The nouns of a cut or a saving a sum may modify or be said in ("£58m of cuts", "£12m in savings");
# the verbs after a sum are a purpose's ("to save", "to cut").
_CUT_NOUNS = frozenset("cuts savings".split())


def _governing_role(before: Sequence[str]) -> str | None:
    """The money role (:data:`~.words.MONEY_ROLES`) of the verb or noun governing an amount, from
    the words of its clause before it (lower case): the nearest cue, except that a verb of a new
    level with its object and "to"/"by" between ("offered to raise the monthly minimum wage to",
    "would raise their offer to") gives its object's role (an offer's, a money noun's) or else
    that of the cue before the verb ("offered"), never money raised (review s41-rv finding 4)."""
    cues = [k for k, w in enumerate(before) if bare_word(w) in MONEY_ROLES and not _savings_held(before, k)]
    if not cues:
        return None
    k = cues[-1]
    if before[k] in _LEVEL_VERBS and len(before) - k > 2 and before[-1] in ("to", "by"):
        if before[-1] == "by" and MONEY_ROLES.get(before[k]) == "cut":
            return "cut"  # "cut its budget by £58m": the change is the sum cut
        thing = before[-2]
        if thing in _OFFER_NOUNS:
            return "offered"
        if MONEY_ROLES.get(thing) not in (None, "raised"):
            return MONEY_ROLES[thing]
        earlier: str | None = nearest_cue(before[:k], MONEY_ROLES, reverse=True)
        return earlier
    return MONEY_ROLES[bare_word(before[k])]


_BUDGETS = frozenset({"budget", "budgets"})
_BUDGET_LINKS = frozenset("of is was be at totals totalled".split())  # "its budget of", "the budget is"
_BUDGET_WORDS = 6  # words from "budget" to its amount ("The budget for 2026/27 is")


def _a_budget(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether an amount is a budget: the noun "budget" right after it ("a £620m budget") or its
    clause's subject or "of" phrase right before it, within :data:`_BUDGET_WORDS` words ("its budget
    of £620m", "The budget for 2026/27 is £620m"); never "cut £58m from its budget"."""
    if after[:1] and after[0] in _BUDGETS:
        return True
    near = before[-_BUDGET_WORDS:]
    return bool(near) and near[-1] in _BUDGET_LINKS and bool(_BUDGETS & set(near))


def _negotiation_words(words: Sequence[str]) -> list[str]:
    """The words (lower case) of an amount's clause as its role reading takes them: a giving word
    before a noun of wages ("a pay rise of €2,000", "a pay claim") blanked, a noun of wages and no
    verb of paying (t13aa K5: the union demanding a pay rise was money the union pledged); the
    gerund "offering" after an auxiliary the verb ("is offering €800": money offered; "a share
    offering of $500 million" is a noun)."""
    words = [
        "" if MONEY_ROLES.get(w) == "pledged" and nxt in _PAY_NOUNS else w for w, nxt in zip(words, [*words[1:], ""])
    ]
    return ["offered" if w == OFFERING and k and words[k - 1] in AUXILIARIES else w for k, w in enumerate(words)]


# The words that may stand between an offer's or a demand's word and the percentage it governs
# ("wants a 9 percent pay rise", "offered a pay rise of 3.5%", "raised their offer to a 5%"): the
# percentage is then the rise offered or demanded, never where another noun stands between
# ("wants inflation at 2%": no demand of 2%).
_PAY_BETWEEN = (
    DETERMINERS
    | frozenset(
        """of to by at around about some nearly almost just only pay wage wages salary salaries rise rises
    raise raises increase increases offer offers claim award deal one-off annual yearly improved""".split()
    )
    | {""}
)  # (a giving word blanked before a noun of wages: "a pay rise of")


def percent_offer_or_demand(before: Sequence[str], after: Sequence[str]) -> str | None:
    """ "offered" or "demanded" when a percentage is a rise one side offers or the other demands,
    read as an amount's role is (the cue before it, :func:`_role_after`): "Employers have
    offered 4.5 percent", "the 8% the unions have demanded", "The union is seeking a pay rise of 9
    percent", "raised their offer to a 5% pay rise" (a raised offer is the offer's later value),
    "improved their offer of 4.5 percent"; None for any other percentage. ``before``/``after``:
    the words (lower case) of its clause before and after it."""
    before = _negotiation_words(before)
    after = _negotiation_words(after)
    if _ACCEPTED & set(before):
        # "nurses accepted a 7% offer": the rise agreed, one row with "accepted a 7% pay rise"
        return None
    while before and before[-1] in DETERMINERS:
        before = before[:-1]  # (the noun phrase's: "raised their offer to a 5% rise")
    if len(before) > 1 and before[-1] == "for" and before[-2] in ASKED_FOR:
        return "demanded"  # "is asking for a 5% raise", as "asked for $500,000" is money demanded
    role = _role_after(after)
    offer = next((k for k, w in enumerate(after[:3]) if w in _OFFER_NOUNS), None)
    if role not in _NEGOTIATED and offer is not None and all(_offer_modifier(w) for w in after[:offer]):
        role = "offered"  # "a 5% pay offer", a table's "4.5% | Employers' offer"
    if role not in _NEGOTIATED:
        cues = [k for k, w in enumerate(before) if MONEY_ROLES.get(bare_word(w)) in _NEGOTIATED or w in _OFFER_NOUNS]
        if not cues or not all(w in _PAY_BETWEEN for w in before[cues[-1] + 1 :]):
            return None
        role = "offered" if before[cues[-1]] in _OFFER_NOUNS else MONEY_ROLES[bare_word(before[cues[-1]])]
    return role if role in _NEGOTIATED else None


_NEGOTIATED = frozenset({"offered", "demanded"})
# Verbs of accepting an offer or agreeing a rise: the percentage is then the rise agreed, no offer
_ACCEPTED = frozenset("accepted accept accepts accepting agreed approved backed settled".split())


def _offer_modifier(word: str) -> bool:
    """Whether ``word`` may stand before "offer" in an offer's noun phrase: a pay rise's word
    (:data:`_PAY_BETWEEN`) or a possessive ("employers'", "the board's")."""
    return word in _PAY_BETWEEN or word.endswith(("'", "’", "'s", "’s"))


def _savings_held(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` is the noun "savings" (or "saving") that no verb of making savings
    (:data:`_SAVINGS_MADE`) governs just before it: money someone holds ("lost life savings of"),
    no cut."""
    if words[k] not in ("savings", "saving"):
        return False
    return not any(w in _SAVINGS_MADE for w in words[max(0, k - _SAVINGS_MADE_WORDS) : k])


def _role_after(after: Sequence[str]) -> str | None:
    """The money role said right after an amount: a noun it modifies, the head of a compound
    rather than its modifier ("a £72m funding gap": the gap's, never "funding"'s), or the verb of a
    relative clause after it ("the Tk 23,000 the unions have demanded"); None when none is."""
    head = None
    for k, w in enumerate(after[:3]):
        if k and w in _RELATIVE_SUBJECTS:
            break  # "a £2.1bn budget that raises council tax": the budget's own clause, no role of the sum
        role = MONEY_ROLES.get(bare_word(w))
        if role == "cut" and w not in _CUT_NOUNS:
            role = None  # "$2m to save the reef", "to cut emissions": a purpose's verb, no cut of the sum
        if role is not None:
            head = role
            if k + 1 < len(after) and MONEY_ROLES.get(bare_word(after[k + 1])) is not None:
                continue  # a modifier: the next word is the compound's head
            return head
        if head is not None:
            return head
    if after[:1] and after[0] in _RELATIVE_OPENERS:
        relative: str | None = nearest_cue(after[1:_RELATIVE_WORDS], MONEY_ROLES)
        return relative
    return head


def _after_part_of(after: Sequence[str]) -> Sequence[str]:
    """The clause's words after a sum past an "of" phrase naming the whole it is a part of
    ("of it went to repairs", "of the fund was used": from "went", "was"), else ``after``."""
    if after[:1] != ["of"]:
        return after
    k = next((k for k in range(2, min(len(after), 2 + _PART_OF_WORDS)) if after[k] in _CLAUSE_AFTER_CLAIMED), None)
    return after if k is None else after[k:]


def spent_after(clause: Sequence[str]) -> bool:
    """Whether the clause right after a sum (its words past an "of" phrase, :func:`_after_part_of`)
    says it was spent: a verb of :data:`_SPENT_VERBS` after at most its auxiliaries, with its
    word of where ("went to repairs", "was used for the roof"), or "spent" ("had been spent")."""
    k = 0
    while k < len(clause) and clause[k] in AUXILIARIES:
        k += 1
    if k >= len(clause):
        return False
    if clause[k] == "spent":
        return True
    return clause[k + 1 : k + 2] != [] and clause[k + 1] in _SPENT_VERBS.get(clause[k], frozenset())


def _words_after(words: Sequence[str], verb: str) -> list[str]:
    """The words of ``words`` after the first ``verb`` among them ([] when none is): a clause
    verb's particle and object ("were turned away from": ["away", "from"])."""
    return list(words[words.index(verb) + 1 :]) if verb and verb in words else []


def _own_participle(word: str) -> bool:
    """Whether ``word`` is a participle a count's things had done to them ("trapped", "stranded"),
    no word of how the count is known ("reported", "found"), of being aboard ("carried") or of damage
    (read as the things' damage)."""
    return (
        word.isalpha()
        and is_participle(word)
        and word not in REPORTING_VERBS
        and word not in ABOARD_WORDS
        and word not in _DAMAGE
        and word not in FINITE_VERBS  # "60,000 people spent a second night": their own deed
    )


def _participle_before(noun_words: Sequence[str]) -> bool:
    """Whether a counted noun opens with a participle that says what befell its things ("trapped
    miners", "stranded" and other casualty words read before), no damage (read as the thing's
    damage) nor a word of how it is known ("reported cases")."""
    return len(noun_words) > 1 and _own_participle(noun_words[0])


# The words of a firm's results around its "loss" or "losses": the verbs that report one ("posted",
# "booked", "swung to", "widened"), the kinds of result ("net", "operating", "pre-tax") and the
# periods results are given for ("for the quarter", "in the first half"). A disaster's losses have
# none of them ("losses estimated at $2 billion", "insured losses reached $1.8 billion").
_RESULT_WORDS = frozenset(
    """posted posts posting booked books booking swung swings swing narrowed narrows
    narrowing widened widens widening net operating pre-tax pretax underlying quarterly quarter
    half-year half first-half full-year fiscal""".split()
)
# What a disaster's losses are called, whatever else their clause says: "insured losses", "economic
# losses", "crop losses" (insurers' and governments' estimates of the damage).
_DAMAGE_LOSSES = frozenset("insured uninsured economic material property physical crop agricultural".split())


def _firms_result(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the "loss" or "losses" naming an amount (the last such word ``before`` it, else one of
    the first three ``after`` it) is a firm's result by the words of its clause
    (:data:`_RESULT_WORDS`), and no disaster's losses by their modifier (:data:`_DAMAGE_LOSSES`).
    False when no such word names the amount (its role is "damage" by another word: "damage")."""
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in ("loss", "losses")), None)
    if at is not None and any(MONEY_ROLES.get(w) == "damage" for w in before[at + 1 :]):
        at = None  # "losses … and damage put at": the nearer word names it
    if at is None:
        if not any(w in ("loss", "losses") for w in after[:3]):
            return False
        # "a $40 million loss": its modifiers are the words before the amount
        modifier = before[-1] if before else ""
    else:
        modifier = before[at - 1] if at > 0 else ""
    if modifier in _DAMAGE_LOSSES:
        return False
    return any(w in _RESULT_WORDS for w in [*before, *after])


# Words between "lost" and the amount it lost: "lost an estimated $2m", "lost about €5m".
_LOST_GAP = frozenset("a an the some about around nearly almost roughly over estimated another up to".split())


def _lost_object(before: Sequence[str]) -> bool:
    """Whether an amount is the object of "lost" (:data:`_LOST_GAP` words between): a loss ("The
    families who lost relatives received €5,000" is no loss: "lost" is not right before it)."""
    rest = list(before)
    while rest and rest[-1] in _LOST_GAP:
        rest.pop()
    return rest[-1:] == ["lost"]


def _casualty_label(hit: tuple[str, str], head: str) -> tuple[str, str]:
    """A casualty measure's (key, label) for a count whose counted noun is ``head``: the
    measure's own label for people of any kind ("12 people", "18 dead", "3,500 residents", no
    noun), else the noun's ("120 homes had been evacuated" is *homes evacuated*, never *people
    evacuated*)."""
    key, _label = hit
    if people_kind(head):
        return hit
    return key, f"{head} {_CASUALTY_VERB[key]}"


def dimension_of(v: FactValue) -> str:
    """What a value is counted or measured in (:func:`_dimension_of`), a rate's period with it
    ("count|passengers per day"): a rate and a total are never compared (t13q F15)."""
    dim = _dimension_of(v)
    return f"{dim} per {v.per}" if v.per else dim


def _dimension_of(v: FactValue) -> str:
    """What a value is counted or measured in, for telling whether two values can conflict: money
    by currency; a count of a named measure (death toll, people injured) by its noun, people
    however written (:data:`PERSON_NOUNS`, or none); anything else by its SI dimension or unit."""
    if v.kind == "money":
        return f"money|{v.unit}"
    if v.kind == "count" and v.measure:
        # People as such however the count is worded: "11 people died" (whose unit is the verb,
        # "died"), "12 injured", "200 evacuees" and "3,400 people" count one thing.
        people = v.unit in PERSON_NOUNS or v.unit in CASUALTY or v.unit in COUNTED_ADJECTIVES
        # a toll's miners, passengers or workers are its people (t13y G6), its children a part
        # (an earlier event's toll too, "death|earlier 1987 landslide": "31 villagers" and "killed 31")
        people = people or (v.measure.split("|", 1)[0] in TOLL_MEASURES and toll_people(v.unit))
        # a ship's people however named, "three crew", "four crew members", "five sailors", "six
        # missing fishermen": one kind, compared among themselves, never with people as such (a
        # typhoon's "three fishermen" may be some of its "five missing people"; t13af N4)
        noun = "people" if people or not v.unit else "crew" if crew_kind(v.unit, v.modifiers) else v.unit
        if v.measure == "jobs|cut":
            noun = "jobs"  # one job per worker cut: "240 jobs", "260 positions", "240 staff", "240 redundancies"
        elif v.measure == "staff":
            # "650 people", "650 workers", "650 employees" a firm employs: its staff
            noun = "people"
        elif v.measure == STRIKE or v.measure.startswith(f"{STRIKE}|"):
            # "12,000 dockworkers", "15,000 members" on strike: the story's strikers (t13aj N1),
            # or one trade's of a story of several (roles.strikers_by_trade)
            noun = "people"
        elif v.measure == POWER_OUT:
            noun = "homes"  # one home per household per customer
        return f"count|{v.measure}|{noun}"
    return f"{v.kind}|{SI_UNITS.get(v.unit, (1, v.unit))[1]}"


def part_label(group: str, noun: str) -> str:
    """The label of a count of some of a casualty group, its noun and the group's word: "children
    among the dead", "residents among the injured" (was "dead: children", a label with a noun after
    a colon no reader took for a part of the dead: t13air N5)."""
    return f"{noun} among the {group}"


def sub_group_counts(values: Sequence[FactValue]) -> None:
    """Set apart, in place, one article's counts of a sub-group of a casualty measure's people
    (``values`` in text order): a count of a noun of its own ("Six residents sustained injuries")
    after a larger count of people as such of the same measure, in a sentence of its own of the
    same live blog entry or of an article of none ("Nine people were injured as families ran"), is
    some of them, a fact of its own labelled by the group as "were among the injured" is
    (``injured|among|residents``, "injured: residents"), never a value of the row's total: it made
    the whole row not compared, hiding another outlet's 14 people against these 9 (t13ae P9, round
    s37-z1). A part is never larger than its whole, so a larger count of another noun ("3,600
    residents …, while 3,400 people", t13r F2) stays a kind of its own, counted apart; so does one
    before the people's count ("Four workers were injured" before "The number of injured rises to
    nine": what was said before, not a part of it)."""
    # the largest count of people as such so far, by measure, label, owner and entry: (its value, its sentence)
    people: dict[tuple[str, str, str, str], tuple[float, tuple[int, int]]] = {}
    for v in values:
        if v.kind != "count" or v.measure not in _CASUALTY_VERB or not isinstance(v.value, float):
            continue
        key = (v.measure, v.label, v.owner, v.entry)
        whole = people.get(key)
        if dimension_of(v) == f"count|{v.measure}|people":
            if whole is None or v.value > whole[0]:
                people[key] = (v.value, v.sentence)
            continue
        if whole is None or not v.unit or v.value >= whole[0] or v.sentence == whole[1]:
            continue
        word = GROUP_WORD.get(v.measure, _CASUALTY_VERB[v.measure])
        v.measure, v.label = f"{v.measure}|among|{v.unit.lower()}", part_label(word, v.unit)


def kinds_by_doc(values: Sequence[FactValue]) -> dict[str, frozenset[str]]:
    """The kinds (:func:`dimension_of`) each article's values of one fact count. Two articles are
    compared only when they count the same kinds: an article giving two ("3,600 residents …,
    while 3,400 people …") counts each apart, so its "people" are the others beside its residents,
    no total another article's "people" gives (t13r F2)."""
    kinds: dict[str, frozenset[str]] = {}
    for v in values:
        kinds[v.doc] = kinds.get(v.doc, frozenset()) | {dimension_of(v)}
    return _crew_as_people(values, kinds)


# The prepositions that put a casualty count in its event: "injured in the blaze", "missing after
# the sinking", "hurt during the stampede".
# ("from/by/at the X" place people at a thing, "missing from the ferry", never in an event: review
# s40-rv finding 5)
_EVENT_PREPOSITIONS = frozenset("in during after following since".split())
_EVENT_NOUN_WORDS = 3  # "in the garment factory fire": the event's noun is the last of these


def _events_said(v: FactValue) -> set[str]:
    """The events ``v``'s own sentence puts it in, each by the noun its writer uses for it, lower
    case: the last word of a definite noun phrase after a preposition ("injured in the blaze" →
    "blaze", "in the factory fire" → "fire"). Read from the story's own words, never from a list of
    event nouns (issue #16, s40-x1: "the blaze" was no event, so a crew injured in it was never the
    people another outlet says were injured in the fire)."""
    words = [w.lower() for w in v.words]
    said: set[str] = set()
    for i in range(len(words) - 2):
        if words[i] not in _EVENT_PREPOSITIONS or words[i + 1] != "the":
            continue
        phrase: list[str] = []
        for w in words[i + 2 : i + 2 + _EVENT_NOUN_WORDS]:
            if not w or w in STOP_WORDS:
                break
            phrase.append(w)
        if phrase:
            said.add(event_noun_kind(phrase[-1]))  # (one kind however worded: "blaze", "fire")
    return said


def _crew_as_people(values: Sequence[FactValue], kinds: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``kinds`` with a crew counted as people where one fact's articles count either the crew alone
    or people alone and every value's sentence puts it in the story's event, by whatever noun it
    names it (:func:`_events_said`: "Five crew members were injured in the blaze" beside "Five
    people were injured in the fire", or "Seven were injured in the fire": one count of one event,
    compared; issue #16, s39-x1, s40-x1). Else
    unchanged: a typhoon's "three fishermen who left port" are no value of its "five missing" (no
    event named in both), an article counting both keeps them apart, and passengers stay passengers."""
    sets = set(kinds.values())
    if len(sets) != 2 or any(len(k) != 1 for k in sets):
        return kinds
    (one,), (other,) = sets
    crew, people = (one, other) if one.endswith("|crew") else (other, one)
    if not crew.endswith("|crew") or people != f"{crew.removesuffix('crew')}people":
        return kinds
    # a crew is a part of the people aboard: "Two crew members were injured" does not contradict
    # "Twelve people were injured", so a crew is counted as the people only where it is as many or
    # more ("Five crew members" and "Five people"; review s39-rv finding 3)
    crews = [v.value for v in values if dimension_of(v) == crew and not isinstance(v.value, str)]
    peoples = [v.high or v.value for v in values if dimension_of(v) == people and not isinstance(v.value, str)]
    if not crews or not peoples or min(crews) < max(peoples):
        return kinds
    # each value in an event its sentence names as the story's own, "the" one ("in the fire", "in
    # the blaze": one story names its event by several nouns); a crew named in none, "three
    # fishermen who left port", is no value of the people missing
    # and the crew's event is the people's, by one noun or nouns of one kind (things.event_noun_kind:
    # "the blaze", "the fire"): a crew hurt "during the rescue" is no value of the people hurt "in
    # the capsizing" (review s40-rv finding 5)
    crew_events = [_events_said(v) for v in values if dimension_of(v) == crew]
    people_events = [_events_said(v) for v in values if dimension_of(v) != crew]
    if not all(crew_events) or not all(people_events):
        return kinds
    if not all(c & p for c in crew_events for p in people_events):
        return kinds
    return {doc: frozenset({people}) for doc in kinds}


def dimension_noun(dimension: str) -> str:
    """What a :func:`dimension_of` counts, in words: "residents", "people", "EUR"."""
    return dimension.rsplit("|", 1)[-1] or dimension.split("|", 1)[0]
