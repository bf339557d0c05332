"""What a figure counts or measures: its *measure* (grouping key) and *label*, read from the
words of its own clause. :func:`figure_measure` is the entry point: a count's measure is read here
(casualty verbs and nouns, the counted noun, what befell it, jobs cut, strikers, staff); a
measurement's in :mod:`.quantities`, an amount of money's in :mod:`.money_roles`, a duration's in
:mod:`.roles`, a pay offer's percentage in :mod:`.money_roles` too. See the package docstring for
the rules; each rule's comment names the test corpus or review finding it came from."""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.analysis.facts.clauses import mourning_period
from waic_reader.index.analysis.facts.earlier import (
    SIDES,
    changed_to,
    replaced_by_change,
)
from waic_reader.index.analysis.facts.money_roles import (
    money_measure,
    percent_offer_or_demand,
)
from waic_reader.index.analysis.facts.people_counts import (
    CASUALTY_NOUNS,
    CASUALTY_VERB,
    LOST_AFTER,
    PRESENT_UNDERGROUND,
    below_ground,
    casualty_label,
    comma_coordinate,
    crowd_event,
    employing_whole,
    hurt_or_treated,
    job_plural,
    on_the_books,
    opens_own_clause,
    own_coordinate,
    part_label,
    possessed_count,
    possessed_staff,
    staff_measure,
    whole_staff,
    workforce,
)
from waic_reader.index.analysis.facts.places import (
    GROUP_WORD,
    among_group,
    one_place_stay,
    partitive,
)
from waic_reader.index.analysis.facts.quantities import (
    quantity_measure,
)
from waic_reader.index.analysis.facts.roles import (
    ABOARD_WORDS,
    CAREER,
    CONDITION,
    CUT_NOUNS,
    HOSPITAL,
    IN_HOSPITAL,
    JOB_CUT_PAIRS,
    JOB_NOUNS,
    POWER_HOMES,
    POWER_OUT,
    STRIKE,
    career_of,
    derailing,
    done_to,
    elapsed,
    elided_sentence,
    employed_object,
    in_condition,
    in_hospital,
    is_aboard,
    jobs_cut,
    lasting,
    left_home,
    list_tail,
    list_verb,
    on_strike,
    prison_term,
    rescue_story,
    sentence_suspension,
    staff_count,
    stop_verb,
    strikers_of,
    taking,
    to_hospital,
    warning_time,
    without_power,
    workforce_cut,
)
from waic_reader.index.analysis.facts.words import (
    AUXILIARIES,
    CASUALTY,
    FINITE_VERBS,
    REPORTING_VERBS,
    SAME_NOUN,
    VERB_ADVERBS,
    WORD,
    acts_on_object,
    bare_verb,
    bare_word,
    bodies_recovered,
    clause_after,
    clause_before,
    clause_verb,
    comma_parts,
    counted_kind,
    is_participle,
    nearest_cue,
    own_verb,
    people_kind,
    sentence_words,
    spelled_one_way,
)
from waic_reader.index.analysis.figures import (
    Figure,
    figures_of,
)
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    INCREMENT_WORDS,
    NUMBER_WORDS,
    STOP_WORDS,
    SUBORDINATORS,
)
from waic_reader.index.corpus.letters import CAP

_DAMAGE = frozenset("destroyed damaged collapsed flattened flooded".split())


