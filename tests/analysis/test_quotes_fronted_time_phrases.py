"""A time or adverbial phrase fronted before the subject is neither the statement nor the
speaker: "Hours after the storm, Kovács said the roads were closed." is Kovács's "the roads were
closed" (t13m F3: the phrase was taken for the statement). The phrases are read by their kind, not
listed: a span of time before "after"/"before"/"later" ("Two days after", "Minutes later", "48
hours into"), a degree of nearness ("Shortly before", "Soon after", "Long after"), "early"/"late"
before a time ("Late last night"), a time noun after "last"/"that"/"the next" ("That evening"), an
adverb in "-ly" ("Most importantly") and more prepositions ("Above all"); the inverted order
"Above all, said Farkas, the dykes must hold." gives the words after the speaker's comma."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Storm\n\nLajos Kovács, Péter Tóth and Ilona Farkas led the county's response.\n\n"


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
        # reported (t13m F3)
        ("Hours after the storm, Kovács said the roads were closed.", "Lajos Kovács", "the roads were closed"),
        ("Shortly before noon, the mayor said the river peaked.", None, "the river peaked"),
        ("Minutes later, Tóth said the bridge was shut.", "Péter Tóth", "the bridge was shut"),
        ("Above all, said Farkas, the dykes must hold.", "Ilona Farkas", "the dykes must hold"),
        # variants of my own: other spans, degrees, names and wording
        ("Forty minutes after the siren, Farkas said the dam had held.", "Ilona Farkas", "the dam had held"),
        ("Two days later, the county said the water was falling.", None, "the water was falling"),
        ("Long before dawn, Tóth said the crews were ready.", "Péter Tóth", "the crews were ready"),
        ("Soon after the levee broke, Kovács said the pumps had failed.", "Lajos Kovács", "the pumps had failed"),
        ("Late last night, Farkas said the school would stay shut.", "Ilona Farkas", "the school would stay shut"),
        ("That evening, Tóth said the ferry had stopped.", "Péter Tóth", "the ferry had stopped"),
        ("Most importantly, said Kovács, the hospital stays open.", "Lajos Kovács", "the hospital stays open"),
        ("Crucially, Tóth said the alarm had worked.", "Péter Tóth", "the alarm had worked"),
        ("Besides the flooding, Farkas said power was out.", "Ilona Farkas", "power was out"),
    ],
)
def test_a_fronted_time_or_adverbial_phrase_is_no_statement(
    rec: Recognizer, sentence: str, who: str | None, words: str
) -> None:
    assert said(rec, sentence) == [(who, words)]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # a name inside the fronted phrase is not the speaker, nor the phrase the statement
        (
            "Hours after Ilona Farkas ordered the evacuation, Kovács said the roads were closed.",
            "Lajos Kovács",
            "the roads were closed",
        ),
        (
            "Two hours after Péter Tóth left the dyke, the mayor, Ilona Farkas, said it had breached.",
            "Ilona Farkas",
            "it had breached",
        ),
    ],
)
def test_a_name_in_the_fronted_phrase_is_not_the_speaker(rec: Recognizer, sentence: str, who: str, words: str) -> None:
    assert said(rec, sentence) == [(who, words)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the trailing shape is unchanged: the clause before the comma is the statement
        ("Hours later the roads were closed, Kovács said.", "Hours later the roads were closed"),
        ("Minutes after the storm the bridge shut, Kovács said on Monday.", "Minutes after the storm the bridge shut"),
        ("Kelly was right, Kovács said.", "Kelly was right"),
    ],
)
def test_a_clause_before_the_comma_is_still_the_statement(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [("Lajos Kovács", words)]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # a participle before a title word is the title's ("Managing director"), no fronted phrase
        (
            "Managing director Réka Balogh, the founder's granddaughter, said the plant would open.",
            "Réka Balogh",
            "the plant would open",
        ),
        # the subject after a semicolon is the clause's own, not a name before it
        (
            "At the school in Szeged, pupils spoke Romani; Kovács later said the rule was cruel.",
            "Lajos Kovács",
            "the rule was cruel",
        ),
    ],
)
def test_a_subject_is_not_lost_to_a_phrase(rec: Recognizer, sentence: str, who: str, words: str) -> None:
    assert said(rec, sentence) == [(who, words)]
