"""A verb's American and British spellings name one measure (issue #16, session 26: a second probe,
an invented hurricane, after the typhoon). Found: AP's "Airlines canceled about 900 flights" and a
local paper's "About 1,100 flights were cancelled" were rows "flights canceled" and "flights
cancelled", one outlet each: never compared."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("text", "other", "label"),
    [
        # found (a hurricane probe, AP against a local paper)
        (
            "Airlines canceled 900 flights at airports in Florida.",
            "About 1,100 flights were cancelled.",
            "flights cancelled",
        ),
        # variants of my own
        ("About 300 homes were leveled by the tornado.", "Some 360 homes were levelled.", "homes levelled"),
        ("Twelve buses were canceled on Monday.", "Nine buses were cancelled, the operator said.", "buses cancelled"),
    ],
)
def test_one_verb_in_two_spellings_is_one_row(text: str, other: str, label: str) -> None:
    facts = sheet(text, other)
    rows = [(f.label, f.sources) for f in facts]
    assert rows == [(label, 2)], rows


def test_a_double_e_verb_keeps_its_spelling() -> None:
    assert [f.label for f in sheet("About 40 carts were wheeled away.")] == ["carts wheeled"]
