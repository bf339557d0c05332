"""Reported speech: a speech verb's sentence outside quotation marks ("The mayor said the
bridge would reopen"), partial quotes inside it, and its speaker.
"""

from __future__ import annotations

import dataclasses
import re

from waic_reader.index.analysis.lexicon import (
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    WEEKDAYS,
)
from waic_reader.index.analysis.quotes.clauses import (
    _QUOTE_NEXT,
    _RELATIVE_RUNS_ON,
    _THAT_BEFORE,
    _TIME_NOUNS,
    _WORDS,
    MAX_SUBJECT_WORDS,
    _attributive,
    _clause_comma,
    _fronted_subject,
    _naming_quote,
    _past_dateline,
    _words_at_most,
)
from waic_reader.index.analysis.quotes.cues import (
    ADDRESSEE_VERBS,
    BASE_FORMS,
    DEMAND_PARTICLES,
    DENIALS,
    DESCRIBED_AS,
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
    SAID_NOTHING,
    SECOND_CUE,
    SOURCE_VERBS,
    SUBJECT_PRONOUNS,
    SUM_OBJECT_VERBS,
    THAT_CLAUSE,
    THING_OBJECT_ALONE,
    document_source,
)
from waic_reader.index.analysis.quotes.marks import only_a_value
from waic_reader.index.analysis.quotes.merge import person_not_capital
from waic_reader.index.analysis.quotes.model import Quote, Speaker
from waic_reader.index.analysis.quotes.speaker_words import _POST_MODIFIER_PREPOSITIONS, GROUP, described_only
from waic_reader.index.analysis.quotes.speech_clauses import (
    _according_last,
    _clause_before,
    _clause_before_source,
    _comment_header,
    _coordinated_subject,
    _cues,
    _joined_clause,
    _main_verb_after,
    _named_quotation,
    _passive,
    _passive_agent,
    _past_source_apposition,
    _people_audience,
    _relative_apposition,
    _relative_before_main,
    _setting_only,
    _trailing_shape,
)
from waic_reader.index.analysis.quotes.state import _add, _Cue, _inside_marks, _inside_quote, _State
from waic_reader.index.analysis.quotes.trailing import _trailing
from waic_reader.index.corpus.letters import CAP_WORD
from waic_reader.index.corpus.quote_marks import (
    ALL_MARKS,
)

# The verbs that report words whatever their subject ("The county said", "The report states"), as
# against verbs that also take a plain object ("The plan added $300 million", "A check revealed …").
_SAYING = frozenset("said says told tells stated states".split())
# The "and" after a naming verb's quotation that joins the subject's next verb ('"…" and said').
_AND_AFTER_QUOTATION = re.compile(r"(?<=[\"”])\s*,?\s+and\s+(?:then\s+|also\s+)?")
# What follows a preposition left without its object ("complained about for years.", "spoke of.").
_STRANDED = re.compile(r"\s*(?:[,;.!?]|$|(?:for|since|in|at|on|by|with|to|from|over|during|again|ever|too)\b)")
# The subject of a reported clause right after its speech verb: "said he", "said that they".
_PRONOUN_SUBJECT = r"\s*(?:that\s+)?(?:he|she|it|they|we|i)\s*"
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


