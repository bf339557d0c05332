"""A first given name no list knows, opening a sentence before a known given name and a surname,
is part of the person's name ("Hlulani Vincent Baloyi, 51, was convicted" was a PERSON "Vincent
Baloyi": a reported leftover of held-out 31, round s39-e), while an English word describing the
person there is not ("Feisty Maureen Ollerton"). The shape tells them apart: such first names end
in "a", "i", "o" or "u", the describing words seldom do. Invented examples beside the reported one."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "POLOKWANE - A former manager was found guilty.\n\n"
            "Hlulani Vincent Baloyi, 51, was convicted in the court on 14 counts.",
            "Hlulani Vincent Baloyi",
        ),
        ("It ended.\n\nTinyiko Grace Mabunda, 44, was convicted of fraud.", "Tinyiko Grace Mabunda"),
        ("The fund was empty.\n\nAzwindini Peter Ravele, 60, said the tanks never came.", "Azwindini Peter Ravele"),
    ],
)
def test_unlisted_first_given_name_stays_in_the_name(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("It ended.\n\nFeisty Maureen Ollerton, 79, scooped the jackpot.", "Maureen Ollerton"),
        ("It ended.\n\nRegular Gareth Pennock said the ban was unfair.", "Gareth Pennock"),
    ],
)
def test_a_describing_word_stays_outside(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
