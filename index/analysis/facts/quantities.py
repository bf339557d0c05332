"""What a measurement measures (:func:`quantity_measure`): a magnitude, a temperature
(:mod:`.temperatures`), a depth, a distance and the places at its ends (a named place's distance
"away", the dateline's place, the event's site), a radius, a height, a storm surge, a length or an
area by its verb, a speed (wind, gusts, a moving thing's, a way's limit), rain (fallen or
forecast), a spill and a cargo. Split out of measures.py (round s43-k, no rule changed); each
rule's comment names the test corpus or review finding it came from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.lengths import extent_of, length_role, spreading_thing, thing_words
from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.places import (
    NAMED_PLACE,
    PLACE_AFTER,
    RAIN,
    listed_place,
    rain_place,
    time_word,
)
from waic_reader.index.analysis.facts.roles import (
    CARGO,
    SPILL_DIMENSIONS,
    carried,
    spill_measure,
    spilled_stuff,
)
from waic_reader.index.analysis.facts.temperatures import FORECAST, temperature_measure
from waic_reader.index.analysis.facts.words import (
    AUXILIARIES,
    CASUALTY,
    REPORTING_VERBS,
    VERB_ADVERBS,
    WORD,
    clause_after,
    clause_before,
    clause_verb,
    is_participle,
    nearest_cue,
    singular_of,
)
from waic_reader.index.analysis.figures import (
    SI_UNITS,
    TEMPERATURE_UNITS,
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    CHANGE_VERBS,
    IRREGULAR_PAST,
    STOP_WORDS,
    SUBORDINATORS,
)
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.tokens import fold

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
EVACUATION_RADIUS = ("radius|evacuated", "evacuation radius")  # (measure key, label)
# A line drawn around a place is a radius too ("We drew a two-kilometre line around the site"): the
# noun with "around" after it (t13az N5, round s53-f2: a row "length (km)").
_ROUND_LINES = frozenset("line ring circle".split())
_AROUND = frozenset("around round".split())
# What may stand between a radius's noun and its length after it: a change of its size ("The
# evacuation zone has been widened to 2 km", "the cordon was extended to three kilometres"), a
# copula ("the zone is 2 km"), "of" ("an evacuation zone of two kilometres", "across a radius of
# two kilometres").
_RESIZE = CHANGE_VERBS | frozenset(
    """widened widen widens narrowed narrow narrows extended extend extends expanded expand expands
    enlarged enlarge enlarges reduced reduce reduces shrunk shrank set""".split()
)
_RADIUS_GAP = AUXILIARIES | VERB_ADVERBS | _RESIZE | frozenset("of to at by now".split())
# The words right after a length that say how far away something is with no place named ("heard up
# to 15 km away", "seen 30 miles offshore"): a distance, labelled so ("drifted 12 km from its mooring"
# is the way the rig went: no measure).
_AWAY = frozenset("away off offshore".split())
# The measure and label of a distance "away" from no named place ("heard up to 15 km away"): listed,
# never compared (:func:`placeless`).
PLACELESS_DISTANCE = ("distance", "distance")


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
    cut = max(
        (k + 1 for k, w in enumerate(words) if w in SUBORDINATORS or w in REPORTING_VERBS or w in _EVIDENCE_VERBS),
        default=0,
    )
    # "The train's recorder showed it was travelling at 158 km/h": the pronoun after a verb of
    # evidence is the thing whose device or record shows it, the possessor before it (t13aq N5: a
    # row "speed (recorder)" beside "speed (train)")
    device_of = next(
        (re.sub(r"['’]s$", "", w) for w in reversed(words[: max(0, cut - 1)]) if re.search(r"\w['’]s$", w)), ""
    )
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
    if not subject and device_of and words[:verb] in (["it"], ["she"]):
        return singular_of(device_of)
    return singular_of(subject[-1]) if subject else ""


# Verbs by which a record or an instrument shows what happened ("the recorder showed", "data
# indicated", "the black box revealed"): a clause after them is what was shown, its subject the
# thing measured, never the instrument.
_EVIDENCE_VERBS = frozenset(
    "show shows showed shown indicate indicates indicated suggest suggests suggested reveal reveals revealed "
    "record records recorded confirm confirms confirmed".split()
)


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


def _radius_before(before: Sequence[str]) -> bool:
    """Whether a length's own clause before it (``before``, lower case) ends with a radius's noun
    (:data:`_RADIUS`) and only the words that join it to its size (:data:`_RADIUS_GAP`): "an
    evacuation zone of", "The evacuation zone has been widened to", "across a radius of"."""
    k = len(before)
    while k and before[k - 1] in _RADIUS_GAP:
        k -= 1
    return 0 < k < len(before) and before[k - 1] in _RADIUS


