"""The words, patterns and small readings the speaker look-ups share: labels that speak,
places, kin, ranks, offices, list and apposition shapes, a mention as :class:`Named`, a
body's description and a role's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from waic_reader.index.analysis.entities.gazetteer import capitals
from waic_reader.index.analysis.entities.lexicons import (
    DOTTED_TITLES,
    LEGAL_FORM_WORDS,
    LOWER_TITLES,
    TABLOID_TITLE,
    TITLE,
    kind_of_word,
    legal_form,
    title_kind,
)
from waic_reader.index.analysis.entities.words import given_word, is_title
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    WEEKDAYS,
)
from waic_reader.index.analysis.quotes.cues import (
    BODIES,
    FAMILY,
    FINITE_VERB,
    GROUPS,
    HABITUAL_TO,
    INSTITUTIONS,
    NEUTER,
    PRONOUNS,
    ROLES,
    SPEAKS_FOR_ORG,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    Speaker,
    and_body_name,
    pair_names,
)
from waic_reader.index.corpus.letters import CAP, LETTER, NAME_WORD
from waic_reader.index.corpus.tokens import fold

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# The entity recogniser's kinds of things that never speak: a capitalised run it typed as one of
# them is no unrecognised person's or organisation's name ("The owner of the container ship Sea
# Falcon, Brandt Lines, said": t13af N5, the ship's name was taken for a person's and spoke).
_THING_LABELS = frozenset({"PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
GROUP = "GROUP"  # the type of an unnamed group's speaker while attributing; never on a Quote
# A noun and a preposition of place right before a place: "Hospitals in", "shops across".
_LOCATED = re.compile(
    r"\b[^\W\d_]+s\s+(?:in|across|around|near|throughout)\s+(?:the\s+)?$"
    # "A rescuer from Asturias said": where the subject comes from, never who speaks (t13y G7)
    r"|\b[^\W\d_]+\s+from\s+(?:the\s+)?$",
    re.I,
)
_FROM_PLACE = re.compile(r"\b([^\W\d_][\w'’-]*)\s+from\s+(?:the\s+)?$")
# A noun and a preposition of place right before a place, the noun one person's when it is singular
# ("one pharmacist in Nantes", "a farmer near Tarnow": t13af N21, the town spoke; the person is
# where they are, as "Hospitals in Portmere" are, and speaks unnamed).
# A subject's head and what it is of, then the apposition naming it: "The owner of the container
# ship Sea Falcon, ", "the maker of the drone Sky Hawk, " (t13af N5: the thing's name, taken for a
# person's, spoke instead of the firm in apposition); group 1 the head's words.
_HEAD_OF = re.compile(
    r"\s*(?:the|a|an|its|their)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+[^,;:()\"“”]{1,80},\s*", re.I
)
_AT_PLACE = re.compile(r"\b([^\W\d_][\w'’-]*)\s+(?:in|near|outside|across|around|throughout)\s+(?:the\s+)?$")
# A singular noun in lower case and a preposition of place right before a place: the noun is the
# subject's head, the place where it is ("A family in Portland", "a charity near Lagos").
_SINGULAR_AT = re.compile(r"\b([a-z]+)\s+(?:in|near|outside|at)\s+(?:the\s+)?$")
_INSTITUTION_IN = re.compile(r"\b([a-z]+)\s+(?:in|near|outside)\s+(?:the\s+)?$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# An apostrophe between letters: a possessive's or a contraction's, no quotation mark.
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
_NAME_WORD = re.compile(rf"{NAME_WORD}|{CAP}{{2,}}")
# A run of word characters as ``\b`` bounds it: a word of these alone stands as a whole word in
# the text iff it is one of the text's runs (:meth:`Speakers._written_as`).
_RUN = re.compile(r"\w+")
_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")
# What may sit between a subject and its speech verb, read back from the verb one piece at a time
# (:meth:`Speakers.subject_end`): between commas, a relative clause (", who chairs the union,"),
# a participle's phrase (", speaking on Friday,"), a setting (", in a statement to parents,") or
# adverbs and time phrases (", however,", ", on Friday,"); with no commas, an adverb ("also",
# "repeatedly"), an auxiliary ("has", "will"), a setting ("in a statement") or a time phrase
# ("on Friday", "last week"). A time phrase is the entity recogniser's DATE mention (masked as
# _DATE_MARK before matching), with its preposition. Never a negation ("has not said" is no report)
# nor an apposition with a name ("The chairman, Jon Dahl, said": the name is the subject's).
# A possessive's ending right after a name ("Olsen's", "Vasseur’s").
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_DATE_MARK = "\x00"
_ADVERB = (
    r"(?:[a-z]+ly|also|later|then|too|again|now|still|already|once|previously|earlier|since|however|"
    r"meanwhile|though|instead|likewise|nonetheless|nevertheless|separately|in\s+turn|"
    r"for\s+(?:its|his|her|their|our)\s+part|in\s+(?:response|reply))"
)
# Not "should", "must", "could": "the council should insist that …", "could have said" are no report.
_MODAL = r"(?:will|would|did|does|do)"
_AUXILIARY = rf"(?:has|have|had|{_MODAL})"
_SETTING = (
    r"(?:in|on|at|through|via|during)\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|interview|letter|post|speech|release|filing|e-?mail|message|briefing|conference|hearing|"
    r"report|note|video|broadcast|tweet|blog|address|submission|podcast|website|meeting|session)s?"
    r"(?:\s+(?:issued|released|published|posted|sent|made))?"
)
_TIME = rf"(?:(?:on|in|at|during|over|since|until|by|early|late)\s+)?{_DATE_MARK}+(?:\s+(?:morning|afternoon|evening|night))?"
_ASIDE = rf"(?:{_ADVERB}|{_TIME})(?:\s+(?:{_ADVERB}|{_TIME}))*"
_LY_WORD = re.compile(r"[a-z]+ly")  # one lower-case word in "-ly": an adverb or a noun (ly_adverb)
# An aside on how the writer came by a document or account, between its subject and its verb
# ("The notification, seen by HealthWire, says …", "The letter, obtained by the Daily Courier,
# said …", "The report, according to Reuters, says …"): the outlet that saw it, never the speaker;
# the document says the words (issue #16, s50-q: HealthWire was). Participles of the press's
# access to a document (seen, obtained, reviewed, viewed, leaked, shared, shown, sent, passed)
# and "according to".
_SEEN_BY = (
    r"(?:(?:which|that)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:seen|obtained|reviewed|viewed|leaked|shared|shown|sent|passed|given)\s+(?:to|by)\b|according\s+to\b)"
)
_BETWEEN = re.compile(
    r"(?:,\s*(?:(?:who|whom|whose|which)\b[^,;]{0,80}"
    r"|(?:speaking|writing|asked|responding|replying|answering|testifying|appearing|commenting|reacting)\b[^,;]{0,80}"
    rf"|{_SEEN_BY}[^,;]{{0,80}}"
    rf"|{_SETTING}[^,;]{{0,60}}|{_ASIDE})\s*,\s*"
    rf"|(?<![\w'’-])(?:{_ADVERB}|{_AUXILIARY}|{_SETTING}|{_TIME})\s+"
    # "has" or "is" contracted onto the subject ("She's warned that …", "Lind's claimed …": a
    # possessive before a participle is no cue, recognise._attributive; s37-rv 10)
    r"|(?<=\w)['’]s\s+)$"
)
# An aside alone, opening a sentence before its subject ("In a statement, the council said …").
_ASIDE_ALONE = re.compile(rf"\s*(?:{_SETTING}[^,;]{{0,60}}|{_ASIDE})\s*", re.I)
# "will", "would" or "do" before a verb's base form, adverbs passed over ("will say", "would later add").
# ("used to", the habitual past, as "would": '"…," as my old professor used to say': t13at N4)
_MODAL_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_MODAL}|{HABITUAL_TO})\s+(?:{_ADVERB}\s+)*$")
# A word as written, contractions kept whole ("didn't", "won’t": a negation ends in "n't").
_SPELLED_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A mark no word holds (a comma, a quotation mark, a dash between spaces).
_NOT_A_WORD = re.compile(r"[^\w\s’'-]|\s[-–—]+\s")
# English negative pronouns a subject may be (the "no-" series of indefinite pronouns: "nobody",
# "no one", "none"): "Nobody has said when …" reports nothing said.
_NEGATIVE_SUBJECT = frozenset("nobody no-one noone none".split())
# Prepositions opening a noun's post-modifier ("nobody at the firm", "none of the officials",
# "no one in the government"; the simple English prepositions of place, part and membership,
# Quirk et al. 1985 §9.7) and how many words such a modifier may have before the verb.
_POST_MODIFIER_PREPOSITIONS = frozenset("at of from in on with within inside among across for".split())
_NEGATIVE_MODIFIER_WORDS = 6
# How far back "the spokesperson" looks for the "a … spokesperson" it takes up (a few paragraphs).
_TAKEN_UP = 1500
# The word right before a verb, adverbs passed over: "Police now say", "…, officials say".
_WORD_BEFORE_VERB = re.compile(rf"(?<![\w'’-])([A-Za-z]+)\s+(?:{_ADVERB}\s+)*$")
# A relative clause open before a verb: ", which the mayor " in "The council, which the mayor said".
# What may stand before a subject's name in its sentence: a description in commas, then title words.
_SUBJECT_LEAD = re.compile(r"(?:[^,;\"“”\n]{1,80},\s*)?(?:[\w.'’-]+\s+){0,3}")
# A verb after the name (past an apposition in commas): "Simões, 58, rejected", "Lund denied".
# "'s foreign ministry", "’s fire brigade": a possessive, up to three lower-case words, the noun.
_OWNED_BODY = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*))(?=\s|[,.;:]|$)")
# "'s chamber of commerce", "’s board of trustees": a possessive, a noun phrase in lower case and
# its "of" phrase; group 2 is the head noun (before "of").
_OWNED_PHRASE = re.compile(
    r"['’]s\s+((?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)(?:\s+(?:of|for)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)"
    r"(?=\s*(?:[,.;:]|$))"
)
# A determiner, then an owner's capitalised name (one or two words) right before another name
# (:meth:`Speakers._owner_of_product`: "A Nordair Airbus", "the Nordbahn Siemens train").
_OWNER_BEFORE = re.compile(rf"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+((?:{NAME_WORD}\s+){{1,2}})$")
# The end of a sentence (or a line, a paragraph, a dateline's dash) right before a word: the
# word opens its sentence.
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?:]['\"”’)]*|\n|\s[-–—])\s*$")
# "Stavenholm airport", "Bergen city council": a place's name, then up to three lower-case words
# (:meth:`Speakers._place_institution`); group 2 the noun.
_PLACE_NOUN = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))(?=\s|[,.;:]|$)")
# A spokesperson's or an official's phrase up to its preposition, right before a place's name: "a
# spokesperson for ", "Senior officials at " (what follows is what they speak for); or a
# determiner alone.
_SPOKEN_FOR_BEFORE = re.compile(
    r"\s*(?:(?:the|a|an|one)\s+)?(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(SPEAKS_FOR_ORG, key=len, reverse=True))
    + r")\s+(?:for|of|at|from)\s+",
    re.I,
)
_DETERMINER_ONLY = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.I)
# One to three lower-case words after a name closing the subject (a trailing comma or space
# passed over): "coroner", "chief medical examiner", "officials"; group 1 the words.
_HEAD_AFTER_NAME = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)[\s,]*")
# "the county", "The province": a definite description of a kind of place as the whole subject.
_THE_PLACE_KIND = re.compile(r"[\s,]*[Tt]he\s+([a-z]+)[\s,]*")
# How far after an office spoken of its holder's titled name is looked for (a few sentences).
_ROLE_AHEAD = 600
# "Portuguese media", "Polish state officials": a nationality, then up to three lower-case words.
_NATION_NOUN = re.compile(r"(\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))(?=\s|[,.;:]|$)")
# A nation's representatives abroad or at talks speak as the nation ("China's delegation said").
_NATION_VOICES = frozenset({"delegation", "delegations", "delegates", "negotiator", "negotiators", "envoy", "envoys"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_SUBJECT_VERB = re.compile(r"(?:,[^,;\"“”\n]{1,120},|,(?=\s))?\s+([a-z][\w'’-]*)")
# A sentence that only introduces the person named first in it, no verb after the name: an age or
# an apposition in commas, then the sentence's stop ("Witness Karen Dolby, 34.", "Resident Ana
# Paz, a nurse at the clinic."): a pronoun after it stands for that person (t13u F4).
_FRAGMENT_AFTER = re.compile(r"(?:\s*,[^;:\"“”\n.!?]{1,80})?\s*[.!?](?=\s|$)")
# An unnamed person a pronoun may stand for (:meth:`Speakers._unnamed_subject`): where the phrase
# may open (a sentence's or paragraph's start, or a comma before a trailing speech tag), the words
# opening it ("his daughter", "One patient", "A nurse", "the spokeswoman"), a word of it ("82-year-old"
# too), and how far before a pronoun it is looked for when no named person is.
# (any full stop: a title's, "Dr. Lund", opens no such phrase)
_UNNAMED_AT = re.compile(r"[.!?]['\"”’]?\s+|\n\s*|,\s+")
_UNNAMED_OPEN = frozenset("a an one another the this that his her their its our my".split())
_TOKEN = re.compile(r"\w[\w'’-]*")
_UNNAMED_REACH = 600
# A name in apposition to the phrase before it: after a comma and up to three lower-case title
# words ("…, Gul Rahman", "…, deputy Olga X"), not after a subordinate clause's word (", where
# Varnholt had spoken": a clause of its own; :meth:`Speakers._unnamed_subject`).
_APPOSED = re.compile(
    r",\s*(?!(?:where|when|while|as|after|before|because|although|though|since|until|who|whom|whose|which|that)\b)"
    r"(?:[a-z][\w'’-]*\s+){0,3}$"
)
# A sentence's break: its stop and the space after it, or a line break (:meth:`Speakers._sentence_floor`).
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’]?\s+|\n\s*")
# A listener's place: right after "told" or "tells" ("she told the Echo").
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|tell)\s+(?:the\s+)?$", re.I)
# What may stand between a verb and the sum that is its object (:meth:`Speakers.sum_object`): a
# quantifier or an article ("at least", "a further", "another").
_SUM_LEAD = re.compile(
    r"\s+(?:(?:a|an|another|further|at|least|most|up|to|nearly|almost|about|around|some|more|less|than"
    r"|over|under|just|only|roughly|approximately)\s+)*",
    re.I,
)
# A clause going on right after a sum, the sum its subject (:meth:`Speakers.sum_object`): an "of"
# phrase naming the whole it is a part of (a pronoun, or a determiner and one or two words: "of it",
# "of the fund", "of their savings"), then the clause's finite verb ("€300,000 of it went to
# repairs", "$2 million vanished", "£40,000 of the fund was used"). Group 1 is the verb.
_SUM_CLAUSE = re.compile(
    r"(?:\s+of\s+(?:it|them|this|that|these|those"
    r"|(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those)(?:\s+[\w'’-]+){1,2}))?"
    rf"\s+{FINITE_VERB}"
)
# What may follow a verb form that can be a participle ("paid", "owed", "lost") when it modifies the
# sum before it, the sum still the object: "demanded €50,000 owed to each family", "claimed £2m
# raised by donors", "pledged $1m earmarked for schools", "£300,000 lost in the flood".
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:by|to|for|as|in|on)\b")
_RELATIVE_OPEN = re.compile(r"(?:^|,)\s*(?:who|whom|whose|which)\b([^,;]*)$")
# A restrictive relative clause's pronoun after a subject's last word: "The nurse who insists …".
_RESTRICTIVE = re.compile(r"(?<=[\w'’])\s+(?:who|that|which)\s+")
_NAME_RUN = re.compile(rf"\b{NAME_WORD}(?:\s{NAME_WORD}){{1,2}}\b")
_WORD_BEFORE = re.compile(rf"\b({LETTER}+)\s+$")
# A surname alone as a whole subject, first in its clause ("Dahl, ...") or last ("Meanwhile, Dahl").
_LONE_FIRST = re.compile(rf"\s*({NAME_WORD})\s*(?:,|$)")
_LONE_LAST = re.compile(rf"(?:^\s*|,\s+)({NAME_WORD})\s*$")
_CALENDAR = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))
# A common-noun subject (:meth:`Speakers._noun_phrase`): its opening determiner or quantifier, its
# lower-case words (a possessive "fishermen's" too), words that are no noun heading it, and the
# words that may open the clause it is the subject of.
# (a person counted "one" or "another" too: "One witness said", "another engineer said"; t13ab L10)
# The writer's own "my", "our" (a reader's comment: "My cousin in Marrow Point says") open a
# phrase for someone the article never names: the phrase as written (t13av N8).
_NP_OPEN = frozenset(
    "the a an one another some many several most few all both other two three four five my our".split()
)
_COMMON_NOUN = re.compile(r"[a-z][a-z-]*(?:['’]s?)?")
_NOT_HEAD = (
    frozenset(
        """the a an some many several most few all both other this that these those it he she they we
    who whom whose which what when where while as and or but nor not no also then there here one
    ones others could should must might may can cannot shall would will did
    does do has have had is was were are be been being never just only even yet into about over under
    after before since during without through against between across among""".split()
    )
    | frozenset("of in at for from on by with and or but as to said says told yesterday today tonight".split())
    | frozenset(PRONOUNS)
    | frozenset(NEUTER)
    | frozenset(SPEAKS_FOR_ORG)
    # "the company", "the paper": the organisation the article is about, resolved as before
    | (INSTITUTIONS - BODIES)
)
_CLAUSE_OPEN = frozenset(
    "that which and but while whereas as because although though when after before since so where if yet or".split()
)
# A part of a group before its noun phrase: "Most of the families", "some of the workers".
_PART_OF = re.compile(
    r"(?<![\w'’-])(?:one|most|many|some|all|several|few|both|none|two|three|four|five)\s+of\s+$", re.I
)
# Prepositions of place after a bare plural subject ("Fishermen in the harbour said"; not "of":
# "The mother of three says", "Most of the families who …" are no place).
# The end of a sentence and the space after it (:meth:`Speakers._identified_next`).
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+")
# A name's apposition of age or description: ", 34,", ", a jumbo operator", ", the mine's …".
# The casualty measures (:data:`facts.words.CASUALTY`) of people who cannot have spoken since.
_SILENT_CASUALTIES = frozenset(("death", "missing"))
_APPOSED_AFTER = re.compile(r"\s*,\s*(?:\d{1,3}\s*,|(?:an?|the)\s+\w)")
_PLACE_PREPOSITIONS = frozenset("in on at near along by aboard across around outside inside from".split())
# Prepositions of a place only, never of membership: "Farmers on the eastern bank", "Anglers along
# the bank" stand by a river bank, where "Analysts at the bank" work for one (t13l F3: the group
# was credited to the firm named before, the river bank read as "the bank").
_ALONG = frozenset("on near along by across around outside aboard".split())


# Nouns for a group of people that take a plural verb without a plural's form ("Crew said",
# "Staff said": were a PERSON "Crew", t13k F15).
_COLLECTIVES = frozenset("crew staff police personnel".split())


def _plural(word: str) -> bool:
    """Whether a lower-case noun reads as a plural ("workers", "fishermen", "people", "children",
    "townsfolk", "crew")."""
    return (
        (word.endswith("s") and not word.endswith(("ss", "us", "is")))
        or word.endswith(("men", "people", "children", "folk"))
        or word in _COLLECTIVES
    )


# A family or household as the whole subject (:meth:`Speakers._family`; t13m F4): by its surname
# ("the Gyenes family", "the Horvath brothers"), someone's ("Tamás Gyenes's family", "his
# family") or of someone ("the family of Tamás Gyenes", "relatives of Anna Fekete").
_KIN = "(?:" + "|".join(sorted(FAMILY, key=len, reverse=True)) + r")(?:\s+members?)?"
_FAMILY_PATTERN = (
    rf"(?:(?i:the|a|an)\s+)?(?:{NAME_WORD}\s+){{1,3}}{_KIN}"
    rf"|(?:{NAME_WORD}\s+){{0,2}}{NAME_WORD}(?:['’]s|['’])\s+(?:[a-z]+\s+)?{_KIN}"
    rf"|(?i:his|her|their)\s+(?:[a-z]+\s+)?{_KIN}"
    rf"|(?:(?i:the|a|an)\s+)?(?i:{_KIN})\s+of\s+(?:the\s+late\s+)?(?:{NAME_WORD}\s+){{0,2}}{NAME_WORD}"
)
_FAMILY_FIRST = re.compile(rf"\s*(?:{_FAMILY_PATTERN})")
_FAMILY_LAST = re.compile(rf"(?<![\w'’-])(?:{_FAMILY_PATTERN})\s*$")
# Before a group noun: words dropped from the group's name ("the officials", "several witnesses"),
# words that make it someone's ("its spokesman": resolved as before), words that end its phrase.
_GROUP_DROP = frozenset("the a an some several many other".split())
_POSSESSIVE = frozenset({"its", "his", "her", "their", "our", "my", "your"})
# "a"/"an" before a noun: one of many ("a guard said"), never a body named by the noun.
_INDEFINITE = frozenset({"a", "an"})


def _introduces(word: str) -> bool:
    """Whether ``word``, right before a run of capitalised words, introduces a person by their
    role: a role of :data:`cues.ROLES`, a job word of the entity recogniser
    (:data:`lexicons.LOWER_TITLES`: "accountant", "survivor") or a title of its one title lexicon
    in lower case, tabloid titles included (:func:`lexicons.title_kind`: "boss", "tycoon"; the
    address words, "Don", "Mar", open names, never a role). t13aq N21: "AlpenRail boss Torvald
    Ødegaard has arrived. He told reporters …" lost the words (no one for "He")."""
    low = word.lower()
    if low in ROLES or low in LOWER_TITLES:
        return True
    return word.islower() and title_kind(word.capitalize()) in (TITLE, TABLOID_TITLE)


