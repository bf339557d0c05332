"""Word lists shared by the analyses: stop words, number words, months, weekdays.

One list per concept for the whole engine (alignment, the fact sheet, the figure recogniser,
boilerplate detection and the entity recogniser read them from here). All entries are lower case;
compare with ``word.lower()``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Months: the one table, kept with how dates are written (the corpus layer reads it too).
from waic_reader.index.corpus import date_forms
from waic_reader.index.corpus.tokens import SCRIPT_LANGUAGES

# Function words: articles, pronouns, auxiliaries, prepositions, conjunctions, and the reporting
# verbs "said"/"says". Boilerplate detection measures a block's share of them (jusText's stop-word
# density), counting the contracted forms below too.
FUNCTION_WORDS = frozenset(
    """a about above according after again against all also am an and any are as at be because
    been before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in into
    is it its itself just me more most my myself no nor not now of off on once only or other our
    ours out over own said same says she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself""".split()
)
CONTRACTED_FUNCTION_WORDS = frozenset("it's he's she's they're we're".split())
# English prose has a third or so of its words among FUNCTION_WORDS (jusText's stop-word
# density); text in another language a few hundredths, text without spaces (Chinese) none.
ENGLISH_FUNCTION_SHARE = 0.15


# The words whose share tells English: the function words, their contracted forms too.
ENGLISH_MARKERS = FUNCTION_WORDS | CONTRACTED_FUNCTION_WORDS


def english_share(marked: float, total: float) -> bool:
    """The one test of whether text reads as English: ``marked`` of its ``total`` words (counts,
    or sums of per-block shares weighted by words) are :data:`ENGLISH_MARKERS`, a share of
    :data:`ENGLISH_FUNCTION_SHARE` or more. No words: not English."""
    return total > 0 and marked >= ENGLISH_FUNCTION_SHARE * total


def reads_english(words: list[str], least: int = 20) -> bool:
    """Whether lower-case ``words`` (a text's, in order) read as English prose
    (:func:`english_share`). Fewer than ``least`` words tell nothing and count as English."""
    if len(words) < least:
        return True
    return english_share(sum(1 for w in words if w in ENGLISH_MARKERS), len(words))


# Words that carry no topic: the function words and other common words that say nothing about
# what a sentence is about. Left out of alignment vectors, context bags and counted noun phrases.
STOP_WORDS = FUNCTION_WORDS | frozenset(
    """across along already amid among amongst another around back became become either else
    even ever every however include included includes including least less like many may might
    much must neither one ourselves per quite rather say since still though thus upon us via well
    whether whose within without yet yourselves""".split()
)

# Determiners: the articles, the possessive determiners and the demonstratives, the words that
# open a noun phrase before its noun ("the plant's workers", "its workforce", "this spokesman").
# One list for every reader that steps over them (facts' "of" phrases and counted nouns, quotes'
# "the spokesman said"); a predeterminer such as "all" is each reader's own.
DETERMINERS = frozenset("a an the its their his her our my your this that these those".split())

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}

# A share of one time span written before its unit: "half a century ago", "a quarter of a century
# ago", "a half-century ago", "three quarters of a decade" (issue #16, round s37-f2, t13ac M13: "half a century ago" was
# the DATE "a century ago" and, to the fact sheet, a hundred years). One pattern for the entity
# recogniser's DATE spans (entities/patterns.py) and the fact sheet's relative years
# (facts/extract.RELATIVE_YEAR), read by :func:`span_share`.
SPAN_SHARE = r"half\s+an?|an?\s+half|an?\s+quarter\s+of\s+an?|(?:three|3)[\s-]+quarters\s+of\s+an?"
# What stands between a share and its span: a space, or a hyphen after "half" ("a half-century ago")
SPAN_SHARE_GAP = r"(?:\s+|(?<=half)-)"
_SPAN_SHARES = (("half", 0.5), ("three", 0.75), ("3", 0.75), ("quarter", 0.25))


def span_share(words: str) -> float | None:
    """The share of one span that ``words`` (a :data:`SPAN_SHARE` match, any case) name: "half a"
    and "a half" 0.5, "a quarter of a" 0.25, "three quarters of a" 0.75; None for any other words."""
    if re.fullmatch(SPAN_SHARE, words.strip(), re.I) is None:
        return None
    low = words.lower()
    return next(share for word, share in _SPAN_SHARES if re.search(rf"\b{word}\b", low))


SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}

# Nouns a number counts without a plural "-s" ("40 crew", "12 police", "300 staff", "20 aircraft"):
# like a word in "-s" they end a counted noun phrase ("twenty people remain": "people").
UNMARKED_PLURALS = frozenset(
    """people persons men women children police staff crew personnel cattle livestock aircraft
    spacecraft sheep fish salmon trout cod deer swine poultry offspring clergy militia infantry cavalry artillery
    teeth feet geese mice lice oxen data media criteria phenomena bacteria alumni fungi nuclei
    cacti dice kin folk youth swiss""".split()
)
# Adjectives and participles news copy counts people by ("12 dead", "7 hurt", "5 missing",
# "3 arrested", "two died").
COUNTED_ADJECTIVES = frozenset(
    """dead hurt missing homeless elderly wounded injured killed died arrested detained rescued
    evacuated displaced drowned trapped stranded hospitalised hospitalized infected jailed
    sentenced charged deported""".split()
)

# Verbs that move a value up ("rose", "climbed", "raised") and down ("fell", "dropped", "cut"): the one
# list of each direction, read by CHANGE_VERBS and by a share price's move (facts.percent).
RISE_VERBS = frozenset(
    """rise rose risen rises rising climbed jumped grew increased surged soared raised gained added
    advanced rallied recovered climb climbs jumps grows increases surges soars""".split()
)
FALL_VERBS = frozenset(
    """fall fell fallen falls dropped decreased declined slid slipped slumped plunged tumbled dipped eased
    shrank cut lowered lost retreated sank drops decreases declines""".split()
)
# Verbs that move a value from one figure to another ("rose from 12 to 14", "fell to £1.8 bln from
# £2.1 bln", "revised the toll to 16"): one list for the figure reader (a "from X to Y" after one is
# a change, no range) and the fact sheet (the value after "from" is the one replaced): those of
# either direction and those of none ("edged", "went", "revised").
CHANGE_VERBS = RISE_VERBS | FALL_VERBS | frozenset("edged went revised".split())

# Craft people travel in, each noun with its plural: the one list of vehicles' nouns (s38-x1).
# Being on or in one is being aboard (facts.roles.CRAFT: "184 passengers and 6 crew were on the
# plane"); the aircraft's nouns are the generic nouns of a story's one plane (facts.things.KINDS:
# "the jet" is the plane); the nouns a firm's name runs ("a Ferolin train", "the Nordair jet") are
# cues of a firm to the names (entities.context: OPERATED_CRAFT, AIR_SERVICES).
CRAFT_PLURALS: dict[str, str] = {
    "plane": "planes",
    "aircraft": "aircraft",
    "airliner": "airliners",
    "jet": "jets",
    "flight": "flights",
    "helicopter": "helicopters",
    "ship": "ships",
    "vessel": "vessels",
    "boat": "boats",
    "ferry": "ferries",
    "tanker": "tankers",
    "freighter": "freighters",
    "train": "trains",
    "bus": "buses",
    "coach": "coaches",
}
# The nouns of a plane (the kind's own noun first): "the aircraft", "the airliner", "the jet".
AIRCRAFT_NOUNS: tuple[str, ...] = ("plane", "aircraft", "airliner", "jet")
# What an airline runs by name, after "the" too ("the Nordair flight"): its aircraft and flights.
AIR_SERVICES: tuple[str, ...] = (*AIRCRAFT_NOUNS, "flight")
# What an operator runs by name after "a" or a possessive ("a Ferolin train", "its Nordair ferry");
# after "the" a ground or water vehicle's word names a route or a vessel as often.
OPERATED_CRAFT: tuple[str, ...] = (*AIR_SERVICES, "train", "bus", "ferry")


def craft_forms(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """Every form of the craft ``nouns`` (keys of :data:`CRAFT_PLURALS`): each singular and its
    plural, in order, each once (("plane", "aircraft") → ("plane", "planes", "aircraft"))."""
    return tuple(dict.fromkeys(w for n in nouns for w in (n, CRAFT_PLURALS[n])))


# Words between a number and its counted noun saying its things are beside others ("Three other
# miners were killed", "two more people", "five further cases", "three fellow workers"): no part of
# the noun, which they never end (figures.noun_phrase; t13y G6). Those but "other" and "fellow" say
# how many were added, no total (facts.measures, facts.earlier: INCREMENT_WORDS).
BESIDE_WORDS = frozenset("other more further additional extra fellow".split())
INCREMENT_WORDS = frozenset("more further additional extra".split())

# Verbs that change a tally named as their object ("raising the toll from three", "lifting the death
# toll from six", "pushing the number of dead from eight"): with CHANGE_VERBS, what says the value
# after "from" is the one the article's own value replaced (facts.earlier). Kept apart from
# CHANGE_VERBS, whose words after a speech tag's comma read as its clause going on (quotes).
# (the present forms of raising and cutting verbs too, "increase its offer to", "cuts its budget
# to", "reduce the fare to": with CHANGE_VERBS the verbs setting a thing to a new level, read by
# facts.money_roles; review s42-rv finding 5)
TALLY_VERBS = frozenset(
    """raising raise raises lifting lifted lift lifts pushing pushed push pushes increase increases
    increasing cuts cutting reduce reduces reducing reduced lower lowers lowering""".split()
)

# The past forms of common irregular English verbs (the regular ones end in "-ed"), for the rules
# that ask whether a clause goes on with its verb ("Prices, analysts said, rose sharply",
# "The ferry, he said, sank in minutes": quotes.trailing._TAG_CLOSE, with CHANGE_VERBS).
IRREGULAR_PAST = frozenset(
    """began became bent broke brought built burnt came caught chose did drew drove fell felt fled
    flew forgot found froze gave got grew had heard held hid hit hung hurt kept knew laid led left
    let lit lost made meant met paid put ran rang rose said sank sat saw sent set shook shot shut
    slid sold spent split spread stood stole struck stuck swept swam swung took taught tore told
    thought threw understood went woke won wore wrote""".split()
)
# Those of them that are never a past participle ("went", "came", "rose"; not "paid", "lost",
# "sold", which are both): a clause's own verb wherever it stands ("€300,000 of it went to
# repairs"), never a participle modifying the noun before it ("€300,000 paid to contractors":
# quotes.speakers.Speakers.sum_object).
PAST_NOT_PARTICIPLE = frozenset(
    """began became broke came chose did drew drove fell flew forgot froze gave grew hid knew ran rang
    rose sank saw shook shrank stole swam took tore threw woke wore wrote went""".split()
)

MONTHS = date_forms.MONTHS  # lower case, January first
MONTH_ABBREVIATIONS = date_forms.MONTH_ABBREVIATIONS  # "sept" -> 9
MONTH_NUMBERS = date_forms.MONTH_NUMBERS  # name or abbreviation -> 1-12
WEEKDAYS: tuple[str, ...] = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
# The words that may follow a noun ending its noun phrase (lower case): a function word, a day, a
# word of time ("cuts and bruises", "on the bus when it crashed", "injuries on Tuesday", "on the
# plane yesterday"); read by facts.words.ends_noun_phrase, to which any other word after a noun but
# a participle is a noun it qualifies: "in the bus station" is in no bus, "needed water treatment
# plants" no treatment (review s37-rv findings 2, 15, round s37-y2).
NOUN_PHRASE_END = (
    STOP_WORDS
    | frozenset(WEEKDAYS)
    | frozenset("yesterday today tonight overnight last earlier later afterwards afterward".split())
)


# Scripts whose names and figures the analyses do not read (the entity recogniser, the figure
# recogniser and the quote reader read words of Latin-script text: no word of Chinese or Thai
# is a name or a figure to them), and the language each tells: an article written mostly in one
# is said "not analysed" by the entities, the matrix and the fact sheet instead of standing as
# an outlet that reported nothing (issue 13, t13n F19). The tokeniser's list of these scripts
# (one set of ranges), in the order tested: kana before Han, Hangul before Han.
UNREAD_SCRIPTS: tuple[tuple[str, str], ...] = SCRIPT_LANGUAGES
_UNREAD = [(language, re.compile(f"[{chars}]")) for language, chars in UNREAD_SCRIPTS]
_ANY_UNREAD = re.compile("[" + "".join(chars for _, chars in UNREAD_SCRIPTS) + "]")
NOT_ANALYSED_REASON = "names, figures and quotes are read in Latin-script text only"


def unread_language(text: str, sample: int = 4000) -> str | None:
    """The language ``text`` is written in when most of its letters (of its first ``sample``
    characters) are in a script the analyses do not read (:data:`UNREAD_SCRIPTS`): "Chinese",
    "Japanese" (any kana among the Han), "Korean", "Thai", …; None for text they read (a few
    Chinese words quoted in an English article among them)."""
    head = text[:sample]
    unread = _ANY_UNREAD.findall(head)
    if not unread:
        return None
    letters = sum(1 for ch in head if ch.isalpha())
    if len(unread) * 2 < letters:
        return None
    found = "".join(unread)
    for language, pattern in _UNREAD:
        # a script of its own language counted at a tenth or more of the unread letters
        # (Japanese writes kana between its Han; a Chinese text may quote a Japanese name)
        if len(pattern.findall(found)) * 10 >= len(found):
            return language
    return None


# Words that open a clause of its own inside a sentence ("… as 380,000 remain in the dark"; facts,
# and the figure reader's clause cut before a bare "degrees": "As temperatures fell, the wind …").
SUBORDINATORS = frozenset("as while when whereas although though because since after before but".split())

# English words ending in "-est" that are no superlatives: nouns and verbs ("since the arrest of",
# "the protest in the capital", "a harvest") and adjectives of their own ("modest", "honest"). A
# superlative is told by shape ("deadliest", "largest", "worst", "most violent"); shape alone read
# these as rankings (review s41-rv finding 14), so the closed class of such words is left out.
NOT_SUPERLATIVE_EST = frozenset(
    """arrest protest interest harvest forest contest request conquest inquest quest priest guest
    chest nest test west rest vest crest pest zest jest unrest manifest digest suggest invest attest
    detest infest molest bequest tempest modest honest earnest midwest northwest southwest everest
    retest pretest congest ingest divest""".split()
)
# A superlative, one word or "most"/"least" and its adjective (a regular-expression fragment, case
# as the caller's flags say): "worst", "best", "deadliest", "most violent"; never a word of
# :data:`NOT_SUPERLATIVE_EST`, nor "least" of "at least three" (a bound). The one shape facts read rankings by (a scope after a ranking, a
# year after "the largest … since").
SUPERLATIVE = (
    r"(?:worst|best|most\s+[a-z]+|(?<!\bat\s)least\s+[a-z]+|"
    rf"(?!(?:{'|'.join(sorted(NOT_SUPERLATIVE_EST))})\b)[a-z]{{3,}}est)"
)

# The words that negate or refuse a verb after them, with only modals, auxiliaries and "to" between
# (:data:`REFUSAL_GAP`): "will not pay", "won't pay", "refused to pay", "declined to contribute",
# "has never paid" give nothing (the fact sheet, t13z H3); "never said that …", "has not said how
# …", "declined to say" report nothing (quotes, round s47-q3).
REFUSALS = frozenset(
    """not never no cannot refuse refuses refused refusing decline declines declined declining
    reject rejects rejected rejecting""".split()
)
REFUSAL_GAP = frozenset("to will would could can shall should may might must do does did has have had be been".split())
# Adverbs a negation stands before, and a refusal's verb after: "has not yet pledged", "still has not
# paid", "has never actually paid", "has not so far contributed", "did not formally pledge" (review
# s35-rv item 10, round s35-y: counted as given). Any word in "-ly" too, but "only" ("has not only
# pledged … but") leaves the verb given.
# "longer" of "no longer" ("no longer says", "can no longer pay").
REFUSAL_ADVERBS = frozenset("yet ever actually so far already still now also even again longer".split())


def refused(words: Sequence[str], at: int) -> bool:
    """Whether the verb ``words[at]`` is negated or refused: the nearest word before it that is
    no :data:`REFUSAL_GAP` word nor an adverb (:data:`REFUSAL_ADVERBS`, a word in "-ly" but "only")
    is one of :data:`REFUSALS` or ends in "n't" ("wouldn't pay", "has not yet pledged")."""
    k = at - 1
    while k >= 0 and (
        words[k] in REFUSAL_GAP
        or words[k] in REFUSAL_ADVERBS
        or (words[k].endswith("ly") and words[k] != "only" and len(words[k]) > 4)
    ):
        k -= 1
    return k >= 0 and (words[k] in REFUSALS or words[k].endswith(("n't", "n’t")))
