"""Irregular plurals for people as a statement's subject (issue #13/#16, acceptance report t13m F1,
F2; names invented): "Women said", "Children said", "People said", "Men said" were credited to a
person "Women" …, "Older people said" and "Midwives on the ward said" were dropped, "Housewives
said" went to a person "Housewives". Such a plural is read by its ending, as the regular ones are
(-men, -children, -people, -folk, and -ves for a noun for a person in -f/-fe), never from a list of
the reported words: each is an unattributed group, and the entity recogniser takes none of them for
a person's name. The reported sentences and two invented variants each ("Many women in Pécs said":
tests/analysis/test_quotes_groups_by_named_places.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.cues import people_plural
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Storm report\n\nKarsten Vollmer and Ines Brandauer attended. Weisskamm Logistik AG was named.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    """(speaker's name or None for unattributed, words) of each statement ``sentence`` gives."""
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(FIRST)]


def persons(rec: Recognizer, sentence: str) -> list[str]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    return [
        article.text[m.start : m.end] for m in rec.recognize(article) if m.label == "PERSON" and m.start >= len(FIRST)
    ]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13m F1)
        ("Women said the shelter was cold.", "the shelter was cold"),
        ("Children said they were frightened.", "they were frightened"),
        ("People said the water rose fast.", "the water rose fast"),
        ("Men said the dyke held.", "the dyke held"),
        ("Older people said the water rose fast.", "the water rose fast"),
        # invented: compounds of the same plurals, another quantifier, a trailing subject
        ("Schoolchildren said the gym was flooded.", "the gym was flooded"),
        ("Townspeople said the sirens never sounded.", "the sirens never sounded"),
        ("Several men said the levee was breached.", "the levee was breached"),
        ("The levee was breached, women said.", "The levee was breached"),
        # reported (t13m F2)
        ("Midwives on the ward said the generator failed.", "the generator failed"),
        ("Housewives said prices doubled.", "prices doubled"),
        # invented: other -ves, -men and -folk plurals
        ("Fishwives at the market said the catch was lost.", "the catch was lost"),
        ("Thieves said the doors were open.", "the doors were open"),
        ("Clergymen said the church was flooded.", "the church was flooded"),
        ("Townsfolk said the storm was the worst in memory.", "the storm was the worst in memory"),
    ],
)
def test_an_irregular_plural_of_people_is_an_unattributed_group(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        # reported shapes: the plural after a wire dateline, after a quote, capitalised mid-sentence
        "PÉCS, Hungary (Danubewire) - Women said the shelter was cold.",
        '"It was cold," Children said.',
        "PÉCS, Hungary (Danubewire) - People said the water rose fast.",
        "PÉCS, Hungary (Danubewire) - Men said the dyke held.",
        # invented: other plurals, regular ones too
        "BAJA, Hungary (Danubewire) - Midwives said the generator failed.",
        '"The roof fell," Firemen said.',
        "BAJA, Hungary (Danubewire) - Engineers said the dam held.",
    ],
)
def test_no_plural_of_people_is_a_persons_name(rec: Recognizer, sentence: str) -> None:
    assert persons(rec, sentence) == []
    assert [speaker for speaker, _ in said(rec, sentence)] == [None]


def test_a_surname_of_a_plurals_form_is_still_a_name(rec: Recognizer) -> None:
    article = Article(
        "t",
        Path("/x/t.txt"),
        "Report\n\nTom Rogers attended.\n\nBAJA, Hungary (Danubewire) - Rogers said the dam held.\n",
        "utf-8",
        "",
        True,
        None,
        True,
    )
    mentions = rec.recognize(article)
    assert [q.speaker.name if q.speaker else None for q in find_quotes(article, mentions)] == ["Tom Rogers"]


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("women", True),
        ("firemen", True),
        ("grandchildren", True),
        ("salespeople", True),
        ("kinsfolk", True),
        ("midwives", True),
        ("thieves", True),
        ("girls", True),
        # no nouns for people
        ("wolves", False),
        ("knives", False),
        ("leaves", False),
        ("specimen", False),
        ("lives", False),
    ],
)
def test_the_plural_is_read_by_its_ending(word: str, plural: bool) -> None:
    assert people_plural(word) is plural
