"""Letters of any script as regex pieces: what a "capital letter" and a "capitalised word" are
for every rule that reads names from capitals (datelines, bylines, entities, speakers, places).

Names are written in any cased script (Łukasz, Özil, Ángel, Çelik, İSTANBUL, МОСКВА), so an
uppercase letter is any character ``str.isupper`` accepts, never ``[A-Z]``. Python's ``re`` has no
Unicode category classes, so the classes are built once from the code points of the cased
scripts. Digits and "_" are never letters.
"""

from __future__ import annotations

from waic_reader.index.corpus.tokens import LETTER_MARKS

# Blocks holding every cased letter of the Basic Multilingual Plane (Latin, Greek, Coptic, Cyrillic,
# Armenian, Georgian, Cherokee, Latin Extended Additional, Greek Extended, Glagolitic, Latin
# Extended-C/D/E, Cyrillic Extended, fullwidth Latin). Scanning them takes well under a
# millisecond; scanning the whole plane would take ~20 ms at import.
_CASED_BLOCKS = (
    (0x0041, 0x0590),
    (0x10A0, 0x1100),
    (0x13A0, 0x1400),
    (0x1C80, 0x1CC0),
    (0x1E00, 0x2000),
    (0x2100, 0x2190),
    (0x2C00, 0x2D30),
    (0xA640, 0xA800),
    (0xAB70, 0xABC0),
    (0xFF21, 0xFF5B),
)


def _class_body(test: str) -> str:
    """The inside of a regex character class (no brackets) matching each code point of the cased
    blocks for which ``str.<test>()`` is true, as ranges."""
    points = [c for lo, hi in _CASED_BLOCKS for c in range(lo, hi) if getattr(chr(c), test)()]
    parts: list[str] = []
    start = prev = points[0]
    for c in [*points[1:], -1]:
        if c == prev + 1:
            prev = c
            continue
        parts.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
        start = prev = c
    return "".join(parts)


# Class bodies, to be put inside ``[...]`` (alone or with other characters).
UPPER = _class_body("isupper")
# A mark written on a letter (a combining accent, ogonek, tone mark: "Behchokǫ̀", "Tłı̨chǫ") is part
# of the word it is written in: a name's letters are letters whatever marks are written on them
# (issue #16, round s48-e: Tłı̨chǫ Dene names of held-out 41 broke off at their marks). A mark
# never opens a word (it follows a letter), so a lower-case class read after a capital gains it.
# UPPER does not: a capital and its marks are no run of capitals ("Ọ̀ṣọ́" written decomposed, "O"
# with two marks, is no acronym).
LOWER = _class_body("islower") + LETTER_MARKS
# A letter of any script, digits and "_" excluded (``[^\W\d_]`` cannot be put inside another class).
LETTER = rf"(?:(?![\d_])\w|[{LETTER_MARKS}])"

# A capital letter of any cased script.
CAP = rf"[{UPPER}]"
# A capitalised word: a capital, then letters, digits, apostrophes, dots and hyphens ("Łukasz",
# "O’Neill", "St.", "Jean-Pierre", "ÇELİK").
CAP_WORD = rf"{CAP}[\w'’.-]*"
# A capitalised word in lower case after its capital, parts joined by a hyphen or apostrophe
# ("Özil", "Ibáñez", "Pryce-Williams", "Núñez-Ólafsdóttir"): how a name is written in running text.
# A word runs on across the marks on its letters (:data:`tokens.LETTER_MARKS`, Mn and Mc; never an
# invisible character: review s48-rve finding 5): Yoruba "Adébáyọ̀" ends in U+0300 after "ọ", and a name written
# decomposed (NFD "Hằng" is "Ha" + U+0306 U+0300 + "ng", "Émile" "E" + U+0301 + "mile") has marks
# after its capital and inside (t13ao N2: "Adébáyọ̀, the fire chief, said" was no speaker).
_LOWER_RUN = rf"[{LOWER}]+"  # (LOWER holds the marks)
NAME_WORD = rf"{CAP}{_LOWER_RUN}(?:[-'’]{CAP}?{_LOWER_RUN})*"
