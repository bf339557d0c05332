"""The words every match of a pattern holds, read off its parse tree (analysis.literal_needs),
gate the boilerplate split's phrase patterns searched beyond a line's start (noise.patterns,
s33-g, issue #14's speed): a line holding none of them cannot match, so no label changes.

Proved on hand-made patterns, on every phrase pattern against the real pages' lines and variants
of them with the letters re.IGNORECASE equates with ASCII ones, and for every character outside
ASCII a need holds (re.IGNORECASE takes it as itself alone)."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from waic_reader.index.analysis.literal_needs import literal_needs, needable, start_anchored
from waic_reader.index.analysis.noise import block_rules, features, patterns
from waic_reader.index.corpus.blocks import Block

ROOT = Path(__file__).resolve().parents[2]
_PAGES = sorted((ROOT / "tests/fixtures/noise_pages").glob("*/text/*.txt"))
_EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))
_EQUATED = {"i": "İı", "s": "ſ", "k": "\u212a"}


def _needs(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...] | None:
    return literal_needs(re.compile(pattern, flags))


def test_an_alternation_needs_one_word_of_each_alternative() -> None:
    assert _needs(r"\bwe use cookies|^cookie (?:policy|settings)") == (
        "cookie policy",
        "cookie settings",
        "we use cookies",
    )
    assert _needs(r"photo|\d+") is None  # an alternative holds no literal
    assert _needs(r"(?:abc)?\d+") is None  # only an optional part does
    assert _needs(r"x{0,3}yz") == ("yz",)


def test_literals_run_across_zero_width_parts_and_stop_at_classes() -> None:
    assert _needs(r"^ab(?=c)cd\b") == ("abcd",)
    assert _needs(r"keep\s+me posted") == ("me posted",)
    assert _needs(r"[/|]\s*getty images") == ("getty images",)
    assert _needs(r"[/|]\s*\d") == ("/", "|")


def test_a_scoped_case_and_a_script_without_case_are_read() -> None:
    assert _needs(r"(?-i:Credit)\s*[A-Z]") == ("credit",)
    assert _needs(r"Credit:", 0) == ("credit:",)  # (matched in its case, found in the fold)
    assert _needs(r"^(?:来源|出典)\s*[:：]") == ("出典", "来源")
    # A cased letter outside ASCII ends the run: "í" is equated with "Í" and more.
    assert _needs(r"fotografía") == ("fotograf",)
    assert not needable("í") and needable("图") and needable("：") and needable("©")


def test_anchored_patterns_are_told_apart() -> None:
    assert start_anchored(re.compile(r"^a|^(?:b|c)"))
    assert not start_anchored(re.compile(r"^a|b"))
    assert not start_anchored(re.compile(r"^a", re.MULTILINE))


def test_every_character_a_need_holds_outside_ascii_is_matched_as_itself_alone() -> None:
    chars = {c for _, p, _, _ in patterns.PHRASES for w in literal_needs(p) or () for c in w if not c.isascii()}
    assert chars  # (the Chinese, Japanese and Korean words, "©")
    for c in chars:
        assert re.findall(re.escape(c), _EVERY_CHARACTER, re.IGNORECASE) == [c], hex(ord(c))
        assert patterns.ignorecase_fold(c) == c


def _variants(line: str, rng: random.Random) -> list[str]:
    out = [line, line.upper(), line.swapcase()]
    out.append("".join(rng.choice(_EQUATED[c.lower()]) if c.lower() in _EQUATED else c for c in line))
    return out


def test_every_phrase_pattern_matches_only_lines_holding_one_of_its_needs() -> None:
    rng = random.Random(14)
    lines = [line for page in _PAGES for line in page.read_text("utf-8").splitlines() if line.strip()]
    assert len(lines) > 10_000
    derived = [(p, needs) for _, p, _, _ in patterns.PHRASES if (needs := literal_needs(p)) is not None]
    assert len(derived) >= 40
    matched = 0
    for line in lines:
        for text in _variants(line, rng) if rng.random() < 0.1 else (line,):
            folded = patterns.ignorecase_fold(text)
            for p, needs in derived:
                if p.search(text):
                    matched += 1
                    assert any(w in folded for w in needs), (p.pattern[:40], text)
    assert matched > 1_000


def test_the_unanchored_phrase_patterns_are_gated_by_their_needs() -> None:
    for _, p, _, _ in patterns.PHRASES:
        if p not in patterns.WRITTEN_NEEDS:
            assert patterns.PHRASE_NEEDS.get(p) == (None if start_anchored(p) else literal_needs(p))


@pytest.mark.parametrize("page", _PAGES[::7], ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_the_lines_of_real_pages_are_labelled_as_without_the_gates(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bare = tuple(tuple((kind, p, None, desc) for kind, p, _, desc in rules) for rules in block_rules._PHRASES_UP_TO)
    for line in page.read_text("utf-8").splitlines():
        f = features.block_features(Block(0, len(line), "paragraph", line))
        gated = block_rules.phrase_label(f)
        with monkeypatch.context() as m:
            m.setattr(block_rules, "_PHRASES_UP_TO", bare)
            assert block_rules.phrase_label(f) == gated, line
