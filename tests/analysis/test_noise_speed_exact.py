"""The boilerplate split's shortcuts for speed (issue #14: a 10k build in 60 s) answer exactly as
the plain definitions they stand for, on every character they could meet and on real pages'
lines (tests/fixtures/noise_pages)."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import block_rules

ROOT = Path(__file__).resolve().parents[2]
_PAGES = sorted((ROOT / "tests/fixtures/noise_pages").glob("*/text/*.txt"))


def _page_lines() -> list[str]:
    return [line for page in _PAGES for line in page.read_text("utf-8").splitlines() if line.strip()]


def _money_by_definition(text: str) -> bool:
    return (
        any(unicodedata.category(c) == "Sc" for c in text)
        or bool(block_rules._CURRENCY_CODE.search(text))
        or bool(block_rules._CURRENCY_WORD.search(text))  # a figure and a currency word: "12.51元"
    )


def test_every_currency_sign_is_money_in_ascii_and_other_text() -> None:
    signs = [chr(i) for i in range(sys.maxunicode + 1) if unicodedata.category(chr(i)) == "Sc"]
    assert "$" in signs and "€" in signs and "₹" in signs
    for sign in signs:
        assert block_rules.money(f"costs {sign}5"), hex(ord(sign))
        assert block_rules.money(f"prix : 5{sign} – très cher"), hex(ord(sign))


@pytest.mark.parametrize(
    "text",
    [
        "5 min read",
        "Posted 14:30 — 3 June 2026",
        "Price: 12 EUR",
        "USD 40",
        "Rs 500",
        "Über 5 Mio.",
        "午後 3時",
        "【原价】12.51元",
    ],
)
def test_money_answers_as_its_definition(text: str) -> None:
    assert block_rules.money(text) == _money_by_definition(text)


def test_money_answers_as_its_definition_on_real_pages_lines() -> None:
    lines = _page_lines()
    assert len(lines) > 10_000
    assert sum(map(block_rules.money, lines)) > 100
    for line in lines:
        assert block_rules.money(line) == _money_by_definition(line), line