def _job_word(word: str) -> bool:
    """Whether ``word`` names a person's job or title too (:data:`cues.ROLES`,
    :data:`merge.TITLE_WORDS`: "guard", "warden"): alone it describes a person, not a body."""
    return word in ROLES or word in TITLE_WORDS


_GROUP_STOP = frozenset("of in at for from on by with and or but as to said says told yesterday today tonight".split())
# The words of an unnamed spokesperson's phrase up to the body's name it speaks for, the subject's
# start to the name: "A spokesman for ", "said a senior spokeswoman for the ", ", a spokesperson
# at " (officials are a group, not one spokesperson: :meth:`Speakers._group`).
# Group "mod" is the word before the noun ("senior", "chief"; "ex" of "ex-spokesman"): a former
# one (:data:`_FORMER`) speaks for the body no more (review s39-rv, 7).
_SPOKESPERSON_FOR = re.compile(
    r"[\s,]*(?:(?:the|a|an|one)\s+)?(?:(?P<mod>\w+(?:-\w+)*)(?:\s+|-))?(?:spokesman|spokeswoman|spokesperson)\s+"
    r"(?:for|of|at)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# The same spokesperson with the body's name as a modifier before the noun, in either of its
# forms, acronym or full name ("a KVH spokesperson said", "an HPA spokesman said", "a Harwick
# Port Authority spokeswoman said"; issue #16, s50-q: it was the body's own words): the words
# before the name (a determiner, a modifier: "former") and after it (the noun closing the subject).
_SPOKESPERSON_BEFORE = re.compile(r"[\s,]*(?:(?:the|a|an|one)\s+)?(?:(?P<mod>\w+(?:-\w+)*)\s+)?", re.IGNORECASE)
_SPOKESPERSON_AFTER = re.compile(
    r"\s+(?:(?P<mod>\w+(?:-\w+)*)\s+)?(?:spokesman|spokeswoman|spokesperson)[\s,]*", re.IGNORECASE
)
# A body's officer by its possessive and role as the whole subject (:meth:`Speakers._owned_role`):
# "its chief executive", "the group's finance director", "their chairman"; a time or a comma may
# close it ("its chief executive said on Tuesday" is cut before "on").
# ("their" is left out: it stands for people as often, "their lawyer".)
_OWNED_ROLE = re.compile(
    r"[\s,]*(?:[Ii]ts|(?:[Tt]he\s+)?(?P<noun>[a-z]+)['’]s)\s+"
    r"(?P<role>(?:[a-z-]+\s+){0,2}[a-z-]+)[\s,]*"
)
# The offices one person holds at a body, the head word of such a role: the officers of a company
# (UK Companies Act 2006 s. 1173: director, manager, secretary; US corporate officers: chief
# executive, president, treasurer, chair) and the heads of public bodies, schools and charities
# (governor, commissioner, chancellor, principal, founder, head). Not a job many hold ("its pilot",
# "the hospital's doctors": staff, read as before).
_OFFICES = frozenset(
    """executive ceo chief chairman chairwoman chair chairperson president director secretary
    treasurer manager founder head governor commissioner chancellor principal""".split()
)
# Words before an office that make it another office ("deputy mayor", "vice president", "acting
# governor"): the ranks of English official titles (deputy, vice, assistant, associate, acting,
# interim, junior, shadow, under-, lieutenant as in "lieutenant governor"), and the former
# holder (:data:`_FORMER`'s "former", "ex"), who holds the office no longer.
# The "and" joining two people's names as one subject, titles or a role between ("Mr Smith and Mrs
# Jones", "Garvey and her deputy Reyk"): read by :meth:`Speakers._titles_only`.
_ADDRESS_TITLES = frozenset("mr mrs ms miss dr prof sir lord dame lady madam".split())
_PAIR_JOIN = re.compile(r"\s+and\s+(?:[\w.'’]+\s+){0,4}")
# Between two names of a list: a comma, up to four title or role words ("Ana Cruz, Mayor Ben
# Ortiz"); group 1 the "and" after a serial comma ("…, and Carla Diaz").
_LIST_COMMA = re.compile(r",\s+(and\s+)?(?:[\w.'’]+\s+){0,4}")
# The last name of a list after "and", capitalised words the recogniser did not give ("the Red
# Cross and Caritas"), to the end of the subject (:meth:`Speakers._name_list`).
_LIST_LAST = re.compile(
    rf",?\s+and\s+(?:the\s+)?(?P<name>(?:{_NAME_WORD.pattern})(?:\s+(?:{_NAME_WORD.pattern})){{0,3}})[\s,]*"
)
# Words opening a speech verb's setting or time after its speaker ("said Shell on Monday", "… in
# a joint statement"): read by ``recognise._SETTING_AFTER`` and :data:`LIST_CLOSED`.
SETTING_WORDS = r"(?:in|on|at|during|via|through|late|early|last|this|yesterday|today)\b"
# What may follow the last name of a list after a cue ("said Cruz, Ortiz and Diaz on Monday."):
# the sentence's end (a closing quotation mark or bracket), a comma (an apposition) or the verb's
# setting; a clause's verb there ("said Shell, and BP followed with …") makes the last name that
# clause's subject, no member of the list (review s48-rv finding 12).
LIST_CLOSED = re.compile(rf"[\s\"”’)]*(?:[.!?;,]|$)|\s+(?={SETTING_WORDS})")
# A preposition and the determiner that may open the list of names it governs
# (:meth:`Speakers._listed_object`): the places or bodies of a phrase, never its speakers.
_PREP_LIST = re.compile(r"\b(?:in|of|from|at|across|around|near|for|by|with)\s+(?:the\s+)?(?=[^\W\d_])")
_RANKS = frozenset("deputy vice assistant associate acting interim junior shadow under lieutenant former ex".split())
_FORMER = frozenset("former ex one-time onetime erstwhile then past retired previous sacked ousted".split())
# Lower-case nouns ending the body's phrase after its name, up to the subject's end ("a spokesman
# for Ghent police said", "… for Tromsø harbour said"): the body is the whole phrase, not the place.
_NOT_NOUNS = frozenset("later earlier still yesterday today tonight again already now once first".split())
_BODY_TAIL = re.compile(r"((?:\s+[a-z][a-z-]*){1,3})[\s,]*")
_SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPEAKS_FOR = frozenset("of for at from with".split())
_TITLE_WORDS = 6  # the longest capitalised title before a trailing speaker's name  # "a spokesperson for X": X's
# A title with its determiner and a comma before its holder's name, after a speech verb ("said
# the spokeswoman, Anna Fekete", "said the hospital's director, Gábor Nagy", "said a spokesman,
# X Y", "said the Chief Fire Officer, X Y"): up to six words, the last the title's head
# (:meth:`Speakers.titled`). The determiner is capitalised when the title opens its sentence as the
# subject ("The company's chief executive, X Y, said …", "Its spokeswoman, X Y, told …": t13x F6).
# An owner's name in the possessive stands for the determiner ("Nordair's chief executive, X Y,
# said …", "according to Brennfeld Rail's spokeswoman, X Y,": t13ad N7, unattributed with the
# subject as its words): up to four capitalised words, the last with "'s", opening the title.
_TITLE_THEN_NAME = re.compile(
    rf"\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)\s+"
    rf"|(?=(?:{CAP}[\w-]*\s+){{0,3}}{CAP}[\w-]*['’]s\s))"
    rf"((?:{LETTER}[\w'’-]*\s+){{0,5}}?{LETTER}[\w'’-]*)\s*,\s*"
)
# An apposition closing a span, between a subject and its verb: "Ueda, the harbour master, said"
# (the quote reader's too: recognise.py).
CLOSING_APPOSITION = re.compile(r",\s*(?:the|a|an|who|whose|which|its|his|her|their)\b[^,;]{0,80},\s*$", re.I)
# An apposition naming the subject by its relation to someone, closing it: ", Dean's barrister,",
# ", Halvard's chairman,"; or by whom the subject acts for: ", for Dean,", ", representing the
# family," (a counsel's or an agent's; review s43-rv 14: "Shaw, for Dean, said" was the client's).
# The subject is the name before it.
_OWNER_APPOSITION = re.compile(
    r",\s*(?:(?:[\w.-]+\s+){0,3}[\w.-]+['’]s?\s+|(?:for|representing|on\s+behalf\s+of)\s+)[^,;]{1,60},\s*$"
)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lord|Dame|Lady|Madam)\.?\s+$")
# Capitalised words that start a name run but are not names (sentence openers, titles).
_NOT_NAME = frozenset(
    """The A An This That These Those It He She They We I His Her Its Their Our In On At For From
    By With As But And Or If When While After Before During Under Over Mr Mrs Ms Miss Dr Prof
    Sir Lord Dame Lady Madam Asked Speaking According Meanwhile However Earlier Later""".split()
)


