"""A restrictive relative clause whose speech verb takes a preposition ("A group that argues for
safer roads was not consulted", "A company which insists on safety was hired") is no statement:
the verb's other sense, with the sentence's own verb after it (t13l F6: the firm named before
was credited with "for safer roads was not consulted"). A main clause's "insisted on" still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Report\n\nKarsten Vollmer and Ines Brandauer attended. Weisskamm Logistik AG was named.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(FIRST)]


@pytest.mark.parametrize(
    "sentence",
    [
        # reported (t13l F6)
        "A group that argues for safer roads was not consulted.",
        "A company which insists on safety was hired.",
        # variants of my own
        "A firm which argues for lower tolls was not invited.",
        "A company that insists on cash payments was paid twice.",
        "A lobby group that insists upon secrecy has been fined.",
    ],
)
def test_a_relative_clause_with_a_verb_of_another_sense_is_no_statement(rec: Recognizer, sentence: str) -> None:
    assert said(rec, sentence) == []


def test_a_main_clause_verb_with_a_preposition_still_reports(rec: Recognizer) -> None:
    assert said(rec, "Vollmer insisted on a full inquiry.") == [("Karsten Vollmer", "on a full inquiry")]
