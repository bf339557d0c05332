"""What a percentage is of: its noun or subject ("turnout", "annual inflation", "share of vote")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.roles import power_restored, stop_verb, without_power
from waic_reader.index.analysis.facts.share_prices import CLOSING_VERBS
from waic_reader.index.analysis.facts.things import event_noun_kind
from waic_reader.index.analysis.facts.words import (
    APPOSITIVE,
    AUXILIARIES,
    DISEASES,
    EVENT_NOUNS,
    REPORTING_VERBS,
    SAME_NOUN,
    VERB_ADVERBS,
    WORD,
    bare_word,
    clause_after,
    clause_before,
    clause_end,
    is_participle,
    people_kind,
    spelled_one_way,
    whole_noun,
)
from waic_reader.index.analysis.figures import (
    Figure,
    is_word_ratio,
)
from waic_reader.index.analysis.lexicon import (
    CHANGE_VERBS,
    DETERMINERS,
    FALL_VERBS,
    MONTHS,
    RISE_VERBS,
    STOP_WORDS,
    WEEKDAYS,
)
from waic_reader.index.corpus.tokens import fold

# What stands between a percentage and the noun it is a rate of: "Turnout was 62%", "inflation
# stood at 3.4%", "put turnout at 58 percent", "the jobless rate dropped to 5.0%", "reached 30
# percent" (a change verb with "to" gives the level, without it the change: "shares fell 12%").
_PERCENT_LINKS = frozenset(
    """at to by of around about some nearly almost roughly just only currently now still already
    stood stands stand put puts estimated estimates reached reaches hit hits touched came comes
    was is were are be been being has have had remained remains remain rate""".split()
)
# Verbs that give a rate's level as "stood at" does, between the rate's noun and the percentage
# ("Inflation is running at 5 pct", "is hovering around 3%"; "running" was the label, a row apart
# from "Inflation is 5%": t13aj N6). Only there: in a share's phrase they are its words ("70% of
# running costs").
_LEVEL_VERBS = frozenset("running runs ran hovering hovers hovered sitting sits sat".split())
_MORE_OR_LESS = frozenset("more less fewer".split())
_GOING = frozenset("go goes going gone went".split())  # "go up by", "went down"
# Modal verbs before a change verb ("will rise by 4.99%"), passed over as its links are.
_MODALS = frozenset("will would could may might should must can shall".split())
# Verbs that move their object by a percentage ("raise council tax by 4.99%"): the change verbs
# and their transitive present forms.
_RAISING = CHANGE_VERBS | frozenset(
    "raise raises raising increase increases lift lifts reduce reduces lower lowers".split()
)
# The participles of a comparison after a percentage ("78% compared with 91% nationally").
_COMPARING = frozenset("compared comparing contrasted".split())
_PERCENT_OF_SKIP = DETERMINERS | {"all"}
# A name's possessive then the lower-case words of a thing it has ("Orvane Group's listed unit")
_POSSESSED = re.compile(r"(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*['’]s(?:\s+[a-z][\w’'-]*){1,2}")
# The prepositions of a phrase after a rate's noun ("turnout in the by-election", "coverage among
# children"), whose noun the rate is of.
_RATE_PHRASES = frozenset("in of among".split())
_PHRASE_WORDS = 4  # "in the by-election", "in Hídvizsgáló Nyrt": a rate's noun's phrase, at most


def _percent_stop(word: str) -> bool:
    """Whether a word before a rate's noun ends its name: a function word, a participle, a word
    that links a rate to its noun ("Officials put turnout at": "put" is no part of "turnout")."""
    return word in STOP_WORDS or is_participle(word) or word in _PERCENT_LINKS or word in CHANGE_VERBS


# A change's amount in points or percent between its verb and the "to" of the new level, at the end
# of the text before a level ("rose by 2 percentage points to", "fell by 0.5 points to")
_BY_CHANGE_TO = re.compile(
    r"\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:percentage[\s-]+points?|points?|pp|per\s*cent|percent|%)\s+to\s*$",
    re.I,
)
# "of" and the determiners after it before a share's noun phrase ("70 per cent of its clinical
# systems", "70% of all the hospital's systems").
_SHARE_OF = re.compile(r"\s*of\s+(?:(?:" + "|".join(sorted(_PERCENT_OF_SKIP)) + r")\s+)*", re.IGNORECASE)
# A ratio's noun phrase straight after it ("One in three homes", "two out of five flights").
_RATIO_NOUN = re.compile(r"\s+(?=[^\W\d_])")


def _share_phrase(text: str, fig: Figure, end: int) -> re.Match[str] | None:
    """Where what a share is of starts after it: past "of" and its determiners ("70% of the
    homes"), or right after a ratio in words (``figures.is_word_ratio``: "One in three homes");
    None when neither follows."""
    if is_word_ratio(text, fig):
        return _RATIO_NOUN.match(text, fig.end, end)
    return _SHARE_OF.match(text, fig.end, end)


def _possessor(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[int, str, str] | None:
    """Where the noun phrase a share "of" a whole is of starts, past its count and possessor, with
    the possessor: (start, name, whole). ``name``: a name's possessive as written ("Nordvik",
    "Ikeja General Hospital"), "" for a common noun's ("the hospital's": the story's own thing, as
    "its" is); ``whole``: a possessor whose noun is a whole larger than one employer
    (:func:`~.words.whole_noun`: "the garment industry's"), lower case, else "". None when no
    "of" phrase or word ratio follows the share."""
    m = _share_phrase(text, fig, sent[1])
    if m is None:
        return None
    at, name, whole = m.end(), "", ""
    if (count := _COUNT_BEFORE_NOUN.match(text, at, sent[1])) is not None:
        at = count.end()  # "About 60% of the 3,200 workers": the whole's own count names nothing
    first = _POSSESSOR.match(text, at, sent[1])
    if first is not None:
        # the whole noun phrase of a possessor, never its first words alone ("the Ritsane mine's
        # workforce" had labelled its share "share of ritsane mine's", t13ag-r R8)
        word = bare_word(" ".join(first.group().split()))
        if whole_noun(word.split()[-1]):
            whole = word.lower()  # "the garment industry's workers": a whole, never the story's employer
        elif word[:1].isupper() and m.group().strip().lower() == "of":
            name = word  # "Norway's"; "the hospital's", "the Ritsane mine's" ("the" skipped): the story's
        at = first.end()
    return at, name, whole


def share_employer(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The employer a share of a workforce names by a possessive (:func:`_possessor`'s name:
    "33 per cent of Nordvik's employees" → "Nordvik"), "" for none. Its value's owner, never part
    of its measure (:func:`staff_share`), so a share "of the group's workforce" (no name) is
    compared with it, as one "of employees at Nordvik" is (s41-rv finding 5)."""
    read = _possessor(text, fig, sent)
    return read[1] if read is not None else ""


