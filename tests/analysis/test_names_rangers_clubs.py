"""A club's name may end in "Rangers", as in "Rovers" and "Wanderers": one ORG with the town or
word before it ("Basse Rangers brought the cup home" of heldout24 was no name, its short form
"Basse" an ORG alone; issue #16, round s33-n). Invented variants: other towns, as subject, object
and after a score."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Kotu Rangers brought the cup home on Saturday.", "Kotu Rangers"),
        ("The striker left Ikorodu Rangers for a club in Portugal.", "Ikorodu Rangers"),
        ("Bakau United drew 1-1 with Sukuta Rangers in the final.", "Sukuta Rangers"),
    ],
)
def test_a_club_ending_in_rangers(rec: Recognizer, text: str, club: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (club, "ORG") in found
