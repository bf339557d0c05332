"""Text hygiene shared by every layer: newline normalisation and terminal-safe display text.

Article text is untrusted. The index and ``--json`` keep it as read; anything that reaches a
terminal goes through :func:`visible` first so that control characters and bidi overrides are
shown as harmless glyphs instead of being interpreted by the terminal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# C0 controls except TAB and LF, DEL, C1 controls, and the Unicode bidi embedding/override/isolate
# controls (the "Trojan Source" set) plus the line/paragraph separators some terminals act on;
# and lone surrogates: U+DC80-U+DCFF stand for the bytes of a file name or an argument that are
# not UTF-8 (Python's "surrogateescape"), which cannot be written to UTF-8 output at all.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c\ud800-\udfff]"
)
# What a file name may not carry into a doc id or a line of output: every control (newlines
# and tabs included), the bidi and separator set above, and undecodable bytes.
_NAME_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\u061c\ud800-\udfff]")


def _byte_escape(code: int) -> str | None:
    """``\\x9b`` for a surrogate-escaped byte (U+DC9B), else None."""
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else None


def escape_name(name: str) -> str:
    """A file name as the app shows it and uses it as a doc id: valid Unicode on one line.

    Its controls become the stand-ins every display shows (:func:`visible`, titles' too: one
    notation, t13ab L22): ``␤`` for a newline, ``␉`` a tab, ``␛`` ESC (control pictures),
    ``␡`` DEL, ``<U+202E>`` a C1 or bidi control; bytes that are not UTF-8 become ``\\xNN`` (as
    ``ls -b`` shows them). Everything else is kept. The real path is kept apart for opening the
    file. (Before round s36-s, ``\\n`` and ``\\x1b``: Python's escapes, two notations.)
    """
    if _NAME_UNSAFE.search(name) is None:
        return name  # nearly every name (a folder scan asks 20,000 times)
    return _NAME_UNSAFE.sub(_name_picture, name)


def _name_picture(match: re.Match[str]) -> str:
    # A newline as visible(keep_newlines=False) shows one; every other control as _picture does.
    return "\u2424" if match.group() == "\n" else _picture(match)


def _picture(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        # U+2400 block: "control pictures" (␛ for ESC, ␀ for NUL, ...).
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"  # ␡
    return _byte_escape(code) or f"<U+{code:04X}>"


def quoted(fragment: str) -> str:
    """``fragment`` (text from a file: a date as written, a field's key) quoted in a message the
    user reads (a note, a warning, a skip reason): as written, between single quotes.

    Not ``repr``: its escapes (``'\\x1b'``) are neither the text, which ``--json`` keeps (JSON-escaped,
    ``\\u001b``), nor the stand-in (``␛``) that every display shows through :func:`visible`."""
    return f"'{fragment}'"


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """Return ``text`` with every unsafe control character replaced by a visible stand-in.

    Offsets change only for C1/bidi characters (replaced by a longer marker); callers that need
    offsets to line up use :func:`visible_same_length`.
    """
    text = _UNSAFE.sub(_picture, text)
    if not keep_newlines:
        text = text.replace("\n", "\u2424")
    return text


# A control character as :func:`visible` shows it ("<U+202E>"; C0 controls become control
# pictures, which are not word characters): what the search and find boxes hold instead.
STAND_IN = re.compile(r"<U\+[0-9A-F]{4,6}>")


def stand_ins_as_spaces(text: str) -> str:
    """``text`` typed or pasted into a box, with each control character's stand-in (see
    :func:`visible`) read as the space it stood for: a control character is no part of a word."""
    return STAND_IN.sub(" ", text)


# Control characters a text may carry inside its lines (C0 but TAB and LF, DEL, C1): no word's and
# no sentence's; :func:`controls_as_spaces` reads each as a space.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Format characters (Unicode Cf: the zero-width space, bidi marks, the word joiner, a stray BOM)
# beside a space, a stop or a line's edge: no word's either ("Varnhelm.\u200b A spokesman said"
# is two sentences, t13ac M30). Inside a word they stay ("coast\u200bguard" is one word,
# tokens.INVISIBLE_IN_WORDS); the soft hyphen, the joiners (Persian and Indic shaping, emoji
# sequences), the tag characters (flags) and the signs that prefix an Arabic or Syriac number
# always do. (Unicode 15's Cf less those, written out: scanning the code points costs 0.2 s.)
_FORMATS = "\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001"
_FORMAT_RUN = re.compile(f"[{_FORMATS}]+")
_UNSPACED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_FORMATS}]")


def _format_run_as_spaces(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
        return m.group()  # inside a word
    return " " * (end - start)


def controls_as_spaces(text: str) -> str:
    """``text`` with each control character (C0 but TAB and LF, DEL, C1) read as a space, one
    character for one (offsets kept): what the sentence splitter and the quote recogniser read, so
    that "near Harnwick.\x07 A spokesman said" ends a sentence at the stop as "near Harnwick. A
    spokesman said" does (t13ab L4: the two sentences were one and the place took the quote).
    Format characters (Cf: "\u200b", "\u200e", "\u2060", "\ufeff") are read so too unless a
    letter or digit stands on both sides (:data:`_FORMATS`; t13ac M30). ``text`` itself (not
    copied) when it holds none."""
    if _UNSPACED.search(text) is None:
        return text
    return _FORMAT_RUN.sub(_format_run_as_spaces, _CONTROLS.sub(" ", text))


def visible_same_length(text: str) -> str:
    """Like :func:`visible` but every unsafe character becomes exactly one character: C0
    controls their control picture (␇), DEL ␡, and C1 and bidi controls ␦ (U+2426, the
    symbol for a substituted character; not ``�``, which marks bytes that were not valid text).

    Used where character offsets into article text (matches, entities) must stay valid.
    """

    def one(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code < 0x20:
            return chr(0x2400 + code)
        if code == 0x7F:
            return "\u2421"
        return "\u2426"

    return _UNSAFE.sub(one, text)


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def nfc(text: str) -> str:
    """``text`` in Unicode normalisation form C: a letter and its combining marks written as one
    character where Unicode has one ("Zu\u0308rich" → "Zürich"), as most text is written.

    Text in decomposed form (NFD: macOS file names, some CMS exports) would otherwise count its
    marks as word breaks, split names and differ from the composed spelling byte for byte.
    Unchanged (and not copied) when already NFC, which ``unicodedata.is_normalized`` tells
    at C speed.
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Where a text cut at the read limit may end: after a sentence (its closing quote or bracket
# too) or a paragraph, else at a space; looked for this far back from the cut.
# A full stop of Chinese or Japanese ends a sentence whether or not a space follows (none does
# in those scripts: the cut had fallen mid-word, "…上海世界人", acceptance s11b).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|[。！？][」』”’）]*|\n\n")
CUT_WINDOW = 4096


def cut_whole(text: str) -> str:
    """``text``, cut off at a read limit, ending at its last sentence end, else its last
    whitespace, within :data:`CUT_WINDOW` characters of the cut, so that no half word ("…
    officials in Halvi") is read as a word; unchanged when there is neither (one long word,
    text written without spaces)."""
    start = max(0, len(text) - CUT_WINDOW)
    ends = list(_SENTENCE_END.finditer(text, start))
    if ends:
        return text[: ends[-1].end()].rstrip()
    space = max(text.rfind(" ", start), text.rfind("\n", start), text.rfind("\t", start))
    return text[:space].rstrip() if space > 0 else text


# The whitespace a one-line form collapses to one space: every whitespace character but those
# :func:`visible` shows as a stand-in (VT, FF, CR, the C0 separators FS-US, NEL, U+2028/U+2029).
# ``str.split()`` took those for spaces too, so a line cut here showed "Control chars" where
# ``show`` printed "Control␋chars" (t13at N13): one line and the whole text show a control alike.
# A CR straight before an LF is half of a Windows line break (CRLF: a CSV or JSON export, an HTML
# <meta> value), whitespace like the LF, not a control a user typed (review s50-rv2 #5: a
# record's title "Storm hits coast\r\nferries halted" showed "coast␍ ferries").
_SPACES = re.compile(r"(?:\r(?=\n)|[^\S\x0b-\x0d\x1c-\x1f\x85\u2028\u2029])+")


def one_line(
    text: str,
    width: int | None = None,
    *,
    keep_end: bool = False,
    middle: bool = False,
    cells: Callable[[str], int] | None = None,
    words: bool = False,
) -> str:
    """Collapse whitespace to single spaces and shorten to ``width`` characters with an ellipsis:
    at the end, or with ``keep_end`` at the start, keeping the end (for paths, whose last folder
    and name tell rows apart where their start is shared: ``news/a/story`` in 8 → ``…a/story``),
    or with ``middle`` in the middle, keeping both ends (for ids whose start addresses them and
    whose end tells them apart: ``updates#entry-12`` in 10 → ``updat…y-12``).

    ``cells``: how many terminal cells a string takes (the UI passes ``rich.cells.cell_len``;
    this package imports no Rich): ``width`` then counts cells, so an id of wide CJK characters
    is cut to the column it is drawn in, not to twice its width.

    ``words``: cut at the end after the last whole word that fits (a sentence, a reason), never
    inside a word, unless the first word alone is over half the width (t13m F15: a boilerplate
    reason cut mid-word)."""
    text = _SPACES.sub(" ", text).strip(" ")
    if width is None:
        return text
    if words and not keep_end and not middle and (cells or len)(text) > width:
        cut = one_line(text, width, cells=cells)[:-1]  # what fits, its ellipsis taken off
        space = len(cut) if text[len(cut) : len(cut) + 1] == " " else cut.rfind(" ")
        if space > len(cut) // 2:
            return cut[:space].rstrip(" ,;:") + "…"
        return cut.rstrip() + "…"
    if cells is not None and not text.isascii():
        return _cut_cells(text, width, cells, keep_end=keep_end, middle=middle)
    if len(text) > width:
        if middle and width >= 3:
            tail = (width - 1) // 2
            return text[: width - 1 - tail] + "…" + text[len(text) - tail :]
        if keep_end and width >= 2:
            return "…" + text[len(text) - (width - 1) :]
        text = text[: max(1, width - 1)].rstrip() + "…"
    return text


def _fit_cells(text: str, room: int, cells: Callable[[str], int], *, from_end: bool = False) -> str:
    """The longest start (or end) of ``text`` that takes at most ``room`` cells."""
    used, n = 0, 0
    for ch in reversed(text) if from_end else text:
        w = cells(ch)
        if used + w > room:
            break
        used += w
        n += 1
    return (text[len(text) - n :] if n else "") if from_end else text[:n]


def _cut_cells(text: str, width: int, cells: Callable[[str], int], *, keep_end: bool, middle: bool) -> str:
    """:func:`one_line`'s cuts with ``width`` counted in terminal cells (the ellipsis takes one)."""
    if cells(text) <= width:
        return text
    if middle and width >= 3:
        tail = (width - 1) // 2
        return _fit_cells(text, width - 1 - tail, cells) + "…" + _fit_cells(text, tail, cells, from_end=True)
    if keep_end and width >= 2:
        return "…" + _fit_cells(text, width - 1, cells, from_end=True)
    return _fit_cells(text, max(1, width - 1), cells).rstrip() + "…"


def close_phrase(text: str) -> str:
    """A query whose phrase is still being typed (``"eric schmidt``) with its quote closed, so
    the phrase typed so far is searched (here: no search engine is imported)."""
    if text.count('"') % 2:
        return text.rstrip() + '"'
    return text


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun in the number it takes: ``counted(1, "article")`` → "1 article",
    ``counted(3, "article")`` → "3 articles" (``plural`` when not the noun plus "s")."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