def _share_of(text: str, fig: Figure, sent: tuple[int, int], state: str = "") -> tuple[str, tuple[str, ...], str]:
    """What a percentage "of" a noun phrase is a share of (:func:`percent_subject`): the whole
    phrase (at most three words, up to its first plural, before punctuation, a function word, a
    participle or a verb: "some
    65 per cent of clinical systems were down" → "clinical systems", never "clinical"), its last
    word the head. A possessive before it names whose phrase it is: a name is kept as its owner
    ("40% of Norway's salmon farms", a modifier: two owners' shares are never compared), a common
    noun after "the" ("the hospital's", "the province's") is the story's own thing, as "its" is,
    and dropped, so "About 70% of the hospital's clinical systems" and "70 per cent of its clinical
    systems" are one share, labelled alike (#16, t13z H2: "share of hospital's clinical systems"
    beside two "share of clinical"). A whole's possessive is kept by its whole's key ("the garment
    sector's" and "the garment industry's": "garment industry"), its label "share of workers in the
    garment sector"; a group's share of a named employer's workforce leaves the employer to the
    value's owner (:func:`share_employer`). ``state``: what its clause says befell the share
    (:func:`share_state`), said after the phrase in its label ("share of services cancelled")."""
    read = _possessor(text, fig, sent)
    if read is None:
        return "", (), ""
    at, owner, whole = read
    phrase, at = _phrase(text, at, sent[1])
    if not phrase:
        return "", (), ""
    if len(phrase) == 1 and phrase[0] in _WORKFORCE:
        phrase = ["workers"]  # "of the workforce", "of staff", "of its employees": one whole
    # "safety audits" and "safety inspections", "checks": one whole, labelled by the first (t13ahr
    # N2, rows keyed on the noun kept one regulator's failure rate in three rows)
    phrase = [*phrase[:-1], SAME_NOUN.get(phrase[-1], phrase[-1])]
    group = _share_group(text, fig, sent, at)
    # labelled by what befell the share too: "share of services cancelled"
    named = " ".join([*phrase, state] if state else phrase)
    # the group the share counts is said after the whole, in brackets, and keeps two groups'
    # shares apart: "share of workers (women)" (t13ag N3)
    tail, mods = (f" ({group})", (group,)) if group else ("", ())
    if whole:
        *kinds, noun = whole.split()
        return phrase[-1], (" ".join([*kinds, whole_noun(noun)]), *mods), f"share of {named} in the {whole}{tail}"
    if owner and not (phrase == ["workers"] and group):
        return phrase[-1], (owner.lower(), *mods), f"share of {owner}'s {named}{tail}"
    return phrase[-1], mods, f"share of {named}{tail}"