def _casualties(text: str, sent: tuple[int, int]) -> set[str]:
    """The casualty measures a sentence's words name ("evacuated", "death")."""
    return {CASUALTY[w][0] for w in (x.lower() for x in WORD.findall(text, sent[0], sent[1])) if w in CASUALTY}


_SPILL_CONTEXT = 240  # characters before an amount spilled read for its stuff when its clause names none


def quantity_measure(
    text: str, fig: Figure, sent: tuple[int, int], before: list[str], after: list[str]
) -> tuple[str, str]:
    """(measure key, label) of a measurement (``fig.kind == "quantity"``: a magnitude, a
    temperature, a length, an area, a speed, rain, a spill), ("", "") when its words name none.
    ``before`` and ``after``: the lower-case words of its clause before and after it
    (``words.clause_before``, ``words.clause_after``)."""
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
    if dim == "length" and (
        set(after[:2]) & _RADIUS
        or (_within(own_before) and after[:1] == ["radius"])
        or _radius_before(own_before)
        or (after[:1] and after[0] in _ROUND_LINES and after[1:2] and after[1] in _AROUND)
    ):
        # "within a 3 km radius", "a three kilometre zone around the site": a radius, the
        # evacuation's where its sentence evacuates
        if "evacuated" in _casualties(text, sent):
            return EVACUATION_RADIUS
        return "radius", "radius"
    if dim == "length" and _within(own_before) and "evacuated" in _casualties(text, sent):
        # "residents living within 2 kilometres of the plant were evacuated", "from homes
        # within three kilometres of the site": the evacuation's radius, one fact whatever
        # the place's words (was *length evacuated* and *distance to Quimibral*: t13n F6)
        return "radius|evacuated", "evacuation radius"
    if dim == "length" and (of_thing := length_role(text, fig, sent)) is not None:
        # what the length is of and what of it it measures: "a reservoir about 30 metres
        # deep", "The 52-metre dam", "7.5 miles below the dam" (lengths.py; t13x F1/F8)
        if of_thing[0] == "length" and (spreading := spreading_thing(of_thing[2])):
            # "| Slick length | 18 km |": one row with "the slick covered 25 km" (t13av N3)
            return f"length|{spreading}", f"length of the {spreading}"
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
    if dim in SPILL_DIMENSIONS and carried(own_before, after):
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


def evacuated_radius(values: Sequence[FactValue]) -> None:
    """One article's radii whose sentence names no evacuation (measure "radius": "The exclusion
    zone was later extended to 5 km") are its evacuation radius when it gives one
    (:data:`EVACUATION_RADIUS`: "a 3 km exclusion zone … residents were evacuated"), in place, so a
    live blog's later size replaces its first (t13az N5, round s53-f2)."""
    if any(v.measure == EVACUATION_RADIUS[0] for v in values):
        for v in values:
            if v.kind == "quantity" and v.measure == "radius":
                v.measure, v.label = EVACUATION_RADIUS


def story_radius(values: Sequence[FactValue]) -> list[FactValue]:
    """The story's radii whose sentence names no evacuation (measure "radius": "We drew a
    two-kilometre line around the site", "went door to door across a radius of two kilometres")
    are the evacuation's radius when the story's other articles give one (:data:`EVACUATION_RADIUS`:
    "a 1 km evacuation zone", "The evacuation zone has been widened to 2 km"): one row, its change
    over the day shown (t13az N5, round s53-f2: rows "evacuation radius" and "length (km)" apart).
    A new list (the values may be kept ones: none is changed in place). Linear."""
    if not any(v.measure == EVACUATION_RADIUS[0] for v in values):
        return list(values)
    return [
        replace(v, measure=EVACUATION_RADIUS[0], label=EVACUATION_RADIUS[1])
        if v.kind == "quantity" and v.measure == "radius"
        else v
        for v in values
    ]
