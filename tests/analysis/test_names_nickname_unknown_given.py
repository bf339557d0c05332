"""A person named with a nickname in quotes between a given name and a surname is one PERSON, the
quotes and the nickname inside it, also when the recogniser does not know the given name: the
quoted nickname between two capitalised words is itself the evidence ('Dattatray "Bapu" Jadhav',
'Dakila "Dax" Panganiban' of heldout26 were no name or a lone nickname; issue #16, round s33-n).
Shapes invented for the kind: other languages' given names, single quotes, curly quotes, a job
word before the name; and what stays no person (a common word or a cue on either side)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            'The village leader Ravindranath "Ravi" Kolhatkar of the growers\' union spoke on Monday.',
            'Ravindranath "Ravi" Kolhatkar',
        ),
        (
            "Owner Marisol 'Sol' Dumalagan, who runs a bakery in the town, said she was happy.",
            "Marisol 'Sol' Dumalagan",
        ),
        (
            "Its founder, Oluwaseyi “Seyi” Adebanjo, told the meeting the shop would stay open.",
            "Oluwaseyi “Seyi” Adebanjo",
        ),
        (
            'Fisherman Tavita "Tav" Leiataua says the catch has halved since the storm.',
            'Tavita "Tav" Leiataua',
        ),
    ],
)
def test_a_nicknamed_person_with_an_unknown_given_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (person, "PERSON") in found


@pytest.mark.parametrize(
    "text",
    [
        'The Grand "Deluxe" Hotel reopened on Friday after the repairs.',
        'Shares in Northern "Blue" Energy fell after the report.',
    ],
)
def test_no_person_of_quoted_words_between_common_words_or_cues(rec: Recognizer, text: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert not any(label == "PERSON" and '"' in name for name, label in found)


@pytest.mark.parametrize(
    "text",
    [
        'Troops took part in Operation "Iron" Wall last year.',
        "The minister called it Project 'Phoenix' Rising, a plan for the town.",
        "Fans of Manchester 'Red' Devils cheered.",
        'Kenya "Harambee" Stars won 2-0.',
    ],
)
def test_no_person_of_a_quoted_word_without_a_persons_words_around(rec: Recognizer, text: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert not any(label == "PERSON" for _, label in found)
