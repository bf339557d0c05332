"""A pledge or promise of a thing (a sum, a noun phrase) with no clause after it is no reported
speech: "Portugal's government pledged $5.6 million in aid" has no statement "$5.6 million in
aid" (t13n F10); "pledged that …", "pledged to …", "promised the money would be paid" still report
(cues.OTHER_SENSE, as "maintains the wagons")."""

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
    "text",
    [
        "Portugal’s government pledged $5.6 million in aid.",
        "The government has pledged €5 million in emergency aid, and the firm has created a €2 million fund.",
        "Hungary's cabinet promised 300 new homes for the families.",
        "The city council pledged a new bridge by 2027.",
    ],
)
def test_pledge_of_a_thing_is_no_statement(rec: Recognizer, text: str) -> None:
    assert said(rec, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The minister pledged that the plant would stay shut.", "the plant would stay shut"),
        ("The minister pledged to rebuild every home.", "to rebuild every home"),
        ("The minister promised the money would be paid within a week.", "the money would be paid within a week"),
    ],
)
def test_pledge_of_a_clause_reports(rec: Recognizer, text: str, words: str) -> None:
    assert [w for _, w in said(rec, text)] == [words]
