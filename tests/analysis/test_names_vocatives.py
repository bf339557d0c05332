"""A one-word name addressed after words said to someone and a comma ("Thank you, Almaz, and thank
you to the bakery", "Yes, Gulnara.", "and well done, Timur.") is a PERSON (issue #16, round s31-c:
heldout24's live blog thanked its readers by given name, none found). A name the article also writes
opening a longer name is left to that name ("Karthik Ramaswamy: …" then "Thank you, Karthik."), a
known place stays a place. The reported entries first, then variants invented for the kind."""

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
        # reported (heldout24)
        (
            'The bakery on the corner is giving away bread." Thank you, Almaz, and thank you to the bakery.',
            ["Almaz"],
        ),
        ('"Is it really so bad in the city?" Yes, Gulnara. The ice line has stayed west of the river.', ["Gulnara"]),
        ('"Everyone got home." Thank you, Rezeda, and well done, Timur.', ["Rezeda", "Timur"]),
        # invented: other names and words said
        (
            '"The roads are clear here." Thanks, Oyelaran! Hello, Mbali, and congratulations, Thandeka.',
            ["Oyelaran", "Mbali", "Thandeka"],
        ),
        ("Goodbye, Ksenia, and well done, Arslan; the last bus has left.", ["Ksenia", "Arslan"]),
    ],
)
def test_a_name_addressed_is_a_person(rec: Recognizer, text: str, people: list[str]) -> None:
    found = names(rec, f"Live\n\n{text}\n")
    assert [p for p in people if (p, "PERSON") not in found] == [], found


def test_a_short_form_of_a_longer_name_and_a_place_are_left_alone(rec: Recognizer) -> None:
    # (heldout14's earnings call: the speaker label stays whole)
    text = (
        "Call\n\nOperator: Good evening and welcome to the Astrava Technologies earnings call. I now hand the "
        "conference over to Mr Karthik Ramaswamy, Head of Investor Relations.\n\nKarthik Ramaswamy: Thank you. "
        "With me are our CEO, Shalini Hegde.\n\nShalini Hegde: Thank you, Karthik. Thank you, Kazan!\n"
    )
    found = names(rec, text)
    assert ("Karthik Ramaswamy", "PERSON") in found and ("Kazan", "GPE") in found, found
    assert ("Ramaswamy", "PERSON") not in found, found
