"""What a count of people (and of the things a casualty befell) is, in words: the casualty
measures' labels ("homes evacuated", "children among the dead"), the injured by what they suffered
or were treated for, the people a speaker has lost, a crowd at another event, and a workforce's
headcount (a place's staff, a job's headcount, an industry's). Read by :mod:`.measures` for a
count and by :mod:`.dimensions` for a sub-group. Split out of measures.py (round s43-k, no rule
changed); each rule's comment names the test corpus or review finding it came from."""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.analysis.entities.lexicons import ROLE_NOUNS, job_word
from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.words import (
    AUXILIARIES,
    CASUALTY,
    FINITE_VERBS,
    VERB_ADVERBS,
    WORD,
    bare_verb,
    bare_word,
    comma_parts,
    crew_kind,
    ends_noun_phrase,
    is_participle,
    people_kind,
    whole_noun,
)
from waic_reader.index.analysis.figures import (
    UNITS,
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    NUMBER_WORDS,
    STOP_WORDS,
)

# The casualty cue words that are nouns: before a counted noun they modify it ("evacuation
# centres"), naming no casualty of its things.
CASUALTY_NOUNS = frozenset("deaths death toll fatalities lives bodies injuries evacuation displacement rescue".split())
# What a casualty measure's things were, after their noun, when they are not people: "homes
# evacuated", "children killed" (:func:`casualty_label`).
CASUALTY_VERB = {
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


def hurt_or_treated(after: Sequence[str], whole: Sequence[str] = ()) -> bool:
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


# People a speaker has lost, right after their count's noun ("the 17 colleagues we have lost").
LOST_AFTER = re.compile(
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


def crowd_event(before: Sequence[str]) -> str:
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
ASIDE = re.compile(r",[^,]*,")


def employing_whole(text: str, start: int, pos: int) -> str:
    """The whole an employing verb's subject names, when it is larger than one employer (an
    industry, a sector, a country: :func:`~.words.whole_noun`), lower case as written, read between ``start`` (the sentence's start)
    and the figure at ``pos``, its asides between commas passed over; "" otherwise ("The factory
    employs 3,200 workers")."""
    verbs = list(_EMPLOY_VERB.finditer(text, start, pos))
    if not verbs:
        return ""
    subject = ASIDE.sub(" ", text[start : verbs[-1].start()])
    words = WORD.findall(subject)
    return words[-1].lower() if words and whole_noun(words[-1]) else ""


# The nouns of a place's workforce (a count of them that nothing befell is its staff).
_WORKFORCE_HEADS = frozenset("workers employees staff staffers".split())


_CLAUSE_OPENERS = frozenset("where while and but as whose".split())


def opens_own_clause(before: Sequence[str]) -> bool:
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


# A figure in the words of a clause: digits or a number word ("kills four", "killed 12 people").
_FIGURE_WORD = re.compile(rf"\d|\b(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\b", re.I)


def comma_coordinate(text: str, pos: int, start: int) -> list[str] | None:
    """The lower-case words of a count's own comma-joined coordinate clause before ``pos`` (the
    count's start; ``start`` its sentence's), when the clause before the comma has a figure of its
    own and the count's part opens with a verb of its own (a word in "-s" or "-ed", a participle, a
    finite verb or a casualty word; no function word): "Harlow Ridge Fire kills four, forces 23,000
    from homes" → ["forces"], so "kills" is the four's cue, never the 23,000's (t13ap N1: the
    evacuees were read as an earlier death toll). Headlines and ledes join such clauses with a
    comma where prose writes "and" (:func:`own_coordinate`). None when the count is in the
    clause's first part, or its part opens otherwise ("killed four people, including 3 children"
    keeps the cue before)."""
    parts = comma_parts(text, pos, start)
    if len(parts) < 2 or not parts[-1]:
        return None
    first = parts[-1][0]
    if first in STOP_WORDS or first in DETERMINERS or first in NUMBER_WORDS or not first.isalpha():
        return None
    verb = (
        first in FINITE_VERBS
        or first in CASUALTY
        or bare_word(first) in CASUALTY
        or is_participle(first)
        or first.endswith("s")
    )
    seg = text[start:pos]
    before = seg[: seg.rfind(",")]
    return list(parts[-1]) if verb and _FIGURE_WORD.search(before) else None


def job_plural(head: str) -> bool:
    """Whether a counted plural noun names people by their job ("nurses", "miners", "drivers"):
    a job word, never a role one has in an event or a place ("residents", "passengers",
    "villagers": :data:`~..entities.lexicons.ROLE_NOUNS`, job words for the names' reading)."""
    return job_word(head) and not {head[:-1], head[:-2]} & ROLE_NOUNS


def possessed_count(before: Sequence[str]) -> bool:
    """Whether a count is what its clause's subject has: a possessing verb right before it,
    qualifiers, determiners and adverbs between ("The mine has 1,800 workers", "has about 900")."""
    words = [w for w in before if w not in _CROWD_QUALIFIERS and w not in DETERMINERS and w not in VERB_ADVERBS]
    return bool(words) and words[-1] in _POSSESSING


# The nouns of an employer's books its staff are "on" ("has 1,800 nurses on its books", "on the
# payroll"): said after a headcount, they say where the people are employed, nothing that befell
# them (t13al-r N6/b: "The trust has 1,800 nurses on its books" was a row "nurses" apart from
# "About 1,650 nurses work at the trust", the one headcount in two rows).
_BOOKS = frozenset("books payroll payrolls roll rolls".split())
_BOOKS_OWNERS = frozenset("its their the his her our".split())


def on_the_books(after: Sequence[str]) -> bool:
    """Whether the lower-case words ``after`` a count are all "on [its|the|…] books|payroll"."""
    return (
        len(after) in (2, 3)
        and after[0] == "on"
        and after[-1] in _BOOKS
        and all(w in _BOOKS_OWNERS for w in after[1:-1])
    )


# The nouns of a whole workforce counted as one ("a workforce of 5,300", "a headcount of 5,000"):
# a count of them is the employer's staff however the clause goes on (t13al-r N6/a, S8: "a
# workforce of 5,300" was a row "workforce" apart from "employs 5,100 workers").
_WHOLE_STAFF = frozenset("workforce workforces headcount headcounts".split())
_POSSESSIVE_PRONOUNS = frozenset("its their".split())


def whole_staff(head: str) -> bool:
    """Whether a counted noun ``head`` (lower case) names a whole workforce (:data:`_WHOLE_STAFF`)."""
    return head in _WHOLE_STAFF


def possessed_staff(before: Sequence[str], head: str) -> bool:
    """Whether a count of a place's workforce (:data:`_WORKFORCE_HEADS`, or a job's plural:
    :func:`job_plural`) is its owner's headcount by a possessive right before it, qualifiers and
    determiners between: "Nordwagen's 5,100 employees learned of the closure", "cut 400 jobs from
    its 5,000 staff", "the trust's 1,800 nurses" (t13al-r N6/a, S8: a row "employees learned"
    and a bare "staff" beside the firm's staff). The caller reads what befell them first (a
    casualty, a strike, a cut)."""
    if head not in _WORKFORCE_HEADS and not job_plural(head):
        return False
    words = [w for w in before if w not in _CROWD_QUALIFIERS and (w not in DETERMINERS or w in _POSSESSIVE_PRONOUNS)]
    if not words:
        return False
    last = words[-1]
    return last in _POSSESSIVE_PRONOUNS or (len(last) > 2 and last.endswith(("'s", "’s", "s'", "s’")))


def workforce(text: str, fig: Figure, sent: tuple[int, int], jobs: bool = False) -> tuple[str, str]:
    """The staff measure of a count of a place's workforce (:data:`_WORKFORCE_HEADS`: "3,200
    workers"; ``jobs``: a job's plural too, "900 nurses", :func:`~..entities.lexicons.job_word`):
    ("staff", "staff"), or a whole industry's own ("staff|industry", "people employed in the
    industry": :func:`employing_whole`); ("", "") for a count of other things."""
    head = bare_word(fig.noun.lower().split()[-1] if fig.noun.split() else "")
    if head not in _WORKFORCE_HEADS and not (jobs and job_plural(head)):
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
    if head not in _WORKFORCE_HEADS and job_plural(head):
        return f"{STAFF_JOB}{head}", f"staff ({head})"
    return "staff", "staff"


def casualty_label(hit: tuple[str, str], head: str) -> tuple[str, str]:
    """A casualty measure's (key, label) for a count whose counted noun is ``head``: the
    measure's own label for people of any kind ("12 people", "18 dead", "3,500 residents", no
    noun), else the noun's ("120 homes had been evacuated" is *homes evacuated*, never *people
    evacuated*)."""
    key, _label = hit
    if people_kind(head):
        return hit
    return key, f"{head} {CASUALTY_VERB[key]}"


def part_label(group: str, noun: str) -> str:
    """The label of a count of some of a casualty group, its noun and the group's word: "children
    among the dead", "residents among the injured" (was "dead: children", a label with a noun after
    a colon no reader took for a part of the dead: t13air N5)."""
    return f"{noun} among the {group}"


# A partitive's opening right before a count of people: "Of the 22 crew on board, two have died".
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|its|their|all)\s+$", re.I)


def elided_nouns(text: str, values: Sequence[FactValue]) -> None:
    """Give, in place, a casualty count with no noun of its own (``unit`` "") the noun of the count
    of people before it in its sentence that its noun is elided after (``values`` one article's in
    text order): a casualty count's ("Two crew members were killed and three are missing": three
    crew members; "Two sailors died and three were missing"; "Two crew are dead and three
    missing", whose "missing" is the cue, no noun) or a partitive's whole ("Of the 22 crew
    on board, two have died and three remain missing"). English elides a noun a coordinate or a
    partitive has just named (noun-phrase ellipsis; Quirk et al., *A Comprehensive Grammar*, 12.30);
    read as "people" the count was a kind apart, never compared with another outlet's "Three crew
    members were missing" (t13av N18, round s51-f2). A count whose noun is a part by age or sex
    ("two children") or no person's is never an antecedent."""
    named: dict[tuple[int, int], FactValue] = {}
    for v in values:
        if v.kind != "count" or not isinstance(v.value, float):
            continue
        before = named.get(v.sentence)
        # (a casualty word read as the count's noun names no people: "three missing" is "three")
        if v.unit and v.unit.lower() not in CASUALTY:
            casualty = v.measure.split("|", 1)[0] in CASUALTY_VERB
            partitive = not v.measure and _PARTITIVE_BEFORE.search(text, v.sentence[0], v.start) is not None
            person = people_kind(v.unit.lower()) or crew_kind(v.unit.lower(), v.modifiers)
            if (casualty or partitive) and person:
                named[v.sentence] = v
            continue
        if before is None or v.measure not in CASUALTY_VERB or v.start < before.end:
            continue
        v.unit, v.head, v.modifiers = before.unit, before.head, before.modifiers


# People below the ground when a thing happened: how many were in a mine, a tunnel or a shaft at the
# time ("Twenty-three workers were underground", "24 people were working underground", "23 employees
# and contractors were below ground"). A count of the people present, one measure however their noun
# is worded, and never the employer's headcount ("The mine employs about 410 people": a workforce, a
# measure of its own; t13au N1, round s51-f2: "23 employees … were underground" was a value of the
# row "staff" beside the 410, a false disagreement, and the 23 workers, people and employees three
# rows). What people are below the ground in are the underground workings a mining glossary names
# (mine, pit, colliery, shaft, tunnel, drift, stope, adit).
PRESENT_UNDERGROUND = ("present|underground", "people underground")
_BELOW_GROUND = frozenset("underground belowground subsurface".split())
_WORKINGS = frozenset(
    "mine mines pit pits colliery shaft shafts tunnel tunnels drift stope stopes adit workings".split()
)
# Words between the count (or its auxiliaries) and where its people were: what they were doing there.
_AT_WORK = frozenset("working work worked at on shift duty still all".split())
# The forms of "be" (and "remain") that make the count the subject of where its people were ("were
# underground", "had been working underground"): without one the count is an object, "The mine has
# about 410 people working underground", a workforce (s51-rv F12: it was the people present).
_BE_FORMS = frozenset("were was are is been remain remained remains".split())
# A distributive or habitual phrase: how many are below the ground as a rule, no count at the time
# ("across three shifts", "on each shift", "every day", "usually"; s51-rv F12).
_HABITUAL = re.compile(
    r"\b(?:(?:across|over|in|on|per|each|every|a)\s+(?:\w+\s+)?(?:shifts?|days?|rosters?|rotations?)"
    r"|usually|normally|typically|generally|routinely)\b"
)


# A count of people whose place the clause gives with no verb of their own between: the subject
# of an existential "there" + "be" ("There were 23 workers underground", Quirk et al. §18.44), or
# the object of a complex-transitive verb whose object complement is where they were (§16.44:
# "trapping 23 workers about 740 metres underground", "left 40 miners below ground") or of an
# absolute "with" ("collapsed with 23 people in the mine", §15.56). Each says the people were
# there; the clause's own "be" is not written (t13r R2 on t13au N1, round s52-f3: both sentences were
# a row "workers" beside *people underground*).
_THERE_BE = frozenset("there".split())
_PLACING_VERBS = frozenset(
    """trap traps trapping trapped leave leaves leaving left strand strands stranding stranded
    keep keeps keeping kept with""".split()
)
# Words of how deep the people were, between the count and its place ("about 740 metres
# underground"): an approximator, a comparative, a unit of length (figures.UNITS).
_DEPTH_WORDS = frozenset(
    {w for w, unit in UNITS.items() if unit in ("m", "km", "ft", "mi", "yd")}
    | {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "more", "less", "than", "over"}
)


def _placed_by_clause(before: Sequence[str]) -> bool:
    """Whether the clause words ``before`` a count of people (lower case) make it the subject of an
    existential "there" + "be" or the object of a verb of placing (:data:`_PLACING_VERBS`)."""
    words = [w for w in before if w not in VERB_ADVERBS and w not in _DEPTH_WORDS]
    if words[-1:] and words[-1] in _PLACING_VERBS:
        return True
    return len(words) >= 2 and words[-2] in _THERE_BE and words[-1] in _BE_FORMS


def _place_at(words: Sequence[str], i: int) -> int:
    """The end of a below-ground place at index ``i`` of ``words`` ("underground", "below ground",
    "in the mine"), or -1 when none is there."""
    rest = words[i : i + 3]
    if rest[:1] and rest[0] in _BELOW_GROUND:
        return i + 1
    if rest[:2] == ["below", "ground"]:
        return i + 2
    if len(rest) == 3 and rest[0] in ("in", "inside", "down") and rest[1] == "the" and rest[2] in _WORKINGS:
        return i + 3
    return -1


def below_ground(after: Sequence[str], before: Sequence[str] = ()) -> bool:
    """Whether the clause words ``after`` a count of people (lower case) say they were below the
    ground (:data:`PRESENT_UNDERGROUND`): past a coordinated noun ("and contractors"), auxiliaries
    and what they were doing ("were working"), "underground", "below ground", or in or down the
    workings (:data:`_WORKINGS`: "were in the mine", "down the pit"); a form of "be" before the
    place (:data:`_BE_FORMS`) and no habitual phrase (:data:`_HABITUAL`) in the clause. With the
    clause words ``before`` the count making it placed by its clause (:func:`_placed_by_clause`:
    "There were 23 workers underground", "trapping 23 workers about 740 metres underground"), the
    place right after the count's noun, past how deep (:data:`_DEPTH_WORDS`), is enough."""
    words = list(after)
    if _HABITUAL.search(" ".join(words)):
        return False  # "has 410 people working underground across three shifts": a workforce
    if before and _placed_by_clause(before):
        j = 0
        while j < len(words) and words[j] in _DEPTH_WORDS:
            j += 1
        if _place_at(words, j) >= 0:
            return True
    if words[:1] == ["and"] and len(words) > 1 and words[1] not in AUXILIARIES and not is_participle(words[1]):
        words = words[2:]  # "employees and contractors were underground"
    i = 0
    while i < len(words) and (words[i] in AUXILIARIES or words[i] in VERB_ADVERBS or words[i] in _AT_WORK):
        i += 1
    end = _place_at(words, i)
    if end < 0:
        return False
    # A form of "be" before the place makes the count its subject ("were underground"); so does a
    # verb of the count's own after a participle phrase of the place ("Officials said 23 people still
    # working underground were safe": the count is the subject of "were safe", s51-fx1's leftover);
    # with neither it is an object, "The mine has about 410 people working underground", a workforce.
    return bool(_BE_FORMS.intersection(words[:i])) or (end < len(words) and words[end] in AUXILIARIES)
