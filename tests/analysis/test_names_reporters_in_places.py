"""After "Name in Place and", the next name opening with a given name is a person like the first
(a byline's or a credit line's reporters), not a place of a list after "in": "By Aline Uwase in
Musanze and Patrick Kayitare on the moto" (issue #16, round s33-c: heldout26's GPE "Patrick
Kayitare"). A list of places after "in" with no name before it stays places ("in Belgrade and
Novi Sad"). The reported shape first, then variants invented for the kind."""

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
        ("By Claudine Mukamana in Rubavu and Patrick Habineza on the moto.", "Patrick Habineza"),
        ("Reporting by Joana Mbeki in Durban and Thomas Okello in Kampala.", "Thomas Okello"),
        ("Photos by Ingrid Solbakk in Tromsø and Marcus Vatne at the harbour.", "Marcus Vatne"),
    ],
)
def test_the_second_reporter_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (person, "PERSON") in found and (person, "GPE") not in found


def test_a_list_of_places_after_in_stays_places(rec: Recognizer) -> None:
    found = names(rec, "Story\n\nFloods hit homes in Belgrade and Novi Sad on Monday.\n")
    assert ("Novi Sad", "GPE") in found