# Emergency responders, the resource kinds an incident command deploys (FEMA, National Incident
# Management System, resource typing: fire, law enforcement, emergency medical, search and rescue,
# the military in support): a count of them deployed to the story's event is one measure however
# its clause says so, "were assigned to it", "were on the lines", "are at the scene", "battling the
# blaze", or a fact box's "Firefighters | 1,600" (t13ap N5: rows "firefighters assigned" and
# "firefighters on the lines" of one count). NIMS counts them as "personnel" and types its fire
# resources as "crews" (hand crews, engine crews), so those count deployed responders too (t13apr N5).
_RESPONDERS = frozenset(
    """firefighters fire-fighters firemen smokejumpers rescuers paramedics medics police officers
    policemen troops soldiers guardsmen servicemembers servicemen servicewomen responders
    crews personnel""".split()
)
# The verbs of sending responders to an incident, and the words of being at work on it.
_DEPLOYING = frozenset("""assigned deployed dispatched sent mobilised mobilized committed drafted stationed""".split())
# The fire apparatus NIMS resource typing (FEMA) counts beside crews: engines, water tenders,
# dozers, helicopters and air tankers; a count of them sent to an incident is deployed as its crews
# are ("sent 40 engines", "40 engines were assigned": one count).
_APPARATUS = frozenset("engines tenders dozers bulldozers helicopters airtankers".split())
# The forms of the verbs of :data:`_DEPLOYING` an active clause writes before its object: "The
# Pentagon dispatched 600 troops", "has sent 40 engines", "is deploying 300 firefighters", "will
# send in 200 more" (round s49-f; only the passive after the count was read, s48-f3 Not done).
_DEPLOYING_ACTIVE = _DEPLOYING | frozenset(
    """assign assigns assigning deploy deploys deploying dispatch dispatches dispatching send sends
    sending mobilise mobilises mobilising mobilize mobilizes mobilizing commit commits committing
    station stations stationing""".split()
)
# The fire resources NIMS counts as one force: its firefighters, the crews it types them in and the
# "personnel" its incident reports total (the CAL FIRE and InciWeb incident updates give "personnel"
# as the whole force on a fire): a count of any of them deployed is one count (issue #16, round
# s53-f: "more than 1,150 firefighters", "1,150 personnel", "crews totalling 1,150" were three rows).
_FIRE_FORCE = frozenset("firefighters fire-fighters firemen smokejumpers crews personnel".split())
_FIRE_FORCE_KIND = "firefighters"
# Responders sent to help others ("Cal Fire sent 200 firefighters to help", "also dispatched 80
# firefighters to assist"): one sender's contingent joining a force, a part of it and never its
# count (issue #16, round s53-f: 200 against the whole force's 1,150 was a false disagreement).
_TO_HELP = re.compile(
    r"\s+(?:(?:to|in)\s+(?:the\s+)?[\w-]+\s+)?(?:to|who\s+will|that\s+will)\s+"
    r"(?:help|assist|support|reinforce|bolster|join|back\s+up|aid)\b",
    re.I,
)
_SENDER_BEFORE = re.compile(
    rf"(?:^|[,;]\s*|\band\s+)(?P<sender>(?:the\s+)?{CAP}[\w&'’.-]*(?:\s+(?:of\s+)?{CAP}[\w&'’.-]*){{0,4}})"
    r"(?:\s+(?:has|have|had|also|will|would|is|was|were|are|then|later))*\s*$"
)
# A bare number closing "<responders> totalling" or "numbering" ("Crews totalling 1,150 were on
# the fire"): a count of those responders, its noun before it.
_RESPONDERS_TOTALLING = re.compile(
    r"\b(?P<noun>[A-Za-z-]+)\s+(?:totalling|totaling|numbering|amounting\s+to)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$",
    re.I,
)


def responders_totalling(text: str, sent_start: int, fig_start: int) -> tuple[str, str]:
    """(measure key, label) of a bare count a responders' noun and "totalling"/"numbering" open
    ("Crews totalling 1,150": ("deployed|firefighters", "crews deployed")), ("", "") otherwise."""
    found = _RESPONDERS_TOTALLING.search(text, max(sent_start, fig_start - 60), fig_start)
    noun = found.group("noun").lower() if found is not None else ""
    if noun not in _RESPONDERS:
        return "", ""
    return f"deployed|{_deployed_kind(noun)}", f"{noun} deployed"


def _deployed_kind(kind: str) -> str:
    """The kind a deployed count is keyed by: the fire force's one (:data:`_FIRE_FORCE`), else ``kind``."""
    return _FIRE_FORCE_KIND if kind in _FIRE_FORCE else kind


def _contingent_sender(text: str, fig: Figure, sent: tuple[int, int], verb_before: bool) -> str:
    """The sender, as written ("Cal Fire"), of responders a clause sends to help a force
    (:data:`_TO_HELP` after the count, a sending verb right before it: ``verb_before``), when
    it names one (a capitalised subject before the verb); "" otherwise."""
    if not verb_before or _TO_HELP.match(text, fig.end, sent[1]) is None:
        return ""
    # (the qualifier and the sending verb before the number: "sent about 200")
    head = re.sub(
        r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|an?\s+extra|another))*\s*$",
        "",
        text[sent[0] : fig.start],
    )
    head = re.sub(r"\s*\b\w+(?:\s+(?:in|out|up))?$", "", head)  # the verb (and its particle)
    found = _SENDER_BEFORE.search(head)
    if found is None:
        return ""
    sender = found.group("sender")
    # (a sentence's capital "The" is no part of the name: "sent by the Forest Service")
    return f"the {sender[4:]}" if sender.startswith("The ") else sender


# The particles of a phrasal verb of sending between it and its object ("sent in 600 troops").
_SEND_PARTICLES = frozenset("in out up".split())
_ON_DUTY = re.compile(
    r"^(?:(?:are|were|is|was|have|had|been|being|now|still|also|currently)\s+)*"
    r"(?:(?:on|at)\s+(?:the\s+)?(?:fire\s*|front\s*)?(?:lines?|scene|ground|fireline)\b"
    r"|(?:battling|fighting|tackling|working|attacking)\b)"
)


