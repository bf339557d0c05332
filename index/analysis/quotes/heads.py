"""The name at the head of an attribution's subject, read by its grammar alone.

An attribution may name two people: the speaker and someone the speaker is described by ("Garvey's
deputy, Tomas Reyk, said", "said Garvey deputy Tomas Reyk", "Reyk, deputy to Garvey, said",
"Speaking after Garvey, Reyk said"). Which one speaks is the grammar's: the possessor, the noun
modifier and the object of a preposition describe; the name in head position speaks. The entity
recogniser may miss the speaker's name (an unusual one: "Tommaso d'Reyk", "REYK") while it knows
the other person, and the quote must then never go to the other person (session 46, round q,
fault 1: a deputy's quote was credited to the mayor). :func:`subject_head` gives the head's span;
:meth:`speakers.Speakers.named_in` credits it, the recogniser's mention there or the words as
written.

The shapes read (``NAME``: one to four name-like words, :data:`_NAME`; ``ROLE``: one to three
lower-case words):

* ``NAME's ROLE[,] NAME``: the second name ("Garvey's deputy, d'Reyk"; "Olsen's husband, Peter
  Olsen");
* ``NAME ROLE NAME``: the second ("Garvey deputy Tomas Reyk", a noun modifier, as wire copy writes
  it);
* ``NAME, …``: the first name, when a description follows its comma (an apposition, "d'Reyk,
  Garvey's deputy", "d'Reyk, deputy to Garvey"; a relative clause after an inverted verb, "said
  d'Reyk, who replaced Garvey");
* ``fronted phrase, NAME``: the name after the comma of a phrase opening on a participle or a
  preposition ("Speaking after Garvey, d'Reyk").

A name-like word is capitalised (its capital may follow a lower-case particle and an apostrophe
or hyphen, "d'Reyk", "al-Reyk"; or it is written in capitals, "REYK"), never a sentence opener,
title or common word (:data:`_NOT_NAME`, ``COMMON_WORDS``): "Meanwhile, Garvey said" has no head
but Garvey.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    DOTTED_TITLES,
    NAME_PARTICLES,
    TITLE_CORE,
    person_noun,
)
from waic_reader.index.analysis.lexicon import FUNCTION_WORDS
from waic_reader.index.analysis.quotes.merge import TITLE_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER

# A name's word: capitalised (a short lower-case particle fused to it first, by an apostrophe or
# hyphen or none: "d'Reyk", "al-Reyk", "deVries"), a dotted rank or initial allowed ("Lt.", "T.").
_NAME_PIECE = rf"(?:[{LOWER}]{{1,3}}['’-]?)?{CAP}[\w'’-]*\.?"
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_NAME = rf"{_NAME_PIECE}(?:\s+(?:(?:{_PARTICLE})\s+)*{_NAME_PIECE}){{0,3}}"
_ROLE = r"(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
_POSSESSIVE = r"['’]s?"
# Words of a fronted phrase's opening: a participle ("Speaking", "Responding") or a preposition.
_FRONTED = re.compile(r"(?:[A-Z][a-z]+ing|After|Before|Despite|Following|Unlike|Like|Asked|Writing)\b")

_POSSESSOR_THEN_NAME = re.compile(rf"(?:[Tt]he\s+)?{_NAME}{_POSSESSIVE}\s+{_ROLE}\s*,?\s+(?P<head>{_NAME})")
_MODIFIER_THEN_NAME = re.compile(rf"{_NAME}\s+{_ROLE}\s+(?P<head>{_NAME})")
_NAME_THEN_COMMA = re.compile(rf"(?P<head>{_NAME})\s*,\s+(?P<rest>\S)")
_FRONTED_THEN_NAME = re.compile(rf"[^,]{{1,60}},\s+(?P<head>{_NAME})")

# Capitalised words that open a sentence or stand before a name without being one.
_NOT_NAME = frozenset(
    """The A An This That These Those It He She They We I His Her Its Their Our In On At For From
    By With As But And Or If When While After Before During Under Over Mr Mrs Ms Miss Dr Prof
    Sir Lord Dame Lady Madam Asked Speaking According Meanwhile However Earlier Later""".split()
)

# Titles written short with their dot before a name, as the AP Stylebook ("titles", "military
# titles", "legislative titles") abbreviates them: "Gov.", "Lt. Gov.", "Sen.", "Rep.", "Atty.
# Gen.", "Gen.", "Col.", "Sgt. Maj.", "Supt.": the recogniser's title words (lexicons.TITLE_CORE)
# and its titles only with their dot (lexicons.DOTTED_TITLES; bare, several are names or words:
# "Maj", "Det"). Review s46-rv 2: "Lt. Gov. Antonio Delgado said" gave "Gov. Antonio Delgado".


def _title(word: str) -> bool:
    """Whether ``word`` is a title before a name, never a name's own: a title word of the
    recogniser's (:data:`lexicons.TITLE_CORE`, "Governor", "Senator") or of the quotes' (
    :data:`merge.TITLE_WORDS`, in lower case), or one written short with its dot
    (:data:`lexicons.DOTTED_TITLES`: "Gov.", "Atty.", "Maj.")."""
    bare = word.rstrip(".")
    if word.endswith(".") and bare in DOTTED_TITLES:
        return True
    return bare in TITLE_CORE or (bare[:1].isupper() and bare.lower() in TITLE_WORDS)


def _cut_titles(text: str, start: int, end: int) -> int:
    """Where the name in ``text[start:end]`` begins once its leading titles are cut ("Lt. Gov.
    Antonio Delgado" → "Antonio Delgado"); ``start`` when every word is a title or none is."""
    for m in re.finditer(r"\S+", text[start:end]):
        if not _title(m.group()):
            return start + m.start()
    return start


def _name_like(words: str) -> bool:
    """Whether every word of ``words`` (a match of :data:`_NAME`), past its leading titles
    ("Lt. Gov.", :func:`_title`), may be a name's: no sentence opener, title of address or common
    word ("Meanwhile", "Yesterday", "Officials")."""
    split = words.split()
    while len(split) > 1 and _title(split[0]):
        split.pop(0)
    for w in split:
        if w in NAME_PARTICLES:
            continue
        bare = w.rstrip(".")
        if bare in _NOT_NAME or bare.lower() in COMMON_WORDS:
            return False
    return True


def subject_head(text: str, start: int, end: int, people: Collection[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The span of the name heading the subject ``text[start:end]`` (an attribution's words
    before its verb, or after an inverted one) when it has one of the shapes above, else None.

    Offsets are into ``text``; the span runs from the name's first to its last word. A region
    with none of these shapes (a lone name, a description, a clause) gives None: the callers'
    other readings apply. ``people``: the spans of the entity recogniser's person names; in the
    ``NAME ROLE NAME`` shape a role noun no lexicon lists ("Cal Fire veteran Bartholomew
    Oduya-Pemberton", "union stalwart Ann Lie") still makes the first name a modifier when the
    second is one of them, a person's name written whole (round s48-q2, t13ap N6: the agency,
    typed a person by mistake, was credited with its veteran's words)."""
    lo, hi = start, end
    while lo < hi and text[lo] in " \t\n,;:—–-\"“”'‘’":
        lo += 1
    while hi > lo and text[hi - 1] in " \t\n,.":
        hi -= 1
    if lo >= hi:
        return None
    for pattern in (_POSSESSOR_THEN_NAME, _MODIFIER_THEN_NAME):
        m = pattern.match(text, lo, hi)
        if m is None or not _head_ends(text, m.end("head"), hi) or not _name_like(m.group("head")):
            continue
        role = m.group("role").split()
        if any(w in FUNCTION_WORDS for w in role):
            continue  # "Ruth Adeyemi of the Climate Policy Forum": a phrase, no role
        if pattern is _MODIFIER_THEN_NAME and (
            not (role[-1] in TITLE_WORDS or person_noun(role[-1]) or _known_person(m, people))
            or not _name_like(text[lo : m.start("role")].split(maxsplit=1)[0])
        ):
            continue  # "Lena Sorvik spoke on Monday", "The company chief Ann Lie": no name's role
        end_ = _trim_possessive(text, m.start("head"), m.end("head"))
        return _cut_titles(text, m.start("head"), end_), end_
    m = _NAME_THEN_COMMA.match(text, lo, hi)
    if m is not None and _name_like(m.group("head")) and not _list_after(text, m.start("rest"), hi):
        return _cut_titles(text, m.start("head"), m.end("head")), m.end("head")
    if _FRONTED.match(text, lo, hi) is not None:
        m = _FRONTED_THEN_NAME.fullmatch(text, lo, hi)
        if m is not None and _name_like(m.group("head")):
            return _cut_titles(text, m.start("head"), m.end("head")), m.end("head")
    return None


def _known_person(m: re.Match[str], people: Collection[tuple[int, int]]) -> bool:
    """Whether the head of the ``NAME ROLE NAME`` match ``m`` is a person's name of two or more
    words the recogniser gives (one of ``people``, its span exactly) and the role one lower-case
    noun: the name a role noun introduces, whatever the noun."""
    head = (m.start("head"), m.end("head"))
    return head in people and len(m.group("head").split()) >= 2 and len(m.group("role").split()) == 1


def _head_ends(text: str, at: int, hi: int) -> bool:
    """Whether the head name ending at ``at`` ends the subject or its description's comma
    follows ("said Garvey's deputy, d'Reyk, who …")."""
    rest = text[at:hi].lstrip(" \t")
    return not rest or rest.startswith(",")


def _list_after(text: str, at: int, hi: int) -> bool:
    """Whether the words from ``at`` to ``hi`` are another name alone (a list, "Berg, Holm"),
    no description of the name before the comma."""
    words = text[at:hi].split()
    return bool(words) and all(w[:1].isupper() or w in ("and", "&") for w in words)


def _trim_possessive(text: str, start: int, end: int) -> int:
    m = re.search(rf"{_POSSESSIVE}$", text[start:end])
    return end - len(m.group()) if m is not None and m.group() else end


def name_after_title(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The span of the name that ``text[at:end]`` (the subject's words after a title word, "Deputy
    Mayor d'Reyk" after "Mayor") is, when it is one alone (:data:`_NAME`, every word name-like),
    else None: the title then names its holder, never the person the article introduced by that
    title ("Deputy Mayor d'Reyk said" is d'Reyk's, never Mayor Garvey's)."""
    lo, hi = at, end
    while lo < hi and text[lo] in " \t":
        lo += 1
    while hi > lo and text[hi - 1] in " \t\n,":
        hi -= 1
    m = re.compile(_NAME).fullmatch(text, lo, hi)
    if m is None or not text[lo:hi] or not _name_like(m.group()):
        return None
    return lo, hi
