"""A capitalised word no list knows, written inside a sentence right before a surname the article
types a person alone (a line-up's "Kafando; Tapsoba,", "Tapsoba, 23, is"), is that person's given
name, one PERSON: "rose above Issouf Tapsoba to meet a corner from Salif Ouattara" gave the lone
surnames with their given names left out (heldout28 kind; round s30-l joined them only where the
article names another of the family in full). Invented names of other traditions; a place or a
sentence's first word before the surname stays apart."""

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
            "Ngaire Tawhiri crossed for Rangimarie Whaanga to score.\n\n"
            "Kahu United: Pomare; Whaanga, Tawhiri, Ruatapu, Horomona; Tipene, Waaka (Paewai 71), Rewiti; Mokai, Tuhoe, Paki.",
            "Rangimarie Whaanga",
        ),
        (
            "The champion was thrown by Zolboo Otgonbayar to end the final.\n\n"
            "Erdenet WC: Bat; Otgonbayar, Gantulga, Tsogt, Munkh; Delger, Ganbold (Enkh 46), Sukh; Baatar, Nergui, Temuujin.",
            "Zolboo Otgonbayar",
        ),
    ],
)
def test_an_unlisted_given_name_joins_a_lone_surname(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


def test_a_place_before_the_surname_stays_apart(rec: Recognizer) -> None:
    text = "Tevaki, 23, scored twice.\n\nFans in Nuku'alofa cheered as the match went on, and in Ha'apai Tevaki was a hero."
    found = names(rec, text)
    assert ("Ha'apai Tevaki", "PERSON") not in found, found
