"""Given names that are also ordinary words ("Will", "May", "Hunter", "June", "Even"): when
such a word before a surname is a person's given name (a speaker named later in the article, inside
a run of names, after a title) and when it is the word (a modal opening a question, a month).

Separate from ``persons`` because these rules turn on the word's other sense, not on the name.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, GIVEN_COMMON, LOWER_TITLES, SAY, WEEKDAYS_MONTHS
from waic_reader.index.analysis.entities.shouted import shouted_surname
from waic_reader.index.analysis.entities.words import (
    CAP_AFTER,
    NAME_SHAPED,
    PREV_CAP,
    SPEECH_AFTER,
    TOWN_BEFORE,
    Unit,
    cue_label,
    given_word,
    is_title,
    word_given,
)
from waic_reader.index.analysis.lexicon import NUMBER_WORDS


def word_given_speaker(
    text: str, toks: list[tuple[int, int, str]], run: list[Unit], doc_lower: set[str] | frozenset[str]
) -> bool:
    """Whether a run of two words at a sentence's start is a given name that is an English word
    (:func:`word_given`: "Even", "May", "Per") and a surname that speaks: "Even Husby said the
    brakes held", "May Torp told the court", "Even Husby, the driver, said". The second word is
    unknown to the gazetteer, has a name's shape, is no common word, kind word nor a word the
    article writes in lower case, and a speech verb follows it (or a job in commas and one):
    evidence of a person the word alone ("Even", an adverb; "May", a month) does not give ("Even
    Norway said": a known place; "Even Husby residents said": no speaker)."""
    if len(run) != 2 or run[0].eid >= 0 or run[1].eid >= 0 or not word_given(run[0].text):
        return False
    if run[0].text.lower() in NO_GIVEN:
        return False  # "But Williams said": a conjunction opening the sentence, no given name (t13l F5)
    given, surname = run
    return (
        text[given.e : surname.s] == " "
        and (NAME_SHAPED.fullmatch(surname.text) is not None or shouted_surname(surname.text))
        and surname.text.lower() not in COMMON_WORDS
        and surname.text.lower() not in doc_lower
        and cue_label(surname.text) is None
        and not is_title(surname.text)[0]
        and (
            SPEECH_AFTER.match(text, surname.e) is not None
            or apposed_person(toks, surname.j)
            # weaker evidence for a given name people bear ("Even", "Per", "May", "Will", "Hope";
            # not "If Avonvale appeals"):
            or (
                given.text in _WORD_GIVEN_NAMES
                # "Will Lyng resign?": a modal opening a question (:func:`modal_question`)
                and not (given.text in _MODAL_GIVEN and _QUESTION_END.match(text, surname.e) is not None)
                and (
                    # "Even Kertész later said", "Will Okafor, who runs the mine, told …": a
                    # speech verb after an adverb or a relative clause in commas
                    _SPEECH_LATER.match(text, surname.e) is not None
                    # "Even Kertész thinks …" where the article writes "Kertész said" or "Mr
                    # Kertész": the surname alone is a person's elsewhere (no group after the
                    # pair: "Even Husby residents")
                    or (not _group_after(text, surname.e) and _surname_alone(text, surname.text, surname.s))
                )
            )
        )
    )


# Given names that are English words, which people bear (the name lists leave them out): the
# evidence of a person after them may be weaker than a speech verb right after the surname.
_WORD_GIVEN_NAMES = GIVEN_COMMON | frozenset("Even Per May Will Else June April Don Bo".split())


# A speech verb after an adverb ("Even Kertész later said") or a relative clause in commas ("May
# Osen, who chairs the board, said") after a name.
_SPEECH_LATER = re.compile(
    r"(?:\s+(?:also|later|then|again|once|previously|earlier|first|[a-z]+ly)"
    r"|,\s+(?:who|whose)\b[^.!?\n,]{1,80},)"
    r"\s+(?:said|says|told|added|explained|recalled|replied|asked|wrote)\b"
)
# After a surname alone, what a person does ("Kertész said", "Kertész has run it", "Kertész, 54,")
# or, before it, what names a person ("Mr Kertész", "said Kertész", "according to Kertész").
_PERSON_AFTER = re.compile(
    r",?\s+(?:said|says|told|added|explained|recalled|replied|asked|wrote|has|had|was|is|will|would|did|"
    r"herself|himself)\b|,\s+\d{1,3},"
)
_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?|\b(?:said|says|told|asked|thanked|according to))\s+$"
)
# Lower-case words after two capitals that make them a place's or a body's, no person's ("Even
# Husby residents said").
_GROUP_AFTER = re.compile(
    r"\s+(?:residents|inhabitants|locals|people|officials|authorities|council|police|voters|families|"
    r"workers|fans|supporters|area|town|village|region|plant|site|mine|port)\b"
)


def _group_after(text: str, at: int) -> bool:
    """Whether a word of a group or a place follows ``at`` (:data:`_GROUP_AFTER`)."""
    return _GROUP_AFTER.match(text, at) is not None


