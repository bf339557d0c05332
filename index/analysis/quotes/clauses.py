"""Clause shapes around a speech verb that more than one pass asks about: a fronted phrase
or clause, a dateline before the subject, a speech verb in a span, an attributive verb.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.languages import ly_adverb
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
    CUE,
    NEEDS_QUOTE,
    OTHER_SENSE,
    SUBJECT_PRONOUNS,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import Speaker
from waic_reader.index.analysis.quotes.state import _Cue, _State
from waic_reader.index.corpus import dateline

_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A naming verb's quotation straight after it, its object a pronoun at most ('called "an insult"',
# 'described it as "reckless"'): the quotation is the verb's words (:data:`cues.NEEDS_QUOTE`).
_QUOTE_NEXT = re.compile(r"(?:\s+(?:it|them|this|that|him|her|the move|the offer|the plan))?(?:\s+as)?\s*[\"“]")
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
_THAT_BEFORE = re.compile(r"[^\W\d_]+\s+(?:that|which|who)\s+$")
# A transcript's speaker label opening a line ("REPORTER: ", "ANCHOR: "): no part of the sentence.
_SPEAKER_LABEL = re.compile(r"[ \t]*[A-Z][A-Z'’. -]{1,30}:[ \t]+")
# Words of a speaker after its cue, up to a comma: a title and a name and the verb's time ("…,
# said Deputy Chief Fire Officer Arne Rise on Tuesday": nine; t13k F18, the limit was six).
_TRAILING_NAME_WORDS = 9
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
# The words whose "'s" is "has" or "is", never an owner's ("she's", "it's", "who's", "there's").
PRONOUN_HAS = SUBJECT_PRONOUNS | frozenset("who that there what here".split())
MAX_SUBJECT_WORDS = 14  # a subject longer than this is a clause of its own, not a speaker


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


def _words_at_most(text: str, start: int, end: int, n: int) -> bool:
    """``len(_WORDS.findall(text[start:end])) <= n``, counting no further than ``n + 1``."""
    if start >= end:
        return True
    for k, _ in enumerate(_WORDS.finditer(text, start, end)):
        if k >= n:
            return False
    return True


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


# A conjunction after a comma that opens a clause of its own, its subject and speech verb next
_CLAUSE_JOINER = re.compile(r"\s*(?:while|whereas|but|whilst|although|though)\b", re.I)


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


def _naming_quote(state: _State, cue: _Cue, s1: int) -> bool:
    """Whether ``cue`` is a naming verb (:data:`cues.NEEDS_QUOTE`: "called", "described") with
    its quotation straight after it (:data:`_QUOTE_NEXT`): the quoted words are what was said."""
    return cue.word.lower() in NEEDS_QUOTE and _QUOTE_NEXT.match(state.article.text, cue.end, s1) is not None


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
