"""A language's name read as its people or a place where what is said of it makes it the language:
a class taught in it ("a daily Võro class"), a mention counted in an article that uses it as a
language ("It mentions Võro once" beside "I have taught Võro"), and "in X,
not in <a language>" ("I told him in Tiwi, not in English"): LANGUAGE (issue #16, round s43-e:
held-out 36's LANGUAGEs were NORP and GPE)."""

from __future__ import annotations

import re

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # held-out 36's opinion piece and sport story
        ("The Võro Institute estimates that a daily Võro class in every first grade would cost money.", "Võro"),
        (
            "Teach Võro in Võru, the column says. I have taught Võro for years. "
            "The draft curriculum mentions Võro once, in a footnote.",
            "Võro",
        ),
        ('"I told him in Tiwi, not in English, so the Storm boys wouldn\'t know."', "Tiwi"),
        # variants of my own
        ("Parents asked for a Livonian class at the village school.", "Livonian"),
        (
            "Teach Kashubian in Kartuzy, the mayor says. Pupils learn Kashubian at home. "
            "The report names Kashubian twice, both times in passing.",
            "Kashubian",
        ),
        ("She answered the court in Yolmo, but not in Nepali, and the judge waited.", "Yolmo"),
    ],
)
def test_language_by_what_is_said_of_it(rec: Recognizer, text: str, language: str) -> None:
    # every mention of the word outside a longer name ("the Võro Institute") is the language
    found = [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == language]
    written = len(re.findall(rf"{language}(?! Institute)(?![\w-])", text))
    assert found == ["LANGUAGE"] * written


def test_places_before_not_in_a_place_stay_places(rec: Recognizer) -> None:
    got = names(rec, "She was born in Darwin, not in England.")
    assert ("Darwin", "GPE") in got
