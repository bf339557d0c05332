"""A group at an institution in a town is the group (unattributed) or the institution, never
the town: "Doctors at the hospital in Coimbra said …" (t13n F10: speaker Coimbra, GPE)."""

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
            "Doctors at the hospital in Coimbra said six of the injured were in a serious condition.",
            "six of the injured were in a serious condition",
        ),
        ("Nurses at the clinic in Pécs said the ward was full.", "the ward was full"),
        ("Staff at the school in Győr said the pupils were safe.", "the pupils were safe"),
        (
            "Officials at the hospital in Coimbra said six were in a serious condition.",
            "six were in a serious condition",
        ),
    ],
)
def test_group_at_institution_is_no_town(rec: Recognizer, text: str, words: str) -> None:
    assert said(rec, text) == [(None, words)]
