"""The Romance courtesy titles (round s46-b) are titles only where a person follows (review s46-rv
finding 6): "Madame", "Monsieur", "Señora" … before a single word that is no given name and that
the text never uses as a person's leave a name of its own whole ("Madame Tussauds" was the
PERSON "Tussauds"); "Don" and "Dona" are a title only before a Spanish, Portuguese or Italian
given name, a given name of their own before an English one ("Dona Lee Smith" was "Lee Smith").
The reported sentences first, then two invented variants of each kind; the titles still read
before a person close the file."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("LONDON — Madame Tussauds in London reopened on Tuesday after a burst pipe flooded its basement.", "Tussauds"),
        ("Copies of Madame Figaro sold out in Paris on Friday as the interview ran.", "Figaro"),
        ("Monsieur Bricolage opened two new stores near Lyon this spring.", "Bricolage"),
    ],
    ids=["reported-tussauds", "figaro", "bricolage"],
)
def test_title_word_before_a_name_of_its_own(rec: Recognizer, text: str, word: str) -> None:
    assert (word, "PERSON") not in names(rec, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("His wife, Dona Lee Smith, said the queue was worth it.", "Dona Lee Smith"),
        ("Her sister, Dona Kay Brown, said the shop would reopen.", "Dona Kay Brown"),
        ("The coach, Don Roy Harper, said the team had trained hard.", "Don Roy Harper"),
    ],
    ids=["reported-dona-lee", "dona-kay", "don-roy"],
)
def test_don_dona_before_an_english_given_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Her neighbour, Dona Maria Sousa, said the river rose overnight.", "Maria Sousa"),
        ("The mayor, Madame Claire Dubois, said the bridge would reopen.", "Claire Dubois"),
        ("The grocer Monsieur Lacombe said the market would stay shut.", "Lacombe"),
    ],
    ids=["dona-maria", "madame-full-name", "monsieur-speaker"],
)
def test_title_before_a_person_stays_outside(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
