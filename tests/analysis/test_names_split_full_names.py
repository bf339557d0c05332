"""A person's full name written again where its capitals say nothing (a numbered results line, a
speaker label opening a line, a closing fact line) is one name, not its given name and surname
found apart (heldout21, heldout14, round s28-e; names invented): "Japan's Sota Nakamura was third"
then "Results: … 3. Sota Nakamura (Japan) 451.4" gave PERSON "Sota" and PERSON "Nakamura". The
reported shape and two variants."""

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
        (  # reported
            "Ski flying\n\nDomen Kovačič won. Japan's Sota Nakamura was third, ahead of the veteran.\n\n"
            "Results: 1. Domen Kovačič (Slovenia) 463.8 pts; 2. Sota Nakamura (Japan) 451.4.\n",
            "Sota Nakamura",
        ),
        (
            "Rowing\n\nFinland's Aarni Lehtovaara finished second behind the champion.\n\n"
            "Final standings: 1. Marco Bellini (Italy) 1,612; 2. Aarni Lehtovaara (Finland) 1,548.\n",
            "Aarni Lehtovaara",
        ),
        (
            "Chess\n\nKazakhstan's Dauren Ospanbek drew his game on Friday.\n\n"
            "Leaders after round 9: 1. Dauren Ospanbek (Kazakhstan) 7 pts; 2. Ivan Petrov (Bulgaria) 6.5.\n",
            "Dauren Ospanbek",
        ),
        (  # an obituary's closing line
            "Obituary\n\nThe dancer Sok Chanvary, who has died aged 79, taught hundreds.\n\n"
            "Sok Chanvary, dancer and teacher; born 14 March 1947; died 22 November 2026\n",
            "Sok Chanvary",
        ),
    ],
)
def test_a_full_name_written_again_is_one_name(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    given, surname = name.split(" ")
    assert (given, "PERSON") not in found, found
    assert (surname, "PERSON") not in found, found
    assert (name, "PERSON") in found, found
