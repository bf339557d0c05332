"""Words in capitals set in running text name no organisation (issue #16, tester's leftover, round
s42-e).

"The screen flashed BREAKING NEWS as …" gave an ORG 'NEWS', "Officials issued a FLOOD WARNING for
the valley." an ORG 'FLOOD': a run of shouted words inside a mixed-case sentence is a banner or
emphasis, as the console's styled "RED ALERT" already was (emphasis.styled_capitals), whatever
colour code stands before it. Initials side by side ("the US CDC") and a person's name in capitals
("MAY OSEN, who chairs") keep their readings.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

HEAD = "Storm hits the valley\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    "sentence",
    [
        # the reported inputs
        "The screen flashed BREAKING NEWS as the river rose.",
        "Officials issued a FLOOD WARNING for the valley.",
        # variants of my own: the banner with no colour code, three words ending a clause
        "The blog says RED ALERT and nothing more.",
        "Posters reading SAVE OUR PARK were taped to lamp posts, residents said.",
    ],
)
def test_shouted_words_in_prose_are_no_organisation(rec: Recognizer, sentence: str) -> None:
    found = names(rec, HEAD + sentence)
    assert not any(label == "ORG" for _, label in found), found


def test_initials_and_shouted_names_in_prose_keep_their_readings(rec: Recognizer) -> None:
    found = names(
        rec, HEAD + "The grant came from the US CDC and NASA, and we heard from MAY OSEN, who chairs the board."
    )
    assert {("CDC", "ORG"), ("NASA", "ORG"), ("MAY OSEN", "PERSON")} <= found, found
