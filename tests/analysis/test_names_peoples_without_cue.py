"""A people's name with no noun of a people beside it: "the Blackfoot have", "many of the
Blackfoot speak", its plural ("The Hutsuls are"), and the crafts and lands of a people ("Hutsul
makers", "the Hutsul highlands") are the people (NORP), a town's name of the city list too (issue
#16, round s43-e: a tester's "the Blackfoot" was a GPE; held-out 36's "Hutsul" was no name)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the tester's kind: a people's name that is a town's in the lists
        ("The Blackfoot have lived here for centuries. Blackfoot elders met on Tuesday.", "Blackfoot"),
        ("Many of the Blackfoot speak English at home.", "Blackfoot"),
        # an invented people
        ("Most of the Orvani still fish the river, and the Orvani say it is sacred.", "Orvani"),
    ],
)
def test_the_people_before_a_plural_verb(rec: Recognizer, text: str, people: str) -> None:
    got = names(rec, text)
    assert (people, "NORP") in got
    assert not any(name == people and label != "NORP" for name, label in got)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # held-out 36's press release, shortened
        (
            "The Foundation and the Hutsul family firm Shkriblyak Woodcraft LLC opened a workshop in the Hutsul "
            'highlands. "As every Hutsul maker did," she said. The Hutsuls are highlanders of the Carpathians.',
            "Hutsul",
        ),
        # an invented people, its weavers, its highlands and its plural
        (
            "Orvani weavers sell their cloth in the Orvani highlands. The Orvanis are herders, as every Orvani maker knows.",
            "Orvani",
        ),
    ],
)
def test_crafts_lands_and_plural_of_a_people(rec: Recognizer, text: str, people: str) -> None:
    got = names(rec, text)
    assert (people, "NORP") in got
    assert (people + "s", "NORP") in got


def test_a_river_after_a_preposition_is_no_people(rec: Recognizer) -> None:
    got = names(rec, "Fishing boats on the Tarvel are waiting. Village elders met on Friday.")
    assert not any(label == "NORP" for _, label in got)
