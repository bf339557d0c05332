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

from waic_reader.index.analysis.entities.lexicons import WEEKDAYS_MONTHS
from waic_reader.index.corpus.letters import CAP

# The kind, the number, then up to three capitalised words of the name ("Luzon News"); not after
# a capitalised word, which makes the phrase part of a longer name another rule reads ("BBC Radio 4").
_NUMBERED = re.compile(
    r"(?<![\w'’.&-])(?P<kind>Channel|Radio|Radyo|TV|Kanal|Canal|Rete) (?P<number>\d{1,3})(?![\w.,:/-]\d|\w)"
    rf"(?P<words>(?: {CAP}[\w'’-]*){{0,3}})"
)
_WORD_BEFORE = re.compile(r"([\w'’.&-]+) $")
# Where a sentence or a line opens: its first word's capital is the sentence's, not a name's.
_OPENS = re.compile(r"(?:^|[.!?:;\"“(—–] ?|\n)$")
# Capitalised words that are no word of an outlet's name: the closed classes (articles,
# prepositions, conjunctions, pronouns) that open a sentence's next words or a title's.
_NOT_NAME_WORDS = frozenset(
    "The A An In On At And But Or Of For To From By With As It Its He She They We I You This That "
    "These Those His Her Their Our If When While After Before".split()
)


def numbered_outlets(text: str) -> list[tuple[int, int, str]]:
    """The spans of broadcasters named by number in ``text`` as (start, end, "ORG"): the kind,
    the number and the capitalised words after them up to a weekday, a month or a closed-class
    word ("Channel 5 Luzon News live desk": "Channel 5 Luzon News"; "TV 2 on Monday": "TV 2")."""
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
        for word in m.group("words").split(" ")[1:]:
            if word in WEEKDAYS_MONTHS or word in _NOT_NAME_WORDS:
                break
            at = text.index(word, at) + len(word)
            end = at
        out.append((m.start(), end, "ORG"))
    return out
