"""Two quote shapes of the acceptance re-test t13k. A trailing speaker of a title and a name with
the verb's time ("…, said Chief Fire Officer Arne Rise on Tuesday": F18, missing) speaks. A speech
verb of another sense in a restrictive relative clause on the subject ("A firm that maintains the
wagons was hired in 2021") reports no words, the sentence's own verb following the clause (F5: a
statement credited to the firm named before); "The union maintains the plant was closed
illegally" still reports the union's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Wagons\n\nKvist Marine AS said the ship was empty.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> list[str]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    return [q.text for q in find_quotes(article, rec.recognize(article)) if q.text != "the ship was empty"]


@pytest.mark.parametrize(
    "sentence",
    [
        # reported (t13k F5)
        "A firm that maintains the wagons was hired in 2021.",
        # variants of my own
        "A company that maintained the track has been fined.",
        "The contractor that maintains the old signal boxes will be replaced next year.",
    ],
)
def test_a_relative_clause_of_upkeep_reports_nothing(rec: Recognizer, sentence: str) -> None:
    assert said(rec, sentence) == []


def test_maintaining_a_claim_is_still_speech(rec: Recognizer) -> None:
    assert said(rec, "The union maintains the plant was closed illegally.") == ["the plant was closed illegally"]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # reported (t13k F18): a title, a name and the verb's time after the cue, seven words
        ("We were not warned, said Chief Fire Officer Arne Rise on Tuesday.", "Arne Rise"),
        # variants of my own
        ("We were not warned, said Chief Fire Officer Odd Rise on Tuesday.", "Odd Rise"),
        ("The pumps failed twice, said Fire Officer Arne Rise on Tuesday evening.", "Arne Rise"),
    ],
)
def test_a_long_trailing_title_and_name_speak(rec: Recognizer, sentence: str, who: str) -> None:
    article = Article("t", Path("/x/t.txt"), "Voices\n\n" + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == [who]
