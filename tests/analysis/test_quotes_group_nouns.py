"""A group of people named by a plain noun opening the sentence ("Crew said", "Staff said",
"Neighbours said", "Crew members said") is an unattributed statement, never a person (t13k F15:
"Crew" and "Staff" were persons, the others missing from Quotes); a lone surname still speaks
as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Fire at the mill\n\nTor Lyng runs the Hallvik plant.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    mentions = rec.recognize(article)
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in find_quotes(article, mentions)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13k F15)
        ("Crew said the fire spread fast.", "the fire spread fast"),
        ("Staff said the alarms failed.", "the alarms failed"),
        ("Neighbours said the smoke was thick.", "the smoke was thick"),
        ("Volunteers said the road was blocked.", "the road was blocked"),
        ("Crew members said the hoses froze.", "the hoses froze"),
        ("Union members said the plant must close.", "the plant must close"),
        # variants of my own
        ("Villagers said the water tasted of oil.", "the water tasted of oil"),
        ("Shoppers said the square was empty.", "the square was empty"),
    ],
)
def test_a_group_noun_opening_the_sentence_is_unattributed(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    people = [article.text[m.start : m.end] for m in rec.recognize(article) if m.label == "PERSON"]
    assert people == ["Tor Lyng"], people


def test_the_named_person_still_speaks(rec: Recognizer) -> None:
    assert said(rec, "Lyng said the mill would reopen.") == [("Tor Lyng", "the mill would reopen")]
