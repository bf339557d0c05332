"""The engine's one tokeniser: what a word, a number and a CJK term are, and how words fold.

Every module that splits article text into words takes its pattern from here, so search,
highlighting, word counts, alignment and entity recognition agree on what a token is:

* :data:`SEARCH_TOKEN` (search index, query parsing, highlights): runs of letters and digits
  (with combining accents), joined across inner dots ("u.s", "1.5"), across commas between
  digits ("3,000") and across a space or an apostrophe before a group of three digits ("3 000",
  "1'000"), with a number's percent sign or word ("45%", "45 %", "45 percent"), and runs of CJK characters, which :func:`search_tokens` cuts into
  overlapping character bigrams (as Lucene's ``CJKAnalyzer`` does: Chinese and Japanese have no
  spaces, and Korean words carry particles).
* :data:`WORD` (word counts, hard-wrap and boilerplate tests): letters and digits joined by
  apostrophes, dots and hyphens; no underscores. It differs because it counts words as a reader
  does ("state-of-the-art" is one word), and :func:`word_count` counts each Chinese or Japanese
  character as one word (the convention of word processors for CJK text).
* :data:`ALIGN_TOKEN` (cross-article alignment) and :data:`ENTITY_TOKEN` (entity recognition)
  keep acronyms with dots ("U.S.") and possessives apart, which their rules need.

:func:`fold` is the one comparison form of a word: Unicode case folding ("Straße" → "strasse",
"İstanbul" → "istanbul"), accents and diacritics removed ("Zürich" → "zurich", "São" → "sao",
"Erdoğan" → "erdogan") and the letters that Unicode decomposition leaves alone mapped as
Lucene's ``ASCIIFoldingFilter`` maps them ("Łódź" → "lodz", "Đ" → "d", "ø" → "o", "ħ" → "h",
"æ" → "ae"), and every apostrophe is the straight one ("Moody’s", "Moodyʼs" → "moody's"). CJK
text is only width- and case-normalised (NFKC): removing marks there would turn Japanese "が"
into "か".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from waic_reader.index.corpus.marks import MARKS

# The characters of the scripts written without spaces between words (and Hangul), each named
# by the language it writes, as character-class bodies: the one list of these ranges, from which
# the tokeniser's classes below and the analyses' "not analysed" note
# (analysis/lexicon.UNREAD_SCRIPTS) are both made.
JAPANESE_KANA = (
    "\u3040-\u309f"  # Hiragana
    "\u30a0-\u30ff"  # Katakana (incl. ー)
    "\u31f0-\u31ff"  # Katakana extensions
    "\uff66-\uff9f"  # half-width Katakana
)
KOREAN_HANGUL = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\uac00-\ud7af"  # Hangul syllables
)
CHINESE_HAN = (
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0002fa1f"  # CJK extensions B-F, compatibility supplement
)
# 々 〆: iteration and closing marks written inside Japanese (and Chinese) words; no language's
# sign alone, so part of a CJK run but not counted for a language.
HAN_MARKS = "\u3005\u3006"
THAI = "\u0e00-\u0e7f"
LAO = "\u0e80-\u0eff"
BURMESE = "\u1000-\u109f"
KHMER = "\u1780-\u17ff"
# Each language and its script. In the order a language is told from the characters found: kana
# before Han (Japanese writes both), Hangul before Han (Korean may write Hanja).
SCRIPT_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("Japanese", JAPANESE_KANA),
    ("Korean", KOREAN_HANGUL),
    ("Chinese", CHINESE_HAN),
    ("Thai", THAI),
    ("Lao", LAO),
    ("Burmese", BURMESE),
    ("Khmer", KHMER),
)

# Scripts written without spaces between words (Han, Hiragana, Katakana incl. half-width) and
# Hangul (spaced, but words carry particles): searched by character bigrams.
CJK_CHARS = KOREAN_HANGUL + HAN_MARKS + JAPANESE_KANA + CHINESE_HAN
_CJK_RUN = f"[{CJK_CHARS}]+"
_IS_CJK = re.compile(f"[{CJK_CHARS}]")
CJK_RUN = re.compile(_CJK_RUN)  # a run of CJK characters (searched as its bigrams)
# Scripts written without spaces between words that are not searched by character pairs
# (CJK_CHARS): Thai, Lao, Burmese, Khmer. Their words cannot be found by this tokeniser (it
# would need a dictionary segmenter); their marks are left out of COMBINING_MARKS, so their
# text stays cut at its vowel signs as before, a rough stand-in for syllables, instead of whole
# phrases that no word inside could be searched by.
UNSPACED_SCRIPTS = THAI + LAO + BURMESE + KHMER


def _marks_outside(marks: str, blocks: str) -> str:
    """The character class ``marks`` (single characters and ``a-b`` ranges) without the code
    points of ``blocks`` (ranges ``a-b`` only)."""
    cut = [(ord(blocks[i]), ord(blocks[i + 2])) for i in range(0, len(blocks), 3)]
    out, i = [], 0
    while i < len(marks):
        lo = hi = marks[i]
        if i + 2 < len(marks) and marks[i + 1] == "-":
            hi = marks[i + 2]
            i += 3
        else:
            i += 1
        if not any(a <= ord(lo) and ord(hi) <= b for a, b in cut):
            out.append(lo if lo == hi else f"{lo}-{hi}")
    return "".join(out)


# Combining marks a word runs on across: accents of text written in decomposed form
# ("Zu\u0308rich"), and the vowel signs, viramas and other marks inside the words of Devanagari,
# Bengali, Tamil, Arabic, Hebrew and every other spaced script ("नौका" is one word, not "न" "क").
#
# A word runs on across the invisible characters written inside words too: the soft hyphen (a
# place to break "cap\u00adsized"), the zero-width space ("coast\u200bguard", t14c item 10),
# non-joiner and joiner (Persian and Indic shaping, emoji sequences), the word joiner and the
# zero-width no-break space. A reader sees one word; :func:`fold` leaves them out, so search finds
# "coastguard" and "capsized" there, each token's offsets still slicing the text as written.
INVISIBLE_IN_WORDS = "\u00ad\u200b-\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE_IN_WORDS}]")
_WORD_MARKS = _marks_outside(MARKS, UNSPACED_SCRIPTS)  # (the combining marks alone)
COMBINING_MARKS = _MARKS = _WORD_MARKS + INVISIBLE_IN_WORDS


def _letter_marks(marks: str) -> str:
    """The character class body ``marks`` (single characters and ``a-b`` ranges) kept to the
    marks Unicode writes on a letter, general categories Mn (nonspacing) and Mc (spacing
    combining), as ``a-b`` ranges; Me (enclosing: the keycap of "1\ufe0f\u20e3") is left out.
    Source: the running Python's :mod:`unicodedata` (about 2,000 code points: well under a
    millisecond at import)."""
    points: list[int] = []
    i = 0
    while i < len(marks):
        lo = hi = ord(marks[i])
        if i + 2 < len(marks) and marks[i + 1] == "-":
            hi = ord(marks[i + 2])
            i += 3
        else:
            i += 1
        points.extend(c for c in range(lo, hi + 1) if unicodedata.category(chr(c)) in ("Mn", "Mc"))
    out: list[str] = []
    for _, run in itertools.groupby(enumerate(points), key=lambda p: p[1] - p[0]):
        got = [c for _, c in run]
        out.append(chr(got[0]) if len(got) == 1 else f"{chr(got[0])}-{chr(got[-1])}")
    return "".join(out)


# The marks a letter carries and nothing else (review s48-rve finding 5): what a name's or a
# word's letters run on across (letters.LOWER and LETTER, the dateline's letter, text_words). The
# invisible characters of INVISIBLE_IN_WORDS are no marks: a name never holds a soft hyphen or a
# zero-width space ("Hindi\u200b" is the name "Hindi"), nor an enclosing mark.
LETTER_MARKS = _letter_marks(_WORD_MARKS)
# The modifier letter apostrophe (U+02BC, a letter to Unicode) splits words as the other
# apostrophes do: "Moodyʼs" is "Moody’s".
_PART = rf"[^\W{CJK_CHARS}\u02bc]+(?:[{_MARKS}]+[^\W{CJK_CHARS}\u02bc]*)*"

# A number's percent sign is part of it ("45%"; "45 %" with a space, no-break or thin space as
# French typesets it; full-width "45％"), and so is "percent" written as a word ("45 percent",
# "45 per cent", "45 pct", "45-percent"; "45 pc" and "7.5pc", British papers' lower-case form, as
# the figure recogniser reads it: analysis.figures.GLUED_PERCENT, t13al-r S7): a percentage is not
# the bare number ("45 people").
_PERCENT_WORD = "(?:(?i:per[ \u00a0]?cent|pct)|pc)(?![^\\W_])"
_PERCENT = f"(?:(?<=\\d)(?:[ \u00a0\u202f\u2009]?[%\uff05]|[ \u00a0\u202f\u2009-]?{_PERCENT_WORD}))?"
# A percentage's sign or word at the end of a folded number token ("45 per cent", "45pct").
_PERCENT_TAIL = re.compile(r"(?<=\d)[ -]?(?:%|per ?cent|pct|pc)$")
_PERCENT_WORDS = re.compile(rf"(?<=\d)[ \u00a0\u202f\u2009-]?(?P<words>{_PERCENT_WORD})$")
# Thousands separators besides the comma and the dot: a space (plain, no-break, thin or narrow
# no-break: "3 000" as French, Polish or Swedish write it) or an apostrophe (Swiss "1'000",
# "1’000"), between a group of one to three digits and a group of exactly three. A run of four
# digits or more before it is not a group ("in 2019 300 people" stays two numbers).
GROUP_SEPARATORS = "[ \u00a0\u2009\u202f'’]"  # also the figure recogniser's (analysis/figures.py)
_GROUP_SEP = rf"(?<=\d)(?<![^\W_]\d{{3}}){GROUP_SEPARATORS}(?=\d{{3}}(?![^\W_]))"
# A unit written with a slash is one word ("km/h", "m/s", "mg/l", "Mbit/s", "10km/h"): the part
# before it a unit's few letters (at most five, after any digits), the part after it one of these
# denominators (a time, a volume, a length, a mass: those of analysis.figures.UNITS' speeds and
# rates, and concentrations). Read as two words, "km/h" was searched as "km" alone ("h" is too
# short to index) and found "11 km" (t13ac M15, round s36-x4). Other slashes still split words:
# "and/or", "he/she", "EU/UK", "24/7".
SLASH_UNIT_DENOMINATORS = "h hr s sec min l km kg m m2 m3 mi d".split()
_SLASH_UNIT = (
    rf"(?<=[^\W\d_])(?<![^\W\d_]{{6}})/(?=(?i:{'|'.join(sorted(SLASH_UNIT_DENOMINATORS, key=len, reverse=True))})"
    rf"(?![^\W_]))"
)
# A time of day's "am" or "pm", in any of its written forms ("pm", "p.m.", "PM"), after the hour or
# minutes, glued or spaced ("9:40pm", "9.40 p.m."): the hour or minutes are a token of their own
# (:data:`_CLOCK_DIGITS`), the minutes never joined to the hour by a dot as a decimal's are
# (:data:`_DECIMAL_DOT`), and "p.m" is searched as "pm" (:func:`meridiem_form`). So "9:40 pm",
# "9:40 p.m.", "9:40pm" and "9.40pm" are all the tokens "9", "40", "pm" (t13agr R5).
_MERIDIEM = r"(?i:[ap]\.?m)(?![^\W_])"
_CLOCK_DIGITS = rf"\d{{1,2}}(?={_MERIDIEM})"
_DECIMAL_DOT = rf"\.(?!\d{{2}}[ \u00a0\u202f]?{_MERIDIEM})"
# A clock time is one token, never its hour and minutes apart: "09:15", "21:40", "22:15:30" (hours
# 0-23, minutes and seconds 00-59, written with colons), and "9.40" written with a dot before an
# "am" or "pm" ("9.40pm", "10.15 a.m.": without one, "9.40" is a decimal and stays one). Read as
# numbers apart, a bare number found every time's minutes: ``15`` found "09:15" and "10:15 GMT"
# (issue #13, N7). :func:`number_forms` gives "09:15" and "9:15" one form, "9:15"; the query
# parser searches a typed "9:15" by that form and by the dot's "9.15" ("9.15am", "09.15 GMT").
_CLOCK_END = rf"(?:(?=[ \u00a0\u202f]?{_MERIDIEM})|(?![^\W_]|[:.,]\d))"
CLOCK_TOKEN = (
    rf"(?<![\d:.,])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?{_CLOCK_END}"
    rf"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=[ \u00a0\u202f]?{_MERIDIEM}))"
)
SEARCH_TOKEN = re.compile(
    rf"{_CJK_RUN}|{CLOCK_TOKEN}|{_CLOCK_DIGITS}|{_PART}(?:(?:{_DECIMAL_DOT}|(?<=\d),(?=\d)|{_GROUP_SEP}|{_SLASH_UNIT}){_PART})*"
    rf"{_PERCENT}"
)
# SEARCH_TOKEN on ASCII text, where no CJK character, combining mark, "ʼ" or non-ASCII space or
# sign occurs (so _PART is \w+): the same tokens, ~3x faster (SEARCH_TOKEN tries the marks'
# large class after every word). For the search index's postings (analyzer.positions_of).
ASCII_SEARCH_TOKEN = re.compile(
    CLOCK_TOKEN
    + "|"
    + _CLOCK_DIGITS
    + r"|\w+(?:(?:"
    + _DECIMAL_DOT
    + r"|(?<=\d),(?=\d)|(?<=\d)(?<![^\W_]\d{3})[ '](?=\d{3}(?![^\W_]))|"
    + _SLASH_UNIT
    + r")\w+)*"
    r"(?:(?<=\d)(?: ?%|[ -]?(?:(?i:per ?cent|pct)|pc)(?![^\W_])))?"
)
_LETTERS_AND_MARKS = rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*"
WORD = re.compile(rf"{_LETTERS_AND_MARKS}(?:['’.-]{_LETTERS_AND_MARKS})*", re.UNICODE)
# WORD on ASCII text, where its combining marks and curly apostrophe never occur and [^\W_] is
# [A-Za-z0-9]: the same matches, ~3x faster (WORD tries the marks' large class after every
# word). :func:`words` and :func:`word_count` read most text with it.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*")
# Acronyms with dots ("U.S."), numbers with separators ("3,000", "5.6"), words with an inner
# apostrophe. Hyphenated compounds split, so "U.S.-China" and "AI-powered" share their parts.
ALIGN_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
# A terminal control sequence (ESC "[" parameters, a final letter: "\x1b[31m") written into a text
# is one sign: its letter is no start of the word after it ("\x1b[31mQuispe" is "Quispe", t13o F6).
CONTROL_SEQUENCE = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]"
# A control sequence written whole, a C1 CSI (one character, U+009B) with its parameters too:
# what a span of the text never splits (:func:`whole_sequences`).
_SEQUENCE = re.compile(CONTROL_SEQUENCE + r"|\x9b[0-?]*[ -/]*[@-~]")
# A control sequence introducer with its parameters and final letter (ECMA-48 5.4: "\x1b[31m",
# "\x1b[0m", "\x1b[1;33m"; a C1 CSI with one parameter byte or more, "\x9b2J", no space inside):
# the colour and cursor codes copied text carries, whose "[0m" is no word. Not ESC and one
# letter ("Dunmere.\x1bA spokeswoman": a stray ESC before a sentence's first word), nor a C1 CSI
# before a space and a letter ("Portmere.\x9b A coastguard").
_CSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]+[!-/]*[@-~]")


def sequences_as_spaces(text: str) -> str:
    """``text`` with every control sequence introducer and its parameters (:data:`_CSI`:
    "\x1b[31m", "\x1b[0m", "\x9b2J") read as spaces, one for one (offsets kept): its parameters
    and final letter are no word ("\x1b[0m" was read "[0m", a sentence of its own in compare,
    t13ax N9). ``text`` itself when it holds none."""
    if "\x1b" not in text and "\x9b" not in text:
        return text
    return _CSI.sub(lambda m: " " * len(m.group()), text)


def whole_sequences(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` (offsets into ``text``, ``start <= end``) widened so that neither end
    falls inside a terminal control sequence (``\x1b[31m``, ``\x9b2J``): a span starting at
    "[31m" takes its ESC, one ending after "\x1b[" takes the rest, so that its words shown with
    control pictures read "␛[31mRED", never a bare "[31m" (t13ai N15). Looks back at most 32
    characters: a longer sequence is no colour or cursor code; unchanged when text holds none."""
    if "\x1b" not in text and "\x9b" not in text:
        return start, end

    def around(at: int) -> tuple[int, int] | None:
        lo = max(0, at - 32)
        i = max(text.rfind("\x1b", lo, at), text.rfind("\x9b", lo, at))
        if i < 0:
            return None
        m = _SEQUENCE.match(text, i)
        return (m.start(), m.end()) if m is not None and m.start() < at < m.end() else None

    got = around(start)
    if got is not None:
        start = got[0]
    got = around(end)
    if got is not None:
        end = got[1]
    return start, end


