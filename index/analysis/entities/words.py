"""What one word, or the text right around it, tells the entity rules: the recogniser's working
types (a candidate span, a unit of a capitalised run), a word's cue to a label ("Ministry" ORG,
"River" LOC, "Inc." ORG), a legal form as one token, a title word, a given name, a given name of two
romanised syllables, and the shapes of the text around a name that several rule modules read (a
speech verb after it, a capitalised word before it, "in"/"at" before it).

Separate so that every rule module reads these from one place and none imports the recogniser
(which imports the rule modules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    CUES,
    DOTTED_LEGAL_FORMS,
    DOTTED_TITLES,
    FAMILY_FIRST,
    GIVEN,
    GIVEN_COMMON,
    LEGAL_FORMS,
    SHOUTED_DOTTED_FORMS,
    SHOUTED_LEGAL_FORMS,
    SPACED_LEGAL_FORMS,
    TITLE_CORE,
    TITLE_MOD,
    legal_form,
)
from waic_reader.index.analysis.lexicon import STOP_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER
from waic_reader.index.corpus.tokens import COMBINING_MARKS

# A character that goes on a word, so a name's edge is none: a letter, a digit, "_", an apostrophe
# or a hyphen ("Falkum" is no whole word of "O'Falkum" nor of "Bø-Falkum"). The one definition
# of a word's edge for the whole-word tests of persons and firms. A combining mark goes on the word
# before it too ("Adébáyọ̀" written with U+0300: t13ao N2), as the tokeniser's words run on across it.
WORD_EDGE = re.compile(rf"[\w'’{COMBINING_MARKS}-]")
# A word in lower case, not the tail of another word.
LOWER_WORD = re.compile(rf"(?<![\w'’])[{LOWER}][{LOWER}'’-]*\b")
Cand = tuple[int, int, str, str]  # (start, end, label, key)
CAP_NEXT = re.compile(rf" {CAP}[{LOWER}]")
PREV_CAP = re.compile(rf"{CAP}[\w'’-]* $")  # a capitalised word right before


@dataclass(slots=True)
class Unit:
    s: int  # char offsets into the article
    e: int
    i: int  # token index range in the block
    j: int
    eid: int  # gazetteer entity id, -1 for an unknown capitalised word
    text: str
    syllabic: bool = False  # a hyphenated given name of two syllables ("Soo-yeon", "Ching-te")


# One romanised syllable of Korean, Chinese or Vietnamese ("soo", "yeon", "hyun", "ching"):
# consonant onset, one to three vowels, a nasal or stop coda. Given names of two such syllables
# are written with a hyphen and a lower-case second part ("Kim Soo-yeon", "Min-jun Park").
_SYLLABLE = re.compile(
    # (pinyin's "x", "q", "z", "zh" onsets too: "Xi-ping", "Qi-lin", "Zhi-wei"; round s33-d)
    r"(?:ch|sh|zh|ts|hs|tz|sz|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiouy]{1,3}(?:ng|[nmlkpt]|(?<=i)h)?"
)
SYLLABIC_GIVEN = re.compile(rf"{_SYLLABLE.pattern}-{_SYLLABLE.pattern}", re.I)


def syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(word.lower()) is not None


def form_with_dot(word: str) -> bool:
    """Whether ``word`` is a legal form ending in a dot ("Inc.", "Kft.", "A.Ş.", "s.r.o."), which
    a firm's name ends at: a capital after it opens the next sentence or another name."""
    return word.endswith(".") and legal_form(word)


def cue_label(word: str) -> str | None:
    label = CUES.get(word.rstrip("."))
    if label is None and DOTTED.fullmatch(word) and word.replace(".", "") in LEGAL_FORMS | DOTTED_LEGAL_FORMS:
        return "ORG"  # "S.A.", "N.V.", "S.A.B. de C.V.": a legal form written with dots ends a firm's name
    if label is None and (word in SPACED_LEGAL_FORMS or (word.isupper() and word in SHOUTED_DOTTED_FORMS)):
        return "ORG"  # "Sp. z o.o.", "S.à r.l." (one token: slash_forms); "OCELMOST S.R.O." in capitals
    if label is None and "/" in word and word in LEGAL_FORMS:
        return "ORG"  # "A/S" (one token: slash_forms), unlike "AS", never a person's initials
    if label is None and word.rstrip(".") in SHOUTED_LEGAL_FORMS:
        return "ORG"  # "KVITRA SHIPPING LTD": a firm written in capitals ends at its legal form too
    return label


# A form written with dots ("S.A.", "A.E.", "S.E.N.C.R.L."); those only read so: lexicons.DOTTED_LEGAL_FORMS
DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){2,}")