def _surname_alone(text: str, surname: str, own: int) -> bool:
    """Whether ``text`` writes ``surname`` alone elsewhere than at ``own`` (after the given
    name), as a person's (:data:`_PERSON_AFTER`, :data:`_PERSON_BEFORE`): "Kertész said",
    "Mr Kertész"; not inside a longer name ("Kertész Energia") nor after a place's word ("in
    Kertész")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
        if m.start() == own or CAP_AFTER.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 16) : m.start()]
        if TOWN_BEFORE.search(before) or (PREV_CAP.search(before) and not _PERSON_BEFORE.search(before)):
            continue  # "in Kertész"; "Gunnar Lyng was": another person's surname
        if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(text, m.end()):
            return True
    return False


# Words a month's name follows as a date ("in May", "since May"), not a person's given name
_MONTH_BEFORE = frozenset(
    "in since by until till from during of last next early late mid on through before after".split()
)
# Function words that are no one's given name though capitalised inside a sentence, where they
# open a title of a work or a body's name ("read The Husby Post", "for Most Wanted", "Every Breath")
NO_GIVEN = frozenset(
    """the a an of in on at to for and or but nor so yet by with from most every each some many more all any no
    such only other another both few much very this that these those what which our your their his
    her its my""".split()
    # adverbs of time opening a sentence before a surname ("Later Moreau said", "Earlier Lind told
    # reporters"; round s33-d: a PERSON "Later Moreau")
    + "later earlier then now today yesterday tonight meanwhile afterwards afterward soon again also still".split()
)


def word_given_inside(
    text: str,
    toks: list[tuple[int, int, str]],
    stretch: list[Unit],
    initial: list[bool],
    doc_lower: set[str] | frozenset[str],
) -> bool:
    """Whether two unknown words, one space apart, are a given name that is an English word
    (:func:`word_given`: "Even", "Per", "May") and a surname, inside a sentence: "thanked Even
    Husby on Sunday", "met May Strand". The capital inside prose is the evidence: the word before
    is in lower case or a comma (no headline's capitals), the first no article nor preposition
    ("read The Husby") nor a month after a date's word ("in May Lunde": "in May"), the second a
    name's shape (or a surname in capitals, "Even HUSBY") and no given name, common, kind or
    title word nor a word the article writes in lower case."""
    given, surname = stretch
    i = given.i
    prev = toks[i - 1][2] if i else ""
    return (
        given.eid < 0
        and surname.eid < 0
        and not initial[i]
        and (
            prev.islower()
            or prev == ","
            # '"It is safe," Even Kertész said': after a quote closed by its comma, a speech verb
            or (
                prev in '"”’'
                and i >= 2
                and toks[i - 2][2] in (",", "!", "?")
                and SPEECH_AFTER.match(text, surname.e) is not None
            )
        )
        and word_given(given.text)
        and not given_word(given.text)
        and given.text[1:].islower()
        and given.text.lower() not in NO_GIVEN
        and given.text.lower() not in NUMBER_WORDS  # "the Six Nations", "Nine Winters": a count
        and not (given.text in WEEKDAYS_MONTHS and prev in _MONTH_BEFORE)
        and (NAME_SHAPED.fullmatch(surname.text) is not None or shouted_surname(surname.text))
        and surname.text.lower() not in COMMON_WORDS
        and surname.text.lower() not in doc_lower
        and cue_label(surname.text) is None
        and not is_title(surname.text)[0]
        and surname.text not in WEEKDAYS_MONTHS
        and not given_word(surname.text)  # "Even Steven": a saying; a given name's pair is no surname
    )


# Modal verbs that are given names too, opening a question ("Will Lyng resign?", "May Osen stay?")
_MODAL_GIVEN = frozenset({"Will", "May"})
_QUESTION_END = re.compile(r"[^.!?\n]*\?")


def titled_person(run: list[Unit]) -> bool:
    """Whether ``run`` is a title joined by "of"/"for" and a person's given name and surname last:
    "Chief of Staff Will Brekk", "Director of Finance Per Moen" (a core title first, a given name,
    or one that is a word, before a surname's shape last)."""
    return (
        len(run) >= 4
        and is_title(run[0].text)[0]
        and (given_word(run[-2].text) or word_given(run[-2].text))
        and NAME_SHAPED.fullmatch(run[-1].text) is not None
        and run[-1].text.lower() not in COMMON_WORDS
    )


def modal_question(text: str, toks: list[tuple[int, int, str]], stretch: list[Unit], initial: list[bool]) -> bool:
    """Whether ``stretch`` opens a question with a modal verb that is a given name too ("Will
    Lyng resign?", "Will Nordby survive the vote?"): its first word is "Will" or "May" at a
    sentence's start, a word in lower case (the bare verb) follows the stretch, the sentence ends
    in "?", and the article never writes the words as a name elsewhere ("Will Sletten spoke
    first. Will Sletten resign?" is the person)."""
    first, last = stretch[0], stretch[-1]
    if first.text not in _MODAL_GIVEN or first.eid >= 0 or not initial[first.i] or last.j >= len(toks):
        return False
    if not toks[last.j][2].isalpha() or not toks[last.j][2].islower():
        return False
    if _QUESTION_END.match(text, last.e) is None:
        return False
    written = text[first.s : last.e]
    return text.count(written) == 1


def apposed_person(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the tokens from ``j`` are a person's job in commas and a speech verb: ", the harbour
    master, said", ", a volunteer adviser, told" (at most two words before the job word)."""
    if j + 3 >= len(toks) or toks[j][2] != "," or toks[j + 1][2].lower() not in ("the", "a", "an"):
        return False
    k = j + 2
    while k < len(toks) and k <= j + 4 and toks[k][2].islower() and toks[k][2] != ",":
        k += 1
    return (
        k > j + 2
        and k + 1 < len(toks)
        and toks[k - 1][2] in LOWER_TITLES
        and toks[k][2] == ","
        and toks[k + 1][2] in SAY
    )
