"""An adverbial phrase before the subject ("Even before the fire, Lyng said …", "Per the rules,
…", "In Oslo, the mayor said …") is no statement: the words after the verb are (t13k F12: Quotes
showed "Even before the fire" as Lyng's words, and "In Oslo" as an unattributed statement). With
nothing but the verb's time after it, the clause before the comma is the statement, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Tor Lyng runs the Hallvik plant.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    quotes: list[Quote] = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # reported (t13k F12)
        ("Even before the fire, Lyng said the roof leaked badly.", "Tor Lyng", "the roof leaked badly"),
        ("Even then, Lyng said the crews were ready.", "Tor Lyng", "the crews were ready"),
        ("Per the rules, Lyng said the staff must wait a month.", "Tor Lyng", "the staff must wait a month"),
        # variants of my own
        ("After the meeting with the union, Lyng said the plant would reopen.", "Tor Lyng", "the plant would reopen"),
        ("In Oslo, the mayor said the port would reopen soon.", None, "the port would reopen soon"),
        ("Despite the losses, Lyng said the owners would invest.", "Tor Lyng", "the owners would invest"),
    ],
)
def test_a_fronted_adverbial_is_no_statement(rec: Recognizer, sentence: str, who: str | None, words: str) -> None:
    assert said(rec, sentence) == [(who, words)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Rising costs hit the firm hard, Lyng said on Monday.", "Rising costs hit the firm hard"),
        ("Before the fire the roof leaked, Lyng said.", "Before the fire the roof leaked"),
    ],
)
def test_a_clause_before_the_comma_with_nothing_after_the_verb_is_the_statement(
    rec: Recognizer, sentence: str, words: str
) -> None:
    assert said(rec, sentence) == [("Tor Lyng", words)]
