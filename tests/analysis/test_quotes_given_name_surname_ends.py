"""A surname that is also a given name written short ends its sentence (review s46-rv finding 1,
round s46-fx1): round s46-s read "Ma." (María), "Jos.", "Geo." before any capitalised word as no
sentence's end, so "… said founder Jack Ma. Chairman Joe Tsai said the hiring would start in
April." was one sentence and Tsai's words were credited to Ma. A given name written short opens a
name only at a sentence's start, after a list's separator, or after a title, role or lower-case
word before a name of two words; never right after a capitalised name word
(:func:`blocks.abbreviation_stop`, :func:`blocks._opens_name`). Each case: the review's input
first, then two variants of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.blocks import split_sentences
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's (s46-rv finding 1)
        (
            "The deal was announced by Jack Ma. Alibaba shares rose 5% on Monday.",
            ["The deal was announced by Jack Ma.", "Alibaba shares rose 5% on Monday."],
        ),
        ("Cellist Yo-Yo Ma. Tickets cost $40.", ["Cellist Yo-Yo Ma.", "Tickets cost $40."]),
        ("He met Sen. Ma. Ying-jeou later spoke.", ["He met Sen. Ma.", "Ying-jeou later spoke."]),
        # variants of my own: other surnames that are given names written short, a second reference
        (
            "The evacuees were flown from Kaduna to Nigerian city Jos. Doctors treated 40 of them.",
            ["The evacuees were flown from Kaduna to Nigerian city Jos.", "Doctors treated 40 of them."],
        ),
        (
            '"We will keep growing," said Ma. Analysts expect a record quarter.',
            ['"We will keep growing," said Ma.', "Analysts expect a record quarter."],
        ),
        (
            "The table tennis final went to Ma Long over Fan Zhendong and Lin Ma. Organisers praised both.",
            ["The table tennis final went to Ma Long over Fan Zhendong and Lin Ma.", "Organisers praised both."],
        ),
        # unchanged: a given name written short opening a name of two words after a title or a verb
        (
            "Gov. Ma. Lourdes Cataquiz spoke first. Later, officials said Ma. Teresa Villanueva would lead.",
            ["Gov. Ma. Lourdes Cataquiz spoke first.", "Later, officials said Ma. Teresa Villanueva would lead."],
        ),
    ],
)
def test_a_surname_ends_its_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("body", "first", "second", "words"),
    [
        (  # the review's (c9/ma3.txt)
            '"We will keep growing," said founder Jack Ma. Chairman Joe Tsai said the hiring would start in April.',
            "Jack Ma",
            "Joe Tsai",
            "the hiring would start in April",
        ),
        (
            '"The orchestra sold out," said cellist Yo-Yo Ma. Conductor Marin Alsop said a second concert '
            "would follow in May.",
            "Yo-Yo Ma",
            "Marin Alsop",
            "a second concert would follow in May",
        ),
        (
            '"Prices will fall," said analyst Wendy Ma. Economist Pedro Alvarez said rates would stay high until June.',
            "Wendy Ma",
            "Pedro Alvarez",
            "rates would stay high until June",
        ),
    ],
)
def test_the_next_speaker_keeps_his_statement(rec: Recognizer, body: str, first: str, second: str, words: str) -> None:
    text = f"Company news\n\nThe company reported results on Monday.\n\n{body}\n"
    article = Article("a", Path("/x/a.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"a": find_quotes(article, rec.recognize(article))})["a"]
    by_speaker = {q.speaker.name if q.speaker is not None else None: q for q in quotes}
    assert first in by_speaker
    assert second in by_speaker and words in by_speaker[second].text