# A run of combining marks (all at U+0300 or above: the lookahead spares ASCII text the class).
_MARKS_RUN = rf"(?=[^\x00-\u02ff])[{_WORD_MARKS}]+"
# Its alternatives (no group is captured: the recogniser reads only each match's span and text,
# and capturing made tokenising, run over every block of every article, ~13% slower):
ENTITY_TOKEN = re.compile(
    CONTROL_SEQUENCE + r"|(?:[A-Za-z]\.){2,}"  # a control sequence; an acronym with dots: "U.S."
    r"|\d+(?:[.,]\d+)*"  # a number: "3,000", "5.6"
    # a word, with an inner apostrophe ("O'Neill") but not a possessive's, and a web address's ending
    # (running on across its combining marks, as :data:`WORD` does: "Adébáyọ̀" written with U+0300,
    # "Nguyễn" written decomposed; t13ao N2; not across a soft hyphen or another invisible
    # character, where a known name ends inside a compound: "Velmora\u00adbay"; the marks' large
    # class tried only before a character past U+02FF, where every mark is)
    rf"|[^\W\d_\u02bc][^\W_\u02bc]*(?:{_MARKS_RUN}[^\W_\u02bc]*)*"
    rf"(?:['’\u02bc\u2032](?!s\b)[^\W_\u02bc]+(?:{_MARKS_RUN}[^\W_\u02bc]*)*)*(?:\.(?:com|org|net|cn|io|ai)\b)?"
    r"|['’\u02bc\u2032]s\b"  # a possessive
    r"|[^\s]"  # any other sign: punctuation
)

