"""A case-insensitive phrase pattern of the boilerplate split is searched only in a line holding
one of the words every match of it holds (patterns.PHRASE_NEEDS): the words must be found wherever
the pattern matches, whatever letters re.IGNORECASE equates ("SİTE", "ſite", the Kelvin sign).

Proved two ways: on the patterns' parse trees (every alternative holds one of the words as a run
of literal characters that no optional part or other alternative can bypass), and on sample
lines and variants of them with the letters re equates with ASCII ones."""

from __future__ import annotations

import random
import re
import string
import sys
from re import _constants as C
from re import _parser
from typing import Any

import pytest

from waic_reader.index.analysis.noise import block_rules, features, patterns
from waic_reader.index.corpus.blocks import Block

_EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


@pytest.mark.parametrize("ch", sorted(set(string.ascii_lowercase + string.digits + string.punctuation + " ")))
def test_the_fold_turns_every_character_a_literal_matches_ignoring_case_into_its_lower_case(ch: str) -> None:
    # Every character re.IGNORECASE takes for the pattern's character ``ch`` (or its capital)
    # folds to ``ch``: the fold of a matched run of literals is the literals' lower case.
    for literal in {ch, ch.upper()}:
        taken = re.findall(re.escape(literal), _EVERY_CHARACTER, re.IGNORECASE)
        assert taken
        for t in taken:
            assert patterns.ignorecase_fold(t) == ch, (literal, hex(ord(t)))


def test_the_fold_covers_the_letters_lower_does_not_fold_to_ascii() -> None:
    # (It fails without _TO_ASCII: "İ".lower() is "i" and a combining dot, "ı" and "ſ" stay.)
    assert patterns.ignorecase_fold("COOKİES ſITE ıNBOX") == "cookies site inbox"


def _holds(seq: Any, needs: tuple[str, ...]) -> bool:
    """Every match of the parsed sequence ``seq`` holds one of ``needs`` (lower case) as a run of
    its literal characters, ignoring case; False where that cannot be shown this simple way."""
    run: list[str] = []

    def in_run() -> bool:
        text = "".join(run).lower()
        return any(w in text for w in needs)

    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op is C.AT:
            continue  # ^, $, \b: zero width, the literals on either side stay adjacent
        if in_run():
            return True
        run = []
        if op is C.BRANCH and all(_holds(alt, needs) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and not av[1] and not av[2] and _holds(av[3], needs):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds(av[2], needs):
            return True
    return in_run()


def _proved(pattern: str, needs: tuple[str, ...], flags: int = re.IGNORECASE) -> bool:
    return _holds(_parser.parse(pattern, flags), needs)


def test_the_proof_refuses_an_alternative_or_optional_part_without_the_words() -> None:
    assert _proved(r"\bwe use cookies|^cookie (?:policy|settings)", ("cookie",))
    assert not _proved(r"\bwe use cookies|privacy policy", ("cookie",))  # an alternative without it
    assert not _proved(r"accept (?:all cookies)?", ("cookie",))  # only in an optional part
    assert not _proved(r"cook(?:ie|y)", ("cookie",))  # split by a group
    assert _proved(r"keep me (?:up to date|posted)", ("keep me",))
    assert not _proved(r"keep\s+me", ("keep me",))  # \s is not the space the word holds


@pytest.mark.parametrize("pattern", list(patterns.WRITTEN_NEEDS), ids=lambda p: p.pattern[:30])
def test_every_match_of_a_gated_pattern_holds_one_of_its_words(pattern: re.Pattern[str]) -> None:
    # (the gates written by hand; those read off the patterns' trees: tests/analysis/test_literal_needs.py)
    needs = patterns.WRITTEN_NEEDS[pattern]
    # The fold makes only the ASCII letters and characters re equates with them comparable.
    assert pattern.flags & re.IGNORECASE
    assert all(w and set(w) <= set(string.ascii_lowercase + " ") for w in needs)
    assert _proved(pattern.pattern, needs, pattern.flags)
    assert pattern in {p for _, p, _, _ in patterns.PHRASES}


LINES = [
    "We use cookies to improve your experience.",
    "This website uses cookies",
    "ACCEPT ALL COOKİES",
    "Cookie settings",
    "By continuing to use this ſite you agree",
    "By using our website, you accept",
    "Sign up for our newsletter",
    "Our NEWSLETTER: subscribe now",
    "Delivered straight to your inbox",
    "Get the latest news in your inbox",
    "Get the Courier into your Inbox",
    "Keep me updated",
    "– Share this post with your friends",
    "Please share this article with them",
    "Enjoyed it? - Subscribe on YouTube!",
    "Jetzt abonnieren!",
    "Noch kein Abo?",
    "Check out more of our travel stories by signing up to our free weekly newsletter",
    "Just R20 for the first month. Support independent journalism by subscribing today.",
    "Übersetzte und bearbeitete Fassung des Artikels",
    "Translated and adapted from an article in Le Monde",
    "Translated from the original",
]

_EQUATED = {"i": "İı", "s": "ſ", "k": "\u212a"}


def _variants(line: str, rng: random.Random) -> list[str]:
    out = [line, line.upper(), line.lower(), line.swapcase()]
    for _ in range(6):
        out.append(
            "".join(
                rng.choice(_EQUATED[c.lower()]) if c.lower() in _EQUATED and rng.random() < 0.5 else c for c in line
            )
        )
    return out


def _unguarded(f: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str] | None:
    # The rules' table carries each pattern's gate (block_rules._PHRASES_UP_TO): without them.
    bare = tuple(tuple((kind, p, None, desc) for kind, p, _, desc in rules) for rules in block_rules._PHRASES_UP_TO)
    with monkeypatch.context() as m:
        m.setattr(block_rules, "_PHRASES_UP_TO", bare)
        return block_rules.phrase_label(f)


def test_the_rules_table_carries_each_patterns_gate() -> None:
    # (looked up by pattern for every line, a gate cost a hash of the pattern's whole code)
    for rules in block_rules._PHRASES_UP_TO:
        for _, p, needs, _ in rules:
            assert needs == patterns.PHRASE_NEEDS.get(p)


@pytest.mark.parametrize("line", LINES)
def test_a_sample_line_and_its_variants_are_labelled_as_without_the_gates(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(line)
    assert any(p.search(line) for p in patterns.WRITTEN_NEEDS), "each sample line is matched by a gated pattern"
    for text in _variants(line, rng):
        f = features.block_features(Block(0, len(text), "paragraph", text))
        assert block_rules.phrase_label(f) == _unguarded(f, monkeypatch), text
        for pattern, needs in patterns.PHRASE_NEEDS.items():
            if pattern.search(text):
                assert any(w in patterns.ignorecase_fold(text) for w in needs), (pattern.pattern[:30], text)
