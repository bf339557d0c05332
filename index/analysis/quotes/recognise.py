"""Finding quotes in one article and attributing them to speakers.

Three passes over the article's blocks and sentences (headings and headline-like lines are
skipped: "X Says Y" in a list of teasers is a headline, not a report):

1. **Quotation marks** are paired per block (straight and curly double quotes; a quote left
   open at the end of a paragraph runs on, as in multi-paragraph quotes).
2. **Direct quotes**: a pair whose attribution follows it (``"…," she said`` / ``"…," said X``)
   or precedes it (``X said: "…"``). A quote whose cue sits between its halves
   (``"A," he said. "B."``) is one quote from A to B; a quote that starts the next paragraph
   without a cue continues the speaker's.
3. **Reported speech**: a speech verb (``said that``, ``warned``, ``urged``, ``called for``,
   ``told reporters that``, ``told reporters the …`` (audience, then a clause), ``according to X,`` and participles after a comma: ``, saying …``)
   with a speaker in its subject (words between it and the verb passed over: "The council, in a
   statement, has said"; "will say … that"; not a relative clause's verb with the main clause
   after it: "The council, which the mayor said was broke, cut …", nor the verb of a relative
   clause on the subject before its main speech verb: "Farrow, who had warned of …, said …"; a
   common-noun subject, "The fire service on Friday said", is unattributed unless it refers to
   someone the article names; a participle's phrase opening the sentence, "Speaking at the
   scene, X said Y", is no content, nor a wire dateline or a live blog's "**12:45**" before the
   subject); the content runs from the
   cue to the end of the sentence (or to the next speaker's clause). Reported content holding quoted words is a *partial* quote.
   "Reuters reported that X said …" keeps X as the speaker and Reuters as the source.

Linear in the article's length: each sentence is scanned once with one regex.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.languages import ly_adverb
from waic_reader.index.analysis.entities.lexicons import NAME_LINK_WORDS
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.analysis.figures import TIME_UNITS, find_figures
from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    SUBORDINATORS,
    WEEKDAYS,
)
from waic_reader.index.analysis.quotes.cues import (
    ADDRESSEE_VERBS,
    BASE_FORMS,
    CUE,
    CUE_WORDS,
    DEMAND_PARTICLES,
    DENIALS,
    DESCRIBED_AS,
    FINITE_VERB,
    HABITUAL_TO,
    HOW_ONLY,
    HOW_VERBS,
    NEEDS_PARTICLE,
    NEEDS_QUOTE,
    NO_CLAUSE,
    NOUN_LIKE,
    OBJECT_ALONE_AFTER,
    OBJECT_BEFORE_THAT,
    OBJECT_VERBS,
    OTHER_SENSE,
    PHRASAL,
    PHRASE_ALONE,
    PRESENT_PLURAL,
    QUOTE_ONLY,
    ROLES,
    SAID_NOTHING,
    SECOND_CUE,
    SOURCE_NOUNS,
    SOURCE_VERBS,
    SPEECH_NOUNS,
    STANCE_VERBS,
    SUBJECT_PRONOUNS,
    SUM_OBJECT_VERBS,
    TAIL_CUE,
    THAT_CLAUSE,
    THING_OBJECT_ALONE,
    TOLD_PASSIVES,
    document_source,
    people_plural,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS, person_not_capital
from waic_reader.index.analysis.quotes.model import ANONYMOUS, PAIR, Quote, Speaker
from waic_reader.index.analysis.quotes.speakers import (
    CLOSING_APPOSITION,
    GROUP,
    LIST_CLOSED,
    SETTING_WORDS,
    Speakers,
    body_description,
    described_only,
    role_words,
)
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.blocks import Sentence, abbreviation_stop, word_before
from waic_reader.index.corpus.date_patterns import EXPRESSION, NUMERIC, YEAR_WRITTEN
from waic_reader.index.corpus.date_stamps import is_calendar, with_clock
from waic_reader.index.corpus.letters import CAP_WORD
from waic_reader.index.corpus.quote_marks import (
    ALL_MARKS,
    APOSTROPHES,
    BOTH_WAYS,
    CJK,
    CLOSING_MARKS,
    QUOTE_PAIRS,
    SINGLE,
    signature,
    tex_quotes,
)
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import controls_as_spaces
from waic_reader.index.corpus.tokens import whole_sequences

# Quotation marks of European and CJK typography (corpus/quote_marks.py: „…”, „…“, «…», »…«,
# ‚…‘, ‘…’, 「…」 …; t13n F26: a Polish „…” never closed and swallowed its attribution).
_MARK = re.compile("[" + re.escape(ALL_MARKS) + "]")
_CLOSERS = {opener: re.compile("[" + re.escape(closers) + "]") for opener, closers in QUOTE_PAIRS.items()}
# A space and a single mark opening a word: another quotation's opening mark.
_SINGLE_OPENS = re.compile(r"\s[" + re.escape("".join(APOSTROPHES)) + r"]\w")
_END_TRIM = " \t\n.,;:"
_CLAUSE_CLOSERS = " \t\n" + CLOSING_MARKS + ")]"
_SENT_END = re.compile(r"[.!?](?=['\"”’]?\s|['\"”’]?$)")
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# The word a period closes (its period included) and the one after it, for
# :func:`blocks.abbreviation_stop`; a word is read at most ``_WORD_REACH`` characters back.
_STOP_WORD_BEFORE = re.compile(r"\S+\.$")
_STOP_WORD_AFTER = re.compile(r"\s+(\S+)")
_WORD_REACH = 40
# A naming verb's quotation straight after it, its object a pronoun at most ('called "an insult"',
# 'described it as "reckless"'): the quotation is the verb's words (:data:`cues.NEEDS_QUOTE`).
_QUOTE_NEXT = re.compile(r"(?:\s+(?:it|them|this|that|him|her|the move|the offer|the plan))?(?:\s+as)?\s*[\"“]")
# Verbs that introduce a quotation with no comma ('Ueda said "the sea was calm"'); not "called
# for", "described as" (a partial quote inside a report).
_SAYS = frozenset("said says added adds told tells wrote writes stated states declared insisted".split())
# The verbs that report words whatever their subject ("The county said", "The report states"), as
# against verbs that also take a plain object ("The plan added $300 million", "A check revealed …").
_SAYING = frozenset("said says told tells stated states".split())
# What a naming verb names before its quotation (:func:`_named_quotation`): an object of at most
# six words with no punctuation, "that" or "how" in it (a clause), then "as" or not.
_NAMED_OBJECT = re.compile(r"\s*(?:(?!(?:that|how|on|for)\b)[^\W\d_][\w'’-]*\s+){0,6}?(?:as\s+)?(?=[\"“'‘])")
_QUOTATIONS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
# The "and" after a naming verb's quotation that joins the subject's next verb ('"…" and said').
_AND_AFTER_QUOTATION = re.compile(r"(?<=[\"”])\s*,?\s+and\s+(?:then\s+|also\s+)?")
# What follows a preposition left without its object ("complained about for years.", "spoke of.").
_STRANDED = re.compile(r"\s*(?:[,;.!?]|$|(?:for|since|in|at|on|by|with|to|from|over|during|again|ever|too)\b)")
# The subject of a reported clause right after its speech verb: "said he", "said that they".
_PRONOUN_SUBJECT = r"\s*(?:that\s+)?(?:he|she|it|they|we|i)\s*"
# A time phrase opening a sentence before its subject (t13m F3: "Hours after the storm, Kovács
# said the roads were closed" took the phrase for the statement): a span of time before "after",
# "before", "later", "on" ("Hours after the storm", "Two days later", "A week on", "48 hours
# into the search"), a degree of nearness before them ("Shortly before noon", "Soon after",
# "Long after midnight", "Not long before"), "early"/"late" before a time ("Early on Monday",
# "Late last night", "Later that day"), a time noun after "last", "this", "the next" … ("Last
# week", "That evening", "The following morning", "The day before") or a weekday ("Monday night").
_TIME_NOUNS = (
    r"(?:morning|afternoon|evening|night|day|week|weekend|fortnight|month|year|decade|season|spring|"
    r"summer|autumn|fall|winter|dawn|dusk|time|hour|minute|moment|"
    + "|".join(WEEKDAYS)
    + "|"
    + "|".join(m for m in MONTHS if m != "may")
    + r")s?"
)
_SPAN = (
    r"(?:(?:\d+|a|an|one|a\s+few|a\s+couple\s+of|few|several|some|many|"
    + "|".join(w for w in NUMBER_WORDS if w not in ("zero", "dozen"))
    + r")\s+(?:more\s+)?)?"
    + r"(?:"
    + "|".join(
        sorted({*TIME_UNITS, "moment", "moments", "night", "nights", "fortnight", "fortnights"}, key=len, reverse=True)
    )
    + r")"
)
_TIME_FRONTED = (
    r"(?i:"
    rf"(?:{_SPAN}|shortly|soon|just|long|right|immediately|only|well|not\s+long|straight|directly)"
    r"\s+(?:after|before|later|earlier|ago|afterwards|thereafter|on|into|since|past)\b[^,;.!?]*"
    r"|(?:early|late|earlier|later)\s+(?:on|in|at|that|this|last|next|yesterday|today|tonight|the|"
    rf"{_TIME_NOUNS})\b[^,;.!?]*"
    r"|(?:last|this|that|next|every|each|one|the\s+(?:next|following|previous|same|other))\s+"
    rf"(?:[a-z]+\s+)?{_TIME_NOUNS}(?:\s+(?:before|after|later|earlier|ago))?"
    rf"|the\s+{_TIME_NOUNS}\s+(?:before|after)"
    rf"|(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|overnight|afterwards?|then|now|next|first|again|overall|altogether|"
    r"otherwise|therefore|thus|hence|indeed|moreover|furthermore|also|likewise|above\s+all|"
    r"after\s+all|of\s+course|at\s+(?:last|first)|so\s+far|for\s+now|once\s+again|in\s+short"
    r")(?=\s*$)"
)
# A participle's or an adverbial phrase opening a sentence before its subject ("Speaking at the
# scene", "Asked about the cost", "Visiting the site on Monday", "Even before the fire", "In
# Oslo"): a verb in "-ing", a past participle of being asked, or an adverb or preposition, and no
# finite verb of its own ("Nothing is working" is a clause; the nouns in "-ing" that open one are
# left out).
_FRONTED = re.compile(
    r"\s*(?:" + _TIME_FRONTED + "|"
    # a subordinate clause, finite verb and all: "Although the cables were new, X said Y", "Even
    # though …", "When asked about …", "If the county pays, …" (t13l F17: the clause was taken for
    # the statement); the sentence's own clause "X said Y" follows its comma
    r"(?:(?:Even|Only|Just)\s+(?=[a-z]))?(?i:although|though|while|whilst|whereas|because|since|if|unless|when|"
    r"whenever|once|as|until|after|before|whether)\b[^;.!?]*"
    # a participle of being asked with its question: "Asked whether/if/when the bridge was safe, …"
    r"|(?:Asked|Questioned|Pressed|Quizzed|Challenged)\b[^;.!?]{0,40}?"
    r"\b(?:whether|if|when|why|how|what|where|who|which|about)\b[^;.!?]*"
    r"|(?:(?!(?:Nothing|Something|Anything|Everything|Morning|Evening|During|King|Spring|Thing|"
    r"Building|Meeting|Funding|Housing|Training|Shipping|Spending|Parking|Beijing|Sterling)\b)[A-Z][a-z]+ing|"
    r"Asked|Questioned|Pressed|Quizzed|Interviewed|Contacted|Reached|Approached|Challenged|"
    # an adverbial phrase: "Even before the fire, Lyng said …", "In Oslo, the mayor said …", "Per
    # the rules, …" (t13k F12: the phrase was taken for the statement)
    r"Even|Still|Yet|However|Meanwhile|Later|Earlier|Instead|Separately|Nevertheless|Nonetheless|"
    r"Per|According|In|On|At|After|Before|During|Despite|Since|Under|Without|With|For|By|Until|"
    r"Following|Amid|Among|Across|Outside|Inside|Near|From|Over|Throughout|Behind|Beyond|Unlike|Like|"
    # more prepositions (t13m F3: "Above all, said Farkas, the dykes must hold")
    r"Above|Below|Beneath|Beside|Besides|Around|Along|Alongside|Within|Upon|Towards?|Through|"
    r"Regarding|Concerning|Against|Into|Past|Via|Ahead|Apart|Except|Given|Of)\b"
    r"(?:(?!\s(?:is|was|were|are|has|have|had|will|would|can|could)\b)[^,;.!?])*)"
)
# An adverb in "-ly" opening a sentence before its subject, alone or before a phrase in lower
# case ("Shortly before noon", "Most importantly", "Initially"; t13m F3): told from a name so
# spelled ("Kelly", "Italy") by :func:`_fronted`.
_LY_FRONTED = re.compile(
    r"\s*(?:(?:Most|More|Perhaps|Equally|Even|Just|Only|Quite|Very|Rather|Far|Much)\s+([a-z]+ly)|([A-Z][a-z]+ly))"
    r"(?:\s+[a-z](?:(?!\s(?:is|was|were|are|has|have|had|will|would|can|could)\b)[^,;.!?])*)?\s*"
)
# A restrictive relative "that" right before a cue ("a firm that maintains …"), and the main
# clause's finite verb after the relative clause's object ("… the wagons was hired").
_RELATIVE_RUNS_ON = re.compile(r"\s*(?:who|whom|whose|which)\b")
# A relative clause with a subject of its own, still open before a speech verb: ", whose boss
# Graham Pell said:", ", which the mayor said": the verb is that subject's, never the antecedent's.
_OWN_SUBJECT_RELATIVE = re.compile(r",\s*(?:whose|which|whom)\b(?=[^,;:]*$)")
_THAT_BEFORE = re.compile(r"[^\W\d_]+\s+(?:that|which|who)\s+$")
# A preposition right after a speech verb ("argues for", "insists on", "claims to"): the verb's
# other sense (advocates, demands, purports), an object of its own and no words reported; with
# the main clause's finite verb later in the sentence, "A group that argues for safer roads was
# not consulted" (t13l F6: the s25 rule held only "maintains").
_PREPOSITION_AFTER = re.compile(r"\s+(?:for|on|upon|to|against|in|with|about|by)\b", re.I)
_MAIN_VERB_LATER = re.compile(r"[^,;:!?\"“”]*?\s(?:was|were|is|are|has|have|had|will|would)\s+[\w'’-]+", re.I)
_MAIN_CLAUSE_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"\s+(?:was|were|is|are|has|have|had|will|would)\s+[\w'’-]+",
    re.I,
)
# Where a trailing speaker's setting or time may start after the name ("… in a statement on
# Tuesday", "… on Tuesday evening", "… late on Tuesday"), checked as an aside by the speakers.
_SETTING_AFTER = re.compile(rf"\s(?={SETTING_WORDS})")
# A transcript's speaker label opening a line ("REPORTER: ", "ANCHOR: "): no part of the sentence.
_SPEAKER_LABEL = re.compile(r"[ \t]*[A-Z][A-Z'’. -]{1,30}:[ \t]+")
# Words of a speaker after its cue, up to a comma: a title and a name and the verb's time ("…,
# said Deputy Chief Fire Officer Arne Rise on Tuesday": nine; t13k F18, the limit was six).
_TRAILING_NAME_WORDS = 9
# A list of names right after a trailing cue, closed by "and" ("…, said Cruz, Ortiz and Diaz on
# Monday.", "…, said Ana Cruz, Ben Ortiz, and Carla Diaz.", "…, said the Red Cross and Caritas."):
# its commas are the list's, not the end of the speaker (round s48-q: the first name alone spoke).
# Each name one to four capitalised words (titles among them), "the" before it.
_LIST_NAME = rf"(?:the\s+)?{CAP_WORD}(?:\s+{CAP_WORD}){{0,3}}"
_LIST_AFTER = re.compile(rf"\s*{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})*(?:,\s+|\s+)and\s+{_LIST_NAME}(?![\w'’-])")
# The close of a speech tag inside its sentence: at most a few words of its time or setting, its
# comma, then the clause the tag interrupted going on with its verb (an auxiliary or a past form,
# an adverb before it): "Santa Clara, the ferry's captain said, had never carried …", "The dam,
# said engineer Tom Lund, was never tested" (t13u F14: the statement was "Santa Clara" alone).
_TAG_CLOSE = re.compile(rf"([^,;.!?\"“”]{{0,30}}?,)\s+{FINITE_VERB}")


def _tag_gap(text: str, before: int, after: int, s1: int) -> tuple[int, int] | None:
    """The span of a speech tag from the comma at ``before`` to its closing comma after
    ``after`` when the sentence (ending at ``s1``) goes on past the tag with the clause the tag
    interrupted (:data:`_TAG_CLOSE`), else None: the tag closes the statement."""
    m = _TAG_CLOSE.match(text, after, s1)
    return (before, m.end(1)) if m is not None else None


# "by" after a speech verb's past participle, its agent after it: a passive ("the ransom demanded
# by the hackers", "a report announced by the ministry", "was told by police"), unless "by" gives
# the means or the time ("said by phone", "demanded by Friday", "by the end of the week").
_PASSIVE_BY = re.compile(
    r"\s+by\s+(?!(?:phone|telephone|letter|e-?mail|text|video|videolink|post|radio|fax|mail|messenger|courier|"
    r"hand|law|satellite|cable|wire|tomorrow|tonight|today|next|noon|midnight|then|now|\d)\b|"
    r"(?:the\s+)?(?:end|start|middle|close|beginning)\s+of\b|" + r"(?:" + "|".join((*WEEKDAYS, *MONTHS)) + r")\b)",
    re.I,
)
# A determiner or an owner's possessive right before a speech verb's past participle: the
# participle is an adjective on the noun after it, no cue ("the alleged attacker", "his alleged
# role", "Reeve's alleged victims", "an estimated 3,000 people"; s37-q: "alleged" joined the
# speech verbs). Not "that", a relative pronoun before a verb as often ("the council that warned").
_ATTRIBUTIVE = re.compile(r"\b(?:" + "|".join(sorted(DETERMINERS - {"that"})) + r")\s+$", re.I)
# An owner's "'s" right before the participle: a possessive only when a noun follows the
# participle ("Reeve's alleged victims", "Lind's stated goal"); before "that", a determiner, a
# clause or a quotation it is "has" ("She's warned that …", "The minister's admitted that …",
# "Lind's claimed the budget …": s37-rv 10, the statements were lost), as after a pronoun always.
_OWNER_BEFORE = re.compile(r"(\w+)['’]s\s+$")
# A count right before a participle: digits or a number's word ("214 confirmed cases", "two
# reported deaths"); the participle is then an adjective on the counted noun (:func:`_attributive`).
_COUNT_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands))\s+$",
    re.I,
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'’-]*)")
# A form of "be" right before a passive participle, an adverb or "also"/"not" between ("was told",
# "had been formally informed", "were also warned").
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:[a-z]+ly|also|not|never)\s+)?$", re.I)
# The words whose "'s" is "has" or "is", never an owner's ("she's", "it's", "who's", "there's").
PRONOUN_HAS = SUBJECT_PRONOUNS | frozenset("who that there what here".split())
# "to" and an infinitive right after a report verb's participle ("alleged to have taken", "claimed
# to be"): with a form of "be" before it the subject is spoken of ("is alleged to have"), and
# "alleged" takes no infinitive of its subject's words in any form ("two men alleged to have").
_TO_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# A passive's agent (up to eight words, a time among them: "police", "Detective Inspector Jonas
# Pellworth on Friday") and the "that" opening the words it reported; no comma or quotation mark.
_AGENT_THAT = re.compile(r"((?:\s*[\w.'’-]+){1,8}?)\s+that\b")
# "that" right after a verb, a time or an adverb between them ("confirmed on Friday that …").
_THAT_FIRST = re.compile(r"(?:\s+(?:on|in|at|last|this)\s+\S+|\s+[a-z]+ly)?\s+that", re.I)
# A time phrase right after a speech verb, before the words reported with no "that" ("Paris said
# on Monday it would appeal", "Berlin said late on Tuesday the border …", "said yesterday it
# would", "said earlier this week the talks …"): when the verb is, not what was said (issue #16,
# s39-x2: the phrase opened the quote). A weekday or a date with or without "on", "early"/"late"
# or "earlier"/"later" before it; "yesterday", "today", "tonight", "overnight"; "last", "this",
# "that" or "on" before a time noun. Only when a clause follows, not its verb or an owner's "'s"
# ("said Monday was the worst day", "said Monday's vote" keep the words).
_DAY = (
    r"(?:(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\d{1,2}\s+(?:" + "|".join(MONTHS) + r")|(?:" + "|".join(MONTHS) + r")\s+\d{1,2}(?:st|nd|rd|th)?)"
)
# The words that open a clause's subject: a pronoun or a determiner (and "I", capitalised).
_SUBJECT_OPENERS = (
    "it|he|she|they|we|you|there|this|that|these|those|the|a|an|its|his|her|their|our|my|your|"
    "no|some|all|any|each|every|both|many|most|several|few|more|fewer|one|two|three|four|five|"
    "six|seven|eight|nine|ten|only|about|nearly|almost|at least"
)
# What closes a partial quotation's statement after its closing mark: the writer's own next clause,
# opened by a semicolon or, after a comma, by a contrasting conjunction ("but", "yet", "although",
# "though", "whereas", "whilst": lexicon.SUBORDINATORS' contrasting ones) or by "and" with a new
# subject (a determiner's noun or a negative pronoun: ", and nobody has …", ", and the ships …"),
# no backshifted modal in it ("…, and the fund would grow" may be the speaker's words still).
_WRITERS_CLAUSE = re.compile(
    r"\s*(?:;|,\s*(?:but|yet|although|though|whereas|whilst)\b"
    rf"|,\s*and\s+(?:(?:{'|'.join(sorted(DETERMINERS - {'that'}))})\s+[\w’'-]+|nobody|no\s+one|none|nothing)\b"
    r"(?![^.;!?]*\b(?:would|could|might|should)\b))",
    re.I,
)
_TIME_AFTER_VERB = re.compile(
    r"\s+(?i:(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?"
    + _DAY
    + r"|(?:(?:early|late|earlier|later)\s+)?(?:yesterday|today|tonight|overnight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:(?:early|late|earlier|later)\s+)?(?:on|in|during|last|this|that)\s+"
    + _TIME_NOUNS
    + r"|(?:earlier|later)(?:\s+(?:on|in\s+the\s+day))?)"
    # the clause's own subject must follow: a pronoun, a determiner, a number or a capitalised
    # name; a lower-case word after the time word is the subject's noun or its verb, so the
    # time word belongs to the words ("said earlier reports were wrong", "said later generations
    # would pay", "said overnight rates would", "said this season proved": review s39-rv, 5)
    r",?(?=\s+(?:(?:" + _SUBJECT_OPENERS + r")\b|[A-Z\d\"“]))"
)
# A non-restrictive relative clause opening right before a speech verb, up to three lower-case
# words (an adverb, an auxiliary) between: "…, who said", "…, who later told", "…, who has long
# warned" (its antecedent, the name before the comma, is the subject: :meth:`Speakers.named_before`).
_RELATIVE_CUE = re.compile(r",\s*who(?:\s+[a-z]+){0,3}\s+$")
# A name in commas right before the speech verb, an auxiliary or adverb between (", Daniel
# Okonkwo-Reyes, has warned"): group 2 is its closing comma.
_NAMED_IN_COMMAS = re.compile(r",\s*([^,;]{2,60}?)\s*(,)\s*(?:(?:has|have|had|also|then|later|again|since)\s+){0,2}$")
# The source of "According to" a determiner or a number opens, in lower case: someone unnamed
# ("one top-20 shareholder", "a senior trader", "two people at the meeting").
_UNNAMED_SOURCE = re.compile(
    r"\s*((?:one|a|an|some|two|three|four|several|many|another)\s+(?-i:[a-z\d][\w'’-]*)(?:\s+(?-i:[a-z\d][\w'’-]*)){0,5})\s*",
    re.I,
)
MAX_SUBJECT_WORDS = 14  # a subject longer than this is a clause of its own, not a speaker
MIN_UNATTRIBUTED_WORDS = 4  # a shorter quotation with no cue is a title or a scare quote
MAX_TAIL_WORDS = 16  # words of a '"…," X said on Monday in Geneva' attribution
# The audience of "told"/"tells" when no "that" follows ("told reporters the cut was …", "told
# Reuters on Monday it would …"): a known audience noun, a pronoun or a capitalised name, an
# optional time or setting; then a clause (not "told him to …", an instruction).
_AUDIENCE_WORDS = (
    rf"\s+(?:(?:the|a|an|its|his|her|their|local|foreign|visiting|assembled|state|national|news|press|{CAP_WORD})\s+){{0,3}}?"
    r"(?:reporters|journalists|press|media|newsmen|lawmakers|legislators|MPs|parliament|delegates|"
    r"audience|listeners|viewers|investors|analysts|shareholders|staff|employees|workers|residents|"
    r"broadcaster|newspaper|conference|briefing|him|her|them|us|me|"
    # bodies and gatherings spoken to (t13aa K15: "…, the city's deputy mayor Ines Halloran told
    # the council." gave no statement, "told reporters" did)
    r"council|committee|court|jury|inquiry|hearing|panel|assembly|senate|congress|board|tribunal|"
    r"crowd|rally|meeting|families|mourners|supporters|students|radio|television|"
    # those an account is given to (t13ad N15: "Captain X told investigators the fire warning came
    # on …" was no report of hers)
    r"investigators|detectives|police|officers|officials|prosecutors|regulators|doctors|passengers|customers|"
    rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}})"
    r"(?:\s+(?:on|at|in|last|this)\s+(?:a\s+|an\s+|the\s+)?[\w'’-]+(?:\s+(?:conference|briefing|interview))?)?"
)
_AUDIENCE = re.compile(_AUDIENCE_WORDS + r",?\s+(?!to\b|about\b|of\b|and\b|or\b|that\b)(?=[\w\"“])")
# Any plural noun for people as the audience ("told evacuees the state will …", "tells
# survivors the search goes on", "told anxious parents the school would reopen"): up to two
# modifiers (a determiner, a possessive, an adjective) before it, an optional time or setting
# after it, then the clause reported, as :data:`_AUDIENCE` reads its listed nouns; the noun is
# tested by :func:`cues.people_plural` (round s48-q2, t13ap N20: the live blog's "She tells
# evacuees the state will "stand with …"" lost its quotation altogether).
_AUDIENCE_MODIFIERS = 2
_PEOPLE_AUDIENCE = [
    re.compile(
        r"\s+" + r"(?:[a-z][\w'’-]*\s+)" * k + r"(?P<noun>[a-z][\w'’-]*)"
        r"(?:\s+(?:on|at|in|last|this)\s+(?:a\s+|an\s+|the\s+)?[\w'’-]+)?"
        r",?\s+(?!to\b|about\b|of\b|and\b|or\b|that\b|who\b|whom\b|[a-z]+ing\b)(?=[\w\"“])"
    )
    for k in range(_AUDIENCE_MODIFIERS + 1)
]
# "told (an audience) how" / "told of", before the quoted words of an account: 'Terrified locals
# told how the hillside "just came down like a wave".', 'Neighbours told reporters of "a roar like a
# jet engine".' (t13ae P17: no quote); the words reported follow "how" or "of".
_TOLD_HOW = re.compile(rf"(?:{_AUDIENCE_WORDS})?\s+(?:how|of)\s+")

# "how" and the clause after a verb of account (:data:`cues.HOW_VERBS`), an audience between
# ("described to reporters how", "told the court how"); group 1 is "how".
_ACCOUNT_HOW = re.compile(rf"(?:\s+to)?(?:{_AUDIENCE_WORDS})?\s+(how)\s+(?=[\w\"“])", re.I)
# "how" asking a degree ("explained how much it cost", "described how long the wait was") is part
# of the words: only "how" before a clause is left out, as "that" is. "how to" and an infinitive
# ("explained how to apply") is what was explained, the way to do it, no clause: "how" stays
# (review s39-rv, 6: the words were "to apply …").
_HOW_DEGREE = re.compile(
    r"(?:to|much|many|long|far|often|big|bad|little|few|soon|close|deep|high|large|small|hard|"
    r"difficult|easy|important|serious|[a-z]+ly)\b",
    re.I,
)

# The audience of "told" closing its sentence, a time or setting after it ("…, his daughter told the
# Echo.", "…, she told reporters on Friday."): the words reported are before the tag.
_AUDIENCE_LAST = re.compile(
    _AUDIENCE_WORDS + r"""(?:\s+(?:on|in|at|late|early|last|this)\b[^,;:"“”]{0,30})?\s*[.!?'"”’)]*\s*$"""
)


@dataclass(frozen=True, slots=True)
class Marks:
    """One pair of quotation marks: ``open`` and ``close`` are the marks' offsets (``close`` may
    be the block end for a quote left open); the quoted words are ``open+1:close``."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    @property
    def after(self) -> int:
        return self.close + 1