# Letters without a Unicode decomposition, folded as Lucene's ASCIIFoldingFilter folds them.
_LETTERS = str.maketrans(
    {
        # hyphens as Lucene folds them: a name's "Jean‑Luc" (U+2011, U+2010) is "jean-luc" (round s33-d)
        "\u2010": "-",
        "\u2011": "-",
        "ł": "l",
        "ŀ": "l",
        "ƚ": "l",
        "đ": "d",
        "ð": "d",
        "ɖ": "d",
        "ɗ": "d",
        "ø": "o",
        "ǿ": "o",
        "ɵ": "o",
        "ħ": "h",
        "ɦ": "h",
        "ŧ": "t",
        "ƭ": "t",
        "ƀ": "b",
        "ɓ": "b",
        "ƈ": "c",
        "ȼ": "c",
        "ƒ": "f",
        "ɠ": "g",
        "ǥ": "g",
        "ɨ": "i",
        "ı": "i",
        "ĸ": "k",
        "ƙ": "k",
        "ŋ": "n",
        "ɲ": "n",
        "ƞ": "n",
        "ŉ": "n",
        "ſ": "s",
        "ʂ": "s",
        "ƶ": "z",
        "ȥ": "z",
        "ʐ": "z",
        "æ": "ae",
        "ǽ": "ae",
        "œ": "oe",
        "ĳ": "ij",
        "þ": "th",
        "ß": "ss",
        # Apostrophes: the curly one (U+2019, and U+2018/U+201B typed for it), the modifier
        # letter (U+02BC) and the prime (U+2032, U+2035) are the straight one, as Lucene's
        # ASCIIFoldingFilter maps them: "Moody’s" is "Moody's", "O′Brien" is "O'Brien".
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u2035": "'",
    }
)


