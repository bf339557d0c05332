"""A name opening with a given name after "in PLACE and", followed by "of" and a body, is a person
named as the person before was, no place of a list ("led by Ruth Amsel of the University of Lapland
in Rovaniemi and Maria Okotetto of the Arctic Research Centre": issue #16, round s36-e, held-out 29's
pair was a GPE)."""

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
            "Ice\n\nThe study was led by Ruth Amsel of the University of Lapland in Rovaniemi and "
            "Maria Okotetto of the Arctic Research Centre in Salekhard.\n",
            "Maria Okotetto",
        ),
        (
            "Seeds\n\nThe trial was run by Tomas Rekling, a professor at the Institute of Botany in Uppsala "
            "and Sara Vestergaard of Kestrel Seed Bank.\n",
            "Sara Vestergaard",
        ),
        (
            "Reef\n\nThe survey was led by Kofi Mensah of the University of Ghana in Legon and "
            "Grace Oduya of the Coastal Trust in Mombasa.\n",
            "Grace Oduya",
        ),
    ],
)
def test_name_after_place_and_with_its_body_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
