"""What an article said first: a value an earlier report gave, or one a later sentence of the same
article replaces ("the toll had risen to four"), and which value replaces it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.claims import CLAIMED
from waic_reader.index.analysis.facts.model import (
    FactValue,
    earlier_steps,
)
from waic_reader.index.analysis.facts.roles import ABOARD, HOSPITAL, HOSPITAL_KIND, IN_HOSPITAL
from waic_reader.index.analysis.facts.words import (
    OF_PRONOUN_AFTER,
    QUANTITY_NOUNS,
    REPORTING_VERBS,
    WORD,
    is_participle,
)
from waic_reader.index.analysis.figures import (
    CHANGED_FROM,
    counts_plural,
    looks_plural,
)
from waic_reader.index.analysis.lexicon import (
    CHANGE_VERBS,
    COUNTED_ADJECTIVES,
    INCREMENT_WORDS,
    STOP_WORDS,
    TALLY_VERBS,
    UNMARKED_PLURALS,
)

# An earlier report's value that a later one superseded, said in its own clause before it: "The
# toll, earlier put at two, rose to four", "previously reported as 12", "initially given as
# three", "from an initially reported five", "revised from an earlier 11", "up from an earlier
# toll of three", "rose to seven (previously three)" (the 2 was a value of the toll beside the 4:
# a disagreement of an article with itself, t13m F16). The cue word, then at most four words ending
# in a word that gives a value ("put at", "reported as", "an earlier toll of", "earlier reports
# said"), or none at all ("previously three", "an earlier 11"): "earlier on Tuesday 12 people were
# evacuated" says when, and keeps its value. "first" and "previous" need such a word ("the first
# 12 passengers", "the previous 24 hours" are no earlier values).
# The adverbs that say a value is an earlier report's (:data:`_EARLIER_VALUE`, :data:`_SAID_EARLIER`).
_EARLIER_ADVERBS = "earlier|previously|initially|originally"
_EARLIER_VALUE = re.compile(
    rf"\b(?:(?:{_EARLIER_ADVERBS})(?:\s+(?:[^\W\d_][\w’'-]*\s+){{0,3}}?(?:at|as|of|said|put|reported|given|estimated|stated|listed|counted))?"
    r"|(?:first|previous|prior|original|initial)\s+(?:[^\W\d_][\w’'-]*\s+){0,3}?(?:at|as|of|said|put|reported|given|estimated|stated|listed|counted))"
    r"\s+$",
    re.I,
)


# A change verb and "to" straight before a figure ("has risen to seven", "climbed again to 12"): the
# figure is the new value of its subject, however far before it (:func:`changed_to`; a setting,
# "put it at 14", names its own).
_CHANGE_TO_WORDS = rf"(?:{'|'.join(sorted(CHANGE_VERBS))})\s+(?:(?:up|down|upwards|downwards|again)\s+)?to"
_CHANGE_TO = rf"\b{_CHANGE_TO_WORDS}\s+$"
_CHANGE_TO_BEFORE = re.compile(_CHANGE_TO, re.I)
# Verbs that carry a tally to a value as raising it does ("bringing the toll to ten").
_TALLY_CARRYING = frozenset("bring brings bringing brought take takes taking took".split())
# A later sentence's new value of a measure the article gave before: "By nightfall the toll had
# risen to four", "the number of injured rose to 14", "was later revised to 800" (a change verb, a
# direction at most, then "to" straight before the figure: :data:`_CHANGE_TO`); "officials later put
# the death toll at five", "put the number of injured at 21" (a verb that sets a value, its object,
# "at"); "the toll now stands at six", "stood at 14" ("at" after a verb of standing); and a report
# the sentence says is later than the article's first ("Police later said five people had died",
# "The death toll is now five", "the latest count gives 14", "an updated figure of 800": "later",
# "subsequently", "latest", "updated" before the figure in its sentence, "now" just before it).
# A verb taking a tally as its object to a new value: "…, bringing the toll to ten", "taking the
# death toll to 11", "raising the number of dead to 12" (t13aa K17: the article's earlier "Nine
# people died" stayed its value beside the ten). The tally's word names it, so a count of things
# ("taking 40 people to hospital") is none.
_TALLY_OBJECT_TO = (
    rf"\b(?:{'|'.join(sorted(TALLY_VERBS | _TALLY_CARRYING))})\s+(?:[^\W\d_][\w’'-]*\s+){{0,3}}?"
    r"(?:toll|tally|number|total|count)(?:\s+of(?:\s+[^\W\d_][\w’'-]*){1,3}?)?\s+to"
)
# A sum its sentence makes of the amounts it gave before: "She said the state would contribute A$2.5
# million to match the company's fund, bringing the total to A$5 million", "Rescuers found three more
# bodies, taking the overall total to 12": a verb carrying a tally (:data:`_TALLY_CARRYING`,
# ``TALLY_VERBS``), then "the total" (a word saying which total at most), then "to" (t13au N3: the
# total was drawn as the government changing its pledge 2.5 → 5 million). :func:`sums` reads it.
# The sum may be named by any noun of an amount gathered or added up (:data:`_SUM_NOUNS`), not
# only "total": "taking the combined fund to A$5 million", "lifting the joint pot to $8 million",
# "bringing the overall sum to €3 million" (t13r R2, round s52-f3: "combined fund" was a changed
# pledge where "the total" was not), with at most two words saying whose or which before it
# ("the relief fund", "the appeal's running total").
# _SUM_NOUNS: the nouns of an amount summed or pooled (Collins COBUILD: total, sum, tally, aggregate;
# a pooled amount: fund, pot, pool, kitty, purse; what an appeal or its donors have given: pledges,
# donations, contributions), each with "amount"/"sum"/"raised" after it at most.
_SUM_NOUNS = "total|totals|sum|tally|aggregate|fund|funds|pot|pool|kitty|purse|pledges|donations|contributions"
_SUM_TO_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TALLY_VERBS | _TALLY_CARRYING))})\s+(?:(?:the|its|their|a|this|that)\s+)?"
    r"(?:(?:overall|combined|grand|new|joint|running)\s+)?(?:[^\W\d_][\w’'-]*\s+){0,2}?"
    rf"(?:{_SUM_NOUNS})\s+(?:amount\s+|sum\s+|raised\s+)?to\s+$",
    re.I,
)


# A value the sentence fears or plans, not one it reports: a modal, "fear(s)", "threaten(s) to",
# "expected to" straight before the verb carrying the value ("Officials fear further landslides
# could take the death toll to 20" leaves the article's "Nine people died" its toll; review s35-rv2
# finding 12, round s35-p4), a word of possibility between ("would likely rise to 30"). "will" and
# "would" (group ``future``) also tell what a reported event does to a tally ("the deaths of two more
# patients overnight will take the toll to 14", "two more bodies were found, which would bring the
# death toll to 11": values, review s36-rv finding 12, round s36-c3): a fear only with a word of fear
# or possibility before them in the sentence (:data:`_POSSIBLE`).
_MODAL_ADVERBS = (
    r"(?:\s+(?:still|yet|soon|eventually|further|well|likely|probably|possibly|certainly|almost\s+certainly))*"
)
_NOT_YET_BEFORE = re.compile(
    rf"\b(?:(?P<future>will|would){_MODAL_ADVERBS}"
    rf"|(?:could|may|might|shall|should|must){_MODAL_ADVERBS}"
    r"|fears?|feared|(?:threatens?|threatened|threatening|expected|likely|set|poised)\s+to)\s+$",
    re.I,
)
# Words of fear, expectation or possibility that make a "will"/"would" after them a fear: "Officials
# fear the new landslides will take the toll to 20", "Doctors warned the toll would rise", "if the
# missing are found" ("may" only in lower case, never the month).
_POSSIBLE = re.compile(
    r"\b(?:fear(?:s|ed|ing)?|afraid|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|expect(?:s|ed|ing)?|anticipat(?:e|es|ed)"
    r"|likely|probably|possibly|perhaps|could|might|(?-i:may)|if|unless|risk(?:s|ed)?|predict(?:s|ed)?)\b",
    re.I,
)
_CHANGED_TO_BEFORE = re.compile(
    _CHANGE_TO
    + rf"|{_TALLY_OBJECT_TO}\s+$"
    + r"|\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+(?:[^\W\d_][\w’'-]*\s+){1,6}at\s+$"
    r"|\b(?:stands?|stood|standing)\s+at\s+$",
    re.I,
)


# A verb reaching a value, in the base form a modal takes: "could pass 500 cases by the end of the
# month", "may top 1,000" (t13ak N6: a forecast of 500 cases agreed with a blog's claimed 500).
_REACHING_BEFORE = re.compile(r"\b(?:pass|top|exceed|surpass|reach|hit)\s+$", re.I)


def feared(text: str, v: FactValue) -> bool:
    """Whether ``v`` is a value its sentence fears, expects or deems possible, not one it reports:
    the verb carrying the measure to it (:data:`_CHANGED_TO_BEFORE`: "take the death toll to 20",
    "rise to 30") after a modal, "fear(s)" or "expected to" (:data:`_NOT_YET_BEFORE`): "Officials
    fear further landslides could take the death toll to 20", "Doctors fear the toll may rise to
    30"; after "will" or "would" only with a word of fear or possibility in the sentence
    (:data:`_POSSIBLE`: "the deaths of two more patients will take the toll to 14" reports it). Such a value is no value of its measure at all, listed in no row (round s36-c: s35-p4 kept
    it from replacing the article's toll, but still listed it beside it). So is a value a modal's
    verb of reaching is to reach (:data:`_REACHING_BEFORE`: "could pass 500 cases"), a count of a
    measure or of counted things alike: a forecast is never compared with a count."""
    changed = _CHANGED_TO_BEFORE.search(text, max(v.sentence[0], v.start - 64), v.start)
    if changed is None and v.kind == "count":
        # (an amount "could reach" is an estimate of a sum already lost: "Losses could reach 600
        # billion soles, according to the chamber of commerce", a value of its damage)
        changed = _REACHING_BEFORE.search(text, max(v.sentence[0], v.start - 16), v.start)
    return changed is not None and _not_yet(text, v.sentence[0], changed.start())


def _not_yet(text: str, sent_start: int, verb: int) -> bool:
    """Whether the verb at ``verb`` carrying a measure to a value (:data:`_CHANGED_TO_BEFORE`) is
    feared, expected or possible (:data:`_NOT_YET_BEFORE`), its sentence starting at ``sent_start``."""
    modal = _NOT_YET_BEFORE.search(text, max(sent_start, verb - 40), verb)
    if modal is None:
        return False
    # "will"/"would" alone tell what a reported event does ("which would bring the death toll to
    # 11"): a fear only with a word of fear before them or of possibility after them ("would likely")
    return not modal.group("future") or _POSSIBLE.search(text, sent_start, verb) is not None


def changed_to(text: str, start: int, sent_start: int) -> bool:
    """Whether the figure at ``start`` is the new value of a change straight before it ("has risen
    to seven", "climbed again to 12": :data:`_CHANGE_TO_BEFORE`)."""
    return _CHANGE_TO_BEFORE.search(text, max(sent_start, start - 48), start) is not None


# A tally's verb straight before its value (:func:`tally_things`), with the auxiliaries and adverbs
# around it: a change ("has risen to 65", "fell to 12", :data:`_CHANGE_TO_WORDS`; "rose from 40 to
# 65", and the "from" of the value it replaced), a standing or a reaching ("stands at 900", "had
# reached 1,200", "hit 40"), a copula ("is now 140") or, after the counted things themselves, a
# count's own verb ("Stranded passengers now number 300": the group ``number``), or the "at" of a
# verb setting the tally, its object ("Officials put the number of diverted ambulances at 65": the
# group ``at``, :data:`_SETTING_BEFORE`).
_TALLY_ADVERBS = (
    r"(?:has|have|had|is|are|was|were|will|would|now|again|already|also|since|officially|later|finally|so\s+far)"
)
_TALLY_VERB_BEFORE = re.compile(
    rf"(?:\s+{_TALLY_ADVERBS})*\s+(?:{_CHANGE_TO_WORDS}"
    rf"|(?:{'|'.join(sorted(CHANGE_VERBS))})\s+from(?:\s+[^\s,;:]+){{1,6}}?\s+to|(?:{'|'.join(sorted(CHANGE_VERBS))})\s+from"
    r"|(?:stands?|stood|standing)\s+at|reach(?:ed|es)?|hit|hits|totall?ed|totals?|is|was|(?P<number>numbers?|numbered)"
    r"|(?P<passed>passed|passes|topped|tops|exceeded|exceeds|surpassed|surpasses)"
    r"|(?P<at>at))"
    rf"(?:\s+{_TALLY_ADVERBS})*\s+$",
    re.I,
)
# The subject naming what a tally counts, straight before its verb: "the number of diverted
# ambulances", "the total number of patients taken to hospital", "the tally of homes destroyed by
# the fire" (group ``things``: up to 12 words, no clause's punctuation), or "the evacuee count",
# "the casualty tally" (group ``kind``, the things' word in the singular). Words saying which count
# ("total", "official", "latest" …) are no things of it.
_TALLY_WORD = r"[^\W\d_][\w’'-]*"
_WHICH_COUNT = frozenset(
    "total overall official latest final confirmed updated running new grand daily current".split()
)
_TALLY_OPEN = rf"\b(?:the|its|their|this|that)\s+(?:(?:{'|'.join(sorted(_WHICH_COUNT))})\s+)?"
_TALLY_SUBJECT = re.compile(
    rf"{_TALLY_OPEN}(?:number|count|tally|total)\s+of\s+(?:the\s+)?(?P<things>{_TALLY_WORD}(?:\s+{_TALLY_WORD}){{0,11}})$"
    # "The number in hospital has risen to 27": the people there (t13am N2: no figure at all)
    rf"|{_TALLY_OPEN}(?:number|count|tally|total)\s+(?:of\s+people\s+)?(?P<held>(?:in|at)\s+(?:the\s+)?hospitals?)$"
    # "The hospital count has risen to 17", "the infirmary tally reached 23": a tally named by the
    # place where people are counts the people there, never the places (t13az N4, round s53-f2: a
    # row "hospitals: 17" beside the blog's people taken to hospital)
    rf"|{_TALLY_OPEN}(?P<place>{HOSPITAL_KIND})\s+(?:count|tally|total|figure)$"
    # "put the fish kill at some 3,000", "the bird die-off has reached 400": a kill or die-off names
    # the animals that died, a count of them killed, never a death toll of people (t13az N2)
    rf"|{_TALLY_OPEN}(?P<killed>{_TALLY_WORD}(?:\s+{_TALLY_WORD})?)\s+(?:kill|die-?off)$"
    rf"|{_TALLY_OPEN}(?P<kind>{_TALLY_WORD}(?:\s+{_TALLY_WORD}){{0,2}}?)\s+(?:count|tally|total)$",
    re.I,
)
# A verb setting a tally's value straight before the tally (its object), "at" its value: "put the
# number of X at 65", "placed the evacuee count at 1,200" (as :data:`_CHANGED_TO_BEFORE` reads "put
# the death toll at five").
_SETTING_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+$", re.I)
# The counted things before "number" as a verb ("Closed schools now number 40"): up to four words,
# those after the last function word, reporting verb or possessive among them (:func:`_not_things`).
_THINGS_BEFORE = re.compile(rf"(?:{_TALLY_WORD}\s+){{0,3}}{_TALLY_WORD}$")


# A tally that names no things, straight before its value: "the fire service later put the number at
# 15", "Doctors later revised the figure to eight", "The figure now stands at seven", "the total has
# risen to 12" (a verb setting it, its object "the number"/"the figure"/"the toll"/"the tally"/"the
# total"/"the count", then "at" or "to"; or it as the subject of a change, a standing, a reaching
# or a copula, :data:`_TALLY_VERB_BEFORE`'s verbs). It is the count the article gave before
# (:func:`bare_tally`).
_BARE_TALLY_WORDS = rf"{_TALLY_OPEN}(?:number|figure|toll|tally|total|count)"
_BARE_TALLY_BEFORE = re.compile(
    rf"\b(?:put|puts|putting|placed|places|placing|set|sets|setting|revised|revises|revising|raised|raises"
    rf"|raising|lowered|lowers|lowering|updated|updates|updating|corrected|corrects|correcting)"
    rf"\s+{_BARE_TALLY_WORDS}\s+(?:at|to)(?:\s+{_TALLY_ADVERBS})*\s+$"
    rf"|{_BARE_TALLY_WORDS}(?:\s+of\s+(?:the\s+)?(?:dead|injured|wounded|missing|victims|casualties))?$",
    re.I,
)


def bare_tally(text: str, start: int, sent_start: int) -> bool:
    """Whether the count at ``start`` (in the sentence from ``sent_start``) is a new value of a tally
    that names no things ("Hospital officials later put the number at 11", "The figure now stands at
    seven", :data:`_BARE_TALLY_BEFORE`): the value of the count the article gave before it (t13af
    N29, round s38-y2: the 11 was no figure, the article's value stayed its first "Nine")."""
    before = max(sent_start, start - 96)
    if _BARE_TALLY_BEFORE.search(text, before, start) is not None:
        return True
    verb = _TALLY_VERB_BEFORE.search(text, before, start)
    if verb is None or verb.group("at") or verb.group("number"):
        return False
    return _BARE_TALLY_BEFORE.search(text, max(sent_start, verb.start() - 48), verb.start()) is not None


# People's nouns whose plural is irregular ("A third child has died": 3 children, never "childs").
_IRREGULAR_PLURALS = {
    "child": "children",
    "person": "people",
    "man": "men",
    "woman": "women",
    "fisherman": "fishermen",
    "policeman": "policemen",
    "fireman": "firemen",
    "crewman": "crewmen",
    "gunman": "gunmen",
}


def _plural(word: str) -> str:
    """A count's singular noun in the plural, as a count of its things writes it ("evacuee" →
    "evacuees", "casualty" → "casualties", "death" → "deaths"); a plural is kept, and so is a word
    news copy counts people by (:data:`COUNTED_ADJECTIVES`: "the injured count is now 14" is "14
    injured", never "14 injureds": t13ad N2, round s37-x1)."""
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return word[:1] + _IRREGULAR_PLURALS[low][1:]
    if looks_plural(low) or low in UNMARKED_PLURALS or low in COUNTED_ADJECTIVES:
        return word
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


_OPENING_QUOTES = "\"“‘'«„"


def tally_things(text: str, start: int, sent_start: int) -> str:
    """The things a tally counts when the count at ``start`` is its value, as a count of them
    would name them after its number: "The number of diverted ambulances has risen to 65" →
    "diverted ambulances" (read "65 diverted ambulances"), "the tally of homes destroyed by the
    fire is now 140" → "homes destroyed by the fire", "the evacuee count had reached 1,200" →
    "evacuees", "Closed schools now number 40" → "closed schools", "Officials put the number of
    cancelled flights at 45" → "cancelled flights"; "" when no tally's subject
    (:data:`_TALLY_SUBJECT`) and verb (:data:`_TALLY_VERB_BEFORE`) stand straight before it. The
    generalisation of "the toll had risen to four" (:func:`changed_to`) to any counted things
    (t13z H16, round s35-u: the 65 was no figure at all, the blog's count read 40 → 80)."""
    # a value quoted from a party is still the tally's ("put the fish kill at "some 3,000"")
    while start > sent_start and text[start - 1] in _OPENING_QUOTES:
        start -= 1
    verb = _TALLY_VERB_BEFORE.search(text, max(sent_start, start - 64), start)
    if verb is None:
        return ""
    end = verb.start()
    if verb.group("number"):
        return _things_before(text, end, sent_start)
    m = _TALLY_SUBJECT.search(text, max(sent_start, end - 120), end)
    if m is None and not verb.group("at") and not _COPULA.fullmatch(verb.group().strip()):
        # "Kestrow measles cases hit 230", "Confirmed cases have risen to 214": the counted things
        # themselves as the subject of a change or a reaching are the tally (t13ak N1: the
        # headline's 230 was read as a death toll from the "dies" before it)
        return _things_before(text, end, sent_start, subject=True)
    if m is None or (verb.group("at") and not _SETTING_BEFORE.search(text, max(sent_start, m.start() - 16), m.start())):
        return ""  # "at" says a tally's value only after a verb setting it
    if m.group("things"):
        return m.group("things")
    if m.group("held"):
        return f"people {m.group('held')}"
    if m.group("place"):
        return "people in hospital"  # (as "The number in hospital has risen to 27" says it)
    if m.group("killed"):
        return f"{_plural(m.group('killed'))} killed"
    # "the diverted-ambulance tally": a participle joined to the things is theirs, as "65 diverted
    # ambulances" says it ("the cyber-attack count" keeps its word)
    kind = [p for w in m.group("kind").split() for p in (w.split("-", 1) if _joined_participle(w) else [w])]
    if all(w.lower() in _WHICH_COUNT or w.lower() in STOP_WORDS for w in kind):
        return ""  # "the final count": which count, of no things
    return " ".join([*kind[:-1], _plural(kind[-1])])


# A copula before a tally's value ("is now 140"): said of a tally's name, never of its things.
_COPULA = re.compile(
    r"(?:(?:is|was|are|were|has|have|had|now|again|already|also|since|officially|later|finally|so\s+far)\s+)*(?:is|was)",
    re.I,
)


# Plurals of what is measured, not counted: "Temperatures hit 40", "Prices rose to 12" are levels.
_LEVELS = frozenset(
    "temperatures prices rates levels readings scores costs wages rents fares shares stocks yields".split()
)


def _things_before(text: str, end: int, sent_start: int, subject: bool = False) -> str:
    """The counted things straight before a tally's verb ending at ``end`` ("Closed schools now
    number 40" → "closed schools"): up to four words after the clause's last function word,
    reporting verb or possessive, the last a plural; "" when there are none. ``subject``: the
    things are the subject of a change or a reaching ("Kestrow measles cases hit 230"), where a
    capitalised word inside the sentence is a name saying where or whose, no part of the things
    ("measles cases"), and a plural of levels (:data:`_LEVELS`) counts nothing."""
    m = _THINGS_BEFORE.search(text, max(sent_start, end - 60), end)
    if m is None:
        return ""
    words = list(re.finditer(r"\S+", m.group()))
    # the things are the words after the clause's last function word, reporting verb or
    # possessive ("Officials said closed schools now number 40": "closed schools"; "the
    # trust's ambulances": "ambulances")
    cut = [k for k, w in enumerate(words) if _not_things(w.group())]
    if subject:
        cut += [
            k
            for k, w in enumerate(words)
            if w.group()[:1].isupper() and text[sent_start : m.start() + w.start()].strip()
        ]
    if cut:
        words = words[max(cut) + 1 :]
    if not words or not counts_plural(words[-1].group()) or words[-1].group().lower() in QUANTITY_NOUNS:
        return ""
    if subject and words[-1].group().lower() in _LEVELS:
        return ""
    at = m.start() + words[0].start()
    things = text[at:end]
    opens = not text[sent_start:at].strip()
    # a sentence's capital is its own, no name's ("Closed schools"): lower case, as after a number
    return things[:1].lower() + things[1:] if opens and things[1:2].islower() else things


def tally_passed(text: str, start: int, sent_start: int) -> bool:
    """Whether the tally whose value is the count at ``start`` has passed it ("The number of
    confirmed cases has passed 250", "Infections topped 1,000"): the count is a lower bound, more
    than its number (t13ak N8: the 250 was no figure at all)."""
    verb = _TALLY_VERB_BEFORE.search(text, max(sent_start, start - 64), start)
    return verb is not None and verb.group("passed") is not None


def _not_things(word: str) -> bool:
    """Whether ``word`` ends the words before counted things: a function word, a reporting verb
    or a possessive ("the trust's")."""
    low = word.lower()
    return low in STOP_WORDS or low in REPORTING_VERBS or low.endswith(("'s", "’s"))


def _joined_participle(word: str) -> bool:
    """Whether ``word`` is a participle and a noun joined by a hyphen ("diverted-ambulance")."""
    head, _, tail = word.partition("-")
    return bool(tail) and "-" not in tail and is_participle(head.lower())


_LATER_REPORT = re.compile(r"\b(?:later|subsequently|latest|updated)\b", re.I)
# "now" only said of the value, just before it ("The death toll is now five", "now stands at 21"):
# "Lorna, now over the South China Sea, had sustained winds of 160 km/h" says where, not a report.
_NOW_BEFORE = re.compile(r"\bnow\s+(?:[^\W\d_][\w’'-]*\s+){0,2}$", re.I)
# A clause saying it reports what was said before ("Earlier on Thursday the ministry had put the
# toll at seven", "Officials had previously given 6", "Initially, police said 3 died", "had
# reported 19 deaths"): its value is an earlier one, replaced by the measure's value the article
# gives without it, whatever their order in the text (t13p F3, round s29-i: 'had put the toll at
# seven' after 'rose to eight' was the article's value, first said 8). An adverb alone says when,
# not what was reported ("Earlier on Tuesday 12 people were evacuated"): it needs a reporting verb.
_SAID_EARLIER = re.compile(
    rf"\b(?P<adverb>{_EARLIER_ADVERBS}|at\s+first)\b"
    r"|\bhad\s+(?:[^\W\d_][\w’'-]*ly\s+)?(?:put|placed|set|given|reported|estimated|counted|listed|said|stated)\b",
    re.I,
)
_HAD_BEFORE = re.compile(r"\bhad\s+$", re.I)
# A value its clause says was rejected ("after rejecting a 3% pay offer", "a first offer of 3% was
# turned down"): an earlier one where its article gives another of its measure ("Management then
# offered 4.5%"), never a value the article holds beside it (t13al-r S1: one article on both sides
# of the row's arrow, "3% → 4.5%" in disagreement). Alone, it stays the article's value.
_REJECTING = r"(?:reject(?:ed|ing|s)?|turn(?:ed|ing|s)?\s+down|refus(?:ed|ing|es)|spurn(?:ed|ing|s)?)"
# The value must be the rejecting verb's object: the words between are its determiners and
# adjectives ("rejected the union's revised 3%", "turned down a first offer of 3%"), never an
# infinitive or a preposition that gives the verb another object ("refused to comment on the 4% pay
# offer", "rejected claims about the 4% offer": no rejection of it; review s45-rv finding 2).
_NOT_OBJECT = r"(?:to|on|about|over|for|with|by|at|from|into|as|whether|that|if)"
_REJECTED_BEFORE = re.compile(rf"\b{_REJECTING}\s+(?:(?!{_NOT_OBJECT}\s)[\w’'-]+\s+){{0,4}}$", re.I)
_REJECTED_AFTER = re.compile(
    rf"(?:[ \t]+[\w’'-]+){{0,3}}[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been|having[ \t]+been)[ \t]+{_REJECTING}\b",
    re.I,
)
_SAID_EARLIER_WORDS = 12  # how far before its value such a cue stands in the value's clause


# The value a change replaced, said with the change: "rose from three to five", "The toll had
# risen from three on Saturday evening to five and then seven by midnight", "climbed to nine from
# four", "Nine people have died, up from four on Monday", "raised the toll from four to six",
# "revenue fell to £1.8 bln in the year to March from £2.1 bln". A change verb or "up"/"down"
# straight before "from" (:data:`_CHANGED_FROM_BEFORE`), "from" after the change's "to" however
# many words stand between (:data:`_FROM_BEFORE`, :data:`_CHANGED_TO`), or a change verb, its
# object, "from" and the value straight before the new value's "to" (figures.CHANGED_FROM,
# :data:`_TO_AFTER`). Such a value is what its article said first, carried by the value replacing
# it (:func:`earlier_report`); it was no value at all, so a sentence telling the steps lost its
# first (t13u F8, round s32-g: 'risen from three … to five and then seven' read "first said 5").
# (and a level named before "of": "down from a peak of 340,000", "up from its low of 12", the
# measure's own earlier value, never a row "peak" of its own: t13ay N7, round s53-f3)
_CHANGED_FROM_BEFORE = re.compile(
    r"(?:\b(?:up|down)\s+from\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:\w+\s+)?(?:of\s+)?"
    rf"|\b(?:{'|'.join(sorted(CHANGE_VERBS))})\s+from\s+)$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?$", re.I)
_TO_AFTER = re.compile(r"\s+to\s", re.I)
_CHANGED_TO = re.compile(rf"\b(?:{'|'.join(sorted(CHANGE_VERBS))})\b(?:\s+\w+)?\s+to\b", re.I)
# A change of a tally its verb names as its object, with no new value after it: "…, raising the
# toll from three earlier in the day", "lifting the death toll from six", "pushing the number of dead
# from eight" (the new value is the sentence's other one: "Five people were killed …"); the value
# after "from" is what the article said first (t13w F1, round s33-j: the 3 was the Daily Herald's
# latest toll, "first said 5"). The object must be a tally's noun: "raised funds from 12 countries"
# changes no value.
_TALLY_CHANGED_FROM = re.compile(
    rf"\b(?:{'|'.join(sorted(CHANGE_VERBS | TALLY_VERBS))})\s+(?:(?:the|its|their|this|that)\s+)?"
    r"(?:[^\W\d_][\w’'-]*\s+){0,2}?(?:toll|tally|count|number|total|figure)(?:\s+of\s+[^\W\d_][\w’'-]*){0,2}"
    r"\s+from\s+(?:the\s+|an?\s+)?$",
    re.I,
)
# "from three earlier in the day", "from 17 previously": a bare value after "from" that the words
# right after it say was said before ("evacuated from 12 villages earlier on Tuesday" counts villages,
# and says when).
_EARLIER_AFTER = re.compile(rf"\s+(?:{_EARLIER_ADVERBS}|before)\b", re.I)
_BARE = re.compile(r"[\w.,’'-]+")


def replaced_by_change(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the figure at ``start``:``end`` of the sentence ``sent`` is the value a change said
    with it replaced (:data:`_CHANGED_FROM_BEFORE`): "from three" in "rose from three to five",
    "raising the toll from three" (:data:`_TALLY_CHANGED_FROM`), "from three earlier in the day"
    (:data:`_EARLIER_AFTER`)."""
    return bool(
        _CHANGED_FROM_BEFORE.search(text, max(sent[0], start - 32), start)
        or (_FROM_BEFORE.search(text, max(sent[0], start - 12), start) and _CHANGED_TO.search(text, sent[0], start))
        or (CHANGED_FROM.search(text, max(sent[0], start - 64), start) and _TO_AFTER.match(text, end, sent[1]))
        or _TALLY_CHANGED_FROM.search(text, max(sent[0], start - 64), start)
        or (
            _FROM_BEFORE.search(text, max(sent[0], start - 12), start)
            and _BARE.fullmatch(text, start, end)
            and _EARLIER_AFTER.match(text, end, sent[1])
        )
    )


# A figure the article cites as another report's, not its claim: "the" before it and, after its
# noun, a participle of first reporting ("more than the 12 tonnes officials first estimated", "the
# 12 tonnes first reported", "up from the nine initially reported"), or a denial before it ("not the
# 12 tonnes first reported", "rather than the 300 …"): the earlier value of the figure its sentence
# gives (t13am N1: EcoWire's 12 beside its 15 made the outlet disagree with itself). "the" is what
# tells a cited figure from a claim ("12 people first reported symptoms" is a count of its own).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_DENIED = r"(?:not|rather\s+than|instead\s+of)"
_DENIED_BEFORE = re.compile(rf"(?:,\s*(?:and\s+)?{_DENIED}\s+(?:the\s+)?|\b{_DENIED}\s+the\s+)$", re.I)
_CITED_AFTER = re.compile(
    r"(?:[ \t\n]+(?:that|which))?(?:[ \t\n]+[^\W\d_][\w’'-]*){0,2}?[ \t\n]+"
    r"(?:first|initially|originally|earlier|previously)[ \t\n]+"
    r"(?:reported|estimated|given|stated|announced|said|put|thought|believed|cited|quoted|feared|claimed)\b",
    re.I,
)


# A figure a comparison sets against another's report: "than the" before it and, after its noun,
# a subject and a verb of saying ("longer than the seven days the group announced", "more than the
# 1.2 million the gang claimed", "fewer than the 40 flights the airline said"): the other's figure,
# the sentence's own being the one compared with it (t13ar N3: TechBeat's 8 days were a row apart
# and its cited 7 agreed with the others' 7).
_COMPARED_BEFORE = re.compile(r"\bthan\s+the\s+$", re.I)
_OTHERS_AFTER = re.compile(
    r"(?:\s+(?:that|which))?(?:\s+[^\W\d_][\w’'-]*){1,4}?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:reported|estimated|stated|announced|said|claimed|cited|quoted|gave|put|disclosed|admitted|confirmed)\b",
    re.I,
)


def cited_earlier(text: str, v: FactValue) -> bool:
    """Whether ``v`` is a figure its sentence cites as a first report or denies
    (:data:`_CITED_AFTER`, :data:`_DENIED_BEFORE`), or sets as another's report against its own
    (:data:`_COMPARED_BEFORE`, :data:`_OTHERS_AFTER`, a duration too): an earlier value, carried by
    the value of its sentence before it (:func:`superseded`), never a claim of its article."""
    lead = max(v.sentence[0], v.start - 24)
    if v.kind in ("year", "date"):
        return False
    if _COMPARED_BEFORE.search(text, lead, v.start) and _OTHERS_AFTER.match(text, v.end, v.sentence[1]):
        return True
    if v.kind == "duration":
        return False
    if _DENIED_BEFORE.search(text, lead, v.start):
        return True
    return bool(_THE_BEFORE.search(text, lead, v.start) and _CITED_AFTER.match(text, v.end, v.sentence[1]))


def earlier_report(text: str, v: FactValue) -> bool:
    """Whether an earlier report gave ``v`` in its own clause ("earlier put at", "an earlier toll
    of", "previously reported as": :data:`_EARLIER_VALUE`): what its article said first, never a
    value of its measure of its own (:func:`superseded` gives it to the value replacing it)."""
    return v.kind not in ("year", "date", "duration") and (
        _EARLIER_VALUE.search(text, max(v.sentence[0], v.start - 48), v.start) is not None
        or replaced_by_change(text, v.start, v.end, v.sentence)
    )


def _rejected(text: str, v: FactValue) -> bool:
    """Whether ``v``'s clause says it was rejected (:data:`_REJECTED_BEFORE`, :data:`_REJECTED_AFTER`)."""
    return bool(
        _REJECTED_BEFORE.search(text, max(v.sentence[0], v.start - 60), v.start)
        or _REJECTED_AFTER.match(text, v.end, v.sentence[1])
    )


# An adjective right before a value that calls it a proposal's former version ("the previous 3%
# offer", "its original £2m bid", "the old 20% target"), or its successor ("a fresh offer of 4.5%", "a
# new 4.5% offer", "an improved offer of 5%", "the revised bid of £3m"): the words English uses for
# a superseded version of a thing and for the one replacing it (:func:`proposal_version`).
_FORMER_BEFORE = re.compile(r"\b(?:previous|earlier|prior|former|original|initial|old)[ \t]+$", re.I)
_SUCCESSOR_BEFORE = re.compile(
    r"\b(?:new|fresh|improved|revised|increased|sweetened|enhanced|updated|higher|better)[ \t]+"
    r"(?:[a-z][\w’'-]*[ \t]+){0,2}?(?:of[ \t]+)?$",
    re.I,
)
_VERSION_REACH = 40  # how far before its value such an adjective may stand


def proposal_version(text: str, v: FactValue) -> str:
    """How ``v``'s clause marks it as one version of its measure's value: ``"rejected"`` (its clause
    says it was rejected, turned down or refused: :func:`_rejected`), ``"earlier"`` (an adjective of
    a superseded version right before it: :data:`_FORMER_BEFORE`), ``"new"`` (an adjective of its
    successor: :data:`_SUCCESSOR_BEFORE`), else ``""``. An article's other value of the measure
    replaces a rejected or earlier one (:func:`superseded`); across articles,
    :func:`~.proposals.former_proposals` keeps one alone from reading as its row's latest value."""
    if _rejected(text, v):
        return "rejected"
    lo = max(v.sentence[0], v.start - _VERSION_REACH)
    if _FORMER_BEFORE.search(text, lo, v.start):
        return "earlier"
    return "new" if _SUCCESSOR_BEFORE.search(text, lo, v.start) else ""


def _said_earlier(text: str, v: FactValue) -> bool:
    """Whether ``v``'s clause before it says it reports an earlier value (:data:`_SAID_EARLIER`,
    :func:`earlier_report`)."""
    if earlier_report(text, v):
        return True
    # its own clause's words: "Twelve people were initially reported injured; the fire service later
    # put the number at 15" says the 12 was the earlier value, never the 15 (t13af N29, round s38-y2)
    clause = max(v.sentence[0], text.rfind(";", v.sentence[0], v.start) + 1)
    words = list(WORD.finditer(text, clause, v.start))[-_SAID_EARLIER_WORDS:]
    if not words:
        return False
    for m in _SAID_EARLIER.finditer(text, words[0].start(), v.start):
        if not m.group("adverb") or _HAD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            # (the pluperfect before the adverb, "The employers had earlier offered 3%", says the
            # act came before the article's own: t13ak-r S4 read the 4% offer as falling to 3%)
            return True
        if any(w.group().lower() in REPORTING_VERBS for w in words if w.start() >= m.end()):
            return True
    return False


# In one sentence a value replaces an earlier one only where the sentence says so between them: a
# later report ("…, but officials later said the toll was 5", "…; the death toll is now 23") or a
# change of the value ("… and rose to 5"). "India's government pledged ₹3 lakh and Indian contractor Larsen Hydro put its repair bid at
# Rs 16,189 crore" reports two amounts, neither replacing the other ("put … at" alone is no later
# report of the first; t13p F5).
_CHANGED_BETWEEN = re.compile(
    rf"\b(?:{'|'.join(sorted(CHANGE_VERBS))})\s+(?:(?:up|down|upwards|downwards|again)\s+)?to\b|{_TALLY_OBJECT_TO}\b",
    re.I,
)


def _replaced_in_sentence(text: str, old: FactValue, new: FactValue, cue_start: int) -> bool:
    """Whether ``new`` replaces ``old``, a value of its own sentence before its cue: the words
    between them say it is a later report or a change (:data:`_LATER_REPORT`, :data:`_NOW_BEFORE`,
    :data:`_CHANGED_BETWEEN`)."""
    return (
        old.sentence == new.sentence
        and old.end <= cue_start
        and (
            _LATER_REPORT.search(text, old.end, new.start) is not None
            or _CHANGED_BETWEEN.search(text, old.end, new.start) is not None
            or _NOW_BEFORE.search(text, max(old.end, new.start - 40), new.start) is not None
        )
    )


# A sentence telling a measure's steps in time ("Officials first reported three deaths at dawn,
# then five by midday, and seven by evening after two guests died in hospital", "The toll climbed
# from two to five, then to eight"): a value "then" introduces, straight or through a change verb
# and "to" ("then five", "then to eight", "then rose to 9"), follows the value before it, and so does
# one joined to such a step by a comma or "and" after a few words of time ("…, and seven by
# evening"); the last step is the article's value, the steps before it what it said first (t13s F8,
# round s31-i: 7 → 5 → 2 for one outlet, the toll seeming to fall).
_STEP_THEN = re.compile(rf"\bthen\s+(?:(?:{'|'.join(sorted(CHANGE_VERBS))})\s+)?(?:to\s+)?$", re.I)
_STEP_JOINED = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:then|finally|eventually|later)\s+)?(?:to\s+)?$", re.I)
# What says a sentence's values are one running count, not counts of their own days or places
# ("Two people died on Monday, then three on Tuesday", "12 in Tarn, then 30 in Oldbury": no steps):
# a tally's noun or a change verb in the sentence, a word of the first report ("first reported",
# "at first", "initially"), or a step's "by" a time ("then five by midday").
_RUNNING = re.compile(
    rf"\b(?:toll|tally|count|number|total|{'|'.join(sorted(CHANGE_VERBS))}|first|initially|originally)\b", re.I
)
_BY_AFTER = re.compile(r"\s+by\s+[^\W\d_]", re.I)
_STEP_WORDS = 6  # at most so many words (a time: "by midday", "on Tuesday") between two joined steps
# A clock time between two steps ("five at 10pm and seven by midnight", "at 22:30"): a step's own
# time phrase, no figure of the measure.
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?|h\b)|\b\d{1,2}[:.][0-5]\d\b", re.I)
# "from three on Saturday afternoon to five": the change's new value after its replaced one
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+|an?\s+)?$", re.I)


