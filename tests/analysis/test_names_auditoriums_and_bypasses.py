"""A hall for audiences or a road round a town named by its kind ("the National Auditorium",
"Bertha Parker Bypass", "Veldana Expressway") is a facility, FAC (issue #16, round s36-e:
held-out 29's were people, a given name or "National" opening them). Invented names."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Count\n\nVotes were counted at the National Auditorium on Tuesday.\n", "National Auditorium"),
        ("Shop\n\nThe shop on Bertha Parker Bypass closed on Monday.\n", "Bertha Parker Bypass"),
        ("Crash\n\nTwo lorries collided on the Marta Solvik Expressway at dawn.\n", "Marta Solvik Expressway"),
        ("Concert\n\nThe choir sang at the Halloran Amphitheatre last night.\n", "Halloran Amphitheatre"),
    ],
)
def test_hall_or_road_by_its_kind_is_a_facility(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "FAC") in found, found