def pair_marks(text: str, start: int, end: int) -> list[Marks]:
    """Quotation-mark pairs within ``text[start:end]`` (one block): each opening mark with the
    nearest mark that closes it (:data:`quote_marks.QUOTE_PAIRS`); marks inside a pair are its
    words. A double mark left open runs on to the block's end (a quote running into the next
    paragraph); a single one left open is an apostrophe ("'em", "the '90s"), no quotation."""
    out: list[Marks] = []
    i = start
    while i < end:
        found = _MARK.search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = found.group()
        if ch not in QUOTE_PAIRS or not _opens(text, i, start, end):
            i += 1
            continue
        j = _closer(text, ch, i + 1, end)
        if j < 0:
            if ch in SINGLE:
                i += 1
                continue
            out.append(Marks(i, end))  # runs on into the next paragraph
            break
        if j > i + 1 and not only_a_value(text, i + 1, j):
            out.append(Marks(i, j))
        i = j + 1
    return out


# What may stand around a value that is all of some words: marks, spaces, punctuation.
_AROUND_VALUE = " \t\n.,;:!?()" + ALL_MARKS
# The most characters a time, date or figure alone takes ("Wednesday 12 March 2025 at 16:40 GMT"):
# longer words are never read for one.
_VALUE_CHARS = 40