# The same letters for text whose case is kept (strip_accents): "Ł" → "L", "Ø" → "O".
_LETTERS_CASED = str.maketrans(
    {
        **{k: v for k, v in _LETTERS.items() if isinstance(k, int)},
        **{
            ord(chr(k).upper()): str(v).capitalize()
            for k, v in _LETTERS.items()
            if isinstance(k, int) and len(chr(k).upper()) == 1 and not chr(k).upper().isascii()
        },
    }
)


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """``text`` without accents and diacritics, its case kept ("Zürich" → "Zurich", "Łódź" →
    "Lodz"): for comparisons where case matters (a gazetteer name against a text token)."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text)
    out = []
    for chunk in re.split(f"({_CJK_RUN})", text):
        if not chunk or _IS_CJK.match(chunk):
            out.append(chunk)
            continue
        bare = "".join(c for c in unicodedata.normalize("NFKD", chunk) if not unicodedata.combining(c))
        out.append(unicodedata.normalize("NFC", bare.translate(_LETTERS_CASED)))
    return "".join(out)


def is_cjk(char: str) -> bool:
    """True when ``char`` (a character, or the first of a string) is Han, Kana or Hangul."""
    return _IS_CJK.match(char) is not None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The comparison form of ``text`` (a word or a name): case-folded, accents removed, letters
    folded to ASCII as Lucene's ASCIIFoldingFilter does; CJK characters only NFKC-normalised.
    Spaces and punctuation are kept. ``fold("Zürich") == fold("ZURICH") == "zurich"``."""
    if text.isascii():
        return text.lower()
    text = _INVISIBLE.sub("", text)
    out = []
    for chunk in re.split(f"({_CJK_RUN})", text.casefold()):
        if not chunk:
            continue
        if _IS_CJK.match(chunk):
            out.append(unicodedata.normalize("NFKC", chunk))
            continue
        bare = "".join(c for c in unicodedata.normalize("NFKD", chunk) if not unicodedata.combining(c))
        # NFC again: Hangul Jamo and other decomposed letters without marks recompose.
        out.append(unicodedata.normalize("NFC", bare.translate(_LETTERS)).lower())
    return "".join(out)


