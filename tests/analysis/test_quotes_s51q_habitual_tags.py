"""Quotes of round s51-q (issue #16): a verb of habit or liking before "to say" tags a quotation
as "used to say" does (t13r, t13at N4 variant: '"…," as my old teacher, Ingrid Solvang-Mota,
liked to say.' stayed unattributed); "declined to say" still tags nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}``."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: q.speaker.name if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13r var/q2)
            '"Water always finds the weak spot," as my old teacher, Ingrid Solvang-Mota, liked to say.',
            "Water always finds the weak spot",
            "Ingrid Solvang-Mota",
        ),
        (  # variants
            '"A river remembers every dam," as my grandfather, Tomasz Wierzbicki, loved to say.',
            "A river remembers every dam",
            "Tomasz Wierzbicki",
        ),
        (
            '"Never trust a quiet mountain," as the old guide Anders Holm was wont to say.',
            "Never trust a quiet mountain",
            "Anders Holm",
        ),
    ],
)
def test_habitual_say_tags(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker


def test_declined_to_say_tags_nothing(rec: Recognizer) -> None:
    assert said(rec, '"No comment," the mayor declined to say.').get("No comment") is None
