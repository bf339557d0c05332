"""What a length is of, and what of it it measures: a depth, a height, a length or a width of a
thing its sentence names, or a distance along a river (issue #16: group by the thing measured, never
by the unit; t13x F1 and F8, round s34-f).

* A dimension's adjective after the length or fused to it ("30 metres deep", "48 m tall", "a
  30-metre-deep reservoir") says what it measures; the thing is the noun it modifies ("a reservoir
  about 30 metres deep", "The dam, 48 metres high", "a 10 m high wave") or the subject of a verb of
  being or standing before it ("Water stood up to 3 metres deep", "The dam stood 48 m tall").
* Water rising to a length is the water's depth ("Water rose to 10 feet in Market Street",
  "Floodwater reached 6 feet"): one fact with "the water was 10 feet deep"; so is a river, a lake or
  a water level rising ("the river rose 6.2 metres", "Peak water levels reached 6.2 metres"), water
  standing above its normal level, and a table's "Peak water level" (t13at N2).
* A plume's height is named by its rising verb, by a role noun ("had reached a height of 11 km",
  "Ash column height | 11 km") or by the plume's noun before a length rising skyward ("an ash column
  11 kilometres into the sky"); a speaker before a reported clause is never its subject (t13as N1).
* A length fused before a thing that stands ("The 52-metre dam", "the 160-foot tower", "a 40-foot
  wave", "The mine's 150-foot headframe", "Its 35 m headframe") is that thing's height whatever
  the rest of its sentence says (:func:`tall_thing`); before any other noun it is left to the
  caller's rules ("a 300-metre bridge" may be its length or its height).
* How far a tool or a work in progress has got ("Rescuers drilling a rescue shaft had reached a
  depth of 310 metres", "The drill is at 120 metres", "The tunnel boring machine has advanced 800
  metres", "Drilling on the relief well had reached 11,800 feet") is the progress of that work, a
  fact of its own, *depth reached by the drill*, *distance reached by the tunnel*: never the story's
  depth (the trapped miners' 420 m) nor a hole's size ("The well is 5,500 metres deep"); the progress
  verb belongs to the tool or work its clause names (:func:`progress`; t13y G3, round s35-a).
* A size fused before a bore in small units ("a 60-centimetre rescue shaft", "a 6-inch pipe", "a
  200-millimetre borehole") is the bore's width, one fact with "the shaft, 24 inches wide".
* "12 kilometres downstream", "7.5 miles below the dam", "4 miles upstream of the weir" are a
  distance along a river: *distance downstream* (or *upstream*), its subject's name ("Kellby lies
  …") the figure's owner, so two towns' distances are never compared; "below the surface",
  "beneath the seabed" stay a depth. Below or above a thing on a river it is one only in a unit of
  distance (km, mi) with no rising verb governing it and no water its subject: "The river rose 2
  metres above the bridge", "The lake was 3 metres below the weir" are the water's level there,
  *water level above the bridge* (review s34-r item 5, round s34-q: was *distance upstream*); the
  thing is the head of the words after "the" or a possessive ("the town's weir": the weir).

A thing is a common noun in lower case and singular ("reservoir", "dam", "wave"; every word for
flood water is "water");
a proper name is kept as written. The caller (``quantities.quantity_measure``) keys the measure by its
role and the grouping keeps different things' figures apart by their owner (``FactValue.owner``,
``grouping._measured_group``): a reservoir's 30 m and the flood water's 3 m were one row in
disagreement."""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import SAY
from waic_reader.index.analysis.facts.words import (
    WORD,
    bare_word,
    clause_after,
    clause_before,
    is_participle,
    singular_of,
)
from waic_reader.index.analysis.figures import Figure
from waic_reader.index.analysis.lexicon import DETERMINERS, MONTHS, STOP_WORDS, SUBORDINATORS, WEEKDAYS

# The adjectives a length is said by, after it or fused to it: what of its thing it measures.
ROLE_ADJECTIVES = {"deep": "depth", "high": "height", "tall": "height", "long": "length", "wide": "width"}
# Things whose size, fused before them with no adjective, is their height ("The 52-metre dam",
# "the 160-foot tower", "a 40-foot wave"): things that stand, structures among them ("The mine's
# 150-foot headframe", "the bridge's 60 m pier": t13y G5, round s34-u).
TALL_THINGS = frozenset(
    """dam dams tower towers building buildings skyscraper skyscrapers wall walls statue statues tree
    trees wave waves cliff cliffs mast masts chimney chimneys spire spires waterfall waterfalls levee
    levees dyke dykes dike dikes embankment embankments pylon pylons crane cranes turbine turbines
    headframe headframes headgear pier piers pillar pillars obelisk obelisks monument
    monuments lighthouse lighthouses steeple steeples minaret minarets belfry belfries silo silos
    smokestack smokestacks derrick derricks gantry gantries antenna antennas flagpole flagpoles
    windmill windmills""".split()
)
# The last parts of compounds that stand ("watchtower", "seawall", "bell-tower", "smokestack",
# "flagpole"): structures only ("shockwave", "shipbuilding" end in other things' words).
_TALL_ENDINGS = tuple("tower towers wall walls mast masts spire spires stack stacks pole poles".split())


def tall_thing(word: str) -> bool:
    """Whether ``word`` (any case) names a thing that stands, whose size fused before it is its
    height: one of :data:`TALL_THINGS`, or a compound ending in a structure ("watchtower",
    "sea-wall")."""
    low = word.lower()
    return low in TALL_THINGS or any(low.endswith(t) and len(low) > len(t) for t in _TALL_ENDINGS)


# Things whose size, fused before them with no adjective, is their length ("The 340-metre bridge",
# "a 3-km tunnel", "the 2,800-metre runway", "a 300-metre ship"): things that run along the ground
# or the water, never up (t13aa K10: "The 340-metre bridge" was a bare *length (m)* beside the
# article's *length of the bridge*). A bore among them in small units is its width (:data:`BORES`).
LONG_THINGS = frozenset(
    """bridge bridges viaduct viaducts tunnel tunnels runway runways road roads motorway motorways
    highway highways railway railways railroad railroads track tracks canal canals causeway
    causeways pipeline pipelines route routes trail trails boardwalk boardwalks promenade
    promenades corridor corridors ship ships vessel vessels tanker tankers ferry ferries
    freighter freighters barge barges train trains platform platforms""".split()
)

