"""A hospital, school, bridge or airport named after a titled person is one name, its title
inside: "Princess Margaret Hospital" (heldout24's was a PERSON "Margaret Hospital"), "the Queen
Elizabeth Hospital", "King Edward School", "the Sir Seewoosagur Ramgoolam Hospital" (an ORG
without "Sir") (issue #16, round s33-n). Invented variants; a titled person before a kind word in
lower case stays a person."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patients are flown to Princess Ngozi Hospital in the capital.", "Princess Ngozi Hospital"),
        ("She was taken to the Queen Salote Hospital on Monday.", "Queen Salote Hospital"),
        ("He studied at King Moshoeshoe School before the war.", "King Moshoeshoe School"),
        ("Doctors at the Sir Anerood Jugnauth Hospital said he was stable.", "Sir Anerood Jugnauth Hospital"),
    ],
)
def test_an_institution_named_after_a_titled_person(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert any(n == name and label in ("ORG", "FAC") for n, label in found)
    assert not any(label == "PERSON" for _, label in found)


def test_a_titled_person_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "Story\n\nQueen Salote opened the hospital in 1952.\n")
    assert ("Queen Salote", "PERSON") in found or ("Salote", "PERSON") in found
