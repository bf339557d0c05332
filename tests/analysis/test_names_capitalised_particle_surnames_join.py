"""A surname that opens with a particle, capitalised at a sentence's start ("Van der Berg will
return", "De la Cruz closed the session"), is the article's person named with a given name
before it ("Joris van der Berg", "Maria de la Cruz"), one key (issue #16, round s38-y4, t13af
N25: two people each)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Capt. Joris van der Berg, master of the tanker, told the inquiry he had followed advice. "
            "Van der Berg will return on Monday.",
            "Van der Berg",
            "Joris van der Berg",
        ),
        (
            "Inspector Maria de la Cruz questioned him for three hours. De la Cruz closed the session.",
            "De la Cruz",
            "Maria de la Cruz",
        ),
        (
            "The harbour master, Pieter van den Broek, said the channel was closed. Van den Broek added that "
            "pilots were waiting.",
            "Van den Broek",
            "Pieter van den Broek",
        ),
        (
            "Die Ministerin Ulrike von der Heide besuchte den Hafen. Von der Heide sagte, die Lage sei ernst.",
            "Von der Heide",
            "Ulrike von der Heide",
        ),
    ],
)
def test_capitalised_particle_surname_is_the_person(rec: Recognizer, text: str, short: str, full: str) -> None:
    got = {text[m.start : m.end]: m.key for m in rec.recognize(Art("x", text)) if m.label == "PERSON"}
    assert got.get(full) == f"PERSON:{full}", got
    assert got.get(short) == f"PERSON:{full}", got


def test_two_bearers_stay_apart(rec: Recognizer) -> None:
    text = "Joris van der Berg and Anna van der Berg spoke. Van der Berg will return on Monday."
    got = {text[m.start : m.end]: m.key for m in rec.recognize(Art("x", text)) if m.label == "PERSON"}
    assert got.get("Van der Berg") not in ("PERSON:Joris van der Berg", "PERSON:Anna van der Berg"), got
