"""A person's lone surname is the person, not the firm whose name opens with the same word, when
the sentence makes it a person: a speech verb and "she"/"he" after it (t13h F4, round s23-i:
"Haldor said she had warned the council" went to "Haldor Bygg Ltd"). Across the corpus the lone
surname then joins the one person of that surname, though a town bears the name too. The reported
input and two invented variants; a firm's own "it" stays the firm."""

from __future__ import annotations

import pytest
from name_helpers import keys

from waic_reader.index.analysis.entities.person_joins import surname_aliases
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Haldor Bygg Ltd said it would cooperate. Haldor said she had warned the council.", "Haldor"),  # reported
        ("Brekke Anlegg AS won the contract. Brekke said he had checked the drawings.", "Brekke"),
        ("Solum Elektro ASA denied the claim. Later, Solum added she had seen the report.", "Solum"),
    ],
)
def test_a_surname_saying_she_or_he_is_no_firms_short_form(rec: Recognizer, text: str, surname: str) -> None:
    assert keys(rec, text, surname) == [("PERSON", f"PERSON:{surname}")]


@pytest.mark.parametrize(
    ("text", "surname", "firm"),
    [
        (
            "Haldor Bygg Ltd said it would cooperate. Haldor said it had warned the council.",
            "Haldor",
            "Haldor Bygg Ltd",
        ),
        ("Brekke Anlegg AS won the contract. Brekke said the drawings were checked.", "Brekke", "Brekke Anlegg AS"),
    ],
)
def test_a_firms_short_form_without_she_or_he_stays_the_firm(
    rec: Recognizer, text: str, surname: str, firm: str
) -> None:
    assert keys(rec, text, surname) == [("ORG", f"ORG:{firm}")]


def test_a_place_of_the_same_name_leaves_the_lone_surname_its_person() -> None:
    # reported (t13h F4: "The town of Haldor" beside "Tone Haldor" and a lone "Haldor said she")
    got = surname_aliases(["PERSON:Tone Haldor", "PERSON:Haldor", "GPE:Haldor", "ORG:Haldor Bygg AS"])
    assert got == {"person:haldor": "PERSON:Tone Haldor"}
    assert surname_aliases(["PERSON:Ola Brekke", "PERSON:Brekke", "LOC:Brekke"]) == {
        "person:brekke": "PERSON:Ola Brekke"
    }
    # a firm of that one word still makes it unknown which is meant; so does a second person
    assert surname_aliases(["PERSON:Ola Brekke", "PERSON:Brekke", "ORG:Brekke"]) == {}
    assert surname_aliases(["PERSON:Ola Solum", "PERSON:Kari Solum", "PERSON:Solum", "GPE:Solum"]) == {}
