"""A nationality's adjective straight before a currency's noun names the currency, no people
("410 million Namibian dollars", "2.3 billion Norwegian crowns", "Kenyan shillings"; issue #16,
round s36-e: held-out 29's "Namibian" and "Indian" were NORP, as held-out 16's "Danish crowns"
and held-out 26's "Pakistani rupees"). The same adjective before another noun stays NORP."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Beef quota\n\nThe quota, worth about 410 million Namibian dollars a year, was renewed.\n", "Namibian"),
        ("Farms sold\n\nThe group sold two fish farms for 2.3 billion Norwegian crowns on Monday.\n", "Norwegian"),
        ("Tea exports\n\nGrowers were paid 95 Kenyan shillings a kilo in March.\n", "Kenyan"),
        ("Valves\n\nThe order is worth 120 crore.\n\n($1 = 84.62 Indian rupees)\n", "Indian"),
    ],
)
def test_adjective_of_a_currency_is_no_people(rec: Recognizer, text: str, word: str) -> None:
    found = names(rec, text)
    assert (word, "NORP") not in found, found


def test_adjective_before_another_noun_stays_a_people(rec: Recognizer) -> None:
    text = "Beef quota\n\nNamibian farmers were paid 410 million Namibian dollars last year.\n"
    assert ("Namibian", "NORP") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Royal visit\n\nThe Danish crown prince visited the flooded town on Monday.\n", "Danish"),
        ("Message\n\nNorwegian crown princess Ingrid sent a message of support.\n", "Norwegian"),
        ("Coins\n\nShe kept an old Swedish krona from her grandmother's purse.\n", "Swedish"),
    ],
)
def test_a_currency_noun_with_no_sum_before_names_a_people(rec: Recognizer, text: str, word: str) -> None:
    # review s36-rv2 14: "crown", "krona" are words too; without a sum before the adjective it
    # stays the people
    found = names(rec, text)
    assert (word, "NORP") in found, found
