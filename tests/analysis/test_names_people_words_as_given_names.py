"""A people's name that many lands give as a first name ("Christian" in 21 of Faker's locales, "Finn"
in 12) opens a person's name before a surname no list knows, as a place given as a first name does
("Sofia Lindqvist"): "Christian Eriksen scored" was a NORP "Christian" and no person (issue #16,
round s37-e, from heldout30's "Christian Lukusa Mbuyi"); a place's given name before two surnames
is one person too ("Sofia Lindqvist Berg"). Invented sentences; guards: the people's adjectives
("German", "French": a given name in few locales) and a body after a kind word."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.given_names import place_given_names
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def test_people_given_names_listed() -> None:
    assert {"Christian", "Finn"} <= place_given_names()
    assert not {"German", "French", "Danish"} & place_given_names()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Derby\n\nChristian Eriksen scored the winner on Sunday.\n", "Christian Eriksen"),
        ("Derby\n\nThe winner was scored by Christian Kabasele on Sunday.\n", "Christian Kabasele"),
        ("Rugby\n\nFinn Russell kicked the conversion in the last minute.\n", "Finn Russell"),
        ("Rail\n\nHe met Sofia Lindqvist Berg at the station on Monday.\n", "Sofia Lindqvist Berg"),
    ],
)
def test_people_or_place_given_name_opens_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cars\n\nThe German Bundestag voted on Friday.\n", "German Bundestag"),
        ("Aid\n\nThe charity Christian Aid said the camp needed water.\n", "Christian Aid"),
    ],
)
def test_no_person(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "PERSON") not in found, found