def step_joined(text: str, old_end: int, new_start: int) -> bool:
    """Whether the words between two values of a sentence join the second to the first as the
    next step of a running count: a time of the first step at most (a few words, a clock time
    too: "in the evening", "at 10pm", "on Sunday"), then "and", a comma or "then" ("five in the
    evening and seven by midnight", "five, then seven"), no other figure nor a clause's mark."""
    between = text[old_end:new_start]
    plain = _CLOCK.sub(" ", between)
    return (
        len(WORD.findall(plain)) <= _STEP_WORDS
        and not re.search(r"[;:()\d]", plain)
        and (_STEP_JOINED.search(between) is not None or _STEP_THEN.search(between) is not None)
    )


def running_step(text: str, sent: tuple[int, int], old_end: int, new_start: int) -> bool:
    """Whether the value at ``new_start`` is the next step of the running count whose value ends
    at ``old_end`` in the sentence ``sent`` (:func:`step_joined`, :data:`_RUNNING`): it counts what
    the value before it counts ("The toll had risen from three on Saturday afternoon to five in the
    evening and seven by midnight": the seven, its measure's words too far before it, is the toll)."""
    return step_joined(text, old_end, new_start) and _RUNNING.search(text, *sent) is not None


# Another party's value of the measure the clause before gave, its words left out: a clause's break
# (";", ", but", ", while", ", whereas"), the party (a few words), a verb of saying or estimating and
# what may stand before the value ("it at", "the figure at"): "…; the agency says C$30 million",
# "…, but the union puts it at £4m", "…, while police estimate 3,000".
_COUNTER_CLAIM = re.compile(
    r"\s*(?:;|,\s*(?:but|while|whereas)|\s(?:while|whereas))\s+(?:[^\W\d_][\w’'-]*\s+){1,4}?"
    r"(?:says?|said|puts?|gives?|gave|estimates?|estimated|reckons?|reckoned|claims?|claimed|counts?|counted)"
    r"(?:\s+(?:it|the\s+(?:figure|cost|bill|total|number))\s+at)?\s+$",
    re.I,
)


