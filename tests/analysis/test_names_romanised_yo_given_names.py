"""Russian given names written with "ё", which Faker's lists spell "е" ("Петр", "Федор", "Артем") and
English news romanises "yo" ("Pyotr", "Fyodor", "Artyom"), are given names as the "e" forms are
(given_names.romanised_yo); a dictionary listing the form for its bearer ("Pyotr" Tchaikovsky) makes it
no word. Issue #16, round s37-e: heldout30's "When Pyotr Omrypkir was a boy" named no person, nor
did "Omrypkir, 52, leads" (a surname and an age opening a sentence, read as a common word there).
The reported sentences first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.given_names import given_names, romanised_yo
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def test_yo_forms() -> None:
    assert romanised_yo("Петр") == {"Pyotr"}
    assert romanised_yo("Федор") == {"Fyodor"}
    assert {"Pyotr", "Fyodor", "Artyom"} <= given_names()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (heldout30, 10_science_chukotka_chukchi_walrus_count)
        (
            "Walrus\n\nWhen Pyotr Omrypkir was a boy in Ryrkaypiy, walruses were something his father hunted.\n",
            "Pyotr Omrypkir",
        ),
        # invented: other "ё" names, other surnames
        ("Walrus\n\nThen Fyodor Ettyne climbed the ridge with the drone.\n", "Fyodor Ettyne"),
        ("Ice\n\nWhen Artyom Kelbuk was a boy, the ice came in October.\n", "Artyom Kelbuk"),
    ],
)
def test_yo_given_name_opens_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (heldout30)
        ("Walrus\n\nOmrypkir, 52, leads the village's patrol, a team of volunteers.\n", "Omrypkir"),
        # invented: other surnames opening a sentence with an age
        ("Marae\n\nTuhiwai, 61, runs the marae kitchen on weekends.\n", "Tuhiwai"),
        ("Lake\n\nBakhytzhan, 34, has fished the lake since 2001.\n", "Bakhytzhan"),
    ],
)
def test_surname_and_age_opening_a_sentence(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


def test_place_with_a_year_opening_a_sentence(rec: Recognizer) -> None:
    found = names(rec, "Cold\n\nKiev, 34, said nothing.\n")
    assert ("Kiev", "PERSON") not in found, found
