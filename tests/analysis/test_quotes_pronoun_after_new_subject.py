"""A pronoun speaker ("he said") after a person named since the last speaker as a sentence's
subject is that person, not the last speaker: "…," said Fernanda Gouveia. The plant's director,
Eng. João Galvão Simões, rejected the claim. "…," he said.` is the director's (t13n F10: was
Gouveia's). A known other gender (an honorific) keeps the last speaker."""

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
            '"Nobody told us anything about our husbands," said Fernanda Gouveia, whose husband works in the'
            " packaging unit.\n\nThe plant's director, Eng. João Galvão Simões, rejected the claim. \"All"
            ' equipment was inspected in April, as the law requires," he said at a press conference.',
            "João Galvão Simões",
            "All equipment was inspected in April, as the law requires",
        ),
        (
            '"We were never warned," said Olga Berg, whose son works at the mine. The mine\'s manager,'
            ' Dr. Peter Lund, rejected the claim. "Every alarm was tested last month," he told reporters.',
            "Peter Lund",
            "Every alarm was tested last month",
        ),
        (
            '"The water came in at night," said Tom Hale, a farmer. Chief inspector Maria Lopes disagreed.'
            ' "The pumps were serviced in May," she said on Tuesday.',
            "Maria Lopes",
            "The pumps were serviced in May",
        ),
    ],
)
def test_pronoun_is_the_newer_subject(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(rec, text)


def test_known_other_gender_keeps_the_last_speaker(rec: Recognizer) -> None:
    text = (
        '"We are fine," said Mrs Ann Hale, a farmer. Peter Lund, 58, runs the farm.'
        ' "The pumps were serviced in May," she said on Tuesday.'
    )
    assert ("Ann Hale", "The pumps were serviced in May") in said(rec, text)


def test_no_new_subject_keeps_the_last_speaker(rec: Recognizer) -> None:
    text = '"We are fine," said Tom Hale, a farmer. "The pumps were serviced in May," he said on Tuesday.'
    assert ("Tom Hale", "The pumps were serviced in May") in said(rec, text)


def test_long_apposition_before_the_verb(rec: Recognizer) -> None:
    # the kind of heldout9's Hamburg feature: a neighbour named with a long relative clause in commas
    text = (
        "Since the border closed, Lotte Brinkhaus says, the trade has halved.\n\n"
        "His neighbour, Karl-Heinz Obermüller, whose family firm Obermüller Teppiche has been in the same"
        ' warehouse since 1926, thinks the problem is taste. "Young people buy a rug and throw it away,"'
        " he says."
    )
    assert ("Karl-Heinz Obermüller", "Young people buy a rug and throw it away") in said(rec, text)
