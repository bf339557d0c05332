"""A language something is said, given or followed in (heldout5-18, round s28-e; names invented):
"She said in Cantonese that members had lost money" (a language no bare "in" reads), "Tours
will be offered in Gaelic on Wednesdays" ("Gaelic", the name news writes for Scottish Gaelic),
"followed the hearing in Tigrinya through an interpreter" (a preposition after it) were GPEs.
The reported shapes and two variants each; and "said Japanese buyers" stays the people."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She said in Cantonese that members had lost their savings.", "Cantonese"),  # reported
        ("The verdict was read, and he replied in Cebuano that he would appeal.", "Cebuano"),
        ("The sermon was preached in Hawaiian to a full church.", "Hawaiian"),
        ("Tours will be offered in Gaelic on Wednesdays.", "Gaelic"),  # reported
        ("The letter will be sent in Gaelic to every house.", "Gaelic"),
        ("Half the people waiting at the pier speak Gaelic first.", "Gaelic"),
        ("He followed the hearing in Tigrinya through an interpreter.", "Tigrinya"),  # reported
        ("The appeal was heard in Amharic through the night.", "Amharic"),
        ("She gave evidence in Swahili through a translator.", "Swahili"),
    ],
)
def test_the_language_is_a_language(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found


def test_the_people_after_said_stay_the_people(rec: Recognizer) -> None:
    found = names(rec, "A strategist said Japanese and Australian buyers were back.")
    assert ("Japanese", "NORP") in found, found
