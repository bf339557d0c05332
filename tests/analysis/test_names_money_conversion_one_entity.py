"""Money entities (issue #16; t13ag-r R7, t13ah N7/N8): an amount with its conversion beside it is
the amount's entity ("200,000 taka ($1,640)" and "200,000 taka" were two MONEY entities, and
``entity:"200,000 taka"`` missed the articles writing the conversion), and a regional currency's
sign is part of its MONEY mention ("S/ 10 million" was CARDINAL "10 million" and a GPE "S")."""

from __future__ import annotations

import pytest
from name_helpers import Art, keys

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "converted", "bare"),
    [
        pytest.param(
            "Notes.\n\nEach family will get 200,000 taka ($1,640). Later 200,000 taka was paid.",
            "200,000 taka ($1,640)",
            "200,000 taka",
            id="reported",
        ),
        pytest.param(
            "Notes.\n\nThe firm bid Rs 16,189 crore, about $1.9 billion. Rivals matched Rs 16,189 crore.",
            "Rs 16,189 crore, about $1.9 billion",
            "Rs 16,189 crore",
            id="variant_comma",
        ),
        pytest.param(
            "Notes.\n\nThe road is closed for 40 kilometres (25 miles), and 40 kilometres of rail too.",
            "40 kilometres (25 miles)",
            "40 kilometres",
            id="variant_quantity",
        ),
    ],
)
def test_an_amount_with_its_conversion_is_the_amounts_entity(
    rec: Recognizer, text: str, converted: str, bare: str
) -> None:
    (with_conversion,) = keys(rec, text, converted)
    assert with_conversion == keys(rec, text, bare)[0]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        pytest.param(
            "Notes.\n\nThe government would provide S/ 10 million in emergency funds.", "S/ 10 million", id="reported"
        ),
        pytest.param("Notes.\n\nThe families will receive ₱20,000 from the city.", "₱20,000", id="variant_peso"),
        pytest.param("Notes.\n\nThe company paid Tk 5 lakh to each family.", "Tk 5 lakh", id="variant_taka"),
    ],
)
def test_a_regional_currency_sign_is_in_its_money_mention(rec: Recognizer, text: str, money: str) -> None:
    assert [label for label, _ in keys(rec, text, money)] == ["MONEY"]
    assert not [m for m in rec.recognize(Art("x", text)) if m.label == "GPE" and text[m.start : m.end] == "S"]