def _capital(name: str) -> bool:
    """Whether ``name`` is a country's capital (:func:`gazetteer.capitals`) and no given name
    (:func:`words.given_word`: '"We are ready," Sofia said.' is a woman's words, not Bulgaria's;
    s37-rv 17: capitals() leaves out only the given names of its own list)."""
    return fold(name) in capitals() and not given_word(name)


def _unnamed(word: str) -> bool:
    """Whether ``word`` (lower case), ending a subject, makes it an unnamed speaker of its own:
    a group or person ("officials", "a spokesperson") or a public body ("the regional council")."""
    return word in GROUPS or word in BODIES


def _title_only(words: Sequence[str]) -> bool:
    """Whether capitalised ``words`` are a title alone, possessive or not ("Prime Minister's",
    "Interior Minister", "Deputy Mayor's"): title words (:func:`is_title`) ending in a core title
    word, no name of anyone or anything."""
    bare = [w.removesuffix("'s").removesuffix("’s") for w in words]
    return all(is_title(w)[0] for w in bare) and is_title(bare[-1])[1]


def _possessive(word: str) -> bool:
    """Whether ``word`` ends in a possessive "'s" (either apostrophe) after a word of its own."""
    return len(word) > 2 and word[-2:] in ("'s", "’s")


def _owner(word: str, low: str) -> bool:
    """Whether a possessive word (``word`` as written, ``low`` without "'s") makes a subject
    someone's: a name ("Nordsea's officials") or an institution or role ("the company's
    officials"); a common noun describes the subject ("the fishermen's association")."""
    return word[:1].isupper() or low in INSTITUTIONS or low in ROLES


