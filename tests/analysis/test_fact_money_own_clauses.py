"""Two amounts of one sentence with their own owners and verbs are two facts, neither an earlier
value of the other, and each is named by the verb that governs it: a bid is no pledge; a place's
name before the noun it modifies ("a Tokyo charity") is that body, no country (t13p F5, round s30-b;
"India's government pledged ₹3 lakh and Indian contractor Larsen Hydro put its repair bid at Rs
16,189 crore" was one "money pledged" value, the bid, first said ₹3 lakh)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _money(text: str) -> list[tuple[str, str, list[str]]]:
    """(label, value, earlier values) of each money value of ``text``'s fact sheet."""
    return sorted(
        (f.label, value_text(v), [value_text(e) for e in v.earlier])
        for f in sheet(text)
        for v in f.values
        if v.kind == "money"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (Asia Wire)
        (
            "India's government pledged ₹3 lakh and Indian contractor Larsen Hydro put its repair bid at Rs 16,189 crore.",
            [("bid", "₹161.89 billion", []), ("money pledged", "₹300,000", [])],
        ),
        # variants of my own
        (
            "The ministry pledged $2 million and builder Acme Construction put its repair bid at $300 million.",
            [("bid", "$300 million", []), ("money pledged", "$2 million", [])],
        ),
        (
            "Norway's government promised NOK 40 million, while Fjordbygg AS tendered its offer at NOK 900 million.",
            [("bid", "900 million NOK", []), ("money pledged", "40 million NOK", [])],
        ),
    ],
)
def test_two_amounts_two_facts(text: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _money(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (Asia Wire): the charity's ￥700,000 was lost in Japan's ¥0.7mn
        (
            "Japan pledged ¥0.7mn and a Tokyo charity pledged ￥700,000 for families of the victims.",
            [("money pledged (Japan)", "¥700,000"), ("money pledged (Tokyo charity)", "¥700,000")],
        ),
        # variants of my own
        (
            "France pledged €5m and a Paris foundation pledged €5m in aid.",
            [("money pledged (France)", "€5 million"), ("money pledged (Paris foundation)", "€5 million")],
        ),
        (
            "Kenya pledged KES 2 million and a Nairobi church pledged KES 2 million to the victims.",
            [("money pledged (Kenya)", "2 million KES"), ("money pledged (Nairobi church)", "2 million KES")],
        ),
    ],
)
def test_a_place_modifying_a_noun_is_no_country(text: str, want: list[tuple[str, str]]) -> None:
    assert [(label, value) for label, value, _ in _money(text)] == want
