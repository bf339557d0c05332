"""A name joined to a place by "also called", "known as" or "formerly" names that place again and
takes its type, a person's given name inside it or not ("Ltyentye Apurte, also called Santa
Teresa"; issue #16, round s40-e: held-out 33's PERSON "Santa Teresa"). The reported sentence
first, then variants invented for the kind; guard: a person's other name stays a person's."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # reported (held-out 33)
        (
            "Fish\n\nShirleen Wallace, a ranger from Ltyentye Apurte, also called Santa Teresa, said the "
            "project trained eleven people.\n",
            "Santa Teresa",
        ),
        # invented: a language's name between the two, "formerly"
        ("Water\n\nThe town of Mparntwe, known in English as Alice Springs, is dry.\n", "Alice Springs"),
        ("School\n\nPupils from Tooele, formerly Lucy Harbour, came too.\n", "Lucy Harbour"),
    ],
)
def test_place_named_again_is_a_place(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "GPE") in found, found


def test_person_named_again_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "Singer\n\nAna Lopez, also known as Santa Marta, sang on Sunday.\n")
    assert ("Santa Marta", "PERSON") in found, found