def _phrase(text: str, at: int, end: int) -> tuple[list[str], int]:
    """The words of a share's noun phrase from ``at`` (lower case, at most three, up to its first
    plural, before punctuation, a function word, a participle or a verb) and where it ends."""
    phrase: list[str] = []
    for w in WORD.finditer(text, at, min(end, at + 60)):
        low = w.group().lower()
        if text[at : w.start()].strip() or len(phrase) == 3:
            break  # punctuation ends it: "70% of the vote, officials said"
        if low in STOP_WORDS or is_participle(low) or low in REPORTING_VERBS or low in _PERCENT_LINKS:
            break
        if low in CHANGE_VERBS or low.endswith("ly") or low in WEEKDAYS or low in MONTHS:
            break
        phrase.append(low)
        at = w.end()
        if low.endswith("s") and not low.endswith(("ss", "us", "is")):
            break  # a plural ends the phrase: "clinical systems", "salmon farms"
    return phrase, at


def share_end(text: str, fig: Figure, sent: tuple[int, int]) -> int:
    """Where the noun phrase of a share "of" a whole ends ("40% of roadside inspections| in 2025"),
    else ``fig.end``: what follows it is the share's clause (its year, :func:`~.extract._dating_year`)."""
    read = _possessor(text, fig, sent)
    if read is None:
        return fig.end
    phrase, at = _phrase(text, read[0], sent[1])
    return at if phrase else fig.end


# A possessor's noun phrase, its words up to the one with the possessive ("the hospital's", "the
# Ritsane mine's", "the Ravel Textiles factory's"): what the share's whole belongs to.
_POSSESSOR = re.compile(r"(?:[^\W\d_][\w-]*\s+){0,3}[^\W\d_][\w-]*['’]s\b")
# A whole's own count between its determiner and its noun ("60% of the 3,200 workers").
_COUNT_BEFORE_NOUN = re.compile(r"\d[\d,.]*\s+(?=[^\W\d_])")
# The nouns of one whole, the people who work at a place, labelled alike ("share of workers").
_WORKFORCE = frozenset("workforce workers staff employees staffers personnel".split())
# The group of people a share of a whole counts, said after the whole ("60% of the workers are
# women", "60% of the workers at the plant are women") or before the share ("Women made up about 80 percent of the workforce", "Women account
# for some 60 per cent of staff").
_GROUP_AFTER = re.compile(
    # (the whole's place between: "65 per cent of employees at Ikeja General Hospital are women")
    r"(?:\s+(?:at|in)(?:\s+[^\W\d_][\w'’-]*){1,5}?)?"
    r"\s+(?:are|were|is|was)\s+(?:(?:mostly|all|now)\s+)?(?P<group>[^\W\d_]+)\b(?!\s+(?:of|to|in|by)\b)"
)
_GROUP_BEFORE = re.compile(
    r"\b(?P<group>[^\W\d_]+)\s+(?:made\s+up|make\s+up|makes\s+up|account(?:ed|s)?\s+for|represent(?:ed|s)?"
    r"|comprised?|constitut(?:ed?|es))\s+(?:(?:about|around|some|nearly|roughly|almost|over|just\s+over"
    r"|more\s+than|less\s+than|an\s+estimated)\s+)?$",
    re.I,
)


def _share_group(text: str, fig: Figure, sent: tuple[int, int], at: int) -> str:
    """The plural noun of people (:func:`~.words.people_kind`) a share of a whole ending at ``at``
    counts, lower case ("women"), or "" when its clause names none."""
    m = _GROUP_AFTER.match(text, at, sent[1]) or _GROUP_BEFORE.search(text, sent[0], fig.start)
    if m is None:
        return ""
    group = m.group("group").lower()
    plural = group.endswith("s") or group in ("women", "men", "children", "people")
    return group if plural and group not in _WORKFORCE and people_kind(group) else ""


STAFF_SHARE = "share|workers|"  # what opens a measure of a group's share of a workforce


def staff_share(head: str, mods: tuple[str, ...], label: str) -> str:
    """The measure of a share of a workforce that a group of people makes up (:func:`percent_subject`'s
    ``head``, ``mods`` and ``label``: "workers", ("women",), "share of workers (women)") keyed by
    its owner, if named, and group: "share|workers|women"; "" for any other share. One measure
    however worded ("Women make up roughly 45% of the hospital's staff", "65 per cent of
    employees at Ikeja General Hospital are women"), so outlets' values of it are compared (t13ag-r
    N3: two single-source rows)."""
    if head != "workers" or not mods or not label.endswith(f" ({mods[-1]})"):
        return ""
    return f"{STAFF_SHARE}{'|'.join(mods)}"


def unnamed_share(text: str, fig: Figure, end: int) -> bool:
    """Whether the percentage ``fig`` is a share "of" a whole (``text[fig.end:end]`` opening with
    "of" and its determiners, :func:`_share_phrase`) whatever follows names: called when
    :func:`percent_subject` named nothing, so a pronoun or a relative stands for the whole ("half
    of them", "a third of those who fled", "50% of it"; dimensions.UNNAMED_SHARE)."""
    return not is_word_ratio(text, fig) and _share_phrase(text, fig, end) is not None


# Words of a clause that stand between a share's noun phrase and its verb's auxiliary: a place or
# a time ("of services on the network are cancelled"), at most this many.
_STATE_GAP = 4


