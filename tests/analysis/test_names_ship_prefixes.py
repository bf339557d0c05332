"""A vessel named after a ship's prefix (MV, MS, MT, RMS, HMS, USS, SS, HMAS, INS) is a PRODUCT, the
prefix outside its span, and the prefix no organisation (t13u F9, round s32-b: "The MV Estrella
carried another 300 supporters." gave an ORG "MV" and no vessel). "MS", "SS", "MT" and "INS", words
of other kinds too, need "the" before them. The reported sentence and invented variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "prefix", "vessel"),
    [
        ("The MV Estrella carried another 300 supporters.", "MV", "Estrella"),  # reported (t13u F9)
        ("Survivors of the MS Vindholm reached Tromsø on Friday.", "MS", "Vindholm"),
        ("The HMAS Warrnambool towed the stricken dinghy back to shore.", "HMAS", "Warrnambool"),
        ("Rescuers said the SS Nordstjerna listed badly before it went down.", "SS", "Nordstjerna"),
    ],
)
def test_a_prefixed_vessel_is_a_product_without_its_prefix(
    rec: Recognizer, text: str, prefix: str, vessel: str
) -> None:
    found = names(rec, text)
    assert (vessel, "PRODUCT") in found, found
    assert not any(prefix in name.split() for name, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Welsh MS Jane Dodds said the plan was flawed.",  # a member of the Senedd: no ship
        "INS agents raided the farm on Monday.",
    ],
)
def test_no_vessel_without_a_ship_s_prefix(rec: Recognizer, text: str) -> None:
    assert not any(label == "PRODUCT" for _, label in names(rec, text)), names(rec, text)
