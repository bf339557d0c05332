"""A nationality before a noun is the noun's adjective: "according to Portuguese media", "Polish
officials said" is that group (unattributed), never the nation (t13n F10: speaker "Portuguese",
NORP)."""

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
    article = Article("t", Path("/x/t.txt"), "Blast\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Around 2,000 locals were moved out of their homes, according to Portuguese media.",
            "Around 2,000 locals were moved out of their homes",
        ),
        ("No other citizens were hurt, according to Polish officials.", "No other citizens were hurt"),
        ("Hungarian media reported that the mine was closed.", "the mine was closed"),
    ],
)
def test_nationality_group_is_no_nation(rec: Recognizer, text: str, words: str) -> None:
    assert said(rec, text) == [(None, words)]
