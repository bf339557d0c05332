"""A list of names after "from", one of them a known place, is a list of places, each unknown member
a place, as after "in", "across" or "near" ("shepherds from Orgosolo, Orune, Bitti and Mamoiada";
issue #16, round s31-c: heldout24's villages were no names, only the known "Bitti" read). A list
with an organisation or a given name in it is left alone. The reported sentence first, then
variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # reported (heldout24)
        (
            "About two hundred shepherds from Orgosolo, Orune, Bitti and Mamoiada parked their tractors across "
            "the highway. His cousin, Maria Grazia Piras, a teacher in Bitti, had brought her class to watch.",
            ["Orgosolo", "Orune", "Mamoiada"],
        ),
        # invented: other places, other wording
        (
            "Volunteers came from Vrakuń, Kelmarsh, Leeds and Tullowen to clear the mud.",
            ["Vrakuń", "Kelmarsh", "Tullowen"],
        ),
        (
            "Pilgrims from Brnolín, Olomouc and Vsetínek walked for two days.",
            ["Brnolín", "Vsetínek"],
        ),
    ],
)
def test_unknown_members_of_a_place_list_after_from_are_places(rec: Recognizer, text: str, places: list[str]) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert [p for p in places if (p, "GPE") not in found] == [], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The money came from Acme, Brixlo and Google.", "Brixlo"),  # (an organisation in the list)
        ("Greetings came from Anna, Maria and Paris.", "Anna"),  # (given names)
    ],
)
def test_lists_of_other_names_are_left_alone(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (name, "GPE") not in found, found
