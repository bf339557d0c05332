"""A trailing "ROLE NAME told the council." attributes the words before it, as "told reporters"
does (t13aa K15: "The bridge would be rebuilt by 2030, the city's deputy mayor Ines Halloran told
the council." gave no statement at all; "told the Echo" and "told reporters" did)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "The bridge would be rebuilt by 2030, the city's deputy mayor Ines Halloran told the council.",
            "Halloran",
            "The bridge would be rebuilt by 2030",
        ),
        (
            "The dam had been inspected twice that year, chief engineer Tomasz Wrona told the inquiry on Monday.",
            "Wrona",
            "The dam had been inspected twice that year",
        ),
        (
            "The cracks had been found in the pillars in 2019, the union's spokeswoman Aiko Brandt told the court.",
            "Brandt",
            "The cracks had been found in the pillars in 2019",
        ),
    ],
)
def test_told_a_body_at_the_end_attributes_the_words(rec: Recognizer, sentence: str, speaker: str, words: str) -> None:
    text = f"Bridge report\n\nThe council met on Tuesday.\n\n{sentence}\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    found = [q for q in quotes if q.text.startswith(words)]
    assert found, [(q.text, q.speaker) for q in quotes]
    assert found[0].speaker is not None and speaker in found[0].speaker.name
