"""A language named as a language where a sentence opens with "In" ("In Romanian, he said, the
old word for the bison is ...") or before "speakers" written apart ("a classroom of Welsh
speakers"): the names eval's heldout19 (session 26) read both as NORP, as the cues were only a
lower-case "in" and a hyphened "-speakers". The reported sentences as written, and variants
invented; the nationality before another noun stays NORP."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # reported (heldout19)
        ('In Romanian, he said, the old word for the bison is "zimbru".', "Romanian"),
        (
            '"Every family that leaves takes a classroom of Welsh speakers with it," Jones said.',
            "Welsh",
        ),
        # invented
        ("In Swahili, the song's title means the harvest of the poor.", "Swahili"),
        ("Into Hungarian, the poems were rendered by her brother.", "Hungarian"),
        ("The census counted 40,000 Irish speakers in the county.", "Irish"),
        ("Schools there have struggled to find a Greek speaker for the post.", "Greek"),
    ],
)
def test_the_language_is_a_language(rec: Recognizer, sentence: str, language: str) -> None:
    found = names(rec, f"Language notes\n\n{sentence}\n")
    assert (language, "LANGUAGE") in found, found
    assert (language, "NORP") not in found, found


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("In Romanian villages, the bison is a legend.", "Romanian"),
        ("Welsh farmers met the minister on Monday.", "Welsh"),
    ],
)
def test_a_nationality_before_a_noun_is_no_language(rec: Recognizer, sentence: str, people: str) -> None:
    found = names(rec, f"Farm news\n\n{sentence}\n")
    assert (people, "LANGUAGE") not in found, found
