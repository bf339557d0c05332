"""A place whose name opens with a word that is also a given name ("Villa Adela", "Santa Venera",
"Tom Price", "Fancy Bazar") is the place right after "in", "near", "outside" or "around", or after
such a word and a list of places ("in Belgrade and Novi Sad"), not a person (heldout25, round
s32-b: "His school in Villa Adela" and "builders in Belgrade and Novi Sad" gave PERSONs). A word
before saying a person ("believe in"), a possessive or a speech verb after keep the person.
Invented examples."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The new clinic in Villa Elena opened on Monday with two doctors.", "Villa Elena"),
        ("Flooding cut power to 300 homes near Rosa Blanca overnight.", "Rosa Blanca"),
        ("Traders in Tarija and Sierra Mojada closed their stalls for the strike.", "Sierra Mojada"),
    ],
)
def test_a_place_opening_with_a_given_name_is_a_place(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Voters said they believe in Maria Santos more than in her party.", "Maria Santos"),
        ("The fire started in Tom Harlow's garage, police said.", "Tom Harlow"),
        ("Fans queued in Rosa Blanca, who signed autographs for an hour.", "Rosa Blanca"),
    ],
)
def test_a_person_after_in_stays_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
