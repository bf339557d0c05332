"""Two title-led persons joined by "and", and a question opening with the modal "Will" (t13k
F13; names invented): "Chief of Staff Will Brekk and Head of Security May Solum met" lost Will
Brekk (the "and" went on inside one name, as in "Centre for Disease Prevention and Control"),
and "Will Lyng resign?" made a person "Will Lyng". The reported shapes and two invented
variants each."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # reported (t13k F13), both orders
        ("Talks\n\nChief of Staff Will Brekk and Head of Security May Solum met on Friday.\n", {"Will Brekk", "May Solum"}),
        ("Talks\n\nHead of Security May Solum and Chief of Staff Will Brekk met on Friday.\n", {"Will Brekk", "May Solum"}),
        # invented: given names that are no words; a given name that is a word in the second
        ("Talks\n\nChief of Staff Ola Brekk and Head of Security Kari Solum met on Friday.\n", {"Ola Brekk", "Kari Solum"}),
        ("Talks\n\nDirector of Finance Per Moen and Head of Sales Even Dahl left early.\n", {"Per Moen", "Even Dahl"}),
    ],
)  # fmt: skip
def test_two_title_led_persons_joined_by_and_are_both_persons(rec: Recognizer, text: str, persons: set[str]) -> None:
    got = names(rec, text)
    assert {t for t, label in got if label == "PERSON"} == persons, got


def test_a_department_list_joined_by_and_stays_one_name(rec: Recognizer) -> None:
    # "Centre for Disease Prevention and Control": no person before the "and", one body
    got = names(rec, "Health\n\nThe Centre for Disease Prevention and Control said cases rose.\n")
    assert ("Centre for Disease Prevention and Control", "ORG") in got, got


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13k F13)
        "Politics\n\nGunnar Lyng was under pressure. Will Lyng resign? Amdal said she did not know.\n",
        # invented: no one of the surname named before; a longer question
        "Politics\n\nWill Sletten resign? Nobody knows.\n",
        "Politics\n\nWill Nordby survive the vote? The council meets on Friday.\n",
    ],
)
def test_a_question_opening_with_the_modal_will_makes_no_person(rec: Recognizer, text: str) -> None:
    got = names(rec, text)
    assert not any(t.startswith("Will ") for t, _ in got), got


def test_the_person_named_so_elsewhere_in_the_article_stays_the_person(rec: Recognizer) -> None:
    got = names(rec, "Politics\n\nWill Sletten spoke first. Will Sletten resign? Nobody knows.\n")
    assert [t for t, label in got if label == "PERSON"] == ["Will Sletten"], got