def counter_claim(text: str, old_end: int, new_start: int) -> bool:
    """Whether the words between a value of a measure (ending at ``old_end``) and the value at
    ``new_start`` give that value to another party as the same measure's (:data:`_COUNTER_CLAIM`:
    "C$12 million; the agency says C$30 million"), no other figure or clause between."""
    return _COUNTER_CLAIM.fullmatch(text, old_end, new_start) is not None


# A count of the measure's things saying what the last step added ("after two guests died", "as six
# more passengers were treated", "when another three bodies were found"): no value of the measure.
_INCREMENT_BEFORE = re.compile(
    r"\b(?:after|when|as|once|following|because|with)\s+(?:(?:another|a\s+further|further)\s+)?$", re.I
)
_MORE_AFTER = re.compile(rf"[\w.,-]+\s+(?:{'|'.join(sorted(INCREMENT_WORDS | {'other'}))})\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)
# "the last two miners", "the final three passengers", "the remaining four": those that close the
# count, some of its things (t13au N13: the headline's "last two trapped miners rescued" was read as
# the article's first total of rescued, "first said 2" beside its 19). Of counts only (:func:`_added`).
_LAST_BEFORE = re.compile(r"\b(?:last|final|remaining)\s+$", re.I)


def _added(text: str, v: FactValue) -> bool:
    """Whether ``v`` says how many more ("two more", "another three"): an increment, never a step."""
    return (
        _MORE_AFTER.match(text, v.start, v.sentence[1]) is not None
        or _MORE_BEFORE.search(text, max(v.sentence[0], v.start - 16), v.start) is not None
        or (v.kind == "count" and _LAST_BEFORE.search(text, max(v.sentence[0], v.start - 12), v.start) is not None)
    )


# A figure followed by a comparison with another is a difference, no amount of its own: "15 tonnes
# … leaked, three tonnes more than officials had said in the morning" (t13am N5: "mass (t) · 3 t",
# then a row disagreeing with the blog's 15 tonnes), "€2m less than last year", "40 fewer than".
_DIFFERENCE_AFTER = re.compile(r"[ \t\n]+(?:more|less|fewer)[ \t\n]+than\b", re.I)


def differences(text: str, values: Sequence[FactValue]) -> set[int]:
    """The indices of ``values`` that say by how much one amount exceeds or falls short of another
    (:data:`_DIFFERENCE_AFTER`): a difference, no value of any measure."""
    return {
        j
        for j, v in enumerate(values)
        if v.kind in ("count", "money", "quantity") and _DIFFERENCE_AFTER.match(text, v.end, v.sentence[1])
    }


def _steps(text: str, values: Sequence[FactValue]) -> tuple[dict[int, int], set[int]]:
    """A sentence's steps of one measure (:data:`_STEP_THEN`, :data:`_STEP_JOINED`), each index
    mapped to the next step's, and the values after a sentence's last step saying what it added
    (:data:`_INCREMENT_BEFORE`): (steps, increments)."""
    steps: dict[int, int] = {}
    increments: set[int] = set()
    chains: dict[tuple[tuple[int, int], str, str, str, str, str], list[int]] = {}
    for j, v in enumerate(values):
        if v.measure and v.kind not in ("year", "date", "duration"):
            chains.setdefault((v.sentence, v.entry, v.measure, v.label, v.kind, v.owner), []).append(j)
    for idxs in chains.values():
        if len(idxs) < 2:
            continue
        last = None  # the chain's last step so far
        for a, b in zip(idxs, idxs[1:], strict=False):
            old, new = values[a], values[b]
            if (
                last is not None
                and isinstance(top := values[last].value, float)
                and isinstance(new.value, float)
                and top > new.value
                and (_INCREMENT_BEFORE.search(text, max(old.end, new.start - 40), new.start) or _added(text, new))
            ):
                increments.add(b)  # "…, and seven by evening after two guests died"
                continue
            if _added(text, new):
                break  # "Five people died, then two more": no step
            link = _STEP_THEN.search(text, max(old.end, new.start - 40), new.start) is not None and (
                _RUNNING.search(text, *new.sentence) is not None or _BY_AFTER.match(text, new.end) is not None
            )
            if not link and last is None and replaced_by_change(text, old.start, old.end, old.sentence):
                # "from three on Saturday afternoon to five": the change's first step, the value
                # after its "to" the next, whatever time phrase each has
                link = _TO_BEFORE.search(text, max(old.end, new.start - 12), new.start) is not None
            if not link and last == a:
                # "… to five in the evening and seven by midnight", "… at 10pm and six by midnight"
                link = step_joined(text, old.end, new.start)
            elif not link and last is None and old.kind in ("quantity", "money"):
                # "first said … about 140 km/h, then, later in the day, 160 km/h", "initially said …
                # 12 knots, and later 18 knots": a first report's value and the next (t13aq N5)
                link = running_step(text, new.sentence, old.end, new.start)
            if link:
                steps[a] = b
                last = b
            elif last is not None:
                break
    return steps, increments


def increments(text: str, values: Sequence[FactValue]) -> set[int]:
    """The indices of ``values`` (one article's, in text order) that say what a sentence's last step
    of a measure added ("seven by evening after two guests died": the two guests): no value of it."""
    return _steps(text, values)[1]


# A count of those who died in one event of the story, said beside the toll the article states
# ("The death toll … has risen to seven, … after two badly burned workers died in hospital", "Seven
# people were killed … as two workers died in hospital", "Forty were injured, of whom two died",
# "Two workers died in hospital on Monday" after "Six people died"): a part of the toll, never a
# value of it (t13w F1, round s33-j: "two … died" was each article's latest toll, 7 → 2). Its cues:
# a clause of time opening on it (:data:`_PART_BEFORE`: "after", "as", "when"; never "with", which
# states the toll: "…, with 12 people killed"), "of whom" before it, how many more (:func:`_added`),
# or, of the dead, a later death its own words tell from its first word on (:data:`_DIED_LATER_AFTER`:
# "two workers died in hospital", "five later died", "two died of their injuries").
_PART_BEFORE = re.compile(r"\b(?:after|when|as|once|following)\s+(?:(?:another|a\s+further|further)\s+)?$", re.I)
_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:whom|which|these|those)\s+$", re.I)
_DIED_LATER_AFTER = re.compile(
    r"[\w’',.-]+(?:\s+[\w’',.-]+){0,5}?\s+(?:(?:have|has|had)\s+)?(?P<pre>(?:later|subsequently)\s+)?"
    r"(?:died|succumbed)\b(?P<post>\s+(?:later|subsequently|overnight)\b)?"
    r"(?P<where>\s+(?:in\s+(?:the\s+)?hospital|(?:of|to)\s+(?:their|his|her|the|its)\s+(?:injuries|wounds|burns))\b)?",
    re.I,
)


