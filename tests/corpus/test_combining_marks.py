"""``corpus/marks.py`` is every combining mark of the Unicode version it names, no more, no
less (it is generated, not computed at import: see its docstring). To regenerate it for a new
Unicode version, turn ``marks_of_this_python()`` into ranges and paste them."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from waic_reader.index.corpus.marks import MARKS, UNICODE_VERSION
from waic_reader.index.corpus.tokens import COMBINING_MARKS, UNSPACED_SCRIPTS


def marks_of_this_python() -> set[int]:
    return {cp for cp in range(0x300, sys.maxunicode + 1) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")}


@pytest.mark.skipif(unicodedata.unidata_version != UNICODE_VERSION, reason="another Unicode version's marks")
def test_marks_are_exactly_unicodes() -> None:
    pattern = re.compile(f"[{MARKS}]")
    ours = {cp for cp in range(0x300, sys.maxunicode + 1) if pattern.match(chr(cp))}
    assert ours == marks_of_this_python()


def test_words_of_unspaced_scripts_keep_their_marks_out() -> None:
    joining = re.compile(f"[{COMBINING_MARKS}]")
    assert joining.match("\u093e") and joining.match("\u0301") and joining.match("\u064e")  # Devanagari, Latin, Arabic
    lo, hi = UNSPACED_SCRIPTS[0], UNSPACED_SCRIPTS[2]
    assert not joining.match("\u0e31") and lo <= "\u0e31" <= hi  # a Thai vowel sign
    assert not joining.match("\u102d")  # a Burmese one
