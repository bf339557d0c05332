"""An athlete's sport written in lower case before a name ("the young wrestler Babacar Mbaye",
"golfer Tjaart Moolman") describes the person as "boxer" and "jockey" did (round s32-b: heldout25's
"wrestler Babacar Mbaye" was no name). Invented examples."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The young wrestler Ndongo Faye won his first bout on Sunday.", "Ndongo Faye"),
        ("The veteran golfer Tjaart Moolman carded a 68 in the final round.", "Tjaart Moolman"),
        ("The crowd cheered when skier Wojtek Brzęk crossed the line.", "Wojtek Brzęk"),
    ],
)
def test_an_athlete_named_after_the_sport_word(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text), names(rec, text)
