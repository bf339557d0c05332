"""An election's people (heldout21, round s28-e; names invented): "independent candidate Bikram
Maharjan leads Sarita Gurung" found no "Bikram Maharjan" (a candidate is a role before a name, as
a minister is), and "Its candidate, Ram Kumar Thapa, has asked for a recount" gave "Kumar Thapa"
("Ram", a given name that is an English word). The reported shapes and two variants each."""

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
        (  # reported
            "With two-thirds counted, independent candidate Bikram Maharjan leads Sarita Gurung by 4,180 votes.",
            "Bikram Maharjan",
        ),
        ("The party's nominee Oyelaran Adebisi spoke first.", "Oyelaran Adebisi"),
        ("Voters turned on the incumbent Tarak Bhandari in the old city.", "Tarak Bhandari"),
        ("Its candidate, Ram Kumar Thapa, has asked for a recount.", "Ram Kumar Thapa"),  # reported
        ("The deputy, Ram Chandra Poudel, resigned.", "Ram Chandra Poudel"),
        ("Its chairman, Ram Krishna Yadav, was absent.", "Ram Krishna Yadav"),
    ],
)
def test_the_person_is_named_whole(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
