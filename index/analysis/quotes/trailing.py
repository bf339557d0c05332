"""The speaker after the speech verb or before the subject's comma: "…, the minister said",
"said Marta Eklund, the mayor", lists, relative clauses, apposition and titles after a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from waic_reader.index.analysis.entities.lexicons import NAME_LINK_WORDS
from waic_reader.index.analysis.quotes.clauses import (
    _CLAUSE_JOINER,
    _TRAILING_NAME_WORDS,
    _WORDS,
    _fronted,
    _naming_quote,
    _past_dateline,
    _source_comma,
)
from waic_reader.index.analysis.quotes.cues import (
    FINITE_VERB,
    ROLES,
)
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.analysis.quotes.model import PAIR, Speaker
from waic_reader.index.analysis.quotes.speaker_words import CLOSING_APPOSITION, LIST_CLOSED, SETTING_WORDS, role_words
from waic_reader.index.analysis.quotes.state import _END_TRIM, _Cue, _State
from waic_reader.index.corpus.letters import CAP_WORD

# Where a trailing speaker's setting or time may start after the name ("… in a statement on
# Tuesday", "… on Tuesday evening", "… late on Tuesday"), checked as an aside by the speakers.
_SETTING_AFTER = re.compile(rf"\s(?={SETTING_WORDS})")
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


# The lower-case words a list of names as a trailing subject may hold: its determiners and
# joining words, the "of" of a body's name ("the Department of Health and Social Care").
_LIST_GLUE = frozenset("the and of for".split())


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
        apposed = (
            _titled_subject(state, s0, comma, cue, s1)
            or _subject_apposition(state, s0, comma, cue, s1)
            or _unnamed_then_named(state, s0, comma, cue, s1)
        )
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


# An unnamed person's noun phrase opening the sentence before a name in commas: a determiner or a
# counting word ("One speaker", "Another resident", "A second witness", "The third caller"), at
# most two lower-case words after it (the same openers :data:`speaker_words._UNNAMED_OPEN` reads).
_UNNAMED_LEAD = re.compile(
    r"(?:one|another|a|an|the)(?:\s+(?:second|third|fourth|fifth|other|last|first|next))?(?:\s+[a-z][a-z'’-]*){1,2}\s*",
    re.I,
)
# What may stand between the apposition's comma and the name: spaces and format characters
# (Unicode category Cf: a zero-width space or joiner, a bidi mark) an article may carry unseen.
_BLANK_OR_FORMAT = re.compile(r"[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]*")


def _unnamed_then_named(state: _State, s0: int, comma: int, cue: _Cue, s1: int) -> Speaker | None:
    """'ONE SPEAKER, NAME, said CLAUSE.': an unnamed person's noun phrase opening the sentence
    (:data:`_UNNAMED_LEAD`), then a person's name alone in commas up to the ``comma`` right before
    the verb, then words after it: the named person speaks the words after the verb, never the
    inverted "CONTENT, said X" with the opening for the words (t13ax N10: "One speaker, José
    Ñúñez-Ó Briain, said the city owed families €2.5bn" was the phrase, unattributed, "the city"
    read as the teller). A zero-width or other format character before the name is passed over.
    None when the sentence is not of that shape."""
    text = state.article.text
    first = text.find(",", s0, comma)
    if first <= s0 or text.find(",", first + 1, comma) >= 0 or not _UNNAMED_LEAD.fullmatch(text, s0, first):
        return None
    tail_end = cue.end + len(text[cue.end : s1].rstrip(_END_TRIM + '!?"”’'))
    if not _WORDS.search(text, cue.end, tail_end) or state.speakers.is_aside(cue.end, tail_end):
        return None
    blank = _BLANK_OR_FORMAT.match(text, first + 1, comma)
    name_at = blank.end() if blank is not None else first + 1
    hit = state.speakers.named_in(name_at, comma)
    if hit is None or hit.speaker.type != "PERSON" or hit.start != name_at or hit.end != len(text[:comma].rstrip()):
        return None
    return state.speakers.resolve(name_at, comma)


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