# How badly the things a count counts were hurt, said after it in its clause ("Two were seriously
# hurt", "three were critically injured", "four of them badly"): those are some of the measure's
# count, never another value of it (t13af N29, round s38-y2: "Ten people were injured … Two were
# seriously hurt" listed 2 beside the article's 10). A degree adverb, then at most one word (the
# participle or "in hospital"'s "ill") before the clause goes on.
_DEGREE_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:seriously|critically|badly|severely|gravely|slightly|lightly|moderately"
    r"|life-threateningly|fatally)\b",
    re.I,
)


def _part_cue(text: str, v: FactValue) -> bool:
    """Whether ``v``'s own words say it counts those of one event of its measure's story
    (:data:`_PART_BEFORE`, :data:`_OF_WHOM_BEFORE`, :func:`_added`, and of the dead
    :data:`_DIED_LATER_AFTER`)."""
    before = max(v.sentence[0], v.start - 40)
    clause = re.search(r"[,;:.]", text[v.end : v.sentence[1]])  # the degree is said in its own clause
    clause_end = v.end + clause.start() if clause is not None else v.sentence[1]
    return (
        _PART_BEFORE.search(text, before, v.start) is not None
        # "Two were seriously hurt", "Three of them were critically injured": some of the count
        or (v.measure != "death" and _DEGREE_AFTER.match(text, v.end, clause_end) is not None)
        or OF_PRONOUN_AFTER.match(text, v.end) is not None
        or _OF_WHOM_BEFORE.search(text, before, v.start) is not None
        or _added(text, v)
        or (
            v.measure == "death"
            and (died := _DIED_LATER_AFTER.match(text, v.start, v.sentence[1])) is not None
            and any(died.group(g) for g in ("pre", "post", "where"))
        )
    )