# "a.m" and "p.m" (a search token of "a.m.", "p.m.", folded): searched as "am" and "pm".
_MERIDIEM_DOTTED = {"a.m": "am", "p.m": "pm"}
# The forms they are searched by.
MERIDIEMS = frozenset(_MERIDIEM_DOTTED.values())


def meridiem_form(token: str) -> str:
    """``token`` (folded: :func:`fold`) with a time's dotted "a.m"/"p.m" written as "am"/"pm"; any
    other token unchanged. One form for every way "pm" is written (see :data:`_MERIDIEM`)."""
    return _MERIDIEM_DOTTED.get(token, token)


# A time of day typed with a colon, hours and minutes (the query parser reads it with its am/pm).
TYPED_CLOCK = r"([01]?\d|2[0-3]):([0-5]\d)"
_TYPED_CLOCK = re.compile(TYPED_CLOCK)


def clock_forms(form: str) -> tuple[str, ...]:
    """The forms a time of day typed with a colon is found by (``form``: its number form,
    :func:`number_forms`, "9:05"): itself, the form a text's time is indexed by whether written
    with a colon or with a dot ("9:05" for "09:05", "9.05am", a live blog's "09.05 GMT": a dotted
    time is indexed so too, :func:`dotted_clock`). Any other form: itself alone. What the query
    parser (``_TIME_WORD``) and find-in-article (``corpus.find``) both search a typed time by."""
    return (form,)


# A time of day being typed with a colon (search as you type): its hour and colon, and the first
# digit of its minutes when typed ("09:", "9:1"); TYPED_CLOCK's hours and minutes.
TYPED_CLOCK_START = r"([01]?\d|2[0-3]):([0-5]?)"
_TYPED_CLOCK_START = re.compile(TYPED_CLOCK_START)


def clock_prefix_forms(typed: str) -> tuple[str, tuple[str, ...]] | None:
    """For a time of day half typed with a colon (``typed``: "09:1", "9:", folded; a finished
    "09:15" is no start, :func:`clock_forms` reads it): the prefix of the times it starts as the
    text's times are indexed, the hour without its zero ("9:1": "09:15" and "9:15" are "9:15",
    :func:`number_forms`; "9:15:30" too; a time written with a dot is indexed so too,
    :func:`dotted_clock`: ``04:`` finds "04.10 CET"), and no other form (the second item, kept
    empty). None for anything else. What the query parser and find-in-article search a
    half-typed time by (review s46-rv item 9: "09:1" found nothing while typing, though "09:15"
    found "9:15").

    A decimal written with a dot ("£9.45", "9.20 metres") is no time and is not found so (review
    s51-rv F10: ``10:`` found "£10.45"; round s52-m): :func:`dotted_clock` reads its context.
    """
    m = _TYPED_CLOCK_START.fullmatch(typed)
    if m is None:
        return None
    hour, tens = int(m.group(1)), m.group(2)
    return f"{hour}:{tens}", ()