def _office_of_role(word: str, low: str) -> bool:
    """Whether a possessive ``word`` (``low`` without "'s") is a role in lower case owning an
    office or a spokesperson ("the governor's office", "the mayor's office", "the minister's
    spokesman"): the office speaks as written, unattributed, as "the sheriff's office" does (round
    s48-q3: no role holder resolves such a subject, so the quote was dropped). A name or an
    institution ("the company's officials") is someone's as before."""
    return word[:1].islower() and low in ROLES and low not in INSTITUTIONS


def described_only(speaker: Speaker) -> bool:
    """Whether ``speaker`` is a common-noun subject (:meth:`Speakers._noun_phrase`) naming no kind
    of speaker the cue lexicons know: no group, body, role or title ("The revised plan", "A
    prelaunch check", as against "The fire service", "Some workers", "The county governor"). Such
    a subject reports words only with a verb of saying or "that" ("The plan added $300 million"
    is no report)."""
    if speaker.type != GROUP:
        return False
    head = speaker.name.split()[-1].lower()
    one = head.removesuffix("s")
    return not any(
        w in GROUPS or w in BODIES or w in INSTITUTIONS or w in ROLES or w in TITLE_WORDS or _body(w)
        for w in (head, one)
    )


def body_description(name: str) -> str | None:
    """The lower-case words of an unnamed group's ``name`` (a ``GROUP`` speaker's) when it
    describes a public body or an organisation by its noun, its determiner dropped: "Coast guard"
    -> "coast guard", "The ministry" -> "ministry", "Police" -> "police", "The provincial
    government" -> "provincial government" (the noun a body's: :func:`_body`, :data:`cues.INSTITUTIONS`).
    None for people and groups of people ("Officials", "Witnesses", "Fishermen in the harbour"),
    an owner's ("Its spokesman") or a phrase holding anything but lower-case words. The corpus
    grouping credits such a description to the one body of the corpus it names
    (:func:`merge.described_speakers`; round s47-q). None too for an indefinite phrase ("a
    guard", "an agency": one of many) and for a job word that is also a body's noun standing alone
    ("the guard": a person; "the coast guard" is a body's; :mod:`bodies`)."""
    words = name.lower().split()
    if words and words[0] in _INDEFINITE:
        return None  # "a guard said": one of many, never the body (review s47-rv finding 7)
    while words and words[0] in _GROUP_DROP:
        words = words[1:]
    if not words or len(words) > 4:
        return None
    head = words[-1]
    if not (_body(head) or head in INSTITUTIONS):
        return None
    if len(words) == 1 and _job_word(head):
        return None  # "the guard": a person's job alone, no "coast guard" (review s47-rv finding 7)
    # a possessive noun may modify the head ("the sheriff's office", "the governor's office": the
    # office's holder names it; round s48-q2, t13ap N10), a possessive pronoun never
    if any(
        (
            re.fullmatch(r"[a-z][a-z-]*", w) is None
            and (k == len(words) - 1 or re.fullmatch(r"[a-z][a-z-]*['’]s", w) is None)
        )
        or w in FUNCTION_WORDS
        or w in _POSSESSIVE
        for k, w in enumerate(words)
    ):
        return None
    return " ".join(words)


