"""A subject's name followed by an apposition or a participle's phrase in commas before its
speech verb is the speaker, and the words after the verb are the statement; a place or a name
inside the phrase or opening the statement is never the speaker (t13p F17: "Labour MP Clara
Bexley, visiting from London, said Britain would send engineers." was credited to "United
Kingdom" with the words "Labour MP Clara Bexley, visiting from London")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), "Aid\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Labour MP Clara Bexley, visiting from London, said Britain would send engineers.",
            "Clara Bexley",
            "Britain would send engineers",
        ),
        (
            "Green MEP Jonas Hedlund, travelling with aid workers from Stockholm, said Sweden would fund the shelters.",
            "Jonas Hedlund",
            "Sweden would fund the shelters",
        ),
        (
            "Mayor Ines Duarte, 54, said Portugal would pay for the new bridge.",
            "Ines Duarte",
            "Portugal would pay for the new bridge",
        ),
    ],
)
def test_name_then_phrase_in_commas_speaks(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert said(rec, text) == [(speaker, words)]


def test_trailing_speaker_after_the_words_still_speaks(rec: Recognizer) -> None:
    # the inverted shape is untouched: the words before the comma, the speaker after the verb
    assert said(rec, "The harbour was closed all week, said Mayor Ines Duarte, who lives in Porto.") == [
        ("Ines Duarte", "The harbour was closed all week")
    ]