def parts(text: str, values: Sequence[FactValue], headline: tuple[int, int] | None = None) -> set[int]:
    """The indices of ``values`` (one article's, in text order) that count a part of their
    measure's total, said beside a larger value of the same measure the article's body states
    with no such cue (:func:`_part_cue`; an earlier report's value and one of its ``headline``
    (its span), written once before the body's, are no statement of it): "after two workers died
    in hospital" beside "has risen to seven". A count the article gives alone of its measure is
    its value ("Two workers died in hospital, police said.")."""

    def key(v: FactValue) -> tuple[str, str, str, str]:
        return (v.measure, v.label, v.kind, v.owner)

    cued = [
        j
        for j, v in enumerate(values)
        if v.measure and v.kind == "count" and isinstance(v.value, float) and _part_cue(text, v)
    ]
    if not cued:
        return set()
    tops: dict[tuple[str, str, str, str], float] = {}
    cued_set = set(cued)
    for j, v in enumerate(values):
        if j in cued_set or not v.measure or not isinstance(v.value, float) or earlier_report(text, v):
            continue
        if headline is not None and headline[0] <= v.start < headline[1]:
            continue
        tops[key(v)] = max(tops.get(key(v), v.value), v.value)
    out: set[int] = set()
    for j in cued:
        v = values[j]
        top = tops.get(key(v))
        if top is not None and isinstance(v.value, float) and v.value < top:
            out.add(j)
    return out