def _name_keys(name: str) -> set[str]:
    """The lower-case words of an organisation's ``name`` and each two adjacent ones written
    closed ("Philippine Coast Guard": "philippine", "coast", "guard", "philippinecoast",
    "coastguard"): what a description's head is looked up by (:func:`bodies.head_keys`)."""
    words = name.lower().split()
    return {*words, *(a + b for a, b in zip(words, words[1:], strict=False))}


# The plural of a kind before a list of names (:meth:`Speakers.kind_list`: "Oil firms Shell, BP
# and Eni"): one to three words, the last ending in "s", then a capitalised word.
_KIND_BEFORE_LIST = re.compile(rf"\s*(?P<kind>(?:[A-Za-z][a-z-]*\s+){{0,2}}[A-Za-z][a-z-]*s)\s+(?={CAP})")
# One member of a list of names: capitalised words, "of", "and", "&", "the" joining them.
_MEMBER = re.compile(rf"{CAP}[\w'’.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*{CAP}[\w'’.&-]*)*")


def _comma_list(text: str, whole: Callable[[str], bool]) -> list[str] | None:
    """The members of ``text`` read as a list of names "A, B and C" (or "A and B"; a comma before
    "and" too), each kept whole, split as :func:`model.pair_names` splits a list (a member holding
    "and", "Marks and Spencer", stays one; ``whole``: the article's mentions), or None when
    ``text`` is no such list: a member not capitalised words, or a pair with no comma that
    ``whole`` does not name part by part ("Marks and Spencer" alone is one name)."""
    text = " ".join(text.split()).strip(" ,")
    if re.search(r"\band\b", text) is None:
        return None
    members = pair_names(text, whole)
    if "," not in text and not (len(members) == 2 and all(whole(m) for m in members)):
        return None
    if len(members) < 2 or not all(_MEMBER.fullmatch(c) for c in members):
        return None
    return members


