"""Trailing speakers with their title: "…, said the Chief Fire Officer, X Y.", "…, said Chief
Fire Officer X Y in a statement on Tuesday." (t13l F14: no statement), and a transcript's speaker
label before the sentence: "REPORTER: X said …" (t13l F7: missing; the label opened an
unattributed statement)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Report\n\nLorant Feher and Vera Bodo attended. Tiszavolgy Zrt was named.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(FIRST)]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # reported (t13l F14)
        ("The crossing was unsafe, said the Chief Fire Officer, Lorant Feher.", "Lorant Feher"),
        ("The crossing was unsafe, said Chief Fire Officer Lorant Feher in a statement on Tuesday.", "Lorant Feher"),
        # variants of my own
        ("The crossing was unsafe, said the Harbour Master, Vera Bodo.", "Vera Bodo"),
        ("The crossing was unsafe, said Deputy Harbour Master Vera Bodo in a statement on Monday.", "Vera Bodo"),
        ("The crossing was unsafe, said the County Chief Fire Officer, Lorant Feher.", "Lorant Feher"),
    ],
)
def test_a_trailing_speaker_with_a_title_and_a_setting(rec: Recognizer, sentence: str, who: str) -> None:
    assert said(rec, sentence) == [(who, "The crossing was unsafe")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # reported (t13l F7)
        (
            "REPORTER: Tiszavolgy said it would release its report on Friday.",
            # the firm the article names ("Tiszavolgy Zrt": a firm since session 26's Kft/Zrt cues)
            [("Tiszavolgy Zrt", "it would release its report on Friday")],
        ),
        (
            "REPORTER: The collapse killed 7 people, police said, and divers searched.",
            [(None, "The collapse killed 7 people")],
        ),
        # variants of my own: other labels
        ("ANCHOR: Halasz said the river was rising.", [("Halasz", "the river was rising")]),
        ("CORRESPONDENT: The bridge fell at night, officials said.", [(None, "The bridge fell at night")]),
    ],
)
def test_a_transcript_label_is_no_part_of_the_sentence(
    rec: Recognizer, sentence: str, expected: list[tuple[str | None, str]]
) -> None:
    assert said(rec, sentence) == expected
