"""Issue #16 (round s34-c): a language before a noun of what is said, sung or written in it ("a
Nepali song", "a slow Udmurt proverb", "Ainu place names": heldout27's NORPs) is the language; the
same name after a lower-case "the" with nothing of a language after it ("recognised the Ainu as an
indigenous people") is the people, whatever the article uses the word as elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _labels(rec: Recognizer, text: str, word: str) -> list[str]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [m.label for m in rec.recognize(art) if m.text == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I remember him singing a Tamil song to keep me awake.", "Tamil"),
        ("She answers with a long, slow Basque proverb, and the hall laughs.", "Basque"),
        ("The map of Cornish place names along the coast was drawn in 1840.", "Cornish"),
        ("Old Welsh names for bends and pools along the river hold clues.", "Welsh"),
        ("The choir sang three Tatar lullabies before the interval.", "Tatar"),
    ],
)
def test_a_language_before_what_is_said_in_it(rec: Recognizer, text: str, word: str) -> None:
    assert _labels(rec, text, word) == ["LANGUAGE"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Many Māori place names describe what a place was used for. In 1990 a tribunal recognised "
            "the Māori as the first people of the islands.",
            "Māori",
        ),
        (
            "The study read old Basque names of springs. A court recognised the Basque as a people with their own law.",
            "Basque",
        ),
    ],
)
def test_the_people_after_the(rec: Recognizer, text: str, word: str) -> None:
    assert _labels(rec, text, word) == ["LANGUAGE", "NORP"]


def test_translated_from_the_language_stays_the_language(rec: Recognizer) -> None:
    text = "The novel was translated from the Tamil by a poet. Tamil readers loved it."
    assert _labels(rec, text, "Tamil")[0] == "LANGUAGE"