def _written_list(members: list[str]) -> str:
    """``members`` written as a list: "A, B and C"."""
    return f"{', '.join(members[:-1])} and {members[-1]}"


# A place's officials as a whole subject (:meth:`Speakers._place_officials`): "Oslo officials",
# "the Tamsin County officials", "Oslo city officials", "officials in Oslo", "Officials of the
# City of Oslo"; group "before" or "after" the place's capitalised words (up to four, "of" inside).
# Levels of government written before "officials" ("city officials", "Federal officials"): words
# of the kind (the levels in the US/UK/EU style guides' "federal, state, county, city, local"
# list), never a place's own name.
_GOVERNMENT_LEVELS = frozenset(
    "city state county local municipal regional federal national provincial district town village".split()
)
_PLACE_NAME = rf"{CAP}[\w'’.-]*(?:\s+(?:of\s+)?{CAP}[\w'’.-]*){{0,3}}"
_PLACE_OFFICIALS = re.compile(
    rf"\s*(?:(?:the|The)\s+)?(?P<before>{_PLACE_NAME})\s+(?:(?:city|state|county|local|municipal|regional)\s+)?"
    rf"officials?\s*"
    rf"|\s*(?:[Tt]he\s+)?[Oo]fficials?\s+(?:in|of|for)\s+(?:the\s+)?(?P<after>{_PLACE_NAME})\s*"
)


