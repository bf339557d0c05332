"""A relative clause in commas on the source of "According to X, …" is about the source, never
the start of the statement: "According to Sorvena Químicos S.A., which bought the plant in 2019, the
factory produces resins …" states "the factory produces resins …" (t13n F10: the statement began
"which bought the plant in 2019,")."""

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
    ("text", "speaker", "words"),
    [
        (
            "According to Sorvena Químicos S.A., which bought the plant in 2019, the factory produces resins and"
            " solvents for the furniture industry.",
            "Sorvena Químicos S.A.",
            "the factory produces resins and solvents for the furniture industry",
        ),
        (
            "According to Hydrolyne Corp, which has run the mine since 2010, the shaft is safe.",
            "Hydrolyne Corp",
            "the shaft is safe",
        ),
        (
            "According to Anna Berg, who chairs the residents' group, the smell lasted for days.",
            "Anna Berg",
            "the smell lasted for days",
        ),
    ],
)
def test_relative_clause_is_no_statement(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert said(rec, text) == [(speaker, words)]