# A number that has a time of day's shape written with a dot: hours (0-23) and minutes (00-59).
_DOTTED_CLOCK = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")
# A decimal's words after it besides the figures' units and scales (:func:`_decimal_words`): a
# percentage's, a score's or a race time's ("10.15 per cent", "10.45 points", "9.58 seconds"),
# and a price's in pence or cents (written out: "p" alone opens "p.m.").
_DECIMAL_AFTER = frozenset("per percent pc points pts seconds secs sec pence cents".split())
# The currencies' words (figures.CURRENCY_WORDS) that are an English verb's form too, which follow
# a race's or a train's time ("the 2.30 won by a length"): no price's word.
_VERB_CURRENCIES = frozenset({"won"})
# The word straight after a token (spaces between).
_WORD_AFTER = re.compile(r"[ \t\u00a0]*([^\W\d_]+)")


@lru_cache(maxsize=1)
def _decimal_words() -> frozenset[str]:
    """The words after a number that make it a decimal, folded: the figure recogniser's
    multipliers and units of letters alone (``analysis.figures``' SCALES, MONEY_SCALES, UNITS,
    PERCENTAGE_POINTS: "metres", "million", "kg") and :data:`_DECIMAL_AFTER`. Imported when first
    needed: the recogniser's patterns take a while to compile."""
    from waic_reader.index.analysis.figures import (
        CURRENCY_CODES,
        CURRENCY_WORDS,
        MONEY_SCALES,
        PERCENTAGE_POINTS,
        SCALES,
        UNITS,
    )

    # A price with its currency's word or code after it ("9.30 dollars", "10.45 euros", "12.50
    # CHF": review s52-rv finding 6), but an English verb's form ("at 2.30 won by") tells no price.
    currencies = (w for w in (*CURRENCY_WORDS, *CURRENCY_CODES) if w.isalpha() and w not in _VERB_CURRENCIES)
    units = (w for w in (*SCALES, *MONEY_SCALES, *UNITS, *PERCENTAGE_POINTS, *currencies) if w.isalpha())
    return frozenset(fold(w) for w in units) | _DECIMAL_AFTER


def decimal_word(word: str) -> bool:
    """Whether ``word`` (folded) after a number makes it a decimal (:func:`_decimal_words`)."""
    return word in _decimal_words()


def dotted_clock(text: str, start: int, end: int) -> str | None:
    """The time of day that the token ``text[start:end]`` is when written with a dot, as a
    time typed with a colon is indexed ("9:05" for "09.05 GMT", "at 10.45", "7.05pm"), else None.
    It has a time's shape (hours 0-23, minutes 00-59: :data:`_DOTTED_CLOCK`) and no decimal's
    context: no currency sign before it ("£10.45", "$ 9.45": Unicode's currency symbols) and no
    currency's word or code, unit, scale, percentage or score after it ("9.30 dollars", "10.20
    metres", "9.45 per cent", "10.45 points": :func:`decimal_word`). A bare "10.45" is read as a time, as the text's hours are (review
    s51-rv F10, round s52-m)."""
    m = _DOTTED_CLOCK.fullmatch(text, start, end)
    if m is None:
        return None
    before = text[max(0, start - 2) : start].rstrip(" \u00a0")
    if before and unicodedata.category(before[-1]) == "Sc":
        return None
    after = _WORD_AFTER.match(text, end)
    if after is not None and decimal_word(fold(after.group(1))):
        return None
    return f"{int(m.group(1))}:{m.group(2)}"


def fold_number(token: str) -> str:
    """A number's comparison form (``token`` already folded): the first of :func:`number_forms`."""
    return number_forms(token)[0]


# "3.000", "12.500": one dot before a group of three digits, read as a decimal or as a
# thousands separator (German, Italian, Spanish...): both readings are indexed.
_DOT_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
# A clock time's token written with colons (hours, minutes, seconds: CLOCK_TOKEN).
_CLOCK_FORM = re.compile(r"(\d{1,2}):\d{2}(?::\d{2})?")
# Indian grouping: "3,00,000", "12,34,56,789" (lakh and crore).
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")


