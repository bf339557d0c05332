"""A bare plural noun for people opening the sentence before a speech verb ("Engineers said",
"Divers said", "Pensioners said") is an unattributed statement, read by the noun's ending
(-ers, -ors, -ists, -ants, -ents, -ians, -ees, -men), not from a list (t13l F4: 20 of 36 common
plurals were dropped from Quotes). A surname of that form used as a name still speaks."""

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


def said(rec: Recognizer, sentence: str, first: str = FIRST) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), first + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(first)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13l F4)
        ("Engineers said the cables were old.", "the cables were old"),
        ("Divers said the water was cold.", "the water was cold"),
        ("Inspectors said the deck was cracked.", "the deck was cracked"),
        ("Investors said the shares were cheap.", "the shares were cheap"),
        ("Pensioners said they were afraid.", "they were afraid"),
        ("Bystanders said they heard a crack.", "they heard a crack"),
        ("Shopkeepers on the square said trade had stopped.", "trade had stopped"),
        # variants of my own: other endings, no list holds them
        ("Auditors said the ledgers were wrong.", "the ledgers were wrong"),
        ("Lobbyists said the law was weak.", "the law was weak"),
        ("Attendants said the lights went out.", "the lights went out"),
        ("Librarians said the archive was flooded.", "the archive was flooded"),
        ("Trainees said the course was cancelled.", "the course was cancelled"),
        ("Lodgers said the rent had doubled.", "the rent had doubled"),
    ],
)
def test_a_plural_of_people_opening_the_sentence_is_unattributed(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


def test_a_surname_of_that_form_used_as_a_name_speaks(rec: Recognizer) -> None:
    first = "Report\n\nKarl Rogers attended the hearing.\n\n"
    assert said(rec, "Rogers said the depot was shut.", first) == [("Karl Rogers", "the depot was shut")]


@pytest.mark.parametrize(
    "sentence",
    [
        # reported (t13l F3): the river's bank, no institution
        "Farmers on the eastern bank said they could not get their harvest across.",
        # variants of my own
        "Anglers on the northern bank said they could not get their harvest across.",
        "Boatmen along the bank said they could not get their harvest across.",
    ],
)
def test_a_group_by_a_place_named_like_an_institution_is_unattributed(rec: Recognizer, sentence: str) -> None:
    assert said(rec, sentence) == [(None, "they could not get their harvest across")]


def test_a_group_at_an_institution_still_speaks_for_it(rec: Recognizer) -> None:
    assert said(rec, "Analysts at the firm said the shares were cheap.") == [
        ("Weisskamm Logistik AG", "the shares were cheap")
    ]
