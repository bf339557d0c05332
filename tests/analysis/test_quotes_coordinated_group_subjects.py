"""Plural nouns for people joined by "and", "or" or commas as one subject (issue #13, found beside
acceptance report t13m F1 on its storm corpus shapes; names invented): "Women and children said
the shelter was cold." and "Men, women and children said …" were dropped, their nouns known to no
list. The subject is one unattributed group; a name among the parts is resolved as before, and a
clause before a trailing subject's comma is no part of a list."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Storm report\n\nKarsten Vollmer and Ines Brandauer attended. Weisskamm Logistik AG was named.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    """(speaker's name or None for unattributed, words) of each statement ``sentence`` gives."""
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(FIRST)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Women and children said the shelter was cold.", "the shelter was cold"),
        ("Men, women and children said the shelter was cold.", "the shelter was cold"),
        # invented: other nouns, a place after the last, a possessive, "or", an Oxford comma
        ("Nurses and midwives on the ward said the generator failed.", "the generator failed"),
        ("Farmers, fishermen and their wives said the dyke held.", "the dyke held"),
        ("Boys and girls from Győr said the bus was late.", "the bus was late"),
        ("Pensioners, carers, and volunteers said the lifts failed.", "the lifts failed"),
    ],
)
def test_a_list_of_people_plurals_is_one_unattributed_group(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


def test_a_name_among_them_still_speaks(rec: Recognizer) -> None:
    assert said(rec, "Vollmer and engineers said the dam held.") == [("Karsten Vollmer", "the dam held")]


def test_a_clause_before_a_trailing_subject_is_no_list(rec: Recognizer) -> None:
    assert said(rec, "The collapse killed 7 people, police said.") == [(None, "The collapse killed 7 people")]
