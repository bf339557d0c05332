"""After ", while / whereas / but SUBJECT says", the reported words are what follows the verb,
credited to that subject; the clause before the comma is no one's statement (review s43-rv finding
9: "X, while the NNU says Y" credited X to the NNU, and with another name in X, Y was lost). The
first case is the reported input; the others are my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Strike talks\n\nThe council met on Monday in Leeds.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("sentence", "speaker", "words", "not_words"),
    [
        (
            "Members of the NEU have been offered 3.5% but want 8%, while the NNU says its members deserve 7% "
            "after being offered 4%.",
            "NNU",
            "its members deserve 7% after being offered 4%",
            "want 8%",
        ),
        (
            "Bus drivers accepted the deal, whereas the GMB says its members will keep striking.",
            "GMB",
            "its members will keep striking",
            "accepted the deal",
        ),
        (
            "The council cut the grant, but Mayor Jane Roe says the libraries will stay open.",
            "Jane Roe",
            "the libraries will stay open",
            "cut the grant",
        ),
    ],
)
def test_the_joined_clauses_subject_says_the_words_after_its_verb(
    rec: Recognizer, sentence: str, speaker: str, words: str, not_words: str
) -> None:
    text = HEAD + sentence + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = [q for q in find_quotes(article, rec.recognize(article)) if q.start >= len(HEAD)]
    said = [(q.speaker.name if q.speaker else None, q.quoted) for q in quotes]
    assert (speaker, words) in said, said
    assert not [q for q in said if not_words in q[1]], said
