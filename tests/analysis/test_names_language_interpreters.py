"""A language's name before the noun of one who renders it or of one of its forms ("a Hmong
interpreter", "through a Russian interpreter", "the Cantonese dialect", "Tigrinya pronunciation")
is the language (OntoNotes LANGUAGE), as before "translator" or "subtitles"; and a people's word
the article also writes before a people's noun ("Hmong families") stays the language there while
its other mentions are the people (issue #16, round s33-c: heldout26 typed "Hmong" and "Russian"
before "interpreter" NORP). The reported sentences' shape first, then variants invented for the
kind (other languages and nouns)."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported shape
        (
            "The defendant, who testified with the help of a Hmong interpreter, showed no reaction.",
            {("Hmong", "LANGUAGE")},
        ),
        ('"The referee saw what he wanted," he said through a Russian interpreter.', {("Russian", "LANGUAGE")}),
        # invented: other languages and other nouns of a language's use or form
        (
            "The court hired a Tigrinya interpreter after the hearing was adjourned twice.",
            {("Tigrinya", "LANGUAGE")},
        ),
        (
            "Older residents still speak to each other in the Cantonese dialect of their grandparents.",
            {("Cantonese", "LANGUAGE")},
        ),
        ("Teachers said Somali pronunciation was the hardest part of the course.", {("Somali", "LANGUAGE")}),
    ],
)
def test_a_language_before_a_noun_of_its_use_is_the_language(
    rec: Recognizer, text: str, expected: set[tuple[str, str]]
) -> None:
    found = {(n, label) for n, label in names(rec, f"Story\n\n{text}\n") if label in ("LANGUAGE", "NORP")}
    assert found == expected


def test_a_peoples_word_keeps_its_language_use(rec: Recognizer) -> None:
    text = (
        "Story\n\nMany Yoruba families arrived in the city in the 1980s. The clinic now pays a Yoruba "
        "interpreter, and Yoruba elders run the market.\n"
    )
    labels = [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == "Yoruba"]
    assert labels == ["NORP", "LANGUAGE", "NORP"]
