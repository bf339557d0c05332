"""A water named "of" a saint written short keeps the saint's name ("the Gulf of St. Lawrence" was a
LOC "Gulf of St", cut at the abbreviation's dot, in held-out 32: round s39-e). Invented variants
beside the reported shape."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "water"),
    [
        ("Notes.\n\nThe season opens when the ice leaves the Gulf of St. Lawrence.", "Gulf of St. Lawrence"),
        ("Notes.\n\nA storm hit the Gulf of Ste. Anne overnight.", "Gulf of Ste. Anne"),
        ("Notes.\n\nTrawlers fished the Sound of St. Michael all week.", "Sound of St. Michael"),
    ],
)
def test_water_of_a_saint_is_whole(rec: Recognizer, text: str, water: str) -> None:
    assert (water, "LOC") in names(rec, text)


def test_water_of_a_plain_name_unchanged(rec: Recognizer) -> None:
    found = names(rec, "Notes.\n\nFishers work the Gulf of Maine and the Bay of Fundy.")
    assert {("Gulf of Maine", "LOC"), ("Bay of Fundy", "LOC")} <= found


def test_water_of_a_saint_without_a_given_name(rec: Recognizer) -> None:
    found = names(rec, "Notes.\n\nFerries crossed the Bay of St. Brieuc at dawn.")
    assert ("Bay of St. Brieuc", "LOC") in found
