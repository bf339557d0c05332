"""Which values of a row can be compared: what each counts or measures (:func:`dimension_of`:
money by currency, a count by its people or noun, a quantity by its SI dimension), the kinds each
article counts (:func:`kinds_by_doc`, a crew counted as the people of one event), a sub-group's
count set apart (:func:`sub_group_counts`), and the rows listed but never compared (a placeless
distance, a share of a whole named before, a vote of no one: :func:`listed_only`). Read by the
grouping, the sheet's display and the timeline. Split out of measures.py (round s43-k, no rule
changed); each rule's comment names the test corpus or review finding it came from."""

from __future__ import annotations

from collections.abc import Sequence

from waic_reader.index.analysis.facts.model import (
    FactValue,
)
from waic_reader.index.analysis.facts.people_counts import (
    CASUALTY_VERB,
    PRESENT_UNDERGROUND,
    job_plural,
    part_label,
)
from waic_reader.index.analysis.facts.places import (
    GROUP_WORD,
)
from waic_reader.index.analysis.facts.quantities import (
    PLACELESS_DISTANCE,
)
from waic_reader.index.analysis.facts.roles import (
    HOSPITAL,
    IN_HOSPITAL,
    POWER_OUT,
    STRIKE,
)
from waic_reader.index.analysis.facts.things import event_noun_kind
from waic_reader.index.analysis.facts.votes import POLL_SHARE, VOTE_MEASURES, vote_measure_of
from waic_reader.index.analysis.facts.words import (
    CASUALTY,
    PERSON_NOUNS,
    TOLL_MEASURES,
    crew_kind,
    people_kind,
    toll_people,
)
from waic_reader.index.analysis.figures import (
    SI_UNITS,
)
from waic_reader.index.analysis.lexicon import (
    COUNTED_ADJECTIVES,
    STOP_WORDS,
)


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
    return vote_measure_of(v.measure) in VOTE_MEASURES and not v.owner


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
        if v.measure == "arrested" and people_kind(v.unit):
            # the arrested however named, "23 people", "23 protesters", "32 strikers": one count (t13ajr
            # S5: compared only by noun, the row paired the wrong reports)
            noun = "people"
        elif v.measure == "jobs|cut":
            noun = "jobs"  # one job per worker cut: "240 jobs", "260 positions", "240 staff", "240 redundancies"
        elif v.measure == PRESENT_UNDERGROUND[0]:
            # the people below the ground however named: "23 workers", "24 people", "23 employees"
            noun = "people"
        elif v.measure == "staff":
            # "650 people", "650 workers", "650 employees" a firm employs: its staff
            noun = "people"
        elif v.measure == STRIKE or v.measure.startswith(f"{STRIKE}|"):
            # "12,000 dockworkers", "15,000 members" on strike: the story's strikers (t13aj N1),
            # or one trade's of a story of several (roles.strikers_by_trade)
            noun = "people"
        elif v.measure in (HOSPITAL[0], IN_HOSPITAL[0]) and v.unit in ("patients", "patient"):
            # people taken to or in hospital are its patients: "41 patients" and "41 people" in
            # hospital are one count (t13ak N5: "not compared"); its staff, nurses or children stay
            # counts of their own
            noun = "people"
        elif v.measure == POWER_OUT:
            noun = "homes"  # one home per household per customer
        if v.measure == IN_HOSPITAL[0]:
            # people in hospital are counted as those taken there are: a row holding both
            # (grouping._join_hospital_counts) compares them (t13ax N2, round s52-f2)
            return f"count|{HOSPITAL[0]}|{noun}"
        return f"count|{v.measure}|{noun}"
    return f"{v.kind}|{SI_UNITS.get(v.unit, (1, v.unit))[1]}"


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
        if v.kind != "count" or v.measure not in CASUALTY_VERB or not isinstance(v.value, float):
            continue
        key = (v.measure, v.label, v.owner, v.entry)
        whole = people.get(key)
        if dimension_of(v) == f"count|{v.measure}|people":
            if whole is None or v.value > whole[0]:
                people[key] = (v.value, v.sentence)
            continue
        if whole is None or not v.unit or v.value >= whole[0] or v.sentence == whole[1]:
            continue
        word = GROUP_WORD.get(v.measure, CASUALTY_VERB[v.measure])
        v.measure, v.label = f"{v.measure}|among|{v.unit.lower()}", part_label(word, v.unit)


def kinds_by_doc(values: Sequence[FactValue]) -> dict[str, frozenset[str]]:
    """The kinds (:func:`dimension_of`) each article's values of one fact count. Two articles are
    compared only when they count the same kinds: an article giving two ("3,600 residents …,
    while 3,400 people …") counts each apart, so its "people" are the others beside its residents,
    no total another article's "people" gives (t13r F2)."""
    kinds: dict[str, frozenset[str]] = {}
    for v in values:
        kinds[v.doc] = kinds.get(v.doc, frozenset()) | {dimension_of(v)}
    return _one_group_as_people(values, _bare_as_people(values, _crew_as_people(values, _residents_as_people(kinds))))


