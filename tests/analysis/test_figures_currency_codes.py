"""ISO currency codes before an amount are money, in the figures and the entities alike (t13k F9:
"NOK 300 million" gave an organisation "NOK" and a bare number); a code that is an English word
("try 5 times") is no currency."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # reported (t13k F9)
        ("The repairs will cost NOK 300 million, the firm said.", 300_000_000, "NOK"),
        # variants of my own
        ("Losses of SEK 40 million were booked.", 40_000_000, "SEK"),
        ("The grant is PLN 1.2 billion.", 1_200_000_000, "PLN"),
    ],
)
def test_a_code_before_an_amount_is_money(text: str, value: float, unit: str) -> None:
    money = [(f.value, f.unit) for f in figures_of(text) if f.kind == "money"]
    assert money == [(value, unit)]
    rec = Recognizer(use_user=False)
    found = names(rec, f"Cost\n\n{text}\n")
    assert not any(label == "ORG" for _, label in found), found
    assert any(label == "MONEY" and t.startswith(unit) for t, label in found), found


def test_an_english_word_is_no_code() -> None:
    assert [f.kind for f in figures_of("We will try 5 times before noon.")] == ["count"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # found (round s26-g's typhoon: a disaster council's crop damage was lost)
        ("Crop damage reached PHP 2.1 billion, the council said.", 2_100_000_000, "PHP"),
        # variants of my own
        ("The fine was TRY 45,000.", 45_000, "TRY"),
        ("The RUB 300 million bond was sold.", 300_000_000, "RUB"),
    ],
)
def test_a_code_that_is_a_word_is_money_in_capitals_before_an_amount(text: str, value: float, unit: str) -> None:
    """Codes that are words (TRY, PHP, COP, PEN, RUB, RON) are money only in capitals before an
    amount with a scale word or thousands separators."""
    assert [(f.value, f.unit) for f in figures_of(text) if f.kind == "money"] == [(value, unit)]
    found = names(Recognizer(use_user=False), f"Cost\n\n{text}\n")
    assert any(label == "MONEY" and t.startswith(unit) for t, label in found), found


@pytest.mark.parametrize(
    "text", ["Upgrade to PHP 8.2 before March.", "Try 1 million things.", "It cost php 2 billion.", "COP 28 opened."]
)
def test_a_word_code_without_an_amount_of_money_is_no_money(text: str) -> None:
    assert not [f for f in figures_of(text) if f.kind == "money"]