def of_label(word: str) -> str | None:
    if word in ("Republic", "Kingdom", "State", "States"):
        return "GPE"
    if word in ("Isle",):
        return "LOC"
    if word in ("House", "Museum", "Centre", "Center", "Chamber"):
        # ("Marholm Chamber of Commerce", "… of Industry", "… of Trade": one body, issue #16, t13aj N8)
        return "ORG"
    if word == "Battle":
        return "EVENT"
    if word == "Division":
        return "ORG"
    if word == "Friends":
        return "ORG"  # "Friends of Millbrook Library": a charity, whatever it supports
    if word == "Nation":
        return "ORG"  # "the Cree Nation of Mistissini": a people's government at its seat (round s33-n)
    return CUES.get(word)


def is_title(text: str) -> tuple[bool, bool]:
    """(is a title word, is a core title) for a capitalised unit such as "Vice" or "Secretary-General"."""
    word = text.rstrip(".")
    last = word.rsplit("-", 1)[-1]
    core = word in TITLE_CORE or last in TITLE_CORE or (text.endswith(".") and word in DOTTED_TITLES)
    return core or word in TITLE_MOD, core


TOWN_BEFORE = re.compile(r"\b(?:in|at|from|to|near|of|outside|across|around|into|via)\s+$", re.I)


NAME_SHAPED = re.compile(rf"{CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?")


def word_given(word: str) -> bool:
    """Whether ``word`` is an English word that is also a given name, which the name lists leave
    out for that (given_names.py): a stop or common word ("Per", "Even", "Will", "May") or a given
    name of the common words' list ("Hope", "Grant", "Rose": lexicons.GIVEN_COMMON)."""
    low = word.lower()
    return word in GIVEN_COMMON or low in STOP_WORDS or low in COMMON_WORDS


def opens_name(word: str) -> bool:
    """Whether ``word`` can open a person's name: a given name of any language, or a family name
    written first ("Bae Dong-hyun")."""
    return word in given_names() or word in GIVEN or word in FAMILY_FIRST or word in GIVEN_COMMON


def given_word(word: str) -> bool:
    """Whether ``word`` is a given name the recogniser knows."""
    return word in given_names() or word in GIVEN


CAP_AFTER = re.compile(rf"\s+{CAP}|['’]s\b")

# A speech verb of a person (not "announced", "reported": firms do that) right after a name or
# right before it ("said Halvorsen").
SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|explained|recalled|replied|asked|wrote)\b")
# A relative clause about a person right after their name: "Kwame Asante, who founded the mine".
WHO_AFTER = re.compile(r",\s+(?:who|whose)\b")


WORD_BEFORE = re.compile(r"([\w.-]+) $")


COMPASS = frozenset(
    "West East North South Central Southeast Southwest Northeast Northwest Western Eastern Northern Southern".split()
)


# A single quote that opens a quotation (no word character before it, one right after) and one that
# closes a word (a word character right before it, none after): the state of single quotes before a
# word tells a closing quote ("called it 'Mama Africa'") from a name's final glottal stop.
_OPEN_SINGLE = re.compile(r"(?<![\w'’])['‘](?=\w)")
_CLOSE_SINGLE = re.compile(r"(?<=\w)['’](?!\w)")
_VOWELS = frozenset("aeiouAEIOUáàâäéèêëíìîïóòôöúùûü")


def glottal_stops(toks: list[tuple[int, int, str]], text: str, start: int) -> list[tuple[int, int, str]]:
    """``toks`` (start, end, text; offsets into ``text``) with a capitalised word that ends in a vowel
    and an apostrophe right after it, with no letter after that, made one token: "Bua'", "Pangala'",
    "Baruppu'" (a glottal stop written at a name's end in Toraja, Hawaiian and other languages; the
    tokeniser ends the word before it, so "Agustina Bua' Layuk" was two persons: round s40-e2). An
    apostrophe after "s" stays a plural possessive, and one that closes a single quote opened since
    ``start`` (the block's first char) stays a quote. Other tokens as given; linear in the block
    when no such apostrophe occurs, and one look-back over the block for each that does."""
    if not any(t in ("'", "’") for _, _, t in toks):
        return toks
    out: list[tuple[int, int, str]] = []
    for tok in toks:
        s, e, t = tok
        if t in ("'", "’") and out:
            ps, pe, pt = out[-1]
            if pe == s and len(pt) >= 2 and pt[0].isupper() and pt[-1] in _VOWELS and pt.isalpha():
                opens = [m.start() for m in _OPEN_SINGLE.finditer(text, start, ps)]
                closes = [m.start() for m in _CLOSE_SINGLE.finditer(text, start, ps)]
                if not opens or (closes and closes[-1] > opens[-1]):
                    out[-1] = (ps, e, pt + t)
                    continue
        out.append(tok)
    return out
