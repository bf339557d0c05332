"""Tests on a reported-speech sentence's clauses: passive agents, audiences, comment headers,
relative clauses before the main verb, coordinated subjects, settings and the clause before
``according to``; what :func:`reported._reported` asks before attributing.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.lexicon import (
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.clauses import (
    _CLAUSE_JOINER,
    _RELATIVE_RUNS_ON,
    _THAT_BEFORE,
    _TRAILING_NAME_WORDS,
    _WORDS,
    MAX_SUBJECT_WORDS,
    _clause_comma,
    _fronted,
    _past_dateline,
    _source_comma,
    _speech_verb_in,
)
from waic_reader.index.analysis.quotes.cues import (
    BASE_FORMS,
    CUE,
    CUE_WORDS,
    FINITE_VERB,
    NO_CLAUSE,
    NOUN_LIKE,
    TOLD_PASSIVES,
    document_source,
    people_plural,
)
from waic_reader.index.analysis.quotes.model import Speaker
from waic_reader.index.analysis.quotes.speaker_words import SETTING_WORDS
from waic_reader.index.analysis.quotes.state import _END_TRIM, _Cue, _State
from waic_reader.index.corpus.date_patterns import EXPRESSION, NUMERIC, YEAR_WRITTEN
from waic_reader.index.corpus.date_stamps import with_clock

# What a naming verb names before its quotation (:func:`_named_quotation`): an object of at most
# six words with no punctuation, "that" or "how" in it (a clause), then "as" or not.
_NAMED_OBJECT = re.compile(r"\s*(?:(?!(?:that|how|on|for)\b)[^\W\d_][\w'’-]*\s+){0,6}?(?:as\s+)?(?=[\"“'‘])")
_QUOTATIONS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
# A form of "be" right before a passive participle, an adverb or "also"/"not" between ("was told",
# "had been formally informed", "were also warned").
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:(?:[a-z]+ly|also|not|never)\s+)?$", re.I)
# "to" and an infinitive right after a report verb's participle ("alleged to have taken", "claimed
# to be"): with a form of "be" before it the subject is spoken of ("is alleged to have"), and
# "alleged" takes no infinitive of its subject's words in any form ("two men alleged to have").
_TO_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# A passive's agent (up to eight words, a time among them: "police", "Detective Inspector Jonas
# Pellworth on Friday") and the "that" opening the words it reported; no comma or quotation mark.
_AGENT_THAT = re.compile(r"((?:\s*[\w.'’-]+){1,8}?)\s+that\b")
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


def _joined_clause(text: str, start: int, cs: int) -> int | None:
    """Where the subject of the verb at ``cs`` begins when a conjunction after the last comma
    before it opens its clause (:data:`_CLAUSE_JOINER`: "…, while the NNU says"): the offset
    after the conjunction; None when no comma after ``start`` is followed by one."""
    comma = text.rfind(",", start, cs)
    if comma < start:
        return None
    joiner = _CLAUSE_JOINER.match(text, comma + 1, cs)
    return joiner.end() if joiner is not None else None


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
