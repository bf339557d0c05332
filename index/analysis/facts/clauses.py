"""What a duration or a year whose words name no measure is of, in its own clause's words (issue
#16, s40-x1 item 1): "The strike lasted 12 days" → "days the strike lasted", "Firefighters battled
the blaze for nine hours" → "hours firefighters battled the blaze", "a probe committee, which must
report within 15 days" → "days within which the probe committee must report", "The facility passed
its most recent fire-safety audit in November 2025" → "year of the most recent fire-safety audit".

Such a figure's row was labelled by its kind alone ("duration", "year"), and rows of one kind told
apart by a word of their sentences ("duration: government", "duration: units"): nothing a reader
could use. The phrase read here labels its row (grouping._fact) and nothing else: what is compared
with what is grouping's, as before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.analysis.entities.gazetteer import city_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import SAY
from waic_reader.index.analysis.facts.votes import word_cases
from waic_reader.index.analysis.facts.words import AUXILIARIES, EVENT_NOUNS, FINITE_VERBS, WORD, is_participle
from waic_reader.index.analysis.lexicon import DETERMINERS, MONTHS, STOP_WORDS

# Personal pronouns as a clause's subject: the one a reporter's "he warned" and a quote's "we warned" name
# (clauses read in a quote keep its first person)
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
# Words a clause's phrase may hold at most (more is a sentence, not a label)
_CLAUSE_WORDS = 8
# Words of an object's noun phrase at most ("its most recent fire-safety audit")
_OBJECT_WORDS = 4
# What ends the clause before a figure: punctuation, a dash between spaces (a comma inside a
# number, "4,100", ends none)
_CLAUSE_END = re.compile(r"[;:()\[\]—–\"“”]|,(?!\d)|\s-\s")
# The link before a duration: "for nine hours", "within 15 days", "lasted 12 days"; (group
# ``link``: the preposition, or the verb of lasting)
_DURATION_LINK = re.compile(r"\b(?P<link>for|within|lasted|lasting|lasts|last)\s+$", re.I)
# The link before a year: "in 2025", "in November 2025"
_YEAR_LINK = re.compile(rf"\bin\s+(?:(?:{'|'.join(MONTHS)})\s+)?$", re.I)
# The verbs that say the subject happened ("was in 2019", "took place in 2021"): the year is the
# subject's own
_HAPPENED = frozenset("was were is came took happened occurred".split())
# A relative pronoun opening the clause: its subject is the noun phrase before the comma
_RELATIVE = frozenset("which that who".split())
# "a five-member probe committee, which …": the antecedent's words after its determiner
_ANTECEDENT = re.compile(r"\b(?:a|an|the|its|their)\s+((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)\s*,\s*$")


def _plural(unit: str) -> str:
    return unit if unit.endswith("s") else f"{unit}s"


# Words that join a clause to the one before: no part of its label ("…, and the river stayed
# above the danger mark": review s40-rv finding 8)
_JOINERS = frozenset("and but while as or so whereas".split())
# The head nouns of activities a year may be "of" ("year of the most recent audit"), beside the
# event nouns (words.EVENT_NOUNS): any other object keeps its verb ("year Acme bought the Leipzig
# plant", never "year of the Leipzig plant": review s40-rv finding 7)
_ACTIVITIES = re.compile(
    rf"(?:{EVENT_NOUNS}|audits?|inspections?|elections?|by-elections?|votes?|referendums?|census|reviews?"
    r"|surveys?|visits?|meetings?|summits?|talks|launch|opening|merger|takeover|acquisition|sale|trial"
    r"|hearing|investigation|inquiry|renovation|expansion|closure|ceremony|protests?|walkout|stoppage)",
    re.I,
)


def _subject_before(text: str, cut: int, sent_start: int) -> list[str] | None:
    """The subject a clause opening with its verb belongs to: the words of its sentence before the
    first clause break, when they are a short noun phrase ("The strike, which began on March 3,
    lasted" → "the strike"; "The stoppage, the longest in a decade, lasted"); None else."""
    first = _CLAUSE_END.search(text, sent_start, cut)
    if first is None:
        return None
    words = [m.group() for m in WORD.finditer(text, sent_start, first.start())]
    if (
        not words
        or len(words) > _OBJECT_WORDS
        or any(w.lower() in AUXILIARIES or w.lower() in FINITE_VERBS for w in words)
    ):
        return None
    return words


def _lower_first(text: str, words: list[str], opens: bool) -> None:
    """``words`` with its first word (at ``at``) in lower case when it opens a sentence or quote
    (``opens``) and is no name's: a stop word ("The", "We"), or a capital followed by a lower-case
    word that the text never writes capitalised inside a sentence ("Firefighters battled"; "Roe
    has led", "Acme bought" keep theirs where "Jane Roe", "the Acme plant" say so: review s40-rv
    finding 10)."""
    w = words[0]
    if not opens or not w[:1].isupper() or w.isupper():
        return
    if w.lower() in STOP_WORDS:
        words[0] = w.lower()
        return
    _, inside = word_cases(text)
    if len(words) > 1 and words[1][:1].islower() and w.lower() not in inside and not _known_name(w):
        words[0] = w.lower()


def _known_name(word: str) -> bool:
    """Whether ``word`` is a given name or a city's name of the entity recogniser's lists (which
    leave out English words): a name's capital even where the text writes it only at sentence
    starts ("Ellery was jailed", "Leeds bought Hartley" were "ellery", "leeds": review s41-rv
    finding 7)."""
    return word in given_names() or word in city_names()


# The prepositions a figure's phrase inside a clause opens with ("bought Hartley for £2.5m", "won
# with 14 goals"): the phrase is left out of the clause's label whole
_FIGURE_PREPOSITIONS = frozenset("for of at by with from to into on in over under about around than per".split())
# The most words before a reporting verb that a reporting frame's subject has ("Judge Sarah
# Collins said the fraud …")
_FRAME_SUBJECT = 4


def _without_figures(found: list[re.Match[str]], spans: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    """``found`` (a clause's words) without each figure's number (``spans``: the sentence's figures, their
    counted nouns left out of the spans)
    and the preposition its phrase opens with: "Leeds bought Hartley from Barnsley for £2.5m" →
    "Leeds bought Hartley from Barnsley" (was "… for m": the scale letter read as a word, review
    s41-rv finding 7); "Nordair bought 12 aircraft" → "Nordair bought aircraft"."""
    out: list[re.Match[str]] = []
    inside = False  # (the previous word was a figure's: "2" "5m" of "£2.5m")
    for m in found:
        if not any(a < m.end() and m.start() < b for a, b in spans):
            out.append(m)
            inside = False
            continue
        if not inside and out and out[-1].group().lower() in _FIGURE_PREPOSITIONS:
            out.pop()
        inside = True
    return out


def _without_frame(words: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """``words`` without a reporting frame opening them, "<subject> said (that)": "She said the
    fraud had gone on" → "the fraud had gone on" (a frame's pronoun is no one a reader can name:
    review s41-rv finding 7). A frame whose verb has an object before the reported words ("told
    Ellery he had") leaves no clause a label can be read from: None."""
    for k, m in enumerate(words[: _FRAME_SUBJECT + 1]):
        verb = m.group().lower()
        if verb not in SAY:
            continue
        if verb in ("told", "tells", "urged", "warned"):
            if _object_alone([m.group().lower() for m in words[k + 1 :]]):
                return words  # "We warned the ministry in 2019": the clause's own verb and object
            return None
        rest = words[k + 1 :]
        if rest and rest[0].group().lower() == "that":
            rest = rest[1:]
        return rest
    return words


# Words of a verb's object at most when nothing follows it ("warned the ministry")
_OBJECT_ALONE = 4


def _object_alone(rest: list[str]) -> bool:
    """Whether ``rest`` (lower-case words after a verb of telling or warning, up to the figure's link)
    is its object alone, a short noun phrase with no subject or verb of a reported clause after it
    ("warned the ministry", never "told Ellery he had"): the verb is its clause's own, no frame."""
    return (
        0 < len(rest) <= _OBJECT_ALONE
        and rest[0] in DETERMINERS
        and not any(w in _SUBJECT_PRONOUNS or w in AUXILIARIES or w in FINITE_VERBS or w == "that" for w in rest)
    )


def _clause_words(
    text: str, start: int, end: int, sent_start: int, figures: Sequence[tuple[int, int]] = ()
) -> list[str] | None:
    """The words of the clause that ends at ``end`` (its start the last clause break after
    ``sent_start``), as written, its first word in lower case when it opens a sentence or quote and is no
    name's (a capital followed by a lower-case word); a relative pronoun opening it replaced by
    its antecedent ("the probe committee"); a reporting frame opening it left out
    (:func:`_without_frame`), and the phrase of each figure in it (``figures``: the spans of the
    sentence's figures, :func:`_without_figures`). None when it is empty or longer than
    :data:`_CLAUSE_WORDS`, or a figure or frame leaves it no clause."""
    cut = sent_start
    breaks = ""
    for m in _CLAUSE_END.finditer(text, sent_start, end):
        cut, breaks = m.end(), m.group()
    found = list(WORD.finditer(text, cut, end))
    while found and found[0].group().lower() in _JOINERS:
        found = found[1:]
    found = _without_figures(found, figures)
    framed = _without_frame(found) if found else None
    if not framed:
        return None
    if framed[0] is not found[0]:
        cut = framed[0].start()  # the reported clause: its first word opens no sentence
    found = framed
    words = [m.group() for m in found]
    if words and words[0].lower() in _RELATIVE:
        antecedent = _ANTECEDENT.search(text, max(sent_start, cut - 80), cut)
        if antecedent is None:
            return None
        words = ["the", *antecedent.group(1).split(), *words[1:]]
    elif words and cut > sent_start and _is_verb(words[0]):
        # a clause of its verb alone ("…, lasted 12 days") is its sentence's subject's, past an
        # apposition or relative clause (review s40-rv finding 8); none found, no label
        subject = _subject_before(text, cut, sent_start)
        if subject is None:
            return None
        _lower_first(text, subject, True)
        words = [*subject, *words]
    elif words:
        # (a sentence's or a quote's first word: "Firefighters battled", "We have warned")
        _lower_first(text, words, cut == sent_start or (bool(breaks) and breaks in '"“'))
    if not words or len(words) > _CLAUSE_WORDS or all(w.lower() in STOP_WORDS for w in words):
        return None
    return words


def _is_verb(word: str) -> bool:
    w = word.lower()
    return w in AUXILIARIES or w in FINITE_VERBS or is_participle(w) or w.startswith("last")


def duration_said(
    text: str,
    start: int,
    unit: str,
    sent: tuple[int, int],
    figures: Sequence[tuple[int, int]] = (),
    end: int | None = None,
) -> str:
    """The label of a duration at ``start`` (its unit ``unit``, "day") in the sentence ``sent``,
    from its clause: "days the strike lasted", "hours firefighters battled the blaze", "days
    within which the probe committee must report"; "" when no link of a lasting ("for",
    "within", "lasted") is right before it or its clause is none (:func:`_clause_words`, given
    ``figures``, the spans of the sentence's figures); with no such link, its "of" phrase after
    ``end`` (where the figure ends): "days of talks" (:func:`period_of`)."""
    link = _DURATION_LINK.search(text, max(sent[0], start - 12), start)
    if link is None:
        # "three days of talks": what it is a period of
        return f"{_plural(unit)} of {phrase}" if end is not None and (phrase := period_of(text, end, sent[1])) else ""
    word = link.group("link").lower()
    words = _clause_words(text, sent[0], link.end() if word.startswith("last") else link.start(), sent[0], figures)
    if words is None:
        return ""
    said = " ".join(words)
    return f"{_plural(unit)} within which {said}" if word == "within" else f"{_plural(unit)} {said}"


# The words after a duration that open its "of" phrase ("three days of mourning", "two weeks of talks")
_OF_AFTER = re.compile(r"\s+of\s+")
# Words of an "of" phrase's noun phrase at most ("three days of national mourning")
_PERIOD_WORDS = 3


def period_of(text: str, end: int, sent_end: int) -> str:
    """What a duration ending at ``end`` is a period of, by the "of" phrase right after it, in lower
    case: "three days of mourning" → "mourning", "two weeks of heavy rain" → "heavy rain"; at most
    :data:`_PERIOD_WORDS` lower-case words before a function word, an auxiliary or a finite verb
    ("three days of grief will end" → "grief"); "" when no such phrase follows (t13ao N5, round
    s47-f2: "declared three days of mourning" was a row "duration")."""
    of = _OF_AFTER.match(text, end, sent_end)
    if of is None:
        return ""
    words: list[str] = []
    at = of.end()
    for m in WORD.finditer(text, of.end(), sent_end):
        w = m.group()
        gap = text[at : m.start()]
        if gap.strip() or len(words) == _PERIOD_WORDS or not w.islower():
            break
        if w in STOP_WORDS or w in AUXILIARIES or w in FINITE_VERBS or w in DETERMINERS or is_participle(w):
            break
        words.append(w)
        at = m.end()
    return " ".join(words)


# The nouns of a period of mourning, one period however it is called: the days of mourning a
# government or a mayor declares are "days of mourning", "days of national mourning", and in
# translation and comment "days of grief" (t13ao N5: "declared three days of mourning" and "three days
# of grief will end on Friday", one period). Other periods ("days of talks") keep their own words and
# no measure: only the label says what they are of.
MOURNING = frozenset({"mourning", "grief"})


def mourning_period(text: str, end: int, unit: str, sent_end: int) -> tuple[str, str] | None:
    """(measure key, label) of a duration ending at ``end`` that is a period of mourning by its "of"
    phrase (:func:`period_of`, a word of it one of :data:`MOURNING`): ("mourning", "days of
    mourning"); None for any other."""
    if MOURNING.isdisjoint(period_of(text, end, sent_end).split()):
        return None  # (a verb the phrase runs into is in it: "days of mourning began")
    return "mourning", f"{_plural(unit)} of mourning"


def said_key(said: str) -> str:
    """What a duration's or a year's label (:func:`duration_said`, :func:`year_said`) says it is of,
    for telling one clause's from another's: its words after the unit or "year", a personal pronoun
    subject left out ("year he warned the ministry" and a quote's "year we warned the ministry" say one
    thing: t13ao N5, round s47-f2, a row "year" for both), in lower case."""
    words = said.lower().split()[1:]
    return " ".join(w for w in words if w not in _SUBJECT_PRONOUNS)


# The pronouns a speaker says of themselves or to their hearer ("we warned", "I flagged"): a quote's
_SPEAKERS = frozenset("i we you me us my our your".split())  # (and their objects and possessives)


def speaker_said(said: str) -> bool:
    """Whether a duration's or a year's label (:func:`said_key`) holds a first- or second-person
    pronoun, a quote's words ("year we warned the ministry"), which name no one to a reader."""
    return not _SPEAKERS.isdisjoint(said.lower().split())


def year_said(text: str, start: int, sent: tuple[int, int], figures: Sequence[tuple[int, int]] = ()) -> str:
    """The label of a year at ``start`` in the sentence ``sent`` that names no event, from its
    clause: the object its verb acts on, "passed its most recent fire-safety audit in November
    2025" → "year of the most recent fire-safety audit"; else the clause, "year the strike began";
    "" when no "in" is right before it or its clause is none (:func:`_clause_words`, given
    ``figures``, the spans of the sentence's figures)."""
    link = _YEAR_LINK.search(text, max(sent[0], start - 20), start)
    if link is None:
        return ""
    words = _clause_words(text, sent[0], link.start(), sent[0], figures)
    if words is None:
        return ""
    low = [w.lower() for w in words]
    for k in range(len(low) - 1, 0, -1):
        if low[k] in _HAPPENED and low[k + 1 :] in ([], ["place"]) and low[0] in DETERMINERS:
            # "The last safety audit of the mine was in 2019", "the mine's last audit took place in
            # 2021": the year of the subject, the event itself
            return f"year of the {' '.join(words[1:k])}"
    det = max((k for k, w in enumerate(words) if w.lower() in DETERMINERS), default=None)
    if det is not None and det > 0 and 0 < len(words) - det - 1 <= _OBJECT_WORDS:
        noun = words[det + 1 :]
        if _ACTIVITIES.fullmatch(noun[-1]) and not any(
            w.lower() in DETERMINERS or w.lower() in _HAPPENED for w in noun
        ):
            return f"year of the {' '.join(noun)}"
    return f"year {' '.join(words)}"