def _words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _body(word: str) -> bool:
    """Whether a lower-case word names a body of people as the entity recogniser reads an
    organisation's last word ("police", "hospitals", "army"; :func:`kind_of_word`)."""
    return kind_of_word(word.capitalize()) == "ORG"


# Nouns that stand for a firm only: "the company", "the firm".
_FIRM_NOUNS = frozenset({"company", "firm"})
# Words before an institution's noun that describe the one already spoken of, never another kind
# of institution ("the same bank", "the new group", "the combined company").
_SAME_ONE = frozenset("same new old whole entire former other own combined merged".split())


def _firm_like(name: str) -> bool:
    """Whether an organisation's name may be a firm's: one ending in a legal form, or one holding
    no public body's word ("Public Prosecutor's Office", "Supreme Court", "Environment Agency",
    "State Police" are not; cues.BODIES, police, prosecutor)."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()]
    if words and legal_form(name.rsplit(maxsplit=1)[-1]):
        return True
    return not any(w in BODIES or w in _PUBLIC_WORDS for w in words)


def _legal_name(name: str) -> bool:
    """Whether an organisation's name ends in a firm's legal form, abbreviated or spelt out
    ("Ostrander Gold Corp", "Ostrander Gold Corporation": :data:`lexicons.LEGAL_FORM_WORDS`)."""
    words = name.split()
    return bool(words) and (legal_form(words[-1]) or words[-1].lower().rstrip(".,") in LEGAL_FORM_WORDS)


def _legal_over(leader: Speaker, other: Speaker) -> bool:
    """Whether ``leader``, named as often as ``other``, stays "the company" over it: its name ends
    in a legal form and ``other``'s does not (:meth:`Speakers._org_line`)."""
    return _legal_name(leader.name) and not _legal_name(other.name)


def _calendar_name(name: str) -> bool:
    """Whether an organisation's name is only a day's or a month's ("Saturday", which the
    recogniser may type ORG): never a body a description ("the company") stands for (t13au N7)."""
    words = name.lower().split()
    return bool(words) and all(w in _CALENDAR for w in words)


_PUBLIC_WORDS = frozenset({"police", "prosecutor", "prosecutors", "ombudsman", "parliament", "army", "navy"})


# The words joining two parts of one place's name in its own language ("Castilla y León",
# "Trás-os-Montes e Alto Douro", "Baden und Württemberg"): Spanish, Portuguese/Italian, Catalan,
# German and French "and". Never English "and", which joins the names of a list as often ("Reyes
# and Santos said": two people).
_PLACE_JOINS = "y|e|i|und|et"
# A capitalised word (or two) and a join right before a place's mention: the mention is the last
# part of a longer name the article writes.
_PLACE_FIRST_PART = re.compile(rf"(?<![\w'’-])({CAP}{LETTER}*(?:[ -]{CAP}{LETTER}*)?)\s+(?:{_PLACE_JOINS})\s+$")


def _joined_bodies(text: str, named: list[Named]) -> list[Named]:
    """``named`` (sorted by start) with two organisations' mentions joined by a bare "and" made
    one where the words are one body's name of the "X and Y" kinds (:func:`model.and_body_name`:
    "Mining and Energy Union", which the recogniser gave as "Mining" and "Energy Union"): the
    body a subject or a description ("the union said") names, never one of its pieces (t13au N8:
    "Mining" spoke, and a comment's "The union said" was "Energy Union")."""
    out: list[Named] = []
    for n in named:
        last = out[-1] if out else None
        if (
            last is not None
            and last.speaker.type == "ORG"
            and n.speaker.type == "ORG"
            and re.fullmatch(r"[ \t]+and[ \t]+", text[last.end : n.start])
        ):
            joined = " ".join(text[last.start : n.end].split())
            if and_body_name(joined) and " and " not in last.speaker.name and " and " not in n.speaker.name:
                out[-1] = Named(last.start, n.end, Speaker(f"ORG:{joined}", joined, "ORG", (last.start, n.end)))
                continue
        first = _AND_FIRST_PART.search(text, max(0, n.start - 60), n.start) if n.speaker.type == "ORG" else None
        if first is not None and (last is None or last.end <= first.start()) and " and " not in n.speaker.name:
            # its first part no mention: "Mining and Energy Union organiser …" opening a line
            joined = " ".join(text[first.start() : n.end].split())
            if and_body_name(joined):
                n = Named(first.start(), n.end, Speaker(f"ORG:{joined}", joined, "ORG", (first.start(), n.end)))
        out.append(n)
    return out