def only_a_value(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is nothing but a time, a date or one figure ("16:40 GMT",
    "midnight on Friday", "4.5 percent", "$40 million"), marks and punctuation aside: such words in
    quotation marks quote no one (a deadline, a headline's figure set in marks), and such words
    alone report nothing, so they are no quote nor statement (round s43-y1: '"16:40 GMT", the
    notice said' was a direct quote). The calendar test is the date stamps' (``is_calendar``),
    the figure the one figure recogniser's."""
    while start < end and text[start] in _AROUND_VALUE:
        start += 1
    while end > start and text[end - 1] in _AROUND_VALUE:
        end -= 1
    if start >= end or end - start > _VALUE_CHARS:
        return False  # marks around nothing are no quotation; the longest value is short
    words = text[start:end]
    if is_calendar(words):
        return True
    figures = find_figures(words)
    return len(figures) == 1 and figures[0].start == 0 and figures[0].end == len(words)


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at ``i`` opens a quotation: an apostrophe-like mark only at a word's start
    ("'Everyone …", never "won't" or "'90s"), a mark that also closes ("»", "”") only before a
    word, a straight one never right after a letter or digit (5'10"); CJK brackets always."""
    ch = text[i]
    if ch in CJK:
        return True
    after = text[i + 1] if i + 1 < end else ""
    if (ch in APOSTROPHES or ch in BOTH_WAYS or ch == '"') and i > start and text[i - 1].isalnum():
        return False
    if ch in APOSTROPHES:
        return after.isalpha()
    if ch in BOTH_WAYS:
        return bool(after) and not after.isspace()
    return True


def _closer(text: str, opener: str, pos: int, end: int) -> int:
    """The offset of the nearest mark from ``pos`` that closes ``opener``, else -1. An
    apostrophe-like mark closes only at a word's end (not "won’t"), and a plural's possessive
    ("the workers' pay") is passed over when a later mark closes the quotation with no other
    quotation opening between."""
    closers = _CLOSERS[opener]
    m = closers.search(text, pos, end)
    while m is not None:
        j = m.start()
        if m.group() not in APOSTROPHES:
            return j
        after = text[j + 1] if j + 1 < end else ""
        if text[j - 1].isspace() or after.isalnum():
            m = closers.search(text, j + 1, end)
            continue
        if text[j - 1] in "sS" and re.match(r" [^\W\d_]", text[j + 1 : j + 3]) and text[j + 2].islower():
            later = _closer(text, opener, j + 1, end)
            if later >= 0 and _SINGLE_OPENS.search(text, j + 1, later) is None:
                return later
        return j
    return -1


# How a sentence ends that no headline ends with: a full stop, before a closing mark or not.
_STOP_ENDS = tuple("." + c for c in ("", *CLOSING_MARKS))


def _tagged_quotation(text: str) -> bool:
    """Whether ``text`` holds a quotation (:func:`pair_marks`) and a speech verb outside every
    quotation (:data:`cues.CUE`, :data:`cues.TAIL_CUE`): '"Nobody came," said Anna Berg.'."""
    marks = pair_marks(text, 0, len(text))
    if not marks:
        return False
    outside, at = [], 0
    for m in marks:
        outside.append(text[at : m.open])
        at = m.close + 1
    outside.append(text[at:])
    rest = " ".join(outside)
    return CUE.search(rest) is not None or TAIL_CUE.search(rest) is not None


def _is_headline(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith((".", '."', ".”", "?", "!")) and stripped.count(" ") > 6:
        return False  # a sentence (checked before splitting words: most text is sentences)
    if stripped.endswith(".") and not any(c.islower() for c in stripped):
        # a short sentence in capitals ends in a full stop as no headline does ("THE COMPANY SAID
        # IT WOULD APPEAL."): an all-caps lede, whose capitals say nothing
        return False
    if stripped.endswith(_STOP_ENDS) and _tagged_quotation(stripped):
        # a short sentence holding a quotation and its speech tag ('"Nobody warned us," Tomas
        # Arvid said.', 'Tomas Arvid said: "Nobody Warned Us."') is a report, however many of its
        # words a name and the quotation's first word capitalise; a headline ends in no full stop
        # (s36-x3: such a paragraph opening an article was skipped, its quote lost)
        return False
    words = _WORDS.findall(text)
    if not words:
        return False
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.6


@dataclass
class _Cue:
    start: int
    end: int  # end of the cue words (particle included)
    word: str
    participle: bool
    content_start: int
    speaker: Speaker | None = None
    source: str | None = None
    content_end: int = -1
    region_start: int = 0
    speaker_at: int = -1
    gap: tuple[int, int] | None = None  # a speech tag inside the content (Quote.gap)
    agent: bool = False  # a passive's agent speaks ("was told by police that", :func:`_passive_agent`)


# "told"/"tells" with its audience ("He told reporters the driver survived", "She told the Courier
# that …"): words reported for certain, whoever the pronoun stands for.
_TELLING = frozenset({"told", "tells"})


def _unresolved_teller(text: str, region_start: int, cue: _Cue) -> Speaker | None:
    """An unnamed speaker (``GROUP``, kept unattributed by :func:`_quote`) for a report told to an
    audience whose subject is a lone personal pronoun no one was found for: "He told reporters the
    train's driver survived" after a name the recogniser did not read. What is told is reported
    speech, so its words are listed under ``unattributed``, never lost (t13aq N21); None for any
    other cue or subject."""
    if cue.word.lower() not in _TELLING:
        return None
    subject = text[region_start : cue.start].strip()
    if subject.lower() not in SUBJECT_PRONOUNS - {"it"}:  # "it" is a body's, read by the caller
        return None
    name = subject[:1].upper() + subject[1:]
    return Speaker(f"GROUP:{subject.lower()}", name, GROUP)


class _MarkIndex:
    """The quotation-mark pairs found so far (blocks in reading order), with their opening marks'
    offsets sorted beside them: whether a place is inside a pair, a pair opens in a span, or which
    pairs a span holds is then a bisection, not a look through every pair of the article (s36-p: a
    2 MB one-paragraph article's 9,122 quotes each looked through all of them).

    The bisections assume what :func:`pair_marks` gives block after block: disjoint pairs in text
    order. Pairs added out of that order (blocks listed out of text order) switch every question
    back to the look through every pair, so the answers are the same either way."""

    __slots__ = ("marks", "opens", "ordered")

    def __init__(self) -> None:
        self.marks: list[Marks] = []
        self.opens: list[int] = []
        self.ordered = True

    def extend(self, marks: list[Marks]) -> None:
        for m in marks:
            if self.marks and m.open <= self.marks[-1].close:
                self.ordered = False
            self.marks.append(m)
            self.opens.append(m.open)

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` is strictly between a pair's marks."""
        if not self.ordered:
            return any(m.open < pos < m.close for m in self.marks)
        k = bisect_left(self.opens, pos) - 1  # the last pair opening before pos; earlier ones closed
        return k >= 0 and pos < self.marks[k].close

    def opens_in(self, lo: int, hi: int) -> bool:
        """Whether a pair opens at an offset in ``lo:hi``."""
        if not self.ordered:
            return any(lo <= m.open < hi for m in self.marks)
        k = bisect_left(self.opens, lo)
        return k < len(self.opens) and self.opens[k] < hi

    def held(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The quoted words (:attr:`Marks.inner`) of the pairs with ``start <= open + 1`` and
        ``close <= end + 1``, in text order."""
        if not self.ordered:
            return tuple(m.inner for m in self.marks if start <= m.open + 1 and m.close <= end + 1)
        out: list[tuple[int, int]] = []
        for k in range(bisect_left(self.opens, start - 1), len(self.marks)):
            m = self.marks[k]
            if m.close > end + 1:
                break  # the pairs after close later still
            out.append(m.inner)
        return tuple(out)


class _DirectSpans:
    """The spans of the direct quotes found so far, sorted by start: whether a place is inside one
    is a bisection (s36-p). Direct quotes never overlap (each is one pair of marks, or one quote
    extended over the next pair); should two ever overlap, the question goes back to a look
    through every quote, so the answer is the same either way."""

    __slots__ = ("ends", "ordered", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.ordered = True

    def add(self, start: int, end: int) -> None:
        if start >= end or not self.ordered:
            return  # an empty span holds no place
        k = bisect_right(self.starts, start)
        if (k > 0 and self.ends[k - 1] > start) or (k < len(self.starts) and self.starts[k] < end):
            self.ordered = False
            return
        self.starts.insert(k, start)
        self.ends.insert(k, end)

    def remove(self, start: int, end: int) -> None:
        if start >= end or not self.ordered:
            return
        k = bisect_left(self.starts, start)
        del self.starts[k], self.ends[k]


@dataclass
class _State:
    article: Article
    speakers: Speakers
    marks_index: _MarkIndex = field(default_factory=_MarkIndex)
    direct_spans: _DirectSpans = field(default_factory=_DirectSpans)
    used_cues: set[int] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)
    last_direct: Quote | None = None
    last_block: int = -2

    @cached_property
    def sentence_ends(self) -> list[int]:
        """Where the article's sentences end, in order (the splitter's, which knows abbreviations
        and initials: "Sorvena Químicos S.A. chief executive X told reporters" is one)."""
        return [s.end for s in self.article.sentences]

    @cached_property
    def stops(self) -> list[int]:
        """The offsets right after each sentence-ending mark of the text (:data:`_SENT_END` over
        the whole text), in order: the last one before a quotation is a bisection
        (:func:`_sentence_start_before`), not a scan of its block. A period the sentence splitter
        reads as no sentence's end (:func:`blocks.abbreviation_stop`: "Governor Ma. Lourdes
        Cataquiz said:", t13an N4, read from "Lourdes") is no stop here either."""
        text = self.article.text
        return [e.end() for e in _SENT_END.finditer(text) if not _abbreviated(text, e.start())]


def _abbreviated(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a period the sentence splitter reads as no sentence's end
    (:func:`blocks.abbreviation_stop`: "Ma." before "Lourdes", "Dr." before a name), the word it
    closes, the next, and the words either side of those (:func:`blocks.word_before`: "Jack Ma."
    ends a sentence) read in the whole text."""
    if text[at] != ".":
        return False
    word = _STOP_WORD_BEFORE.search(text, max(0, at - _WORD_REACH), at + 1)
    nxt = _STOP_WORD_AFTER.match(text, at + 1)
    if word is None or nxt is None:
        return False
    after = _STOP_WORD_AFTER.match(text, nxt.end())
    before = word_before(text, word.start())
    return abbreviation_stop(word.group(), nxt.group(1), before, after.group(1) if after is not None else "")


def find_quotes(
    article: Article, mentions: Sequence[object], noise_spans: Sequence[tuple[int, int]] = ()
) -> list[Quote]:
    """Every quote in ``article``, in text order, attributed where the text allows.

    ``mentions`` are the entity recogniser's mentions of this article (speakers are its merged
    entities); quotes overlapping ``noise_spans`` (boilerplate) are flagged ``noise``.

    A Markdown article is read as the reader shows it (:func:`corpus.markdown.shown_article`:
    no emphasis or heading markers, a link's text without its URL), as the entity recogniser
    reads it, so "told *Chemical Week Review* that "…"" is a cue as it is without the asterisks
    (t13w F4); the quotes' offsets are then mapped back into the article's text.
    """
    if article.format == "markdown" and article.blocks:
        shown = _shown_quotes(article, mentions, noise_spans)
        if shown is not None:
            return [_whole_sequences(q, article.text) for q in shown]
    # wire copy's ``…'' read as “…”, a control character as a space ("Harnwick.\x07 A spokesman
    # said": two sentences, t13ab L4), in the same offsets (quote_marks.tex_quotes)
    original = article.text
    if (text := controls_as_spaces(tex_quotes(original))) is not original:
        article = dataclasses.replace(article, text=text)
    # (the paragraphs as the blocks read them: a hard-wrapped one's lines are one, Article.name_text)
    state = _State(article, Speakers(text, mentions, noise_spans, article.outlet, article.name_text))
    by_block: dict[int, list[Sentence]] = {}
    for s in article.sentences:
        by_block.setdefault(s.block, []).append(s)
    # Block by block, in reading order: a pronoun refers back to names met so far, including
    # names found next to earlier cues.
    headline = _headline_text(article)
    for i, b in enumerate(article.blocks):
        if b.kind in ("title", "heading") or _is_headline(b.text):
            continue
        marks = pair_marks(text, b.start, b.end)
        state.marks_index.extend(marks)
        opens = [m.open for m in marks]
        # The article's headline written in sentence case ("Bridge inspector warned of cracks in
        # 2024") reports no words but those in its quotation marks: its verb says what the story
        # is about, never a statement of its own (t13r F14: "cracks in 2024" was a quote).
        headline_only = not marks and " ".join(b.text.split()) == headline
        sentences = by_block.get(i, [])
        for j, s in enumerate(sentences):
            # Sentence by sentence: the quotes opening in it, then its reported speech.
            upto = sentences[j + 1].start if j + 1 < len(sentences) else b.end + 1
            _direct(state, i, marks, opens, s.start if j else b.start, upto)
            if not headline_only and not _is_headline(s.text):
                _reported(state, s.start, s.end)
    spans = sorted(noise_spans)
    quotes = sorted(state.quotes, key=lambda q: q.start)
    if text is not original:  # each quote's words as the article writes them
        quotes = [_as_written(q, original, text) for q in quotes]
    return [_flag_noise(_whole_sequences(q, original), spans) for q in quotes]


def _whole_sequences(q: Quote, text: str) -> Quote:
    """``q`` with its ends off any terminal control sequence they split: a control character is
    read as a space (``controls_as_spaces``), so reported words after "says \x1b[31mRED" began
    at "[31m", one past the ESC, and were shown without its stand-in (t13ai N15)."""
    start, end = whole_sequences(text, q.start, q.end)
    if (start, end) == (q.start, q.end):
        return q
    return dataclasses.replace(q, start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True)
class _ShownMention:
    """An entity mention in a Markdown article's shown text (what :class:`Speakers` reads)."""

    start: int
    end: int
    label: str
    key: str


def _shown_quotes(
    article: Article, mentions: Sequence[object], noise_spans: Sequence[tuple[int, int]]
) -> list[Quote] | None:
    """:func:`find_quotes` of a Markdown ``article`` on its shown text, every offset mapped back
    into the article's text (a quote's ``text`` as written, markers inside it kept); None when
    the shown text is the article's own (no syntax hidden)."""
    from waic_reader.index.corpus.blocks import Block
    from waic_reader.index.corpus.markdown import shown_article

    original = article.text
    shown = shown_article(original, [(b.start, b.end) for b in article.blocks])
    if shown.text == original:
        return None
    blocks = []
    for b in article.blocks:
        a, e = shown.to_shown(b.start), shown.to_shown(b.end)
        blocks.append(Block(a, e, b.kind, shown.text[a:e]))
    view = dataclasses.replace(article, text=shown.text, preset_blocks=blocks, format="text")
    seen = [
        _ShownMention(shown.to_shown(m.start), shown.to_shown(m.end), getattr(m, "label", ""), getattr(m, "key", ""))  # type: ignore[attr-defined]
        for m in mentions
    ]
    noise = [(shown.to_shown(a), shown.to_shown(e)) for a, e in noise_spans]

    def back(span: tuple[int, int]) -> tuple[int, int]:
        out = shown.back([span])
        return out[0] if out else (shown.origin(span[0]), shown.origin(span[0]))

    quotes = []
    for q in find_quotes(view, seen, noise):
        # emphasis opening or closing right at a quote's ends is its words' ("**13** workers")
        start, end = shown.back_with_syntax(q.start, q.end, original) if q.start < q.end else back((q.start, q.end))
        speaker = q.speaker
        if speaker is not None and speaker.at is not None:
            speaker = dataclasses.replace(speaker, at=back(speaker.at))
        quotes.append(
            dataclasses.replace(
                q,
                start=start,
                end=end,
                text=original[start:end],
                speaker=speaker,
                marked=tuple(back(m) for m in q.marked),
                cue_start=shown.origin(q.cue_start) if q.cue_start >= 0 else q.cue_start,
                gap=back(q.gap) if q.gap is not None else None,
            )
        )
    return quotes


def _headline_text(article: Article) -> str:
    """The article's title as a headline is written (spaces collapsed), or "" when its title is
    no headline: a sentence (the first of a text with no headline, taken for its title) or none."""
    title = " ".join((article.title or "").split())
    if not title or title == article.doc or title.endswith((".", '."', ".”")):
        return ""
    return title


def _as_written(q: Quote, original: str, text: str) -> Quote:
    """``q`` found in ``text`` (:func:`quote_marks.tex_quotes` of ``original``) with its words as
    ``original`` writes them: a span ending on a closing "''" holds both of its marks."""
    if q.text != text[q.start : q.end]:
        return q
    end = q.end + 1 if text[q.end - 1 : q.end] == "”" and original[q.end - 1 : q.end + 1] == "''" else q.end
    return dataclasses.replace(q, end=end, text=original[q.start : end])


def _flag_noise(q: Quote, spans: list[tuple[int, int]]) -> Quote:
    i = bisect_right(spans, (q.start, 1 << 62)) - 1
    for s, e in spans[max(0, i) : i + 2]:
        if s < q.end and q.start < e:
            return dataclasses.replace(q, noise=True)
    return q


# ---------------------------------------------------------------------------------------------
# Direct quotes


def _tail(state: _State, m: Marks, block_end: int, next_open: int) -> _Cue | None:
    """The attribution right after a quote: '," said X' / '," X told reporters'."""
    text = state.article.text
    quoted = text[m.open + 1 : m.close].rstrip()
    after = text[m.after : min(block_end, next_open)]
    # the attribution after a comma or a dash ('„He was a good man” – Paweł Wójcik said.': Polish
    # and German set a spaced en dash, t13n F26; a plain-text page types one or two hyphens with a
    # space around them, t13af N6)
    if not (
        quoted.endswith((",", "?", "!", "—", "-", "–"))
        or after.startswith((",", " —", " –", "—", "–", " - ", " -- ", "-- "))
    ):
        return None
    clause_end = _clause_end(state, m.after, m.after + len(after))
    clause = text[m.after : clause_end]
    # a speech verb, or a manner of speaking right after a quotation ('," sobbed X': t13ac M9)
    for c in sorted((*CUE.finditer(clause), *TAIL_CUE.finditer(clause)), key=lambda c: c.start()):
        cs, ce = m.after + c.start(), m.after + c.end()
        if c.re is TAIL_CUE and (";" in clause[: c.start()] or CUE.search(clause, 0, c.start())):
            # a manner verb tags the quotation only as its first verb: '," according to an
            # executive in the room; Shine laughed.' is another clause's
            continue
        if c.group(1):
            # '"…," according to the coastguard.': "according to" right after the quotation's
            # comma tags it as a trailing "said X" does (s36-x3: credited to no one); after other
            # words ('," he said, according to the Courier') it names a source, no speaker
            according = _according_tail(state, m, cs, ce, clause_end)
            if according is not None:
                return according
            continue
        if c.group(3):
            continue  # participles never attribute a direct quote
        if c.group(2).lower().endswith("ed") and _attributive(text, m.after, cs, m.after + c.end(2), clause_end):
            continue  # '," the alleged victim said.': an adjective, the verb after it the cue
        if c.group(2).lower() in BASE_FORMS and not (
            c.group(2).lower() in PRESENT_PLURAL and state.speakers.plural_subject_before(m.after, cs)
        ):
            if _USED_TO.search(text, m.after, cs) is None:
                continue  # "will say" never does; '," police say.' does (t13ab L17)
            # '"…," as my old professor, Hanne Kjærsgaard, used to say.': the habitual past
            # tags the words (t13at N4: unattributed)
        before_words = len(_WORDS.findall(text[m.after : cs]))
        if before_words > MAX_TAIL_WORDS:
            return None
        if before_words == 0:
            # Inverted: '," said Marta Eklund, who chairs …' — the speaker follows, after a title
            # in commas too ('," said the spokeswoman, Anna Fekete.'; t13m F13: unattributed).
            titled = state.speakers.titled(ce, clause_end)
            speaker = titled.speaker if titled is not None else state.speakers.resolve(ce, clause_end, first=True)
        else:
            speaker = state.speakers.resolve(m.after, cs)
        word = c.group(2).lower()
        if c.group(4) and f"{word}:{c.group(4).lower()}" not in PHRASAL:
            ce = cs + len(c.group(2))
        cue = _Cue(cs, ce, text[cs:ce], False, m.open + 1, speaker)
        cue.content_end = clause_end
        return cue
    return _signature(state, m, clause_end)


def _clause_comma(text: str, start: int, end: int) -> int:
    """The offset of the first comma in ``text[start:end]`` that can end a clause, -1 if none: a
    comma inside a figure the figure recogniser reads ("300,000", "$1,250.50") is the figure's
    thousands separator, no boundary (review s45-rv finding 26: "whose union has 300,000
    members," ended at "300,")."""
    comma = text.find(",", start, end)
    if comma < 0 or not (start < comma < end - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit()):
        return comma  # the figure check only where digits stand either side
    spans = [(f.num_start, f.num_end) for f in find_figures(text, start, end)]
    while comma >= 0 and any(s < comma < e for s, e in spans):
        comma = text.find(",", comma + 1, end)
    return comma


def _relative_apposition(text: str, start: int, end: int) -> int | None:
    """Where a relative clause in commas opening at ``start`` ends ("…, whose union has 300,000
    members, …": the offset after its closing comma, a figure's commas no end), None when none
    opens there or it runs past 120 characters, a semicolon, colon or quotation mark."""
    if _RELATIVE_RUNS_ON.match(text, start, end) is None:
        return None
    comma = _clause_comma(text, start, end)
    if comma < 0 or comma - start > 120 or re.search(r"[;:\"“”]", text[start:comma]):
        return None
    return comma + 1


def _according_tail(state: _State, m: Marks, cs: int, ce: int, clause_end: int) -> _Cue | None:
    """'"…," according to X.': the "according to" at ``cs:ce`` right after the quotation ``m``
    (nothing but its comma between) with a speaker opening the words to ``clause_end`` in at most
    :data:`_TRAILING_NAME_WORDS` words, as a trailing "said X" is read (:meth:`Speakers.leading`,
    else :meth:`Speakers.resolve`: a body named before, "the coastguard"); None otherwise (a
    document, :func:`cues.document_source`: "according to the latest figures", "court documents
    seen by Alpha News"; or more words after the quotation)."""
    text = state.article.text
    if text[m.after : cs].strip(" \t\n,") or not (
        text[m.open + 1 : m.close].rstrip().endswith(",") or "," in text[m.after : cs]
    ):
        return None
    if not _words_at_most(text, ce, clause_end, _TRAILING_NAME_WORDS):
        return None
    if CUE.search(text, _sentence_start_before(state, 0, m.open), m.open) is not None:
        # 'Stephen Miller, who said, "…," according to Sims.': the speech verb before the
        # quotation names its speaker, "according to" whom the writer has it from
        return None
    if document_source(text, ce, clause_end):
        return None  # '," according to court documents seen by Alpha News.': no speaker (s37-rv 7)
    speaker = state.speakers.leading(ce, clause_end) or state.speakers.resolve(ce, clause_end, first=True)
    if speaker is None:
        return None
    cue = _Cue(cs, ce, text[cs:ce], False, m.open + 1, speaker)
    cue.content_end = clause_end
    return cue


def _signature(state: _State, m: Marks, clause_end: int) -> _Cue | None:
    """The speaker of a quotation signed after a dash with no speech verb: a name, a title before
    it, a role after its comma ('"We are working around the clock." — Mariusz Zielinski, rescue
    chief', '"…"—Fire Chief Jonas Berg'); the clause after the quote ends at ``clause_end``. None
    when the words after the dash are no name alone (a clause, a description)."""
    text = state.article.text
    signed = signature(text, m.after, clause_end)  # one reading of the line with the entity recogniser's
    if signed is None:
        return None
    at, name_end, _dash = signed
    speaker = _name_alone(state, at, name_end)
    if speaker is None:
        return None  # the words after the dash are not a name (a title before it) alone
    start = at - len(text[m.after : at].lstrip())
    mark = text[start:at].strip()
    return _Cue(start, start + len(mark), mark, False, m.open + 1, speaker)


def _name_alone(state: _State, at: int, end: int) -> Speaker | None:
    """The speaker named by ``text[at:end]`` when it is a name alone, capitalised title words
    before it: a dash signature's ("— Mariusz Zielinski", "— Health Minister Aurelia Stanning") or
    a colon lead's ("Superintendent Pellworth:", "Dr. Okonkwo:"). A person or an organisation ("—
    Kellby, 10 March" is a place and a date line); a surname after title words alone is that
    surname, as a lone surname after its verb is (:meth:`Speakers.lone_after_titles`: the corpus
    joins it to its full name). None for other words."""
    text = state.article.text
    lone = state.speakers.lone_after_titles(at, end)
    if lone is not None:
        return lone
    named = state.speakers.named_in(at, end)
    if (
        named is None
        or named.speaker.type not in ("PERSON", "ORG")
        or text[named.end : end].strip(" \t\n.")
        or not _title_words(text[at : named.start], text[named.start : named.end])
    ):
        return None
    return named.speaker


_ROLE_OWNER_WORDS = 5  # capitalised words of an organisation's name before a role ("Kestrel Energy Group")


def _title_words(words: str, name: str) -> bool:
    """Whether ``words`` (before a ``name``) are a title alone: every word capitalised ("Health
    Minister", "Dr."), or a role in lower case (:func:`speakers.role_words`) after its capitalised
    first word, which opens the line ("Airport director", "Harbour safety chief", "The port's
    director": t13ad N17, 'Airport director Sigrid Holm: "…"' was unattributed), or such a role
    after an organisation's capitalised name ("Lenna Ferries spokesman", "Brightwater Docks chief
    executive": t13af N14, the organisation's name before the role left the quotation
    unattributed)."""
    split = words.split()
    if all(w[:1].isupper() for w in split):
        return True
    lead = [split[0].lower(), *split[1:]]
    if role_words([*lead, *name.split()]) == len(split):
        return True
    # the capitalised words before the role are whose role it is: passed over, as a title's are
    owner = next(k for k, w in enumerate(split) if not w[:1].isupper())
    return 0 < owner <= _ROLE_OWNER_WORDS and role_words([*split[owner:], *name.split()]) == len(split) - owner


def _clause_end(state: _State, pos: int, stop: int) -> int:
    """Where the attribution from ``pos`` (right after a quote's closing mark) ends: at its
    sentence's stop (the article's sentences: an abbreviation's or initial's period ends none,
    '"…," Sorvena Químicos S.A. chief executive Ricardo Sá Pereira told reporters.'; t13n F18: the
    clause ended at "S.A." and the quote was unattributed), before ``stop`` (the block's end or
    the next quote's opening mark)."""
    ends = state.sentence_ends
    k = bisect_right(ends, pos)
    end = min(ends[k], stop) if k < len(ends) else stop
    text = state.article.text
    while end > pos and text[end - 1] in _CLAUSE_CLOSERS:
        end -= 1
    while end > pos and text[end - 1] in ".!?…":
        end -= 1
    return end


def _head(state: _State, m: Marks, start: int) -> _Cue | None:
    """The attribution right before a quote: 'Blake said: "…' / 'She said, "…'."""
    text = state.article.text
    before = text[start : m.open]
    cues = [
        c
        for c in CUE.finditer(before)
        if c.group(2)
        and (
            c.group(2).lower() not in BASE_FORMS
            # 'Police say: "…"' (t13ab L17)
            or (c.group(2).lower() in PRESENT_PLURAL and state.speakers.plural_subject_before(start, start + c.start()))
        )
    ]
    if not cues:
        return None
    c = cues[-1]
    rest = before[c.end() :]
    # 'Blake said: "…' / 'She said, "…' / 'Ueda, the harbour master, said "…' (the cue right
    # before the mark).
    if not re.search(r"[:,]\s*$", before) and (rest.strip() or c.group(4) or c.group(2).lower() not in _SAYS):
        return None
    if len(_WORDS.findall(rest)) > 6:
        return None
    cs, ce = start + c.start(), start + c.end()
    if c.group(4) and f"{c.group(2).lower()}:{c.group(4).lower()}" not in PHRASAL:
        ce = cs + len(c.group(2))
    speaker = None
    rel = _OWN_SUBJECT_RELATIVE.search(text, start, cs)
    if rel is not None and state.speakers.in_relative_clause(start, cs):
        # 'according to Westmark Buses, whose boss Graham Pell said: "…"': the clause's own
        # subject speaks, never its antecedent (review s44-rv finding 14)
        speaker = state.speakers.resolve(rel.end(), cs)
    if speaker is None:
        speaker = state.speakers.resolve(start, cs)
    return _Cue(cs, ce, text[cs:ce], False, m.open + 1, speaker)


# A colon right before a quotation's opening mark: the words before it introduce the quotation.
_INTRODUCED = re.compile(r":\s*$")
# What a colon-introduced quotation's lead-in says of its subject with no speech verb, ending at the
# colon: a manner ("was blunter", "was adamant", "has been clear", "put it bluntly", "put it more
# plainly than most"), words had ("had a blunt message", "had one word for it"), a time or setting
# after it ("was clear on Tuesday"), a stance taken ("disagreed:"). The subject before it
# is the speaker (:func:`_colon_lead`).
_LEAD_PREDICATE = re.compile(
    r"\s+(?:(?:was|is|were|are|has\s+been|have\s+been|had\s+been|seemed|sounded|remained|stayed)"
    r"\s+(?:(?:even|more|less|far|much|no|just|as|quite|very|rather|equally|most|still)\s+)*([a-z]+)"
    r"(?:\s+than\s+[^,;:\"“”]{1,40}?)?"
    r"|puts?\s+it\s+(?:(?:even|more|less|far|much|most|rather|quite|very|as)\s+)*([a-z]+)"
    r"(?:\s+than\s+[^,;:\"“”]{1,40}?)?"
    # a speech noun had: "had a blunt message:", "had one word for the company:"
    r"|(?:has|have|had)\s+(?:a|an|one|this|some|two|three|few|these|harsh|strong|kind)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:" + "|".join(sorted(SPEECH_NOUNS | {"word"}, key=len, reverse=True)) + r")"
    r"(?:\s+(?:for|to)\s+[^,;:\"“”]{1,40}?)?"
    # a stance taken: "disagreed:", "objected:" (cues.STANCE_VERBS)
    r"|(?:" + "|".join(sorted(STANCE_VERBS)) + r"))"
    r"(?:,?\s+(?:on|in|at|during|after|last|this|yesterday|today)\b[^,;:\"“”]{0,30}?|,?\s+[a-z]+ly)?\s*:\s*$"
)
# A speech noun owned by its speaker opening the lead-in: "The mayor's message", "Her verdict",
# "Brannock's reply" (:data:`cues.SPEECH_NOUNS`).
_OWNED_SPEECH = re.compile(r"(?:['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:[a-z]+\s+)?([a-z]+)\s*$")
# Words after "was" that make the subject no speaker of the words after the colon: a speech verb's
# passive ("was asked: …", "was told: …"), someone else's question or words to them.
_NOT_MANNER = frozenset({"asked", "told", "questioned", "quoted", "reminded", "warned", "informed", "given"})


# Titles written short right before a sentence start the splitter put after their dot ("Dr. ").
_SHORT_TITLES_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,4}\.\s*)+$")


def _colon_lead(state: _State, start: int, mark: int) -> _Cue | None:
    """The speaker of a quotation at ``mark`` introduced by a colon after a lead-in with no speech
    verb (the sentence from ``start``): the subject of "X was blunter:", "X, the governor, was
    adamant:", "X put it bluntly:", "X's message was simple:", "Her verdict:" (the owner of a
    speech noun); a cue of no speaker (the quotation listed as unattributed) when the subject
    resolves to none, None when the lead-in is no such clause ("a banner that read:", "The sign
    read:"). The cue's word is the lead-in's predicate ("was blunter", "message")."""
    text = state.article.text
    colon = text.rindex(":", start, mark)
    pred = _LEAD_PREDICATE.search(text, start, colon + 1)
    if pred is not None:
        if (pred.group(1) or pred.group(2) or "").lower() in FUNCTION_WORDS | CUE_WORDS | _NOT_MANNER:
            return None  # "was in …:", "was asked:": no manner of speaking
        subject_end = pred.start()
        cue_at = pred.end() - len(pred.group().lstrip())
    else:
        subject_end = cue_at = colon
    owned = _OWNED_SPEECH.search(text, start, subject_end)
    if owned is not None:
        if owned.group(1).lower() not in SPEECH_NOUNS:
            return None  # "Brannock's anger was obvious:": no words of hers
        if pred is None:
            cue_at = owned.start(1)
    elif pred is None:
        # 'Superintendent Pellworth: "…"': a name alone before the colon is who speaks, as a
        # transcript's label (t13z H14: unattributed); "The sign read:" names no one
        # a title written short before the name ended no sentence ("Dr. Okonkwo:")
        short = _SHORT_TITLES_BEFORE.search(text, max(0, start - 30), start)
        labelled = _name_alone(state, short.start() if short is not None else start, colon)
        if labelled is None and (signed := signature(text, start, colon)) is not None:
            # '— Dr Ilse Brandvik, Sarnholm Volcano Observatory: "…"': a signature put before the
            # quotation, read as the one under a quotation is (t13ac M9: unattributed)
            labelled = _name_alone(state, signed[0], signed[1])
        if labelled is None:
            return None
        return _Cue(colon, colon + 1, ":", False, mark + 1, labelled)
    if not 1 <= len(_WORDS.findall(text, start, subject_end)) <= MAX_SUBJECT_WORDS:
        return None
    if CUE.search(text, start, subject_end) is not None:
        return None  # a speech verb before: the lead-in is no subject of its own
    fronted, subject = _fronted_subject(state, start, subject_end)
    speaker = subject if fronted else state.speakers.resolve(start, subject_end)
    return _Cue(cue_at, colon, " ".join(text[cue_at:colon].split()), False, mark + 1, speaker)


def _capitals_lead(state: _State, start: int, m: Marks) -> _Cue | None:
    """The speaker of a quotation ``m`` right after a label in capitals opening its line (from
    ``start``), as wire copy and transcripts write who speaks: 'VARNHOLT: "…"', 'DARIUSZ KOWAL:
    "…"' (:meth:`Speakers.named_in_capitals`; t13aa K7: unattributed). None when the label names
    no one of the article ("REPORTER:")."""
    text = state.article.text
    label = _SPEAKER_LABEL.match(text, start, m.open)
    if label is None or label.end() != m.open or not (start == 0 or text[start - 1] == "\n"):
        return None
    colon = text.rindex(":", label.start(), label.end())
    speaker = state.speakers.named_in_capitals(label.start(), colon)
    if speaker is None:
        return None
    return _Cue(colon, colon + 1, ":", False, m.open + 1, speaker)


def _sentence_start_before(state: _State, block_start: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, as read in ``text[block_start:pos]`` alone: right
    after its last sentence-ending mark (:data:`_SENT_END`) before ``pos - 1``, else
    ``block_start``.

    From the marks found once in the whole text (:attr:`_State.stops`, a bisection): a mark up to
    ``pos - 3`` ends a sentence in the cut text as in the whole (what follows it is there), and
    the one at ``pos - 2`` is read in the cut text, where the end of the text stands for ``pos``
    (s36-p: the block was searched again for each quotation, 60 s of a one-paragraph 2 MB text)."""
    text = state.article.text
    if pos - 2 >= block_start and _SENT_END.match(text[pos - 2 : pos]) and not _abbreviated(text, pos - 2):
        return pos - 1
    stops = state.stops
    k = bisect_right(stops, pos - 2) - 1
    return stops[k] if k >= 0 and stops[k] > block_start else block_start


def _direct(state: _State, block: int, marks: list[Marks], opens: list[int], lo: int, hi: int) -> None:
    """Direct quotes among ``marks`` (one block's, in text order; ``opens`` their opening marks'
    offsets) that open in ``lo:hi``."""
    article = state.article
    text = article.text
    b = article.blocks[block]
    for k in range(bisect_left(opens, lo), bisect_left(opens, hi)):
        m = marks[k]
        next_open = marks[k + 1].open if k + 1 < len(marks) else b.end
        cue = _tail(state, m, b.end, next_open)
        # A wire dateline opening the sentence is no words before the quotation ("TOULON, Aug 16
        # (AP) - "The smoke …," said Insp. Laure Petit.": the quote stands as its sentence).
        sentence_start = _sentence_start_before(state, b.start, m.open)
        # A sentence that ended inside the last quotation's closing mark ('Ruiz said: "A." "B,"
        # said Aske.'): that mark is no word before this quotation, which stands as its own
        # sentence (t13akr S6: it was read as embedded words and dropped)
        while sentence_start < m.open and text[sentence_start] in _CLAUSE_CLOSERS:
            sentence_start += 1
        # Read up to the quotation's end: a dateline is known by prose after its dash, and the
        # quotation's words are that prose ('BOAC, Marinduque — "The sea was too rough," said
        # Captain Arnel Buhain': read up to the mark alone, no prose followed it, the place was
        # taken for words before the quotation and the quote was dropped; t13an-r A, round s47-q).
        start = _past_dateline(text, sentence_start, m.close)
        if start > m.open:
            start = sentence_start  # a "dateline" running into the quotation is none
        if cue is None and start == m.open > sentence_start:
            cue = _capitals_lead(state, sentence_start, m)
        if cue is None:
            cue = _head(state, m, start)
        if cue is None and _only(_CLOSING_PUNCTUATION, text, m.after, b.end) and block + 1 < len(article.blocks):
            # '"…"' closing its block, '— Miriam Okafor, chief executive, Velmont Health Trust' the
            # next line, read as a block of its own: the quotation's signature (t13z H14)
            nxt = article.blocks[block + 1]
            cue = _signature(state, m, _clause_end(state, nxt.start, nxt.end))
        # A quotation a colon introduces is quoted words whatever the words before the colon
        # ('Her verdict: "A disgrace."'; t13x F11: with no speech verb it was dropped altogether)
        introduced = _INTRODUCED.search(text, start, m.open) is not None
        if cue is None and introduced:
            cue = _colon_lead(state, start, m.open)
        s, e = m.inner
        standalone = not text[start : m.open].strip()
        prev = state.last_direct
        if cue is None and standalone and prev is not None and prev.speaker is not None:
            # read in place, not cut out: the last quote may be far back in a long block (s36-p)
            same_block = block == state.last_block and _words_at_most(text, prev.end, m.open, MAX_TAIL_WORDS)
            if same_block or (block == state.last_block + 1 and _only(_RUN_ON_GAP, text, prev.end, m.open)):
                # '"A," he said. "B."' or a quote running on into the next paragraph.
                if same_block:
                    state.last_direct = _extend(state, prev, e)
                else:
                    state.last_direct = _add(state, s, e, "direct", prev.cue, prev.speaker, cue_start=prev.cue_start)
                state.last_block = block
                continue
        if (
            cue is not None
            and prev is not None
            and prev.kind == "direct"
            and block == state.last_block
            and cue.start == prev.cue_start
            and prev.end < m.open
        ):
            # '"A," Solberg said, "and B."': the cue that attributed the first half introduces
            # the second; one quote.
            state.last_direct = _extend(state, prev, e)
            continue
        if (cue is None or cue.speaker is None) and (
            (standalone and len(_WORDS.findall(text[s:e])) >= MIN_UNATTRIBUTED_WORDS)
            or (introduced and _WORDS.search(text, s, e) is not None)
        ):
            # A quotation standing as its own sentence with no cue (or no speaker for it), or one
            # a colon introduces: a quote all the same, listed as unattributed; it does not
            # continue anyone's quote, and its cue reports nothing else.
            if cue is not None and introduced:
                state.used_cues.add(cue.start)
            _add(state, s, e, "direct", cue.word if cue is not None else "", None)
            state.last_direct = None
            continue
        if cue is None or cue.speaker is None or not (standalone or cue.start < m.open):
            continue  # embedded words ("exclusive game"): partial quotes, found with reported speech
        if not cue.word.lower().startswith("according") and state.speakers.negated(
            min(sentence_start, cue.start), cue.start
        ):
            # 'The mayor never said "the bridge is safe".', '"…," the firm has not said': the
            # writer says these words were not said, no one's statement, as "never said that …"
            # reports none (:func:`_reported`; round s48-q3, the s47-q3 leftover)
            state.used_cues.add(cue.start)
            continue
        state.used_cues.add(cue.start)
        state.last_direct = _add(state, s, e, "direct", cue.word, cue.speaker, cue_start=cue.start)
        state.last_block = block


# What may follow a trailing cue that closes its sentence: the sentence's end, or a phrase of when,
# where or how it was said ("said on Friday", "said in a statement", "said by email", "said late
# on Tuesday"); never a clause of its own ("…, and she said she ran": that cue reports "she ran").
_TRAILER_TAIL = re.compile(
    r"\s*(?:$|[.!?\"”’)]|(?:on|in|at|by|via|late|early|last|earlier|later|yesterday|today|tonight|overnight)\b)",
    re.I,
)
# The most words after a trailing cue's verb: its time or channel ("said in a statement on Friday").
_TRAILER_WORDS = 6


# What may stand after a quotation closing its block ('"…".'), and between a quotation closing a
# paragraph and the one running on in the next: read in place by :func:`_only`.
_CLOSING_PUNCTUATION = re.compile(r"[ \t\n.,]*")
_RUN_ON_GAP = re.compile(r'[ "”\n]*')


def _only(chars: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only characters of ``chars`` (a ``[…]*`` pattern), or
    empty; it stops at the first other character instead of copying the span."""
    return start >= end or chars.match(text, start, end).end() == end  # type: ignore[union-attr]


def _words_at_most(text: str, start: int, end: int, n: int) -> bool:
    """``len(_WORDS.findall(text[start:end])) <= n``, counting no further than ``n + 1``."""
    if start >= end:
        return True
    for k, _ in enumerate(_WORDS.finditer(text, start, end)):
        if k >= n:
            return False
    return True


def _add(
    state: _State,
    start: int,
    end: int,
    kind: str,
    cue: str,
    speaker: Speaker | None,
    source: str | None = None,
    cue_start: int = -1,
    gap: tuple[int, int] | None = None,
    anonymous: bool = False,
) -> Quote:
    text = state.article.text
    described = None
    if speaker is not None and speaker.type == GROUP:
        # "Harbour officials said …": an unnamed group; the quote is kept, unattributed. An
        # unnamed source's words are marked so, to be grouped across articles (group.statements).
        words = speaker.name.lower().split()
        anonymous = anonymous or speaker.key.startswith(ANONYMOUS) or (bool(words) and words[-1] in SOURCE_NOUNS)
        # "the coast guard said" with no such body named here: the corpus may name it
        described = None if anonymous else body_description(speaker.name)
        speaker = None
    if speaker is not None:
        speaker = person_not_capital(speaker)  # '," Sofia said.': a woman, not Bulgaria's capital
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    # Reported words after a parenthetical "X said," ("Per the rules, Szabó said, the county …")
    # start after its comma (t13l F11: the statement began with ", "), words after "said:" after
    # its colon (t13x: ": Monday 9 March will be …").
    while start < end and (text[start] in " \t\n" or (kind != "direct" and text[start] in ",;:")):
        start += 1
    marked = state.marks_index.held(start, end)
    if gap is not None and not start < gap[0] < gap[1] < end:
        gap = None
    q = Quote(state.article.doc, start, end, text[start:end], kind, cue, speaker, False, marked, source, cue_start, gap)
    if anonymous:
        q = dataclasses.replace(q, anonymous=True)
    if described is not None:
        q = dataclasses.replace(q, described=described)
    state.quotes.append(q)
    if kind == "direct":
        state.direct_spans.add(start, end)
    if speaker is not None:
        state.speakers.heard(start, speaker)
    return q


def _extend(state: _State, q: Quote, end: int) -> Quote:
    _remove(state, q)
    return _add(state, q.start, end, q.kind, q.cue, q.speaker, q.source, q.cue_start, q.gap, q.anonymous)


# ---------------------------------------------------------------------------------------------
# Reported speech


def _remove(state: _State, q: Quote) -> None:
    """``state.quotes.remove(q)``, looked for from the end, where the quote being extended is (the
    last direct one: only reported speech found since follows it)."""
    quotes = state.quotes
    if state.direct_spans.ordered and q.kind == "direct" and q.start < q.end:
        # no other direct quote overlaps q, so none earlier equals it: q itself is the one removed
        for k in range(len(quotes) - 1, -1, -1):
            if quotes[k] is q:
                del quotes[k]
                state.direct_spans.remove(q.start, q.end)
                return
    quotes.remove(q)
    state.direct_spans.ordered = False  # the spans no longer follow the quotes


def _inside_marks(state: _State, pos: int) -> bool:
    return state.marks_index.inside(pos)


def _inside_quote(state: _State, pos: int) -> bool:
    spans = state.direct_spans
    if not spans.ordered:
        return any(q.start <= pos < q.end for q in state.quotes if q.kind == "direct")
    k = bisect_right(spans.starts, pos) - 1
    return k >= 0 and pos < spans.ends[k]


# The rest of an "according to X," aside between a subject and the subject's own speech verb
# ("The report, according to Reuters, says …"): X, its comma, an adverb or auxiliary, the verb.
_ASIDE_BEFORE_VERB = re.compile(
    r"[^,;.!?\"“”]{1,80},\s*(?:(?:also|further|now|still|reportedly|previously|has|have|had)\s+)?"
    r"(?:says|said|states|stated|claims|claimed|shows|showed|reads|read|adds|added|notes|noted|warns|warned)\b"
)
# How far after a verb its object's end is looked for at a second speech verb (characters).
_OBJECT_REACH = 200


def _reported(state: _State, s0: int, s1: int) -> None:
    text = state.article.text
    sent = text[s0:s1]
    cues: list[_Cue] = []
    for c in _cues(sent):
        cs, ce = s0 + c.start(), s0 + c.end()
        if cs in state.used_cues or _inside_marks(state, cs) or _inside_quote(state, cs):
            continue
        according, finite, participle, particle = c.group(1), c.group(2), c.group(3), c.group(4)
        if according and _ASIDE_BEFORE_VERB.match(text, ce, s1):
            # "The report, according to Reuters, says …": an aside on where the writer read the
            # document, whose own verb follows (issue #16, s50-q: Reuters "said" the "says …")
            continue
        word = (according or finite or participle or "").lower()
        if word in PRESENT_PLURAL and state.speakers.plural_subject_before(s0, cs):
            word = PRESENT_PLURAL[word]  # "police say" reports as "says" does (t13ab L17)
        if state.speakers.in_relative_clause(s0, cs) and re.search(r"[,;]", text[cs:s1]):
            # "The council, which the mayor said was broke, cut …": a relative clause's verb, the
            # main clause after it (one running to the sentence's end, "…, which Albrecht
            # estimated would cost $9 million.", is the speaker's words).
            continue
        if _main_verb_after(state, s0, cs, ce, s1):
            # "Chemist Will Farrow, who had warned of the overfilling, said the cost …": the
            # verb of a relative clause on the subject; the main verb after it is the cue.
            continue
        if finite and word.endswith("ed") and _attributive(text, s0, cs, s0 + c.end(2), s1):
            continue  # "his alleged role in the collapse": an adjective
        after_verb = s0 + c.end(2 if finite else 3 if participle else 0)
        # the object ends where the subject's second speech verb begins ("pledged €50 million in
        # aid and said …": t13ac M18)
        # (looked for within a bounded reach: an object is short, and a long sentence of many
        # such verbs is read once, not once per verb)
        second = (
            SECOND_CUE.search(text, after_verb, min(s1, after_verb + _OBJECT_REACH))
            if word in SUM_OBJECT_VERBS or word in OTHER_SENSE
            else None
        )
        object_end = second.start() if second is not None else s1
        if word in SUM_OBJECT_VERBS and state.speakers.sum_object(after_verb, object_end):
            # "the union demanded €50,000 for each family", "claimed £300,000 for their crops": a
            # sum sought or given as the verb's object, no words (t13aa K6: the clause before the
            # comma was the union's "statement")
            continue
        other = OTHER_SENSE.get(word)
        # read from the verb itself, a particle the cue took included ("pledged to rebuild",
        # "vowed on Monday that …" are no objects)
        if other is not None and other.match(text, after_verb, object_end):
            continue  # "The bus depot echoed with radio chatter": a sound, not speech
        if not according and SAID_NOTHING.match(text, after_verb, s1):
            continue  # "The mayor said nothing about the fire": no words reported (s50-q)
        if other is not None and _THAT_BEFORE.search(text, s0, cs) and _MAIN_CLAUSE_AFTER.match(text, ce, s1):
            # "A firm that maintains the wagons was hired in 2021": a restrictive relative clause
            # on the subject, its verb in another sense, the sentence's own verb after it (t13k F5)
            continue
        if (
            not participle
            and (particle or _PREPOSITION_AFTER.match(text, ce, s1))
            and _THAT_BEFORE.search(text, s0, cs)
            and _MAIN_VERB_LATER.match(text, ce, s1)
        ):
            continue  # "A company which insists on safety was hired": a relative clause, its verb's other sense
        if not participle and not according and _relative_before_main(text, s0, cs, ce, s1):
            # "The nurse who insists on anonymity said …", "A union that argues for higher pay
            # said …": a restrictive relative clause's verb; the sentence's own speech verb after
            # it is the cue, the noun before the clause its subject (t13m F12: the clause's words
            # were the statement, or it was dropped)
            continue
        if finite and (word.endswith("ed") or word in ("said", "told")) and (by := _PASSIVE_BY.match(text, ce, s1)):
            # "the ransom demanded by the hackers": a passive, its agent no speaker of the words
            # after it (t13z H7: "by the hackers, …" was the trust's statement); but "was told by
            # police that X" is the agent's report of X (:func:`_passive_agent`)
            if (told := _passive_agent(state, s0, cs, ce, by.end(), s1, c.group(0))) is not None:
                cues.append(told)
            continue
        if finite and (word.endswith("ed") or word in ("said", "told")) and _passive(text, s0, cs, ce, s1):
            # "Lind is alleged to have taken bribes", "Reeve was warned that the crane was
            # unsafe": a passive's subject is the one spoken of or to, never the speaker (s37-rv
            # 6: the accused "said" he took bribes); its agent after "by" is read above
            continue
        if word in BASE_FORMS and not state.speakers.after_modal(s0, cs):
            continue  # "declined to say", "did not say"
        if not according and state.speakers.negated(s0, cs):
            # "The firm never said that the claim was approved", "has not said how much it will
            # pay", "No one has told the families when …": the writer says it was not said; no
            # statement, least of all the opposite (t13aor F1, F2)
            continue
        if _comment_header(text, s0, cs, ce, s1):
            continue  # "Annika says: 9 March 2026 at 12:02": when a comment was posted, no speech
        if participle and not re.search(r"(?:,|\s[—–-]|—)\s*$", text[s0:cs]):
            continue
        if word in NOUN_LIKE and not state.speakers.subject_ends_at(cs):
            continue
        how = _ACCOUNT_HOW.match(text, after_verb, s1) if word in HOW_VERBS else None
        if how is not None:
            # "described how the water rose": indirect speech, the words after "how" (a quoted
            # part in them makes it partial, as for "told how"); the audience no part of them
            content = how.start(1) if _HOW_DEGREE.match(text, how.end()) else how.end()
            cues.append(_Cue(cs, after_verb, c.group(2) or c.group(3), bool(participle), content))
            continue
        if word in HOW_ONLY:
            continue  # "recounted the night": no words reported without "how"
        needs = NEEDS_PARTICLE.get(word)
        has_quote_after = state.marks_index.opens_in(cs + 1, s1)
        if needs and (particle or "").lower() not in needs and not (word in NEEDS_QUOTE and has_quote_after):
            continue
        if (
            word in NEEDS_QUOTE
            and not particle
            and not has_quote_after
            and (word in QUOTE_ONLY or not DESCRIBED_AS.match(text[ce:s1]))
        ):
            continue
        cue_text = c.group(0)
        if particle and f"{word}:{particle.lower()}" not in PHRASAL:
            if particle.lower() in ("about", "of", "against") and _STRANDED.match(text, cs + len(c.group(0)), s1):
                continue  # "a distance residents have complained about for years": its object is before it
            cue_text = cue_text.rsplit(None, 1)[0]
            ce = cs + len(cue_text)
        content = ce
        if according:
            comma = _clause_comma(text, ce, s1)
            # "according to the hospital's director, Gábor Nagy, …": a title, then its holder's
            # name in commas (t13m F13: no speaker); the words after the name's comma are his
            titled = state.speakers.titled(ce, s1)
            if titled is not None:
                comma = titled.end if text.startswith(",", titled.end) else -1
            if comma < 0:
                trail = _according_last(state, s0, cs, ce, s1)
                if trail is not None:
                    cues.append(trail)
                continue
            # "According to Sorvena S.A., which bought the plant in 2019, the factory …": a
            # relative clause on the source, in commas, is about the source; the words after it are
            # the statement (t13n F10: the clause opened it)
            relative = _relative_apposition(text, comma + 1, s1)
            if relative is None and titled is None and _RELATIVE_RUNS_ON.match(text, comma + 1, s1):
                # "CONTENT, according to Westmark Buses, whose boss Graham Pell said: …": a
                # relative clause on the source running to the sentence's end is no statement of
                # the source's; the words before "according to" are (review s44-rv finding 14:
                # the clause was a partial quote of the firm's)
                trail = _according_last(state, s0, cs, ce, comma)
                if trail is not None:
                    cues.append(trail)
                continue
            if relative is None and titled is None and (clause := _clause_before_source(state, s0, cs)) is not None:
                # "About 3,900 flights have been cancelled across Europe, according to
                # Eurocontrol, with airports … closed.": an "according to X," in mid-sentence after
                # a clause of its own vouches for that clause; the words after its comma go on
                # with the writer's (t13as N7: they were Eurocontrol's, the figure no one's)
                start, end = clause
                cue = _Cue(cs, ce, c.group(0), False, start, content_end=end)
                if not document_source(text, ce, comma):
                    cue.speaker = state.speakers.resolve(ce, comma, first=True)
                cue.region_start = ce
                cue.speaker_at = ce
                cues.append(cue)
                continue
            content = relative if relative is not None and titled is None else comma + 1
            if relative is None and titled is None:
                content = _past_source_apposition(text, content, s1)
            cue = _Cue(cs, ce, c.group(0), False, content)
            if titled is not None:
                cue.speaker = titled.speaker
            elif not document_source(text, ce, comma):
                cue.speaker = state.speakers.resolve(ce, comma, first=True)
                if cue.speaker is None and (unnamed := _UNNAMED_SOURCE.fullmatch(text, ce, comma)) is not None:
                    # "According to one top-20 shareholder, the price …": an unnamed source, its
                    # words kept unattributed, never dropped (review s42-rv finding 13)
                    phrase = " ".join(unnamed.group(1).split())
                    cue.speaker = Speaker(f"GROUP:{phrase.lower()}", phrase, GROUP)
            # else "According to a report seen by Alpha News, …": a document's, no speaker's (s37-rv 7)
            cue.region_start = ce
            cue.speaker_at = ce
            cues.append(cue)
            continue
        if word in ("told", "tells", "reported", "reports", "informed", "informs") or word in BASE_FORMS:
            # "will say" too: its content after "that" ("Asked what he would say to …" is none).
            that = re.match(r"(?:\s+[\w.'’-]+){0,6}?\s+that\b", text[ce:s1])
            if that:
                content = ce + that.end()
            elif word in ("told", "tells") and has_quote_after and (how := _TOLD_HOW.match(text, ce, s1)):
                # 'locals told how the hillside "just came down like a wave"': an account with
                # quoted words, a partial quote after "how" or "of" (t13ae P17: lost)
                content = how.end()
            elif word in ("told", "tells", "tell") and (audience := _AUDIENCE.match(text, ce, s1)):
                # "told reporters the cut was welcome": the content follows the audience.
                content = audience.end()
            elif word in ("told", "tells", "tell") and (people := _people_audience(text, ce, s1)) is not None:
                # "told evacuees the state will …": any plural of people as the audience
                content = people
            elif word in ("told", "tells") and _AUDIENCE_LAST.match(text, ce, s1) and _trailing_shape(state, s0, cs):
                # "…, his daughter told the Echo.": the words are before the tag (t13z H6: none);
                # none reported unless a trailing subject is found (:func:`_trailing`)
                content = s1
            else:
                continue
        else:
            that = re.match(r"(?:\s+[\w'’-]+){0,4}?\s+that\b", text[ce:s1])
            if (
                that is None
                and not has_quote_after
                and (figured := _FIGURE_OBJECT_THAT.match(text, ce, s1)) is not None
                and not THAT_CLAUSE.match(text, figured.end(), s1)
            ):
                # "agreed a £1.2bn budget that includes …", "a 4.99% rise that takes …": an object
                # with a figure, then a relative clause on it, no reported clause (review s43-rv 14:
                # the "£" hid the relative "that", and the object was the council's statement)
                continue
            if (
                that
                and (
                    OBJECT_BEFORE_THAT.match(text, ce, ce + that.end())
                    # "confirmed that timetable to journalists": a demonstrative on the object of a
                    # verb that takes a thing, no reported clause (a time before it passed over)
                    or (
                        word in OBJECT_VERBS
                        and not particle
                        and _THAT_FIRST.fullmatch(text, ce, ce + that.end())
                        and (after_that := re.match(r"\s+([a-z]+)", text[ce + that.end() : s1])) is not None
                        and after_that.group(1) not in FUNCTION_WORDS  # "wrote that under the Act, …"
                        # "warned that part of the hillside … is unstable" goes on with its clause
                        and NO_CLAUSE.match(text, ce + that.end(), s1) is not None
                    )
                )
                and not THAT_CLAUSE.match(text, ce + that.end(), s1)
            ):
                # "described the cage that ran every 7 minutes", "argued about the cage that ran
                # …": a relative clause on the verb's object, no reported clause (t13y G7)
                if not has_quote_after:
                    continue
                that = None
            if that:
                content = ce + that.end()
            elif word in NEEDS_QUOTE and not particle and _QUOTE_NEXT.match(text, ce, s1):
                # "…, a sum the residents' committee called "an insult".": the quoted words after
                # the naming verb are what was said, the clause before it the reporter's (t13ae P17)
                pass
            elif word not in ADDRESSEE_VERBS and _trailing_shape(state, s0, cs):
                pass  # "…, its trustees said on Wednesday.": the words are before the verb
            elif (
                # ("insisted on a full inquiry": a particle the verb takes opens its object)
                not (
                    particle and (word in NEEDS_PARTICLE or f"{word}:{particle.lower()}" in PHRASAL | DEMAND_PARTICLES)
                )
                and not has_quote_after
                and _setting_only(state, s0, cs, ce, s1)
            ):
                # "Here is what the official sources say at the end of the first day.": the verb's
                # time or setting closing the sentence, no clause after it, reports no words
                # (t13as N7: "at the end of the first day" was an unattributed statement)
                continue
            elif (
                word not in _SAYING
                and f"{word}:{(particle or '').lower()}" not in DEMAND_PARTICLES
                and PHRASE_ALONE.match(text, ce, s1)
            ):
                # "wrote down the shift roster …", "argued about the cracked timber …": what was
                # written down or argued about, never the words (t13y G7)
                continue
            elif word in OBJECT_VERBS and (not particle or f"{word}:{particle.lower()}" not in PHRASAL):
                # "Brannock had warned Norvane twice", "has announced an inquiry", "added €1.5
                # million to the fund": the verb's object alone, no words reported (a particle the
                # cue takes, "warned of flooding", opens what was said; t13x F11, t13y G7)
                if OBJECT_ALONE_AFTER.get(word, THING_OBJECT_ALONE).match(
                    text, ce, s1
                ) and not state.speakers.sum_subject(ce, s1):
                    # ("added £40,000 of their savings disappeared": a sum opening the words
                    # reported, the subject of their clause; round s36-g)
                    continue
        cues.append(_Cue(cs, ce, cue_text, bool(participle), content))
    if any(not c.agent for c in cues):
        # "Boateng said she was told by police that X", "He was told by police that X, Boateng
        # said": the sentence's own speaker reports being told, the words are theirs
        cues = [c for c in cues if not c.agent]
    if not cues:
        return
    last = cues[-1]
    if (
        len(cues) > 1
        and not last.participle
        and last.word.lower() in _SAYING
        and _trailing_shape(state, s0, last.start)
        and _words_at_most(text, last.end, s1, _TRAILER_WORDS)
        and _TRAILER_TAIL.match(text, last.end, s1) is not None
    ):
        # "She promised to review the rules, her office said.", "…, his spokesman said on
        # Friday.": a verb of saying closing the sentence after a comma reports the whole clause
        # before it, whose own verbs ("promised") are part of the words (s42-rv 13: the words ran
        # on into ", her office said" under "promised")
        cues = [last]
    kept: list[_Cue] = []
    # The subject is looked for after a wire dateline or a live blog's entry time opening the
    # sentence: "VARDØ, May 4 (Fjordwire) - Fishermen in the harbour said" is no agency's report,
    # "**12:45** The fire brigade, for its part, said" the brigade's (t13j F16, F6).
    s0 = _past_dateline(text, s0, s1)
    region = s0
    for cue in cues:
        region_start = region
        if kept and not cue.participle:
            region_start = kept[-1].end
        if not cue.participle and (joined := _joined_clause(text, region_start, cue.start)) is not None:
            # "X, while the NNU says Y": the subject is the joined clause's, never a name in X
            region_start = joined
        cue.region_start = region_start
        if cue.speaker is None and not kept and not cue.participle and not cue.word.lower().startswith("according"):
            cue.speaker = _trailing(state, cue, s0, s1)
        if cue.speaker is None and not cue.word.lower().startswith("according"):
            if cue.participle:
                # the tag's speaker first: the sentence's start is the quotation's words then
                # ("boil their water": "residents" no subject)
                cue.speaker = _tagged_before(state, s0, cue.start) or state.speakers.resolve(s0, cue.start, first=True)
            else:
                words = len(_WORDS.findall(text[region_start : cue.start]))
                fronted, subject = (False, None) if kept else _fronted_subject(state, region_start, cue.start)
                if kept:
                    cue.speaker = state.speakers.adjacent(region_start, cue.start)
                elif (coordinated := _coordinated_subject(state, region_start, cue.start))[0]:
                    # "The mayor visited the site and told reporters that …": the subject of the
                    # predicate the speech verb is coordinated with (t13ao N6), or no one
                    cue.speaker = coordinated[1]
                elif fronted:
                    # "Hours after the storm, Kovács said": the subject after the fronted phrase
                    cue.speaker = subject
                elif words <= MAX_SUBJECT_WORDS:
                    cue.speaker = state.speakers.resolve(region_start, cue.start)
                elif (rel := _RELATIVE_CUE.search(text, region_start, cue.start)) is not None:
                    # "A pledge of €5m for victims' families was welcomed by Mayor Ilse
                    # Brandvold, who said …": the name right before a non-restrictive relative
                    # clause opening at the verb is its subject, however long the clause before
                    # the name (t13w F4: the speaker was lost past the word limit)
                    cue.speaker = state.speakers.named_before(rel.start())
                elif (named := _NAMED_IN_COMMAS.search(text, region_start, cue.start)) is not None and (
                    subject := state.speakers.named_before(named.start(2))
                ) is not None:
                    # "… the Marholm Port Authority, whose chief executive, Daniel Okonkwo-Reyes,
                    # has warned that …": the name in commas right before the verb is its subject
                    # (an apposition), however long the sentence before it (t13aj N12: lost)
                    cue.speaker = subject
                else:
                    # A long clause before the verb: only a common-noun subject right before it
                    # ("… in a way that many families said") speaks, never a name far back.
                    cue.speaker = state.speakers.common_subject(region_start, cue.start)
                    if cue.speaker is None and _naming_quote(state, cue, s1):
                        # "… to each family that lost a home, a sum the residents' committee
                        # called "an insult".": a naming verb's subject is in the clause after the
                        # last comma (or the one before, past a name in commas: "a timetable
                        # the mayor, Anna Berg, described as"), however long the sentence before
                        # it (t13ae P17: the quote was lost)
                        comma = cue.start
                        while cue.speaker is None and (comma := text.rfind(",", region_start, comma)) >= 0:
                            if len(_WORDS.findall(text[comma + 1 : cue.start])) > MAX_SUBJECT_WORDS:
                                break
                            cue.speaker = state.speakers.resolve(comma + 1, cue.start)
        if (
            cue.speaker is not None
            and described_only(cue.speaker)
            and cue.word.lower() not in _SAYING
            and cue.content_start == cue.end
        ):
            # "The revised plan added $300 million", "A check revealed a fault": a thing described
            # by its noun reports words only with a verb of saying or "that".
            cue.speaker = None
        if cue.speaker is None and not kept and not cue.participle:
            cue.speaker = _unresolved_teller(text, region_start, cue)
        if not kept:
            if cue.speaker is not None:
                kept.append(cue)
            continue
        outer = kept[-1]
        if (
            not cue.participle
            and cue.word.lower() in _SAYING
            and outer.word.lower() in NEEDS_QUOTE
            and (joint := _AND_AFTER_QUOTATION.search(text, outer.content_start, cue.start)) is not None
            and joint.end() == cue.start
            and cue.speaker in (None, outer.speaker)
        ):
            # 'Varnholt called it "the worst incident" and said the state would seek a fine':
            # the naming verb's quotation is one statement, the clause said after "and" another
            # (t13am N9: one partial held both, grouped with the other outlets' fines)
            outer.content_end = joint.start()
            cue.speaker = outer.speaker
            kept.append(cue)
            continue
        if cue.speaker is None or cue.participle or cue.speaker.key == (outer.speaker.key if outer.speaker else None):
            continue  # "Li warned of X and called for Y": one report
        if re.fullmatch(_PRONOUN_SUBJECT, text[outer.end : cue.start], re.IGNORECASE):
            # "The union has said that it warned X", "Nyhus said he wrote twice": a pronoun
            # subject right after the speech verb opens the reported clause; its verb is part of
            # the speaker's words, never a report of the one the pronoun refers to (t13j F14).
            continue
        if (
            cue.word.lower().startswith("according")
            and 0 < cue.content_end <= cue.start
            and cue.content_start <= outer.start
            and outer.speaker is not None
            and cue.speaker is not None
            and cue.speaker.type != GROUP
        ):
            # "X told investigators CLAUSE, according to Y.": the trailing source reports X's
            # report; X speaks (its cue and words up to the comma), Y is the nested source
            # (t13ad N15: Y's statement, with X's cue as its words); an unnamed source ("…,
            # according to four sources close to the family") stays a report of its own
            outer.source = cue.speaker.name
            outer.content_end = cue.content_end
            continue
        between = text[outer.content_start : cue.start]
        nested = outer.word.lower() in SOURCE_VERBS or (
            outer.content_start > outer.end  # "X said that Y told …"
            and len(_WORDS.findall(between)) <= MAX_SUBJECT_WORDS
            and not re.search(r",\s+(?:while|whereas|but)\b|;", between)
        )
        if nested:
            cue.source = outer.speaker.name if outer.speaker else None
            cue.region_start = outer.region_start
            kept[-1] = cue
            continue
        subject_end = state.speakers.subject_end(region_start, cue.start)
        if subject_end <= outer.content_start:
            subject_end = cue.start
        outer.content_end = _clause_before(text, outer.content_start, subject_end)
        kept.append(cue)
    for cue in kept:
        end = cue.content_end if cue.content_end > 0 else s1
        start = cue.content_start
        if start == cue.end and (when := _TIME_AFTER_VERB.match(text, start, end)) is not None:
            start = when.end()  # "said on Monday it would …": the time is no part of the words
        if (
            start == cue.end
            and cue.word.lower() in NEEDS_QUOTE
            and (quotation := _named_quotation(state, start, end)) is not None
        ):
            # 'called it "the worst …"', 'described the blast as "a catastrophe" on Monday': what
            # the verb names and its "as" are no words of theirs, nor what follows the quotation
            # (t13am N9; round s46-q: the object and "as" were left on the partial quote)
            start, end = quotation
        if end - start < 3 or only_a_value(text, start, end):
            continue  # '"16:40 GMT", the notice said': a time alone reports nothing
        if (direct := _only_a_direct_quote(state, start, end)) is not None:
            # 'Lima conceded, saying: "The people have spoken."': the words are a quotation
            # already read as direct speech; a partial of the same words would list them twice
            # (review s43-rv 14). The cue's speaker is the quotation's when it had none.
            if direct.speaker is None and cue.speaker is not None and cue.speaker.type != GROUP:
                k = state.quotes.index(direct)
                state.quotes[k] = dataclasses.replace(
                    direct, speaker=person_not_capital(cue.speaker), cue=cue.word, cue_start=cue.start
                )
                state.speakers.heard(direct.start, cue.speaker)
            continue
        has_marks = state.marks_index.opens_in(start, end)
        kind = "partial" if has_marks else "reported"
        if has_marks and (held := state.marks_index.held(start, end)) and start < held[-1][1] + 1 < end:
            close = held[-1][1] + 1  # after the last quotation's closing mark
            if _WRITERS_CLAUSE.match(text, close, end):
                # 'promised the authority would "publish the full inspection log", but nobody has
                # seen a page of it': the statement ends with the quotation; the clause after it
                # is the writer's (t13aor F3: the span ran on into the columnist's comment)
                end = close
        if has_marks and cue.word.lower().startswith("according") and cue.start >= end:
            # 'Prosecutors are examining whether "the warnings were ignored for weeks", according
            # to an official': the source vouches for the quoted words alone, the clause around
            # them is the reporter's (t13ae P21: the statement took the narration with it)
            held = state.marks_index.held(start, end)
            if len(held) == 1 and len(_WORDS.findall(text[start : held[0][0]])) >= 2:
                start, end = held[0]
                end = start + len(text[start:end].rstrip(" ,.;:"))
        if cue.word.lower() in DENIALS and cue.start < start and not cue.participle:
            # "Haque has denied that any exit was locked": the words are what the speaker says is
            # not so; the statement keeps its verb, "denied that any exit was locked", so it never
            # reads (nor lines up across outlets) as the speaker's claim (t13ag N10)
            start = cue.start
        _add(state, start, end, kind, cue.word, cue.speaker, cue.source, cue.start, cue.gap)


# How many of the quotes found last are looked at for one of the sentence being read.
_RECENT_QUOTES = 8


def _tagged_before(state: _State, s0: int, at: int) -> Speaker | None:
    """The speaker of the last quote whose cue lies in ``text[s0:at]``: the subject of a
    participle after a quotation's tag ('"…," Otieno said, adding that …': the one who said it
    adds; review s43-rv 14: unattributed when the name is no entity the sentence's start names)."""
    # the sentence's own quotes were the last found: only the few latest are looked at, so a long
    # paragraph of tags costs no scan of every quote before it (work linear in the quotes)
    for q in state.quotes[: -_RECENT_QUOTES - 1 : -1]:
        if s0 <= q.cue_start < at:
            return q.speaker
    return None


_AROUND_QUOTATION = " \t\n:;,." + ALL_MARKS


def _only_a_direct_quote(state: _State, start: int, end: int) -> Quote | None:
    """The direct quote already found that holds ``text[start:end]`` past the marks and
    punctuation around it, else None."""
    text = state.article.text
    while start < end and text[start] in _AROUND_QUOTATION:
        start += 1
    while end > start and text[end - 1] in _AROUND_QUOTATION:
        end -= 1
    if start >= end or not (_inside_quote(state, start) and _inside_quote(state, end - 1)):
        return None
    recent = state.quotes[: -_RECENT_QUOTES - 1 : -1]  # the sentence's own, as in _tagged_before
    return next((q for q in recent if q.kind == "direct" and q.start <= start and end <= q.end), None)


def _attributive(text: str, lo: int, cs: int, ve: int, end: int) -> bool:
    """Whether the speech verb's participle at ``cs:ve`` is an adjective on the noun after it,
    no cue: a determiner right before it ("the alleged attacker", :data:`_ATTRIBUTIVE`), or an
    owner's "'s" with a noun after it ("Reeve's alleged victims", :data:`_OWNER_BEFORE`), read
    back to ``lo`` and on to ``end``. "'s" after a pronoun, or before a function word, a
    subordinator, punctuation or a quotation, is "has" ("She's warned that …")."""
    before = text[max(lo, cs - 40) : cs]
    if _ATTRIBUTIVE.search(before) is not None:
        return True
    if _COUNT_BEFORE.search(before) is not None and (noun := _WORD_AFTER.match(text, ve, end)) is not None:
        # "has grown to 214 confirmed cases", "340 reported deaths": a count's adjective, no cue
        # (t13ak N9: "confirmed" was a cue, the place before it the speaker and the words cut)
        word = noun.group(1).lower()
        return word not in FUNCTION_WORDS and word not in SUBORDINATORS and not ly_adverb(word)
    owner = _OWNER_BEFORE.search(before)
    if owner is None or owner.group(1).lower() in PRONOUN_HAS:
        return False
    after = _WORD_AFTER.match(text, ve, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in FUNCTION_WORDS and word not in SUBORDINATORS and not ly_adverb(word)


def _people_audience(text: str, at: int, end: int) -> int | None:
    """Where the clause reported after "told"/"tells" at ``at`` begins when its audience is a
    plural noun for people (:data:`_PEOPLE_AUDIENCE`, :func:`cues.people_plural`: "evacuees",
    "anxious parents") with at most two modifiers, none of them a function word but a determiner
    or possessive opening them, none a plural noun; None for any other words ("told stories the
    children loved", "told evacuees to leave")."""
    for pattern in _PEOPLE_AUDIENCE:
        m = pattern.match(text, at, end)
        if m is None or not people_plural(m.group("noun")):
            continue
        modifiers = text[at : m.start("noun")].split()
        if any(
            (w in FUNCTION_WORDS and w not in _AUDIENCE_DETERMINERS)
            or (k and w in _AUDIENCE_DETERMINERS)  # a determiner opens the phrase only
            or (w.endswith("s") and not w.endswith(("ous", "ss", "us", "is")))  # a plural noun: the object
            for k, w in enumerate(modifiers)
        ):
            continue
        return m.end()
    return None


_AUDIENCE_DETERMINERS = frozenset("the its his her their our your these those some many all".split())


def _passive(text: str, s0: int, cs: int, ce: int, s1: int) -> bool:
    """Whether the report verb's participle at ``cs:ce`` (in the sentence ``s0:s1``) is a passive
    whose subject is spoken of or to, no speaker: a form of "be" right before it (:data:`_BE_BEFORE`:
    "is alleged", "was warned", "has been claimed"), or "alleged" with "to" and an infinitive
    after it (:data:`_TO_INFINITIVE`: "alleged to have taken bribes"). The agent of a passive
    with "by" is read before this (:func:`_passive_agent`)."""
    if _BE_BEFORE.search(text, max(s0, cs - 40), cs) is not None:
        return True
    return text[cs:ce].lower().startswith("alleged") and _TO_INFINITIVE.match(text, ce, s1) is not None


def _passive_agent(state: _State, s0: int, cs: int, ce: int, agent: int, s1: int, word: str) -> _Cue | None:
    """The cue of a passive report verb at ``cs:ce`` whose agent opens at ``agent`` (after "by"),
    in the sentence ``s0:s1``: "He was told by police that X", "Residents were informed by the
    council that X", "had been warned by Mayor Ilse Brandvold on Friday that X" report X as the
    agent's. Only the verbs whose passive subject is the one told (:data:`cues.TOLD_PASSIVES`)
    after a form of "be", with "that" after the agent; the agent is resolved as a subject before
    its verb is (a name, a body, a body's kind word alone: the body the article named, else an
    unnamed group, unattributed as "Police said" is). None when the agent speaks no words. A
    sentence with a speech verb of its own is that speaker's report (:func:`_reported`)."""
    text = state.article.text
    if word.lower() not in TOLD_PASSIVES or _BE_BEFORE.search(text, max(s0, cs - 40), cs) is None:
        return None
    that = _AGENT_THAT.match(text, agent, s1)
    if that is None:
        return None
    speaker = state.speakers.resolve(agent, that.end(1))
    if speaker is None:
        return None
    cue = _Cue(cs, ce, word, False, that.end())
    cue.speaker = speaker
    cue.speaker_at = agent
    cue.agent = True
    return cue


def _trailing_shape(state: _State, s0: int, cs: int) -> bool:
    """Whether the cue at ``cs`` (in the sentence from ``s0``) may end a statement written before
    it: a comma before the verb with words between them ("…, ending a dispute, its trustees said
    on Wednesday."), as against a subject opening the sentence, after a phrase fronted before it
    ("In March, Brannock announced …", :func:`_fronted`) or closing an apposition with its comma
    right before the verb ("Her father, a miner, wrote down …")."""
    text = state.article.text
    comma = text.rfind(",", s0, cs)
    if comma > s0 and not text[comma + 1 : cs].strip() and _source_comma(state, s0, cs) > s0:
        return True  # "…, one engineer, who asked not to be named, told reporters."
    if comma <= s0 or not text[comma + 1 : cs].strip():
        return False
    if _CLAUSE_JOINER.match(text, comma + 1, cs):
        # "X, while the NNU says its members deserve 7%": the conjunction opens the verb's own
        # clause, its words after it; the clause before is no one's (review s43-rv finding 9: X was
        # credited to the NNU and the NNU's words lost)
        return False
    return not (state.speakers.is_aside(s0, comma) or _fronted(state, s0, comma))


# The lower-case words a list of names as a trailing subject may hold: its determiners and
# joining words, the "of" of a body's name ("the Department of Health and Social Care").
_LIST_GLUE = frozenset("the and of for".split())
# A conjunction after a comma that opens a clause of its own, its subject and speech verb next
_CLAUSE_JOINER = re.compile(r"\s*(?:while|whereas|but|whilst|although|though)\b", re.I)


def _joined_clause(text: str, start: int, cs: int) -> int | None:
    """Where the subject of the verb at ``cs`` begins when a conjunction after the last comma
    before it opens its clause (:data:`_CLAUSE_JOINER`: "…, while the NNU says"): the offset
    after the conjunction; None when no comma after ``start`` is followed by one."""
    comma = text.rfind(",", start, cs)
    if comma < start:
        return None
    joiner = _CLAUSE_JOINER.match(text, comma + 1, cs)
    return joiner.end() if joiner is not None else None


def _source_comma(state: _State, s0: int, cs: int) -> int:
    """The comma (of the sentence from ``s0``) after which an unnamed source is the whole subject
    of the verb at ``cs`` (:meth:`Speakers.anonymous_source`: "…, a source close to the inquiry
    said", "…, one engineer, who asked not to be named, told"), one of the last three; else -1."""
    text = state.article.text
    at = text.rfind(",", s0, cs)
    for _ in range(3):
        if at <= s0:
            break
        if text[at + 1 : cs].strip() and state.speakers.anonymous_source(at + 1, cs) is not None:
            return at
        at = text.rfind(",", s0, at)
    return -1


# A comment's header: its author in a few words opening the line, a speech verb and a colon, then
# the stamp of when it was posted (WordPress's "Annika says: 9 March 2026 at 12:02").
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*")
_HEADER_NAME_WORDS = 4
_CLOCK = re.compile(r"\d[:.][0-5]\d")


def _comment_header(text: str, s0: int, cs: int, ce: int, s1: int) -> bool:
    """Whether the cue at ``cs:ce`` (in the sentence ``s0:s1``) heads a reader's comment: at most
    :data:`_HEADER_NAME_WORDS` words from its line's (or sentence's) start to the verb, a colon
    after it, then a date stamp with a year or a clock time (the date grammar's
    :data:`date_patterns.EXPRESSION` or :data:`~date_patterns.NUMERIC`, a clock after it taken:
    "says: 9 March 2026 at 12:02", "wrote: 10/03/2026 at 08:40", "replied: 2026-03-09 13:01"),
    whatever follows it (the comment's own words). Such words say when the comment was posted,
    the name is a commenter's: no speech (t13x F6: "Annika" said ": 9 March 2026 at 12:02", a
    PERSON "O" of "Per_O says: …"). "Berg said: Monday 9 March will be a day of mourning" (no
    year, no clock) is speech."""
    colon = _COLON_AFTER.match(text, ce, s1)
    if colon is None:
        return False
    start = max(s0, text.rfind("\n", 0, cs) + 1)
    if len(_WORDS.findall(text, start, cs)) > _HEADER_NAME_WORDS:
        return False
    end = text.find("\n", colon.end(), s1)
    end = s1 if end < 0 else end
    m = EXPRESSION.match(text, colon.end(), end) or NUMERIC.match(text, colon.end(), end)
    if m is None:
        return False
    stamp = text[m.start() : with_clock(text, m, end)]
    return YEAR_WRITTEN.search(stamp) is not None or _CLOCK.search(stamp) is not None


def _cues(sentence: str) -> list[re.Match[str]]:
    """Cue matches in ``sentence``: words are looked up in a set first, and the cue pattern tried
    only where one is a cue word (one pattern of ~200 alternatives at every position is slow)."""
    out: list[re.Match[str]] = []
    if CUE_WORDS.isdisjoint(_WORDS.findall(sentence.lower())):
        return out
    for w in _WORDS.finditer(sentence):
        if w.group().lower() in CUE_WORDS:
            c = CUE.match(sentence, w.start())
            if c is not None:
                out.append(c)
    return out


def _main_verb_after(state: _State, s0: int, cs: int, ce: int, s1: int) -> bool:
    """Whether the cue at ``cs:ce`` is the verb of a relative clause open before it in its
    sentence (``s0:s1``; ", who had warned of …") that closes with a comma right before another
    speech verb, the words a subject may have before its verb passed over (", said …", ", has
    since said …"): that verb, not this one, reports the sentence's statement."""
    text = state.article.text
    if not state.speakers.relative_open(s0, cs):
        return False
    comma = text.find(",", ce, s1)
    if comma < 0:
        return False
    for c in _cues(text[comma + 1 : s1]):
        at = comma + 1 + c.start()
        return c.group(2) is not None and not _WORDS.search(text, comma + 1, state.speakers.subject_end(comma + 1, at))
    return False


# A clause's boundary, or a "that" opening a reported clause, before a later verb: "The nurse who
# insists that the ward is safe said …" is left as it was read.
_CLAUSE_STOP = re.compile(r"[,;:!?\"“”()]|\bthat\b", re.I)


def _relative_before_main(text: str, s0: int, cs: int, ce: int, s1: int) -> bool:
    """Whether the speech verb at ``cs:ce`` opens a restrictive relative clause on the subject (a
    noun, then "who", "that" or "which" right before it: "The nurse who insists on anonymity",
    "A union that argues for higher pay") whose sentence (``s0:s1``) goes on, in at most
    :data:`MAX_SUBJECT_WORDS` words with no comma or "that" between, to a finite speech verb of its
    own ("… said the ward flooded"): that verb, not this one, reports the statement."""
    before = _THAT_BEFORE.search(text, s0, cs)
    if before is None or before.group().split()[0].lower() in CUE_WORDS:
        return False  # "said that warned …" is no relative clause
    stop = _CLAUSE_STOP.search(text, ce, s1)
    end = stop.start() if stop is not None else s1
    for c in _cues(text[ce:end]):
        at = ce + c.start()
        if len(_WORDS.findall(text[ce:at])) > MAX_SUBJECT_WORDS:
            return False
        verb = (c.group(2) or "").lower()
        if verb and verb not in BASE_FORMS and verb not in NOUN_LIKE:
            return True
    return False


def _clause_before(text: str, start: int, subject_end: int) -> int:
    """Where the clause of the next speaker begins: the last ', ' / '; ' / ' while ' before the
    end of its subject (``subject_end``: "…, but Brakstad, however, said" ends at "Brakstad")."""
    seg = text[start:subject_end]
    best = len(seg)
    for m in re.finditer(r",\s+(?:while|whereas|but|and)\s|;\s|,\s", seg):
        best = m.start()
    return start + best


def _named_quotation(state: _State, start: int, end: int) -> tuple[int, int] | None:
    """The quotation a naming verb's words ``start:end`` (right after the verb) give, marks
    included, when only the object it names and "as" stand before it (:data:`_NAMED_OBJECT`: "it",
    "the blast as", "the plan"): from its opening mark to its closing one, or to the last of
    quotations joined by "and"/"or"/commas ('branded the offer "cynical" and "insulting"'). None
    when other words come first (a clause: "described how …", "called on X to …")."""
    text = state.article.text
    obj = _NAMED_OBJECT.match(text, start, end)
    if obj is None:
        return None
    held = [h for h in state.marks_index.held(obj.end(), end) if h[0] > obj.end()]
    if not held or text[obj.end() : held[0][0] - 1].strip():
        return None
    last = held[0]
    for nxt in held[1:]:
        if not _QUOTATIONS_JOINED.fullmatch(text, last[1] + 1, nxt[0] - 1):
            break
        last = nxt
    return held[0][0] - 1, last[1] + 1


def _naming_quote(state: _State, cue: _Cue, s1: int) -> bool:
    """Whether ``cue`` is a naming verb (:data:`cues.NEEDS_QUOTE`: "called", "described") with
    its quotation straight after it (:data:`_QUOTE_NEXT`): the quoted words are what was said."""
    return cue.word.lower() in NEEDS_QUOTE and _QUOTE_NEXT.match(state.article.text, cue.end, s1) is not None


def _trailing(state: _State, cue: _Cue, s0: int, s1: int) -> Speaker | None:
    """'CONTENT, X said on Friday.': a cue at the end of its sentence, its subject after a comma."""
    text = state.article.text
    rest = text[cue.end : s1]
    if _naming_quote(state, cue, s1):
        return None  # "…, a sum the committee called "an insult".": its words follow it (t13ae P17)
    if re.match(r"\s*(?:that|to|about|of|against)\b", rest):
        # Its content follows, or it has an object of its own: "…, a distance residents have
        # complained about for years" reports no words of theirs.
        return None
    comma = text.rfind(",", s0, cue.start)
    # An unnamed source after the content ("…, a source close to the investigation said", "…, one
    # engineer, who asked not to be named, told reporters", "…, said a person briefed on the
    # report"): its phrase may hold a comma and run past a subject's words (t13ab L10: lost)
    at = _source_comma(state, s0, cue.start)
    source = state.speakers.anonymous_source(at + 1, cue.start) if at > s0 else None
    if source is None and comma > s0 and not text[comma + 1 : cue.start].strip():
        at = comma
        source = state.speakers.anonymous_source(cue.end, cue.end + len(rest.rstrip(_END_TRIM + '!?"”’')))
    if source is not None:
        cue.content_start = _past_dateline(text, s0, at)
        cue.content_end = at
        return source
    if comma > s0 and state.speakers.coordinated_subject(_past_dateline(text, s0, comma), cue.start):
        return None  # "Men, women and children said …": one subject listed, no content before it
    if comma > s0:
        kinds = _kind_list_trailing(state, s0, cue)
        if kinds is not None:
            return kinds or None
    if comma > s0 and not text[comma + 1 : cue.start].strip():
        apposed = _titled_subject(state, s0, comma, cue, s1) or _subject_apposition(state, s0, comma, cue, s1)
        if apposed is not None:
            return apposed
        related = _related_trailing(state, s0, comma, cue, s1)
        if related is not None:
            return related
    if comma > s0 and (state.speakers.is_aside(s0, comma) or _fronted(state, s0, comma)):
        # "Speaking at the scene, Aamot said the points …", "Asked about the cost, Lund said …": a
        # participle's phrase before the subject is no statement; the words after the verb are,
        # unless they are only the verb's time or setting ("Rising costs hit the firm, Lund said
        # on Monday." is the trailing shape).
        # "In a statement, the council said …": an aside of the subject's, not its content.
        tail_end = cue.end + len(rest.rstrip(_END_TRIM + '!?"”’'))
        aside = state.speakers.is_aside(s0, comma)
        if aside or (_WORDS.search(text, cue.end, tail_end) and not state.speakers.is_aside(cue.end, tail_end)):
            if not text[comma + 1 : cue.start].strip():
                # "Above all, said Farkas, the dykes must hold.": the speaker follows the verb, in
                # commas, and the statement follows him (t13m F3: the phrase was the statement)
                return _inverted_after(state, cue, s1)
            return None
    if comma > s0 and not text[comma + 1 : cue.start].strip():
        # "CONTENT, the mayor, Ilona Farkas, said.": a title and its holder's name in commas
        # before the verb, nothing but its time after it (t13m F13: no statement)
        tail_end = cue.end + len(rest.rstrip(_END_TRIM + '!?"”’'))
        if not _WORDS.search(text, cue.end, tail_end) or state.speakers.is_aside(cue.end, tail_end):
            name_comma = text.rfind(",", s0, comma)  # the comma between the title and the name
            title_comma = text.rfind(",", s0, name_comma) if name_comma > s0 else -1
            titled = state.speakers.titled(title_comma + 1, comma + 1) if title_comma > s0 else None
            if titled is not None and titled.end == comma:
                cue.content_start = _past_dateline(text, s0, title_comma)
                cue.content_end = title_comma
                return titled.speaker
    if (
        comma > s0
        and not text[comma + 1 : cue.start].strip()
        and not CLOSING_APPOSITION.search(text, s0, comma + 1)
        and state.speakers.subject_end(s0, cue.start) > comma
    ):
        # 'CONTENT, said Geoffrey Hinton, a volunteer adviser.': the speaker follows the cue
        # (up to its apposition), the content is the clause before it.
        stop = re.search(r"[,;]", rest)
        # the sentence's stop is no part of the speaker ("…, said police.", "…, said one official.":
        # an unnamed subject with its full stop was no group, and the statement was lost)
        name_end = cue.end + (stop.start() if stop else len(rest.rstrip(_END_TRIM + '!?"”’')))
        listed = _LIST_AFTER.match(text, cue.end, s1)
        if listed is not None and not LIST_CLOSED.match(text[listed.end() : s1]):
            # "said Shell, and BP followed with …": a clause of its own after the last name; the
            # speaker ends at the first (review s48-rv finding 12: BP was credited)
            listed = None
        if listed is not None:
            # "…, said Cruz, Ortiz and Diaz on Monday": the whole list, its commas the list's
            name_end = cue.end + len(text[cue.end : listed.end()].rstrip(_END_TRIM))  # (not its full stop)
        # The verb's setting or time after the name is no part of it ("…, said Chief Fire Officer
        # X Y in a statement on Tuesday": t13l F14, ten words were no speaker).
        for setting in _SETTING_AFTER.finditer(text, cue.end, name_end):
            if state.speakers.is_aside(setting.start(), cue.end + len(rest.rstrip(_END_TRIM + '!?"”’'))):
                name_end = setting.start()
                break
        if len(_WORDS.findall(text[cue.end : name_end])) > _TRAILING_NAME_WORDS:
            return None
        # "…, said the Chief Fire Officer, X Y.", "…, said the hospital's director, X Y.": a title,
        # then its holder's name in commas (t13l F14, t13m F13: unattributed, or no statement)
        titled = state.speakers.titled(cue.end, s1)
        speaker = titled.speaker if titled is not None else state.speakers.leading(cue.end, name_end)
        if speaker is not None:
            cue.content_start = _past_dateline(text, s0, comma)
            cue.content_end = comma
            # "The dam, said engineer Tom Lund, was never tested.": the tag inside the statement
            cue.gap = _tag_gap(text, comma, name_end, s1) if titled is None else None
            if cue.gap is not None:
                cue.content_end = -1
        return speaker
    if len(_WORDS.findall(rest.split(",", 1)[0])) > 5:
        return None  # '…, officials said, as divers worked on': the clause after a comma is no subject
    if comma < 0 or _CLAUSE_JOINER.match(text, comma + 1, cue.start):
        # ("X, while the NNU says Y": the NNU's words are Y, after its verb; :func:`_trailing_shape`)
        return None
    whole_list = _trailing_list(state, s0, comma, cue)
    if whole_list is not None:
        return whole_list
    # a body's acronym in brackets after its name ("the Alcárdena River Basin Authority (CHA)") is
    # no word of a clause (t13at N4: six words, and the statement was lost)
    subject = _WORDS.findall(_BRACKETED_ACRONYM.sub(" ", text[comma : cue.start]))
    # a longer subject is a clause, unless it is a title's capitalised words and a name ("…, Deputy
    # Head of Safety Even Lie said": seven words of one person), after a role in lower case too
    # ("…, regional police chief Col. Andrés Quispe said": t13r F14, no statement)
    if len(subject) > 5 and not (
        len(subject) <= 9
        and (
            all(w[0].isupper() or w in ("of", "for") for w in subject[role_words(subject) :])
            # names joined by "and", each with its "the": "…, the RNLI and the Maritime and
            # Coastguard Agency said" (round s48-q3: a list of bodies was no subject past 5 words)
            or ("and" in subject and all(w[0].isupper() or w in _LIST_GLUE for w in subject))
            or _body_named(subject)
        )
    ):
        return None
    speaker = state.speakers.resolve(comma + 1, cue.start)
    if speaker is not None:
        cue.content_start = _past_dateline(text, s0, comma)
        cue.content_end = comma
        # "Santa Clara, the ferry's captain said, had never carried so many fans.", "The plan, she
        # said, was never tested.": the tag inside the statement, which goes on after it
        cue.gap = _tag_gap(text, comma, cue.end, s1)
        if cue.gap is not None:
            cue.content_end = -1
    return speaker


# "used to" right before a base form: the habitual past, a tag as "said" is ("used to say").
_USED_TO = re.compile(rf"(?<![\w'’-]){HABITUAL_TO}\s+$", re.I)
# An acronym in brackets after a name: "(CHA)", "(BGMEA)", "(UNHCR)".
_BRACKETED_ACRONYM = re.compile(r"\s*\((?-i:[A-Z][A-Z0-9&.]{1,9})\)")
# The lower-case words a body's described name may open with before its "of" ("the regional
# government of Castilla y León", "the health ministry of Peru"): at most three.
_BODY_DESCRIPTION_WORDS = 3


def _body_named(words: Sequence[str]) -> bool:
    """Whether a trailing subject's ``words`` are one body's name, however long: after an optional
    "the", capitalised words and the link words names hold inside (:data:`NAME_LINK_WORDS`: "of",
    "de", "y" …: "the Confederación Hidrográfica del Alcárdena"), or up to
    :data:`_BODY_DESCRIPTION_WORDS` lower-case words, "of" and such a name ("the regional
    government of Castilla y León"; t13at N4: seven words were a clause, the statement lost). The
    name opens with a capitalised word."""
    rest = list(words[1:] if words and words[0].lower() == "the" else words)
    if "of" in rest and not rest[0][0].isupper():
        at = rest.index("of")
        if at > _BODY_DESCRIPTION_WORDS or not all(w.islower() for w in rest[:at]):
            return False
        rest = rest[at + 1 :]
    return bool(rest) and rest[0][0].isupper() and all(w[0].isupper() or w in NAME_LINK_WORDS for w in rest)


def _kind_list_trailing(state: _State, s0: int, cue: _Cue) -> Speaker | Literal[False] | None:
    """A list of names after the plural of their kind as the subject of ``cue``
    (:meth:`Speakers.kind_list`: "Oil firms Shell, BP and Eni said", round s49-q): False when it
    opens the sentence (the commas are the list's, no words before it: the subject is read as
    any is, after the verb's clause), the list's speaker when it follows a comma ("Prices will
    rise, supermarkets Tesco, Marks and Spencer and Sainsbury's said": the words before that
    comma its content), None when the subject is no such list."""
    text = state.article.text
    start = _past_dateline(text, s0, cue.start)
    if state.speakers.kind_list(start, cue.start) is not None:
        return False
    for m in re.finditer(",", text[start : cue.start]):
        at = start + m.start()
        listed = state.speakers.kind_list(at + 1, cue.start)
        if listed is not None and _WORDS.search(text, start, at) is not None:
            cue.content_start = start
            cue.content_end = at
            return listed
    return None


def _trailing_list(state: _State, s0: int, comma: int, cue: _Cue) -> Speaker | None:
    """'CONTENT, Cruz, Ortiz and Diaz said.': a list of names closed by "and" as the trailing
    subject, its first names before the last comma (each a name of :data:`_LIST_NAME` between
    commas): the list's ``PAIR`` speaker, credited to each, with the words before the list's
    first comma as its content (round s48-q: the first names were read as the words, the last
    ones spoke). The list must be of the kind the words after the last comma are (people, or
    bodies and places): "Prices rose in Oslo, Smith and Jones said" is no list with Oslo. None
    when the subject is no such list."""
    text = state.article.text
    if re.search(r"\band\b", text[comma + 1 : cue.start]) is None:
        return None
    opened = comma
    while (prev := text.rfind(",", s0, opened)) > s0 and re.fullmatch(rf"\s*{_LIST_NAME}\s*", text[prev + 1 : opened]):
        opened = prev
    if opened == comma or _WORDS.search(text, s0, opened) is None:
        return None
    listed = state.speakers.resolve(opened + 1, cue.start)
    if listed is None or not listed.key.startswith(PAIR):
        return None
    last = state.speakers.resolve(comma + 1, cue.start)
    if last is None or (last.type == "PERSON") != (listed.type == "PERSON"):
        return None
    cue.content_start = _past_dateline(text, s0, opened)
    cue.content_end = opened
    return listed


# An object opened by a determiner, with a figure among its words ("a £1.2bn budget", "a 4.99%
# rise"), then "that": the relative pronoun on the object (the words before it read as
# :data:`cues.OBJECT_BEFORE_THAT` reads them).
_FIGURE_OBJECT_THAT = re.compile(
    OBJECT_BEFORE_THAT.pattern + r"(?=[^,;:!?\"“”]*?\d)(?:\s+(?:[\w'’£$€¥%-]|[.,](?=\d))+){0,4}?\s+that\b", re.I
)


# A non-restrictive relative clause in commas closing a trailing subject, right before its verb:
# ", who has led the union since 2019,".
_RELATIVE_CLOSING = re.compile(r",\s*(?:who|whose|which)\b[^,;:\"“”]{1,100},\s*$")


def _related_trailing(state: _State, s0: int, comma: int, cue: _Cue, s1: int) -> Speaker | None:
    """'CONTENT, X, who …, said.': a trailing subject of a few words with a relative clause in
    commas between it and the verb, nothing said after the verb: X speaks the clause before X's
    comma (review s43-rv 14: "The offer was not good enough, Marsh, who has led the union since
    2019, said." gave no quote). None when the sentence is not of that shape."""
    text = state.article.text
    tail_end = cue.end + len(text[cue.end : s1].rstrip(_END_TRIM + '!?"”’'))
    if _WORDS.search(text, cue.end, tail_end) and not state.speakers.is_aside(cue.end, tail_end):
        return None  # words after the verb: "X, who …, said Y" is X's Y, read as a subject's
    rel = _RELATIVE_CLOSING.search(text, s0, comma + 1)
    if rel is None:
        return None
    subject_comma = text.rfind(",", s0, rel.start())
    if subject_comma <= s0 or not 1 <= len(_WORDS.findall(text, subject_comma + 1, rel.start())) <= 5:
        return None
    speaker = state.speakers.resolve(subject_comma + 1, rel.start())
    if speaker is not None:
        cue.content_start = _past_dateline(text, s0, subject_comma)
        cue.content_end = subject_comma
    return speaker


# An apposition or a participle's phrase in commas after a subject's name: lower-case words or an
# age, no finite verb of its own ("visiting from London", "flanked by aides", "54", "back from
# Oslo", "a visitor from London").
# (an owner's role opens one too: "Ellis, Tarlow's chairman, told …", review s45-rv finding 19)
_APPOSITION = re.compile(
    r"\s*(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)?(?:[a-z]|\d)(?:(?!\b(?:is|was|were|are|has|have|had|will|would|can|could|did|does)\b)[^,;:\"“”])*",
)

# A phrase in commas after a name that says whom the named one is with: "of the Campaign for
# Better Transport", "from the union", "at Harwick", an owner's role ("Tarlow's chairman").
_AFFILIATION = re.compile(r"\s*(?:(?:of|from|at|with)\s+\S|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+[a-z])")


def _subject_apposition(state: _State, s0: int, comma: int, cue: _Cue, s1: int) -> Speaker | None:
    """'NAME, APPOSITION, said CLAUSE.': a subject named first in its sentence (``s0`` to its
    first comma), a phrase describing it in commas up to the ``comma`` right before the verb (a
    participle's, an age, an apposition in lower case), then the verb and its words: the name is
    the speaker, the words after the verb the statement, and a place or a name inside the phrase
    or after the verb is neither (t13p F17: "Labour MP Clara Bexley, visiting from London, said
    Britain would send engineers." gave "United Kingdom" the subject and its phrase as words).
    None when the sentence is not of that shape."""
    text = state.article.text
    first = text.find(",", s0, comma)
    if first <= s0 or text.find(",", first + 1, comma) >= 0:
        return None  # one phrase in commas, the sentence's opening words before it
    if not _APPOSITION.fullmatch(text, first + 1, comma):
        return None
    tail_end = cue.end + len(text[cue.end : s1].rstrip(_END_TRIM + '!?"”’'))
    if not _WORDS.search(text, cue.end, tail_end) or state.speakers.is_aside(cue.end, tail_end):
        return None  # nothing said after the verb: "CONTENT, the mayor, said." shapes
    if len(_WORDS.findall(text[s0:first])) > _TRAILING_NAME_WORDS or _fronted(state, s0, first):
        return None
    hit = state.speakers.named_in(s0, first)
    if hit is None and _AFFILIATION.match(text, first + 1, comma):
        # "Novak, of the Campaign for Better Transport, said …", "Ellis, Tarlow's chairman, told
        # …": the phrase is the named one's affiliation, the name before it speaks even when no
        # mention types it (review s45-rv finding 19: the campaign's name inside it was the
        # speaker; the chairman's statement was the apposition)
        return state.speakers.apposed_name(s0, first)
    if hit is None or hit.end != len(text[:first].rstrip()) or hit.speaker.type not in ("PERSON", "ORG"):
        return None
    lead = _WORDS.findall(text[s0 : hit.start])
    if not all(w[:1].isupper() or w.lower() in ROLES or w.lower() in TITLE_WORDS or w in ("the", "of") for w in lead):
        return None  # "The flood hit Nordbank, a lender, said X": a clause before the name, no title
    return state.speakers.resolve(s0, first)


def _titled_subject(state: _State, s0: int, comma: int, cue: _Cue, s1: int) -> Speaker | None:
    """'ROLE, NAME, said CLAUSE.': the sentence's subject (from ``s0``, or after a phrase fronted
    before it) a title in lower case, with a possessive or an "of"/"for" phrase, then its holder's
    name in commas up to the ``comma`` right before the verb (:meth:`Speakers.titled`: "The
    company's chief executive, Pieter Vandermolen,", "Its spokeswoman, Lena Ortiz,", "A spokesman
    for the ministry, Jan Berg,"), then words after the verb: the name is the speaker and the words
    after the verb (its "that" or audience passed over, as the cue was read) the statement. Never
    the inverted "CONTENT, said X" with the subject for the words and a name opening the clause for
    the speaker (t13x F6: "…, said Norvane would pay" made Norvane say "The company's chief
    executive, Pieter Vandermolen"). None when the sentence is not of that shape ("CONTENT, the
    mayor, Ilona Farkas, said." has no words after its verb)."""
    text = state.article.text
    tail_end = cue.end + len(text[cue.end : s1].rstrip(_END_TRIM + '!?"”’'))
    if not _WORDS.search(text, cue.end, tail_end) or state.speakers.is_aside(cue.end, tail_end):
        return None
    # the sentence's start, or the comma closing a phrase fronted before the subject ("On Monday,")
    fronted = [s0 + m.end() for m in re.finditer(",", text[s0:comma]) if _fronted(state, s0, s0 + m.start())]
    for start in (s0, *fronted):
        titled = state.speakers.titled(start, comma + 1)
        if titled is not None and titled.end == comma:
            return titled.speaker
    return None


# A speech verb coordinated after another predicate of the same subject: "and" (or "but") with at
# most an adverb of sequence right before the verb ("… ordered an inspection of all 37 bridges of
# similar design within 30 days and said …", "resigned and then told reporters …").
_AND_BEFORE_CUE = re.compile(r"\s(?:and|but)\s+(?:(?:then|also|later|again)\s+)?$")
_CLAUSE_VERB = re.compile(rf"\s{FINITE_VERB}")
_COORDINATED_VERBS = 3  # finite verbs tried as the first predicate's ("The embattled mayor visited …")


def _coordinated_subject(state: _State, start: int, cue_start: int) -> tuple[bool, Speaker | None]:
    """(True, the speaker) of a speech verb at ``cue_start`` coordinated by "and"/"but" after another
    predicate of the same subject, ``start:cue_start`` the sentence's words up to the verb: the
    subject is the words before the clause's first finite verb (:data:`cues.FINITE_VERB`; the
    first of :data:`_COORDINATED_VERBS` whose words before it name a speaker, so an "-ed" adjective
    in the subject is passed over), at most :data:`MAX_SUBJECT_WORDS` words. (False, None) when no
    "and" precedes the verb or no such subject is found; the object of the first predicate is never the
    speaker ("Police arrested Ivo Lind and said …" is the police's). t13ao N6: "Prime Minister
    Heléna Dufresne-Okafor ordered an inspection of all 37 bridges … and said the government would
    …" was no statement (its subject past the word limit), "The mayor visited the site and told
    reporters that …" neither (the predicate read as the subject). A subordinate clause or a
    phrase fronted before the subject (:func:`_fronted`: "When X left the court,", "Minutes after
    X resigned,") is passed over to its comma; words before the verb that open such a clause with
    no comma give (True, a common-noun subject right before the next verb, or None): the
    subordinate clause's subject never speaks (review s47-rv2 finding 3)."""
    text = state.article.text
    if _AND_BEFORE_CUE.search(text, start, cue_start) is None:
        return False, None
    # The main clause's subject, never one in a subordinate clause or phrase fronted before it
    # ("When Ivo Lind left the court, his lawyer smiled and said …" is the lawyer's; review
    # s47-rv2 finding 3): the subject is read after the longest such phrase's comma that leaves
    # words before a verb ("When X left, his lawyer, Jan Berg, smiled and said": not "smiled").
    for comma in reversed([m.start() for m in re.finditer(",", text[start:cue_start])]):
        region = start + comma + 1
        first = _CLAUSE_VERB.search(text, region, cue_start)
        if first is not None and _WORDS.search(text, region, first.start()) and _fronted(state, start, region - 1):
            start = region
            break
    for n, verb in enumerate(_CLAUSE_VERB.finditer(text, start, cue_start)):
        if n >= _COORDINATED_VERBS:
            break
        subject_end = verb.start()
        if re.search(r"[;:\"“”]", text[start:subject_end]):
            return False, None  # a clause or a quotation before the verb: no plain subject
        if _fronted(state, start, subject_end):
            # a subordinator or preposition with no comma to close it ("After Lind resigned the
            # board met and said …"): where the main clause starts is unknown, so only a
            # common-noun subject right before the next verb ("the board") speaks, never a name
            # (the subordinate clause's subject); else no speaker
            after = _CLAUSE_VERB.search(text, verb.end(), cue_start)
            return True, (state.speakers.common_subject(verb.end(), after.start()) if after is not None else None)
        if not 1 <= len(_WORDS.findall(text, start, subject_end)) <= MAX_SUBJECT_WORDS:
            return False, None
        speaker = state.speakers.resolve(start, subject_end)
        if speaker is not None:
            return True, speaker
    return False, None


def _fronted(state: _State, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a sentence's words up to a comma) is a phrase
    fronted before the sentence's subject, no statement nor speaker: a participle's, an
    adverbial or a time phrase, a subordinate clause (:data:`_FRONTED`), or an adverb in "-ly"
    (:data:`_LY_FRONTED`; "Shortly before noon", not the name "Kelly")."""
    text = state.article.text
    if _FRONTED.fullmatch(text, start, end):
        # "Managing director X Y", "Acting chairman X Y": a participle before a title word is the
        # title's, the phrase a subject
        opening = _WORDS.findall(text[start:end])[:2]
        return not (len(opening) == 2 and opening[0].endswith("ing") and opening[1].lower() in TITLE_WORDS)
    ly = _LY_FRONTED.fullmatch(text, start, end)
    if ly is None:
        return False
    word = ly.group(1) or ly.group(2)
    return (
        ly_adverb(word.lower())
        and word not in given_names()  # "Kelly, Emily": a name
        and state.speakers.named_in(start, ly.end(ly.lastindex or 1)) is None
    )


def _fronted_subject(state: _State, start: int, end: int) -> tuple[bool, Speaker | None]:
    """The subject of a verb at ``end`` after a phrase fronted before it in ``start:end`` (its
    sentence's words up to the verb): (True, the speaker the words after the phrase's comma name),
    the phrase never the speaker ("Hours after Mayor Farkas spoke, Kovács said …"; t13m F3);
    (False, None) when no fronted phrase opens the sentence or none leaves a subject after its
    comma. The longest phrase whose comma leaves a subject is taken ("Hours after the storm, the
    mayor, Ilona Farkas, said"); the subject is read after a semicolon, and in a long clause only
    as a common noun right before the verb (:data:`MAX_SUBJECT_WORDS`, as without a phrase)."""
    text = state.article.text
    # A clause after a semicolon is the subject's own ("…; she later said"): never before it.
    semicolon = text.rfind(";", start, end)
    commas = [m.start() for m in re.finditer(",", text[start:end])]
    for c in reversed(commas):
        at = start + c
        if not _fronted(state, start, at):
            continue
        region = max(at + 1, semicolon + 1)
        words = len(_WORDS.findall(text[region:end]))
        if words == 0:
            continue
        if words <= MAX_SUBJECT_WORDS:
            speaker = state.speakers.resolve(region, end)
        else:
            # a long clause after the phrase: only a common-noun subject right before the verb
            speaker = state.speakers.common_subject(region, end)
        if speaker is not None:
            return True, speaker
    # No subject after any such phrase ("Managing director X, the founder's granddaughter, said"
    # is no participle's phrase): the sentence's words are read whole, as before.
    return False, None


def _inverted_after(state: _State, cue: _Cue, s1: int) -> Speaker | None:
    """'PHRASE, said X, STATEMENT.': the speaker right after the cue up to its comma (a name, a
    title and a name, or a title and then a name in commas: :func:`_trailing`'s words), the
    statement the rest of the sentence (t13m F3: "Above all, said Farkas, the dykes must hold."
    gave the phrase as Farkas's words). None when no comma closes the speaker or no speaker
    opens the words after the cue."""
    text = state.article.text
    titled = state.speakers.titled(cue.end, s1)
    stop = re.search(r"[,;]", text[titled.end if titled is not None else cue.end : s1])
    if stop is None:
        return None
    name_end = (titled.end if titled is not None else cue.end) + stop.start()
    if len(_WORDS.findall(text[cue.end : name_end])) > _TRAILING_NAME_WORDS:
        return None
    speaker = titled.speaker if titled is not None else state.speakers.leading(cue.end, name_end)
    if speaker is None or not _WORDS.search(text, name_end + 1, s1):
        return None
    cue.content_start = name_end + 1
    return speaker


def _past_source_apposition(text: str, at: int, s1: int) -> int:
    """Where the words reported after "According to X," at ``at`` start, past an apposition on the
    source in commas ("According to Faruque Hassan, president of the association (BGMEA), orders
    have fallen …", "… Lars Brekke, an analyst at DNB, the results …"): words with no clause among
    them to a comma (:data:`cues.NO_CLAUSE`), then a clause (review s41-rv finding 11: the
    apposition opened the words). Words after the comma that are no clause either ("According to
    police, the driver, a 45-year-old man, was …") leave ``at``: the apposition is the subject's."""
    aside = NO_CLAUSE.match(text, at, s1)
    if aside is None or not aside.group().endswith(","):
        return at
    rest = aside.end()
    if not text[rest:s1].strip() or NO_CLAUSE.match(text, rest, s1) is not None:
        return at
    return rest


def _setting_only(state: _State, s0: int, cs: int, ce: int, s1: int) -> bool:
    """Whether the speech verb at ``cs:ce`` reports no words: none before it (no comma, colon or
    dash between the sentence's start ``s0`` and the verb: "Rising costs hit the firm, Lund said
    on Monday." reports its clause) and only the verb's time or setting after it to the sentence's
    end (``s1``): opened by a setting word (:data:`speakers.SETTING_WORDS`: "at", "in", "on",
    "during" …), with no clause among them (:data:`cues.NO_CLAUSE`, no finite verb,
    :data:`_CLAUSE_VERB`) and no comma ("said on Monday, the plan …" goes on)."""
    text = state.article.text
    if re.search(r"[,;:—–]", text[s0:cs]):
        return False
    end = ce + len(text[ce:s1].rstrip(_END_TRIM + '!?"”’'))
    setting = re.match(rf"\s+{SETTING_WORDS}", text[ce:end], re.I)
    if setting is None:
        return False
    if re.search(r"[,;:]", text[ce:end]) or _CLAUSE_VERB.search(text, ce, end) is not None:
        return False
    alone = NO_CLAUSE.match(text, ce + setting.end(), s1)  # (its setting word opens a clause there)
    return alone is not None and alone.end() >= end


def _clause_before_source(state: _State, s0: int, cs: int) -> tuple[int, int] | None:
    """The clause an "according to" at ``cs`` in mid-sentence vouches for: ``(start, end)`` of the
    words from the sentence's start (``s0``, past a dateline) to the comma right before the cue,
    when they hold a finite verb (:data:`_CLAUSE_VERB`: "About 3,900 flights have been cancelled
    across Europe, according to …") and no speech verb of their own (that one's speaker speaks);
    None for a subject or a fronted phrase before it ("The plant, according to the firm, will
    close", "In 2019, according to the firm, the plant closed": the words after it are the
    source's)."""
    text = state.article.text
    comma = text.rfind(",", s0, cs)
    if comma <= s0 or text[comma + 1 : cs].strip():
        return None
    start = _past_dateline(text, s0, comma)
    if start >= comma or _CLAUSE_VERB.search(text, start, comma) is None:
        return None
    if _speech_verb_in(text, start, comma) or state.speakers.is_aside(start, comma) or _fronted(state, start, comma):
        return None
    return start, comma


def _according_last(state: _State, s0: int, cs: int, ce: int, s1: int) -> _Cue | None:
    """'CONTENT, according to X.': an "according to" at ``cs:ce`` after a comma with its speaker
    running to the end of the sentence (``s0:s1``), a name and its title in at most
    :data:`_TRAILING_NAME_WORDS` words, as a trailing "said X" is (t13k F18: no statement); the
    content is the clause before the comma. None when no speaker opens the words after it, or
    they name a document (:func:`cues.document_source`: "a report seen by Alpha News")."""
    text = state.article.text
    comma = text.rfind(",", s0, cs)
    if comma <= s0 or text[comma + 1 : cs].strip():
        return None
    end = ce + len(text[ce:s1].rstrip(_END_TRIM + '!?"”’'))
    if len(_WORDS.findall(text[ce:end])) > _TRAILING_NAME_WORDS:
        return None
    if document_source(text, ce, end):
        return None  # "…, according to a report seen by Alpha News.": no speaker (s37-rv 7)
    start = _past_dateline(text, s0, comma)
    speaker = state.speakers.leading(ce, end)
    if speaker is None and not _speech_verb_in(text, start, comma):
        # a body as a subject is read ("the Kerrow Coastguard", "the coastguard" named before as
        # "Kerrow Coastguard": s36-x3, the statement was lost); not after a clause with a speech
        # verb of its own ('"…," said Elizabeth, according to a Fox source.'), whose speaker it names
        speaker = state.speakers.resolve(ce, end, first=True)
    if speaker is None:
        return None
    cue = _Cue(cs, ce, text[cs:ce], False, start, speaker, content_end=comma)
    cue.region_start = ce
    cue.speaker_at = ce
    return cue


def _speech_verb_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a speech verb in its sense of speech: a cue, save a verb
    in another sense by the words after it (:data:`cues.OTHER_SENSE`: "declared an emergency at
    08:14 local time" is an act, so "…, according to the Civil Aviation Authority." closing its
    sentence is the authority's report; t13ad N8)."""
    for c in CUE.finditer(text, start, end):
        word = (c.group(2) or c.group(3) or "").lower()
        other = OTHER_SENSE.get(word)
        if other is not None and other.match(text, c.end(2) if c.group(2) else c.end(3), end):
            continue
        return True
    return False


def _past_dateline(text: str, s0: int, stop: int) -> int:
    """Where the sentence starting at ``s0`` really starts: after the wire dateline opening it
    ("VELDHAVEN, Oct 3, 2025 (Reuters) - A dam …", "PORTMERE (AP) — …") or a live blog's entry
    time ("**12:45** The brigade …", "12:45 - The brigade …"), else ``s0``. The dateline is
    :func:`dateline.match`'s, taken as the entities take it (a dash spaced from its place, prose
    after it; a place in capitals or an agency) or with a calendar date, or a town and its
    province as names opening a line (:attr:`dateline.Dateline.regional`); one ending at or past
    ``stop`` (the end of the quoted clause) is none."""
    stamp = ENTRY_STAMP.match(text, s0, stop)
    if stamp is not None:
        return stamp.end()
    label = _SPEAKER_LABEL.match(text, s0, stop)
    if label is not None and (s0 == 0 or text[s0 - 1] == "\n"):
        # "REPORTER: X said …": a transcript's label for who speaks on air, then the sentence
        # (t13l F7: the label hid the subject and opened the unattributed statement)
        return label.end()
    wire = dateline.match(text, s0, stop)
    if wire is None or wire.separator == ":" or not wire.spaced or not (wire.prose or wire.agency or wire.dated):
        # An agency's or a dated dateline before an all-caps lede is one too ("BODØ, March 12
        # (Nordpress) - THE OPERATOR SAID …": the lede is no agency's report, t13j F5).
        return s0
    # A town and its province as names opening a line ("Boac, Marinduque — Rescuers said …") is
    # a regional paper's dateline (round s48-q: the town was read as the subject who spoke)
    regional = wire.regional and (s0 == 0 or text[s0 - 1] == "\n")
    if not (wire.caps or wire.agency or wire.dated or regional) or wire.end >= stop:
        return s0
    return wire.end


__all__ = ["Marks", "find_quotes", "pair_marks"]
