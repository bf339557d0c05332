"""Broadcasters named by a channel's or a station's number (issue #16, round s47-e).

A television channel or radio station is often named by its kind, its number and the place or
programme after it: "Channel 5 Luzon News", "Radio 7 Mindanao Today", "TV 2 Bergen Nyheter",
"Canal 13 Noticias". The whole phrase is the outlet, an ORG; without this rule the number split it
and the words after it were read alone ("Luzon News" an ORG, "Bergen Nyheter" a PERSON: t13an N11,
t13anr). The kind words are the broadcasters' own (English, Nordic/German "Kanal", Romance
"Canal"/"Rete", Filipino "Radyo"); the number has one to three digits, as channel numbers do.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import (
    LOWER_TITLES,
    TITLE_MOD,
    TITLE_VERBS,
    WEEKDAYS_MONTHS,
    title_kind,
)
from waic_reader.index.corpus.letters import CAP

# The kind, the number, then up to three capitalised words of the name ("Luzon News"); not after
# a capitalised word, which makes the phrase part of a longer name another rule reads ("BBC Radio 4").
_NUMBERED = re.compile(
    r"(?<![\w'’.&-])(?P<kind>Channel|Radio|Radyo|TV|Kanal|Canal|Rete) (?P<number>\d{1,3})(?![\w.,:/-]\d|\w)"
    rf"(?P<words>(?: {CAP}[\w'’-]*){{0,3}})"
)
_WORD_BEFORE = re.compile(r"([\w'’.&-]+) $")
_NEXT_CAP = re.compile(rf" ({CAP}[\w'’-]*)")


def _cap_after(text: str, at: int) -> str | None:
    """The capitalised word right after ``text[:at]``, if one follows (beyond the pattern's three)."""
    m = _NEXT_CAP.match(text, at)
    return m.group(1) if m else None


# Where a sentence or a line opens: its first word's capital is the sentence's, not a name's.
_OPENS = re.compile(r"(?:^|[.!?:;\"“(—–] ?|\n)$")
# Capitalised words that are no word of an outlet's name: the closed classes (articles,
# prepositions, conjunctions, pronouns) that open a sentence's next words or a title's.
_NOT_NAME_WORDS = frozenset(
    "The A An In On At And But Or Of For To From By With As It Its He She They We I You This That "
    "These Those His Her Their Our If When While After Before".split()
)


def _no_outlet_word(word: str, following: str | None) -> bool:
    """Whether ``word`` after a channel's number starts no word of the outlet's name but what
    follows the outlet: a weekday, a month or a closed-class word ("TV 2 on Monday"), a title or
    job word of the project's lexicons (``lexicons.title_kind``, ``TITLE_MOD``, the job words of
    ``LOWER_TITLES``/``TITLE_VERBS``: "Radio 1 DJ Greg James", "Channel 4 Chief Executive Alex
    Mahon"), or a given name the lists know before another capitalised word, a person's name
    ("Channel 5 Mark Austin"; review s47-rv finding 2: the person was read into the ORG)."""
    if word in WEEKDAYS_MONTHS or word in _NOT_NAME_WORDS:
        return True
    low = word.lower()
    if title_kind(word) is not None or word in TITLE_MOD or low in LOWER_TITLES or low in TITLE_VERBS:
        return True
    return following is not None and word in given_names()


def numbered_outlets(text: str) -> list[tuple[int, int, str]]:
    """The spans of broadcasters named by number in ``text`` as (start, end, "ORG"): the kind,
    the number and the capitalised words after them up to a weekday, a month, a closed-class word,
    a title or job word or a person's given name (:func:`_no_outlet_word`): "Channel 5 Luzon News
    live desk": "Channel 5 Luzon News"; "TV 2 on Monday", "Radio 1 DJ Greg James": "TV 2", "Radio 1")."""
    if not any(k in text for k in ("Channel ", "Radio ", "Radyo ", "TV ", "Kanal ", "Canal ", "Rete ")):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _NUMBERED.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (
            before
            and before.group(1)[0].isupper()
            and before.group(1) not in _NOT_NAME_WORDS
            and not _OPENS.search(text, max(0, before.start() - 3), before.start())
        ):
            continue  # "BBC Radio 4", "Kompas TV 2": a longer name's words ("Follow Channel 5 ..." opens a sentence)
        end = m.end("number")
        at = end
        words = m.group("words").split(" ")[1:]
        for k, word in enumerate(words):
            following = words[k + 1] if k + 1 < len(words) else _cap_after(text, m.end())
            if _no_outlet_word(word, following):
                break
            at = text.index(word, at) + len(word)
            end = at
        out.append((m.start(), end, "ORG"))
    return out
