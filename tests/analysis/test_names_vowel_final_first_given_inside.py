"""A first given name no list knows, ending in a vowel as many African, Asian and Pacific names
do, before a known given name and a surname inside a sentence, is the name's first word, not a
job word describing the person ("Azwindini Peter Ravele said": issue #16, round s40-e, a leftover
of held-out 32, a PERSON "Peter Ravele"), as round s39-e read it at a sentence's start. The
reported sentence first, then variants invented for the kind; guard: after "for" a title's seat
stays outside the name."""

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
        # reported (held-out 32's leftover)
        ("Drum\n\nYesterday, Azwindini Peter Ravele said the village would appeal.\n", "Azwindini Peter Ravele"),
        # invented: after a clause, another speech verb
        (
            "Drum\n\nThe drum was stolen, Tshilidzi Grace Mudau told reporters on Monday.\n",
            "Tshilidzi Grace Mudau",
        ),
        ("Vote\n\nLater, Ntsako Peter Mathebula told the court the count was fair.\n", "Ntsako Peter Mathebula"),
    ],
)
def test_vowel_final_first_given_opens_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


def test_title_seat_stays_outside(rec: Recognizer) -> None:
    found = names(rec, "Road\n\nMember for Torokina Patrick Nakou says the road is mud.\n")
    assert ("Patrick Nakou", "PERSON") in found, found
