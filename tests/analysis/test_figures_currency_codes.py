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
