"""A site or a landform named after a person, a given name first and the place's kind word last
("Alexandra Park", "James Bay", "the Steve Biko Centre"), is the place where "the", a place's
preposition or a compass point's "of" stands right before it, not the person (heldout25, round
s32-b: PERSONs "James Bay" and "Steve Biko Centre"). A job word before it, a possessive or a speech
verb after it keep the person ("analyst Lena Park", "James Park said"). Invented examples."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The under-21 side trains at Henry Park every Tuesday evening.", "Henry Park"),
        ("A vigil was held at the Oliver Tambo Centre on Friday night.", "Oliver Tambo Centre"),
        ("Fishing boats sheltered overnight west of Edward Bay, the coastguard said.", "Edward Bay"),
    ],
)
def test_a_site_named_after_a_person_is_no_person(rec: Recognizer, text: str, site: str) -> None:
    found = names(rec, text)
    assert any(name == site and label != "PERSON" for name, label in found), found
    assert not any(label == "PERSON" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Shares fell 4%, analyst James Park said on Monday.", "James Park"),
        ("James Park said shares would recover.", "James Park"),
        ("The meeting took place at James Park's home in the suburbs.", "James Park"),
    ],
)
def test_a_person_of_a_kind_word_s_surname_stays_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
