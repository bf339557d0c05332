"""Quotation marks paired in a block of text, and a quotation that holds only a value.

:func:`pair_marks` pairs each opening mark with its closing one (straight or curly, any of
``corpus.quote_marks``' pairs); :func:`only_a_value` tells a quoted figure, date or short label
(no statement) from a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from waic_reader.index.analysis.figures import find_figures
from waic_reader.index.corpus.date_stamps import is_calendar
from waic_reader.index.corpus.quote_marks import (
    ALL_MARKS,
    APOSTROPHES,
    BOTH_WAYS,
    CJK,
    QUOTE_PAIRS,
    SINGLE,
)

# Quotation marks of European and CJK typography (corpus/quote_marks.py: „…”, „…“, «…», »…«,
# ‚…‘, ‘…’, 「…」 …; t13n F26: a Polish „…” never closed and swallowed its attribution).
_MARK = re.compile("[" + re.escape(ALL_MARKS) + "]")
_CLOSERS = {opener: re.compile("[" + re.escape(closers) + "]") for opener, closers in QUOTE_PAIRS.items()}
# A space and a single mark opening a word: another quotation's opening mark.
_SINGLE_OPENS = re.compile(r"\s[" + re.escape("".join(APOSTROPHES)) + r"]\w")


@dataclass(frozen=True, slots=True)
class Marks:
    """One pair of quotation marks: ``open`` and ``close`` are the marks' offsets (``close`` may
    be the block end for a quote left open); the quoted words are ``open+1:close``."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close

    @property
    def after(self) -> int:
        return self.close + 1


def pair_marks(text: str, start: int, end: int) -> list[Marks]:
    """Quotation-mark pairs within ``text[start:end]`` (one block): each opening mark with the
    nearest mark that closes it (:data:`quote_marks.QUOTE_PAIRS`); marks inside a pair are its
    words. A double mark left open runs on to the block's end (a quote running into the next
    paragraph); a single one left open is an apostrophe ("'em", "the '90s"), no quotation."""
    out: list[Marks] = []
    i = start
    while i < end:
        found = _MARK.search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = found.group()
        if ch not in QUOTE_PAIRS or not _opens(text, i, start, end):
            i += 1
            continue
        j = _closer(text, ch, i + 1, end)
        if j < 0:
            if ch in SINGLE:
                i += 1
                continue
            out.append(Marks(i, end))  # runs on into the next paragraph
            break
        if j > i + 1 and not only_a_value(text, i + 1, j):
            out.append(Marks(i, j))
        i = j + 1
    return out


# What may stand around a value that is all of some words: marks, spaces, punctuation.
_AROUND_VALUE = " \t\n.,;:!?()" + ALL_MARKS
# The most characters a time, date or figure alone takes ("Wednesday 12 March 2025 at 16:40 GMT"):
# longer words are never read for one.
_VALUE_CHARS = 40


def only_a_value(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is nothing but a time, a date or one figure ("16:40 GMT",
    "midnight on Friday", "4.5 percent", "$40 million"), marks and punctuation aside: such words in
    quotation marks quote no one (a deadline, a headline's figure set in marks), and such words
    alone report nothing, so they are no quote nor statement (round s43-y1: '"16:40 GMT", the
    notice said' was a direct quote). The calendar test is the date stamps' (``is_calendar``),
    the figure the one figure recogniser's."""
    while start < end and text[start] in _AROUND_VALUE:
        start += 1
    while end > start and text[end - 1] in _AROUND_VALUE:
        end -= 1
    if start >= end or end - start > _VALUE_CHARS:
        return False  # marks around nothing are no quotation; the longest value is short
    words = text[start:end]
    if is_calendar(words):
        return True
    figures = find_figures(words)
    return len(figures) == 1 and figures[0].start == 0 and figures[0].end == len(words)


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at ``i`` opens a quotation: an apostrophe-like mark only at a word's start
    ("'Everyone …", never "won't" or "'90s"), a mark that also closes ("»", "”") only before a
    word, a straight one never right after a letter or digit (5'10"); CJK brackets always."""
    ch = text[i]
    if ch in CJK:
        return True
    after = text[i + 1] if i + 1 < end else ""
    if (ch in APOSTROPHES or ch in BOTH_WAYS or ch == '"') and i > start and text[i - 1].isalnum():
        return False
    if ch in APOSTROPHES:
        return after.isalpha()
    if ch in BOTH_WAYS:
        return bool(after) and not after.isspace()
    return True


def _closer(text: str, opener: str, pos: int, end: int) -> int:
    """The offset of the nearest mark from ``pos`` that closes ``opener``, else -1. An
    apostrophe-like mark closes only at a word's end (not "won’t"), and a plural's possessive
    ("the workers' pay") is passed over when a later mark closes the quotation with no other
    quotation opening between."""
    closers = _CLOSERS[opener]
    m = closers.search(text, pos, end)
    while m is not None:
        j = m.start()
        if m.group() not in APOSTROPHES:
            return j
        after = text[j + 1] if j + 1 < end else ""
        if text[j - 1].isspace() or after.isalnum():
            m = closers.search(text, j + 1, end)
            continue
        if text[j - 1] in "sS" and re.match(r" [^\W\d_]", text[j + 1 : j + 3]) and text[j + 2].islower():
            later = _closer(text, opener, j + 1, end)
            if later >= 0 and _SINGLE_OPENS.search(text, j + 1, later) is None:
                return later
        return j
    return -1


__all__ = ["Marks", "only_a_value", "pair_marks"]
