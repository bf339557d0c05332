"""Who a cue attaches to: named entities, names the recogniser missed, pronouns and descriptions.

A speaker is looked for in the *subject region* of a cue (the words before ``said``, or after
it in ``said Marta Eklund``). In order of preference:

1. a PERSON mention of the entity recogniser (its merged entity, so "Li" is "Li Qiang");
2. a run of capitalised words the recogniser did not cover ("Bernard Fiset"), kept as a name;
3. an ORG, GPE or NORP mention ("Economists at Nordvik Bank said", "China's delegation said");
4. a pronoun ("he", "she", "it") or a description ("the premier", "the company", "a spokesman"),
   resolved to the last fitting named entity before it: a person for he/she, of the gender the
   text gives (Mr/Ms, earlier pronouns) when it gives one; an organisation for it/they and for
   institutions, preferring one whose name holds the description's noun ("the bank" -> "Bank of
   Estmark").

The words between a subject and its verb are passed over first (:meth:`Speakers.subject_end`:
"The regional council, however, on Friday has said" is read as "The regional council said").
Before all of these, an unnamed group or person as the whole subject ("Harbour officials said",
"said police", "a spokesperson said") is that group (:meth:`Speakers._group`, type ``GROUP``),
which the recogniser lists as unattributed: never a named entity from elsewhere in the text.
So is any common-noun phrase that is the whole subject (:meth:`Speakers._noun_phrase`: "The fire
service", "The regional hospital", "Some workers", "that many people"), unless it refers to the
person introduced by that role or title or to the body whose name holds its words
(:meth:`Speakers._described`). Each named candidate carries the offsets of its mention
(:attr:`Speaker.at`), so the corpus grouping can name it as the entity list does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from waic_reader.index.analysis.entities.context import KINDS_LISTED
from waic_reader.index.analysis.entities.gazetteer import Gazetteer, capitals, places_folded
from waic_reader.index.analysis.entities.given_names import given_name_genders
from waic_reader.index.analysis.entities.languages import ly_adverb
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    DOTTED_TITLES,
    LEGAL_FORM_WORDS,
    LOWER_TITLES,
    NAME_PARTICLES,
    PLACE_KIND_AFTER,
    TABLOID_TITLE,
    TITLE,
    kind_of_word,
    legal_form,
    person_noun_gender,
    title_kind,
)
from waic_reader.index.analysis.entities.words import given_word, is_title
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.analysis.facts.words import CASUALTY
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    PAST_NOT_PARTICIPLE,
    REFUSAL_ADVERBS,
    REFUSAL_GAP,
    WEEKDAYS,
    refused,
)
from waic_reader.index.analysis.quotes.bodies import head_keys, names_body
from waic_reader.index.analysis.quotes.cues import (
    BODIES,
    CUE_WORDS,
    FAMILY,
    FEMALE_HONORIFICS,
    FINITE_VERB,
    FIRM_KINDS,
    GROUPS,
    HABITUAL_TO,
    INSTITUTIONS,
    KIND_BODY_NOUNS,
    KIND_NAME_WORDS,
    NEUTER,
    NO_CLAUSE,
    OWNER_AGENTS,
    PRONOUNS,
    ROLES,
    SOURCE_NOUNS,
    SOURCE_PHRASE,
    SPEAKS_FOR_ORG,
    SPEAKS_FOR_OWNER,
    SUBJECT_PRONOUNS,
    people_plural,
    person_singular,
)
from waic_reader.index.analysis.quotes.heads import name_after_title, subject_head
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import (
    ANONYMOUS,
    LONE,
    MEMBER_SEP,
    PAIR,
    Speaker,
    and_body_name,
    listed_key,
    officer_of,
    officials_of,
    pair_names,
    spokesperson_of,
)
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.bylines import is_byline
from waic_reader.index.corpus.letters import CAP, LETTER, NAME_WORD
from waic_reader.index.corpus.quote_marks import ALL_MARKS
from waic_reader.index.corpus.tokens import fold, strip_accents

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


class Speakers:
    """Speaker resolution over one article's entity mentions (offsets into its text)."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[object],
        noise: Sequence[tuple[int, int]] = (),
        outlet: str | None = None,
        paragraphs: str | None = None,
    ) -> None:
        """``paragraphs``: ``text`` with a line break only where a paragraph ends (the article's
        :attr:`~waic_reader.index.corpus.reader.Article.name_text`: a hard-wrapped paragraph's
        breaks read as spaces), same length; None: every line is a paragraph."""
        self.text = text
        # The outlet that wrote the article (its metadata's or derived name), never a speaker a
        # description stands for (:meth:`_dateline_agency`).
        self._outlet = outlet
        # The boilerplate's spans (a byline, a credit line): a person named only there is never
        # the one a description, a role or a pronoun of the article's text refers to (t13r F14).
        self._noise = sorted(noise)
        self._noise_starts = [s for s, _ in self._noise]
        named = []
        dates: list[tuple[int, int]] = []
        sums: list[tuple[int, int]] = []
        things: list[tuple[int, int]] = []
        for m in mentions:
            label = getattr(m, "label", "")
            if label in _THING_LABELS:
                things.append((m.start, m.end))  # type: ignore[attr-defined]
            if label == "DATE":
                dates.append((m.start, m.end))  # type: ignore[attr-defined]
            if label == "MONEY":
                sums.append((m.start, m.end))  # type: ignore[attr-defined]
            if label in SPEAKER_LABELS:
                key = getattr(m, "key", "")
                named.append(Named(m.start, m.end, Speaker(key, key.split(":", 1)[-1], label, (m.start, m.end))))  # type: ignore[attr-defined]
        named = _joined_bodies(text, sorted(named, key=lambda n: n.start))
        # A body or place named only in the boilerplate (the masthead's outlet, a press release's
        # "About" paragraph) is no one the article's text refers to: never the referent of "the
        # company", "police" or "it" there (t13at N4: "The company that ran the dam … insisted"
        # was the publishing outlet's, named only in the page furniture). People named there are
        # passed over where a referent is looked for (:meth:`_people_latest_first`).
        named = [n for n in named if n.speaker.type == "PERSON" or not self._in_noise(n)]
        named = _whole_places(text, named)
        self.named = named
        self._starts = [n.start for n in named]
        # Where each speaker's key is named (sorted), so that the last mention before a place is a
        # bisection, not a scan of every name before it (review s35-rv2 item 1: "they" per line).
        self._key_starts: dict[str, list[int]] = {}
        for n in named:
            self._key_starts.setdefault(n.speaker.key, []).append(n.start)
        # The organisations' names by each word of theirs in lower case (indices into ``named``,
        # ascending): the latest one holding a word before a place is a bisection
        # (:meth:`_latest_org_with`; s36-p: "the council" looked through every name before it).
        self._org_words: dict[str, list[int]] = {}
        self._org_lines: dict[tuple[bool, bool], _OrgLine] = {}
        for k, n in enumerate(named):
            if n.speaker.type == "ORG":
                for w in _name_keys(n.speaker.name):
                    self._org_words.setdefault(w, []).append(k)
        # Where the line breaks and the double quotation marks stand, read once: a quotation's
        # parity before a place is then a few bisections (:meth:`_quoted_at`), never a count over
        # the paragraph (review s35-rv2 item 1: quadratic in a one-paragraph article).
        # A hard-wrapped paragraph's lines are one paragraph (round s49-q: a pronoun opening a
        # wrapped line lost the antecedent on the line before, or took a person named earlier on
        # its own line over the speaker of its paragraph).
        # ``_flow``: the text as its paragraphs run, where sentences are looked for ("\n" a break).
        self._flow = paragraphs if paragraphs is not None and len(paragraphs) == len(text) else text
        self._breaks = _offsets(self._flow, "\n")
        self._marks = {q: _offsets(text, q) for q in ('"', "“", "”")}
        self.dates = sorted(dates)
        self._date_starts = [d[0] for d in self.dates]
        self._sums = sorted(sums)  # the recogniser's MONEY mentions (start, end)
        self._things = sorted(things)  # its mentions of things that never speak (_THING_LABELS)
        self._thing_starts = [s for s, _ in self._things]
        self._sum_starts = [s for s, _ in self._sums]
        # What the lone-name look-ups learnt of the whole text, by kind and word, and where its
        # words stand (:meth:`_word_places`): each is asked about one word many times (t13ab L13).
        self._text_facts: dict[tuple[str, str], bool] = {}
        self._word_runs: dict[str, list[int]] | None = None
        self.last: tuple[int, Speaker] | None = None
        self.found: list[Named] = []  # names the recogniser missed, found next to cues
        self.gender: dict[str, str] = {}
        self.titled_gender: set[str] = set()  # genders an honorific tells ("Mrs Ann Hale"), not a pronoun
        self._introduced()
        for n in named:
            if n.speaker.type == "PERSON":
                h = _HONORIFIC.search(text, max(0, n.start - 8), n.start)
                if h:
                    self.gender.setdefault(n.speaker.key, "f" if h.group(1).lower() in FEMALE_HONORIFICS else "m")
                    self.titled_gender.add(n.speaker.key)

    def _introduced(self) -> None:
        """People introduced by their role ("union leader Marta Eklund", "analyst Mei Lin") whom
        the recogniser did not pick up: later pronouns may refer to them."""
        # The furthest end among the names starting up to each one (they are sorted by start): a
        # span overlaps a name iff a name starting before its end ends after its start, one
        # bisection (s36-p: every name was checked for every role word's name run).
        reach: list[int] = []
        for n in self.named:
            reach.append(max(reach[-1], n.end) if reach else n.end)
        for m in _NAME_RUN.finditer(self.text):
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
            if before is None or not _introduces(before.group(1)):
                continue
            s, e = m.start(), m.end()
            k = bisect_left(self._starts, e)
            if k and reach[k - 1] > s:
                continue
            name = " ".join(m.group().split())
            self.found.append(Named(s, e, Speaker(f"NAME:{name}", name, "PERSON")))

    # -- candidates --------------------------------------------------------------------------

    def _in(self, start: int, end: int) -> list[Named]:
        lo = bisect_left(self._starts, start)
        hi = bisect_right(self._starts, end)
        return [n for n in self.named[lo:hi] if n.end <= end]

    def _runs(self, start: int, end: int) -> list[Named]:
        """Runs of two or more capitalised words in ``start:end`` that no PERSON/ORG mention covers."""
        out: list[Named] = []
        region = self.text[start:end]
        words = [(start + m.start(), start + m.end(), m.group()) for m in _NAME_WORD.finditer(region)]
        covered = [(n.start, n.end) for n in self._in(start, end) if n.speaker.type in ("PERSON", "ORG")]
        # a thing's name (a ship, a product) is covered too: it names no speaker
        covered += self._things[bisect_left(self._thing_starts, start) : bisect_right(self._thing_starts, end)]
        run: list[tuple[int, int, str]] = []

        def flush() -> None:
            # An opener in capitals is one too ("THE COMPANY SAID" in an all-caps lede, t13j F5).
            while run and (run[0][2] in _NOT_NAME or run[0][2].capitalize() in _NOT_NAME):
                run.pop(0)
            if len(run) >= 2 and _title_only([w for _, _, w in run]):
                run.clear()  # "the Prime Minister's office": a title (t13ah N7: an ORG speaker)
                return
            if run and _possessive(run[-1][2]):
                # "the Harbour Authority's spokesman": the possessive belongs to the name's place in
                # the sentence, not to the name (s41-y2: an ORG speaker "Harbour Authority's")
                s_, e_, w_ = run[-1]
                run[-1] = (s_, e_ - 2, w_[:-2])
            owner = [i for i, (_, _, w_) in enumerate(run[:-1]) if _possessive(w_)]
            if owner and not any(s <= run[0][0] and run[-1][1] <= e for s, e in covered):
                # "Taiwan's Central Weather Administration says": the owner before the possessive
                # says whose the body is; the body after it speaks, as the entity list names it
                # (t13ai N12: a second speaker beside "Central Weather Administration")
                del run[: owner[-1] + 1]
            if len(run) >= 2 and not any(s <= run[0][0] and run[-1][1] <= e for s, e in covered):
                rs, re_ = run[0][0], run[-1][1]
                if len(run) >= 3 and self._sentence_start(rs) and not legal_form(run[-1][2]):
                    # "Hydrologist Bernard Fiset": the opener is a description ("Tarnok Vasút Kft" a
                    # firm's name, whole to its legal form)
                    rs = run[1][0]
                name = " ".join(self.text[rs:re_].split())
                before = self.text[max(0, rs - 30) : rs].lower().split()
                # "the union Dock Workers", "State Police": a body, by the word before it or by
                # its last word, as the entity recogniser types a name ending in "Police"
                org = (
                    (before and before[-1] in INSTITUTIONS)
                    # "The Daily Beacon reported": a name after "the" is a thing's, no person's
                    # (t13x v18: the newspaper was a person)
                    or (before and before[-1] == "the")
                    or kind_of_word(run[-1][2]) == "ORG"
                    or legal_form(run[-1][2])  # "Tarnok Vasút Kft": a firm by its legal form
                )
                # "Phnom Penh said", "Mexico City warned": a capital no mention covers stands for
                # its government, a place as speaker (s37-q: a person)
                label = "GPE" if _capital(name) else "ORG" if org else "PERSON"
                out.append(Named(rs, re_, Speaker(f"NAME:{name}", name, label)))
            run.clear()

        for w in words:
            if run and self.text[run[-1][1] : w[0]] != " ":
                flush()
            run.append(w)
        flush()
        return out

    def _sentence_start(self, pos: int) -> bool:
        before = self._flow[max(0, pos - 3) : pos]
        return pos == 0 or (before.strip() == "" and "\n" in before) or bool(re.search(r"[.!?:]['\"”’]?\s+$", before))

    def _short_form(self, speaker: Speaker) -> Speaker:
        """A one-word PERSON ("Fiset") that ends a name found earlier ("Bernard Fiset") is that name."""
        if speaker.type != "PERSON" or " " in speaker.name:
            return speaker
        for f in reversed(self.found):
            if f.speaker.name.split()[-1] == speaker.name:
                return f.speaker
        return speaker

    def subject_ends_at(self, pos: int) -> bool:
        """Whether a name or a pronoun ends right before ``pos`` ("Li says", "it notes")."""
        before = self.text[max(0, pos - 40) : pos].rstrip()
        end = pos - (pos - max(0, pos - 40) - len(before))
        if any(
            n.end == end
            for n in self.named[max(0, bisect_left(self._starts, end) - 3) : bisect_left(self._starts, end)]
        ):
            return True
        words = before.lower().split()[-2:]
        if not words:
            return False
        if words[-1] in SUBJECT_PRONOUNS:
            return True
        # "the agency notes", "its spokesman says"; not "analyst estimates"
        return len(words) == 2 and words[0] in DETERMINERS and (words[1] in ROLES or words[1] in INSTITUTIONS)

    def subject_end(self, start: int, end: int) -> int:
        """Where the subject of a verb at ``end`` ends, the words between them passed over
        (:data:`_BETWEEN`): for ``start:end`` "The regional council, however, on Friday " the
        offset after "council". An offset in ``start..end``: ``end`` when nothing sits there,
        ``start`` when the whole region is such words (a caller then keeps the region whole)."""
        region = self._dates_masked(start, end)
        cut = len(region)
        while cut > 0:
            m = _BETWEEN.search(region, 0, cut)
            if m is None:
                break
            piece = m.group().strip(" ,\t\n")
            if _LY_WORD.fullmatch(piece):
                before = region[: m.start()].split()
                if not ly_adverb(piece) or (before and before[-1].lower() in DETERMINERS):
                    break  # "The family said", "the elderly said": a noun, not an adverb
            cut = m.start()
        return start + cut

    def named_in_capitals(self, start: int, end: int) -> Speaker | None:
        """The person or organisation ``text[start:end]`` names in capital letters, as wire copy
        and transcripts label a speaker ("VARNHOLT", "DARIUSZ KOWAL", "MINISTER VARNHOLT"): title
        words first passed over, the rest the last words of one name the article gives in mixed
        case (anywhere in it: a label may come before the prose that names its speaker). None
        when the words name no one or more than one (t13aa K7)."""
        words = [w.lower().rstrip(".") for w in _WORD.findall(self.text, start, end)]
        while words and words[0] in TITLE_WORDS:
            words.pop(0)
        if not words or len(words) > 4:
            return None
        found: dict[str, Speaker] = {}
        for n in (*self.named, *self.found):
            if n.speaker.type not in ("PERSON", "ORG") or self._in_noise(n):
                continue
            name = [w.lower() for w in n.speaker.name.split()]
            if name[-len(words) :] == words and len(name) >= len(words):
                found.setdefault(n.speaker.key, n.speaker)
        return next(iter(found.values())) if len(found) == 1 else None

    def sum_object(self, at: int, end: int) -> bool:
        """Whether the words from ``at`` (right after a verb) to ``end`` are a sum of money alone
        as the verb's object: a MONEY mention of the recogniser after the verb, a quantifier
        before it ("demanded €50,000 for each family", "claimed at least £300,000 for the crops"),
        and no clause after it to the next comma or the sentence's end
        (:data:`cues.NO_CLAUSE`). Money sought or given, never words (t13aa K6). A sum that is
        the subject of a finite clause after it is the start of the words reported, no object
        ("claimed €300,000 of it went to repairs", "added $2 million vanished": :data:`_SUM_CLAUSE`;
        round s36-g), unless that verb can be a participle modifying the sum ("claimed £300,000
        owed to the farmers": :data:`_PARTICIPLE_PHRASE`)."""
        found = self._sum_after(at, end)
        if found is None:
            return False
        # no clause from the sum on ("demanded €5m would be paid" reports; the lead ends on a space)
        lead_end, sum_end = found
        return NO_CLAUSE.match(self.text, lead_end - 1, end) is not None and not self._sum_clause(sum_end, end)

    def sum_subject(self, at: int, end: int) -> bool:
        """Whether the words from ``at`` (right after a verb) to ``end`` open with a sum of money
        (a MONEY mention, a quantifier before it) that is the subject of a finite clause after it
        ("added £40,000 of their savings had gone", "added $2 million vanished": the words
        reported, never the verb's object; round s36-g)."""
        found = self._sum_after(at, end)
        return found is not None and self._sum_clause(found[1], end)

    def _sum_after(self, at: int, end: int) -> tuple[int, int] | None:
        """Where the words before the MONEY mention right after ``at`` end (a quantifier or an
        article, :data:`_SUM_LEAD`) and where the mention ends, else None."""
        lead = _SUM_LEAD.match(self.text, at, end)
        if lead is None or lead.end() == at:
            return None
        # (a MONEY mention may hold its quantifier: "at least $9 million")
        i = bisect_left(self._sum_starts, at + 1)
        if i == len(self._sums) or self._sum_starts[i] > lead.end():
            return None
        return lead.end(), self._sums[i][1]

    def _sum_clause(self, sum_end: int, end: int) -> bool:
        """Whether a finite clause goes on right after a sum ending at ``sum_end``, the sum its
        subject: :data:`_SUM_CLAUSE`, a verb that may be a participle not followed by a
        participle's phrase (:data:`_PARTICIPLE_PHRASE`)."""
        clause = _SUM_CLAUSE.match(self.text, sum_end, end)
        if clause is None:
            return False
        if clause.group(1) in PAST_NOT_PARTICIPLE or clause.group(1).startswith("remain"):
            return True  # "€300,000 of it went to repairs", "most of it remains unpaid"
        # "vanished from the account", "ended up in": a past form that may be a participle reports
        # unless a participle's phrase follows it ("owed to the farmers", "raised by donors")
        return _PARTICIPLE_PHRASE.match(self.text, clause.end(), end) is None

    def after_modal(self, start: int, end: int) -> bool:
        """Whether "will", "would", "do" or "used to" stands right before ``end``, adverbs passed over
        ("The commission will say", "would later add", "used to say"; not "declined to say", "did
        not say")."""
        return _MODAL_BEFORE.search(self.text, start, end) is not None

    def negated(self, start: int, end: int) -> bool:
        """Whether the verb at ``end`` is negated or refused by the words of ``start:end`` before
        it (:func:`lexicon.refused`: "never said", "has not yet said", "didn't tell", "would not
        confirm", "declined to say"), or its subject is a negative pronoun (:data:`_NEGATIVE_SUBJECT`:
        "No one has said", "Nobody told"): the writer's report that nothing was said."""
        # only the words right before the verb, no mark between ('"Not yet," said the mayor' is
        # the quotation's "not"; "The firm, however, never said" is the verb's)
        for mark in _NOT_A_WORD.finditer(self.text, start, end):
            start = mark.end()
        words = [w.lower() for w in _SPELLED_WORD.findall(self.text, start, end)]
        if refused([*words, ""], len(words)):
            return True
        k = len(words) - 1
        while k >= 0 and (words[k] in REFUSAL_GAP or words[k] in REFUSAL_ADVERBS or ly_adverb(words[k])):
            k -= 1
        if k >= 0 and (words[k] in _NEGATIVE_SUBJECT or (words[k] == "one" and words[k - 1 : k] == ["no"])):
            return True
        # "Nobody at Brenmoor Rail has told …", "None of the officials has said …": the negative
        # pronoun with a prepositional post-modifier of a few words (round s48-q3, s47-q3 leftover)
        for j in range(k - 1, max(-1, k - _NEGATIVE_MODIFIER_WORDS - 2), -1):
            negative = words[j] in _NEGATIVE_SUBJECT or (words[j] == "one" and words[j - 1 : j] == ["no"])
            if negative and words[j + 1] in _POST_MODIFIER_PREPOSITIONS:
                return True
        return False

    def plural_subject_before(self, start: int, end: int) -> bool:
        """Whether a plural noun for people (:func:`cues.people_plural`: "police", "officials",
        "witnesses", "Corrin Police") stands right before ``end`` in ``start:end``, adverbs passed
        over ("Police now say"): the subject of a verb's present plural ("say" as "says"). Not
        "declined to say", "did not say", "will say"."""
        m = _WORD_BEFORE_VERB.search(self.text, start, end)
        return m is not None and people_plural(m.group(1).lower())

    def in_relative_clause(self, start: int, end: int) -> bool:
        """Whether a verb at ``end`` belongs to a relative clause with a subject of its own, open
        in ``start:end`` ("The council, which the mayor said was broke, …"): not the sentence's
        main verb, and not the relative's antecedent speaking ("Hegge, who has said …" is his)."""
        m = _RELATIVE_OPEN.search(self.text[start:end])
        if m is None:
            return False
        inner = start + m.start(1)
        return _WORD.search(self.text, inner, self.subject_end(inner, end)) is not None

    def relative_open(self, start: int, end: int) -> bool:
        """Whether a relative clause (", who …", ", which …") opens in ``start:end`` and is still
        open at ``end`` (no comma or semicolon after its pronoun)."""
        return _RELATIVE_OPEN.search(self.text, start, end) is not None

    def is_aside(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is only an aside of the kind a subject may have before its
        verb ("In a statement", "On Friday", "Last week", "However"): no clause of its own."""
        return _ASIDE_ALONE.fullmatch(self._dates_masked(start, end)) is not None

    def _dates_masked(self, start: int, end: int) -> str:
        """``text[start:end]`` with each DATE mention in it as :data:`_DATE_MARK`s (same length)."""
        region = self.text[start:end]
        for k in range(bisect_left(self._date_starts, start), len(self.dates)):  # no copy of the rest
            ds, de = self.dates[k]
            if ds >= end:
                break
            if de <= end:
                region = region[: ds - start] + _DATE_MARK * (de - ds) + region[de - start :]
        return region

    def heard(self, pos: int, speaker: Speaker) -> None:
        """The last attributed speaker: "she said" after a quote of hers means her."""
        self.last = (pos, speaker)

    # -- resolution -------------------------------------------------------------------------

    def named_in(self, start: int, end: int) -> Named | None:
        """The preferred named speaker in ``start:end`` (the first of the preferred kind), unless
        the subject's grammar puts another name at its head (:func:`heads.subject_head`: "Garvey's
        deputy, Tommaso d'Reyk", "said Garvey deputy Tomas Reyk", "d'Reyk, deputy to Garvey"):
        that name, the recogniser's mention of it or its words as written (round s46-q: the
        deputy's quote was the mayor's when the recogniser missed the deputy's name)."""
        pair = self._person_pair(start, end)
        if pair is not None:
            return pair
        pick = self._named_in(start, end)
        people = {(n.start, n.end) for n in self._in(start, end) if n.speaker.type == "PERSON"}
        head = subject_head(self.text, start, end, people)
        if head is None:
            return pick
        hs, he = head
        if pick is not None and pick.start < he and hs < pick.end:
            if (
                pick.speaker.type != "PERSON"
                or not (hs <= pick.start and pick.end <= he)
                or (pick.start, pick.end) == head
            ):
                return pick
            # the recogniser read part of the head's name ("Bo" of "Bo deVries"): the whole name
        elif pick is None and not any(
            n.speaker.type == "PERSON" and not (n.start < he and hs < n.end) for n in self._in(start, end)
        ):
            return None  # no one else named: the subject is read as before (a lone name, a group)
        else:
            for n in (*self._in(hs, he), *self._runs(hs, he)):
                if n.speaker.type in ("PERSON", "ORG") and (n.start, n.end) == head:
                    return Named(n.start, n.end, self._short_form(n.speaker))
        name = " ".join(self.text[hs:he].split())
        found = Named(hs, he, self._short_form(Speaker(f"NAME:{name}", name, "PERSON")))
        self.found.append(found)
        self._link_gender(found)
        return found

    def _person_pair(self, start: int, end: int) -> Named | None:
        """Two or more people the recogniser names, a list closed by "and", as the whole subject
        ``start:end`` ("Mr Smith and Mrs Jones", "Anna Berg and Lars Holm, who run the farm,",
        "Mayor Ellen Garvey and her deputy Tomas Reyk", "Ana Cruz, Ben Ortiz and Carla Diaz",
        with or without the serial comma): one speaker of key ``PAIR:<a>, <b> and <c>`` (its
        names the entities'; :func:`pair_names` splits it), which the corpus grouping credits to
        every one of them (:data:`model.PAIR`), never to the first alone (round s46-q; lists of
        three or more, round s47-q). Titles, honorifics and a possessive's role may stand before
        any name; an apposition or a relative clause in commas after the last. None for any other
        subject."""
        people = [n for n in self._in(start, end) if n.speaker.type == "PERSON"]
        if len(people) < 2 or not self._titles_only(start, people[0].start):
            return None
        listed = [people[0]]
        for n in people[1:]:
            gap = self.text[listed[-1].end : n.start]
            if _PAIR_JOIN.fullmatch(gap) and self._titles_only(listed[-1].end, n.start, joined=True):
                listed.append(n)  # "… and Carla Diaz": the list's last name
                break
            comma = _LIST_COMMA.fullmatch(gap)
            if comma is None:
                return None
            if comma.group(1) is not None:
                # "Ana Cruz, Ben Ortiz, and Carla Diaz" (the serial comma): the last name
                if not self._titles_only(listed[-1].end + comma.start(1), n.start, joined=True):
                    return None
                listed.append(n)
                break
            if not self._titles_only(listed[-1].end + 1, n.start):
                return None
            listed.append(n)  # "Ana Cruz, Ben Ortiz": the list goes on
        else:
            return None  # no "and" closing it: an apposition ("Berg, Holm's deputy,"), read as before
        last = listed[-1]
        rest = self.text[last.end : end].strip()
        if rest and not rest.startswith(","):
            return None
        if any(n.start >= last.end and not self._after_comma(last.end, n.start) for n in people[len(listed) :]):
            return None  # another name in the subject itself, read as before
        names = [n.speaker.name for n in listed]
        name = f"{', '.join(names[:-1])} and {names[-1]}"
        return Named(listed[0].start, last.end, Speaker(f"{PAIR}{name}", name, "PERSON"))

    def _name_list(self, start: int, end: int, *, whole: bool = False, after_cue: bool = False) -> Speaker | None:
        """Two or more names, a list closed by "and" opening the subject ``start:end``, one of
        them no person's ("said Germany, France and Italy in a joint statement", "Shell and BP
        said", "Cebu Pacific and Philippine Airlines said", "said the Red Cross and Caritas"): one
        speaker of key ``PAIR:<a>, <b> and <c>`` written as the list (each name as the article
        writes it, a leading "the" dropped; :func:`model.pair_names` splits it), type ``GPE``
        when every name is a place's, else ``ORG``, which the corpus grouping credits to each of
        them as a list of people is (:func:`merge.entity_speakers`; review s47-rv finding 17 made
        it no one's, round s48-q each one's). The names are the recogniser's; the last may be
        capitalised words it missed after "and" ("Caritas"). A list of people is
        :meth:`_person_pair`'s. None for any other subject, for a list not running to ``end``
        when ``whole`` ("Shell, BP and TotalEnergies shares fell": the list opens a clause;
        review s48-rv finding 11), or for names running on past the last mention ("the
        International Federation of Red Cross and Red Crescent Societies": one body the recogniser
        cut; finding 4). Each member is kept whole in the key (:func:`model.listed_key`).
        Members typed places that are people (:meth:`_people_listed`) make a list of people."""
        names = self._in(start, end)
        if not names or self.text[start : names[0].start].strip().lower() not in ("", "the"):
            return None
        listed = [names[0]]
        closed = False
        for n in names[1:]:
            gap = self.text[listed[-1].end : n.start]
            comma = _LIST_COMMA.fullmatch(gap)
            if _PAIR_JOIN.fullmatch(gap) or (comma is not None and comma.group(1) is not None):
                listed.append(n)  # "… and Italy": the list's last name
                closed = True
                break
            if comma is None:
                return None
            listed.append(n)
        if not closed:
            # "the Red Cross and Caritas": the last name is capitalised words no mention covers
            m = _LIST_LAST.fullmatch(self.text, listed[-1].end, end)
            if m is None or any(w in _NOT_NAME or w.lower() in TITLE_WORDS for w in m.group("name").split()):
                return None
            listed.append(
                Named(m.start("name"), m.end("name"), Speaker(f"ORG:{m.group('name')}", m.group("name"), "ORG"))
            )
        if all(n.speaker.type == "PERSON" for n in listed):
            return None
        if any(n.speaker.type == "PERSON" for n in listed) and all(
            n.speaker.type == "PERSON" or self._surname_typed_place(n, listed, len(listed)) for n in listed
        ):
            return None  # "Reyes and Santos", Santos typed a place: people (:meth:`_name_pair`)
        after = self.text[listed[-1].end : end]
        if re.match(r"\s+[A-Z]", after) or (whole and after.strip(" \t\n,")):
            return None  # "… and Red Crescent Societies": a name running on; "… shares fell": a clause
        if after_cue and not LIST_CLOSED.match(after):
            return None  # "said Shell, and BP followed with …": BP opens a clause of its own
        written: list[str] = []
        for i, n in enumerate(listed):
            w = re.sub(r"^(?:[Tt]he)\s+", "", " ".join(self.text[n.start : n.end].split()))
            if i and written and re.fullmatch(r"\s+and\s+", self.text[listed[i - 1].end : n.start]):
                if and_body_name(f"{written[-1]} and {w}"):
                    written[-1] = f"{written[-1]} and {w}"  # "Department of Health and Social Care"
                    continue
            written.append(w)
        if len(written) == 1 and len(listed) > 1:
            # "The Mining and Energy Union says": one body's name of the "X and Y" kinds the
            # recogniser cut at its "and" ("Mining", "Energy Union"): that body speaks, never its
            # first piece (t13au N8)
            return Speaker(f"ORG:{written[0]}", written[0], "ORG")
        if len(written) < 2:
            return None
        if any(MEMBER_SEP in w for w in written):
            return None
        if (
            len(listed) == 2
            and re.search(rf"\bof\s+{CAP}", written[0])
            and " and " not in written[0]
            and re.fullmatch(r"\s+and\s+", self.text[listed[0].end : listed[1].start])
        ):
            # "Federation of Red Cross and Red Crescent": the "and" inside a name's "of" phrase
            return None
        name = f"{', '.join(written[:-1])} and {written[-1]}"
        if self._people_listed(listed):
            return Speaker(f"{PAIR}{name}", name, "PERSON")
        kind = "GPE" if all(n.speaker.type == "GPE" for n in listed) else "ORG"
        return Speaker(listed_key(written), name, kind)

    def _cut_body(self, start: int, end: int) -> bool:
        """Whether ``start:end`` holds one body's name that the recogniser gave as two mentions
        of organisations joined by a bare "and" inside it: the first ending in a name's "of"
        phrase, or capitalised words running on after the second ("the International Federation
        of Red Cross and Red Crescent Societies"). Neither piece is a name the article holds, so
        neither speaks (review s48-rv finding 4: each piece was credited)."""
        names = [n for n in self._in(start, end) if n.speaker.type == "ORG"]
        for a, b in zip(names, names[1:], strict=False):
            if not re.fullmatch(r"\s+and\s+", self.text[a.end : b.start]):
                continue
            if and_body_name(" ".join(self.text[a.start : b.end].split())):
                continue  # "Department of Health and Social Care": a name of the "X and Y" kinds
            first = self.text[a.start : a.end]
            if (re.search(rf"\bof\s+{CAP}", first) and not re.search(r"\sand\s", first)) or re.match(
                r"[ \t]+[A-Z]", self.text[b.end : end]
            ):
                return True
        return False

    def _listed_object(self, start: int, end: int) -> bool:
        """Whether the subject ``start:end`` ends in a list of names that a preposition governs
        ("Officials in Cebu, Bohol and Leyte", "Residents of Boac, Gasan and Mogpog", "Rescue
        teams from Oslo, Bergen and Tromsø"): the names are the phrase's objects, no speakers
        (review s48-rv finding 3: the last places were credited); the subject is read as its noun
        alone is ("Officials in Cebu said": no one named)."""
        for m in _PREP_LIST.finditer(self.text, start, end):
            if not self.text[start : m.start()].strip():
                continue
            listed = self._name_list(m.end(), end, whole=True)
            if listed is None:
                continue
            # the names after its first comma a list of the same kind: "Prices rose in Manila,
            # Reyes and Ortiz said" is a place, then two people (review s48-rv finding 7)
            comma = self.text.find(",", m.end(), end)
            tail = self._name_list(comma + 1, end, whole=True) if comma >= 0 else listed
            if tail is not None and tail.type == listed.type:
                return True
        return False

    @staticmethod
    def _people_listed(listed: Sequence[Named]) -> bool:
        """Whether a list of names typed persons and places (``listed``, no body among them) is a
        list of people: a member typed a place that no place list knows (the gazetteer's places,
        the listed towns and regions) was typed so only by its neighbours ("Prices rose in Manila,
        Reyes and Ortiz said": review s48-rv finding 7, the surnames spoke as two places), and so
        are the members beside it unless the gazetteer knows one as a country or city (a list of
        places speaks for their governments: "Germany, France and Italy said")."""
        if any(n.speaker.type not in ("PERSON", "GPE") for n in listed):
            return False
        gazetteer = Gazetteer.current()
        towns = places_folded()
        unknown = [
            n.speaker.type == "PERSON"
            or (strip_accents(n.speaker.name) not in towns and gazetteer.known(n.speaker.name) is None)
            for n in listed
        ]
        return any(unknown) and not any(
            n.speaker.type == "GPE" and gazetteer.known(n.speaker.name) is not None for n in listed
        )

    def _titles_only(self, start: int, end: int, *, joined: bool = False) -> bool:
        """Whether ``text[start:end]`` holds only titles before a name ("Mayor", "Mrs", "Dr") or a
        role in lower case ("her deputy", "union colleague"), after "and" when ``joined``; an
        opening comma, quotation mark or dash passed over."""
        words = _WORD.findall(self.text, start, end)
        if joined:
            words = words[1:] if words and words[0] == "and" else ["?"]
        for w in words:
            low = w.lower().rstrip(".")
            if w[:1].isupper() and (low in TITLE_WORDS or low in _ADDRESS_TITLES):
                continue  # "Mrs", "Professor", "Deputy Mayor"
            if low in ("his", "her", "their", "its", "the") or (w.islower() and low not in FUNCTION_WORDS):
                continue  # a role in lower case: "her deputy", "union colleague"
            return False
        return not re.search(r"[^\s\w.,'’\"“”—–-]", self.text[start:end])

    def _after_comma(self, at: int, pos: int) -> bool:
        return "," in self.text[at:pos]

    def _named_in(self, start: int, end: int) -> Named | None:
        mentions = self._in(start, end)
        runs = self._runs(start, end)
        people = [n for n in mentions if n.speaker.type == "PERSON"]
        # A possessor is not the subject when the subject names its own person: "Olsen's husband,
        # Peter Olsen, said", "Col. Vasseur's deputy, Lt. Col. Nadia Benali" (t13v F10c)
        own = [n for n in people if not _POSSESSIVE_AFTER.match(self.text, n.end)]
        if own and len(own) < len(people):
            people = own
        elif people and not own and self._owned_person(people[-1].end, end):
            return None  # "Ríos's father said": the father speaks, unnamed (resolve; t13y G7)
        for group in (
            people,
            runs,
            [n for n in mentions if n.speaker.type == "ORG"],
            [
                n
                for n in mentions
                if n.speaker.type in ("GPE", "NORP") and not self._located(n.start) and not self._fused(n.end)
            ],
        ):
            if group:
                # The subject's head comes first: "Priya Raman of Northline Research said".
                pick = group[0]
                if pick in runs:
                    self.found.append(pick)
                    self._link_gender(pick)
                    return pick
                return Named(pick.start, pick.end, self._short_form(pick.speaker))
        return None

    def _owned_person(self, after: int, end: int) -> bool:
        """Whether the subject's words from a possessive at ``after`` to its verb at ``end`` are a
        noun phrase of a person of its own, one to three lower-case words right before the verb
        ("'s father", "'s elderly aide"), its head no one the possessor speaks through
        (:data:`cues.SPEAKS_FOR_OWNER`: "'s spokesman", "'s office"). A clause between them ("his
        second instrument and told", "'s camp of vote-buying …, where she said") is none."""
        if re.search(r"[,;:()\"“”]", self.text[after:end]):
            return False
        words = _WORD.findall(self.text, after, end)
        if not 1 <= len(words) <= 3 or any(not w.islower() or w in FUNCTION_WORDS or w in PRONOUNS for w in words):
            return False
        return words[-1].rstrip(".") not in SPEAKS_FOR_OWNER

    def _pronoun_principal(self, words: list[tuple[int, str]]) -> Speaker | None:
        """The speaker of a subject that is "his" or "her" and the one its person speaks through
        (:data:`cues.SPEAKS_FOR_OWNER`), its last word or two: "her office said", "his
        spokesman said", "his campaign office said" (``words``: the subject's (offset, lower-case
        word) pairs). The pronoun's person speaks, as "Berg's office said" is Berg's; through a
        spokesperson ("his spokesman"), that person's spokesperson, as "Berg's spokesman" is
        (round s43-y1: "…, her office said" was no statement, "his spokesman" no one's). None
        when the subject is otherwise; an unnamed group (unattributed) when the pronoun stands for
        no one named."""
        for k in (len(words) - 2, len(words) - 3):
            if k < 0 or words[k][1] not in ("his", "her"):
                continue
            rest = [w for _, w in words[k + 1 :]]
            head = rest[-1]
            through = head in SPEAKS_FOR_OWNER or head in _SPOKESPERSON_NOUNS  # never "his lawyer": a person
            if not through or any(w in FUNCTION_WORDS or w in PRONOUNS for w in rest):
                return None
            pos, w = words[k]
            person = self._person_before(pos, PRONOUNS[w])
            if person is None or person.type != "PERSON":
                # "The minister promised …, her office said" with no one named: her office as
                # written, unattributed, never a dropped statement
                phrase = " ".join(x for _, x in words[k:])
                return Speaker(f"GROUP:{phrase}", phrase.capitalize(), GROUP)
            return spokesperson_of(person) if head in _SPOKESPERSON_NOUNS else person
        return None

    def _owned_group(self, after: int, end: int, owner: Speaker | None = None) -> Speaker:
        """The person a possessive subject's head names (:meth:`_owned_person`), as written: an
        unnamed speaker (a group, listed as unattributed); a named ``owner``'s spokesperson
        ("Berg's spokesman") its spokesperson, as "a spokesman for Berg" is."""
        head = _WORD.findall(self.text, after, end)[-1].lower()
        if owner is not None and head.rstrip(".") in _SPOKESPERSON_NOUNS:
            return spokesperson_of(owner)
        return Speaker(f"GROUP:{head}", head.capitalize(), GROUP)

    def named_before(self, pos: int) -> Speaker | None:
        """The speaker named by the mention ending right before ``pos`` (spaces between), else
        None: the antecedent of a relative clause whose comma is at ``pos`` ("Mayor Ilse
        Brandvold, who said")."""
        end = len(self.text[:pos].rstrip())
        for n in reversed(self._in(max(0, end - 120), end)):
            if n.end == end:
                return self._short_form(n.speaker)
        return None

    def _fused(self, end: int) -> bool:
        """Whether the place ending at ``end`` is fused by a hyphen to a lower-case word after it,
        a modifier of the subject's head ("A Kaohsiung-born family", "a Lagos-based charity"),
        never who speaks (t13ai N9: Kaohsiung spoke)."""
        return self.text[end : end + 1] == "-" and self.text[end + 1 : end + 2].islower()

    def _located(self, start: int) -> bool:
        """Whether the place at ``start`` says where the subject is, not who it is: "Hospitals in
        Portmere said", "Schools across Tollan said" (the hospitals speak, not the city)."""
        if _LOCATED.search(self.text, max(0, start - 40), start) is not None:
            return True
        # "A family in Portland says", "a charity near Lagos said": a singular noun of any kind
        # before the place's preposition is the subject's head, the place where it is (t13ai N9:
        # Portland, then Kaohsiung, spoke)
        m = _SINGULAR_AT.search(self.text, max(0, start - 40), start)
        if m is not None and m.group(1).lower() not in FUNCTION_WORDS:
            return True
        if self._person_at(start) is not None:
            return True
        # "Officials at the hospital in Coimbra said": where the hospital is (t13n F10)
        at = _INSTITUTION_IN.search(self.text, max(0, start - 40), start)
        if at is None:
            return False
        noun = at.group(1).lower()
        return noun in INSTITUTIONS or noun in BODIES or _body(noun)

    def _link_gender(self, pick: Named) -> None:
        h = _HONORIFIC.search(self.text, max(0, pick.start - 8), pick.start)
        if h:
            self.gender.setdefault(pick.speaker.key, "f" if h.group(1).lower() in FEMALE_HONORIFICS else "m")
            self.titled_gender.add(pick.speaker.key)

    def adjacent(self, start: int, end: int) -> Speaker | None:
        """A new subject right before a cue at ``end`` ("…, while The Japan Times emphasizes"), or
        None when the words before the cue continue a clause ("… in Shanghai and invited")."""
        hit = self.named_in(start, end)
        if hit is not None:
            # Nothing but the words a subject may have before its verb, or an apposition.
            cut = self.subject_end(start, end)
            if cut < hit.end:
                return None  # the name is in a clause between the subject and its verb
            if re.fullmatch(r"\s*(?:,[^,;]{0,80})?,?\s*", self.text[hit.end : cut]):
                return hit.speaker
            return None
        words = self.text[start:end].lower().split()
        if words and words[-1] in SUBJECT_PRONOUNS:
            return self.resolve(start, end)
        return None

    def anonymous_source(self, start: int, end: int) -> Speaker | None:
        """An unnamed source as the whole subject ``start:end`` (spaces and commas at its ends
        passed over): a determiner or number, up to two lower-case modifiers and a noun for a
        person or people (:func:`cues.person_singular`, :func:`cues.people_plural`: "source",
        "official", "people"; a plural needs no determiner: "sources"), then a phrase saying how
        the source knows or why it is not named (:data:`cues.SOURCE_PHRASE`) running to ``end`` in
        at most ten words with no quotation mark: "a source close to the investigation", "one
        engineer, who asked not to be named,". The source as written, a ``GROUP`` speaker keyed
        :data:`model.ANONYMOUS` (listed as unattributed, its quote :attr:`Quote.anonymous`), never a
        name inside its phrase ("a source close to Westmarch Rail");
        None when the subject is not of that form (t13ab L10: the quote was lost)."""
        text = self.text
        while start < end and text[start] in " \t\n,":
            start += 1
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        phrase = SOURCE_PHRASE.search(text, start, end)
        if phrase is None:
            return None
        tail = text[phrase.end() : end]
        # an apostrophe inside a word is a possessive's or a contraction's, no quotation mark ("a
        # person familiar with the observatory's readings": t13ac M8, the quote was lost)
        if len(_WORD.findall(tail)) > 10 or re.search(
            "[;:!?" + re.escape(ALL_MARKS) + "]", _IN_WORD_APOSTROPHE.sub("", tail)
        ):
            return None
        head_end = self._before_its_place(start, phrase.start())
        words = _WORD.findall(text[start:head_end].rstrip(" \t\n,"))
        if not 1 <= len(words) <= 4 or any(w[:1].isupper() for w in words[1:]):
            return None
        lows = [w.lower() for w in words]
        noun = lows[-1]
        determined = lows[0] in _NP_OPEN
        if not (
            (determined and len(lows) > 1 and (person_singular(noun) or people_plural(noun)))
            or (_plural(noun) and people_plural(noun))
        ):
            return None
        if any(not _COMMON_NOUN.fullmatch(w) or w in FUNCTION_WORDS for w in lows[1 if determined else 0 : -1]):
            return None  # "a source in the ministry close to …": no modifier, resolved as before
        kept = words[1:] if determined else words
        name = " ".join(kept)
        name = name[:1].upper() + name[1:]
        return Speaker(f"{ANONYMOUS}{name.lower()}", name, GROUP)

    def _before_its_place(self, start: int, end: int) -> int:
        """Where the words ``start:end`` end without the place closing them after a singular
        person's noun (:meth:`_person_at`: "one pharmacist in Lyon" → after "pharmacist"; t13af
        N21: '"…," said one pharmacist in Lyon, who asked not to be named.' is an anonymous
        source, where they are no part of who); ``end`` when no such place closes them."""
        stop = len(self.text[:end].rstrip(" \t\n,"))
        places = [n for n in self._in(start, stop) if n.speaker.type in ("GPE", "NORP") and n.end == stop]
        if not places or self._person_at(places[0].start, start) is None:
            return end
        m = _AT_PLACE.search(self.text, max(start, places[0].start - 40), places[0].start)
        return m.end(1) if m is not None else end

    def resolve(self, start: int, end: int, *, first: bool = False) -> Speaker | None:
        """The speaker the subject region ``start:end`` names or refers to, else None. The words
        between a subject and its verb at ``end`` ("The council, however, on Friday has said")
        are passed over (:meth:`subject_end`); ``first``: the subject follows its verb at ``start``.
        A named body after a spokesperson's "for"/"of"/"at" ("a spokesman for Ghent said", "said
        a spokeswoman for the Ministry of Health") is that body's unnamed spokesperson
        (:func:`model.spokesperson_of`)."""
        # "its chief executive said": the body's officer, named or not (issue #16, s50-q), asked
        # first: the nearest person the general resolution falls back on may hold the role at
        # another body ("Acme Power's chief executive, Tom Baker, said …", s50-rv finding 5)
        officer = self._owned_role(start, end)
        if officer is not None:
            return officer
        found = self._resolve(start, end, first=first)
        if found is not None and found.type == GROUP and not first:
            named = self._identified_next(start, end)
            if named is not None:
                return named
        if found is None or found.type not in ("ORG", "GPE") or found.at is None or not start <= found.at[0] <= end:
            return found
        lead = _SPOKESPERSON_FOR.fullmatch(self.text, start, found.at[0])
        phrase_end = found.at[1]
        if lead is not None:
            mods = [lead.group("mod")]
        else:
            # "a KVH spokesperson", "a former HPA spokesman": the name as the noun's modifier
            before = _SPOKESPERSON_BEFORE.fullmatch(self.text, start, found.at[0])
            after = _SPOKESPERSON_AFTER.fullmatch(self.text, found.at[1], end)
            if before is None or after is None:
                return found
            mods = [before.group("mod"), after.group("mod")]
            phrase_end = len(self.text[:end].rstrip(" \t\n,"))
        if any((mod or "").lower() in _FORMER for mod in mods):
            # "a former spokesman for the Green Party": an unnamed person (a group, unattributed),
            # no longer the party's voice
            phrase = " ".join(self.text[start:phrase_end].strip(" ,").split())
            phrase = re.sub(r"^(?i:the|a|an|one)\s+", "", phrase)
            phrase = phrase[:1].upper() + phrase[1:]
            return Speaker(f"GROUP:{phrase.lower()}", phrase, GROUP)
        return spokesperson_of(self._whole_body(found, end) if lead is not None else found)

    def _identified_next(self, start: int, end: int) -> Speaker | None:
        """The person a subject of one unnamed person ("A miner who crawled out …", "A nurse")
        turns out to be in the news lede's delayed identification: the next sentence opening
        with a person's name in apposition, by age or by a description ("Jae-won Paek, 34, a
        jumbo operator from Kalgoorlie, was among …"); None otherwise (t13au N21: the quote was
        unattributed though the next sentence names its speaker)."""
        lead = _WORD.match(self.text, start)
        head = _WORD.search(self.text, lead.end(), end) if lead is not None else None
        if lead is None or head is None or lead.group().lower() not in _INDEFINITE:
            return None
        noun = head.group().lower()
        if not person_singular(noun) or noun in SPEAKS_FOR_ORG or noun in SOURCE_NOUNS:
            return None  # (a spokesperson speaks for a body; an unnamed source stays unnamed)
        stop = _SENTENCE_END.search(self._flow, end)
        if stop is None:
            return None
        k = bisect_left(self._starts, stop.end())
        if k >= len(self.named):
            return None
        n = self.named[k]
        if n.speaker.type != "PERSON" or self.text[stop.end() : n.start].strip():
            return None
        if not _APPOSED_AFTER.match(self.text, n.end):
            return None
        # A person the next sentence counts among the dead or the missing is a victim introduced,
        # never the unnamed witness who spoke ("A rescuer … said …. Tom Berg, 34, a drill operator,
        # was among the three men killed": s51-rv F9); the casualty cue words of the fact sheet.
        after = _SENTENCE_END.search(self._flow, n.end)
        words = _WORD.findall(self.text, n.end, after.start() if after is not None else len(self.text))
        if any(CASUALTY.get(w.lower().rstrip("."), ("", ""))[0] in _SILENT_CASUALTIES for w in words):
            return None
        return n.speaker

    def _owned_role(self, start: int, end: int) -> Speaker | None:
        """The officer a body's possessive and a person's role name as the whole subject
        ``start:end`` ("its chief executive", "the group's finance director", "its chairman";
        :data:`_OWNED_ROLE`): the person the article introduces with that role anywhere in it,
        the nearest before first (:meth:`_role_holder`: "Chief executive Thandiwe Okonkwo-Reyes
        said …" in the next sentence), else the role of the body as written
        (:func:`model.officer_of`: "Chief executive of Kessington Valley Health"). The body is the
        latest organisation named before (for "its") or the one whose name holds the
        possessor's noun ("the group's": "Orlen Group"; :meth:`_org_named`). None for any other
        subject, a spokesperson's or an office's ("its spokesman", "its press office": read as
        before), or with no body named."""
        m = _OWNED_ROLE.fullmatch(self.text, start, end)
        if m is None:
            return None
        role = m.group("role").split()
        head = role[-1]
        if head not in _OFFICES or any(w in FUNCTION_WORDS for w in role):
            return None
        noun = (m.group("noun") or "").lower()
        body: Speaker | None = None
        if noun:
            if noun not in INSTITUTIONS:
                return None
            body = self._org_named(start, noun)
        if body is None and (not noun or noun in ("company", "firm", "group")):
            body = next(
                (
                    n.speaker
                    for n in reversed(self._before(start))
                    if n.speaker.type == "ORG" and not self._dateline_agency(n)
                ),
                None,
            )
        if body is None:
            return None
        person = self._role_holder(start, role, body)
        return person if person is not None else officer_of(" ".join(role), body)

    def _role_holder(self, pos: int, role: list[str], body: Speaker) -> Speaker | None:
        """The person the article introduces with ``role`` (its lower-case words, "chief
        executive") at ``body``: the words right before the name ("Chief executive Thandiwe
        Okonkwo-Reyes", "Brannock Shipping's chief executive, Lars Eidem") or in an apposition
        right after it ("Lars Eidem, the company's chief executive,"), in the name's own
        paragraph, no other organisation named there ("Rival Acme's chief executive X" holds
        another office); the nearest before ``pos``, else the nearest after it; None when there
        is no one so introduced."""
        want = re.escape(" ".join(role))
        before: list[Named] = []
        after: list[Named] = []
        for n in self.named:
            if n.speaker.type != "PERSON" or n.start <= pos < n.end:
                continue
            lo = max(0, n.start - 60)
            lo += self.text[lo : n.start].rfind("\n\n") + 1
            hi = n.end + 60
            stop = self.text.find("\n\n", n.end, hi)
            hi = stop if stop >= 0 else hi
            led = re.search(rf"\b{want}[,\s]*$", self.text[lo : n.start], re.I) is not None
            apposed = re.match(rf",\s+(?:(?:the|its)\s+)?(?:\S+['’]s\s+)?{want}\b", self.text[n.end : hi], re.I)
            if not (led or apposed):
                continue
            if any(o.speaker.type == "ORG" and o.speaker.key != body.key for o in self._in(lo, hi)):
                continue  # another body's officer
            (before if n.start < pos else after).append(n)
        nearest = before[-1] if before else after[0] if after else None
        return self._short_form(nearest.speaker) if nearest is not None else None

    def _whole_body(self, body: Speaker, end: int) -> Speaker:
        """``body``, or the phrase of its name and the lower-case nouns after it up to the subject's
        ``end`` ("Ghent police", "Tromsø harbour": what a spokesperson speaks for, an organisation
        ``ORG:<phrase>`` at the phrase, not the city). Words that are no noun ("also", "later",
        an "-ly" adverb, a function word: "a spokesman for Ghent also said") leave ``body``."""
        assert body.at is not None
        m = _BODY_TAIL.fullmatch(self.text, body.at[1], end)
        if m is None:
            return body
        if any(w in FUNCTION_WORDS or w in _NOT_NOUNS or ly_adverb(w) for w in m.group(1).split()):
            return body
        name = " ".join(self.text[body.at[0] : m.end(1)].split())
        return Speaker(f"ORG:{name}", name, "ORG", (body.at[0], m.end(1)))

    def _resolve(self, start: int, end: int, *, first: bool = False) -> Speaker | None:
        anonymous = self.anonymous_source(start, end)
        if anonymous is not None:
            return anonymous  # "a source close to Westmarch Rail said": never the firm
        raw_end = end  # (a list's last member may end in "'s", which the cut takes off)
        if not first:
            cut = self.subject_end(start, end)
            if _WORD.search(self.text, start, cut) is not None:
                end = cut
            rel = _RESTRICTIVE.search(self.text, start, end)
            if (
                rel is not None
                and "," not in self.text[rel.start() : end]
                and 1 <= len(_WORD.findall(self.text, start, rel.start())) <= 5
                and self.text[start : rel.start()].split()[-1].lower() not in FUNCTION_WORDS
                and self.text[start : rel.start()].split()[-1].lower() not in CUE_WORDS
            ):
                # "The company that refused to comment said", "A union that argues for higher pay
                # said": the subject is the phrase before its restrictive relative clause, whose
                # words ("his name", "higher pay") name no one (t13m F12)
                head = self.resolve(start, rel.start())
                if head is not None:
                    return head
        officials = self._place_officials(start, end)
        if officials is not None:
            return officials
        kinds = self.kind_list(start, end) or self.kind_list(start, raw_end)
        if kinds is not None:
            return kinds
        if not first:
            renamed = self._head_apposition(start, end)
            if renamed is not None:
                return renamed
        principal = self._pronoun_principal(
            [(m.start(), m.group().lower().rstrip(".")) for m in _WORD.finditer(self.text, start, end)]
        )
        if principal is not None:
            return principal
        modified = self._name_modifies(start, end)
        if modified is not None:
            return modified
        described = _THE_PLACE_KIND.fullmatch(self.text, start, end)
        if described is not None and described.group(1).lower() in PLACE_KIND_AFTER:
            # "…, the county said": the place named before whose name holds the kind ("Marsh
            # County"), speaking as "Marsh County officials said" does (round s48-q2, t13ap N10);
            # else the group as written, as before
            place = self._place_of_kind(described.start(1), described.group(1).lower())
            if place is not None:
                return place
        owned = self._place_body(start, end)
        if owned is not None:
            return owned
        group = self._group(start, end, first)
        if group is not None:
            return group
        if not first and (app := _OWNER_APPOSITION.search(self.text, start, end)) is not None and app.start() > start:
            # "Price, Dean's barrister, said", "Reid, Halvard's chairman, said": the name before
            # the apposition is the subject, whatever the relation noun; the possessor inside it
            # only describes the speaker (s42-rv 12: the client or the company was credited)
            named = self._before_apposition(start, app.start())
            if named is not None:
                return named
        if self._cut_body(start, end) or self._listed_object(start, end):
            # "Officials in Cebu, Bohol and Leyte said": the group as written, no one named (its
            # places are no speakers; review s48-rv finding 3); "the International Federation of
            # Red Cross and Red Crescent Societies said": one body's name the recogniser cut at
            # its "and", neither piece a name the article holds (finding 4)
            name = " ".join(self.text[start:end].split()).strip(" ,")
            name = name[:1].upper() + name[1:]
            return Speaker(f"GROUP:{name.lower()}", name, GROUP)
        listed = self._name_list(start, end, after_cue=first)
        if listed is not None:
            return listed
        if not first:
            # "Reyes and Ortiz said", one name typed a person: the pair, never its typed name
            spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text, start, end)]
            pair = self._name_pair(start, spans) if spans else None
            if pair is not None:
                return pair
        if first:
            # 'said Cruz, Ortiz and Santos', Santos typed a place: the list of people
            # (:meth:`_surname_typed_place`), never the place alone; '"…," said Marks and
            # Spencer': the pair as one speaker, as before the verb (round s48-q3: unattributed)
            after = []
            for m in _WORD.finditer(self.text, start, end):
                if m.group() != "and" and not m.group()[:1].isupper():
                    break  # the list ends at the verb's time or place: "… on Monday"
                after.append((m.start(), m.end(), m.group()))
            bare = self._name_pair(start, after) if after else None
            if bare is not None:
                return bare
        hit = self.named_in(start, end)
        if hit is not None:
            return hit.speaker
        owner = [n for n in self._in(start, end) if n.speaker.type == "PERSON"]
        if owner and _POSSESSIVE_AFTER.match(self.text, owner[-1].end) and self._owned_person(owner[-1].end, end):
            # "Ríos's father said", "Ellery's lawyer said" (named_in)
            return self._owned_group(owner[-1].end, end, self._short_form(owner[-1].speaker))
        if not first:
            app = CLOSING_APPOSITION.search(self.text, start, end)
            if app is not None and app.start() > start:
                # "Ueda, the harbour master, said": the subject is before the apposition.
                before = self.resolve(start, app.start())
                if before is not None:
                    return before
        if first:
            # 'said Cruz, Ortiz and Diaz': a list of bare names after the verb (round s47-q)
            after = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:end])]
            bare = self._name_pair(start, after) if after else None
            if bare is not None and "," in bare.name:
                return bare
        lone = self._lone_name(start, end, first)
        if lone is not None:
            return lone
        words = [(start + m.start(), m.group().lower().rstrip(".")) for m in _WORD.finditer(self.text[start:end])]
        if first:
            words = words[:4]
        else:
            speaks = self._speaks_for_head(words, end)
            if speaks is not None:
                return speaks
            words = list(reversed(words))[:4]
        for pos, w in words:
            w = w.removesuffix("'s").removesuffix("’s")
            if w in PRONOUNS:
                if w in ("her", "his") and self._owned_person(pos + len(w), end):
                    # "Her father said": the father speaks, unnamed (t13y G7: was the woman)
                    return self._owned_group(pos + len(w), end)
                return self._person_before(pos, PRONOUNS[w])
            if w in NEUTER:
                if w in ("they", "their"):
                    # "Survivors gathered at the river. "…," they said": the group opening a sentence
                    # since the organisation last named, never an outlet told the words (t13aa K8)
                    org = self._org_before(pos, None, listeners=False)
                    at = self._org_at(org, pos) if org is not None else -1
                    # looked for within the reach only, as an unnamed person is: a group far back
                    # is no antecedent, and each "they" costs its reach, not the article's length
                    # (review s35-rv2 item 1: 2,000 '"…," they said.' lines took 138 s)
                    reach = max(0, pos - _UNNAMED_REACH)
                    crowd = self._group_subject(max(self._sentence_floor(at), reach) if at >= 0 else reach, pos)
                    return crowd if crowd is not None else org
                return self._org_before(pos, None)
            if w in SPEAKS_FOR_ORG:
                body = self._spoken_for(pos, end)
                if body is not None:
                    return body
                # "The company's spokesman said" with no company named: the spokesman as
                # written, unattributed, never a dropped statement (s42-rv 13)
                return self._org_before(pos, self._modifier(words, pos)) or self._unnamed_institution(pos, w)
            if w in ROLES:
                titled = name_after_title(self.text, pos + len(w), end)
                if titled is not None:
                    # "Deputy Mayor d'Reyk said": the title's holder, named after it, though the
                    # recogniser missed the name; never the person introduced by the title
                    name = " ".join(self.text[titled[0] : titled[1]].split())
                    return self._short_form(Speaker(f"NAME:{name}", name, "PERSON"))
                # "The mayor of the town said": the person introduced as mayor, else the mayor as
                # written (unattributed), never whoever was named last; "the deputy mayor" is
                # the person introduced as deputy mayor (or as the deputy), never the mayor
                rank = self._rank_modifier(start, pos)
                role = f"{rank} {w}" if rank else w
                return self._person_with_role(pos, w, rank) or Speaker(f"GROUP:{role}", role.capitalize(), GROUP)
            if w in INSTITUTIONS and (kind := self._kind_before(pos, start)) is not None:
                # "the central bank", "the state broadcaster": a kind of institution of its own,
                # never the nearest bank or broadcaster named; the body the article names as that
                # kind, else that kind as written, unattributed (t13al N5: "…, the central bank
                # said" was credited to the failed bank the story is about)
                return self._org_of_kind(pos, w, kind) or self._unnamed_institution(pos, w, kind)
            if w in INSTITUTIONS:
                same = self._org_in_sentence(pos) if w not in BODIES else None
                if same is not None:
                    # "Tarnok Vasút Kft will cut 320 jobs, the company said": the firm the sentence
                    # itself names, never the dateline's agency nor a firm named before (t13l F2, F12)
                    return same
                org = self._org_before(pos, w)
                if org is None and w in KIND_NAME_WORDS:
                    # "the regulator" after "the Financial Conduct Authority": the body whose name
                    # tells it is of that kind (round s46-q)
                    org = self._org_named(pos, w)
                if org is None and w not in BODIES and w not in _FIRM_NOUNS:
                    # "the utility said" with no organisation introduced as the utility: the
                    # utility as written, unattributed (t13p F17)
                    return self._unnamed_institution(pos, w)
                if org is None and w not in BODIES and not self._any_org_before(pos, firms=w in _FIRM_NOUNS):
                    # "The company said it would appeal" (or an all-caps lede's "THE COMPANY
                    # SAID") with no organisation named before: the company as written,
                    # unattributed (was no statement), never a person nor a firm named later
                    return self._unnamed_institution(pos, w)
                return org
            if _body(w):
                # "Police said": the body named earlier whose name holds the word ("Halvik
                # Police"), else no one named (never another organisation of the article)
                return self._body_before(pos, w)
        return self._from_place(start, end)

    def apposed_name(self, start: int, end: int) -> Speaker | None:
        """The speaker the words ``start:end`` before an apposition's comma name
        (:meth:`_before_apposition`): "Novak" in "Novak, of the Campaign for Better Transport,".
        A lone word in "-s" is a name here, no plural noun: the apposition says who it is."""
        named = self._before_apposition(start, end)
        if named is not None and named.key.startswith(LONE):
            return Speaker(f"NAME:{named.name}", named.name, named.type, named.at)
        return named

    def _before_apposition(self, start: int, end: int) -> Speaker | None:
        """The speaker the words ``start:end`` before an apposition's comma name: a mention or a
        known name there (:meth:`resolve`), else one to three capitalised words, none a title or
        sentence opener, as written (a surname the apposition shows is a person's: "Price, Dean's
        barrister," though "price" is a common word); None for anything else ("Meanwhile, the
        firm's lawyer")."""
        named = self.resolve(start, end)
        if named is not None:
            return named
        words = self.text[start:end].split()
        if 1 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) and w not in _NOT_NAME for w in words):
            name = " ".join(words)
            return self._short_form(Speaker(f"{LONE}{name}" if len(words) == 1 else f"NAME:{name}", name, "PERSON"))
        return None

    def _head_apposition(self, start: int, end: int) -> Speaker | None:
        """The person or organisation an apposition names when the subject ``start:end`` is "the
        NOUN of X, NAME," (:data:`_HEAD_OF`: "The owner of the container ship Sea Falcon, Brandt
        Lines,", "The maker of the drone Sky Hawk, Aerolis Systems,"): NAME renames the head, so
        it speaks, never a name inside "of X" (t13af N5). None when the words after the comma are
        no name alone (a description: "The father of the victim, a teacher,") or the head holds a
        function word."""
        text = self.text
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        m = _HEAD_OF.match(text, start, end)
        if m is None or m.end() >= end or any(w in FUNCTION_WORDS for w in m.group(1).lower().split()):
            return None
        named = self.named_in(m.end(), end)
        if named is None or named.start != m.end() or named.end != end:
            return None
        return named.speaker if named.speaker.type in ("PERSON", "ORG") else None

    def _from_place(self, start: int, end: int) -> Speaker | None:
        """A person described by where they come from as the subject ("A rescuer from Asturias
        said"): the person as written, unattributed (a group), never the place (t13y G7: the
        place spoke); None when the subject has no place after "from"."""
        for n in self._in(start, end):
            if n.speaker.type not in ("GPE", "NORP"):
                continue
            m = _FROM_PLACE.search(self.text, max(start, n.start - 40), n.start)
            noun = m.group(1).lower() if m is not None else self._person_at(n.start, start)
            if noun is not None:
                return Speaker(f"GROUP:{noun}", noun.capitalize(), GROUP)
        return None

    def _person_at(self, place: int, floor: int = 0) -> str | None:
        """The one person, in lower case, a singular noun right before the preposition of the
        place at ``place`` names ("one pharmacist in Nantes" → "pharmacist", :data:`_AT_PLACE`,
        :func:`cues.person_singular`), looked for from ``floor`` on; None for any other words
        ("the government in Kyiv", "Hospitals in Portmere")."""
        m = _AT_PLACE.search(self.text, max(floor, place - 40), place)
        if m is None:
            return None
        noun = m.group(1).lower()
        return noun if person_singular(noun) else None

    def _org_in_sentence(self, pos: int) -> Speaker | None:
        """The first organisation named in the sentence before ``pos`` (a description's offset,
        "the company" in "X Kft will cut 320 jobs, the company said"): an ORG mention or a run of
        capitalised words ending in a legal form the recogniser missed, never the agency of a wire
        dateline opening the sentence ("SZEGED, Oct 16 (Danubewire) - …"). None when it names none."""
        head = self.text[max(0, pos - 400) : pos]
        cut = max((m.end() for m in re.finditer(r"[.!?]['\"”’]?\s+|\n", head)), default=0)
        start = pos - len(head) + cut
        wire = dateline.match(self.text, start, pos)
        if wire is not None and wire.spaced and wire.end < pos:
            start = wire.end
        orgs = [self._owner_of_product(n) for n in self._in(start, pos) if n.speaker.type == "ORG"]
        orgs += [n for n in self._runs(start, pos) if n.speaker.type == "ORG"]
        orgs = [n for n in orgs if not _calendar_name(n.speaker.name)]
        return min(orgs, key=lambda n: n.start).speaker if orgs else None

    def _owner_of_product(self, n: Named) -> Named:
        """The organisation a sentence names as acting when an organisation's name ``n`` is
        written as a thing it makes, after its owner's name and a determiner ("A Nordair Airbus
        landed", "a Fjordfly Boeing", "the Nordbahn Siemens train"): the owner (the mention there,
        else its capitalised words as a name found next to a cue), never the maker (t13ad N8:
        "…, the airline said." was Airbus's); ``n`` itself otherwise."""
        m = _OWNER_BEFORE.search(self.text, max(0, n.start - 80), n.start)
        if m is None:
            return n
        s, e = m.start(1), m.start(1) + len(m.group(1).rstrip())
        if any(w.lower() in FUNCTION_WORDS or w.lower() in TITLE_WORDS for w in m.group(1).split()):
            return n
        for other in self._in(s, e):
            if other.start == s and other.end == e:
                return other if other.speaker.type == "ORG" else n
        name = " ".join(self.text[s:e].split())
        return Named(s, e, Speaker(f"NAME:{name}", name, "ORG", (s, e)))

    def _holder_after(self, at: int, end: int) -> Speaker | None:
        """The person whose name, in at most four words, follows a comma at ``at`` and runs to the
        next comma or ``end`` (the holder of the title before ``at``), else None."""
        comma = re.match(r"\s*,\s*", self.text[at:end])
        if comma is None:
            return None
        at += comma.end()
        more = re.search(r"[,;]", self.text[at:end])
        stop = at + more.start() if more else end
        if not 1 <= len(_WORD.findall(self.text[at:stop])) <= 4:
            return None
        named = self.leading(at, stop)
        return named if named is not None and named.type == "PERSON" else None

    def _place_body(self, start: int, end: int) -> Speaker | None:
        """A place's or nation's possessive before a body's noun as the subject ("Poland's foreign
        ministry", "Lisbon's fire brigade"): the body, never the bare place (t13n F10): the
        organisation named before whose name holds the noun, else the body as written (a group,
        unattributed). None when the subject is not of that form."""
        for n in self._in(start, end):
            if n.speaker.type not in ("GPE", "NORP"):
                continue
            m = _OWNED_BODY.match(self.text, n.end, end)
            if m is None and n.speaker.type == "GPE" and (body := self._place_institution(start, n, end)) is not None:
                return body
            if m is None and n.speaker.type == "NORP":
                # "according to Portuguese media", "Polish officials said": the nationality is
                # the noun's adjective, the group speaks (unattributed), never the nation
                m = _NATION_NOUN.match(self.text, n.end, end)
                if m is not None and not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
                    continue
                if m is not None and (holder := self._holder_after(m.end(), end)) is not None:
                    # "The Liberal Democrat group leader, Sam Okoro,": a title, the nationality or
                    # party its adjective, then its holder's name in commas; the holder speaks
                    # (review s43-rv 14: the "Democrat group leader" was an unnamed group)
                    return holder
                if m is not None and m.group(2).lower() not in FUNCTION_WORDS:
                    named = self._body_before(n.start, m.group(2).lower())
                    if named is not None:
                        return named
                    name = " ".join(self.text[n.start : m.end()].split())
                    return Speaker(f"GROUP:{name.lower()}", name, GROUP)
                continue
            if m is None or not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
                m = _OWNED_PHRASE.match(self.text, n.end, end)
                if m is None or not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
                    continue
            noun = m.group(2).lower()
            if noun not in ROLES and not (noun in INSTITUTIONS or noun in BODIES or _body(noun)):
                # "according to Lima's chamber of commerce", "said Quito's water board of
                # trustees", "Lima's residents said": the possessive phrase whole speaks (a
                # body named before whose name holds its noun, else the phrase as written),
                # never the place that owns it (t13p F17: the statement was Lima's); "China's
                # delegation said" is the nation's own voice
                if noun in _NATION_VOICES or m.group(1).strip().lower() in _NATION_VOICES:
                    continue
                named = self._body_before(n.start, noun)
                if named is not None:
                    return named
                name = " ".join(self.text[n.start : m.end()].split())
                return Speaker(f"GROUP:{name.lower()}", name, GROUP)
            if noun in ROLES and noun not in _NATION_VOICES and m.group(1).strip().lower() == noun:
                # "Poland's president said": the person introduced as president, else the role as
                # written (unattributed), never the country
                person = self._person_with_role(n.start, noun)
                name = " ".join(self.text[n.start : m.end()].split())
                return person or Speaker(f"GROUP:{name.lower()}", name, GROUP)
            if noun in _NATION_VOICES or not (noun in INSTITUTIONS or noun in BODIES or _body(noun)):
                continue  # "China's delegation said": the nation's own voice at a negotiation
            named = self._body_before(n.start, noun)
            if named is not None:
                return named
            name = " ".join(self.text[n.start : m.end()].split())
            return Speaker(f"GROUP:{name.lower()}", name, GROUP)
        return None

    def _name_modifies(self, start: int, end: int) -> Speaker | None:
        """A subject whose one name only modifies its head, a noun for a person or people after
        it ("the Tamsin County coroner", "the Marsh County sheriff", "Fire officials", "Storm
        Ellery officials"): the person the article introduces by that role (before the subject,
        else after it in the same story: "…, the county coroner said. Coroner Ifeoma Strzelecki
        said …"), else the phrase as written (a group: unattributed); never the name, the place
        the official serves or an event the sentence is about (round s48-q2, t13ap N7: "the
        Tamsin County coroner" was the county, "Fire officials" the fire). By the grammar: a
        determiner at most before the name, one to three lower-case words after it, the last a
        person's noun (:func:`cues.person_singular`, a title word) or a plural for people
        (:func:`cues.people_plural`). A name typed a person (by mistake: a fire, a storm) has no
        officials nor office, singular or plural head alike; a place's or a nation's officials
        and spokespeople speak for it (:data:`cues.SPEAKS_FOR_ORG`: "Tamsin County officials
        said", as before), so only a place's single office holder is read here; an
        organisation's staff ("the Acme chief executive") are read as before. None for any
        other subject."""
        names = self._in(start, end)
        if len(names) != 1:
            return None
        n = names[0]
        kind = n.speaker.type
        if kind not in ("PERSON", "GPE", "LOC", "FAC", "EVENT", "NORP"):
            return None
        if not _DETERMINER_ONLY.fullmatch(self.text, start, n.start) or _POSSESSIVE_AFTER.match(self.text, n.end):
            return None
        m = _HEAD_AFTER_NAME.fullmatch(self.text, n.end, end)
        if m is None:
            return None
        words = m.group(1).split()
        head = words[-1]
        if any(w in FUNCTION_WORDS for w in words) or head in OWNER_AGENTS:
            return None  # "the Garvey spokesman": the owner's spokesperson, as before
        single = person_singular(head) or head in TITLE_WORDS
        if kind in {"PERSON", "EVENT"}:
            if not (single or people_plural(head)):
                return None
        elif not single or head in SPEAKS_FOR_ORG or head in ROLES:
            # "a Tamsin County official", "Tamsin County officials", "the Polish president" (a
            # nation's or a place's voice and roles, as before)
            return None
        if single:
            person = self._person_with_role(n.start, head) or self._role_holder_after(m.end(1), head)
            if person is not None:
                return person
        phrase = " ".join(self.text[n.start : m.end(1)].split())
        det = re.match(r"\s*(the|a|an)\s", self.text[start : n.start + 1], re.I)
        phrase = f"{det.group(1).capitalize()} {phrase}" if det is not None else phrase
        return Speaker(f"GROUP:{phrase.lower()}", phrase, GROUP)

    def kind_list(self, start: int, end: int) -> Speaker | None:
        """A list of names after the plural of their kind as the whole subject ``start:end``
        ("Oil firms Shell, BP and Eni", "Supermarkets Tesco, Marks and Spencer and Sainsbury's",
        "rival carmakers Volvo and Saab"): the list's ``PAIR`` speaker, each member kept whole
        (:func:`model.listed_key`), never the kind noun nor a name glued to it ("Supermarkets
        Tesco"; round s49-q, issue #16). The kind is one to three words before the first name,
        the last a plural (an "-s" ending), lower case but for a sentence's first word; the
        members are capitalised words between commas, the last two joined by "and"
        (:func:`_comma_list`). Type ``PERSON`` when the kind is a plural for people
        (:func:`cues.people_plural`: "ministers") and neither a kind of firm the entity recogniser
        reads before listed names (:data:`context.KINDS_LISTED`: "carmakers", "banks") nor a
        member an organisation's mention, else ``ORG``. With no kind word the list alone is read
        the same way (:meth:`_bare_list`: "Tesco, Marks and Spencer and Sainsbury's said").
        None for any other subject."""
        listed = self._kind_listed(start, end)
        return listed if listed is not None else self._bare_list(start, end)

    def _bare_list(self, start: int, end: int) -> Speaker | None:
        """A list of three or more names with no kind word before it as the whole subject
        ``start:end`` ("Tesco, Marks and Spencer and Sainsbury's", "Barclays, Lloyds and HSBC"):
        read by the one list reader (:func:`_comma_list`) as :meth:`kind_list` reads it after a
        kind, an ``ORG`` list speaker credited to each member (issue #16, s50-q: it was no one's,
        or its first member's alone). A list of firms only: a member is an organisation's
        mention, none a person's or a place's, and none opens with a word that is no name's
        ("But Tesco"); a list of people or places is :meth:`_name_list`'s."""
        s, e = start, end
        if re.match(r"['’]s\s", self.text[e : e + 3]):
            e += 2  # "… and Sainsbury's said": the name's own "'s" (as :meth:`_kind_listed`)
        region = self.text[s:e]
        lead = re.match(r"\s*(?:[Tt]he\s+)?", region)
        assert lead is not None
        s += lead.end()
        members = _comma_list(self.text[s:e], self._whole_name_at(s, e))
        if members is None or len(members) < 3 or any(m.split()[0] in _NOT_NAME for m in members):
            return None
        names = self._in(s, e)
        if not any(n.speaker.type == "ORG" for n in names) or any(n.speaker.type != "ORG" for n in names):
            return None
        return Speaker(listed_key(members), _written_list(members), "ORG")

    def _kind_listed(self, start: int, end: int) -> Speaker | None:
        """:meth:`kind_list` of a list after its kind word."""
        m = _KIND_BEFORE_LIST.match(self.text, start, end)
        if m is None or self._in(m.start("kind"), m.end("kind")):
            return None
        kind = m.group("kind").split()
        if kind[0][:1].isupper() and not (
            _SENTENCE_END_BEFORE.search(self.text[max(0, m.start("kind") - 200) : m.start("kind")])
            or not self.text[max(0, m.start("kind") - 200) : m.start("kind")].strip()
        ):
            return None  # a capitalised word mid-sentence is a name's, no kind noun
        if any(w[:1].isupper() for w in kind[1:]) or kind[-1].lower().endswith(("ss", "'s", "’s")):
            return None
        rest = m.end("kind")
        if re.match(r"['’]s\s", self.text[end : end + 3]):
            # "… and Sainsbury's said": an "'s" right before the verb is the name's own (a
            # possessive is followed by a noun, never by a verb), which the subject's cut left off
            end += 2
        members = _comma_list(self.text[rest:end], self._whole_name_at(rest, end))
        if members is None:
            return None
        low = kind[-1].lower()
        firms = re.fullmatch(KINDS_LISTED, low) is not None or any(n.speaker.type == "ORG" for n in self._in(rest, end))
        if people_plural(low) and not firms:
            return Speaker(f"{PAIR}{', '.join(members[:-1])} and {members[-1]}", _written_list(members), "PERSON")
        return Speaker(listed_key(members), _written_list(members), "ORG")

    def _whole_name_at(self, start: int, end: int) -> Callable[[str], bool]:
        """Whether words are a whole mention's in ``start:end`` (the test :func:`_comma_list`
        splits a member holding "and" by)."""
        names = {" ".join(self.text[n.start : n.end].split()) for n in self._in(start, end)}
        return names.__contains__

    def _place_officials(self, start: int, end: int) -> Speaker | None:
        """A place's officials as the whole subject ``start:end``, written any of three ways:
        "Oslo officials", "officials in (or of) Oslo", "Tamsin County officials" (a determiner
        and a level of government, "city", "state", "local", may come between): the place's
        government speaking (:func:`model.officials_of`: "Oslo officials", type ORG), never the
        place itself nor a person of its name (round s49-q: "Tamsin County officials said" was
        the person "Tamsin County", "Oslo officials" the city, "officials in Oslo" no one). The
        place is a GPE mention filling the name's words, else capitalised words whose last is a
        kind of place (:data:`lexicons.PLACE_KIND_AFTER`: "Tamsin County" the recogniser left
        untyped). None for any other subject: an organisation's officials ("Nordsea officials")
        are that organisation's as before, and a list of places ("officials in Cebu, Bohol and
        Leyte") stays the group as written."""
        m = _PLACE_OFFICIALS.fullmatch(self.text, start, end)
        if m is None:
            return None
        at = m.span("before") if m.group("before") is not None else m.span("after")
        names = self._in(*at)
        if len(names) == 1 and (names[0].start, names[0].end) == at:
            n = names[0]
            if n.speaker.type != "GPE":
                return None
            return officials_of(Speaker(n.speaker.key, n.speaker.name, n.speaker.type, (n.start, n.end)))
        words = [w.lower() for w in self.text[at[0] : at[1]].split()]
        if names or words[-1] not in PLACE_KIND_AFTER:
            return None
        # The kind word names no place by itself: "County officials said" opens a sentence with a
        # capital only because it is first, "City County officials" repeats levels (round s49-fx4,
        # review s49-rv2 #1). A proper word must come before the kind: "Tamsin County".
        if not any(w not in PLACE_KIND_AFTER and w not in _GOVERNMENT_LEVELS and w != "of" for w in words[:-1]):
            return None
        name = " ".join(self.text[at[0] : at[1]].split())
        return officials_of(Speaker(f"GPE:{name}", name, "GPE", at))

    def _place_of_kind(self, pos: int, kind: str) -> Speaker | None:
        """The latest place (GPE) named before ``pos`` whose name holds the lower-case ``kind``
        of place (:data:`lexicons.PLACE_KIND_AFTER`: "county" → "Marsh County"), else None."""
        for n in self._latest_first(pos):
            if n.speaker.type == "GPE" and kind in _words_of(n.speaker.name):
                return n.speaker
        return None

    def _role_holder_after(self, pos: int, role: str) -> Speaker | None:
        """The first person after ``pos``, within :data:`_ROLE_AHEAD` characters, whose name the
        text writes right after ``role`` as a title ("Coroner Ifeoma Strzelecki", "coroner Ifeoma
        Strzelecki"): the holder a story names after first calling them by their office; None
        when there is none."""
        for n in self.named[bisect_left(self._starts, pos) :]:
            if n.start > pos + _ROLE_AHEAD:
                break
            if n.speaker.type != "PERSON":
                continue
            before = _words_of(self.text[max(pos, n.start - 40) : n.start])
            if before and before[-1] == role:
                return self._short_form(n.speaker)
        return None

    def _place_institution(self, start: int, place: Named, end: int) -> Speaker | None:
        """A place's name before the noun of its institution, ending the subject ``start:end``
        ("Stavenholm airport", "Bergen hospital"; "a spokesperson for Tromsø harbour"): the
        institution, never the place (t13ad N8: "…, a spokesperson for Stavenholm airport says."
        was Stavenholm's). The noun is a body's or a facility's (an institution's word, or one the
        entity recogniser ends an organisation or a facility with: :func:`kind_of_word`), or any
        noun after a spokesperson's "for"/"of"/"at" (what the spokesperson speaks for). The
        organisation named before whose name holds the noun ("Stavenholm Airport"), else the
        phrase as written (a group: unattributed); None when the subject is not of that form."""
        m = _PLACE_NOUN.match(self.text, place.end, end)
        if m is None or not re.match(r"\s*(?:[,.;:]|$)", self.text[m.end() : end]):
            return None
        noun = m.group(2).lower()
        if noun in FUNCTION_WORDS:
            return None
        # The place opens the subject, after a determiner or a spokesperson's preposition only:
        # "SBM Intel, a Lagos intelligence firm, says" is the firm's apposition, SBM Intel speaks.
        spoken_for = _SPOKEN_FOR_BEFORE.fullmatch(self.text, start, place.start) is not None
        if not spoken_for and not _DETERMINER_ONLY.fullmatch(self.text, start, place.start):
            return None
        if not (
            spoken_for or noun in INSTITUTIONS or noun in BODIES or kind_of_word(noun.capitalize()) in ("ORG", "FAC")
        ):
            return None
        named = self._body_before(place.start, noun)
        if named is not None and self.text[place.start : place.end].lower() in named.name.lower():
            return named
        name = " ".join(self.text[place.start : m.end()].split())
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _unnamed_institution(self, pos: int, word: str, kind: str = "") -> Speaker:
        """An institution's noun at ``pos`` that no name refers to, as a group (listed as
        unattributed): "The company", "A firm", "The central bank" (its determiner and ``kind``,
        the classifying word before the noun, kept; capitals read in lower case)."""
        lead = pos - len(kind) - 1 if kind else pos
        det = re.search(r"\b(the|a|an|this|that)\s+$", self.text[max(0, lead - 6) : lead], re.IGNORECASE)
        word = f"{kind} {word}" if kind else word
        name = f"{det.group(1).lower()} {word}" if det is not None else word
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _kind_before(self, pos: int, start: int) -> str | None:
        """The lower-case word classifying the institution's noun at ``pos``: "central" in "the
        central bank", "state" in "the state broadcaster"; None when the word before it (from
        ``start``) is none: a determiner, a possessive, a function word, a number, or a word that
        describes the one institution already spoken of ("the troubled bank", "the same bank",
        "the combined group": a participle or :data:`_SAME_ONE`)."""
        m = re.search(r"(?<![\w'’-])([a-z][a-z-]*)\s+$", self.text[max(start, pos - 30) : pos])
        if m is None:
            return None
        word = m.group(1)
        if (
            word in FUNCTION_WORDS
            or word in DETERMINERS
            or word in _POSSESSIVE
            or word in _SAME_ONE
            or word in INSTITUTIONS
            or word.endswith(("ed", "ing"))
        ):
            return None
        return word

    def _org_of_kind(self, pos: int, noun: str, kind: str) -> Speaker | None:
        """The organisation named before ``pos`` that is the ``kind`` ``noun`` ("the central
        bank"): one whose name holds both words ("Central Bank of Ireland"), or one introduced as
        that kind in apposition ("De Nederlandsche Bank, the Dutch central bank,", "the central
        bank DNB"); the latest such, else the latest whose name holds the noun alone ("The Bank
        of England raised rates. …, the central bank said."; review s45-rv finding 25) unless
        the article describes it otherwise ("Veltra Bank, a regional lender,", "the troubled
        lender Veltra Bank": a namesake of another kind) or it is named in the statement's own
        sentence ("Harlow Bank lost £40m, the central bank said": the bank spoken of); else None."""
        phrase = f"{kind} {noun}"
        holder: Speaker | None = None
        floor = self._sentence_floor(pos)
        floor = 0 if floor == pos else floor  # no break within reach: every name near is the sentence's
        for n in reversed(self._before(pos)):
            if n.speaker.type != "ORG" or self._dateline_agency(n):
                continue
            words = set(n.speaker.name.lower().split())
            if {kind, noun} <= words or self._introduced_as(n, phrase) or self._named_as_kind(words, kind, noun):
                return n.speaker
            if holder is None and noun in words and n.start < floor and not self._described_as_other(n):
                holder = n.speaker
        return holder

    @staticmethod
    def _named_as_kind(words: set[str], kind: str, noun: str) -> bool:
        """Whether an organisation's name (its lower-case ``words``) tells it is the ``kind``
        ``noun`` (:data:`cues.KIND_NAME_WORDS`): the central bank by "Reserve" ("Federal
        Reserve"), the competition watchdog by "Competition" and a regulator's word
        ("Competition and Markets Authority": the qualifier in the name, a regulating body's noun
        beside it, :data:`cues.KIND_BODY_NOUNS`)."""
        if words & KIND_NAME_WORDS.get(f"{kind} {noun}", frozenset()):
            return True
        telling = KIND_NAME_WORDS.get(noun, frozenset()) | KIND_BODY_NOUNS.get(noun, frozenset())
        return kind in words and bool(words & telling)

    def _described_as_other(self, n: Named) -> bool:
        """Whether the organisation's mention ``n`` is described by a common-noun phrase in
        apposition: "Veltra Bank, a regional Dutch lender,", "the troubled lender Veltra Bank"
        (the kind of body the article says it is; :meth:`_introduced_as` tells a given kind)."""
        after = self.text[n.end : n.end + 80]
        before = self.text[max(0, n.start - 60) : n.start]
        return bool(
            re.match(r"\s*,\s*(?:the|a|an)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*[,;.]", after)
            # (in lower case after the determiner, on the name's line: "Story a\n\nThe Bank of
            # England" is no "a … The" phrase)
            or re.search(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,3}$", before)
        )

    def _body_before(self, pos: int, word: str) -> Speaker | None:
        return self._latest_org_with(pos, {word, word[:-1] if word.endswith("s") else word})

    def _latest_org_with(self, pos: int, words: set[str]) -> Speaker | None:
        """The organisation named last before ``pos`` whose name, in lower case, holds one of
        ``words`` as a word: the first such in ``reversed(self._before(pos))`` (a name found next
        to a cue before one the recogniser gave at the same place), else None. One bisection a
        word among the recogniser's names, a look through the few names found next to cues."""
        limit = bisect_left(self._starts, pos)
        best = -1
        for w in words:
            at = self._org_words.get(w)
            if at:
                k = bisect_left(at, limit) - 1
                if k >= 0 and at[k] > best:
                    best = at[k]
        found: Named | None = None
        for f in self.found:
            if (
                f.start < pos
                and f.speaker.type == "ORG"
                and (found is None or f.start >= found.start)
                and words & _name_keys(f.speaker.name)
            ):
                found = f
        if found is not None and (best < 0 or found.start >= self.named[best].start):
            return found.speaker
        return self.named[best].speaker if best >= 0 else None

    def _group(self, start: int, end: int, first: bool) -> Speaker | None:
        """An unnamed group, person or public body as the whole subject ("Harbour officials said",
        "said police", "a spokesperson said", "The regional council said"): the group as written,
        not a named entity from elsewhere in the text (a body the article names whose name holds
        its noun, "Ministry of Transport" for "the ministry", is that body). None when the subject is not such a group, or when it is someone's ("its
        spokesman", "Nordsea officials", "a ministry official" with a ministry named): those
        are resolved as before."""
        family = self._family(start, end, first)
        if family is not None:
            return family
        words = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:end])]
        if first:
            cut = re.search(r"[,;.:]", self.text[start:end])
            if cut is not None:
                words = [w for w in words if w[0] < start + cut.start()]
            lead = words[:5]
            at = next((i for i, w in enumerate(lead) if _unnamed(w[2].lower())), -1)
            if at < 0 or any(w[2].lower() in _GROUP_STOP for w in lead[:at]):
                return None
            if len(words) > at + 1 and words[at + 1][2].lower() in _SPEAKS_FOR:
                return None  # "said a spokesperson for Nordsea Lines"
            if any(w[2][:1].isupper() for w in words[at + 1 :]) or self._in(words[0][0], words[-1][1]):
                return None  # "said police chief Anna Berg": a name after the group word
            phrase = lead[: at + 1]
        else:
            if re.search(r"[,;:]\s*$", self.text[start:end]):
                return None
            if not words:
                return None
            if not _unnamed(words[-1][2].lower()):
                common = self._noun_phrase(start, words)
                if common is None:
                    return self._coordinated(start, words) or self._name_pair(start, words)
                return self._described(common)
            phrase = [words[-1]]
            for w in reversed(words[:-1]):
                low = w[2].lower()
                if (
                    low in _GROUP_STOP
                    or low in _CALENDAR
                    or len(phrase) > 3
                    or re.search(r"[,;:]", self.text[w[1] : phrase[0][0]])
                ):
                    break
                phrase.insert(0, w)
                if low in _GROUP_DROP or low in ("one", "another"):
                    # a determiner opens the phrase: "After the crash near Harnwick a spokesman
                    # said" is the spokesman's, the place before it no part (t13ab L4: the place spoke)
                    break
            at = words.index(phrase[0])
            if at and words[at - 1][2].lower() in _SPEAKS_FOR and self.named_in(start, words[at - 1][0]) is not None:
                # "Professor Lise Hinterkamp of the university said", "Ola Brekstad from the
                # union said": the body is the named subject's affiliation, the name speaks
                # (t13k F8: unattributed, as the body's words)
                return None
        lows = [w[2].lower().removesuffix("'s").removesuffix("’s") for w in phrase]
        owners = [
            low
            for low, w in zip(lows, phrase, strict=True)
            if low in _POSSESSIVE
            or (w[2].lower().endswith(("'s", "’s")) and _owner(w[2], low) and not _office_of_role(w[2], low))
        ]
        if owners and not all(o in BODIES and self._org_named(phrase[0][0], o) is None for o in owners):
            # "its spokesman", "the company's officials": someone's. A public body's no name
            # holds ("the transport ministry's spokesman") is that body's, as written.
            return None
        s, e = phrase[0][0], phrase[-1][1]
        if any(
            n.start < e and s < n.end and self.text[n.start : n.end].lower() not in GROUPS
            for n in self._in(max(0, s - 60), e + 60)
        ):
            # "Nordsea officials": the named organisation's (not "Residents" after a dateline,
            # which the recogniser may take for a name: the group word itself, t13j F16).
            return None
        if len(lows) == 2 and lows[0] == "the" and lows[1] in SPEAKS_FOR_ORG:
            # '"…," the spokesperson said.' after "A Westmarch Rail spokesperson said …": the
            # one introduced speaks again (t13ab L17, repro v20: it was unattributed)
            introduced = self._introduced_for(s, lows[1])
            if introduced is not None:
                return introduced
        if _body(lows[-1]):
            body = self._body_before(s, lows[-1])
            if body is not None:
                return body  # "Police said" after "Halvik Police": that body
        noun = next((low for low in reversed(lows) if low in INSTITUTIONS), None)
        if noun is not None:
            org = self._org_named(s, noun)
            if org is not None:
                return org  # "a ministry official", "the ministry": the ministry the article names
        while phrase and phrase[0][2].lower() in _GROUP_DROP:
            phrase = phrase[1:]
        owner = self._unlisted_owner(phrase)
        if owner is not None:
            return owner
        name = " ".join(w[2] for w in phrase)
        name = name[:1].upper() + name[1:]
        # Listed as unattributed (:func:`recognise._add`): no entity, and "officials" in two
        # articles are not known to be the same people.
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _unlisted_owner(self, phrase: list[tuple[int, int, str]]) -> Speaker | None:
        """The organisation a spokesperson's or officials' noun is modified by when its name is
        no entity: capitalised words right before the noun, none opening its sentence ("a Nordair
        spokesperson said", "…, Velmora officials said"; t13ad N8: unattributed, where "a Siemens
        spokesperson" was Siemens's), as a name found next to a cue (``NAME:`` key, an
        organisation). None for other phrases (a group word alone, a capitalised word the sentence
        opens with: "Harbour officials said")."""
        if len(phrase) < 2 or phrase[-1][2].lower() not in SPEAKS_FOR_ORG:
            return None
        owner = phrase[:-1]
        if len(owner) > 3 or not all(_NAME_WORD.fullmatch(w[2]) for w in owner):
            return None
        if any(
            low in FUNCTION_WORDS or low in TITLE_WORDS or low in INSTITUTIONS or low in GROUPS or _body(low)
            for low in (w[2].lower() for w in owner)
        ):
            return None  # "…, Police officials said", "Ministry officials": a body's word, no name
        before = self.text[max(0, owner[0][0] - 200) : owner[0][0]]
        if not before.strip() or _SENTENCE_END_BEFORE.search(before) is not None:
            return None  # the sentence's first word: capitalised as any word there is
        name = " ".join(w[2] for w in owner)
        return Speaker(f"NAME:{name}", name, "ORG", (owner[0][0], owner[-1][1]))

    def _coordinated(self, start: int, words: list[tuple[int, int, str]]) -> Speaker | None:
        """Plural nouns for people joined by "and", "or" or commas as the whole subject ("Women and
        children said", "Men, women and children said", "Elderly residents and their carers said",
        "Nurses and midwives on the ward said"): one unnamed group (t13m F1: dropped). Each part a
        plural noun for people (:func:`cues.people_plural`) after at most three lower-case words, a
        place after the last passed over; None otherwise (a name among them, "Vollmer and
        engineers said", is resolved as before)."""
        words = self._before_of(self._before_places(words))
        parts: list[list[tuple[int, int, str]]] = [[]]
        joined = False  # the last part joined by "and"/"or" ("The collapse killed 7 people, police" is none)
        for w in words:
            if parts[-1] and "," in self.text[parts[-1][-1][1] : w[0]]:
                parts.append([])
                joined = False
            if w[2] not in ("and", "or"):
                parts[-1].append(w)
            else:
                if parts[-1]:
                    parts.append([])
                joined = True
        if not joined or re.search(r"[;:]", self.text[words[0][0] : words[-1][1]]):
            return None
        if len(parts) < 2 or any(not p or len(p) > 4 for p in parts):
            return None
        first = words[0]
        for part in parts:
            for w in part:
                word = w[2][:1].lower() + w[2][1:] if w is first else w[2]
                if not _COMMON_NOUN.fullmatch(word):
                    return None
            head = part[-1][2].lower()
            if not (_plural(head) and people_plural(head)):
                return None
        before = self.text[start : first[0]]
        if (
            before.strip()
            and not re.search(r"[,;:(—–-]\s*$", before)
            and before.split()[-1].lower() not in _CLAUSE_OPEN
        ):
            return None
        name = " ".join(self.text[first[0] : words[-1][1]].split())
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _name_pair(self, start: int, words: list[tuple[int, int, str]]) -> Speaker | None:
        """Two or more capitalised names of one or two words, a list closed by "and", as the whole
        subject, no mention covering any ("Smith and Jones said", "Marks and Spencer said",
        "Cruz, Ortiz and Diaz said": the names recogniser leaves a bare list untyped): one
        speaker of key ``PAIR:<list>`` written as the list (:data:`model.PAIR`;
        :func:`model.pair_names` splits it). None for any other subject, or when a word is a
        title, a function word or a group's or institution's noun ("Police and Fire said" is no
        pair)."""
        at = next((i for i, w in enumerate(words) if w[2] == "and"), -1)
        tail = words[at + 1 :]
        # "Procter and Gamble and Unilever": a second "and", one of the two a name's own
        # (:func:`model.pair_names` keeps the run whole unless a known name tells which; round s48-q3)
        second = next((i for i, w in enumerate(tail) if w[2] == "and"), -1)
        tails = [tail[:second], tail[second + 1 :]] if second >= 0 else [tail]
        if at < 1 or any(not 1 <= len(t) <= 2 for t in tails) or any(w[2] == "and" for w in tails[-1]):
            return None
        parts: list[list[tuple[int, int, str]]] = [[]]
        for w in words[:at]:
            if parts[-1] and "," in self.text[parts[-1][-1][1] : w[0]]:
                parts.append([])  # "Cruz, Ortiz": the list goes on (round s47-q)
            parts[-1].append(w)
        if any(len(p) > 2 for p in parts) or (second >= 0 and len(parts) > 1):
            return None
        names = words[:at] + [w for w in tail if w[2] != "and"]
        for w in names:
            low = w[2].lower()
            if (
                not _NAME_WORD.fullmatch(w[2])
                or low in FUNCTION_WORDS
                or low in TITLE_WORDS
                or low in GROUPS
                or low in INSTITUTIONS
                or _body(low)
            ):
                return None
        first, last = words[0][0], words[-1][1]
        listed = re.sub(r",(?=\s)", "", self.text[first:last]) if len(parts) > 1 else self.text[first:last]
        spans = {(p[0][0], p[-1][1]) for p in [*parts, *tails]}
        inside = self._in(first, last)
        if second >= 0 and self._in(first, last + 2):  # ("Sainsbury's": its mention runs past the word)
            return None  # a double "and" among names the recogniser typed: not read here
        if re.search(r"[^\w\s'’.-]", listed) or any(
            (n.speaker.type != "PERSON" and not self._surname_typed_place(n, inside, len(spans)))
            or (n.start, n.end) not in spans
            for n in inside
        ):
            # a bracket, a comma elsewhere: an aside; a mention: resolved as before (in a list or
            # a pair, a person's mention of one name alone is one of its names: "Cruz, Ortiz and
            # Diaz", "Reyes and Ortiz" with Ortiz typed a person; round s48-q: Ortiz alone spoke)
            return None
        before = self.text[start:first]
        if (
            before.strip()
            and not re.search(r"[,;:(—–-]\s*$", before)
            and before.split()[-1].lower() not in _CLAUSE_OPEN
        ):
            return None
        name = " ".join(self.text[first:last].split())
        return Speaker(f"{PAIR}{name}", name, "PERSON")

    def _surname_typed_place(self, n: Named, inside: Sequence[Named], members: int) -> bool:
        """Whether the mention ``n``, a member of a list of ``members`` names before a speech
        verb whose mentions are ``inside``, is a surname the recogniser typed a place ("…, Reyes
        and Santos said", Santos a GPE): one word, no capital city, and a person by the list
        (another member a person's mention or a name no mention types: every member of a
        coordinated subject of "said" is a speaker) or by the article (a person's name ending in
        it elsewhere, "Ana Santos"). A list of places only ("Oslo and Bergen said": their
        councils) stays places (round s48-q3)."""
        name = self.text[n.start : n.end]
        if n.speaker.type != "GPE" or not _NAME_WORD.fullmatch(name) or _capital(name):
            return False
        places = [m for m in inside if m.speaker.type == "GPE"]
        if any(m.speaker.type == "PERSON" for m in inside) or len(places) < members:
            return not any(m.speaker.type not in ("PERSON", "GPE") for m in inside)
        return any(
            m.speaker.type == "PERSON" and m.speaker.name.split()[-1] == name and len(m.speaker.name.split()) > 1
            for m in self.named
        )

    def coordinated_subject(self, start: int, end: int) -> bool:
        """Whether ``start:end`` is a list of plural nouns for people as one subject ("Men, women
        and children"; :meth:`_coordinated`) or of three or more people named ("Ana Cruz, Ben
        Ortiz and Carla Diaz"; :meth:`_person_pair`): no clause before a trailing subject's comma."""
        words = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:end])]
        if not words:
            return False
        listed = self._person_pair(start, end)
        if listed is not None and ", " in listed.speaker.name:
            # "Ana Cruz, Ben Ortiz and Carla Diaz said …": a list of people opening the sentence,
            # only capitalised titles before it (round s47-q: the first names were read as content)
            lead = self.text[start : listed.start]
            return "," not in lead and not any(w[:1].islower() for w in _WORD.findall(lead))
        bare = self._name_pair(start, words)
        if bare is not None and "," in bare.name:
            return True  # "Cruz, Ortiz and Diaz said …", no mention covering them
        if self._listed_object(start, end):
            return True  # "Officials in Cebu, Bohol and Leyte said …": one subject, its places no speakers
        named = self._name_list(start, end, whole=True)
        if named is not None and "," in named.name:
            # "Shell, BP and TotalEnergies said …" (round s48-q: "Shell" was the words); only a
            # list that is the whole subject ("Shell, BP and TotalEnergies shares fell …, analysts
            # said" is the words: review s48-rv finding 11, the statement was lost)
            return True
        return self._coordinated(start, words) is not None

    def common_subject(self, start: int, end: int) -> Speaker | None:
        """The common-noun phrase right before a verb at ``end`` as its whole subject, however
        long the clause before it ("… in a way that many families said"): whom it refers to
        (:meth:`_described`), else None."""
        cut = self.subject_end(start, end)
        words = [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(self.text[start:cut])]
        phrase = self._noun_phrase(start, words) if words else None
        return self._described(phrase) if phrase is not None else None

    def _noun_phrase(self, start: int, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
        """The common-noun phrase that is the whole subject ending ``words`` (the subject region
        from ``start``, words between subject and verb already cut): a determiner or quantifier,
        up to three lower-case modifiers (adjectives, nouns, a possessive noun) and a lower-case
        noun, as (start, end, word) triples: "The regional hospital", "The fire service", "The
        fishermen's association", "Some workers", "that many people", "Most of the families"; with
        no determiner, a plural noun for people ("Dock workers", "Fishermen" before a place:
        "Fishermen in the harbour", "Passengers on the train"). A restrictive relative clause on
        the noun ("The families who live by the river", "The nurse who insists on anonymity") and a
        place after the noun are passed over;
        the sentence's first word and words in capitals are read in lower case. None when the
        last word is no such noun (a name, a pronoun, "the company": resolved as before) or the
        phrase is not the whole subject (a preposition or a name before it: "Analysts at the
        bank")."""
        for rel in range(1, len(words)):
            if words[rel][2] not in ("who", "that", "which") or "," in self.text[words[rel - 1][1] : words[-1][1]]:
                continue
            # "The families who live by the river said", "The nurse who insists on anonymity
            # said", "A union that argues for higher pay said": a restrictive relative clause
            # describes the subject's noun; the noun phrase before it is the subject (t13j F16;
            # t13m F12: singular nouns, "that" and "which" too). Where no such phrase ends before
            # it, the word is no relative ("… at intervals that many people said").
            subject = self._noun_phrase(start, words[:rel])
            if subject is not None:
                return subject
        placed = self._before_of(self._before_places(words))
        located = len(placed) < len(words)  # "Fishermen in the harbour": a noun described, no name
        words = placed
        # The sentence's first word is capitalised ("Fishermen in the harbour said", "Dock workers
        # on Friday said"): read in lower case.
        opening = words[0] if not self.text[start : words[0][0]].strip() else None

        def common(w: tuple[int, int, str]) -> bool:
            if w[2].isupper() and any(n.start == w[0] and n.end == w[1] for n in self._in(w[0], w[1])):
                return False  # "The NWS said": a name in capitals the recogniser gives (t13air S2)
            # A word in capitals (an all-caps lede's "THE OPERATOR SAID") is read in lower case.
            word = w[2].lower() if w[2].isupper() else w[2][:1].lower() + w[2][1:] if w is opening else w[2]
            return _COMMON_NOUN.fullmatch(word) is not None and word.lower() not in _NOT_HEAD

        head = words[-1]
        low = head[2].lower()
        if not common(head) or low in _CALENDAR or ly_adverb(low):
            return None
        phrase = [head]
        at = len(words) - 2
        while at >= 0 and len(phrase) <= 3:
            w = words[at]
            if self.text[w[1] : phrase[0][0]].strip():
                return None  # punctuation inside the phrase
            if w[2].lower() in _NP_OPEN:
                phrase.insert(0, w)
                break
            of_noun = w[2] == "of" and phrase[0][2].lower() not in _NP_OPEN  # "chamber of commerce"
            if not of_noun and not common(w):
                return None
            phrase.insert(0, w)
            at -= 1
        # With no determiner, only a plural noun for people ("Fishermen", "Dock workers",
        # "passengers": a group word or a role), the whole subject (checked below), is a
        # common-noun subject: a singular one is a name's word or a clause's ("Stavnes said"),
        # other plurals are things ("Small island states on Tuesday demanded": no speaker). A
        # one-word capitalised plural with no place after it is a group word (:data:`GROUPS`) or a
        # surname ("Holmes said"), resolved as before.
        # A one-word plural of a person noun's form ("Engineers said", "Pensioners said") is a group
        # too unless a name's mention covers it or the text uses it as a surname ("Tom Rogers"):
        # those are resolved as before (t13l F4: they were dropped).
        bare = (
            at < 0
            and (
                len(phrase) > 1
                or phrase[0] is not opening
                or located
                or head[2][:1].islower()  # "…, women said": no name in lower case
                or self._group_word(head)
            )
            and _plural(low)
            and people_plural(low)
        )
        if phrase[0][2].lower() not in _NP_OPEN and not bare:
            return None
        # The whole subject: nothing before it, or punctuation, a clause's first word ("… at
        # intervals that many people said") or an aside ("On Friday the hospital said").
        before = self.text[start : phrase[0][0]]
        part = _PART_OF.search(before)
        if part is not None and phrase[0][2].lower() == "the":
            # "Most of the families", "Some of the workers": a part of the group speaks.
            at = start + part.start()
            phrase = [
                (at + m.start(), at + m.end(), m.group()) for m in _WORD.finditer(before[part.start() :])
            ] + phrase
            before = before[: part.start()]
        last = before.split()[-1].lower() if before.split() else ""
        if before.strip() and not (
            re.search(r"[,;:(—–-]\s*$", before) or last in _CLAUSE_OPEN or self.is_aside(start, phrase[0][0])
        ):
            return None
        return phrase

    def _group_word(self, word: tuple[int, int, str]) -> bool:
        """Whether a capitalised plural opening a sentence (``word``: start, end, text) reads as a
        group noun ("Engineers", "Divers"), not a surname: no mention covers it and the text never
        has it after another capitalised word ("Tom Rogers") or in the middle of a sentence
        capitalised ("… said Rogers")."""
        s, e, w = word
        if not people_plural(w.lower()) or any(n.start < e and s < n.end for n in self._in(max(0, s - 60), e + 60)):
            return False
        return re.search(rf"(?:{NAME_WORD}|[a-z,])\s+{re.escape(w)}\b", self.text) is None

    def _family(self, start: int, end: int, first: bool) -> Speaker | None:
        """A family or household as the whole subject of ``start:end`` (``first``: opening it,
        after its verb; else ending it, before the verb), as written: "The Gyenes family", "the
        Horvath brothers", "Tamás Gyenes's relatives", "His family", "The family of Anna Fekete"
        (:data:`_FAMILY`). A group of people (listed as unattributed), never the person of that
        name (t13m F4). None when no such phrase is the subject."""
        region = self.text[start:end]
        if first:
            m = _FAMILY_FIRST.match(region)
            if m is None or not (
                re.match(r"\s*(?:[,;.:!?'\"”’)]|$)", region[m.end() :])
                or self.is_aside(start + m.end(), start + len(region.rstrip(" .;:!?'\"”’")))
            ):
                return None
        else:
            m = _FAMILY_LAST.search(region)
            if m is None:
                return None
            before = region[: m.start()]
            last = before.split()[-1].lower() if before.split() else ""
            if before.strip() and not (
                re.search(r"[,;:(—–-]\s*$", before) or last in _CLAUSE_OPEN or self.is_aside(start, start + m.start())
            ):
                return None
        s, e = start + m.start() + len(m.group()) - len(m.group().lstrip()), start + m.end()
        if any(n.speaker.type != "PERSON" and n.start < e and s < n.end for n in self._in(max(0, s - 60), e + 60)):
            return None  # "Sons of Norway", "Daughters of Charity": an organisation's name
        name = " ".join(m.group().split())
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _before_places(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``words`` without the phrases of place ending them, one after another ("Doctors at the
        hospital in Coimbra", "Nurses at the clinic in Pécs" -> "Doctors", "Nurses": the group at
        an institution in a town, never the town; t13n F10)."""
        while True:
            shorter = self._before_place(words)
            if len(shorter) == len(words):
                return words
            words = shorter

    def _before_place(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``words`` without a prepositional phrase of place ending them ("Fishermen in the
        harbour", "Passengers on the train" -> "Fishermen", "Passengers"): a preposition, an
        optional article and one to three common nouns, none a body's or an institution's
        ("Analysts at the bank" is the bank's, resolved as before); after a plural noun for people,
        a place's name too ("Doctors in Mohács", "Visitors from Győr", "Many women in Pécs": where
        they are, never who speaks; t13m F17: the town was the speaker, or the statement dropped).
        An organisation's name stays ("Engineers at Hydrolyne Corp" are the firm's)."""
        for i in range(len(words) - 2, 0, -1):
            if words[i][2].lower() not in _PLACE_PREPOSITIONS:
                continue
            tail = words[i + 1 :]
            if tail[0][2].lower() in ("the", "a", "an"):
                tail = tail[1:]
            if not self.text[words[i - 1][1] : words[-1][1]].count(",") and self._named_area(
                tail, words[i - 1][2].lower()
            ):
                return words[:i]  # "Women from the Bairro do Sol neighbourhood"
            if (
                not 1 <= len(tail) <= 3
                or self.text[words[i - 1][1] : words[-1][1]].count(",")
                or not (
                    self._named_place(tail, words[i - 1][2].lower(), prep=words[i][2].lower())
                    or not any(
                        not _COMMON_NOUN.fullmatch(w[2])
                        or (w[2].lower() in _NOT_HEAD and w[2].lower() not in INSTITUTIONS)
                        or (w[2].lower() in INSTITUTIONS and words[i][2].lower() not in _ALONG)
                        for w in tail
                    )
                )
            ):
                return words
            return words[:i]
        return words

    def _named_area(self, tail: list[tuple[int, int, str]], noun: str) -> bool:
        """Whether ``tail`` (after a preposition following ``noun``) is a named place with the
        common noun of its kind after it ("the Bairro do Sol neighbourhood", "the Vila Verde
        district", "the Rua Augusta area"): a place's name (:meth:`_named_place`) of up to four
        capitalised words, name particles between them ("do", "da", "de"), then one or two
        lower-case nouns, none an institution's or a body's (t13n F18: "Women from the Bairro do
        Sol neighbourhood said …" was dropped)."""
        cut = next((k for k, w in enumerate(tail) if not w[2][:1].isupper() and w[2] not in NAME_PARTICLES), len(tail))
        name, rest = tail[:cut], tail[cut:]
        while name and name[-1][2] in NAME_PARTICLES:
            name, rest = name[:-1], [name[-1], *rest]
        capitals = [w for w in name if w[2][:1].isupper()]
        return (
            bool(capitals)
            and len(capitals) <= 4
            and 1 <= len(rest) <= 2
            and all(
                _COMMON_NOUN.fullmatch(w[2]) and w[2] not in _NOT_HEAD and w[2] not in INSTITUTIONS and not _body(w[2])
                for w in rest
            )
            and self._named_place(capitals, noun)
        )

    def _named_place(self, tail: list[tuple[int, int, str]], noun: str, *, of: bool = False, prep: str = "") -> bool:
        """Whether ``tail``, the words after a preposition following ``noun`` (lower case), is a
        place's name that only says where or whose the subject is: ``noun`` a plural noun for
        people ("residents", "doctors", "women", "police"), a role or title ("The mayor of Pécs",
        "The deputy mayor of Szigetvár": the person introduced so, else unattributed), or a body
        there, not ``of`` it ("The hospital in Pécs"; "the government of Hungary" is the
        country's), and ``tail`` capitalised words that no organisation's or person's mention
        covers and that end in no organisation's kind word or legal form ("Szigetvár", "Győr"; not
        "Hydrolyne Corp", "Mohács Hospital").
        After a preposition of place (``prep``, :data:`_PLACE_PREPOSITIONS`) a noun for one person
        ("My cousin in Marrow Point") is described by where they are too, and a name the
        recogniser typed a person or an organisation is still the place when it can be no one's
        workplace: after a preposition of place only (:data:`_ALONG`: "Fishers on the Salt
        Coast"), or when its last word is a kind of place ("Coast", "Valley") or the mention is a
        person's (one is "in" a town, never "in" a person). t13av N7, N8: the place spoke."""
        people = _plural(noun) and (people_plural(noun) or noun in _COLLECTIVES)
        one = bool(prep) and prep in _PLACE_PREPOSITIONS and not _plural(noun) and person_singular(noun)
        if not (people or one or noun in ROLES or noun in TITLE_WORDS or (not of and _body(noun))):
            return False
        if not all(w[2][:1].isupper() for w in tail):
            return False
        s, e = tail[0][0], tail[-1][1]
        last_kind = kind_of_word(tail[-1][2])
        placed = (people or one) and prep in _PLACE_PREPOSITIONS and prep != "at"
        for n in self._in(max(0, s - 60), e + 60):
            if not (n.start < e and s < n.end and n.speaker.type in ("ORG", "PERSON")):
                continue
            if (
                placed
                and n.start >= s
                and n.end <= e
                and (prep in _ALONG or last_kind in ("LOC", "GPE") or n.speaker.type == "PERSON")
            ):
                continue  # the recogniser's type aside: a place where people are
            return False
        return last_kind != "ORG" and not legal_form(tail[-1][2])

    def _before_of(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``words`` without an "of" phrase describing a plural group noun before it ("Residents of
        the valley", "Members of the crew", "Families of the miners" -> "Residents", "Members",
        "Families"): the noun before "of" a group word (:data:`GROUPS`) or a noun for people in the
        plural, then an optional article and one to three common nouns, none an institution's
        (t13k F15: no statement), or a place's name after such a noun or a role ("Residents of
        Szigetvár", "The mayor of Pécs": t13m F17, the town was the speaker). A singular noun's "of"
        phrase of common nouns is no such description ("The mother of three")."""
        for i in range(len(words) - 2, 0, -1):
            if words[i][2] != "of":
                continue
            noun = words[i - 1][2].lower()
            tail = words[i + 1 :]
            if tail[0][2].lower() in ("the", "a", "an"):
                tail = tail[1:]
            if (
                (noun in GROUPS or people_plural(noun))
                and _plural(noun)
                and not self.text[words[i - 1][1] : words[-1][1]].count(",")
                and self._named_area(tail, noun)
            ):
                return words[:i]  # "Residents of the Vila Verde district"
            if (
                1 <= len(tail) <= 3
                and not self.text[words[i - 1][1] : words[-1][1]].count(",")
                and (
                    self._named_place(tail, noun, of=True)
                    or (
                        (noun in GROUPS or people_plural(noun))
                        and _plural(noun)
                        and all(
                            _COMMON_NOUN.fullmatch(w[2])
                            and w[2].lower() not in _NOT_HEAD
                            and w[2].lower() not in INSTITUTIONS
                            for w in tail
                        )
                    )
                )
            ):
                return words[:i]
            return words
        return words

    def _described(self, phrase: list[tuple[int, int, str]]) -> Speaker:
        """Who a common-noun subject (:meth:`_noun_phrase`) refers to: a person the article
        introduced by that role or title ("the county governor" after "County Governor Ane Lie";
        the job words of :data:`merge.TITLE_WORDS`), an
        organisation or body whose name holds its noun ("the hospital" after "Kvalsund Hospital"),
        else the phrase as written (a ``GROUP`` speaker: unattributed), never an earlier speaker
        of another description."""
        s, e = phrase[0][0], phrase[-1][1]
        head = phrase[-1][2].lower()
        if head in ROLES or head in TITLE_WORDS:
            # "the deputy mayor": the rank word before the role is part of the office (round s46-q)
            rank = phrase[-2][2].lower() if len(phrase) > 1 and phrase[-2][2].lower() in _RANKS else ""
            person = self._person_with_role(s, head, rank)
            if person is not None:
                return person
        opened = phrase[0][2].lower()
        lead = 1 if opened in _NP_OPEN else 0
        description = " ".join(w[2].lower() for w in phrase[lead:])
        if (
            _body(head)
            and opened not in _INDEFINITE
            and not (len(phrase) - lead == 1 and _job_word(head))
            and not any(n.start < e and s < n.end for n in self._in(s, e))
        ):
            # (a word both a job and a body's names the body only with the body's qualifier, when
            # no one holds the job: "the coast guard" is the Philippine Coast Guard, t13an N15,
            # round s47-q; "the guard", "a guard" are people, review s47-rv finding 7)
            # Only a noun naming a body ("hospital", "police"): "the ageless beauty" is no
            # section "Fashion & Beauty".
            # (its head written closed with the word before it too: "the coastguard" is the
            # "Philippine Coast Guard", "the coast guard" the "HM Coastguard"; round s48-q)
            keys = {head, head.removesuffix("s"), *head_keys(_words_of(description))}
            named = self._latest_org_with(s, keys)
            if named is not None and names_body(description, named.name):
                # "the hospital" is Kvalsund Hospital; "the ruling party" is not the Constitutional
                # Democratic Party: the description is a whole phrase of the name ending at its
                # head, as across the corpus (:func:`bodies.names_body`; s47-rv finding 10).
                return named
        # (an indefinite "a"/"an" is kept: "A guard" is one of many, which no body's noun names
        # across the corpus either, :func:`body_description`)
        while len(phrase) > 1 and phrase[0][2].lower() in _GROUP_DROP - _INDEFINITE:
            phrase = phrase[1:]
        name = " ".join(w[2] for w in phrase)
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _speaks_for_head(self, words: list[tuple[int, str]], end: int) -> Speaker | None:
        """Whom a subject headed by an unnamed official before a preposition speaks for
        ("Officials at the hospital said", "Senior officials at the regional hospital said",
        "Officials in Mohács said"; ``words``: the subject's (offset, lower-case word) pairs, in
        order, its verb at ``end``): the body its noun phrase names (:meth:`_spoken_for`), else,
        after a preposition of place before a name (a place: a named organisation was taken
        before), the officials as written (unattributed), never the organisation the article
        names most nor the object's last word (t13m F17: "Officials at the hospital" were dropped,
        the object "hospital" read as the subject). None for other subjects, and when no such
        phrase follows ("Officials at the company": resolved as before)."""
        for i, (pos, w) in enumerate(words[:4]):
            if w in SPEAKS_FOR_ORG and i + 1 < len(words) and words[i + 1][1] in (_SPEAKS_FOR | _PLACE_PREPOSITIONS):
                body = self._spoken_for(pos, end)
                if body is not None:
                    return body
                rest = self.text[words[i + 1][0] : end].split()[1:]
                if words[i + 1][1] not in _SPEAKS_FOR and rest and all(r[:1].isupper() for r in rest):
                    name = self.text[words[0][0] : pos + len(w)]
                    name = name[:1].upper() + name[1:]
                    return Speaker(f"GROUP:{name.lower()}", name, GROUP)
                return None
            if w in _GROUP_STOP or w in _POSSESSIVE or w.endswith(("'s", "’s")) or (not self.text[pos].islower() and i):
                return None
        return None

    def _spoken_for(self, pos: int, end: int) -> Speaker | None:
        """Whom "a spokesperson for the port" or "officials at the hospital" (the word at ``pos``,
        the subject ending at ``end``) speaks for when a common-noun phrase follows the preposition:
        the organisation before ``pos`` whose name holds its noun, else the body as written
        (:meth:`_described`), never the organisation the article names most (t13j F16, t13m F17).
        None when no such phrase follows ("its spokesman", "a spokesperson for the company":
        resolved as before)."""
        after = re.match(
            r"[\w'’-]*\s+(?:of|for|at|from|with|in|on|near|across|around|throughout|outside|inside)\s+",
            self.text[pos:end],
        )
        if after is None:
            return None
        at = pos + after.end()
        words = [(at + m.start(), at + m.end(), m.group()) for m in _WORD.finditer(self.text[at:end])]
        phrase = self._noun_phrase(at, words) if words else None
        if phrase is None:
            return None
        return self._org_named(pos, phrase[-1][2].lower()) or self._described(phrase)

    def _person_with_role(self, pos: int, role: str, rank: str = "") -> Speaker | None:
        """The latest person before ``pos`` the text introduces with ``role`` ("Governor Ane Lie",
        "the governor, Ane Lie"), else None. A ``rank`` (:data:`_RANKS`: "deputy", "vice") is
        another office: "the deputy mayor" is the person introduced as deputy mayor or as the
        deputy ("Her deputy, Tomas Reyk,"), and the bare role is never a person introduced with a
        rank before it ("the mayor" is no "Deputy Mayor Tomas Reyk"; round s46-q)."""
        for n in self._people_latest_first(pos):
            # The role in the name's own block: a headline's "Bridge inspector warned …" over the
            # byline "By Sara Lind" introduces no inspector (t13r F14).
            lead = self.text[max(0, n.start - 40) : n.end]
            words = _words_of(lead[lead.rfind("\n\n") + 1 :])
            ranked = [k for k, w in enumerate(words) if w == role and k and words[k - 1] in _RANKS]
            if rank:
                if any(words[k - 1] == rank for k in ranked) or (rank in words and role not in words):
                    return self._short_form(n.speaker)
            elif role in words and len(ranked) < words.count(role):
                return self._short_form(n.speaker)
        return None

    def _rank_modifier(self, start: int, pos: int) -> str:
        """The rank word (:data:`_RANKS`) right before the role word at ``pos`` in the subject
        opening at ``start`` ("deputy" in "the deputy mayor"), else ""."""
        m = re.search(r"(?<![\w'’-])([A-Za-z]+)[\s-]+$", self.text[max(start, pos - 20) : pos])
        return m.group(1).lower() if m is not None and m.group(1).lower() in _RANKS else ""

    def titled(self, start: int, end: int) -> Named | None:
        """The person a title and then their name in commas open ``start:end`` with (the words
        after a speech verb to the sentence's end): "the spokeswoman, Anna Fekete", "the
        hospital's director, Gábor Nagy", "a spokesman, X Y", "the county's chief engineer, X Y",
        "the Chief Fire Officer, X Y" (:data:`_TITLE_THEN_NAME`; t13m F13: the role as written was
        the speaker, or none). The title's head may have an "of"/"for"/"at" phrase after it ("the
        director of the hospital, X Y"). The name runs to the next comma or the end, in at most
        four words: its speaker and where its words end (before that comma); None when no
        person's name follows such a title."""
        m = _TITLE_THEN_NAME.match(self.text, start, end)
        if m is None:
            return None
        words = m.group(1).split()
        of = next((i for i, w in enumerate(words) if w in ("of", "for", "at")), len(words))
        capitalised = all(w[:1].isupper() or w in ("of", "for") for w in words)  # "the Chief Fire Officer"
        if not capitalised:
            if of == 0:
                return None
            head = words[of - 1].lower()
            if not (head in TITLE_WORDS or people_plural(f"{head}s")):
                return None
            if any(
                not (w[:1].isupper() or w.endswith(("'s", "’s")) or w.lower() not in _NOT_HEAD) for w in words[: of - 1]
            ) or any(not (w in DETERMINERS or w[:1].isupper() or w.lower() not in _NOT_HEAD) for w in words[of + 1 :]):
                return None  # "the team had met a spokesman": a clause
        at = m.end()
        more = re.search(r"[,;]", self.text[at:end])
        stop = at + more.start() if more else at + len(self.text[at:end].rstrip(" \t\n.,;:!?'\"”’"))
        if not 1 <= len(_WORD.findall(self.text[at:stop])) <= 4:
            return None
        named = self.leading(at, stop)
        return Named(at, stop, named) if named is not None and named.type == "PERSON" else None

    def leading(self, start: int, end: int) -> Speaker | None:
        """The speaker named by the words that open ``start:end`` ("said Geoffrey Hinton, …",
        "said police."), else None (a clause: "said the rescue robots from Unitree helped")."""
        first = _WORD.search(self.text, start, end)
        if first is None:
            return None
        anonymous = self.anonymous_source(start, end)
        if anonymous is not None:
            return anonymous  # "said a person briefed on the report."
        if _SPOKESPERSON_FOR.match(self.text, start, end):
            # "…, said a spokesperson for the Flemish Water Agency.": the body's spokesperson, read
            # as a subject's is (:meth:`resolve`; round s40-x2: no statement at all)
            spokesperson = self.resolve(start, end, first=True)
            if spokesperson is not None:
                return spokesperson
        titled = self.titled(start, end)
        if titled is not None:
            return titled.speaker  # "according to the hospital's director, Gábor Nagy."
        listed = self._listed_after(start, end)
        if listed is not None:
            return listed  # "said the Red Cross and Caritas", "said Cruz, Ortiz and Diaz"
        owned = self._place_body(start, end)
        if owned is not None:
            return owned  # "according to Portuguese media", "said Poland's foreign ministry"
        group = self._group(start, end, True)
        if group is not None:
            return group
        hit = self.named_in(start, end)
        if hit is None:
            return self._lone_name(start, end, True)
        if hit.start == first.start():
            return hit.speaker
        # "said police chief Anna Berg", "said Polish Welder Hope Nowak": a person after their job
        # words, in lower case or capitalised as a title (no article or preposition: "said the
        # rescue robots from Unitree helped" is a clause; t13j F3).
        # A title of capitalised words may be longer ("said Deputy Chief Fire Officer Arne Rise",
        # "said Head of Harbour Security Per Lie"; t13k F18: four words were no speaker).
        # A rank written short keeps its dot ("said Col. Andrés Quispe"), and a role in lower
        # case may open a capitalised title ("said regional police chief Col. Andrés Quispe", as
        # "…, regional police chief Col. Andrés Quispe said." reads; t13u F3: no statement).
        job = [_rank_word(w) for w in self.text[first.start() : hit.start].split()]
        roles = role_words([*job, self.text[hit.start : hit.end]])
        caps = job[roles:]
        title = len(caps) <= _TITLE_WORDS and all(w[:1].isupper() or w in ("of", "for") for w in caps)
        # "said the trust's chief executive Miriam Okafor": a role with its determiner or owner
        lead = roles if roles and job[0].lower() in DETERMINERS else 0
        if (
            hit.speaker.type == "PERSON"
            and (len(job) <= 3 or title)
            and all(
                w.isalpha() and (w in ("of", "for") or (w.lower() not in _GROUP_STOP and w.lower() not in DETERMINERS))
                for w in job[lead:]
            )
        ):
            return hit.speaker
        return None

    def _listed_after(self, start: int, end: int) -> Speaker | None:
        """A list of names closed by "and" as the whole of ``start:end`` after a cue: people the
        recogniser names (:meth:`_person_pair`), bodies or places (:meth:`_name_list`) or bare
        names, three or more (:meth:`_name_pair`), one ``PAIR`` speaker credited to each, never
        the first name alone (round s48-q: "…, said Cruz, Ortiz and Diaz." was Cruz's, "…, said
        the Red Cross and Caritas." no statement). None for any other words."""
        pair = self._person_pair(start, end)
        if pair is not None:
            return pair.speaker
        listed = self._name_list(start, end, after_cue=True)
        if listed is not None:
            return listed
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text, start, end)]
        bare = self._name_pair(start, words) if words else None
        return bare if bare is not None and "," in bare.name else None

    def _introduced_for(self, pos: int, noun: str) -> Speaker | None:
        """Whom "the spokesperson" at ``pos`` (``noun``: a word of :data:`cues.SPEAKS_FOR_ORG`)
        speaks for: the organisation named with the last "a"/"an" ``noun`` before it, in the
        :data:`_TAKEN_UP` characters before ``pos`` ("A Westmarch Rail spokesperson",
        "a spokeswoman for Selby Water"), its unnamed spokesperson for a spokesperson's noun
        (:func:`model.spokesperson_of`); None when that introduction names none ("a union
        spokesman") or there is none. Earlier "the" ``noun`` are passed over."""
        lo = max(0, pos - _TAKEN_UP)
        found = list(
            re.finditer(rf"\b(an?|the)\s+(?:[\w'’.&-]+\s+){{0,4}}?{re.escape(noun)}\b", self.text[lo:pos], re.I)
        )
        for m in reversed(found):
            if m.group(1).lower() == "the":
                continue
            at, end = lo + m.end() - len(noun), lo + m.end()
            for n in reversed(self._in(lo + m.start(), at)):
                if n.speaker.type == "ORG" and self.text[n.end : at].strip() in ("", "'s", "’s"):
                    # "A Westmarch Rail spokesperson … the spokesperson said": the body's unnamed
                    # spokesperson again, as :meth:`resolve` reads the introduction (s50-q)
                    return spokesperson_of(n.speaker) if noun in _SPOKESPERSON_NOUNS else n.speaker
            after = re.match(r"\s+(?:for|at|of|from)\s+(?:the\s+)?", self.text[end : end + 12])
            if after is not None:
                for n in self._in(end + after.end(), end + after.end() + 80):
                    if n.start == end + after.end() and n.speaker.type == "ORG":
                        # "a spokeswoman for Selby Water … the spokeswoman said": the same
                        # unnamed spokesperson speaks again (resolve's reading of its phrase)
                        return spokesperson_of(n.speaker) if noun in _SPOKESPERSON_NOUNS else n.speaker
            return None
        return None

    def _org_named(self, pos: int, noun: str) -> Speaker | None:
        """The latest organisation before ``pos`` whose name holds ``noun``, or, for a kind of
        body whose names tell it (:data:`cues.KIND_NAME_WORDS`: "regulator", "watchdog"), a word
        naming that kind ("the regulator" is the Water Regulatory Authority; round s46-q), or one
        the article calls by ``noun`` in apposition ("the Financial Conduct Authority, the City
        regulator,", "the energy regulator, the Utilities Commission": :meth:`_introduced_as`), the
        later of the two; None else (review s46-rv 3: a bare "Authority" or "Commission", the Port
        Authority a regulator is asked to look into, is no regulator)."""
        if noun in FIRM_KINDS:
            # "the utility": the latest firm whose name tells its trade ("Sierra Crest Power Co"),
            # never a public body holding the word ("Ministry of Energy"; round s48-q2)
            telling = {noun} | KIND_NAME_WORDS[noun]
            for n in reversed(self._before(pos)):
                if (
                    n.speaker.type == "ORG"
                    and not self._dateline_agency(n)
                    and _firm_like(n.speaker.name)
                    and telling & set(_words_of(n.speaker.name))
                ):
                    return n.speaker
            return None
        named = self._latest_org_with(pos, {noun} | KIND_NAME_WORDS.get(noun, frozenset()))
        if noun not in KIND_NAME_WORDS:
            return named
        # the word before the noun at or after ``pos`` (``pos`` is the noun's or its phrase's
        # start): "competition" in "the competition watchdog"
        kind = ""
        for m in re.finditer(
            rf"([\w'’-]+)\s+{re.escape(noun)}(?![\w'’-])", self.text[max(0, pos - 40) : pos + 60], re.I
        ):
            if max(0, pos - 40) + m.end() > pos:
                kind = m.group(1).lower()
                break
        for n in reversed(self._before(pos)):
            if n.speaker.type != "ORG" or self._dateline_agency(n):
                continue
            words = set(n.speaker.name.lower().split())
            if self._introduced_as(n, noun) or (
                kind and kind not in FUNCTION_WORDS and self._named_as_kind(words, kind, noun)
            ):
                if named is None or self._org_at(named, pos) < n.start:
                    return n.speaker
                break
        return named

    def lone_after_titles(self, start: int, end: int) -> Speaker | None:
        """A surname alone after capitalised title words as the whole of ``start:end``
        ("Superintendent Pellworth", "Dr. Okonkwo", "Det. Insp. Hale"): the surname as
        :meth:`_lone_name` reads one (joined across the corpus to the one full name it ends), the
        titles no part of it; None for other words (a full name: "Fire Chief Anna Lindqvist")."""
        words = list(_WORD.finditer(self.text, start, end))
        if len(words) < 2 or self.text[words[-1].end() : end].strip(" \t\n."):
            return None
        titles = [w.group() for w in words[:-1]]
        if not all(
            w[:1].isupper() and (_rank_word(w).lower().rstrip(".") in TITLE_WORDS or w.rstrip(".") in _NOT_NAME)
            for w in titles
        ):
            return None
        if self.text[start : words[0].start()].strip():
            return None
        return self._lone_name(words[-1].start(), end, True)

    def _lone_name(self, start: int, end: int, first: bool) -> Speaker | None:
        """A single capitalised word right next to the cue ("Dahl said", "said Dahl") that no
        mention covers: a surname on its own, merged across the corpus with the one full name
        it ends (:mod:`quotes.merge`), or with a name found earlier in this article."""
        region = self.text[start:end]
        m = _LONE_FIRST.match(region) if first else None
        if not first:
            # Only as the whole subject ("Dahl said", "Meanwhile, Dahl said"): not "on Tuesday urged".
            m = _LONE_LAST.search(region)
        if (
            m is None
            or m.group(1) in _NOT_NAME
            or m.group(1).lower() in _CALENDAR
            or m.group(1).lower() in ROLES
            or m.group(1).lower() in INSTITUTIONS
            or kind_of_word(m.group(1)) is not None
        ):
            return None  # "Police said", "Hospitals said": a body or a place described, no person's name
        word = m.group(1)
        if word.lower() in COMMON_WORDS or self._written_as(word.lower()):
            return None  # a common word capitalised at the start of a sentence
        if not word.endswith("s") and people_plural(word.lower()):
            return None  # "Women said", "Firemen said": an irregular plural for people, no name (t13m F1)
        lone = word.endswith("s") and not self._mid_sentence(word)
        if lone and (people_plural(word.lower()) or self._holds(word.lower().removesuffix("s"))):
            return None  # "Critics said", "Officials said": a plural, unless used as a name mid-sentence
        s = start + m.start(1)
        if any(n.start <= s < n.end for n in self._in(max(0, s - 60), min(len(self.text), s + 60))):
            return None  # part of a mention of another kind (an ORG, a place)
        name = m.group(1)
        if _capital(name):
            # "Castries said", "Valletta insisted": a capital no mention covers stands for its
            # government, a place as speaker, never a lone surname (s37-q: credited to nobody or
            # to a person "Valletta")
            return Speaker(f"NAME:{name}", name, "GPE")
        if lone:
            # "Evans said", "Williams said": a surname or a plural noun by its form; a name only
            # when the corpus names someone so (:func:`merge.merge_speakers` settles it, t13l F5:
            # such surnames were dropped though their full name is in another article).
            return self._short_form(Speaker(f"{LONE}{name}", name, "PERSON"))
        return self._short_form(Speaker(f"NAME:{name}", name, "PERSON"))

    def _word_places(self) -> dict[str, list[int]]:
        """Where each maximal run of word characters (``\\w+``) of the text starts, by its exact
        spelling, in text order: made once, on the first look-up that needs it."""
        if self._word_runs is None:
            runs: dict[str, list[int]] = {}
            for r in _RUN.finditer(self.text):
                runs.setdefault(r.group(), []).append(r.start())
            self._word_runs = runs
        return self._word_runs

    def _written_as(self, word: str) -> bool:
        """Whether ``word`` stands in the text as a whole word, in exactly this spelling (the
        answer of ``re.search(rf"\\b{re.escape(word)}\\b", text)``), asked once per word: a word
        of word characters only is a run of :meth:`_word_places`; any other is searched for, once (t13ab
        L13: each "Witness 1234 said" searched the whole 1.3 MB article again)."""
        key = ("w", word)
        known = self._text_facts.get(key)
        if known is None:
            if _RUN.fullmatch(word):
                known = word in self._word_places()
            else:
                known = re.search(rf"\b{re.escape(word)}\b", self.text) is not None
            self._text_facts[key] = known
        return known

    def _mid_sentence(self, word: str) -> bool:
        """Whether ``word`` stands in the text after spaces that follow a lower-case letter or a
        comma ("cousins, Williams", "and Evans"), word-bounded after it: the answer of
        ``re.search(rf"[a-z,] +{re.escape(word)}\\b", text)``, asked once per word, read from the
        places of :meth:`_word_places` where it can (t13ab L13)."""
        key = ("m", word)
        known = self._text_facts.get(key)
        if known is None:
            if _RUN.fullmatch(word):
                # after a space and before a non-word character (the \b after a word character),
                # the word is a whole run: look at the spaces and the one character before each
                text = self.text
                known = False
                for p in self._word_places().get(word, ()):
                    i = p
                    while i > 0 and text[i - 1] == " ":
                        i -= 1
                    if i < p and i > 0 and text[i - 1] in _LOWER_OR_COMMA:
                        known = True
                        break
            else:
                known = re.search(rf"[a-z,] +{re.escape(word)}\b", self.text) is not None
            self._text_facts[key] = known
        return known

    def _holds(self, part: str) -> bool:
        """``part in self.text``, asked once per string (t13ab L13)."""
        key = ("s", part)
        known = self._text_facts.get(key)
        if known is None:
            known = self._text_facts[key] = part in self.text
        return known

    def _modifier(self, words: list[tuple[int, str]], pos: int) -> str | None:
        """ "ministry" in "a ministry official": the noun naming whom the official speaks for."""
        ordered = sorted(words)
        idx = [p for p, _ in ordered].index(pos)
        before = ordered[idx - 1][1].removesuffix("'s").removesuffix("’s") if idx > 0 else ""
        if before in INSTITUTIONS:  # "the ministry's spokesman" too
            return before
        return None

    def _in_noise(self, n: Named) -> bool:
        """Whether the mention ``n`` lies in the boilerplate (the article's byline, a credit)."""
        i = bisect_right(self._noise_starts, n.start) - 1
        return i >= 0 and n.end <= self._noise[i][1]

    def _people_latest_first(self, pos: int) -> Iterator[Named]:
        """The people named before ``pos`` in the article's own text (never in its boilerplate:
        "By Sara Lind" is nobody the text's "An inspector" or "she" stands for), the latest first
        (``reversed`` text order), read lazily: a pronoun's referent is mostly among the last few
        (s36-p: every name before each pronoun was listed, sorted and filtered)."""
        for n in self._latest_first(pos):
            if n.speaker.type == "PERSON" and not self._in_noise(n):
                yield n

    def _latest_first(self, pos: int) -> Iterator[Named]:
        """``reversed(self._before(pos))``, lazily: the recogniser's names before ``pos`` merged
        with the names found next to cues (a found name after a recogniser's at the same place,
        as the stable sort in :meth:`_before` puts it)."""
        i = bisect_left(self._starts, pos) - 1
        found = sorted((f for f in self.found if f.start < pos), key=_start)
        j = len(found) - 1
        while i >= 0 or j >= 0:
            if j >= 0 and (i < 0 or found[j].start >= self.named[i].start):
                yield found[j]
                j -= 1
            else:
                yield self.named[i]
                i -= 1

    def _any_org_before(self, pos: int, *, firms: bool) -> bool:
        """Whether an organisation is named before ``pos`` (a firm-like one if ``firms``), no
        dateline's agency: :meth:`_org_line`'s names, then the few found next to cues."""
        line = self._org_line(True, firms)
        if bisect_left(line.named, bisect_left(self._starts, pos)):
            return True
        return any(
            f.start < pos
            and f.speaker.type == "ORG"
            and (not firms or _firm_like(f.speaker.name))
            and not self._dateline_agency(f)
            for f in self.found
        )

    def _before(self, pos: int) -> list[Named]:
        cands = self.named[: bisect_left(self._starts, pos)] + [f for f in self.found if f.start < pos]
        cands.sort(key=lambda n: n.start)
        return cands

    def _gender_of(self, sp: Speaker, named: Speaker | None = None) -> str | None:
        """The gender a pronoun for ``sp`` takes: told by the text (an honorific, a pronoun
        already resolved to them), else by the full name's (``named``, the mention's, else
        ``sp``'s) given name when name lists give it one gender only ("Julia Brandt" f,
        "Marc Aubin" m; "Jean", "Andrea": unknown)."""
        known = self.gender.get(sp.key)
        full = named or sp
        if known is not None or full.type != "PERSON":
            return known
        words = full.name.split()
        return given_name_genders().get(words[0]) if len(words) >= 2 else None

    def _person_before(self, pos: int, gender: str | None, role: str | None = None) -> Speaker | None:
        """The person a pronoun at ``pos`` (of ``gender``, "f", "m" or None) or a ``role`` stands
        for. A pronoun's referent is the nearest of: a person named since the last speaker as a
        sentence's subject, the last speaker, the latest person named, and an unnamed person as a
        subject after them (:meth:`_unnamed_subject`: "…, his daughter told the Echo. "…," she
        said" is the daughter's, unattributed, never a woman named earlier; t13z H6)."""
        if role is not None:
            return self._person_with_role(pos, role)
        named = self._named_referent(pos, gender)
        # From the start of the named person's sentence: an unnamed subject opening it is nearer
        # than a name later in it ("A woman who lost her son stood …, where Varnholt had spoken",
        # "Varnholt's spokeswoman did not comment."; t13aa K8: the minister's words)
        # (the last speaker's words are where they speak: from there, as before)
        if named is None:
            floor = max(0, pos - _UNNAMED_REACH)
        elif self.last is not None and named == self.last:
            floor = named[0]
        else:
            floor = self._sentence_floor(named[0])
        unnamed = self._unnamed_subject(floor, pos, gender, named[0] if named is not None else -1)
        if unnamed is not None:
            return unnamed
        if named is None:
            return None
        sp = named[1]
        if gender is not None:
            self.gender.setdefault(sp.key, gender)
        return sp

    def _named_referent(self, pos: int, gender: str | None) -> tuple[int, Speaker] | None:
        """The named person a pronoun at ``pos`` stands for and where the text names them (the
        last speaker: where their quote starts), else None."""
        if self.last is not None:
            # "…," said Fernanda Gouveia. The plant's director, Eng. João Galvão Simões, rejected
            # the claim. "…," he said: a person named since as a sentence's subject is the
            # pronoun's, not the last speaker (t13n F10)
            newer = self._subject_since(self.last[0], pos, gender)
            if newer is not None:
                return newer
        if self.last is not None and (local := self._paragraph_person(self.last[0], pos, gender)) is not None:
            return local
        if self.last is not None and self.last[1].type == "PERSON" and 0 < pos - self.last[0] < 400:
            # News names a speaker, then goes on with "he said" / "she added": the pronoun
            # means that speaker unless the text gives them the other gender.
            known = self._gender_of(self.last[1])
            if gender is not None and known is None:
                # The last speaker's gender is unknown but a person of the pronoun's known gender
                # was named since: "…," Haque said. Minister Farida Chowdhury visited …, she
                # said" is the minister's, never the man's (t13ag N10)
                fits = self._gendered_since(self.last[0], pos, gender)
                if fits is not None:
                    return fits
            if gender is None or known is None or known == gender:
                return self.last
        for n in self._people_latest_first(pos):
            sp = self._short_form(n.speaker)
            known = self._gender_of(sp, n.speaker)
            if gender is None or known is None or known == gender:
                return n.start, sp
        return None

    def _paragraph_person(self, last_at: int, pos: int, gender: str | None) -> tuple[int, Speaker] | None:
        """The nearest person named before a pronoun at ``pos`` in its own paragraph (a line, the
        lines of a hard-wrapped paragraph together: a live blog's time-stamped entry is one) when the last speaker spoke before that paragraph
        (at ``last_at``), of the pronoun's ``gender`` or of none the text or their given name
        tells, with where they are named; None when there is none or the last speaker is in the
        paragraph. "11:10 — Chief Ana X …. She tells …" / "12:10 — Coroner Ifeoma Y visits ….
        She tells …": the second is the coroner's, never the chief's of the entry before
        (t13apr F1: every entry's words went to the first woman the blog named)."""
        i = bisect_left(self._breaks, pos)
        start = self._breaks[i - 1] + 1 if i else 0  # the paragraph's (line's) start
        if last_at >= start:
            return None
        for n in self._people_latest_first(pos):
            if n.start < start:
                break
            sp = self._short_form(n.speaker)
            known = self._gender_of(sp, n.speaker)
            if gender is None or known is None or known == gender:
                return n.start, sp
        return None

    def _gendered_since(self, since: int, pos: int, gender: str) -> tuple[int, Speaker] | None:
        """The latest person named after offset ``since`` and before ``pos`` whose gender the text
        or their given name tells and is ``gender`` ("f" or "m"), with where they are named; None
        when there is none (a person of unknown gender is never taken: unsure, no speaker)."""
        last_key = self.last[1].key if self.last is not None else None
        for n in self._people_latest_first(pos):
            if n.start <= since:
                break
            sp = self._short_form(n.speaker)
            if sp.key != last_key and self._gender_of(sp, n.speaker) == gender:
                return n.start, sp
        return None

    def _unnamed_subject(self, start: int, pos: int, gender: str | None, named_at: int = -1) -> Speaker | None:
        """The nearest unnamed person after ``start`` and before a pronoun at ``pos`` of
        ``gender``: a noun phrase for one person the text does not name, opening a sentence ("One
        patient, a retired teacher, waited …", "A nurse on the ward described …") or as a trailing
        speech tag's subject after a comma ("…, his daughter told the Echo."), of the pronoun's
        gender where its noun tells one (:func:`lexicons.person_noun_gender`: "his son" is no
        "she"). Its speaker: the person the article introduced by a definite description's role
        ("the chief executive" after "The chief executive, Miriam Okafor,"), else the phrase as
        written (a group: unattributed). None when there is no such phrase. A phrase before the
        named referent's mention at ``named_at`` in its sentence counts unless the name is its
        apposition ("The father of one of the dead men, Gul Rahman, 70, sat …", "The bill's
        author, deputy Olga X, said …": that person)."""
        best: tuple[int, int, str] | None = None
        for m in _UNNAMED_AT.finditer(self.text, start, pos):
            hit = self._unnamed_person(m.end(), pos, tag=m.group().lstrip().startswith(","))
            if hit is None or self._quoted_at(hit[0]):
                continue  # "… A man had fallen," he said: the quotation's own words are no antecedent
            if hit[1] <= named_at and _APPOSED.search(self.text, hit[1], named_at):
                continue
            noun = person_noun_gender(hit[2])
            if gender is not None and noun is not None and noun != gender:
                continue
            best = hit
        if best is None:
            return None
        s, e, head = best
        if self.text[s:e].split()[0].lower() in ("the", "this", "that") and (head in ROLES or head in TITLE_WORDS):
            person = self._person_with_role(s, head)
            if person is not None:
                return person
        name = " ".join(self.text[s:e].split())
        name = name[:1].upper() + name[1:]
        return Speaker(f"GROUP:{name.lower()}", name, GROUP)

    def _sentence_floor(self, pos: int) -> int:
        """Where the break before the sentence holding ``pos`` starts (a sentence's stop and the
        space after it, or a line break), so that :data:`_UNNAMED_AT` still finds the sentence's
        opening; ``pos`` itself when none is within :data:`_UNNAMED_REACH` characters."""
        floor = pos
        for m in _SENTENCE_BREAK.finditer(self._flow, max(0, pos - _UNNAMED_REACH), pos):
            floor = m.start()
        return floor

    def _group_subject(self, start: int, pos: int) -> Speaker | None:
        """The nearest unnamed group of people after ``start`` and before a "they" at ``pos`` as
        the subject opening a sentence: a determiner or quantifier or none, lower-case modifiers,
        a plural noun for people (:func:`cues.people_plural`), then a lower-case word (its verb):
        "Survivors gathered at the river.", "Many local residents stayed up all night." The group
        as written (unattributed), else None (t13aa K8: "they" was an outlet named as a
        listener)."""
        best: Speaker | None = None
        for m in _SENTENCE_BREAK.finditer(self._flow, start, pos):
            if self._quoted_at(m.end()):
                continue
            words = [
                (t.start(), t.end(), t.group()) for t in _TOKEN.finditer(self.text, m.end(), min(pos, m.end() + 80))
            ]
            i = 1 if words and words[0][2].lower() in _NP_OPEN else 0
            for j in range(i, min(len(words) - 1, i + 4)):
                w = words[j][2]
                low = w.lower()
                if (j > 0 and not w[:1].islower()) or low in FUNCTION_WORDS - _NP_OPEN:
                    break
                nxt = words[j + 1][2]
                if people_plural(low) and nxt[:1].islower() and self.text[words[j][1] : words[j + 1][0]] == " ":
                    name = " ".join(self.text[words[0][0] : words[j][1]].split())
                    best = Speaker(f"GROUP:{name.lower()}", name[:1].upper() + name[1:], GROUP)
                    break
        return best

    def _quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation opened earlier in its paragraph (an odd number of
        straight double marks before it, or more opening curly marks than closing ones)."""
        i = bisect_left(self._breaks, pos)
        line = self._breaks[i - 1] + 1 if i else 0  # the paragraph's (line's) start

        def count(mark: str) -> int:
            at = self._marks[mark]
            return bisect_left(at, pos) - bisect_left(at, line)

        return count('"') % 2 == 1 or count("“") > count("”")

    def _unnamed_person(self, at: int, pos: int, *, tag: bool) -> tuple[int, int, str] | None:
        """The noun phrase of one unnamed person opening ``text[at:pos]`` as a subject: a
        determiner, "one" or a possessive ("his", "Okafor's", "the patient's"), up to three
        lower-case modifiers ("82-year-old", "retired") and a noun for a person
        (:func:`cues.person_singular`: "daughter", "nurse", "patient", "chief executive"), then an
        apposition's comma or a lower-case word (its verb or a phrase describing it; ``tag``: a
        speech verb, the phrase after a comma being a trailing tag's subject). As (start, end,
        head noun), else None: no such phrase, a name after the noun ("the chief executive
        Miriam Okafor"), a possessive ("a nurse's account") or a list ("a nurse and a porter")."""
        words: list[tuple[int, int, str]] = []
        for t in _TOKEN.finditer(self.text, at, min(pos, at + 120)):
            if (words and self.text[words[-1][1] : t.start()] != " ") or (not words and t.start() != at):
                break
            words.append((t.start(), t.end(), t.group()))
            if len(words) == 7:
                break
        if len(words) < 2:
            return None
        first = words[0][2]
        if first.lower() not in _UNNAMED_OPEN and not (first[:1].isupper() and first.endswith(("'s", "’s"))):
            return None
        i = 1
        if words[i][2][:1].islower() and words[i][2].endswith(("'s", "’s")):
            i += 1  # "the patient's daughter", "the trust's chief executive"
        head = -1
        for j in range(i, min(len(words), i + 4)):
            w = words[j][2]
            if not (w[:1].islower() or w[:1].isdigit()) or w.endswith(("'s", "’s")):
                break
            if person_singular(w.lower()):
                head = j
            elif head >= 0 or w.lower() in FUNCTION_WORDS:
                break
        if head < 0 or words[head][2].endswith(("'s", "’s")):
            return None
        follow = re.match(r"\s*(,|[^\W\d_][\w'’-]*)", self.text[words[head][1] : pos])
        if follow is None or follow.group(1) in ("and", "or", "nor") or follow.group(1) in ("'s", "’s"):
            return None
        word = follow.group(1)
        if word != "," and not word[:1].islower():
            return None  # "the chief executive Miriam Okafor": a name follows, no one unnamed
        if (
            word == ","
            and re.match(r"\s*[^\W\d_]", self.text[words[head][1] + follow.end() : pos])
            and (not re.match(r"\s*[a-z\d]", self.text[words[head][1] + follow.end() : pos]))
        ):
            return None  # "Its chairman, I Gusti Ngurah Wiranata, asked …": named in apposition
        if tag and word.lower() not in CUE_WORDS:
            return None
        return words[0][0], words[head][1], words[head][2].lower()

    def _subject_since(self, since: int, pos: int, gender: str | None) -> tuple[int, Speaker] | None:
        """The latest person after ``since`` and before ``pos`` named as the subject of a sentence
        of their own: first in it, or after a description in commas or title words ("The plant's
        director, Eng. X Y, rejected …", "Chief inspector X Y denied …"), a verb after the name;
        the last speaker and a person of the other known gender are passed over."""
        last_key = self.last[1].key if self.last is not None else None
        for n in self._people_latest_first(pos):
            if n.start <= since:
                break
            sp = self._short_form(n.speaker)
            if sp.key == last_key:
                continue
            known = self._gender_of(sp, n.speaker)
            if gender is not None and known is not None and known != gender:
                continue
            if (
                gender is not None
                and known is None
                and last_key in self.titled_gender
                and self.gender.get(last_key) == gender
            ):
                continue  # "Mrs Ann Hale said …. Peter Lund runs the farm. …, she said": still hers
            head = self._flow[max(since, n.start - 160) : n.start]  # (a wrapped line's break no sentence's)
            cut = max((m.end() for m in _SENTENCE_BREAK.finditer(head)), default=None)
            if cut is None:
                continue  # the sentence of the last speaker's words
            if (stamp := ENTRY_STAMP.match(head, cut)) is not None:
                # a live blog's entry time opens the sentence ("12:10 — Coroner X visits …"):
                # the subject follows it, as :func:`recognise._past_dateline` reads it (t13apr F1)
                cut = stamp.end()
            if not _SUBJECT_LEAD.fullmatch(head[cut:]) or not self._lead_words_ok(head[cut:]):
                continue
            after = _SUBJECT_VERB.match(self.text, n.end, min(len(self.text), n.end + 120))
            if (
                after is None or after.group(1).lower() in FUNCTION_WORDS or after.group(1).lower() in _RELATIVES
            ) and not _FRAGMENT_AFTER.match(self.text, n.end, min(len(self.text), n.end + 120)):
                continue
            return n.start, sp
        return None

    @staticmethod
    def _lead_words_ok(lead: str) -> bool:
        """Words before a subject's name, after any description in commas, are title words: each
        capitalised (or an abbreviation) or a role ("Chief inspector", "Eng.")."""
        tail = lead.rsplit(",", 1)[-1]
        return all(w[0].isupper() or w.lower().rstrip(".") in ROLES for w in tail.split())

    def _dateline_agency(self, n: Named) -> bool:
        """Whether the mention ``n`` is the outlet reporting, never an organisation the article
        speaks of ("the company", "the utility", "it"): the agency of a wire dateline opening its
        line ("HUARAZ, June 4 (AFP) - …"), or the outlet that wrote the story, the article's own
        (its metadata's or the reader's derived outlet) or one a byline line names ("By Jane Doe,
        Harbour Tribune", :func:`bylines.is_byline`), wherever the text names it again (round
        s48-q3: "In a statement on Monday, the company said" was the byline's outlet's)."""
        if fold(" ".join(self.text[n.start : n.end].split())) in self._outlets:
            return True
        line = self.text.rfind("\n", 0, n.start) + 1
        wire = dateline.match(self.text, line, min(len(self.text), n.end + 40))
        return wire is not None and wire.agency is not None and wire.agency[0] <= n.start and n.end <= wire.agency[1]

    @cached_property
    def _outlets(self) -> frozenset[str]:
        """The folded names of the outlet that wrote the article: its outlet as given, and each
        organisation named on a byline line (:func:`bylines.is_byline`); but not one the article's
        own sentences open with as their subject, off its byline lines ("Acme Robotics today
        announced …" in Acme Robotics' own press release: the firm the release speaks for, "the
        company" of its "the company said"; review of round s48-q3)."""
        out = {fold(" ".join(self._outlet.split()))} if self._outlet else set()
        lines: dict[int, bool] = {}
        acting: set[str] = set()
        for n in self.named:
            if n.speaker.type != "ORG":
                continue
            start = self.text.rfind("\n", 0, n.start) + 1
            if start not in lines:
                end = self.text.find("\n", n.end)
                lines[start] = is_byline(self.text[start : end if end >= 0 else len(self.text)].strip())
            name = fold(" ".join(self.text[n.start : n.end].split()))
            if lines[start]:
                out.add(name)
            elif _SENTENCE_OPENING.search(self.text[start : n.start]) and _SENTENCE_GOES_ON.match(self.text, n.end):
                acting.add(name)  # (a masthead, the name alone on its line, is no sentence)
        return frozenset(out - acting)

    def _introduced_as(self, n: Named, noun: str) -> bool:
        """Whether the organisation's mention ``n`` is introduced by the institution's ``noun``
        in apposition: "Hidroandina, the regional utility,", "Hidroandina, a state utility",
        "the state utility Hidroandina", "utility Hidroandina"."""
        after = self.text[n.end : n.end + 80]
        before = self.text[max(0, n.start - 60) : n.start]
        word = rf"{re.escape(noun)}(?![\w'’-])"
        return bool(
            re.match(rf"\s*,\s*(?:the|a|an|its|their)?\s*(?:[\w'’-]+\s+){{0,3}}?{word}", after, re.I)
            or re.search(rf"(?<![\w'’-]){word}\s*(?:,\s*(?:the\s+)?)?$", before, re.I)
        )

    def _org_at(self, speaker: Speaker, pos: int) -> int:
        """Where ``speaker`` was last named before ``pos``, -1 if nowhere."""
        starts = self._key_starts.get(speaker.key, [])
        i = bisect_left(starts, pos)
        named = starts[i - 1] if i else -1
        return max([named, *(f.start for f in self.found if f.start < pos and f.speaker.key == speaker.key)])

    def _org_before(self, pos: int, noun: str | None, *, listeners: bool = True) -> Speaker | None:
        """The organisation ``noun`` ("the company", "the utility"; None for "it", "they") stands
        for at ``pos``: the latest named before it holding the noun, one the article introduced
        by the noun, else the one named most so far; None when none is. From the recogniser's
        names kept by the same rules once (:class:`_OrgLine`, bisections) unless a name found
        next to a cue is an organisation before ``pos`` (then as :meth:`_org_before_all`)."""
        if any(f.start < pos and f.speaker.type == "ORG" for f in self.found):
            return self._org_before_all(pos, noun, listeners=listeners)
        line = self._org_line(listeners, noun in _FIRM_NOUNS)
        count = bisect_left(line.named, bisect_left(self._starts, pos))  # its names before pos
        if noun is not None:
            at = line.words.get(noun, [])
            k = bisect_left(at, count) - 1
            if k >= 0:
                return self.named[line.named[at[k]]].speaker
        if not count or noun in BODIES:
            return None
        if noun is not None and noun not in _FIRM_NOUNS:
            if noun not in line.introduced:
                line.introduced[noun] = [
                    i for i, k in enumerate(line.named) if self._introduced_as(self.named[k], noun)
                ]
            at = line.introduced[noun]
            k = bisect_left(at, count) - 1
            if k < 0:
                return None
            first = self.named[line.named[at[0]]].start
            described = self._described_by(noun, first, pos)
            if described is None:
                return self.named[line.named[at[k]]].speaker
            # the body the article described by the noun before another was introduced by it
            # competes with those introduced: the one named most so far speaks
            leader = line.leaders[bisect_left(line.named, bisect_left(self._starts, described)) - 1]
            return self._most_named([leader, *(self.named[line.named[i]].speaker for i in at[: k + 1])], pos)
        return line.leaders[count - 1]

    def _described_by(self, noun: str, first: int, pos: int) -> int | None:
        """Where the text first calls an organisation by ``noun`` alone ("the group's computer
        systems", "the health group said": the noun after "the", a lower-case word or two between,
        no name after it), before ``first`` (the first organisation the article introduces by the
        noun in apposition, "the criminal group BlackTarn") and ``pos``, after an organisation is
        named; None when it does not. The organisation named most up to there is the one so
        described."""
        described = re.compile(_DESCRIBED_BY.format(noun=re.escape(noun)))
        for m in described.finditer(self.text, 0, min(first, pos)):
            if not _NAME_NEXT.match(self.text, m.end()) and any(
                n.speaker.type == "ORG" for n in self._latest_first(m.start())
            ):
                return m.start()
        return None

    def _most_named(self, bodies: list[Speaker], pos: int) -> Speaker:
        """Of ``bodies`` (the latest last), the one the article names most before ``pos``, the
        latest of a tie: "the group" of a story about a hospital group is the hospital group, never
        the gang named once as "the criminal group BlackTarn" (t13ar N7)."""
        counts = {sp.key: bisect_left(self._key_starts.get(sp.key, []), pos) for sp in bodies}
        return max(reversed(bodies), key=lambda sp: counts[sp.key])

    def _org_line(self, listeners: bool, firms: bool) -> _OrgLine:
        """The recogniser's organisations :meth:`_org_before_all` keeps (no dateline's agency; no
        outlet told the words unless ``listeners``; firm-like names only if ``firms``), once."""
        line = self._org_lines.get((listeners, firms))
        if line is not None:
            return line
        line = self._org_lines[(listeners, firms)] = _OrgLine()
        counts: dict[str, int] = {}
        top = 0
        for k, n in enumerate(self.named):
            if n.speaker.type != "ORG" or self._dateline_agency(n) or _calendar_name(n.speaker.name):
                continue
            if not listeners and _TOLD_BEFORE.search(self.text, max(0, n.start - 20), n.start):
                continue
            if firms and not _firm_like(n.speaker.name):
                continue
            for w in set(n.speaker.name.lower().split()):
                line.words.setdefault(w, []).append(len(line.named))
            line.named.append(k)
            # the one named most so far, the latest of a tie: the one just named when it ties
            counts[n.speaker.key] = counts.get(n.speaker.key, 0) + 1
            if counts[n.speaker.key] > top or (
                counts[n.speaker.key] == top
                and (not firms or self._opens_sentence(n) or not _legal_over(line.leaders[-1], n.speaker))
            ):
                top = counts[n.speaker.key]
                line.leaders.append(n.speaker)
            else:
                line.leaders.append(line.leaders[-1])
        return line

    def _org_before_all(self, pos: int, noun: str | None, *, listeners: bool = True) -> Speaker | None:
        # The agency of a wire dateline is the outlet, never "the company", "it" or "the utility"
        # the article speaks of (t13p F17: "…, the utility said" was Agence France-Presse's).
        orgs = [
            n
            for n in self._before(pos)
            if n.speaker.type == "ORG" and not self._dateline_agency(n) and not _calendar_name(n.speaker.name)
        ]
        if not listeners:
            # "…," she told the Echo: an outlet told the words is who heard them, never a "they"
            orgs = [n for n in orgs if not _TOLD_BEFORE.search(self.text, max(0, n.start - 20), n.start)]
        if noun in _FIRM_NOUNS:
            # "The company denies this" after "The Public Prosecutor's Office in Aveiro is
            # investigating": a firm, never a public office, court or agency (t13n F10)
            orgs = [n for n in orgs if _firm_like(n.speaker.name)]
        if noun is not None:
            for n in reversed(orgs):
                if noun in n.speaker.name.lower().split():
                    return n.speaker
        if not orgs or noun in BODIES:
            return None  # a public body no name holds ("the transport ministry's spokesman"): no one named
        if noun is not None and noun not in _FIRM_NOUNS:
            # "the utility", "the airline", "the bank" no name holds: the organisation the article
            # introduced by that noun ("Hidroandina, the regional utility,"), else none named (the
            # noun phrase as written; t13p F17); "the company" is the firm the article is about
            introduced = [n for n in orgs if self._introduced_as(n, noun)]
            if not introduced:
                return None
            described = self._described_by(noun, introduced[0].start, pos)
            if described is None:
                return introduced[-1].speaker
            leader = self._org_before_all(described, None, listeners=listeners)
            bodies = [leader] if leader is not None else []
            return self._most_named([*bodies, *(n.speaker for n in introduced)], pos)
        # No name holds the noun ("the company"): the organisation the article is most about so
        # far, the latest on a tie (a rival named once in passing is rarely "the company").
        # Of "the company"'s candidates named as often, one whose name ends in a firm's legal form
        # ("Ostrander Gold Corporation") over one that does not ("Royal Flying Doctor Service",
        # named once after it; t13au N7), then the latest; but never over the latest when that
        # one opens its sentence, the firm acting ("Brenner Mining evacuated 40 workers": s51-rv F4).
        counts: dict[str, int] = {}
        for n in orgs:
            counts[n.speaker.key] = counts.get(n.speaker.key, 0) + 1
        top = max(counts.values())
        tied = [n for n in orgs if counts[n.speaker.key] == top]
        if noun in _FIRM_NOUNS and not self._opens_sentence(tied[-1]):
            legal = [n for n in tied if _legal_name(n.speaker.name)]
            if legal:
                return legal[-1].speaker
        return tied[-1].speaker

    def _opens_sentence(self, n: Named) -> bool:
        """Whether the mention ``n`` opens its sentence, after a "the" at most ("Brenner Mining
        evacuated 40 workers", "The Coastal Rescue Service said"): the sentence's subject, the
        body acting, unlike one named as an agent or object ("flown to Perth by the Royal Flying
        Doctor Service"; :meth:`_org_line`, s51-rv F4)."""
        the = re.search(r"(?<![\w'’-])the\s+$", self.text[max(0, n.start - 4) : n.start], re.I)
        return self._sentence_start(n.start - (len(the.group()) if the is not None else 0))


__all__ = ["GROUP", "SPEAKER_LABELS", "Named", "Speakers", "body_description", "described_only", "role_words"]
