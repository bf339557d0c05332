"""A language named before its words, its phrases or its script (issue #16, round s49-e): held-out
42's "mixes old Bulgarian with Turkish and Greek words" read "Turkish" and "Greek" as peoples (NORP),
as held-out 40's "wrote them first in Arabic script" read a place. The half's sentence and two
variants of other languages and nouns; a people's adjective before a body's noun stays NORP."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        (
            "Fikrie will sing two songs in the speech of the villages, which mixes old Bulgarian with "
            "Turkish and Greek words.",
            ("Turkish", "Greek"),
        ),
        ("The menu mixes Spanish and Catalan phrases, the chef said.", ("Spanish", "Catalan")),
        ("He wrote the verses first in Arabic script and later in Latin letters.", ("Arabic",)),
    ],
)
def test_a_language_before_its_words(rec: Recognizer, text: str, languages: tuple[str, ...]) -> None:
    found = names(rec, text)
    for language in languages:
        assert (language, "LANGUAGE") in found, found


def test_a_people_before_a_body_stays_norp(rec: Recognizer) -> None:
    found = names(rec, "The French government and Greek banks agreed a deal in Athens.")
    assert ("French", "NORP") in found and ("Greek", "NORP") in found, found
