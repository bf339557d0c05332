"""A person's surname that is also a place's name, written alone as only a person is (a speech
verb after it or "said" before it, ", who" after it), is the person (t13n F24 and heldout21, round
s28-e; names invented or public figures' surnames): "Prime Minister Luís Montenegro … Montenegro
said" left the second a GPE; "Norway's Halvor Eide … Eide, who led after the first round" made
"Halvor Eide" a body of the town Eide and each "Eide" the town. The reported shapes and two
variants each; and the place named as a place stays one."""

from __future__ import annotations

import pytest
from name_helpers import keys

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "surname"),
    [
        (  # reported (t13n F24)
            "Floods\n\nPrime Minister Luís Montenegro visited the flooded town on Monday.\n\n"
            "Montenegro said the state would pay for the repairs.\n",
            "Luís Montenegro",
            "Montenegro",
        ),
        (
            'Election\n\nSenator Marta Jordan toured the port on Tuesday.\n\n"We will rebuild it," said Jordan.\n',
            "Marta Jordan",
            "Jordan",
        ),
        (
            "Trade\n\nMinister Tomás Chile met the unions on Friday.\n\nChile told reporters the talks had failed.\n",
            "Tomás Chile",
            "Chile",
        ),
    ],
)
def test_a_speaking_surname_that_is_a_country_is_the_person(
    rec: Recognizer, text: str, person: str, surname: str
) -> None:
    assert keys(rec, text, surname) == [("PERSON", f"PERSON:{person}")]


@pytest.mark.parametrize(
    ("text", "person", "surname"),
    [
        (  # reported (heldout21)
            "Ski flying\n\nKovačič beat Norway's Halvor Eide on Sunday.\n\n"
            "The crystal globe went to Eide, who finished the season 64 points clear.\n",
            "Halvor Eide",
            "Eide",
        ),
        (
            "Cycling\n\nThe stage was won by Denmark's Aksel Vejle.\n\n"
            "The yellow jersey passed to Vejle, who leads by two seconds.\n",
            "Aksel Vejle",
            "Vejle",
        ),
        (
            "Sailing\n\nSweden's Halvdan Mora won the race on Sunday.\n\n"
            "The trophy went to Mora, whose boat was repaired overnight.\n",
            "Halvdan Mora",
            "Mora",
        ),
    ],
)
def test_a_surname_that_is_a_town_used_as_a_persons_is_the_person(
    rec: Recognizer, text: str, person: str, surname: str
) -> None:
    assert ("PERSON", f"PERSON:{person}") in keys(rec, text, person)
    assert keys(rec, text, surname) == [("PERSON", f"PERSON:{person}")]


def test_the_place_named_as_a_place_stays_the_place(rec: Recognizer) -> None:
    text = (
        "Floods\n\nPrime Minister Luís Montenegro visited Montenegro on Monday.\n\n"
        "Montenegro said the state would pay for the repairs in Montenegro.\n"
    )
    assert keys(rec, text, "Montenegro") == [
        ("GPE", "GPE:Montenegro"),
        ("PERSON", "PERSON:Luís Montenegro"),
        ("GPE", "GPE:Montenegro"),
    ]
