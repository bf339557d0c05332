"""A fronted clause before "X said Y" is never the statement: Y is ("Asked whether the bridge was
safe, X said it was." -> "it was"; "Although …, X said Y"; t13l F17), and a statement after a
parenthetical "Per the rules, X said, …" never starts with ", " (t13l F11)."""

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
    ("sentence", "who", "words"),
    [
        # reported (t13l F17)
        ("Asked whether the bridge was safe, Vollmer said it was.", "Karsten Vollmer", "it was"),
        ("Asked if the bridge was safe, Brandauer said she could not say.", "Ines Brandauer", "she could not say"),
        ("Asked when the bridge would reopen, Vollmer said nobody knew.", "Karsten Vollmer", "nobody knew"),
        ("When asked about the cables, Brandauer said they were old.", "Ines Brandauer", "they were old"),
        (
            "Although the cables were new, Vollmer said the bridge was unsound.",
            "Karsten Vollmer",
            "the bridge was unsound",
        ),
        (
            "Even though the cables were new, Vollmer said the bridge was sound.",
            "Karsten Vollmer",
            "the bridge was sound",
        ),
        # variants of my own: other conjunctions and questions
        ("Because the river rose, Vollmer said the ferry had stopped.", "Karsten Vollmer", "the ferry had stopped"),
        (
            "Pressed on why the report was late, Brandauer said the county had lost it.",
            "Ines Brandauer",
            "the county had lost it",
        ),
        (
            "Unless the county pays, Brandauer said the bridge would stay shut.",
            "Ines Brandauer",
            "the bridge would stay shut",
        ),
    ],
)
def test_a_fronted_clause_is_not_the_statement(rec: Recognizer, sentence: str, who: str, words: str) -> None:
    assert said(rec, sentence) == [(who, words)]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # reported (t13l F11)
        (
            "Per the rules, Vollmer said, the county should have closed the bridge.",
            "Karsten Vollmer",
            "the county should have closed the bridge",
        ),
        (
            "Even then, Brandauer said, the union would meet the company.",
            "Ines Brandauer",
            "the union would meet the company",
        ),
        # variants of my own
        ("Even so, Vollmer said, nobody listened.", "Karsten Vollmer", "nobody listened"),
        ("Even now, Brandauer said, the deck was unsafe.", "Ines Brandauer", "the deck was unsafe"),
    ],
)
def test_a_statement_after_a_parenthetical_cue_has_no_leading_comma(
    rec: Recognizer, sentence: str, who: str, words: str
) -> None:
    assert said(rec, sentence) == [(who, words)]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # the fronted statement stays the statement when nothing follows the verb
        (
            "If the county pays, the bridge will be rebuilt, Vollmer said on Monday.",
            "Karsten Vollmer",
            "If the county pays, the bridge will be rebuilt",
        ),
        (
            "Although the cables were new, the deck had rusted, Brandauer said.",
            "Ines Brandauer",
            "Although the cables were new, the deck had rusted",
        ),
    ],
)
def test_a_trailing_cue_keeps_the_whole_clause(rec: Recognizer, sentence: str, who: str, words: str) -> None:
    assert said(rec, sentence) == [(who, words)]
