"""A person's two surnames joined by Spanish "y" or Catalan "i" are one name ("José Ortega y Gasset",
"Jordi Roca i Puig of Solsona"): issue #16, round s37-e, heldout30's PERSON "Jordi Roca" (and
heldout21's "Marta Puigdevall" of "Marta Puigdevall i Roca"). The reported sentence first, then
variants invented for the kind; guard: a place after the word ("Ana Ruiz i Barcelona")."""

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
        # reported (heldout30, 04_pressrelease_laguiole_occitan_knives)
        (
            "Knives\n\nThe knife was designed with the Catalan cutler Jordi Roca i Puig of Solsona.\n",
            "Jordi Roca i Puig",
        ),
        # invented: other names, Spanish "y"
        ("Books\n\nThe philosopher José Ortega y Gasset wrote the book in 1930.\n", "José Ortega y Gasset"),
        ("Council\n\nThe mayor, Montserrat Vidal i Ferrer, said the flats would close.\n", "Montserrat Vidal i Ferrer"),
        ("Court\n\nJudge Lucía Fernández y Olmedo read the verdict on Monday.\n", "Lucía Fernández y Olmedo"),
    ],
)
def test_two_surnames_joined(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


def test_place_after_the_word_stays_a_place(rec: Recognizer) -> None:
    found = names(rec, "Visit\n\nHe met Ana Ruiz i Barcelona.\n")
    assert ("Barcelona", "GPE") in found, found
