"""A given name no list knows, written alone after the full name, is that person ("Andi said" after
"Andi Mokoena" was a person "Andi" of its own: a reported leftover of held-out 31, round s39-e):
the full name's word is the short form before a rule's lone person of that word. Invented
examples."""

from __future__ import annotations

import pytest
from name_helpers import keys

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "full", "given"),
    [
        (
            'Notes.\n\nAndi Mokoena, a teacher in Polokwane, lost her home. "We have nothing left," Andi said.',
            "Andi Mokoena",
            "Andi",
        ),
        (
            'Notes.\n\nTshilidzi Ravele, a farmer, lost her cattle. "Nothing is left," Tshilidzi said.',
            "Tshilidzi Ravele",
            "Tshilidzi",
        ),
        (
            'Notes.\n\nAzwinndini Ravele, a farmer, lost her cattle. "Nothing is left," Azwinndini said.',
            "Azwinndini Ravele",
            "Azwinndini",
        ),
    ],
)
def test_given_name_alone_is_the_full_names_person(rec: Recognizer, text: str, full: str, given: str) -> None:
    assert keys(rec, text, given) == [("PERSON", f"PERSON:{full}")]


def test_two_bearers_of_the_word_keep_it_apart(rec: Recognizer) -> None:
    text = "Notes.\n\nAndi Mokoena and Andi Baloyi lost their homes. Andi said the water came fast."
    assert all(key not in ("PERSON:Andi Mokoena", "PERSON:Andi Baloyi") for _, key in keys(rec, text, "Andi"))
