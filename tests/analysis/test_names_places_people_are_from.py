"""A town no list holds is a place where a clause says someone is from it or lives there: in commas
after a name (", from Stoke,", "his sister, Ida Kitka Paul, of Angoon."), after one of a people ("a
Tsimshian from Metlakatla"), after a verb of writing ("writes from Lagan:"), and after a place's
other kinds and its shore ("the Kinshasa commune of Bandalungwa", "the Arctic coast of Chukotka").
Issue #16, round s37-e: heldout30 had no name at each of those. The reported sentences first, then
variants invented for the kind; guards: a person's letter (", from Achol Garang, a nurse"), initials
("a BOP from Kenmare Estate"), a firm of two words."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # reported (heldout30)
        ("Darts\n\nOpponent Brierley-Hoyle, from Stoke, was gracious.\n", "Stoke"),
        ('Chess\n\nReader Delgir writes from Lagan: "Our whole class is watching."\n', "Lagan"),
        ("Canoe\n\nHe is survived by his sister, Ida Kitka Paul, of Angoon.\n", "Angoon"),
        ("Canoe\n\nHazel Kitka, a Tsimshian from Metlakatla, died in 2021.\n", "Metlakatla"),
        (
            "Derby\n\nThe club was named after the Kinshasa commune of Bandalungwa where it was founded.\n",
            "Bandalungwa",
        ),
        ("Walrus\n\nHe was a boy in Ryrkaypiy, on the Arctic coast of Chukotka, in the 1980s.\n", "Chukotka"),
        # invented: other towns, other peoples and verbs
        ("Rugby\n\nWinger Tevita Fifita, from Nukunuku, scored twice.\n", "Nukunuku"),
        ("Obituary\n\nShe leaves a brother, Haruto Sato, of Kushiro.\n", "Kushiro"),
        ("Ferry\n\nThe skipper, a Sámi from Kautokeino, knew the fjord.\n", "Kautokeino"),
        ("Letters\n\nA listener who wrote from Tamale asked about the prices.\n", "Tamale"),
        ("Fishing\n\nTrawlers work the southern coast of Ngazidja all year.\n", "Ngazidja"),
    ],
)
def test_place_someone_is_from(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fund\n\nAnother, from Achol Garang, a nurse at the hospital, said so.\n", "Achol Garang"),
        ("Tea\n\nAmong the highest prices, a BOP from Kenmare Estate fetched 2,040 rupees.\n", "Kenmare Estate"),
        ("Data\n\nAnna Berg, from Norvale Analytics, said the figures were wrong.\n", "Norvale Analytics"),
    ],
)
def test_no_place(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "GPE") not in found, found
