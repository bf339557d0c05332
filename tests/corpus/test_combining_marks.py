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


def test_ascii_text_is_read_by_the_short_pattern_with_the_same_words() -> None:
    # words() and word_count() read ASCII text with tokens._ASCII_WORD (no combining mark nor
    # curly apostrophe can occur there); it must find exactly WORD's words.
    import random

    from waic_reader.index.corpus import tokens

    marks = re.compile(f"[{tokens.COMBINING_MARKS}]")
    assert not any(marks.match(chr(c)) for c in range(128))
    rnd = random.Random(14)
    alphabet = "aZx09_'.- \n,!"  # ASCII letters, digits, the underscore, WORD's joiners, others
    samples = ["don't U.S.-China state-of-the-art 3.5 a_b 'quoted' end.", "--a..b''c-_-d", ""]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(20_000)]
    for text in samples:
        assert text.isascii()
        assert tokens.words(text) == tokens.WORD.findall(text), text
        assert tokens.word_count(text) == len(tokens.WORD.findall(text))
    # Other text is read by WORD itself.
    assert tokens.words("café’s naïve") == tokens.WORD.findall("café’s naïve") == ["café’s", "naïve"]


def test_ascii_text_is_tokenised_for_search_by_the_short_pattern_with_the_same_tokens() -> None:
    # The search index's postings (analyzer.positions_of) read ASCII text with
    # tokens.ASCII_SEARCH_TOKEN; it must find exactly SEARCH_TOKEN's tokens.
    import random

    from waic_reader.index.corpus import tokens

    rnd = random.Random(15)
    pieces = ["per cent", "pct", "PerCent", " ", "4", "45", "3", "000", ",", ".", "'", "%", "-", "a", "_", "Z"]
    samples = ["45 per cent, 45percent 45-pct 3,000 3.000 1'000 in 2019 300 people 12 345 678 U.S. a_b 7 %"]
    samples += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(20_000)]
    for text in samples:
        assert tokens.ASCII_SEARCH_TOKEN.findall(text) == tokens.SEARCH_TOKEN.findall(text), text