# The measures of a side's position in a negotiation (money_roles' "offered", "demanded"): a value of
# one denied beside its sentence's value of the other is that other side's, no earlier report; a sum
# set against another is kept as such (measures).
SIDES = frozenset({"offered", "demanded"})


def _other_sides(values: Sequence[FactValue], j: int) -> bool:
    """Whether ``values[j]`` is an offer or a demand (:data:`SIDES`) whose sentence gives no other
    value of its measure: the other side's position, never an earlier value of its sentence's."""
    v = values[j]
    if v.measure.split("|", 1)[0] not in SIDES:
        return False
    return not any(k != j and w.sentence == v.sentence and w.measure == v.measure for k, w in enumerate(values))


def superseded(text: str, values: Sequence[FactValue], headline: tuple[int, int] | None = None) -> dict[int, int]:
    """The indices of ``values`` (one article's, in text order) that a later sentence of the same
    article replaced, each mapped to the index of the last value replacing it: a value of one
    measure (the same key, label, kind and owner) in an earlier sentence, other than the value a
    later sentence gives as the measure's new one (:data:`_CHANGED_TO_BEFORE`, :data:`_LATER_REPORT`:
    "Three people were killed …" then "By nightfall the toll had risen to four", "Officials later put
    the death toll at four": the article's toll is four, t13n F9/F12, round s29-e); a live blog's
    value under an earlier entry is that entry's report, kept (its timeline). Like a value an
    earlier report gave in the same clause (:data:`_EARLIER_VALUE`), it is no value of its
    measure (the value replacing it carries it: ``FactValue.earlier``); a value said again is kept.
    A value of the article's ``headline`` (its span) of a measure its body states otherwise is an
    earlier report of the article, replaced by the body's last value (:func:`_headline_replaced`)."""
    out: dict[int, int] = {}
    steps = _steps(text, values)[0]
    # a sentence's later step is no earlier value, whatever its sentence opens with ("At first 10
    # people were reported injured, then 14": the 14 is later than the 10)
    earlier = {
        j
        for j, v in enumerate(values)
        if (v.measure or _counted(v)) and j not in steps.values() and _said_earlier(text, v)
    }
    # (a claim, "fewer than the 1.2 million the gang claimed", is what a party says, no earlier
    # report of the count beside it: claims.py, t13ar N6)
    # (nor is a side's offer or demand denied beside the other side's: "demanded that X pay €150
    # …, rather than the €120 the company has offered" is the company's offer, no earlier report
    # of the demand; t13ay N3, round s53-f3)
    cited = {
        j
        for j, v in enumerate(values)
        if cited_earlier(text, v) and not v.measure.endswith(f"|{CLAIMED}") and not _other_sides(values, j)
    }
    earlier |= cited
    # A rejected value is an earlier one only beside a value of its measure neither rejected nor
    # said earlier ("rejecting a 3% pay offer. Management then offered 4.5%"); "rejected a 4% pay
    # offer. The employers had earlier offered 3%" keeps the 4% (t13ak-r S4).
    rejected = {j for j, v in enumerate(values) if j not in earlier and v.measure and _rejected(text, v)}
    earlier |= {
        j
        for j in rejected
        if any(
            k not in earlier
            and k not in rejected
            and (w.measure, w.label, w.kind) == (values[j].measure, values[j].label, values[j].kind)
            and w.value != values[j].value
            for k, w in enumerate(values)
        )
    }
    for j, new in enumerate(values):
        if not new.measure or j in earlier:
            continue  # a value said to be an earlier one is no later report (nor one of no measure)
        changed = _CHANGED_TO_BEFORE.search(text, max(new.sentence[0], new.start - 64), new.start)
        if changed is not None and _not_yet(text, new.sentence[0], changed.start()):
            changed = None  # "… could take the death toll to 20": a fear, no new value
        cue = (
            changed
            or _LATER_REPORT.search(text, new.sentence[0], new.start)
            or _NOW_BEFORE.search(text, max(new.sentence[0], new.start - 40), new.start)
        )
        if cue is None:
            continue
        for i in range(j):
            old = values[i]
            if (
                # an earlier sentence's value, or one before the later report's cue in its own
                # sentence ("AFP counted 4 bodies at the morgue …, but officials later said the toll
                # was 5": the article's toll is 5, first said 4; t13o F2, round s29-f)
                (old.sentence[0] < new.sentence[0] or _replaced_in_sentence(text, old, new, cue.start()))
                and old.entry == new.entry  # a live blog's entries are reports of their own times
                and (old.measure, old.label, old.kind) == (new.measure, new.label, new.kind)
                # (a later value naming no owner is the earlier one's in its own sentence, its
                # subject elided: "The council's grant was £3.5m last year, and now stands at
                # £4.2m", review s45-rv finding 27)
                and (old.owner == new.owner or (not new.owner and old.sentence == new.sentence))
                and old.value != new.value
            ):
                out[i] = j
    # a sentence's steps of a measure in time: each replaced by the next, the last the article's
    for i, j in steps.items():
        if i not in earlier:
            out.setdefault(i, j)
    # A value said to be an earlier one is replaced by the last value of its measure (in its live
    # blog entry) the article gives without such a cue, before or after it.
    for i in sorted(earlier):
        if i in out:
            continue
        old = values[i]
        later = [
            j
            for j, v in enumerate(values)
            if j not in earlier
            and v.entry == old.entry
            and (v.measure, v.label, v.kind) == (old.measure, old.label, old.kind)
            # (an earlier value that names no owner is its article's owner's: "The employers had
            # earlier offered 3%" after "the VNU rejected a 4% pay offer", t13ak-r S4), and a later
            # value that names none is the earlier one's owner's ("Nurses … rejecting a 3% pay offer.
            # Management then offered 4.5%", t13al-r S1)
            and (v.owner == old.owner or not old.owner or not v.owner)
            and (v.measure or (v.head, v.modifiers, v.unit) == (old.head, old.modifiers, old.unit))
            and v.value != old.value
        ]
        if later:
            out[i] = later[-1]
        elif i in cited:
            # a cited figure is the earlier value of its sentence's figure of its kind and unit
            # before it ("15 tonnes … leaked, not the 12 tonnes first reported"), whatever that
            # one's measure: the cited one's own clause names none
            before = [
                j
                for j, v in enumerate(values)
                if j not in earlier
                and v.sentence == old.sentence
                and v.end <= old.start
                and (v.kind, v.unit) == (old.kind, old.unit)
                and v.value != old.value
            ]
            if before:
                out[i] = before[-1]
    # A live blog's entries are read by their times, never by their place in the text (a blog
    # written newest first, "21:40 - Officials now say 7 miners have died" over "18:15 - The death
    # toll rises to 5"): of one measure, the latest entry's value is the article's, the earlier
    # entries' values its earlier ones, carried by it (t13o F2, round s29-f).
    groups: dict[tuple[str, str, str, str], list[int]] = {}
    for j, v in enumerate(values):
        if v.entry and j not in out and (key := _blog_key(text, v)) is not None:
            groups.setdefault(key, []).append(j)
    for key, idxs in groups.items():
        latest = max(values[j].entry for j in idxs)
        head = [j for j in idxs if values[j].entry == latest][-1]
        now = values[head].value
        for j in idxs:
            then = values[j].value
            if (
                key[0] == _HOSPITAL_KEY
                and values[j].measure != values[head].measure
                and isinstance(then, float)
                and isinstance(now, float)
                and then > now
            ):
                continue  # "40 taken to hospital", later "12 remain in hospital": two counts
            if values[j].entry != latest and values[j].value != values[head].value:
                out[j] = head
    if headline is not None:
        out.update(_headline_replaced(values, out, headline))
    return out


