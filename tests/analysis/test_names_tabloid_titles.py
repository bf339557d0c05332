"""A tabloid's title word written capitalised before a person's name ("Boss", "Ace",
"Doc") is no part of the name (t13o F4, round s29-g): "Boss Joaquín Céspedes was grilled" was
a PERSON "Boss Joaquín Céspedes" apart from Joaquín Céspedes. The reported input and two invented
variants; "Hugo Boss" (the word after a given name) is left as it was."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (t13o F4, tabloid-blast)
        "MINE OF DEATH\n\nSEVEN men are feared dead. Boss Joaquín Céspedes was grilled by reporters last night.\n",
        "Joaquín Céspedes",
    ),
    ("Court fury\n\nDoc Dariusz Wolanski was booed outside court on Monday.\n", "Dariusz Wolanski"),
    ("Club fury\n\nAce Ingrid Halvorsen blasted her rivals after the defeat.\n", "Ingrid Halvorsen"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_title_word_is_no_part_of_the_name(rec: Recognizer, text: str, name: str) -> None:
    people = {n for n, label in names(rec, text) if label == "PERSON"}
    assert people == {name}, people


def test_the_word_after_a_given_name_stays(rec: Recognizer) -> None:
    text = "Hugo Boss said profits rose in the quarter.\n"
    assert not any(n == "Hugo" or n == "Boss" for n, _ in names(rec, text))
