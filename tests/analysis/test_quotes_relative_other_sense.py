"""A speech verb of another sense in a restrictive relative clause on the subject ("A firm that
maintains the wagons was hired in 2021") reports no words: the sentence's own verb follows the
clause (t13k F5: a statement credited to the firm named before). "The union maintains the plant
was closed illegally" still reports the union's words."""

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
