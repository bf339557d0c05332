"""A place's possessive before a noun phrase of no known kind ("according to Lima's chamber of
commerce", "said Quito's chamber of industry") is the whole possessive phrase's (unattributed: no
organisation of that name is named), never the place that owns it (t13p F17: "Losses could reach
600 billion soles … according to Lima's chamber of commerce" was Lima's)."""

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
    article = Article("t", Path("/x/t.txt"), "Losses\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Losses could reach 600 billion soles, nearly €2.5bn, according to Lima's chamber of commerce.",
            "Losses could reach 600 billion soles, nearly €2.5bn",
        ),
        (
            "Repairs will take two years, according to Bergen's board of trustees.",
            "Repairs will take two years",
        ),
        ("Exports fell by a third in May, said Quito's chamber of industry.", "Exports fell by a third in May"),
    ],
)
def test_possessive_phrase_speaks_never_the_place(rec: Recognizer, text: str, words: str) -> None:
    assert said(rec, text) == [(None, words)]
