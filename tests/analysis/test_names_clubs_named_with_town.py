"""In a match report (a score and words of sport), a club named by its own name and then its town
("Slovan Bratislava", "Zekhes Maykop", "Kabarda Nalchik") is an organisation: unknown capitalised
words before a town of the city list (issue #16, round s34-b: heldout27's "Zekhes Maykop" and
"Kabarda Nalchik", heldout23's "Slovan Bratislava" were no name or a GPE town). The reported shapes
with other names first, then variants invented for the kind; guards: a town alone stays a place,
and outside a match report the rule reads nothing."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # the reported shapes, other names
        (
            "Aslan Tkhagapsov scored twice in the second half as Druzhba Nalchik came from behind "
            "to beat Sokol Maykop 2-1 in the league on Saturday.",
            "Druzhba Nalchik",
        ),
        (
            "Aslan Tkhagapsov scored twice in the second half as Druzhba Nalchik came from behind "
            "to beat Sokol Maykop 2-1 in the league on Saturday.",
            "Sokol Maykop",
        ),
        (
            "Zvolen are five points behind Nitra, who still lead Tatran Bratislava on goal difference after a 3-1 win.",
            "Tatran Bratislava",
        ),
        # invented: other towns, other places in the sentence
        ("Lokomotiv Plovdiv drew 1-1 with the leaders in a tense match.", "Lokomotiv Plovdiv"),
        ("The coach of Dinamo Tbilisi said the 2-0 defeat was deserved.", "Dinamo Tbilisi"),
    ],
)
def test_a_club_with_its_town(rec: Recognizer, text: str, club: str) -> None:
    found = names(rec, text)
    assert (club, "ORG") in found, found


def test_outside_a_match_report_nothing_changes(rec: Recognizer) -> None:
    found = names(rec, "Hotel Sokol Maykop opened a new wing in May.")
    assert ("Sokol Maykop", "ORG") not in found
