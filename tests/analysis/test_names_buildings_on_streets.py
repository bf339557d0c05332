"""A building or a road "on" another place is two names, never one ("the ANB Hall on Katlian Street":
'on' joins a body's name only, "Committee on Fisheries"), a month written short after "on" ends the
name as a month does ("on Dec. 12"), and a building named by a body's initials is one FAC ("the ANB
Hall", "the SSE Arena"; was an ORG of the initials alone). Issue #16, round s37-e: heldout30's FAC
"ANB Hall on Katlian Street on Dec". The reported sentence first, then variants invented for the
kind; guards: a body's name with "on", a firm before a date."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported (heldout30, 07_obituary_sitka_tlingit_canoe_carver)
        (
            "Obituary\n\nA memorial will be held at the ANB Hall on Katlian Street on Dec. 12.\n",
            [("ANB Hall", "FAC"), ("Katlian Street", "FAC")],
        ),
        # invented: other buildings and roads, other dates
        (
            "Vigil\n\nA memorial will be held at the Civic Hall on Main Street on Friday.\n",
            [("Civic Hall", "FAC"), ("Main Street", "FAC")],
        ),
        (
            "Vigil\n\nThe vigil was at Torvik Hall on Harbour Road on Dec. 3.\n",
            [("Torvik Hall", "FAC"), ("Harbour Road", "FAC")],
        ),
        ("Concert\n\nThe SSE Arena was full on Saturday night.\n", [("SSE Arena", "FAC")]),
    ],
)
def test_two_places(rec: Recognizer, text: str, expected: list[tuple[str, str]]) -> None:
    found = names(rec, text)
    for name in expected:
        assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fish\n\nThe Committee on Fisheries met on Monday.\n", ("Committee on Fisheries", "ORG")),
        ("Firm\n\nThe Velquist Systems on Dec. 3 said so.\n", ("Velquist Systems", "ORG")),
    ],
)
def test_body_names_kept(rec: Recognizer, text: str, name: tuple[str, str]) -> None:
    found = names(rec, text)
    assert name in found, found