# Bores: holes, shafts, pipes and tunnels, whose size fused before them in small units is their width
# ("a 60-centimetre rescue shaft", "a 6-inch pipe", "a 200-millimetre borehole": t13y G3, round s35-a).
BORES = frozenset(
    """shaft shafts borehole boreholes bore bores hole holes well wells pipe pipes pipeline pipelines
    tube tubes tunnel tunnels culvert culverts drain drains sewer sewers casing casings""".split()
)
# The units a bore's width is written in (a "600-metre shaft" is its depth, a "2-km tunnel" its length).
_BORE_WIDTH_UNITS = frozenset({"mm", "cm", "in"})
# The tools and works that make their way through rock, earth or water, by the work whose progress
# they tell: a drill, its bit, its rig and the hole it makes (a shaft, a borehole, a well) are one
# drill going down; a tunnel, its boring machine (a TBM, a "mole"); an excavation; a pipe pushed
# through; a search (t13y G3, round s35-a).
_WORKS: dict[str, str] = {
    **dict.fromkeys(
        """drill drills drilling driller drillers drillhead bit bits rig rigs borehole boreholes bore bores shaft
        shafts well wells hole holes""".split(),
        "drill",
    ),
    **dict.fromkeys("tunnel tunnels tunnelling tunneling tbm tbms borer borers boring mole".split(), "tunnel"),
    **dict.fromkeys(
        "excavation excavations excavator excavators digging digger diggers trench trenches".split(), "excavation"
    ),
    **dict.fromkeys("pipe pipes pipeline pipelines tube tubes".split(), "pipe"),
    **dict.fromkeys("search searches searchers".split(), "search"),
}
# The holes among them: their present "reaches" is their size ("The well reaches 18,000 feet below the
# seabed"), only a past or a progress form their progress ("had reached", "is at").
_HOLES = BORES | frozenset("trench trenches excavation excavations".split())
# The verbs a work's progress is told by ("has reached 340 metres", "advanced 800 metres", "had
# drilled 310 metres"), and the verbs of being that tell it with "at" or "to" ("is at 120 metres",
# "is now down to 300 metres").
_PROGRESS_VERBS: dict[str, str] = {
    **dict.fromkeys("reached reaches reach reaching passed advanced advances progressed got gotten".split(), ""),
    **dict.fromkeys("pushed lowered sunk penetrated".split(), ""),
    **dict.fromkeys("drilled".split(), "drill"),
    **dict.fromkeys("bored tunnelled tunneled".split(), "tunnel"),
    **dict.fromkeys("dug excavated".split(), "excavation"),
}
_PROGRESS_BEING = frozenset("is was are were stood stands".split())
# What may stand between the verb and the length: a way ("down to", "past"), "a depth of", adverbs.
_PROGRESS_GAP = frozenset("to at past beyond down further farther deeper forward now already just".split())
_PROGRESS_MEASURE = frozenset("depth distance length point mark".split())
_DOWNWARD = frozenset("depth deep down deeper below beneath underground under".split())
# How many words before its verb a work's word may stand ("Rescuers drilling a 60-centimetre rescue
# shaft had reached": 6).
_WORK_REACH = 8


# What stands between a subject and its verb: auxiliaries, modals and adverbs ("had now reached",
# "has already passed"; "as well", read as a pair).
_SUBJECT_GAP = frozenset(
    """has have had is was were are be been will would could should may might must can now still already
    just finally also reportedly again""".split()
)
# Nouns of a work's doer, whose work a word before them names ("the tunnel boring machine", "the
# drilling crew", "the search team").
_WORK_DOERS = frozenset("machine machines crew crews team teams equipment unit units head heads".split())
_SUBJECT_WORDS = 4  # the words of a subject's noun phrase at most ("the relief well's drill bit")
_SUBJECT_PHRASES = 3  # phrases after a subject's head passed over at most ("Drilling on the relief well")


def _subject_work(words: list[str], end: int) -> tuple[str, str] | None:
    """(the word, its work: one of :data:`_WORKS`' values) of the subject of the verb ``words[end]``
    (lower-case words of its clause), None when the subject names no tool or work. A work word is
    one only as the head of the subject's noun phrase ("The drill has reached", "the relief well's
    drill bit"), a word before a doer's noun ("the tunnel boring machine", :data:`_WORK_DOERS`),
    the head before a phrase after it ("Drilling on the relief well had reached"; "Water in the
    shaft has reached" is the water's), or the participle after the subject ("Rescuers drilling a
    rescue shaft had reached"); never a word before the subject ("After a bit the floodwater
    reached", "Bit by bit the water", "as well": review s35-rv item 6, round s35-y)."""
    k = end - 1
    while k >= 0 and (
        words[k] in _SUBJECT_GAP or (words[k].endswith("ly") and len(words[k]) > 4) or words[k] == "well"
    ):
        if words[k] == "well":
            if k == 0 or words[k - 1] != "as":
                break  # "The relief well had reached": the subject's own word
            k -= 1  # "as well"
        k -= 1
    for _ in range(_SUBJECT_PHRASES):
        if k < 0:
            return None
        j = k
        while j >= 0 and k - j < _SUBJECT_WORDS and not _opens_phrase(words, j):
            j -= 1
        phrase = [bare_word(w) for w in words[j + 1 : k + 1]]
        before = j - 1 if j >= 0 and words[j] in DETERMINERS else j
        prev = words[before] if before >= 0 else ""
        if prev in _AFTER_HEAD and before > 0:
            k = before - 1  # a phrase after the subject's head: its head is before it
            continue
        if prev.endswith("ing") and before > 0 and prev not in STOP_WORDS:
            # the object of a participle after the subject ("Rescuers drilling a rescue shaft"):
            # the participle's work, else the subject's before it
            if prev in _WORKS:
                return prev, _WORKS[prev]
            k = before - 1
            continue
        if not phrase:
            return None
        head = phrase[-1]
        if head in _WORKS:
            return head, _WORKS[head]
        if head in _WORK_DOERS:
            return next(((w, _WORKS[w]) for w in reversed(phrase[:-1]) if w in _WORKS), None)
        return None
    return None