# One to three capitalised words and a bare "and" right before a mention (:func:`_joined_bodies`).
_AND_FIRST_PART = re.compile(rf"(?<![\w'’-]){CAP}{LETTER}*(?:[ \t]+{CAP}{LETTER}*){{0,2}}[ \t]+and[ \t]+$")


def _whole_places(text: str, named: list[Named]) -> list[Named]:
    """``named`` with each place (GPE, LOC) whose mention is only the last part of a longer name,
    after a capitalised word no mention holds and a join (:data:`_PLACE_JOINS`), as the name the
    article writes: "León" of "the regional government of Castilla y León" is the region Castilla
    y León (key ``GPE:Castilla y León``), never the city León, a name the article does not write
    (t13at N4). Two places each named ("France and Germany") stay two."""
    out: list[Named] = []
    for k, n in enumerate(named):
        if n.speaker.type in ("GPE", "LOC"):
            first = _PLACE_FIRST_PART.search(text, max(0, n.start - 60), n.start)
            if first is not None and not (k > 0 and named[k - 1].end > first.start(1)):
                name = " ".join(text[first.start(1) : n.end].split())
                speaker = Speaker(f"{n.speaker.type}:{name}", name, n.speaker.type, (first.start(1), n.end))
                n = Named(first.start(1), n.end, speaker)
        out.append(n)
    return out


@dataclass(frozen=True, slots=True)
class Named:
    """A named candidate speaker at ``start:end`` of the article text."""

    start: int
    end: int
    speaker: Speaker


def role_words(words: Sequence[str]) -> int:
    """How many words a role written in lower case opens a subject with ("regional police chief",
    "deputy fire commissioner": up to three words, the last a job or title word, :data:`TITLE_WORDS`),
    followed by capitalised words; 0 when it opens with none."""
    owned = _owned_role_words(words)
    if owned:
        return owned
    for k in range(min(3, len(words) - 2), 0, -1):
        lead = words[:k]
        if all(w.islower() for w in lead) and lead[-1] in TITLE_WORDS and words[k][0].isupper():
            return k
    return 0


def _owned_role_words(words: Sequence[str]) -> int:
    """How many words a role with its determiner or its owner's possessive opens a subject with,
    followed by a capitalised name: "the trust's chief executive", "its former IT manager", "the
    hospital's head of security" (up to five words of the role, in lower case or an acronym, a
    title word among them before any "of"/"for", the last a title word or that phrase's noun;
    t13z H7: "…, the trust's chief executive Miriam Okafor confirmed on Friday." was no
    statement); 0 when it opens with none."""
    if len(words) < 3 or words[0].lower() not in DETERMINERS:
        return 0
    i = 1
    if words[i].endswith(("'s", "’s")) and len(words) > i + 2:
        i += 1  # "the trust's", "Velmont's"
    for k in range(min(i + 5, len(words) - 1), i, -1):
        lead = words[i:k]
        if not words[k][:1].isupper() or not all(w.islower() or (w.isupper() and len(w) <= 4) for w in lead):
            continue
        of = next((j for j, w in enumerate(lead) if w in ("of", "for")), len(lead))
        if of == len(lead) and lead[-1] in TITLE_WORDS:
            return k
        if 0 < of < len(lead) - 1 and lead[of - 1] in TITLE_WORDS:
            return k
    return 0


def _rank_word(word: str) -> str:
    """``word`` without the dot of a title or rank written short ("Col.", "Insp.", "Rev.": a job
    word of :data:`TITLE_WORDS`, or one only with its dot: "Maj.", "Det."), else ``word``."""
    stem = word[:-1]
    return stem if word.endswith(".") and (stem.lower() in TITLE_WORDS or stem in DOTTED_TITLES) else word


def _offsets(text: str, ch: str) -> list[int]:
    """Every offset of the character ``ch`` in ``text``, in order (``str.find``: no Python step per
    character of a long text)."""
    out: list[int] = []
    at = text.find(ch)
    while at >= 0:
        out.append(at)
        at = text.find(ch, at + 1)
    return out


# "the group", "the health group's": an organisation called by an institution's noun, a lower-case
# word or two before it (:meth:`Speakers._described_by`).
_DESCRIBED_BY = r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}{noun}(?![\w-])"
# A name right after such a noun makes it an apposition ("the criminal group BlackTarn").
_NAME_NEXT = re.compile(r"\s+[A-Z]")


@dataclass
class _OrgLine:
    """The recogniser's organisations one filter of :meth:`Speakers._org_before` keeps, in text
    order: ``named`` their indices in :attr:`Speakers.named`; ``words`` each lower-case word of
    their names to the positions (in ``named``) of the names holding it; ``leaders`` for each
    position the organisation named most up to it (the latest of a tie); ``introduced`` per noun
    the positions of those the article introduced by it (filled when first asked)."""

    named: list[int] = field(default_factory=list)
    words: dict[str, list[int]] = field(default_factory=dict)
    leaders: list[Speaker] = field(default_factory=list)
    introduced: dict[str, list[int]] = field(default_factory=dict)


def _start(n: Named) -> int:
    return n.start


# What stands before a name that opens its sentence as its subject: nothing on its line, or a
# sentence's end, with at most "The" (the text before the name, on its line).
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?:The\s+)?$")
# …and what follows it on its line: two words more at least (a sentence goes on after its subject).
_SENTENCE_GOES_ON = re.compile(r"[ \t]+\w+[ \t,]+\w+")


__all__ = ["GROUP", "SPEAKER_LABELS", "Named", "body_description", "described_only", "role_words"]
