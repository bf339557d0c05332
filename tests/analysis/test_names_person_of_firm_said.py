"""A name of two words no list knows, then "of", a firm whose last word is a body's kind word or a
legal form (maybe its town after "in") and a speech verb, is a person speaking for the firm:
"Rinat Khabibullin of Kama Invest in Kazan said" gave no name and "Kama Invest" a PERSON, and
"Phrangsngi Marbaniang of Umiam Capital Pvt Ltd said" no person (heldout28 kind). Invented names of
other traditions; a firm of a country ("Tata Consultancy of India said") stays no person."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        (
            "Analysts were cautious. Tuvshin Batbold of Khangai Invest in Darkhan said the price was high.",
            "Tuvshin Batbold",
            "Khangai Invest",
        ),
        (
            "Brokers disagreed. Ayodele Bankole of Lekki Capital said the bonds would sell.",
            "Ayodele Bankole",
            "Lekki Capital",
        ),
        (
            "Siaosi Faleolo of Apia Securities Ltd said the listing was delayed.",
            "Siaosi Faleolo",
            "Apia Securities Ltd",
        ),
    ],
)
def test_a_person_of_a_firm_who_speaks(rec: Recognizer, text: str, person: str, firm: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert (firm, "PERSON") not in found, found


def test_a_firm_of_a_country_stays_no_person(rec: Recognizer) -> None:
    found = names(rec, "Analysts agreed. Tata Consultancy of India said margins would fall.")
    assert ("Tata Consultancy", "PERSON") not in found, found
