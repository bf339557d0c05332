"""A town of the city list that the article names as a place is that town before "people" too
("The Freetown side ... lose here to Freetown people": the town, no nation; issue #16, round s36-e,
held-out 29 typed both NORP). A people's name no list holds as a town stays the people ("the
Kalinago people"). Towns of Sierra Leone, Kenya and Ghana."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Derby\n\nThe Kenema side lost on Sunday. We never lose to Kenema people, the coach said.\n", "Kenema"),
        ("Market\n\nTraders from Kisumu arrived early. Fish sold to Kisumu people costs more, she said.\n", "Kisumu"),
        ("Vote\n\nIn Tamale the count was slow, and the Tamale people here want the result first.\n", "Tamale"),
    ],
)
def test_town_before_people_is_the_town(rec: Recognizer, text: str, town: str) -> None:
    found = names(rec, text)
    assert (town, "NORP") not in found and (town, "GPE") in found, found


def test_people_no_town_list_holds_stays_a_people(rec: Recognizer) -> None:
    text = "Island\n\nLeaders of the Kalinago people met in Roseau. Kalinago families came from the hills.\n"
    assert ("Kalinago", "NORP") in names(rec, text)