@lru_cache(maxsize=65536)
def number_forms(token: str) -> tuple[str, ...]:
    """The comparison forms of a number (``token`` already folded, :func:`fold`), the one a
    query searches first. Thousands separators are dropped where they are certain: commas
    before groups of three digits ("3,000" → "3000", "3,000.5" → "3000.5") or in Indian
    grouping ("3,00,000" → "300000"), spaces and apostrophes (:data:`SEARCH_TOKEN` joins them
    only before a group of three: "3 000", "1'000" → "3000", "1000"), dots when there are
    several ("1.500.000" → "1500000") or a decimal comma after them ("3.000,50" → "3000,50").
    One dot before a group of three is either ("3.000" is 3000 in Germany, three in Britain):
    both forms, ("3000", "3.000"). Anything else (decimals, "1,5") as written. A percentage
    keeps its sign, without a space before it ("45 %" → "45%", "3,000%" → "3000%"), and a
    percentage written with a word has the sign instead ("45 percent", "45 per cent", "45 pct",
    "7.5pc" → "45%", "7.5%")."""
    if token.endswith(("%", "t", "c")) and (tail := _PERCENT_TAIL.search(token)) is not None:
        return tuple(f + "%" for f in number_forms(token[: tail.start()]))
    if ":" in token and (clock := _CLOCK_FORM.fullmatch(token)) is not None:
        # A clock time written with colons (SEARCH_TOKEN's CLOCK_TOKEN): the hour without a leading
        # zero ("09:15" and "9:15" → "9:15"). A time written with a dot ("9.15am") keeps the
        # decimal's form "9.15": a query's time with a colon is searched by both (the query
        # parser's _TIME_WORD), a decimal never by the colon's.
        return (str(int(clock.group(1))) + token[len(clock.group(1)) :],)
    if " " in token or "'" in token:
        token = token.replace(" ", "").replace("'", "")
    if "," in token:
        heads = [g.split(".", 1)[0] for g in token.split(",")[1:]]
        if all(len(h) == 3 and h.isdigit() for h in heads) or _INDIAN.fullmatch(token):
            return (token.replace(",", ""),)
    if "." in token and _DOT_GROUPED.fullmatch(token):
        whole = token.replace(".", "")
        if token.count(".") > 1 or "," in token:
            return (whole,)
        return (whole, token)
    return (token,)


# A hyphen joining the words of a name ("Ruiz-Calderón", "Jean-Luc"): ASCII, U+2010, U+2011.
_NAME_HYPHENS = re.compile("[-\u2010\u2011]+")


# An apostrophe (folded: straight) opening or closing a word, not between two of its letters: a
# plural's possessive ("Rail Workers' Union"), a nickname's quotes ("'Sol'"); "O'Brien" and
# "Moody's" keep theirs.
_EDGE_APOSTROPHE = re.compile(r"(?<![^\W_])'|'(?![^\W_])")


def edge_apostrophes_dropped(text: str) -> str:
    """``text`` (folded: :func:`fold`) without the apostrophes opening or closing its words
    ("rail workers' union" → "rail workers union"; "o'brien", "moody's" unchanged): how an entity
    term and a ``who:`` or ``said:`` query's name are both written (t13ab L5: ``who:Workers`` found
    no "Rail Workers' Union")."""
    return _EDGE_APOSTROPHE.sub("", text) if "'" in text else text


def name_form(name: str) -> str:
    """An entity's or speaker's ``name`` as its whole term is written: folded (:func:`fold`),
    commas read as spaces, the apostrophes at a word's ends left out
    (:func:`edge_apostrophes_dropped`), one space between words ("Rail Workers’ Union" → "rail
    workers union")."""
    return " ".join(edge_apostrophes_dropped(fold(name)).replace(",", " ").split())


def name_forms(name: str, runs: bool = False) -> list[str]:
    """The forms an entity or speaker ``name`` is searched by (``who:``, ``said:``): the whole
    name folded (:func:`name_form`: commas read as spaces, an apostrophe ending a word left out,
    one space between words) and each of its
    whole words of two characters or more, in order, each once ("Maria Kellerman" →
    ["maria kellerman", "maria", "kellerman"]; "World Bank" → ["world bank", "world", "bank"]).
    A word is what spaces delimit, and the words a hyphen joins are words of the name too
    (t13u F2: "Inés Ruiz-Calderón" → [..., "ruiz-calderon", "ruiz", "calderon"], so ``who:Calderon``
    finds it as it finds "Ines Ruiz Calderon"; "Jean-Luc" is "jean-luc", "jean" and "luc");
    "O'Brien" is one word. With ``runs`` (a person's name: a firm's leading words name a sister
    firm too, "Ranvik Drilling" of "Ranvik Drilling Services Ltd"), then each run of two words or
    more in a row, hyphens read as spaces, shortest first (round s32-p: "Inés Ruiz-Calderón" → [..., "ines ruiz", "ruiz calderon", "ines
    ruiz calderon"], so ``who:"Ruiz Calderon"`` finds every spelling of it), for a name of at
    most :data:`_MAX_RUN_WORDS` words."""
    whole = name_form(name)
    forms = [whole] if whole else []
    flat: list[str] = []
    for word in whole.split():
        parts = _NAME_HYPHENS.split(word) if "-" in word or not word.isascii() else [word]
        parts = [p for p in parts if p] or [word]
        flat.extend(parts)
        for w in (word, *parts) if len(parts) > 1 else (word,):
            if len(w) > 1 and w not in forms:
                forms.append(w)
    if runs and (2 < len(flat) <= _MAX_RUN_WORDS or (len(flat) == 2 and len(whole.split()) == 1)):
        for n in range(2, len(flat) + 1):
            for i in range(len(flat) - n + 1):
                run = " ".join(flat[i : i + n])
                if run not in forms:
                    forms.append(run)
    return forms


# The most words (hyphens read as spaces) a name is searched by each run of (``name_forms``).
_MAX_RUN_WORDS = 8