def share_state(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """What the clause of a share "of" a noun phrase says befell or is true of its things, lower
    case: the participle or "-ing" form after its auxiliary ("40% of services on the network are
    cancelled" → "cancelled", "40 per cent of its services were running again" → "running", "30%
    of flights have been delayed" → "delayed"); "" when none is said ("70% of the vote", "25% of
    turbines stopped", a bare verb; "are expected to", a verb of what is to come). Two shares of
    one noun in different states count different things and are never compared (t13ab L3: a
    share cancelled and a share running again were one row that agreed)."""
    m = _share_phrase(text, fig, sent[1])
    if m is None:
        return ""
    words = clause_after(text, m.end(), sent[1])
    before = [w.lower() for w in clause_before(text, fig.start, sent[0])]
    # homes without power and homes with power restored are two states (t13ac M29: one row), read
    # in the whole clause ("were still without electricity on Friday", "have had power restored")
    seg = text[m.end() : sent[1]]
    rest = [w.lower() for w in WORD.findall(seg[: clause_end(seg)])]
    if without_power(before, rest):
        return "without power"
    if power_restored(before, rest):
        return "with power restored"
    i = next((k for k, w in enumerate(words[: _STATE_GAP + 2]) if _auxiliary(w)), None)
    if i is None:
        return ""
    negated = False
    while i < len(words) and (_auxiliary(words[i]) or words[i] in VERB_ADVERBS or words[i] in _NEGATIONS):
        # "are not running", "are no longer running", "weren't running": a state of its own
        negated = negated or words[i] in _NEGATIONS or words[i].endswith(("n't", "n’t"))
        i += 1 + (words[i : i + 2] == ["no", "longer"])
    if i >= len(words) or words[i + 1 : i + 2] == ["to"]:
        return ""
    w = words[i]
    if w in REPORTING_VERBS or w in STOP_WORDS:
        return ""
    if is_participle(w):
        # a stopping verb in one form ("grounded" flights are "cancelled": roles.stop_verb); the
        # share's noun is the first word after its "of"
        state = stop_verb(spelled_one_way(w), words[i + 1 :], words[0])
    elif len(w) > 5 and w.endswith("ing"):
        # how a thing runs is part of its state: "running late" is not "running normally"
        manner = words[i + 1 : i + 2]
        state = stop_verb(w, words[i + 1 :], words[0]) + (f" {manner[0]}" if manner and _manner(manner[0]) else "")
    else:
        return ""
    return f"not {state}" if negated else state


# Words that deny a share's state ("40% of services are not running"); "no" counts only before
# "longer" (read by :func:`share_state`). Review s36-rv2 finding 8: "60% running" and "40% not
# running" were one row that disagreed.
_NEGATIONS = frozenset("not never no".split())
# Words for how a thing runs or operates, kept in its state after an "-ing" form ("running late",
# "operating normally"): beside the adverbs in "-ly", the few that do not end so.
_MANNER_WORDS = frozenset("late early behind slow slower fast normal".split())
# Adverbs in "-ly" that say how sure or when, not how: "are running only …", "are currently".
_NOT_MANNER = frozenset("only currently reportedly apparently initially finally already".split())


def _auxiliary(word: str) -> bool:
    """Whether ``word`` is an auxiliary (:data:`~.words.AUXILIARIES`), or one fused with "not"
    ("aren't", "weren't", "hasn't")."""
    return word in AUXILIARIES or (word.endswith(("n't", "n’t")) and word[:-3] in AUXILIARIES | {"are", "were"})


def _manner(word: str) -> bool:
    """Whether ``word`` says how a thing runs: "late", "normally", "smoothly"."""
    return word in _MANNER_WORDS or (word.endswith("ly") and word not in _NOT_MANNER and word not in VERB_ADVERBS)


# A share price's move written with a closing verb and a direction after it ("closed 4 per cent
# lower", "ended the day 4.5% lower", "finished the session 3.1% down"): the verb, the words of its
# session between it and the figure, the direction (:func:`percent_subject`, :func:`move_direction`).
_DIRECTIONS = frozenset("lower higher down up".split())
_SESSION_WORDS = frozenset("the day session week month year trading morning afternoon".split())
# The words of a share price's move down and up: the change verbs of each direction
# (lexicon.FALL_VERBS, RISE_VERBS) and the direction written after the figure, with forms of
# falling and dropping that CHANGE_VERBS leaves out. "edged", "moved" say no direction.
_DOWN_WORDS = FALL_VERBS | frozenset("falling drop drops lower down".split())
_UP_WORDS = RISE_VERBS | frozenset("higher up".split())
# The nouns whose change a share price's move is ("Nordair shares", "the stock"): one measure
# whatever the verb (:data:`SHARE_MOVE`).
SHARE_HEADS = frozenset("shares stock stocks".split())
SHARE_MOVE = "change|shares"


def _never_lower(text: str, word: str) -> bool:
    """Whether ``text`` never writes ``word`` (capitalised) in lower case, nor is it a stop word: a
    name, at a sentence's start too ("Nordair shares closed …")."""
    low = word.lower()
    return low not in STOP_WORDS and re.search(rf"\b{re.escape(low)}\b", text) is None


def move_direction(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """Which way a share price moved by the words of a percentage's clause: "down" ("fell 4.5%",
    "closed 4 per cent lower", "lost"), "up" ("rose 6%", "closed 6 per cent higher", "gained"), ""
    when they say neither ("edged 2%"). The direction after the figure first, else the nearest
    change verb before it."""
    after = [w.lower() for w in WORD.findall(text[fig.end : min(sent[1], fig.end + 20)])][:1]
    before = [w.lower() for w in clause_before(text, fig.start, sent[0], strict=True)]
    for w in [*after, *reversed(before)]:
        if w in _DOWN_WORDS:
            return "down"
        if w in _UP_WORDS:
            return "up"
    return ""


_TICKER = re.compile(r"\s*<[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?>")


def _right_after(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Whether the figure's next word follows it with no punctuation between ("15% contained")."""
    nxt = WORD.search(text, fig.end, sent[1])
    return nxt is not None and not text[fig.end : nxt.start()].strip()


# The suffixes that make a noun of a verb (deverbal nominalisation; Quirk et al., A Comprehensive
# Grammar of the English Language, App. I.30-I.33: "-ment", "-ion", "-ation"), each with what its
# verb's past participle ends in: "containment" is the noun of "contained", "completion" of
# "completed", "vaccination" of "vaccinated".
_NOMINAL_SUFFIXES = (("ment", "ed"), ("ion", "ed"))


def percent_subject(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, tuple[str, ...], str]:
    """:func:`_percent_subject`, its head noun as the participle a nominalisation stands for
    (:data:`_NOMINAL_SUFFIXES`): "Containment stands at 12%" and "The fire was 10% contained" rate
    one thing, head "contained" (t13ap N4: two rows, "containment" and "contained", each agreeing,
    so the outlets' 10% and 12% never met). The label keeps the words as written."""
    head, mods, label = _percent_subject(text, fig, sent)
    return participle_of(head), mods, label


# The event a story is about, written as its subject ("The fire was 10% contained", "the Harlow
# Ridge Fire is 15 percent contained", "had the blaze 25 percent contained", "The wildfire is"):
# its rate of a state is the story's (words.EVENT_NOUNS, a compound ending in one, or a noun
# things.event_noun_kind names as one).
_EVENT_WORD = re.compile(rf"(?:{EVENT_NOUNS})$")


def event_state(text: str, fig: Figure, sent: tuple[int, int], head: str, label: str) -> str:
    """The measure key of a percentage that rates the story's event in a state, "state|<participle>",
    or "": its head a participle the lexicon knows (:data:`_KNOWN_PARTICIPLES`), its subject the
    event (an event noun in its clause before it, :data:`_EVENT_SUBJECT`) or the state's own noun
    ("Containment stands at 12%": a nominalisation, :func:`participle_of`). One measure however
    written, so "10% contained" (Monday) and "Containment rose to 15 percent" (Tuesday) are one row
    whose values differ (t13ap N4: two rows, "contained" and "containment", each agreeing)."""
    if head not in _KNOWN_PARTICIPLES:
        return ""
    before = text[sent[0] : fig.start]
    # ("Crews had contained 21 percent of the fire's perimeter": the event its "of" phrase names;
    # a fact box's or table's "Contained | 21%": a label alone, the story's own state)
    of = _OF_PHRASE.match(text, fig.end, sent[1])
    if of is not None:
        before = f"{before} {of.group(0)}"
    elif [participle_of(w.lower()) for w in WORD.findall(before)] == [head]:
        return f"state|{head}"
    # ("Completion of the bridge stands at 55%": the state of a thing its "of" phrase names)
    nominal = " of " not in before and any(w != head and participle_of(w) == head for w in label.lower().split())
    event = any(_EVENT_WORD.search(event_noun_kind(bare_word(w.lower()))) for w in WORD.findall(before))
    return f"state|{head}" if nominal or event else ""


# The "of" phrase after a percentage, up to its sentence's next comma or stop ("of the fire's
# perimeter by dawn")
_OF_PHRASE = re.compile(r"\s+of\s[^,;.]*")


def participle_of(noun: str) -> str:
    """The past participle a deverbal noun (:data:`_NOMINAL_SUFFIXES`) stands for when it is a
    participle the lexicon knows ("containment" → "contained", "completion" → "completed"); the
    noun itself else ("inflation" → "inflated" is no participle of a rate, so "inflation" stays:
    only a word :func:`~.words.is_participle` reads as one, whose stem ends as written)."""
    for suffix, ending in _NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 3:
            verb = noun[: -len(suffix)] + ending
            if verb in _KNOWN_PARTICIPLES:
                return verb
    return noun


# Participles a percentage's clause says its thing is ("15% contained", "40% completed", "60%
# vaccinated"): the ones a nominalisation is joined to. A closed list: a rule of suffixes alone
# would make "inflation" a rate of "inflated", "population" of "populated".
_KNOWN_PARTICIPLES = frozenset("contained completed vaccinated occupied".split())


# A fact box's or table row's label before its value: one word between bars or before a colon
_BOX_LINE = re.compile(r"[ \t]*\|?[ \t]*[^\W\d_]+[ \t]*(?:\|[ \t]*|:[ \t]*)")


def _percent_subject(text: str, fig: Figure, sent: tuple[int, int]) -> tuple[str, tuple[str, ...], str]:
    """What a percentage is a rate of, read in its own clause: (head noun, modifiers, label),
    lower case; ("", (), "") when its clause names nothing.

    * "41% of the vote" → ("vote", (), "share of vote"): an "of" phrase after it;
    * "a 28% premium", "the 7% pay rise" → ("", (), "premium"), ("", (), "pay rise"): a noun it
      qualifies labels it, and names no head;
    * "The fire was 15% contained" → ("contained", (), "contained"): a participle right after it;
    * "Turnout was 62%", "Annual inflation stood at 3.4%", "put turnout at 58 percent", "the
      jobless rate dropped to 5.0%" → ("turnout", (), "turnout"), ("inflation", (), "annual
      inflation"), ("rate", (), "jobless rate"): the noun before the verb that gives its level;
    * "The company's shares fell 12%" → ("shares", ("change",), "change in company shares"): a
      change verb without "to" gives a change, never a level of the same noun;
    * "Turnout in the by-election reached 52%" → ("turnout", (), "turnout"), "Shares in X Nyrt,
      the inspection company, fell 14%" → ("shares", ("nyrt", "x", "change"), "change in X Nyrt
      shares"): the noun before an "in"/"of" phrase, the phrase's names its owner; a name's
      appositive is passed over.

    Percentages of different heads are never one fact (``grouping._link``): "15% contained" is
    no value of "3.4% inflation" (a false disagreement by shared context alone, #16 session 25)."""
    after = [w.lower() for w in WORD.findall(text[fig.end : min(sent[1], fig.end + 60)])][:4]
    # "Shares in Hídvizsgáló Nyrt, the inspection company, fell 14%": a name's appositive says
    # who the name is, no part of the rate's clause (the comma cut the clause to "fell", t13l F8)
    # a wire's ticker ("<ORVN.DH>") is no word of the clause (t13ag N6: "change in unit ORVN dh")
    lead = APPOSITIVE.sub(lambda m: m.group("name") + " ", _TICKER.sub(" ", text[sent[0] : fig.start]))
    # "Inflation rose by 2 percentage points to 6%": the change's amount between the verb and its
    # "to" is no noun of the level, which is the subject's (t13ak-r S5: "percentage points in 2025")
    lead = _BY_CHANGE_TO.sub(" to", lead)
    written = clause_before(lead, len(lead), 0, strict=True, keep_case=True)
    before = [w.lower() for w in written]
    if after[:1] == ["of"] and before[-1:] and before[-1] in _KNOWN_PARTICIPLES:
        # "Crews had contained 21 percent of the fire's perimeter": the participle before it is
        # the state its "of" phrase's thing is in, as "the fire was 21% contained" (t13apr N4)
        return before[-1], (), before[-1]
    if (
        not after
        and _BOX_LINE.fullmatch(lead)
        and (one := participle_of(lead.strip(" \t|:").lower())) in _KNOWN_PARTICIPLES
    ):
        # a fact box's or table's "Contained | 21%", "Contained: 21%": its label the participle
        # the prose "21% contained" writes (was "percentage", t13apr N4)
        return one, (), one
    if after[:1] == ["of"] or is_word_ratio(text, fig):  # "41% of the vote", "One in three homes"
        return _share_of(text, fig, sent, share_state(text, fig, sent))
    if after[:1] and after[0] in _MORE_OR_LESS and after[1:2] and not _percent_stop(after[1]):
        # "lets the air hold about 7 percent more moisture", "used 12% less water": a change in
        # the noun after it (was "air hold", the words before it)
        return after[1], ("change",), f"change in {after[1]}"
    if (
        after[:1]
        and is_participle(after[0])
        and after[0] not in REPORTING_VERBS
        and after[0] not in _COMPARING
        and _right_after(text, fig, sent)
    ):
        # "The fire was 15% contained": the participle right after it; one after a comma opens a
        # clause of its own, and a comparison's ("78%, compared with a national average of 91%")
        # names its reference, a measure of its own, never the label of the figure (t13ak N7)
        return after[0], (), after[0]
    if after[:1] and before[-1:] and before[-1] in _PERCENT_OF_SKIP and not _percent_stop(after[0]):
        # "a 28% premium", "the 7% pay rise": the percentage qualifies the noun after it, which
        # labels it; no head, since one thing goes by several such nouns ("a 7% offer", "the 7%
        # pay rise" of one settlement are compared by their context, as before)
        two = len(after) > 1 and after[1] not in STOP_WORDS and not is_participle(after[1])
        return "", (), " ".join(after[:2] if two else after[:1])
    change = False
    if after[:1] and after[0] in _DIRECTIONS:
        # "Nordair shares closed 4 per cent lower", "ended the day 4.5% lower", "finished the
        # session 3.1% down": a closing verb and its session with a direction after the figure give
        # a change, as "fell" does ("day" and "percentage" were their labels, t13ad N9)
        k = len(before) - 1
        while k >= 0 and (before[k] in _SESSION_WORDS or before[k] in WEEKDAYS):
            k -= 1
        if k >= 0 and before[k] in CLOSING_VERBS:
            before, written, change = before[:k], written[:k], True
    i = len(before) - 1
    while i >= 0 and (
        before[i] in _PERCENT_LINKS
        or before[i] in _LEVEL_VERBS
        or before[i] in CHANGE_VERBS
        or before[i] in VERB_ADVERBS
        or (before[i] in _MODALS and i + 1 < len(before) and before[i + 1] in CHANGE_VERBS | _GOING)
        or (before[i] in _GOING and i + 1 < len(before) and before[i + 1] in ("up", "down"))
        or (before[i] in ("up", "down") and i and before[i - 1] in _GOING | CHANGE_VERBS)
    ):
        if before[i] in ("up", "down") and before[i + 1 : i + 2] != ["to"]:
            change = True  # "Rents will go up by 3 per cent"
        if before[i] in CHANGE_VERBS and (i + 1 == len(before) or before[i + 1] not in ("to", "at")):
            change = True
        if before[i] == "rate":
            break  # "the jobless rate": the rate is the noun
        i -= 1
    if i < 0 or (before[i] != "rate" and _percent_stop(before[i])):
        return "", (), ""
    at = i
    p = i - 1
    while p > i - _PHRASE_WORDS and p >= 1 and (before[p] in DETERMINERS or not _percent_stop(before[p])):
        p -= 1
    # "Shares of Orvane Group's listed unit fell 8.5%": the shares of a name's possessed thing,
    # labelled so (t13ag: was "change in unit"); keyed by the thing's noun as before, so its move is
    # never compared with the name's own shares' (issue #16, s40-x1)
    possessed = next(
        (
            k
            for k in range(i - 2, max(0, i - _PHRASE_WORDS - 2), -1)
            if before[k] in ("in", "of")
            and before[k - 1] in SHARE_HEADS
            and _POSSESSED.fullmatch(" ".join(written[k + 1 : i + 1]))
        ),
        None,
    )
    while p >= 1 and p < i and before[p] in _RATE_PHRASES:
        # "Vaccination coverage among children in the city stood at 78%": phrases after the
        # rate's noun, the first one's noun the rate's (was "children", t13ak N7)
        q = p - 1
        while q > p - _PHRASE_WORDS and q >= 1 and (before[q] in DETERMINERS or not _percent_stop(before[q])):
            q -= 1
        if not (1 <= q < p - 1 and before[q] in _RATE_PHRASES and not _percent_stop(before[q - 1])):
            break
        p = q
    if p >= 1 and p < i and before[p] in _RATE_PHRASES and not _percent_stop(before[p - 1]):
        # "Shares in Nordvik gained 3.9%", "Shares in Hídvizsgáló Nyrt fell 11%", "Turnout in the
        # by-election reached 52%": the noun before the phrase is the rate's (the shares, the
        # turnout; the phrase's last word was the head: "nyrt", "by-election", t13l F8); the
        # phrase's names are its owner, its other words (a place, a time) name nothing
        at = p - 1
        mods = [
            bare_word(w)
            for w in written[p + 1 : i + 1]
            if w[:1].isupper() and w.lower() not in MONTHS and w.lower() not in WEEKDAYS
        ]
    else:
        mods = [bare_word(w) for w in written[at + 1 : i + 1]]
    head = bare_word(before[at])
    j = at - 1
    while j >= 0 and len(mods) < 2 and not _percent_stop(before[j]):
        mods.insert(0, bare_word(written[j]))
        j -= 1
    if j >= 0 and before[j] in DISEASES:
        # a disease opening the rate's compound, past the two words kept ("Polio vaccination
        # coverage in Palloch"): what it is of, kept below
        mods.insert(0, bare_word(written[j]))
    # A name among the words before the head is whose rate it is ("Nordvik shares", "Japan's
    # inflation"): kept as a modifier, so two owners' rates are never a disagreement; other words
    # name it in the label only ("annual inflation" and "inflation" are one rate, compared).
    opening = text[sent[0] : fig.start].lstrip()
    # (a sentence's first word is a name when it is a possessive: "Sorvena's shares fell 23
    # percent" was "change in sorvena shares", t13n F27)
    names = [
        w[:1].isupper()
        and (
            not (k == 0 and j < 0 and opening.startswith(w))
            or opening.startswith((f"{w}'s ", f"{w}’s "))
            # "Nordair shares closed 4 per cent lower": a sentence's first word before shares is
            # their firm's name when the text never writes it in lower case (t13ad N9)
            or (head in SHARE_HEADS and _never_lower(text, w))
        )
        for k, w in enumerate(mods)
    ]
    if mods and mods[0].lower() in _RAISING and not names[0]:
        # "raise council tax by 4.99%", "cut fares by 5%": a verb that moves its object, right
        # before it, gives the object's change ("change in council tax", one row with "Council
        # tax will rise by almost 5%"; review s43-rv finding 16: rows "raise council tax" and
        # "percentage")
        mods, names, change = mods[1:], names[1:], True
    # (a disease is whose rate it is as a name is: polio's and measles' vaccination coverage in one
    # town are two measures, never one row in disagreement; s45-y2)
    names = [name or w.lower() in DISEASES for w, name in zip(mods, names)]
    owners = tuple(sorted(w.lower() for w, name in zip(mods, names) if name))
    named = " ".join([*(w if name else w.lower() for w, name in zip(mods, names)), head])
    if possessed is not None:
        # (keyed by the thing's noun, "unit", no owner: another thing's or the name's own shares
        # share no key with it)
        thing = f"{before[possessed - 1]} of {' '.join(written[possessed + 1 : i + 1])}"
        return bare_word(before[i]), ("change",) if change else (), f"change in {thing}" if change else thing
    if change:
        return head, (*owners, "change"), f"change in {named}"
    return head, owners, named


def resolve_share_owners(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` with a rate's owner written as a sentence's first word made a name where another
    figure of the story has it as one: "Geotekna shares lost 8.4%" (no way to tell "Geotekna" from
    a capitalised common word at a sentence's start: label "change in geotekna shares", no owner)
    is Geotekna's where another article's "Shares in Geotekna fell 8%" names it (t13ae P7, round
    s37-z2: the two were rows apart, 8% and 8.4% never compared). Owners are matched folded
    (:func:`~waic_reader.index.corpus.tokens.fold`); the label takes the name as the other figure
    writes it. Unchanged when no other figure names the word."""
    # (noun, folded owner) → the owner as written and as a modifier (lower case, as percent_subject
    # keys it)
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for f in figures:
        if f.kind == "percent" and f.head:
            for w in f.label.split():
                if w[:1].isupper() and w.lower() in f.modifiers:
                    names.setdefault((f.head, fold(w)), (w, w.lower()))
    if not names:
        return list(figures)
    out: list[FactValue] = []
    for f in figures:
        if f.kind == "percent" and f.head:
            words = f.label.split()
            found = [
                (k, names[(f.head, fold(w))])
                for k, w in enumerate(words)
                if w.islower() and (f.head, fold(w)) in names and w != f.head and w not in f.modifiers
            ]
            if found:
                for k, (name, _mod) in found:
                    words[k] = name
                change = ("change",) if "change" in f.modifiers else ()
                owners = tuple(sorted({*(m for m in f.modifiers if m != "change"), *(mod for _, (_n, mod) in found)}))
                f = replace(f, label=" ".join(words), modifiers=(*owners, *change))
        out.append(f)
    return out


# How far a whole percent may be from the value it was rounded from, in percentage points
PERCENT_ROUNDING = 0.5


def rounding_margin(number: str, value: float) -> float:
    """How far a percentage written as ``number`` ("52", "51.8", "4.45"), read as ``value``, may be
    from the value it was rounded from, in percentage points: half a unit of its last written digit,
    :data:`PERCENT_ROUNDING` for a whole percent, 0.05 for one decimal, 0.005 for two; a fraction in
    words ("four and a half percent": 4.5) is as precise as its decimal ("4.5%"), 0.05 (t13aj N7).
    The one rounding rule of every percentage, whatever it measures (a share of the vote, a
    turnout, a pay rise, inflation, a share price's move), symmetric (:func:`rounds_to`): a figure
    written with fewer digits is a rounding of one written with more when within half a unit of its
    last digit, "52%" of "51.8%" and of "52.5%", "53%" of "52.5%", "4.5%" of "4.45%"; two written
    to one precision are compared as written, "71%" and "72%" differ (review s39-rv finding 12,
    s42-rv finding 9; s43-rv finding 11: a decimal was exact, "52.5%" agreed with "53%" and not
    with "52%", "4.45%" disagreed with "4.5%")."""
    m = re.search(r"\d[.,](\d+)", number)
    if m is not None:
        return 0.5 * 10.0 ** -len(m.group(1))
    if value != int(value):
        # a fraction in words: to the digits its value needs ("and a half" 0.5 → one decimal)
        digits = len(repr(float(value)).split(".")[1].rstrip("0")) or 1
        return 0.5 * 10.0**-digits
    return PERCENT_ROUNDING


def rounds_to(coarse: float, margin: float, fine: float) -> bool:
    """Whether the percentage ``coarse``, written to the precision whose half unit is ``margin``
    (:func:`rounding_margin`, in percentage points), can be a rounding of ``fine`` (written with
    more digits): ``fine`` lies within ``margin`` of it, ends included, either side (52 of 51.8,
    51.5 and 52.5; not of 52.6)."""
    return abs(fine - coarse) <= margin * (1 + 1e-9)
