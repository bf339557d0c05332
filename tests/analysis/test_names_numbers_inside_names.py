"""A number that names a thing with the capitalised word before it ("Coastal News 24", "Terminal 2",
"Gate 7", "Route 66") is part of a name, never a Number entity (issue #16, tester t13aj N10: the
live blog gave Numbers "24", "2" and "3"); a newspaper's or a broadcaster's number is in its name
(ORG "Coastal News 24"), a terminal's too (FAC "Terminal 2"). The number is the one figure
recogniser's name part (figures.names_a_thing), which the fact sheet reads too. The reported
live-blog lines first, then invented variants; counts stay Numbers."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

REPORTED = (
    "Coastal News 24 | Business\n\n"
    "Marholm port strike live: ships queue, police make arrests\n\n"
    "09.05 GMT\nGood morning and welcome to our live coverage of the dockworkers' strike at the\n"
    "Port of Marholm, now in its fifth day. Police arrested 32 protesters on\n"
    "Wednesday at Terminal 2, according to a police statement. Pickets also gathered at Terminal 3.\n\n"
    "Share this article\nFollow Coastal News 24 on X\n"
)


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "named", "numbers"),
    [
        # (where the outlet's name is cut, "Follow Coastal News 24" (t13aj N15), its number is no Number)
        (REPORTED, {("Terminal 2", "FAC"), ("Terminal 3", "FAC")}, ["32"]),
        (
            "Notes.\n\nFans queued at Gate 7 for two hours, and 40 were hurt near Terminal 5, Harbour TV 2 reported.",
            {("Terminal 5", "FAC"), ("Harbour TV 2", "ORG")},
            ["40"],
        ),
        (
            "Notes.\n\nThe diner on Route 66 reopened in Phase 2 of the plan, Valley News 12 said, and 15 "
            "staff came back.",
            {("Route 66", "FAC"), ("Valley News 12", "ORG")},
            ["15"],
        ),
    ],
)
def test_a_name_number_is_no_number_entity(
    rec: Recognizer, text: str, named: set[tuple[str, str]], numbers: list[str]
) -> None:
    found = names(rec, text)
    assert named <= found, found
    assert sorted(t for t, label in found if label == "CARDINAL") == numbers, found
