"""A church named by its denomination and where it is ("the Evangelical Church of Chad", "the
Lutheran Church of Namibia", "the Karen Baptist Church of Bowling Green", "the Assyrian Church of
the East") is the body, ORG, as "the Free Wesleyan Church" already was; a saint's church ("the
Church of St. Peter", "St Martin's Church of Ely") is the building, FAC (the names gold's
convention). heldout28 kind: both were FAC. Invented and real denominations of other places."""

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
        ("The Evangelical Church of Chad runs the clinic, its director said.", "Evangelical Church of Chad"),
        ("The Lutheran Church of Namibia said it would help the families.", "Lutheran Church of Namibia"),
        (
            "He was a deacon of the Malankara Orthodox Church of the East for forty years.",
            "Malankara Orthodox Church of the East",
        ),
    ],
)
def test_a_denominations_church_of_a_place_is_the_body(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "ORG") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Restoration of the Church of St. Peter continues, officials said.", "Church of St. Peter"),
        ("The roof of St Martin's Church of Ely collapsed in the storm.", "St Martin's Church of Ely"),
    ],
)
def test_a_saints_church_stays_the_building(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "ORG") not in names(rec, text)