# "by" after a speech verb's past participle, its agent after it: a passive ("the ransom demanded
# by the hackers", "a report announced by the ministry", "was told by police"), unless "by" gives
# the means or the time ("said by phone", "demanded by Friday", "by the end of the week").
_PASSIVE_BY = re.compile(
    r"\s+by\s+(?!(?:phone|telephone|letter|e-?mail|text|video|videolink|post|radio|fax|mail|messenger|courier|"
    r"hand|law|satellite|cable|wire|tomorrow|tonight|today|next|noon|midnight|then|now|\d)\b|"
    r"(?:the\s+)?(?:end|start|middle|close|beginning)\s+of\b|" + r"(?:" + "|".join((*WEEKDAYS, *MONTHS)) + r")\b)",
    re.I,
)
# Phrases of where, how and when something was said, up to three, then "that": "said in a
# statement on Monday that …", "said in a statement released late on Friday that …" (round s53-q:
# more than four words before "that" made the phrase the statement's opening words).
_SETTING_THEN_THAT = re.compile(
    r"(?:\s+(?:in|on|at|by|via|during|through|late|early|last|earlier|later|yesterday|today|tonight|overnight)\b"
    r"(?:\s+(?!that\b)[\w'’-]+){0,3}){1,3}?\s+that\b",
    re.I,
)
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
# A fronted adverbial may come between "and" and that subject (", and for once the pessimist
# was …", ", and in the end the sceptics …", ", and, predictably, the minister …": a preposition
# and up to two words, or an "-ly" adverb; round s53-q2, t13ay N5: the span ran on into the
# opinion writer's comment). Only a preposition or "-ly" word: ", and added the …" is no
# adverbial, the speaker's next words.
_FRONTED_ADVERBIAL = (
    rf"(?:,\s*)?(?:(?:{'|'.join(sorted(_POST_MODIFIER_PREPOSITIONS | {'as', 'after', 'by', 'once'}))})"
    r"(?:\s+[a-z][\w’'-]*){0,2}?|[a-z]+ly)\s*,?\s+"
)
_WRITERS_CLAUSE = re.compile(
    r"\s*(?:;|,\s*(?:but|yet|although|though|whereas|whilst)\b"
    rf"|,\s*and\b\s*(?:{_FRONTED_ADVERBIAL})?"
    rf"(?:(?:{'|'.join(sorted(DETERMINERS - {'that'}))})\s+[\w’'-]+|nobody|no\s+one|none|nothing)\b"
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


# What may follow a trailing cue that closes its sentence: the sentence's end, or a phrase of when,
# where or how it was said ("said on Friday", "said in a statement", "said by email", "said late
# on Tuesday"); never a clause of its own ("…, and she said she ran": that cue reports "she ran").
_TRAILER_TAIL = re.compile(
    r"\s*(?:$|[.!?\"”’)]|(?:on|in|at|by|via|late|early|last|earlier|later|yesterday|today|tonight|overnight)\b)",
    re.I,
)
# The most words after a trailing cue's verb: its time or channel ("said in a statement on Friday").
_TRAILER_WORDS = 6


# The rest of an "according to X," aside between a subject and the subject's own speech verb
# ("The report, according to Reuters, says …"): X, its comma, an adverb or auxiliary, the verb.
_ASIDE_BEFORE_VERB = re.compile(
    r"[^,;.!?\"“”]{1,80},\s*(?:(?:also|further|now|still|reportedly|previously|has|have|had)\s+)?"
    r"(?:says|said|states|stated|claims|claimed|shows|showed|reads|read|adds|added|notes|noted|warns|warned)\b"
)
# How far after a verb its object's end is looked for at a second speech verb (characters).
_OBJECT_REACH = 200


# A speech verb's object before a colon that opens the words ("confirmed the figures: …", "announced
# the news: …"): up to four words, no quotation mark, comma or clause break among them.
_OBJECT_COLON = re.compile(r"(?:\s+[\w'’-]+){1,4}?\s*:\s+(?=[^\W_])")
# A lead-in ending at a colon that gives a clause after it: the subject's verb (a past participle
# or past tense, after "has"/"had" and an adverb or not), a determiner and its object noun ("has
# just updated the toll:", "revised its count:"); the clause after the colon is what it gives.
_COLON_LEAD_IN = re.compile(
    r"\s+(?:(?:has|have|had|just|now|also|since)\s+)*[a-z]+ed\s+(?:the|its|their|his|her|our)"
    r"(?:\s+[a-z-]+){1,3}\s*:"
)


def _colon_lead_in(state: _State, s0: int, cs: int) -> tuple[int, Speaker] | None:
    """Where the words start and who gives them when a cue at ``cs`` sits in the clause after a
    lead-in's colon in the sentence opening at ``s0`` (:data:`_COLON_LEAD_IN`) whose subject is a
    speaker; None otherwise (a cue before any colon, a lead-in of another shape, no speaker)."""
    text = state.article.text
    colon = text.rfind(":", s0, cs)
    if colon < 0 or '"' in text[s0:cs] or "“" in text[s0:cs]:
        return None
    lead = None
    for m in _COLON_LEAD_IN.finditer(text, s0, colon + 1):
        if text.find(":", m.start(), m.end()) == colon:
            lead = m
            break
    if lead is None:
        return None
    gap = text[lead.end() : cs]
    words_at = lead.end() + len(gap) - len(gap.lstrip())  # the clause's first word
    speaker = state.speakers.resolve(s0, lead.start(), first=True)
    return (words_at, speaker) if speaker is not None else None


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
            that = re.match(r"(?:\s+[\w'’-]+){0,4}?\s+that\b", text[ce:s1]) or _SETTING_THEN_THAT.match(text[ce:s1])
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
        if content == ce and (colon := _OBJECT_COLON.match(text, ce, s1)) is not None:
            # "has confirmed the figures: two bridges are closed …": the verb's object introduces
            # the words, the whole clause after the colon (t13aw N11)
            content = colon.end()
        if (lead := _colon_lead_in(state, s0, cs)) is not None:
            # "Sheriff X has just updated the toll: four people are now confirmed dead and 11 are
            # missing.": a cue inside the clause a lead-in's colon opens is part of the words the
            # lead-in's subject gives, the clause whole (t13aw N11: "dead and 11 are missing")
            colon_end, speaker = lead
            if not any(k.content_start == colon_end for k in cues):
                cue = _Cue(cs, ce, cue_text, False, colon_end, speaker=speaker, content_end=s1)
                cue.region_start = s0
                cue.speaker_at = s0
                cues.append(cue)
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


# An object opened by a determiner, with a figure among its words ("a £1.2bn budget", "a 4.99%
# rise"), then "that": the relative pronoun on the object (the words before it read as
# :data:`cues.OBJECT_BEFORE_THAT` reads them).
_FIGURE_OBJECT_THAT = re.compile(
    OBJECT_BEFORE_THAT.pattern + r"(?=[^,;:!?\"“”]*?\d)(?:\s+(?:[\w'’£$€¥%-]|[.,](?=\d))+){0,4}?\s+that\b", re.I
)
