"""Direct quotes: the speaker of words in quotation marks, from the cue before the opening
mark (head, colon lead, capitals lead) or after the closing one (tail, ``according to``,
signature line).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from waic_reader.index.analysis.lexicon import (
    FUNCTION_WORDS,
)
from waic_reader.index.analysis.quotes.clauses import (
    _SPEAKER_LABEL,
    _TRAILING_NAME_WORDS,
    _WORDS,
    MAX_SUBJECT_WORDS,
    _attributive,
    _fronted_subject,
    _past_dateline,
    _words_at_most,
)
from waic_reader.index.analysis.quotes.cues import (
    BASE_FORMS,
    CUE,
    CUE_WORDS,
    HABITUAL_TO,
    PHRASAL,
    PRESENT_PLURAL,
    SPEECH_NOUNS,
    STANCE_VERBS,
    TAIL_CUE,
    document_source,
)
from waic_reader.index.analysis.quotes.marks import Marks
from waic_reader.index.analysis.quotes.model import Speaker
from waic_reader.index.analysis.quotes.speaker_words import role_words
from waic_reader.index.analysis.quotes.state import _SENT_END, _abbreviated, _add, _Cue, _extend, _State
from waic_reader.index.corpus.quote_marks import (
    CLOSING_MARKS,
    signature,
)

_CLAUSE_CLOSERS = " \t\n" + CLOSING_MARKS + ")]"
# Verbs that introduce a quotation with no comma ('Ueda said "the sea was calm"'); not "called
# for", "described as" (a partial quote inside a report).
_SAYS = frozenset("said says added adds told tells wrote writes stated states declared insisted".split())
# A relative clause with a subject of its own, still open before a speech verb: ", whose boss
# Graham Pell said:", ", which the mayor said": the verb is that subject's, never the antecedent's.
_OWN_SUBJECT_RELATIVE = re.compile(r",\s*(?:whose|which|whom)\b(?=[^,;:]*$)")
MIN_UNATTRIBUTED_WORDS = 4  # a shorter quotation with no cue is a title or a scare quote
MAX_TAIL_WORDS = 16  # words of a '"…," X said on Monday in Geneva' attribution


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


# The sentence right after a quotation standing alone that names who said it: a determiner, up to
# two modifiers, an utterance's noun (:data:`cues.SPEECH_NOUNS`), then "came from", "were
# those of", "belonged to" …; the speaker's words run from the end of the match to the first
# comma, stop or semicolon.
_TAKEN_UP_FROM = re.compile(
    r"[.!?,]?\s*(?:[Tt]he|[Tt]hose|[Tt]hese|[Tt]hat|[Tt]his|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<noun>[a-z]+)\s+(?:came|come|were|was|belonged|belong)\s+"
    r"(?:from|to|those\s+of|that\s+of)\s+"
)


def _taken_up_from(state: _State, m: Marks, block_end: int) -> _Cue | None:
    """The speaker of a quotation standing alone named by the sentence right after it: '"We have
    no choice." The words came from Mayor Ana Reyes, speaking at …', '"…" That warning came from
    the harbour master, Lars Holm.' (:data:`_TAKEN_UP_FROM`); the speaker resolved as a subject
    after its verb is. None when no such sentence follows, or it names no speaker."""
    text = state.article.text
    lead = _TAKEN_UP_FROM.match(text, m.after, block_end)
    if lead is None or lead.group("noun") not in SPEECH_NOUNS:
        return None
    stop = re.compile(r"[,.;:!?](?:\s|$)").search(text, lead.end(), block_end)
    end = stop.start() if stop is not None else block_end
    speaker = state.speakers.resolve(lead.end(), end, first=True)
    if speaker is None:
        return None
    verb = lead.group().split()[-2] if lead.group().split()[-1] in ("of", "from", "to") else lead.group().split()[-1]
    at = text.index(verb, lead.start("noun"))
    return _Cue(at, at + len(verb), verb, False, m.open + 1, speaker)


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
        if cue is None and not text[start : m.open].strip():
            # '"We have no choice." The words came from Mayor Ana Reyes, …': the next sentence
            # names who said the quotation standing alone (round s53-q: unattributed)
            cue = _taken_up_from(state, m, b.end)
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


# What may stand after a quotation closing its block ('"…".'), and between a quotation closing a
# paragraph and the one running on in the next: read in place by :func:`_only`.
_CLOSING_PUNCTUATION = re.compile(r"[ \t\n.,]*")
_RUN_ON_GAP = re.compile(r'[ "”\n]*')


def _only(chars: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only characters of ``chars`` (a ``[…]*`` pattern), or
    empty; it stops at the first other character instead of copying the span."""
    return start >= end or chars.match(text, start, end).end() == end  # type: ignore[union-attr]


# "used to" right before a base form: the habitual past, a tag as "said" is ("used to say").
_USED_TO = re.compile(rf"(?<![\w'’-]){HABITUAL_TO}\s+$", re.I)