def sums(text: str, values: Sequence[FactValue]) -> set[int]:
    """The indices of ``values`` (one article's) that are no value of their measure because a sum
    joins them in one sentence (:data:`_SUM_TO_BEFORE`): a total that follows an amount of the same
    kind and unit in its sentence. Of money with no increment word (:func:`_added`) before the
    total, the total is the sum of several parties' amounts ("the
    state would contribute A$2.5 million …, bringing the total to A$5 million": the state pledged
    2.5 million; 5 million is the fund's total, no pledge of the state's, nor its new value); of a
    count, or of money added ("a further $2 million"), the amount before it is what was added ("found three bodies, bringing the total to 12":
    the count is 12, the three no earlier value of it). Shapes: text offsets as in ``FactValue``."""
    out: set[int] = set()
    for j, total in enumerate(values):
        if total.kind not in ("money", "count", "quantity"):
            continue
        cue = _SUM_TO_BEFORE.search(text, max(total.sentence[0], total.start - 48), total.start)
        if cue is None:
            continue
        addends = [
            i
            for i, v in enumerate(values)
            if v.sentence == total.sentence
            and v.end <= cue.start()
            and (v.kind, v.unit) == (total.kind, total.unit)
            and v.value != total.value
        ]
        if not addends:
            continue
        if total.kind == "money" and not any(_added(text, values[i]) for i in addends):
            out.add(j)
        else:
            # an increment ("pledged a further $2 million …, bringing the total to $5 million"):
            # the party's own running total, the addition no value of it (s51-rv F5)
            out.update(addends)
    return out


