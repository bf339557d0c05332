"""A name of two words or more right after a lower-case "the" is no person's: English writes no
person's name with an article, so the words name a place, a building, a body or a thing. Issue
#16, round s37-e: heldout30's "went to the Golden Abode of Buddha Shakyamuni" and "hangs in the
Sheldon Jackson Museum" were PERSONs, and across the names set 33 of 34 such PERSONs were wrong.
One ending in a kind word takes its label, one after a preposition of place is a place (LOC),
any other is no PERSON. The reported sentences first, then variants invented for the kind;
guards: a name modifying a noun after it ("the Tony Blair era"), a quotation opening with "the"."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # reported (heldout30: 05_liveblog_elista…, 07_obituary_sitka…)
        (
            "Chess\n\nBefore the round she went to the Golden Abode of Buddha Shakyamuni to light a lamp.\n",
            "Golden Abode",
            None,
        ),
        ("Canoe\n\nThe paddle now hangs in the Sheldon Jackson Museum in the town.\n", "Sheldon Jackson Museum", "ORG"),
        # invented: other places and things
        ("Herders\n\nThe herders drove the sheep along the Wadi Hawran at dawn.\n", "Wadi Hawran", "LOC"),
        ("Ferry\n\nThe trawlers followed the Marta Lindqvist into the harbour.\n", "Marta Lindqvist", None),
    ],
)
def test_no_person_after_the(rec: Recognizer, text: str, name: str, label: str | None) -> None:
    found = names(rec, text)
    assert (name, "PERSON") not in found, found
    if label is not None:
        assert (name, label) in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Politics\n\nMany voters still remember the Tony Blair era with mixed feelings.\n", "Tony Blair"),
        ('Food\n\nThe critic called her "the Elizabeth David of Lagos" in 2019.\n', "Elizabeth David"),
    ],
)
def test_person_kept(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