def _opens_phrase(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` stands before a noun phrase, none of its words: a determiner, a
    function word (a work's word among them, "well", only after "as"), a preposition."""
    w = words[j]
    if w in _WORKS:
        return w == "well" and j > 0 and words[j - 1] == "as"
    return w in DETERMINERS or w in STOP_WORDS or w in _AFTER_HEAD or w in SUBORDINATORS


def progress(text: str, fig: Figure, sent: tuple[int, int], after: list[str]) -> tuple[str, str, str] | None:
    """(measure key, label, work) of a length that says how far a tool or a work in progress has got
    (see the module docstring): "depth|reached" for a drill going down (or a length its clause says
    is downward, "dug 40 metres down"), else "distance|reached"; the label names the work, "depth
    reached by the drill"; the work (one of :data:`_WORKS`' values) is the figure's owner. None when
    no progress verb stands right before the length or its clause names no tool or work. ``after``:
    the words after the length, lower case."""
    words = clause_before(text, fig.start, sent[0], strict=True, most=_WORK_REACH + 8)
    i = len(words)
    gap: list[str] = []
    while i > 0 and (words[i - 1] in _PROGRESS_GAP or words[i - 1] in _PROGRESS_MEASURE or words[i - 1] in ("a", "of")):
        i -= 1
        gap.append(words[i])
    if i == 0:
        return None
    verb = words[i - 1]
    if verb in _PROGRESS_BEING:
        if not {"at", "to", "past", "beyond"} & set(gap):
            return None  # "The shaft is 200 metres …" is its size, read by the rules above
    elif verb not in _PROGRESS_VERBS:
        return None
    if ("a" in gap or "of" in gap) and not set(gap) & _PROGRESS_MEASURE:
        return None  # "drilled a 200-millimetre borehole": a size, no progress
    subject = _subject_work(words, i - 1)
    if subject is not None and subject[0] in _HOLES and verb in ("reaches", "reach"):
        return None  # "The well reaches 18,000 feet below the seabed": its size
    work = (subject[1] if subject is not None else "") or _PROGRESS_VERBS.get(verb, "")
    if not work:
        return None
    downward = work == "drill" or bool(set(gap) & _DOWNWARD) or bool(set(after[:2]) & _DOWNWARD)
    role = "depth" if downward else "distance"
    return f"{role}|reached", f"{role} reached by the {work}", work


# Every word for the water of a flood: one thing, "water" ("Floodwaters were 2 metres deep" and
# "Water rose to 6 feet" are one depth).
_WATER = frozenset("water waters floodwater floodwaters flood floods flooding".split())
# Every word for what an eruption or a fire sends up into the sky: one thing, "plume" ("The ash
# column rose 12 km", "The plume reached 39,000 feet", "The ash cloud is about 10 km high" are one
# height; t13ac M3, round s36-x2: four rows "length (km)", "length (ft)", "height of the plume").
_PLUME = frozenset("plume plumes column columns cloud clouds".split())
# A column is a plume only of what rises ("the ash column", "a column of smoke"); a stone one
# ("The column is 30 metres high") keeps its word.
_COLUMNS = frozenset("column columns".split())
_RISING_STUFF = re.compile(r"\b(?:ash|smoke|steam|eruption|eruptive|volcanic|gas|dust)\b", re.I)
# Verbs a subject is measured by ("The dam stood 48 m tall", "the water was 10 feet deep").
_BEING = "is|was|were|are|be|been|stood|stands|stand|sits|sat|sit|lies|lay|lie|measured|measures|remained|remains"
# Verbs water rises to a depth by ("Water rose to 10 feet", "Floodwater reached 6 feet", "peaked at"),
# in every form: a river "crests" (hydrology's word for a flood's highest level, as the US National
# Weather Service's river forecasts give it), a tide "is expected to peak at", "was forecast to
# reach" (t13av N2, t13r's t13at N2 variant, round s51-f2: "crested at 4.5 metres" was a row
# "length (m)").
_RISING = (
    "rose|risen|rises|rising|rise|climbed|climbs|climbing|climb|reached|reaches|reaching|reach"
    "|peaked|peaks|peaking|peak|crested|crests|cresting|crest"
)
_RISING_WORDS = frozenset(_RISING.split("|"))
_CRESTING = frozenset("crested crests cresting crest".split())
_SUBJECT_BEFORE = re.compile(
    # ("as well" after it is no subject: "The floodwater as well has reached 2 metres")
    r"(?P<subject>[^\W\d_][\w’'-]*)\s+(?:as\s+well\s+)?(?:(?:has|have|had|was|were|is|are|been|be|will|would|could|should|may|might|must|can|now|still|already|reportedly|also"
    # a forecast's verb before the measured one ("The tide is expected to peak at 2.4 m")
    r"|(?:expected|forecast|forecasted|predicted|projected|set|likely|due|going)\s+to)\s+){0,3}"
    rf"(?P<verb>{_BEING}|{_RISING})\s+(?:(?:to|at|by)\s+)?$",
    re.I,
)
# The prepositions of a phrase after a subject's head ("Water in parts of Kellby").
_AFTER_HEAD = frozenset("in of at on near behind across along around inside within from above below".split())
# The noun a length modifies after it, set off by a comma or not: "a reservoir about 30 metres
# deep", "The dam, 48 metres high".
_NOUN_BEFORE = re.compile(r"(?P<noun>[^\W\d_][\w’'-]*),?\s+$")
# An adjective fused after the unit: "30-metre-deep", "48-metre-high".
_FUSED_ROLE = re.compile(r"-(?P<role>deep|high|tall|long|wide)\b", re.I)
# A unit fused to its number ("52-metre", "160-foot"; a range's "10-12 metres" is none).
_FUSED_UNIT = re.compile(r"\d-[^\W\d_]")
# A distance along a river: "downstream", "upstream", or "below"/"above" a thing on a river ("7.5
# miles below the dam"; "10 metres below Market Street" is left to the caller: a depth or none).
_ALONG = {"downstream": "downstream", "upstream": "upstream", "below": "downstream", "above": "upstream"}
_ON_A_RIVER = frozenset(
    """dam weir barrage bridge town city village falls lock locks confluence reservoir plant station
    mouth harbour harbor port wall levee dyke dike embankment""".split()
)
_ALONG_AFTER = re.compile(
    r"\s+(?P<way>downstream|upstream|below|above)\b(?:\s+(?:of\s+)?(?:the\s+)?(?:[^\W\d_][\w-]*['’]s\s+)?"
    r"(?P<mark>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}))?",
    re.I,
)
# The units a distance along a river is given in ("7.5 miles below the dam"; "2 metres above the
# bridge" is a level).
_DISTANCE_UNITS = frozenset({"km", "mi", "nmi"})
# Bodies of water and their level, whose rising or standing above or below a thing on a river is
# the water's level there ("The river rose 2 metres above the bridge", "Levels were 3 m below the weir").
# The tide is the sea's level at a shore, read as a water level there ("the tide rose to 2.4 metres",
# "Tide at Marrow Point | 2.4 m": t13av N2).
_WATER_LEVEL = _WATER | frozenset("river rivers lake lakes sea level levels tide tides".split())
# How far before a length its subject or noun is looked for (characters).
_REACH = 80


def _thing(word: str, opening: str = "") -> str:
    """A noun as the thing measured: water's words as "water", a common noun in lower case, a
    name as written. ``opening``: the sentence's text, whose capitalised first word ("Snow lay 2
    metres deep", "Water stood …") is read as a common noun."""
    low = word.lower()
    if low in _WATER:
        return "water"
    if low in _PLUME and (low not in _COLUMNS or _RISING_STUFF.search(opening)):
        return "plume"
    if low in STOP_WORDS or tall_thing(low) or word == low or opening.lstrip(_OPENERS).startswith(word):
        return singular_of(low)  # "Waves 10 metres high" and "a 10-metre wave": one thing
    return word


_OPENERS = " \t\n\"'“‘(-–—"


def _noun(word: str) -> bool:
    low = word.lower()
    if low in BORES:
        return True  # "The relief well is …": a bore, though "well" is a stop word
    return low not in STOP_WORDS and not is_participle(low) and not low.endswith("ing")


def _subject(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str] | None:
    """(subject as written, its verb in lower case) when a verb of being or rising stands right
    before the length ("The dam stood 48 m tall", "Water rose to 10 feet")."""
    m = _SUBJECT_BEFORE.search(text, max(sent[0], fig.start - _REACH), fig.start)
    if m is None or not _noun(m.group("subject")):
        return None
    # the head of a subject a phrase follows: "Water in parts of Kellby was 10 feet deep", "The
    # reservoir behind the dam was 30 metres deep"
    words = clause_before(text, m.end("subject"), sent[0], strict=True, keep_case=True)
    # a reporting verb opens the reported clause: "Eyjólfsdóttir of the Met Office says the ash
    # column is 11 km high" is the column's height, never the speaker's (t13as N1)
    said = [i for i, w in enumerate(words) if w.lower() in SAY]
    if said:
        words = words[said[-1] + 1 :]
    # a subordinator opens the subject's own clause: "spilling oil along 18 km of the coast as the
    # tide rose to 2.4 metres" is the tide's, never the oil's (round s51-f2)
    opened = [i for i, w in enumerate(words) if w.lower() in SUBORDINATORS]
    if opened:
        words = words[opened[-1] + 1 :]
    head = next(
        (words[i - 1] for i in range(1, len(words)) if words[i].lower() in _AFTER_HEAD and _noun(words[i - 1])),
        m.group("subject"),
    )
    return head, m.group("verb").lower()


def _noun_before(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The noun a length after it modifies: "a reservoir about 30 metres deep", "The dam, 48 metres
    high", "Waves 10 metres high": set off by a comma, after a determiner or opening the sentence
    (a verb before a length is no noun: "The quake struck 10 km deep"); "" when none."""
    m = _NOUN_BEFORE.search(text, max(sent[0], fig.start - _REACH), fig.start)
    if m is None or not _noun(m.group("noun")):
        return ""
    if "," in m.group():
        return m.group("noun")
    before = WORD.findall(text, max(sent[0], m.start() - 12), m.start())[-1:]
    opening = not text[sent[0] : m.start()].strip(_OPENERS)
    return m.group("noun") if opening or (before and before[0].lower() in DETERMINERS) else ""


def thing_words(text: str, at: int, limit: int, adjective: bool = False) -> list[str]:
    """The words of a noun phrase starting at ``at`` ("main shaft" of "main shaft and 420 metres
    deep", "dam" of "dam collapsed"), as written: at most three, before punctuation, a function
    word, a participle, a day, a month or an adverb; with ``adjective``, a participle first is the
    phrase's adjective when a noun follows it ("collapsed entrance"). [] when none."""
    words: list[str] = []
    for w in WORD.finditer(text, at, min(limit, at + 48)):
        word, low = w.group(), w.group().lower()
        if text[at : w.start()].strip() or len(words) == 3:
            break
        if low.endswith("ly") or low in _ADVERBS or low in WEEKDAYS or low in MONTHS:
            break
        if not _noun(word) and not (adjective and not words and is_participle(low) and low not in STOP_WORDS):
            break
        words.append(word)
        at = w.end()
    if words and not _noun(words[-1]):
        words.pop()  # a participle alone is no noun ("from the collapsed.")
    return words


def _noun_after(text: str, at: int, limit: int) -> str:
    """The noun an attributive length modifies ("52-metre dam", "a 10 m high wave", "a 35-foot-wide
    stainless steel disk"): of the words of :func:`thing_words` after it, one of :data:`TALL_THINGS`,
    else one of :data:`BORES` ("The 6-inch pipe carries food": the pipe), else one of
    :data:`LONG_THINGS` ("The 300-metre ship ran aground": the ship), else the last; "" when none."""
    words = thing_words(text, at, limit)
    return next(
        (w for w in words if tall_thing(w)),
        next(
            (w for w in words if w.lower() in BORES),
            next((w for w in words if w.lower() in LONG_THINGS), words[-1] if words else ""),
        ),
    )


# Adverbs of time and place after a noun ("the 95-metre tower overnight"): no part of it.
_ADVERBS = frozenset("overnight today yesterday tonight tomorrow nearby downstream upstream away again".split())


def _attributive(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether a length stands before the noun it measures: fused to its unit ("The 52-metre dam") or
    after a determiner or a possessive ("a 10 m high wave", "Its 35 m headframe", "The mine's 35 m
    headframe"); "A wave 10 metres high struck" has its noun before."""
    if _FUSED_UNIT.search(text, fig.start, fig.end):
        return True
    before = WORD.findall(text, max(sent[0], fig.start - 24), fig.start)[-1:]
    return bool(before) and (before[0].lower() in DETERMINERS or before[0].lower().endswith(_POSSESSIVE))


# A noun's possessive ending, in either apostrophe (t13y G5: "The mine’s 35 m headframe").
_POSSESSIVE = ("'s", "’s")


def length_role(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str, str] | None:
    """(measure key, label, thing) of a length by what it is of (see the module docstring), or None
    when these words name no such measure (the caller's other rules read it: "at a depth of 25
    miles", "186 miles north of Tokyo"). The key is the role ("depth", "height", "length",
    "width", "distance|downstream", "distance|upstream"); the label names the thing when it is a
    common noun ("height of the dam", "depth of the water"); the thing ("" when unnamed) is the
    figure's owner, so different things' figures are never compared."""
    end = fig.end
    moved = progress(text, fig, sent, [w.lower() for w in WORD.findall(text, end, min(sent[1], end + 40))])
    if moved is not None:
        return moved  # "The drill has reached 340 metres": the drill's progress, no depth of the story
    fused = _FUSED_ROLE.match(text, end, sent[1])
    after = WORD.findall(text, end, min(sent[1], end + 40))[:1]
    role = ROLE_ADJECTIVES.get(fused.group("role").lower()) if fused else None
    adjective_end = fused.end() if fused else end
    if role is None and after and after[0].lower() in ROLE_ADJECTIVES:
        role = ROLE_ADJECTIVES[after[0].lower()]
        adjective_end = text.index(after[0], end) + len(after[0])
    attributive = _attributive(text, fig, sent)
    if role is not None:
        # "a 30-metre-deep reservoir", "a 10 m high wave"
        thing = _noun_after(text, adjective_end, sent[1]) if attributive else ""
        if not thing:
            subject = _subject(text, fig, sent)
            if subject is not None:
                thing = subject[0]
            else:
                thing = _noun_before(text, fig, sent)
        if thing.lower() in PART_NOUNS:
            return _named(role, thing, _whole_in(text, thing, sent))  # "The span of the bridge was 480 m long"
        return _named(role, _thing(thing, text[sent[0] : sent[1]]) if thing else "")
    subject = _subject(text, fig, sent)
    if _falling_before(text, fig, sent):
        # "The coach fell 30 metres down a gorge", "plunged some 50 feet into the river": how far
        # it fell, one measure however the fall is worded, never a length (t13ahr N9)
        return FALL
    named = _role_named(text, fig, sent)
    if named is not None:
        return named  # "Length of the bridge | 380 m", "Height above the river | 45 m"
    if (owned := _role_noun_of(text, fig, sent)) is not None:
        return owned  # "the plume had reached a height of 11 km", "Ash column height | 11 km"
    along = _ALONG_AFTER.match(text, end, sent[1])
    if along is not None:
        way = along.group("way").lower()
        mark = _head(along.group("mark") or "").lower()
        on_river = way in ("below", "above") and mark in _ON_A_RIVER
        water_subject = subject is not None and subject[0].lower() in _WATER_LEVEL
        if on_river and subject is not None and (subject[1] in _RISING_WORDS or water_subject):
            # "The river rose 2 metres above the bridge": the water's level there, no distance
            return f"level|{way}|{mark}", f"water level {way} the {mark}", ""
        if (
            way == "above"
            and not water_subject
            and fig.unit not in _DISTANCE_UNITS
            # a length above sea level is an altitude whatever its verb ("The road climbs to about
            # 3,600 metres above sea level" was a length: t13ahr N9)
            and (
                _standing_before(text, fig, sent) or (along.group("mark") or "").lower().split()[:2] == ["sea", "level"]
            )
        ):
            # "The bridge, 1,115 feet long, stands 150 feet above the water", "The viaduct rises
            # 60 metres above the valley": the thing's height above what it names (t13aa K10)
            return _height_above(along.group("mark") or "", _standing_thing(text, fig, sent, subject))
        if way in ("downstream", "upstream") or (on_river and fig.unit in _DISTANCE_UNITS):
            noun = _NOUN_BEFORE.search(text, max(sent[0], fig.start - _REACH), fig.start)
            name = subject[0] if subject is not None else noun.group("noun") if noun is not None else ""
            # a town's name owns its distance ("Kellby lies 12 km downstream"); "the town" names none
            owner = name if name[:1].isupper() and _noun(name) and _thing(name) == name else ""
            return f"distance|{_ALONG[way]}", f"distance {_ALONG[way]}", owner
    if subject is not None and subject[1] in _RISING_WORDS and subject[0].lower() in _WATER:
        return _named("depth", "water")  # "Water rose to 10 feet in Market Street"
    if subject is not None and _water_level(text, subject, fig, sent):
        # "the river rose 6.2 metres", "Peak water levels reached 6.2 metres", "Water in Peñarrubia
        # is 5 metres above normal": how high the flood's water stands, one fact with "Water rose
        # to 20 feet" (t13at N2, round s50-f: a row "length (m)" beside "depth of the water")
        return _named("depth", "water")
    if subject is not None and subject[1] in _RISING_WORDS and subject[0].lower() in _PLUME:
        # "The ash column rose 12 km into the sky": its height
        return _named("height", _thing(subject[0], text[sent[0] : sent[1]]))
    tall = _tall_measured(text, fig, sent, subject)
    if tall:
        return _named("height", _thing(tall, text[sent[0] : sent[1]]))  # "in waves of up to 3 metres"
    if (
        subject is not None
        and subject[1] in _CRESTING
        and _river_name(subject[0], _word_before(text, subject[0], sent, fig))
    ):
        # "The Ouse is forecast to crest at 5.2 metres": a named river's water crests, whatever
        # the river's name (a wave's crest is its height, above); a road, a trail or a ridge
        # crests at its highest point ("The road crests at 2,100 metres", "the road, which
        # crests at …": s51-rv F13, no water; the water nouns are :func:`_water_level`'s)
        return _named("depth", "water")
    if attributive:
        thing = _noun_after(text, end, sent[1])
        if tall_thing(thing):
            return _named("height", _thing(thing))  # "The 52-metre dam", "the 160-foot tower"
        if thing.lower() in BORES and fig.unit in _BORE_WIDTH_UNITS:
            return _named("width", _thing(thing))  # "a 60-centimetre rescue shaft", "a 6-inch pipe"
        if thing.lower() in LONG_THINGS:
            return _named("length", singular_of(thing.lower()))  # "The 340-metre bridge", "a 3-km tunnel"
        if thing.lower() in PART_NOUNS and not _of_tall(text, fig, sent[1]):
            # "a 480-metre section of the bridge", "the 480 m span": a part of its whole
            return _named("length", thing, _whole_after(text, fig.end, sent[1]))
    return None


# "of", a determiner or a possessive, and up to three words of a noun phrase after a part's noun
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|a|an|its|their|this|that)\s+)?((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)"
)


def _of_phrase(text: str, at: int, limit: int) -> str:
    """The words of the "of" phrase after the noun phrase starting at ``at`` (:data:`_OF_WHOLE`:
    "Halden Strait Bridge" of "section of the Halden Strait Bridge collapsed"), as written; "" when
    the noun phrase is followed by no "of"."""
    words = thing_words(text, at, limit)
    if not words:
        return ""
    end = text.find(words[-1], at) + len(words[-1])
    whole = _OF_WHOLE.match(text, end, limit)
    return whole.group(1) if whole is not None else ""


def _of_tall(text: str, fig: Figure, limit: int) -> bool:
    """Whether the part a length fused before it measures ("a 10-metre section of the tower") is of a
    thing that stands (:func:`tall_thing`): how tall that part is, never a length along a thing."""
    return any(tall_thing(w) for w in _of_phrase(text, fig.end, limit).split())


def _whole_of(words: str) -> str:
    """The whole a part's "of" phrase names: its first long thing's noun (:data:`LONG_THINGS`: "Halden
    Strait Bridge", "the E6 motorway", "the Orrin viaduct gave way" → "bridge", "motorway",
    "viaduct"), else its head (:func:`_head`), in lower case and singular when a common noun; else the
    phrase's first word as written ("the M25" → "M25"); "" for no words."""
    listed = [w for w in words.split() if w.lower() in LONG_THINGS]
    head = (listed or [_head(words)])[0] or (words.split()[:1] or [""])[0]
    return singular_of(head.lower()) if _noun(head) else head


def _whole_after(text: str, at: int, limit: int) -> str:
    """The whole of a part whose noun phrase starts at ``at`` ("section of the Halden Strait Bridge"
    → "bridge"; :func:`_whole_of`); "" when no "of" phrase follows."""
    return _whole_of(_of_phrase(text, at, limit))


def _whole_in(text: str, part: str, sent: tuple[int, int]) -> str:
    """The whole a part named elsewhere in its sentence is of ("The span of the bridge was 480 metres
    long" → "bridge"): the "of" phrase after the part's noun ``part`` nearest the sentence's start;
    "" when the part's noun is followed by none."""
    for m in re.finditer(rf"\b{re.escape(part)}\b", text[sent[0] : sent[1]], re.I):
        whole = _OF_WHOLE.match(text, sent[0] + m.end(), sent[1])
        if whole is not None:
            return _whole_of(whole.group(1))
    return ""


# A thing's noun right before "of" and the length ("waves of up to 3 metres", "swells of 4 m"): the
# length is what the noun measures (t13an N9: "in waves of up to 3 metres" was a row "length (m)").
_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>[^\W\d_]+)\s+of\s+$")
# The sea's rises other than a wave, measured by their height as a wave is (meteorology's swell and
# breaker heights; a storm surge is a measure of its own, roles); "seas of 5 m" stays out.
_SEA_RISES = frozenset("swell swells breaker breakers".split())


def _tall_measured(text: str, fig: Figure, sent: tuple[int, int], subject: tuple[str, str] | None) -> str:
    """The thing whose height a length with no role word is, by the noun the sentence measures:
    a thing that stands or a sea's rise (:func:`tall_thing`, :data:`_SEA_RISES`) right before
    "of" ("waves of up to 3 metres", "swells of 4 m") or the subject of a verb of reaching
    (:data:`_RISING`: "as waves reached 3 metres", "Swells peaked at 4 metres"); "" when none."""
    of = _NOUN_OF_BEFORE.search(text, max(sent[0], fig.start - _REACH), fig.start)
    nouns = [of.group("noun")] if of is not None else []
    if subject is not None and subject[1] in _RISING_WORDS:
        nouns.append(subject[0])  # (a verb of being may say where it stands: "The tower is 90 m from the road")
    return next((n for n in nouns if tall_thing(n) or n.lower() in _SEA_RISES), "")


# Verbs a thing stands above another by ("stands 150 feet above the water", "rises 60 metres above
# the valley", "towers 300 m above the town", "The deck is 45 m above the river").
_STANDING = frozenset(
    """stands stood stand standing rises rose rise rising risen towers towered tower towering soars
    soared soar looms loomed sits sat hangs hung is was are were lies lay""".split()
)
# Verbs of falling right before a length: the height of the fall (:data:`FALL`).
_FALLING = frozenset(
    """fell fall falls falling fallen plunged plunge plunges plunging plummeted plummet plummets
    plummeting tumbled tumble tumbles tumbling toppled""".split()
)
# (water and its level falling are its level's change: "The river fell 2 metres overnight")
_FALLING_LEVEL = frozenset("level levels water waters river rivers lake lakes reservoir tide".split())
FALL = ("height|fall", "height of the fall", "")  # (key, label, thing) of how far a thing fell


def _falling_before(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether a verb of falling (:data:`_FALLING`) stands right before a length, an approximator
    between them ("plunged some 50 feet", "fell nearly 200 metres"), and no water or level is
    its clause's subject (:data:`_FALLING_LEVEL`)."""
    words = clause_before(text, fig.start, sent[0], strict=True)
    while words and words[-1] in _STANDING_GAP:
        words.pop()
    return bool(words) and words[-1] in _FALLING and _FALLING_LEVEL.isdisjoint(words)


# Words between such a verb and its length ("stands some 150 feet", "rises nearly 60 metres").
_STANDING_GAP = frozenset("some about around nearly almost roughly approximately over just only more than".split())
# The role nouns a length is named by in a label or a subject ("Length of the bridge | 380 m",
# "The height of the tower is 90 m", "Height above the river | 45 m").
# An altitude is a height ("The plume reached an altitude of 9km": t13r's t13as N1 variant, round
# s51-f2; :data:`_ROLE_NOUNS`).
_ROLE_WORDS = r"(?P<role>depth|height|length|width|altitude)"
_ROLE_NOUNS = {"altitude": "height"}


def _role(word: str) -> str:
    """The measure a role noun names ("altitude" → "height", "depth" → "depth")."""
    low = word.lower()
    return _ROLE_NOUNS.get(low, low)


_THING_WORDS = r"(?:[^\W\d_][\w-]*['’]s\s+)?(?P<thing>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})"
# The role noun after the length, as a fact box's or a table row's label is read ("380 m Length of
# the bridge": extract._fact_box), or opening the clause before it ("The length of the bridge is
# 380 m").
_ROLE_AFTER = re.compile(
    rf"\s*{_ROLE_WORDS}\s+(?:(?P<of>of)\s+(?:the\s+)?{_THING_WORDS}|(?P<way>above)\s+(?:the\s+)?(?P<mark>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,2}}))",
    re.I,
)
# A compound label after the value, all that its line says ("| Slick length | 18 km |" read as
# "18 km slick length": extract._fact_box).
_ROLE_COMPOUND_AFTER = re.compile(rf"\s*(?P<thing>[^\W\d_][\w-]*)\s+{_ROLE_WORDS}[\s.]*", re.I)
_ROLE_BEFORE = re.compile(
    rf"\b{_ROLE_WORDS}\s+of\s+(?:the\s+)?{_THING_WORDS}\s+(?:is|was|stands\s+at|stood\s+at|measures|measured)\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|approximately|just|only|over)\s+)?$",
    re.I,
)


def _role_named(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str, str] | None:
    """(key, label, thing) of a length a role noun names with its thing: right after it, as a
    fact box's or a table row's label is read ("380 m Length of the bridge", "45 m Height above
    the river": :func:`_height_above`), or as the subject before it ("The length of the bridge is
    380 m"); None otherwise."""
    m = _ROLE_AFTER.match(text, fig.end, sent[1])
    compound = _ROLE_COMPOUND_AFTER.fullmatch(text, fig.end, sent[1]) if m is None else None
    if compound is not None and _noun(compound.group("thing")):
        # a box's or a table row's compound label read after its value ("18 km slick length")
        return _named(_role(compound.group("role")), _thing(compound.group("thing").lower()))
    if m is not None and m.group("way"):
        return _height_above(m.group("mark"), "") if _role(m.group("role")) == "height" else None
    if m is None:
        m = _ROLE_BEFORE.search(text, max(sent[0], fig.start - _REACH), fig.start)
    if m is None:
        return None
    thing = _head(m.group("thing"))
    if not thing:
        return None
    return _named(_role(m.group("role")), _thing(thing))


# A role noun right before a length, after the thing it is of: the object of a rising verb whose
# subject is the thing ("the plume had reached a height of 11 km", "Floodwater rose to a depth of
# 2 m"), or a compound noun as a table row's or a fact box's label ("Ash column height | 11 km",
# "Water depth: 2 m"). The thing is the subject's or the compound's head (t13as N1, round s50-f:
# the plume's 11 km was a bare *height* beside another article's *height of the plume*).
_GAP = r"(?:(?:some|about|around|nearly|almost|roughly|approximately|just|only|over|up\s+to)\s+)?"
_ROLE_OBJECT_BEFORE = re.compile(
    r"(?P<thing>[^\W\d_][\w’'-]*)\s+(?:(?:has|have|had|was|were|is|are|been|now|still|already|also)\s+){0,3}"
    rf"(?:{_RISING})\s+(?:to\s+)?an?\s+{_ROLE_WORDS}\s+of\s+{_GAP}$",
    re.I,
)
_ROLE_COMPOUND_BEFORE = re.compile(
    rf"(?:^|[\n|•*]\s*)(?:[^\W\d_][\w-]*\s+)?(?P<thing>[^\W\d_][\w’'-]*)\s+{_ROLE_WORDS}\s*[:|]?\s*{_GAP}$",
    re.I,
)
# What a plume rises into: a plume's noun right before a length followed by one of these is its
# height ("sending an ash column 11 kilometres into the sky": t13as N1).
_SKYWARD = frozenset("into up upward upwards skyward skywards aloft high".split())


# A water body's or its level's noun rising (or standing above its normal level) is the flood
# water's height: the words of :data:`_WATER_LEVEL` but the sea's ("Sea levels rose 20 cm" is no flood).
_ABOVE_NORMAL = re.compile(r"\s*(?:\([^)]*\)\s*)?above\s+(?:its\s+|the\s+|their\s+)?(?:normal|usual|average)\b", re.I)
# A table row's or a fact box's label of a water level ("Peak water level, Peñarrubia | 20 ft").
_LEVEL_LABEL = re.compile(
    r"(?:^|[\n|•*]\s*)(?:(?:peak|maximum|highest|top|high)\s+)?(?:(?:flood\s*)?(?:water|river)\s+levels?|tides?(?:\s+levels?)?)\b[^|\n:]{0,40}[:|]\s*"
    + _GAP
    + "$",
    re.I,
)

# The same label after the length, as a fact box's or a table row's line is read, its value first
# ("20 ft Peak water level, Peñarrubia": extract._fact_box).
_LEVEL_AFTER = re.compile(
    r"\s+(?:(?:peak|maximum|highest|top|high)\s+)?(?:(?:flood\s*)?(?:water|river)\s+levels?|tides?(?:\s+levels?)?)\b",
    re.I,
)


# The generic words of dry landforms a named road or trail crests on, as the last word of their
# names ("Kestrel Pass", "Haldor Ridge", "Mount Skarn"): the U.S. Geological Survey's GNIS feature
# classes of relief (Summit, Gap, Ridge, Range, Bench, Cliff, Plateau …) and the generic terms its
# names end in (Pass, Peak, Hill, Saddle, Notch, Col …); a river's name ends in none of them
# (s51-rv F13, left undone by s51-fx1: "Kestrel Pass crests at 2,100 metres" was a water depth).
_DRY_LANDFORMS = frozenset(
    """pass passes peak peaks summit summits mount mountain mountains hill hills ridge ridges range gap
    saddle col notch plateau heights bluff butte mesa knob spur crag crest divide bench cliff cliffs
    escarpment dome massif""".split()
)


# The generic words a name of flowing or standing water ends in: the U.S. Geological Survey's GNIS
# feature classes of water (Stream, Lake, Reservoir, Canal, Bay) and the generic terms of their
# names (Creek, River, Brook, Fork, Run, Branch, Bayou, Kill, Slough, Burn, Beck). A name ending in
# one is water whatever word opens it ("Butte Creek", "Mountain Creek", "Hill River": review s52-rv
# finding 8, a dry landform's word first made their flood crests lengths).
_WATER_LASTS = frozenset(
    """creek creeks river rivers brook brooks stream fork run branch bayou kill slough burn beck lake
    lakes reservoir canal""".split()
)


def _river_name(word: str, before: str = "") -> bool:
    """Whether the subject word ``word`` of "crest" may be a river's name: a name ending in a
    water's generic word (:data:`_WATER_LASTS`: "Butte Creek", "Mountain Creek"), or a capitalised
    word that is no noun of a thing along the ground or standing (:data:`LONG_THINGS`,
    :func:`tall_thing`: "the Kestrel Pass Road crests" is no river) nor a dry landform's generic
    word, its own or the capitalised word ``before`` it ("Kestrel Pass", "Mount Skarn":
    :data:`_DRY_LANDFORMS`)."""
    if not word[:1].isupper():
        return False
    if word.lower() in _WATER_LASTS:
        return True
    if word.lower() in LONG_THINGS or tall_thing(word):
        return False
    return word.lower() not in _DRY_LANDFORMS and not (before[:1].isupper() and before.lower() in _DRY_LANDFORMS)


def _word_before(text: str, word: str, sent: tuple[int, int], fig: Figure) -> str:
    """The word right before the last ``word`` of the sentence ``sent`` ahead of ``fig`` ("Mount" of
    "Mount Skarn crests"), "" when none."""
    at = text.rfind(word, sent[0], fig.start)
    found = WORD.findall(text, sent[0], at) if at > sent[0] else []
    return found[-1] if found else ""


def _water_level(text: str, subject: tuple[str, str], fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether the subject before a length is a body of water or its level rising, or standing
    above its normal level ("Water in X is 5 metres above normal"), the sea's level aside."""
    head = subject[0].lower()
    if head not in _WATER_LEVEL or head == "sea":
        return False
    if head in ("level", "levels"):
        before = clause_before(text, text.rfind(subject[0], sent[0], fig.start), sent[0])
        if before[-1:] == ["sea"]:
            return False
    return subject[1] in _RISING_WORDS or _ABOVE_NORMAL.match(text, fig.end, sent[1]) is not None


def _role_noun_of(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str, str] | None:
    """(key, label, thing) of a length a role noun before it names, its thing the subject of the
    rising verb whose object the role noun is or the noun compounded with it (:data:`_ROLE_OBJECT_BEFORE`,
    :data:`_ROLE_COMPOUND_BEFORE`), or of a length right after a plume's noun that rises skyward
    ("an ash column 11 kilometres into the sky"); None otherwise."""
    lo = max(sent[0], fig.start - _REACH)
    opening = text[sent[0] : sent[1]]
    # (the label opens its sentence: searched in the sentence's own text, where "^" is its start)
    if _LEVEL_LABEL.search(text[sent[0] : fig.start]) is not None or _LEVEL_AFTER.match(text, fig.end, sent[1]):
        return _named("depth", "water")  # "Peak water level, Peñarrubia | 20 ft (6.1 m)"
    for pattern in (_ROLE_OBJECT_BEFORE, _ROLE_COMPOUND_BEFORE):
        m = pattern.search(text[sent[0] : fig.start])
        if m is not None and _noun(m.group("thing")):
            thing = m.group("thing")
            # a label's first word is capitalised as the label's, no name's ("| Slick length | 18 km")
            labelled = pattern is _ROLE_COMPOUND_BEFORE and m.group(0).lstrip(_LABEL_OPENERS).startswith(thing)
            return _named(_role(m.group("role")), _thing(thing, thing if labelled else opening))
    after = WORD.findall(text, fig.end, min(sent[1], fig.end + 20))[:1]
    if after and after[0].lower() in _SKYWARD:
        # "an ash column 11 kilometres into the sky", "a plume of ash 30,000 feet into the sky"
        of = _PLUME_OF_BEFORE.search(text, lo, fig.start)
        before = (
            of
            if of is not None and _RISING_STUFF.search(of.group("stuff"))
            else _NOUN_BEFORE.search(text, lo, fig.start)
        )
        if before is not None and _thing(before.group("noun"), opening) == "plume":
            return _named("height", "plume")
    return None


_LABEL_OPENERS = " \t\n|•*-"
# A plume's noun and what it is of, right before its height ("a plume of ash 30,000 feet into the
# sky", "a cloud of thick smoke 20,000 feet into the air").
_PLUME_OF_BEFORE = re.compile(r"(?P<noun>[^\W\d_]+)\s+of\s+(?P<stuff>(?:[^\W\d_][\w-]*\s+){1,3})$")


def _standing_before(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether a verb of standing or rising (:data:`_STANDING`) stands right before a length, an
    approximator between them ("stands some 150 feet")."""
    words = clause_before(text, fig.start, sent[0], strict=True)
    while words and words[-1] in _STANDING_GAP:
        words.pop()
    return bool(words) and words[-1] in _STANDING


def _standing_thing(text: str, fig: Figure, sent: tuple[int, int], subject: tuple[str, str] | None) -> str:
    """The thing that stands above another: the subject right before its verb ("The viaduct rises
    …"), else the noun phrase opening the sentence after a determiner ("The bridge, 1,115 feet long,
    stands …"); "" when none, or when it is water."""
    if subject is not None:
        thing = _thing(subject[0], text[sent[0] : sent[1]])
    else:
        m = _OPENING_THING.match(text, sent[0], fig.start)
        words = thing_words(text, m.end(), fig.start) if m is not None else []
        thing = _thing(words[-1], text[sent[0] : sent[1]]) if words else ""
    return "" if thing == "water" or thing.lower() in _WATER_LEVEL else thing


_OPENING_THING = re.compile(r"[\s\"'“‘(]*(?:the|its|their|this|that)\s+", re.I)


def _height_above(mark: str, thing: str) -> tuple[str, str, str]:
    """(key, label, thing) of a height above what ``mark`` (the words after "above") names: water's
    and its bodies' words one mark, "water" ("150 feet above the water" and "45 m above the river"
    are one height of a bridge's deck: :data:`_WATER_LEVEL`), "sea level" kept whole, else the
    head of the words in lower case ("above the valley")."""
    words = mark.lower().split()
    if words[:2] == ["sea", "level"]:
        where = "sea level"
    else:
        head = _head(mark).lower()
        where = "water" if head in _WATER_LEVEL else head
    if not where:
        return "height", "height", thing
    label = "height above sea level" if where == "sea level" else f"height above the {where}"
    return f"height|above|{where}", label, thing


def _head(words: str) -> str:
    """The head of a thing's words after a preposition ("Kellby road bridge on Tuesday" → "bridge",
    "dam before dawn" → "dam"): the last of the nouns before a function word, a day, a month or an
    adverb; "" when none."""
    head = ""
    for w in words.split():
        low = w.lower()
        if not _noun(w) or low in WEEKDAYS or low in MONTHS or low in _ADVERBS or low.endswith("ly"):
            break
        head = w
    return head


# Nouns that name no thing of their own ("The dam is a concrete gravity structure, 41 metres high":
# the dam's height, compared with another outlet's "41-metre dam").
_NO_THING = frozenset("structure structures construction one ones thing things".split())


# The nouns of a part of a long thing, measured along it: a bridge's span (the deck between two
# supports), a section, stretch, segment or portion of a road, bridge or line ("a 480-metre section of
# the bridge collapsed", "The span was 480 metres long", "the 480 m span of the bridge"). One part
# however worded, one measure :data:`PART` (t13ao N5, round s47-f2: "a 480-metre section of the Halden
# Strait Bridge" was a bare *length (m)* beside another article's *length of the span*); a part's length
# is never the whole's (*length of the bridge*: another measure, never compared). Its owner is the whole
# its "of" phrase names, by its head ("bridge", "motorway"), so a section of the bridge and a stretch of
# the motorway are two rows (review s47-rv2 finding 2, round s47-fx4); a part naming no whole ("The span
# was 480 metres long") is unowned and joins the one whole a corpus names (grouping's owner rules).
PART_NOUNS = frozenset("span spans section sections stretch stretches segment segments portion portions".split())
PART = "length|section"


def _named(role: str, thing: str, whole: str = "") -> tuple[str, str, str]:
    """(measure key, label, owner) of a measure ``role`` of ``thing``; a part of a long thing
    (:data:`PART_NOUNS`) is the measure :data:`PART` owned by ``whole`` (lower case, "" when unnamed)."""
    if thing in _NO_THING:
        return role, role, ""
    if role == "length" and thing.lower() in PART_NOUNS:
        part = singular_of(thing.lower())
        return PART, f"{role} of the {part}" + (f" of the {whole}" if whole.islower() else ""), whole
    if thing and thing.islower():
        return role, f"{role} of the {thing}", thing
    return role, role, thing


# Verbs by which a thing spreads over an area or along a length ("The slick now covers 22 square
# kilometres", "the bloom spread over 5 km²", "The slick stretched for 35 km along the coast"): the
# figure is the extent of the verb's subject, one fact whatever else its sentence names (t13af N3,
# round s38-y1: "The slick now covers 22 square kilometres, and oil stretches along …" was a row
# "area (km²): coastline" apart from the other outlets' slick).
_COVERING = (
    "covers|covered|covering|cover|spans|spanned|spanning|span|blankets|blanketed|blanketing"
    "|stretches|stretched|stretching|stretch|extends|extended|extending|extend|spreads|spread|spreading"
    "|measures|measured|measuring"
)
_EXTENT_GAP = r"(?:(?:over|across|for|along|some|about|around|nearly|almost|roughly|approximately|more\s+than|up\s+to|an\s+estimated)\s+)*"
_EXTENT_BEFORE = re.compile(
    r"(?P<subject>[^\W\d_][\w’'-]*)\s+(?:(?:has|have|had|was|were|is|are|been|now|still|already|reportedly|also|may|could|will|would)\s+){0,3}"
    rf"(?P<verb>{_COVERING})\s+{_EXTENT_GAP}$",
    re.I,
)
# What spreads over an area or along a coast only as a thing of its own: a way or a place covers
# nothing ("The road stretches for 40 km", "The park covers 30 km²" keep their words).
_SPREADING = frozenset(
    """slick slicks spill spills plume plumes cloud clouds bloom blooms fire fires blaze blazes wildfire
    wildfires flood floods floodwater floodwaters water waters lava ash smoke sheen oil algae""".split()
)


# Oil spreading on the water, and a spill's own extent, are its slick ("the slick covered 25 km",
# "the spill covered 25 km").
_SLICK = frozenset("oil sheen spill".split())
# The shore a slick reaches, measured along it: "18 kilometres of coast" is how much of the shore
# the oil hit (oil-spill response reports give a spill's extent as the length of shoreline oiled,
# e.g. NOAA's shoreline assessment; t13av N3, round s51-f2: "along 18 kilometres of the Salt Coast",
# "hit 18 kilometres of shore" were rows "length (km)" apart from "the slick covered 25 kilometres").
_SHORE = frozenset(
    "coast coasts coastline coastlines shore shores shoreline shorelines beach beaches seafront foreshore".split()
)
_OF_SHORE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<words>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3})", re.I)
# The words of a clause that say oil is spilling or has spilled (what reaches the shore is its slick),
# and the shore-assessment words of oil-spill response for what the shore is fouled with and by
# (NOAA's Shoreline Assessment Manual: "oiled" shoreline, crude, bunker fuel, tar balls; round
# s52-f3, t13r R2 on t13av N3: "fouling 18 km of shoreline with heavy fuel oil" names its oil after
# the shore, and "oiled 12 miles of beaches" in its verb).
_SPILLING = frozenset(
    """oil slick slicks sheen spill spills spilled spilling spilt leak leaks leaked leaking leakage
    oiled oiling crude bunker tarballs""".split()
)


def spreading_thing(word: str) -> str:
    """The thing that spreads a word names, lower case and singular ("Slick" → "slick", "oil" →
    "slick": :data:`_SLICK`, "ash" → "ash"), "" when the word names none (:data:`_SPREADING`)."""
    thing = singular_of(word.lower())
    if thing in _SLICK:
        return "slick"
    return thing if thing in _SPREADING else ""


def _shore_reached(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether a length is of a shore (:data:`_SHORE`: "18 kilometres of the Salt Coast", "12 miles
    of coastline") its clause says oil spilling reaches (:data:`_SPILLING`), before the length or
    after the shore ("fouling 18 km of shoreline with heavy fuel oil")."""
    m = _OF_SHORE_AFTER.match(text, fig.end, sent[1])
    if m is None or _SHORE.isdisjoint(w.lower() for w in m.group("words").split()):
        return False
    if not _SPILLING.isdisjoint(clause_before(text, fig.start, sent[0], strict=True)):
        return True
    after = [w.lower() for w in m.group("words").split()] + clause_after(text, m.end(), sent[1])
    return not _SPILLING.isdisjoint(after)


def extent_of(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The thing whose extent an area or a length is, when a verb of covering or stretching
    (:data:`_COVERING`) stands right before it after its subject ("The slick from the damaged barge
    covered 12 square kilometres", "the slick covered 18 square kilometres", "The oil slick now
    covers 20 square kilometres"), that subject's head a thing that spreads (:data:`_SPREADING`);
    lower case, singular ("slick"); "" otherwise."""
    m = _EXTENT_BEFORE.search(text, max(sent[0], fig.start - _REACH), fig.start)
    if m is None or not _noun(m.group("subject")):
        return "slick" if _shore_reached(text, fig, sent) else ""
    words = clause_before(text, m.end("subject"), sent[0], strict=True, keep_case=True)
    # a reporting verb opens the reported clause: "Eyjólfsdóttir of the Met Office says the ash
    # column is 11 km high" is the column's height, never the speaker's (t13as N1)
    said = [i for i, w in enumerate(words) if w.lower() in SAY]
    if said:
        words = words[said[-1] + 1 :]
    head = next(
        (words[i - 1] for i in range(1, len(words)) if words[i].lower() in _AFTER_HEAD and _noun(words[i - 1])),
        m.group("subject"),
    )
    # oil spreading on the water is its slick ("oil stretches along 9 km of coastline")
    return spreading_thing(_thing(head, text[sent[0] : sent[1]]))
