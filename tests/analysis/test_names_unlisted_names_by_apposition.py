"""A name no list of given names holds is a person's by what is said around it (round s32-n, issue
#16): a possessive role or kin in apposition ("Nikos Vlachos, her husband, said", "Nomsa Khumalo,
its regional organiser, said" were no names) or "of the" body before a speech verb ("Rajesh Sookun
of the Mauritius Fishermen Cooperative said"). Invented examples; guards: a firm "of" a country,
and a firm in apposition to a non-person noun, make no person."""

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
        ("The family waited outside. Tshepiso Maluleke, her husband, said they had paid twice.", "Tshepiso Maluleke"),
        (
            "The union opposed the sale. Wanjala Odhiambo, its regional organiser, said 600 jobs were at risk.",
            "Wanjala Odhiambo",
        ),
        (
            "Boats were pulled on to the road. Dhruvesh Ramsurrun of the Port Louis Boatmen Association said the sea rose fast.",
            "Dhruvesh Ramsurrun",
        ),
        ("Nokuthula Sithole of the Legal Aid Board said the ruling was overdue.", "Nokuthula Sithole"),
    ],
)
def test_a_person_by_apposition_or_body(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tata Consultancy of India said profits rose.", "Tata Consultancy"),
        ("Kestrel Dynamo, its new product, sold out in a day.", "Kestrel Dynamo"),
    ],
)
def test_no_person_for_a_firm(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text), names(rec, text)
