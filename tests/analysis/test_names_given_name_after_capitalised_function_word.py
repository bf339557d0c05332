"""A person's given name used alone, which the article names in full, stays that person's short
form when somewhere it is written after a capitalised function word opening a sentence or a quote
("To Teiva from Swindon", "And Kaimana laughed", "For Sigrún, the sea is home"): the function word
is no other name's word, so the given name is not "a word of several names" (heldout28 kind: one
card's "To Teiva" left all six of the article's "Teiva" unnamed). Invented names of other
traditions."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        (
            "Teiva Maraetefau, 24, was waxing his board.\n\nTeiva, who grew up surfing, reached him.\n\n"
            'The card reads: "To Teiva from Swindon."',
            "Teiva",
        ),
        (
            "Kaimana Akana, 31, paddled out first.\n\nKaimana, who trains every morning, reached the boy.\n\n"
            "And Kaimana laughed when asked if she was scared.",
            "Kaimana",
        ),
        (
            "Sigrún Hallvarðsdóttir, 52, runs the boat.\n\nSigrún, who took over from her father, sails at dawn.\n\n"
            "For Sigrún the sea is home, she says.",
            "Sigrún",
        ),
    ],
)
def test_the_given_name_alone_stays_the_person(rec: Recognizer, text: str, given: str) -> None:
    found = names(rec, text)
    assert (given, "PERSON") in found, found
