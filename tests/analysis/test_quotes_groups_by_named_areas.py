"""A plural of people before a preposition and a named place with its kind's noun after it ("the
Bairro do Sol neighbourhood", "the Vila Verde district", "the Rua Augusta area") is that group,
unattributed, the place where it is: name particles ("do", "da") inside the place's name and the
lower-case noun after it are read (t13n F18: "Women from the Bairro do Sol neighbourhood said
they would march on Saturday." was dropped; the session-27 rule read a place's name alone,
"Residents of Szigetvár"). A firm's name there still speaks for its people."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Blast\n\nThe plant exploded on Sunday morning.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, paragraph: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + paragraph + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(FIRST)]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        # reported (t13n F18, q1.txt)
        (
            "Women from the Bairro do Sol neighbourhood said they would march on Saturday.",
            "they would march on Saturday",
        ),
        # variants of my own: other groups, places, prepositions and nouns
        ("Pensioners from the Praça da Liberdade quarter said nobody had warned them.", "nobody had warned them"),
        ("Shopkeepers in the Rua Augusta area said their windows were blown out.", "their windows were blown out"),
        ("Residents of the Vila Verde district said the water was brown.", "the water was brown"),
    ],
)
def test_a_group_by_a_named_area_is_unattributed(rec: Recognizer, paragraph: str, words: str) -> None:
    assert said(rec, paragraph) == [(None, words)]


def test_a_firm_named_there_still_speaks(rec: Recognizer) -> None:
    # unchanged: "Engineers at X Corp" are the firm's
    assert said(rec, "Engineers at the Hydrolyne Corp plant said the valve failed.") == [
        ("Hydrolyne Corp", "the valve failed")
    ]
