"""A church named with a denomination's or a parish's word ("Nazareth Baptist Church", "the Free
Wesleyan Church", "Kilarrow Parish Church") is the congregation or the denomination, an ORG, not a
building (round s32-b: FACs in the names set, heldout25's "Free Wesleyan Church" among them); a
church named after a saint ("St Martin's Church") stays a FAC. Invented examples."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "church"),
    [
        ("Volunteers from Mount Zion Baptist Church delivered 400 meals.", "Mount Zion Baptist Church"),
        ("The Tuvalu Congregational Church said it would open its halls to evacuees.", "Tuvalu Congregational Church"),
        ("Elders of Glenbrae Parish Church voted to sell the manse.", "Glenbrae Parish Church"),
    ],
)
def test_a_denomination_s_church_is_an_organisation(rec: Recognizer, text: str, church: str) -> None:
    assert (church, "ORG") in names(rec, text), names(rec, text)


def test_a_saint_s_church_stays_a_building(rec: Recognizer) -> None:
    text = "Fire damaged the roof of St Brigid's Church on Sunday."
    assert ("St Brigid's Church", "FAC") in names(rec, text), names(rec, text)
