"""Quotes of round s51-q (issue #16): a verb of habit or liking before "to say" tags a quotation
as "used to say" does (t13r, t13at N4 variant: '"…," as my old teacher, Ingrid Solvang-Mota,
liked to say.' stayed unattributed); "declined to say" still tags nothing. And "according to
the Junta de Andalucía, which …" (t13r var/q1: no statement) credits the body, now that the
recogniser reads "Junta de <place>" as one organisation (round s51-e)."""

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


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (  # reported (t13r var/q1: no statement at all; the body is one name since round s51-e)
            "Rescue work continued overnight, according to the Junta de Andalucía, which sent two teams.",
            "Rescue work continued overnight",
            "Junta de Andalucía",
        ),
        (
            "Roads stayed closed into the evening, according to the Generalitat de Catalunya, which sent more crews.",
            "Roads stayed closed into the evening",
            "Generalitat de Catalunya",
        ),
        (
            "Rescue work continued overnight, according to the Red Cross, which sent two teams.",
            "Rescue work continued overnight",
            "Red Cross",
        ),
    ],
)
def test_according_to_body_then_relative(rec: Recognizer, text: str, words: str, body: str) -> None:
    assert said(rec, text).get(words) == body