# The Arabic thousands and decimal separators ("١٬٢٠٠", "٣٫٥"), read as "," and "." are.
_ARABIC_SEPARATORS = {0x066C: ",", 0x066B: "."}


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """Every decimal digit of the Basic Multilingual Plane outside ASCII (Unicode category Nd:
    Arabic-Indic U+0660-0669, Extended Arabic-Indic U+06F0-06F9, Devanagari U+0966-096F, Bengali,
    Thai, full-width U+FF10-FF19, …) → its ASCII digit, with :data:`_ARABIC_SEPARATORS`. Built once
    (~65,000 look-ups, a few milliseconds), when a text first holds a character outside ASCII."""
    table: dict[int, str] = dict(_ARABIC_SEPARATORS)
    for code in range(0x80, 0x10000):
        value = unicodedata.decimal(chr(code), None)
        if value is not None:
            table[code] = str(value)
    return table


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script written as its ASCII digit
    ("١٧ نوفمبر ٢٠٢٦" → "17 نوفمبر 2026", "१२००" → "1200", "１２" → "12") and the Arabic thousands
    and decimal separators as "," and "." ("١٬٢٠٠" → "1,200"): one character for one, so offsets
    into the result are offsets into ``text``. The one place digits of other scripts are read: the
    search tokeniser (:func:`search_tokens`), the figure recogniser and the date reader read text
    through it, so ``search 1200`` finds "١٬٢٠٠" (t13az N9, round s53-d). ``text`` itself when it
    is ASCII."""
    return text if text.isascii() else text.translate(_digit_table())


def search_tokens(text: str, pos: int = 0) -> Iterator[tuple[str, int, int]]:
    """(token, start, end) of every search token of ``text`` in order (from offset ``pos``, a
    token's start), offsets into ``text``; a run of CJK characters gives its overlapping bigrams
    (a lone character gives itself). Digits of other scripts are their ASCII digits
    (:func:`ascii_digits`: "١٬٢٠٠" is the token "1,200")."""
    text = ascii_digits(text)
    for m in SEARCH_TOKEN.finditer(text, pos):
        start, end = m.span()
        if end - start > 1 and _IS_CJK.match(text, start):
            for i in range(start, end - 1):
                yield text[i : i + 2], i, i + 2
        else:
            yield m.group(), start, end


def percent_words(token: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of the words of a percentage written out ("45 per cent" → per 3-6,
    cent 7-11; offsets into ``token``, a :data:`SEARCH_TOKEN` match); none for any other token.
    The search index keeps these words beside the percentage, so ``percent`` still finds "45
    percent"."""
    if not token[:1].isdigit() or (m := _PERCENT_WORDS.search(token)) is None:
        return []
    start = m.start("words")
    return [(w.group(), start + w.start(), start + w.end()) for w in re.finditer(r"[^\W\d_]+", m.group("words"))]


def cjk_bigrams(run: str) -> list[str]:
    """The bigrams of a run of CJK characters (the run itself when it is one character)."""
    return [run[i : i + 2] for i in range(len(run) - 1)] if len(run) > 1 else [run]


def words(text: str) -> list[str]:
    """Words of ``text`` as a reader counts them (:data:`WORD`)."""
    return (_ASCII_WORD if text.isascii() else WORD).findall(text)


def word_count(text: str) -> int:
    """Words in ``text``: :data:`WORD` matches, where each Chinese or Japanese character counts as
    one word and a Korean word (a run of Hangul between spaces) as one."""
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
    if not _IS_CJK.search(text):
        return len(WORD.findall(text))
    n = 0
    for w in WORD.findall(text):
        if w.isascii() or not _IS_CJK.search(w):
            n += 1
            continue
        for part in re.split(f"({_CJK_RUN})", w):
            if not part:
                continue
            if not _IS_CJK.match(part):
                n += 1
            elif "\uac00" <= part[0] <= "\ud7af" or "\u1100" <= part[0] <= "\u11ff":
                n += 1  # Hangul: words are spaced
            else:
                n += len(part)
    return n


# A run of word characters and the marks on their letters: a mark is part of the letter it is
# written on ("Tłı̨chǫ" is one word, not "Tłı" and "chǫ": issue #16, round s48-e). Marks only
# (LETTER_MARKS), no invisible characters: "Hindi\u00ad" holds the word "Hindi" (review s48-rve
# finding 5), so a gate asking for "Hindi" finds it.
_WORD_RUN = re.compile(rf"[\w{LETTER_MARKS}]+")
# The last text :func:`text_words` read and its words (by identity): the entity rules of one
# article ask for the same text's words one after the other.
_LAST_WORDS: tuple[str, frozenset[str]] = ("", frozenset())


def text_words(text: str) -> frozenset[str]:
    """The distinct runs of ``\\w`` and the marks on their letters (:data:`LETTER_MARKS`) in
    ``text``: a pattern whose match is a whole such run, or that needs one of a few words whole,
    can be skipped or tried only where they occur. A run of ``\\w`` next to a mark is no member
    ("Tłı" of "Tłı̨chǫ"); next to an invisible character (soft hyphen, zero-width space) it is."""
    global _LAST_WORDS
    if _LAST_WORDS[0] is text:
        return _LAST_WORDS[1]
    words = frozenset(_WORD_RUN.findall(text))
    _LAST_WORDS = (text, words)
    return words