def _counted(v: FactValue) -> bool:
    """Whether ``v`` is a count of no measure whose things are named ("350 cholera cases"): its
    article's later value of the same things replaces it when it is said to be an earlier one
    ("Initially 350 cholera cases were reported …; the agency now says 380 cholera cases": t13ak-r
    S2, the stale 350 stood in the story's row and the current 380 in a row of its own)."""
    return v.kind == "count" and bool(v.head)


# The measures of a live blog's hospital count, one running count there (:func:`_blog_key`)
_HOSPITAL_COUNTS = frozenset({HOSPITAL[0], IN_HOSPITAL[0]})
_HOSPITAL_KEY = "@hospital"


def _blog_key(text: str, v: FactValue) -> tuple[str, str, str, str] | None:
    """What a live blog's value (in ``text``) counts, for its entries' values of one count to read
    as one (:func:`superseded`): a named measure's key; for a count of no measure, its counted things
    said to be aboard (:data:`~.roles.ABOARD`, their noun and modifiers alike: "with 182 passengers
    on board" at 08:52, "184 passengers and 6 crew were on the plane" at 11:05 are the blog's one
    count, 184 first said 182; t13ad N1, round s37-x1: two rows, each agreeing with another outlet),
    unless its sentence tells of another craft (:data:`_OTHER_CRAFT`: "A second ferry, with 80
    passengers aboard, …" carries passengers of its own); None for any other value (two entries'
    "40 people" may count different people)."""
    if v.measure in _HOSPITAL_COUNTS:
        # a blog's hospital count, however an entry words it ("Nineteen people have been taken to
        # hospital", "The number in hospital has risen to 27", "31 people are being treated in
        # hospital"): one running count (t13am N2; :func:`superseded` keeps a larger count of
        # those taken there beside fewer there now)
        return (_HOSPITAL_KEY, "", v.kind, v.owner)
    if v.measure:
        return (v.measure, v.label, v.kind, v.owner)
    if v.kind == "count" and v.head and v.state == ABOARD and _OTHER_CRAFT.search(text, *v.sentence) is None:
        return (f"@{ABOARD}", v.head, " ".join(v.modifiers), v.per)
    return None


# Words telling of more craft than one in a sentence ("a second ferry", "another boat", "both
# planes", "each coach"): its count aboard is no update of the blog's (:func:`_blog_key`).
_OTHER_CRAFT = re.compile(r"\b(?:another|second|third|other|both|each|either|neither)\b", re.I)


def _headline_replaced(values: Sequence[FactValue], out: dict[int, int], headline: tuple[int, int]) -> dict[int, int]:
    """The values of the article's headline (at ``headline``) of a measure its body states with
    another value, each mapped to the body's value of the measure (the latest live-blog entry's, else
    the last in the text) that no value of the article replaced (``out``): a headline is written
    once, the body's value is the article's, the headline's what it said before ("LIVE: … three
    dead as fire reaches village" over entries going 3 → 5 → 7 was a second value of its own, 3
    beside its 7: the article disagreed with itself, t13v F9)."""
    found: dict[int, int] = {}

    def key(v: FactValue) -> tuple[str, str, str, str]:
        return (v.measure, v.label, v.kind, v.owner)

    def in_headline(v: FactValue) -> bool:
        return headline[0] <= v.start < headline[1]

    for i, v in enumerate(values):
        if i in out or not v.measure or v.kind in ("year", "date", "duration") or not in_headline(v):
            continue
        body = [j for j, w in enumerate(values) if j not in out and not in_headline(w) and key(w) == key(v)]
        if not body:
            continue  # a measure only the headline gives: its value is the article's
        last = max(body, key=lambda j: (values[j].entry, values[j].start))
        if values[last].value != v.value:
            found[i] = last
    return found


# The ordinal numbers of a next victim ("a tenth died in hospital", "An eleventh victim died
# overnight", "a fifth was killed"): the word's number.
_ORDINALS = {
    w: n
    for n, w in enumerate(
        """second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
        fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(),
        start=2,
    )
}
ORDINALS = _ORDINALS  # (public: an ordinal tells no row of the sheet apart, grouping.tell_apart)
# "a/an" and an ordinal, a victim's one noun at most ("a tenth victim", never "a tenth of the
# residents"), then a death's verb, its auxiliaries and adverbs between ("has since died", "was also
# killed": review s36-rv finding 3, round s36-c3): the article's toll is that ordinal (t13aa K17,
# round s36-c: "Nine people died at the scene; a tenth died in hospital" stayed a toll of 9). Only
# the article may be a capital: a title-case teaser ("A Fifth Climber Has Died On Everest") is a
# headline of another story.
_ADVERB_WORDS = "also|later|then|since|subsequently|now|too"
_VICTIM_ADVERBS = rf"(?:(?:{_ADVERB_WORDS})\s+)*"
_ORDINAL_VICTIM = re.compile(
    rf"\b[Aa]n?\s+(?P<ordinal>{'|'.join(_ORDINALS)})(?:\s+(?!(?:of|has|had|{_ADVERB_WORDS})\b)(?P<victim>[a-z]+))?\s+"
    rf"(?:(?:has|had)\s+)?{_VICTIM_ADVERBS}"
    rf"(?:died|succumbed|(?:was|has\s+been|had\s+been)\s+{_VICTIM_ADVERBS}"
    r"(?:killed|confirmed\s+dead|found\s+dead|pronounced\s+dead))\b"
)


def ordinal_victims(
    text: str,
    values: Sequence[FactValue],
    sentences: Sequence[tuple[int, int]],
    other_event: Callable[[tuple[int, int], tuple[int, int]], bool] | None = None,
    first_toll: Callable[[tuple[int, int], int, str, tuple[int, int]], FactValue | None] | None = None,
) -> list[FactValue]:
    """``values`` (one article's, in text order) with its death toll raised by a next victim
    its text names by an ordinal (:data:`_ORDINAL_VICTIM`: "Nine people died …; a tenth died in
    hospital" is a toll of 10): the article's last death toll before the ordinal, lower than it,
    is replaced by the ordinal's number (a value at the ordinal's words, what was said before its
    ``earlier``); unchanged when no such toll precedes the ordinal or a toll follows it (a later
    sentence states the toll itself). ``sentences``: the article's content (start, end) spans, the
    only places read (a "Read more" teaser in the boilerplate raised a toll of 2 to 5: review s36-rv
    finding 3); ``other_event(sentence, span)``: whether the ordinal at ``span`` is a victim of
    another event its sentence names ("Last year, a fifth victim died in a similar crash"), then
    passed over. ``first_toll(span, n, things, sentence)``: the death toll of ``n`` ``things`` (a
    plural noun) an ordinal of an article that states no toll at all says, at ``span`` ("A third
    child has died" is a toll of 3 children: t13ak N1, the outlet's toll was missing from the row),
    or None when those things are no victims; such an ordinal needs its victim's noun ("a third
    died" alone names no one)."""
    tolls = [k for k, v in enumerate(values) if v.measure == "death" and v.kind == "count" and not v.owner]
    if not tolls and first_toll is None:
        return list(values)
    out = list(values)
    for sent in sentences:
        for m in _ORDINAL_VICTIM.finditer(text, *sent):
            n = _ORDINALS[m.group("ordinal")]
            if not tolls:
                noun = m.group("victim")
                if first_toll is None or noun is None or (other_event is not None and other_event(sent, m.span())):
                    continue
                made = first_toll(m.span(), n, _plural(noun), sent)
                if made is not None:
                    made.display = text[m.start() : m.end("ordinal")]
                    tolls.append(len(out))
                    out.append(made)
                continue
            before = [k for k in tolls if out[k].end <= m.start()]
            if not before or len(before) < len(tolls) or not isinstance(out[before[-1]].value, float | int):
                continue  # no toll before it, or one after it: that is the article's
            last = out[before[-1]]
            if float(last.value) >= n or (other_event is not None and other_event(sent, (m.start(), m.end()))):
                continue
            raised = replace(
                last,
                value=float(n),
                display=text[m.start() : m.end("ordinal")],
                text=text[m.start() : m.end()],
                start=m.start(),
                end=m.end(),
                sentence=sent,
                qualifier="",
                high=None,
            )
            raised.earlier = earlier_steps(raised, (*last.earlier, last))
            out[before[-1]] = raised
    return sorted(out, key=lambda v: v.start)