def _bare_as_people(values: Sequence[FactValue], kinds: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``kinds`` with one people's noun (:func:`~.words.toll_people`: "workers", "miners", no crew
    nor a part by age or sex) counted as people where one fact's articles count either that noun
    alone or people with no noun written at all ("Sixteen were rescued", "Fourteen have been
    brought to the surface", "three missing": a noun the writer elided, whatever the story's people
    are called): one count, compared (t13au N2, round s51-f2: "14 workers · 16 people" was "not
    compared"). A count of "people" written so keeps its noun's kind; an article counting two kinds
    keeps them apart."""
    if any(len(k) != 1 for k in kinds.values()):
        return kinds
    every = {kind for k in kinds.values() for kind in k}
    if len(every) != 2:
        return kinds
    people = next((k for k in every if k.endswith("|people")), "")
    other = next((k for k in every if k != people), "")
    base, _, noun = other.rpartition("|")
    if not people or people != f"{base}|people" or crew_kind(noun) or not toll_people(noun):
        return kinds
    if any(dimension_of(v) == people and v.unit and v.unit.lower() not in CASUALTY for v in values):
        return kinds  # "16 people" written so: its own kind (the crew's and residents' rules above)
    return {doc: frozenset({people}) for doc in kinds}


# The nouns of people at work as such (any job's plural is one too: people_counts.job_plural, "miners",
# "nurses"), and of grown people by sex: the nouns a story of one workplace's or one ship's people
# names them by besides "people" ("Two workers remain unaccounted for", "the two missing men", "two
# remain missing"; t13r R1 and t13av N18, round s52-f3).
_WORKER_NOUNS = frozenset("workers worker employees staff personnel labourers laborers workmen".split())
_ADULT_NOUNS = frozenset("men women".split())


def _people_class(noun: str) -> str:
    """The class of people a counted noun (lower case) names: "crew" (a ship's people,
    words.crew_kind), "workers" (:data:`_WORKER_NOUNS`, a job's plural), "adults"
    (:data:`_ADULT_NOUNS`), "" for any other noun."""
    if crew_kind(noun):
        return "crew"
    if noun in _WORKER_NOUNS or job_plural(noun):
        return "workers"
    return "adults" if noun in _ADULT_NOUNS else ""


def _one_group_as_people(values: Sequence[FactValue], kinds: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``kinds`` with the counts of one casualty measure (:data:`CASUALTY_VERB`) counted as one
    where every article counts one kind and the nouns name one group of the story's people: the
    crew of the one ship, or the workers of the one workplace under any job's noun, with "men" or
    "women" as another name of either, beside counts with no noun written ("two remain missing"):
    "7 workers", "six missing", "Two men" and "two missing workers" of one mine, or "3 crew" and
    "three missing" of one ship, are one count, compared (t13r R1, t13av N18; round s52-f3: rows
    split into "people", "workers" and "men" were never compared). Counts of "people" written so,
    two classes (a ferry's crew and its passengers), or an article counting two kinds keep them
    apart; so does a crew fewer than the counts with no noun (all aboard, of which the crew are a
    part: review s39-rv finding 3)."""
    if any(len(k) != 1 for k in kinds.values()):
        return kinds
    every = {kind for k in kinds.values() for kind in k}
    bases = {kind.rsplit("|", 1)[0] for kind in every}
    if len(every) < 2 or len(bases) != 1:
        return kinds
    base = next(iter(bases))
    if base.partition("|")[2] not in CASUALTY_VERB:
        return kinds  # (a casualty measure as such: "count|missing", never a part, "injured|among|…")
    people = f"{base}|people"
    if any(dimension_of(v) == people and v.unit and v.unit.lower() not in CASUALTY for v in values):
        return kinds  # "16 people" written so: people as such, maybe more than the group
    classes = {_people_class(kind.rsplit("|", 1)[1]) for kind in every if kind != people}
    group = classes - {"adults"}
    if "" in classes or len(group) != 1:
        return kinds
    if group == {"crew"}:
        crews = [v.value for v in values if dimension_of(v) != people and not isinstance(v.value, str)]
        bare = [v.high or v.value for v in values if dimension_of(v) == people and not isinstance(v.value, str)]
        if bare and crews and min(crews) < max(bare):
            return kinds
    return {doc: frozenset({people}) for doc in kinds}


# The nouns of the people who live in a place, its population as such (the synonyms of
# "inhabitant" a thesaurus gives: resident, inhabitant, dweller, local, villager, townspeople,
# townsfolk, islander): "all 3,700 people in Hafnarvík" and "all 3,700 residents of Hafnarvík" count
# one population (t13as N3, round s50-f: a row "not compared"). Groups of their own ("tourists",
# "patients", "citizens" of a country abroad) are no such noun.
POPULATION_NOUNS = frozenset(
    """residents resident inhabitants inhabitant dwellers villagers villager locals townspeople townsfolk
    islanders islander householders""".split()
)


def _residents_as_people(kinds: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """``kinds`` with a place's population (:data:`POPULATION_NOUNS`) counted as people where every
    article of one fact counts one kind alone, people or a population's noun: one count, compared.
    An article counting two ("About 3,600 residents were evacuated …, while 3,400 people were
    evacuated from the station area": t13r F2) tells the populations apart, and every article's
    kinds stay as they are."""
    if any(len(k) != 1 for k in kinds.values()):
        return kinds
    every = {kind for k in kinds.values() for kind in k}
    bases = {kind.rsplit("|", 1)[0] for kind in every}
    nouns = {kind.rsplit("|", 1)[1] for kind in every}
    if len(bases) != 1 or len(nouns) < 2 or not nouns <= POPULATION_NOUNS | {"people"}:
        return kinds
    people = f"{bases.pop()}|people"
    return {doc: frozenset({people}) for doc in kinds}


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


def group_word(measure: str) -> str:
    """The word of a casualty measure's group of people, as :func:`~.people_counts.part_label`
    names it ("death" → "dead", "injured" → "injured"); "" for a measure of no such group."""
    return GROUP_WORD.get(measure, CASUALTY_VERB.get(measure, ""))


def dimension_noun(dimension: str) -> str:
    """What a :func:`dimension_of` counts, in words: "residents", "people", "EUR"."""
    return dimension.rsplit("|", 1)[-1] or dimension.split("|", 1)[0]