def _deployed(head: str, verb: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a count of responders (:data:`_RESPONDERS`) is of those deployed: its clause's verb
    sends them (:data:`_DEPLOYING`), its words after it put them at work (:data:`_ON_DUTY`), or
    nothing else is said of them (a fact box's "Firefighters | 1,600", read as "1,600 firefighters"),
    or, with no verb of its own, the verb right before it sends them (:data:`_DEPLOYING_ACTIVE`:
    "The Pentagon dispatched 600 troops"). Fire apparatus (:data:`_APPARATUS`) counts as its crews."""
    if head not in _RESPONDERS and head not in _APPARATUS:
        return False
    return (
        verb in _DEPLOYING
        or bool(_ON_DUTY.match(" ".join(after)))
        or (not before and not after)
        or (not verb and _sent_by_verb_before(before))
    )


# The prepositions that name whom things go to ("2,000 blankets to evacuees", "tents for the
# displaced", "food among the injured"): a casualty word after one is said of the recipients.
_RECIPIENT_PREPOSITIONS = frozenset("to for among".split())


# Words between a recipients' preposition and its people that name no one ("to the 300 evacuated
# families", "for all those displaced", "among some of the injured").
_RECIPIENT_FILLERS = DETERMINERS | frozenset("all some many most of each every".split())


def _names_recipients(words: Sequence[str]) -> bool:
    """Whether ``words``, a clause's words after "to"/"for"/"among", open with people it goes to:
    determiners and numbers passed over, a casualty word or a noun of people
    (:func:`~waic_reader.index.analysis.facts.words.people_kind`) first or second ("the evacuated
    families", "flood victims", "evacuees"); never an infinitive ("to be evacuated", "to leave") nor
    a place ("close to the river")."""
    rest = [bare_word(w) for w in words]
    k = 0
    while k < len(rest) and (rest[k] in _RECIPIENT_FILLERS or rest[k].replace(",", "").isdigit()):
        k += 1
    first = rest[k : k + 1]
    if not first or not first[0] or first[0] in _INFINITIVE_OPENERS:
        return False
    return people_kind(first[0]) or (k + 1 < len(rest) and bool(rest[k + 1]) and people_kind(rest[k + 1]))


# Verbs whose bare form opens an infinitive after "to" and may precede a casualty word ("to be
# evacuated", "to have fled", "to get", "to help"): "to" before one is no recipients' preposition.
_INFINITIVE_OPENERS = AUXILIARIES | frozenset("be have get help keep leave make".split())


def _before_recipients(after: Sequence[str]) -> Sequence[str]:
    """The words of a count of things' clause after it (``after``) up to a preposition naming whom
    they go to (:data:`_RECIPIENT_PREPOSITIONS`, followed by people: :func:`_names_recipients`):
    "sent 500 tents to the evacuated families" are no tents evacuated (round s49-f: "blankets
    evacuated" of two givers' blankets), but "ordered 3,000 homes to be evacuated" are homes
    evacuated (review s49-rv finding 8)."""
    cut = next(
        (k for k, w in enumerate(after) if w in _RECIPIENT_PREPOSITIONS and _names_recipients(after[k + 1 : k + 5])),
        len(after),
    )
    return after[:cut]


def _sent_by_verb_before(before: Sequence[str]) -> bool:
    """Whether the last of ``before`` (a count's clause's lower-case words before it), a sending
    verb's particle aside ("sent in"), is a verb of sending responders (:data:`_DEPLOYING_ACTIVE`)."""
    words = list(before)
    if words[-1:] and words[-1] in _SEND_PARTICLES and len(words) > 1:
        words.pop()
    return bool(words) and words[-1] in _DEPLOYING_ACTIVE


# A count of the steps of a way between places ("who lives two streets from the plant", "three blocks
# away", "four doors down"): how far, no count of things a clause's verb befell ("streets killed",
# read from "lives", t13w F5, round s33-j).
_WAY_STEPS = frozenset("street streets block blocks door doors".split())
_WAY_AFTER = frozenset("from away down up along".split())


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


# A count summing up the clause before it after a dash or a colon, ending its sentence ("Residents
# within 2 km remain evacuated – about 1,200 people"): a value of that clause's casualty measure.
_SUMMING_BEFORE = re.compile(r"[–—:]\s*(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than)\s+)?$", re.I)


_VICTIMS = frozenset("victims victim".split())
_MOURNED = frozenset("funeral funerals mass masses burial burials buried mourned mourning requiem".split())


# How many words before a change's new value its subject may name the tally ("The death toll
# from Saturday's explosion at the … plant in Kalvik has risen to seven": 15).
_SUBJECT_WORDS = 30


# A count and its noun written before a count without one ("The council owns 30 bridges; five are
# …", "Of the 40 wards, six are …"): the number as digits or a word, then the noun.
# (a lookahead: every pair is tried, "owns five people" holds "five people")
_COUNT_AND_NOUN = re.compile(r"\b(?=(?P<n>\d[\d,.]*|[a-z]+)\s+(?P<noun>[a-z][a-z-]+)\b)", re.I)


def _previous_sentence(text: str, start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts, within its paragraph (the
    paragraph's start when none): a count without a noun refers back as far ("The city has 40
    schools. Six are in poor condition")."""
    before = text[:start].rstrip()
    stop = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n"))
    return stop + 1 if stop >= 0 else 0


def _things_counted_before(text: str, start: int, end: int) -> bool:
    """Whether the last count written with its noun in ``text[start:end]`` counts things, no people
    ("30 bridges", "twelve buildings"; not "20 people", "12 injured"): a count with no noun of its own
    after it ("five are in a serious condition") is of those things, whose condition is no medical
    one (review s49-rv2 finding 13: "30 bridges; five are in a serious condition" was a row "people
    in serious condition")."""
    last = ""
    for m in _COUNT_AND_NOUN.finditer(text, start, end):
        n = m.group("n").lower()
        noun = m.group("noun").lower()
        if (n[:1].isdigit() or n in NUMBER_WORDS) and noun not in STOP_WORDS:
            # ("Twelve were hurt", "Six remain unaccounted for": a verb, no noun; t13au N2)
            last = "" if noun in FINITE_VERBS or noun in AUXILIARIES else noun
    return bool(last) and not people_kind(last) and last not in CASUALTY


def _increment(text: str, fig: Figure) -> bool:
    """Whether a count is what is added to a total ("two more bodies"), not the total."""
    return bool(
        _INCREMENT_AFTER.match(text, fig.num_end) or _INCREMENT_BEFORE.search(text, max(0, fig.start - 16), fig.start)
    )


# "all but 40 families have returned": the count is of those the verb does not hold for (read as
# *families returned: 40*, the opposite, t13n F27).
_ALL_BUT_BEFORE = re.compile(r"\ball\s+(?:but|except)\s+(?:for\s+)?(?:about\s+|some\s+|around\s+)?$", re.I)


# A running total: arrests "since the start of the strike" are all the event's, never a value of
# one day's arrests ("23 protesters were arrested on Wednesday": t13ajr S5, the row paired them).
_SINCE_START = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outset)\s+of\b|\bsince\s+(?:the|it)\s+(?:[^\W\d_]+\s+)?(?:began|started)\b",
    re.I,
)


def _names_blanked(before: list[str], cased: Sequence[str]) -> list[str]:
    """``before`` (lower-case words) with the words of names blanked: a word written capitalised
    beside another capitalised word (``cased``, the same words as written) is a name's, no role
    word ("Relief Logistics won the £4m contract" is no relief money, "Aid Freight Ltd was paid"
    no aid: review s43-rv finding 16's leftovers)."""
    if len(cased) != len(before):
        return before
    cap = [w[:1].isupper() for w in cased]
    return [
        "" if cap[k] and ((k and cap[k - 1]) or (k + 1 < len(cap) and cap[k + 1])) else w for k, w in enumerate(before)
    ]


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
    if not key and fig.kind == "count":
        key, label = _elided_measure(text, fig, sent)
    if key and fig.kind == "count" and _ALL_BUT_BEFORE.search(text, max(sent[0], fig.start - 24), fig.start):
        verb = CASUALTY_VERB.get(key.split("|")[0])
        noun = fig.noun.lower() or "people"
        if verb is not None and key.split("|")[0] == key:
            return f"not|{key}", f"{noun} not {verb}"
        if "|" in key and label.startswith(noun + " "):
            return f"not|{key}", f"{noun} not {label[len(noun) + 1 :]}"
        return "", ""
    if key == "arrested" and _SINCE_START.search(text, fig.end, sent[1]):
        return f"{key}|since the start", f"{label} since the start"
    return key, label


# A count after an auxiliary standing for the verb of the clause before it: "Some 2,400 bus drivers
# walked out, as did 1,300 train drivers", "…, and so did 40 nurses"
_ELIDED_BEFORE = re.compile(
    r",?\s+(?:as|and\s+so|so)\s+(?:did|have|had|has|were|was|are|is)\s+(?:(?:some|about|around|another|nearly)\s+)?$",
    re.I,
)


def _elided_measure(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, str]:
    """(measure key, label) of a count whose clause elides its verb (:data:`_ELIDED_BEFORE`): the
    measure it would have with the verb phrase after the last count of the clause before ("walked
    out"), read as that prose ("1,300 train drivers walked out."); ("", "") else. The elided count
    was a bare count beside its sentence's strikers (s44-z1's leftover)."""
    m = _ELIDED_BEFORE.search(text, sent[0], fig.start)
    if m is None or m.end() != fig.start:
        return "", ""
    main = text[sent[0] : m.start()]
    counts = [f for f in figures_of(main) if f.kind == "count"]
    if not counts:
        return "", ""
    prose = f"{text[fig.start : fig.end]}{main[counts[-1].end :]}."
    read = next((f for f in figures_of(prose) if f.start == 0), None)
    if read is None or read.kind != "count":
        return "", ""
    return _measure_of(prose, read, (0, len(prose)), None, "", None, False)


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
    if replaced_value and not replaced:
        return "", ""
    if not replaced_value and (alt := _ALTERNATIVE_BEFORE.search(text, max(sent[0], fig.start - 32), fig.start)):
        if fig.kind == "money":
            # "rather than the €120 the company has offered": the other side's offer or demand, read
            # in its own words from "rather than" on (t13ay N3, round s53-f3: an earlier report)
            key, label = money_measure(
                text, fig, (alt.start(), sent[1]), [], clause_after(text, fig.end, sent[1], next_start), None
            )
            if key.split("|", 1)[0] in SIDES:
                return key, label
        return "", ""
    after = clause_after(text, fig.end, sent[1], next_start)
    before = clause_before(text, fig.start, sent[0], strict=fig.kind == "count" and bool(fig.noun))
    noun_words = [w.lower() for w in WORD.findall(fig.noun)]
    if fig.kind == "count":
        return _count_measure(text, fig, sent, before, after, noun_words, next_start, prev_head)
    if fig.kind == "quantity":
        return quantity_measure(text, fig, sent, before, after)
    if fig.kind == "money":
        cased = clause_before(text, fig.start, sent[0], keep_case=True)
        return money_measure(text, fig, sent, _names_blanked(before, cased), after, prev_end)
    if fig.kind == "duration":
        # "will remain closed for three days": the closure's duration (roles.lasting)
        # "turned back 22 minutes into the flight": the journey's time when it was cut short; what
        # takes it ("an investigation, which could take up to 18 months"); a named person's years
        # in a job ("who has flown for Nordair for 21 years", its owner read in extract.py)
        return (
            sentence_suspension(before)  # "sentenced to 18 months, suspended for two years"
            or prison_term(before, after)  # "jailed for six years": no lasting of what it punishes
            or elided_sentence(text, fig.start, sent)  # "…, and Tariq Shah for six years"
            or lasting(before, comma_parts(text, fig.start, sent[0]))
            or elapsed(text, fig.start, fig.end, sent)
            or warning_time(text, fig.start, fig.end, sent)  # "three hours of warning", "alerted …, 95 minutes before"
            or (CAREER if career_of(text, fig.start, sent) else None)
            or taking(text, fig.start, sent)
            or mourning_period(text, fig.end, fig.unit, sent[1])  # "three days of mourning"
            or ("", "")
        )
    if fig.kind == "percent" and (role := percent_offer_or_demand(before, after)):
        # "Employers have offered 4.5 percent", "the 8% the unions have demanded": a pay offer and
        # a pay demand are two measures, as in money, each outlet's demand in one row and a raised
        # offer a later value of the offer (review s42-rv finding 7, t13aj N2/N3: the union's
        # 9% and the employers' 4.5% were one "pay rise" row that disagreed)
        return f"pay {role}", f"pay rise {role}"
    return "", ""


def _count_measure(
    text: str,
    fig: Figure,
    sent: tuple[int, int],
    before: list[str],
    after: list[str],
    noun_words: list[str],
    next_start: int | None,
    prev_head: str,
) -> tuple[str, str]:
    """(measure key, label) of a count (``fig.kind == "count"``; see :func:`_measure_of`):
    ``before`` and ``after`` the lower-case words of its clause around it, ``noun_words`` its
    counted noun's."""
    if not noun_words and partitive(text, fig, sent[0]):
        return "", ""
    group = among_group(text, fig, sent)
    if group:
        if not noun_words:
            return "", ""  # "Two were among the dead": some of the dead, of no kind
        phrase = " ".join(noun_words)
        word = GROUP_WORD.get(group, CASUALTY_VERB[group])
        return f"{group}|among|{phrase}", part_label(word, fig.noun)
    head = noun_words[-1] if noun_words else ""
    way = WORD.findall(text, fig.end, min(sent[1], fig.end + 16))[:1] if head in _WAY_STEPS else []
    if way and way[0].lower() in _WAY_AFTER:
        return "", ""  # "who lives two streets from the plant": how far, no casualty
    increment = _increment(text, fig)
    if not noun_words and changed_to(text, fig.start, sent[0]):
        # "death toll rises to four as missing hiker found": the new value of a change names no
        # things, its subject does; a clause a subordinator opens after it is another's, its
        # words ("missing hiker") no measure of the value (t13as N12: four read people missing)
        after = after[: next((k for k, w in enumerate(after) if w in SUBORDINATORS), len(after))]
    if not increment and bodies_recovered(noun_words, before, after):
        # bodies recovered or found so far, a fact of their own: no death toll (t13aa K2)
        return "recovered|bodies", "bodies recovered"
    # A casualty noun before the counted noun names what its things are for, not what
    # befell them: "200 evacuation centres", "40 rescue workers", "3 death certificates"
    # (were *centres evacuated* and *people rescued*); the head and the participles before it
    # still do ("200 evacuees", "12 injured people").
    own = [w for w in noun_words[:-1] if w not in CASUALTY_NOUNS] + noun_words[-1:]
    hit: tuple[str, str] | None = None if increment else nearest_cue(own, CASUALTY)
    if hit and head not in CASUALTY:
        # "two injured workers died in hospital": what befell the things counted is said by
        # the verb, their adjective only says who they were (some of the injured), so the
        # count is a part of the verb's measure ("dead: injured workers"), of the adjective's
        # none (t13n F5: 2 in *people injured*, a false change 21 → 2).
        then = nearest_cue(bare_verb(after), CASUALTY)
        if then and then[0] != hit[0]:
            phrase = " ".join(noun_words)
            word = GROUP_WORD.get(then[0], CASUALTY_VERB[then[0]])
            return f"{then[0]}|among|{phrase}", part_label(word, fig.noun)
    place, where = one_place_stay(text, fig.end, sent[1]) if hit or (not increment and people_kind(head)) else ("", "")
    if place:
        # "About 150 evacuees spent the night at Grace Fellowship Church": those at one place, a
        # part of the measure's people and a fact of that place's own, never the total evacuated
        # (issue #16, round s53-f); labelled in words, "evacuees at Grace Fellowship Church",
        # "people at the shelter" (was "people: shelter" beside "people in shelters")
        # (the place's key without its article: "the Riverside Centre" is "Riverside Centre")
        key = re.sub(r"^the\s+", "", place.casefold())
        return f"{hit[0] if hit else 'stay'}|at|{key}", f"{fig.noun} {where}"
    if hit:
        return casualty_label(hit, head)
    if not increment and noun_words and people_kind(head) and LOST_AFTER.match(text, fig.end, sent[1]):
        # "the families of the 17 colleagues we have lost": people a speaker has lost are
        # the dead (t13ag N6: a row "colleagues" beside the death toll)
        return casualty_label(CASUALTY["dead"], head)
    if not increment and noun_words and people_kind(head) and (event := crowd_event(before)):
        # "a rally of about 5,000 workers", "a march by 300 nurses": the people at another
        # event, never the story's own count of that noun (t13ag N4: a factory's 3,200 workers
        # against a rally's 5,000 was a false disagreement)
        return f"crowd|{event}|{head}", f"{fig.noun.lower()} at the {event}"
    if not increment and head in _VICTIMS and _MOURNED & set(sentence_words(text, sent)):
        # "a mass for the six victims of the explosion", "the funerals of the 12 victims": the
        # dead, by the rite their sentence names (were a row "victims" beside the death
        # toll, t13n F27); victims of no such rite may be the injured too, and stay apart
        return casualty_label(CASUALTY["dead"], head)
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
    tail = [w.lower() for w in WORD.findall(text, fig.end, sent[1])[:14]]
    # (a count that opens a list takes the list's verb: "Some 3,000 nurses and 500 junior
    # doctors are on strike", each count of its own noun; t13ajr S2)
    if not increment and on_strike(
        strikers_of(head, tail), list_tail(text, fig.end, sent[1]) or after, text, before, tail
    ):
        # "walked out", "joined the strike", "stayed away": one count of those on strike (t13af
        # N13), whatever noun names them: the story's strikers, "12,000 dockworkers", "15,000
        # members", "workers on strike", are one measure (t13aj N1: four rows, the real
        # disagreement missed)
        phrase = " ".join(noun_words) or strikers_of(head, tail)
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
    if verb and after[:1] == [verb] and done_to(head, before, after):
        # "searchers had rescued 27 people trapped on Ridge Road", "rescued 14 people stranded on
        # the sandbank": a verb before that does something to the count governs it, the participle
        # right after its noun (no auxiliary) says what state they were in (t13aw N3, round
        # s52-f2: a row "people trapped" beside *people rescued*)
        verb = ""
    if verb and acts_on_object(text[fig.end : sent[1]]):
        verb = ""  # "its five hospitals have diverted 340 patients": their deed, no measure (t13ar N5)
    if not verb and not increment and _participle_before(noun_words) and not done_to(head, before):
        # "17 trapped miners" says "17 miners were trapped": one fact with the clause's verb
        # (a headline's "trapped miners" was a row apart from "miners trapped", t13y G2)
        verb, noun_words = spelled_one_way(noun_words[0]), noun_words[1:]
    if not verb and not increment and head and after[:1] and derailing(after[0], after[1:], head):
        # "Six carriages came off the rails", "left the track": an irregular past tense of no
        # participle's form, the derailment's verb (t13aq N14)
        verb = after[0]
    # "12 schools were shut" are schools closed (t13aa K14), "were turned away" diverted
    verb = stop_verb(verb, _words_after(after, verb), head)
    if verb in ABOARD_WORDS:
        return "", ""  # "212 passengers had boarded": where they were, no measure (see ABOARD)
    if verb in CASUALTY:
        return casualty_label(CASUALTY[verb], head)
    # (where to read past the clause's words kept, "brought to the Gasan pier": t13an N7)
    if (
        verb
        and people_kind(head)
        and (got := done_to(head, [verb], _words_after(tail, verb), story_rescue=rescue_story(text))) in CASUALTY
    ):
        # "Two people were brought out alive from the debris", "were pulled from the rubble":
        # the passive of a rescuing verb (roles.done_to) is a rescue (t13ae P8, round s37-z2)
        return casualty_label(CASUALTY[got], head)
    if (
        not increment
        and not head
        and (bare := clause_verb(after))
        and done_to("people", [bare], _words_after(tail, bare), story_rescue=rescue_story(text))
        == CASUALTY["rescued"][0]
        and not _things_counted_before(text, _previous_sentence(text, sent[0]), fig.start)
    ):
        # "Fourteen have been brought to the surface": a count with no noun got out as people
        # are, its people rescued (t13au N2, round s51-f2: the live blog's count was in no row)
        return casualty_label(CASUALTY["rescued"], head)
    if not increment and in_hospital(text, fig.start, fig.end, sent):
        # (before the injured: "31 people are receiving hospital treatment" is who is in hospital
        # now, a value of the wire's "31 … being treated in hospital", t13ax N2, round s52-f2)
        return casualty_label(IN_HOSPITAL, head)
    if not increment and hurt_or_treated(after, clause_after(text, fig.end, sent[1])):
        # "Forty-two people were treated for injuries": the injured; "41 were treated for
        # burns", with no noun, too (t13ac M31: no figure); "received treatment for minor
        # injuries", "suffered minor injuries", "needed hospital treatment" (t13ad N14)
        return casualty_label(CASUALTY["injured"], head)
    # "Nearly 3,000 were forced from their homes": a count without a noun is its people's too.
    left = "" if increment else left_home(text, fig, sent[1], next_start, before, verb or clause_verb(after))
    if left:
        return casualty_label(next(v for v in CASUALTY.values() if v[0] == left), head)
    if (
        not increment
        and (
            people_kind(head)
            if head
            else not _things_counted_before(text, _previous_sentence(text, sent[0]), fig.start)
        )
        and (grade := in_condition(text, fig.end, sent[1]))
    ):
        return f"{CONDITION}|{grade}", f"people in {grade} condition"  # "12 of them in a critical condition"
    if not increment and to_hospital(text, fig, sent[1], next_start, sent[0]):
        return casualty_label(HOSPITAL, head)
    if (
        not increment
        and (people_kind(head) or whole_staff(head) or job_plural(head))
        and below_ground(tail, before)
        and not employed_object(before)
    ):
        # "Twenty-three workers were underground", "24 people were working underground": the
        # people present, never the mine's headcount (t13au N1), nor the workforce an employing
        # verb has for its object ("The mine, which employs about 410 people working underground,
        # has been closed": the main clause's auxiliary, s52-rv finding 17)
        return PRESENT_UNDERGROUND
    if (
        not increment
        and (people_kind(head) or job_plural(head))
        and staff_count(before, after)
        and not nearest_cue(before, CASUALTY, reverse=True)
    ):
        # "Veltmark Chemicals, which employs around 650 people", "About 650 people work
        # there": a firm's staff, one measure however worded (roles.staff_count); a whole
        # industry's or country's is a measure of its own (t13ag N5: "the industry employs about
        # four million people" was a value of the factory's staff, a false disagreement); a
        # job's plural is its job's headcount ("employs 600 drivers": staff_measure)
        return staff_measure(head, employing_whole(text, sent[0], fig.start))
    if not increment and (whole_staff(head) or possessed_staff(before, head)):
        # "a workforce of 5,300", "Nordwagen's 5,100 employees learned of the closure", "its
        # 5,000 staff": the employer's headcount, one measure however worded (t13al-r N6/a, S8:
        # rows "workforce", "employees learned" and "staff" held one head count); what befell
        # them (a casualty, a strike, a cut) was read above
        return staff_measure("" if whole_staff(head) else head, employing_whole(text, sent[0], fig.start))
    kind = counted_kind(noun_words)[0]
    if not increment and _deployed(kind, verb, before, after):
        # "1,450 firefighters were assigned to it", "were on the lines", "dispatched 600 troops":
        # one count, deployed, keyed by its noun's kind ("troops", "soldiers" and "service
        # members" one count: words.counted_kind; firefighters, crews and personnel one force)
        phrase = " ".join(noun_words)
        sender = _contingent_sender(text, fig, sent, not verb and _sent_by_verb_before(before))
        if sender:
            # "Cal Fire sent 200 firefighters to help": that sender's contingent, a row of its own
            return f"deployed|{_deployed_kind(kind)}|by|{sender.casefold()}", f"{phrase} sent by {sender}"
        return f"deployed|{_deployed_kind(kind)}", f"{phrase} deployed"
    if verb and verb not in _DAMAGE:
        # the whole counted phrase: "12 primary schools were closed" is no value of "12
        # schools were closed" (a part, or other schools)
        phrase = " ".join(noun_words)
        # (keyed by its noun's kind: "14 vessels" and "11 ships" diverted are one count, words.SAME_NOUN)
        key = " ".join([*noun_words[:-1], SAME_NOUN.get(head, head)])
        return f"{verb}|{key}", f"{phrase} {verb}"
    hit = (
        None
        if increment
        else nearest_cue(_before_recipients(after) if head and not people_kind(head) else after, CASUALTY)
    )
    if hit:
        return casualty_label(hit, head)
    if people_kind(head) and (got := done_to(head, before, after)) in CASUALTY:
        # "dug two people out alive from the collapsed house": people got out of a place are
        # rescued, the place's damage word ("collapsed") is no verb of theirs (round s37-z2)
        return casualty_label(CASUALTY[got], head)
    dmg = next((w for w in [*noun_words, *after, verb] if w in _DAMAGE), None)
    if dmg is None and head and not people_kind(head) and before[-1:] and before[-1] in _DAMAGE:
        # "the blaze, which destroyed at least 86 homes", "has flooded 200 homes": the verb right
        # before a count of things is what was done to them (its object), as after it.
        dmg = before[-1]
    if dmg and head in ("", dmg):
        head = prev_head  # "a further 65 damaged": the homes of the count before
    if dmg and head:
        # (keyed by its noun's kind, words.SAME_NOUN: "300 flats" and "450 apartments" damaged)
        return f"{dmg}|{SAME_NOUN.get(head, head)}", f"{head} {dmg}"
    # (a count's noun coordinated with another, "pulled 151 passengers and crew members from the
    # sea", ends its clause at "and": where they were got out from is read past it, t13anr B)
    stopped = done_to(head, before, after or (tail if tail[:1] == ["and"] else []))
    if stopped in CASUALTY:
        # "Rescuers pulled 45 people from the water": people rescued (t13aa K14)
        return casualty_label(CASUALTY[stopped], head)
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
        key = " ".join([*noun_words[:-1], SAME_NOUN.get(noun_words[-1], noun_words[-1])])
        return f"{stopped}|{key}", f"{phrase} {stopped}"
    if not fig.noun and own_verb(after):
        # "Four people died and 2,100 fled": the subject of a verb of its own; the clause
        # before it ("died") is another count's.
        before = clause_before(text, fig.start, sent[0], strict=True)
        # "death toll rises to five as 380,000 remain in the dark": a clause of its own after a
        # subordinator, whose words before it are another clause's (the 380,000 were dead)
        cut = max((k + 1 for k, w in enumerate(before) if w in SUBORDINATORS), default=0)
        before = before[cut:]
    if not fig.noun and (own_part := comma_coordinate(text, fig.start, sent[0])) is not None:
        before = own_part  # "kills four, forces 23,000 from homes": the cue before is the four's
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
    if not late and not increment and len(noun_words) == 1 and opens_own_clause(before):
        # "where more than 3,200 workers produce knitwear": a place's workers as the subject of
        # a clause that says nothing befell them are its staff, one row with "The factory
        # employs 3,200 workers" (t13ag N4/N5: the one headcount in two rows "workers" and
        # "staff"); an object ("will pay 300 workers a bonus") is no headcount
        return workforce(text, fig, sent)
    if (
        not late
        and not increment
        and len(noun_words) == 1
        and (not after or on_the_books(after))
        and possessed_count(before)
    ):
        # "The mine has 1,800 workers", "The hospital has 900 nurses": the place's headcount,
        # one row with "employs 1,800 people", "employs 900 nurses" (t13ag-r N5: two rows).
        # Only when the noun phrase ends the clause: whatever is said of the count ("has 12
        # miners still trapped", "300 firefighters tackling the blaze", "2,000 drivers on
        # strike", "61 councillors on the council") makes it no headcount (s41-rv finding 2)
        return workforce(text, fig, sent, jobs=True)
    if not late and not increment and noun_words and people_kind(head) and _doing(after):
        # "We saw 30 people clinging to the hull": people counted by what they were doing, the
        # verb's present participle right after their noun, as "17 miners trapped" is by its past
        # one; never by the place its phrase names (t13anr N7, round s47-f: a row "people: hull")
        key = " ".join([*noun_words[:-1], SAME_NOUN.get(head, head)])
        return f"{after[0]}|{key}", f"{' '.join(noun_words)} {after[0]}"
    return casualty_label(late, head) if late else ("", "")


# The least letters of a present participle before "-ing" ("clinging", "waiting"; "sing", "ring"
# and "king" are none).
_ING_STEM = 3


# Words in "-ing" that are no verb's participle after a count: the deverbal prepositions English
# grammars list (Quirk et al., A Comprehensive Grammar, §9.10: "excluding", "following", "pending",
# "regarding") and the common nouns in "-ing" (a building, a meeting): "180 passengers excluding
# crew" is the passengers' count, no row "passengers excluding" (review s47-rv finding 16).
_ING_NOT_DOING = frozenset(
    """excluding including following regarding concerning pending considering notwithstanding barring
    during according respecting touching failing counting saving excepting
    morning mornings evening evenings building buildings meeting meetings housing wedding weddings
    clothing ceiling funding spending training shipping boarding landing parking lightning
    something nothing anything everything thing things king kings ring spring string wing
    """.split()
)


def _doing(after: Sequence[str]) -> bool:
    """Whether a count's clause words ``after`` its noun open with a verb's present participle
    ("clinging to the hull", "sheltering in the school"), no function word in "-ing" ("including",
    "according": lexicon.STOP_WORDS; "excluding", "following": :data:`_ING_NOT_DOING`), no noun in
    "-ing" ("morning", "building") nor a word of saying ("saying", "telling")."""
    word = after[0] if after else ""
    return (
        word.isalpha()
        and word.endswith("ing")
        and len(word) - 3 >= _ING_STEM
        and word not in STOP_WORDS
        and word not in _ING_NOT_DOING
        and word not in REPORTING_VERBS
    )


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
