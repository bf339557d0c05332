"""A name before a lower-case noun of a structure (dam, bridge, tunnel, mine, plant …) after
"the", a possessive or at a line's start is that structure, a FAC, never a person (t13p F11,
round s29-j: "the Rocío Alto dam" was a PERSON at the top of the matrix). The reported input and
two invented variants; a person before a verb stays a person."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    ("Officials said the Rocío Alto dam burst early on Wednesday.", "Rocío Alto"),  # reported
    ("Rocío Alto dam collapse: live updates", "Rocío Alto"),  # reported (the live blog's title)
    ("Engineers inspected the Marta Lindqvist bridge before it opened.", "Marta Lindqvist"),
    ("Water flooded Norway's Ingrid Holm tunnel on Friday, police said.", "Ingrid Holm"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("sentence", "name"), CASES)
def test_the_structure_is_a_facility(rec: Recognizer, sentence: str, name: str) -> None:
    found = names(rec, f"Flood news\n\n{sentence}\n")
    assert (name, "FAC") in found and (name, "PERSON") not in found, found


def test_a_person_before_a_verb_stays(rec: Recognizer) -> None:
    assert ("Maria Lopez", "PERSON") in names(rec, "Flood news\n\nMaria Lopez said the mine was safe.\n")
