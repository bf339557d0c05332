"""A language the article reads as one at a cue is that language at its bare mentions too (issue
#16, round s42-e, held-out 35's opinion piece on Santali textbooks).

"Twenty-three years after Santali entered the Constitution" and "placed Santali in the Eighth
Schedule, beside Bengali, Tamil and Hindi" named nothing, though the article says "teaches Santali"
and "fall behind in Odia or Bengali": one sense per article, and the list such a mention opens.
A speaker's label ("Lepcha:" in an interview) and a word before a noun keep their readings.
"""

from __future__ import annotations

import re

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

HEAD = "Schools and scripts\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the reported input (held-out 35, article 11)
        (
            "Twenty-three years after Santali entered the Constitution, schools still print it in "
            "another script. The children did not fall behind in Odia or Bengali. In 2003 the law "
            "placed Santali in the Eighth Schedule, beside Bengali, Tamil and Hindi. She teaches Santali "
            "at a college.",
            "Santali",
            {"Bengali", "Tamil", "Hindi"},
        ),
        # variants of my own: another language, its bare mention opening a sentence; a list led by it
        (
            "Most pupils here speak Wolof at home. Wolof now appears on road signs, and the council "
            "says Wolof, Serer and Pulaar should follow.",
            "Wolof",
            {"Serer", "Pulaar"},
        ),
        (
            "The radio station broadcasts in Swahili every morning. Listeners say Swahili and Amharic "
            "together reach most homes.",
            "Swahili",
            {"Amharic"},
        ),
    ],
)
def test_bare_mentions_of_a_language_read_as_one(rec: Recognizer, text: str, language: str, expected: set[str]) -> None:
    text = HEAD + text
    found = rec.recognize(Art("x", text))
    # every mention of the cued language is the language, the bare ones too
    read = [m.start for m in found if m.label == "LANGUAGE" and text[m.start : m.end] == language]
    assert read == [m.start() for m in re.finditer(rf"\b{language}\b", text)], read
    # and the rest of the list a bare mention opens
    assert expected <= {text[m.start : m.end] for m in found if m.label == "LANGUAGE"}, found


def test_speaker_label_keeps_its_reading(rec: Recognizer) -> None:
    text = (
        HEAD + "Ongchuk Rinzing Lepcha, 58, makes bamboo flutes in the valley.\n\n"
        "Q: What do you sing?\n\nLepcha: Old songs. The boys answer in Nepali.\n\n"
        "Q: And the flute?\n\nLepcha: It is bamboo.\n\n"
        "This interview has been translated from Nepali and Lepcha."
    )
    found = rec.recognize(Art("x", text))
    labels = [m.label for m in found if text[m.start : m.end] == "Lepcha" and text[m.end : m.end + 1] == ":"]
    assert labels == ["PERSON", "PERSON"], found
