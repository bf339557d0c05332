"""A capitalised job word opening a sentence before a full name describes the person (t13f F1,
round s22-a; names invented): "Baker Ingrid Sorvaag opened her shop" was the person "Baker Ingrid
Sorvaag". A job word that is also a name ("Baker", "Mason", "Hunter") stays a name where no full
name follows it. The reported input and two variants, and the names that must stay."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "surname"),
    [
        # reported (t13f F1)
        (
            "Baker Ingrid Sorvaag opened her shop at dawn to feed rescuers. Sorvaag said the town would pull together.",
            "Ingrid Sorvaag",
            "Sorvaag",
        ),
        # invented: other jobs that are names too
        ("Mason Erik Dahl rebuilt the harbour wall in a week. Dahl said it was his last job.", "Erik Dahl", "Dahl"),
        (
            "Hunter Ana Kowalski tracked the bear for days. Kowalski said it had left the valley.",
            "Ana Kowalski",
            "Kowalski",
        ),
    ],
)
def test_a_job_word_before_a_full_name_is_no_part_of_it(rec: Recognizer, text: str, person: str, surname: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert (surname, "PERSON") in found, found
    job = text.split(maxsplit=1)[0]
    assert not any(name.startswith(job) for name, _ in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the job word is the surname: after its person, alone, or with a given name before it
        ("Ingrid Baker opened the shop at dawn. Baker said the town would pull together.", "Baker"),
        ("Officials thanked James Baker for the bread on Monday.", "James Baker"),
        ("Ingrid Mason opened the shop at dawn. Mason said the town would pull together.", "Mason"),
    ],
)
def test_a_job_word_that_is_a_surname_stays_a_name(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    "text", ["Baker Hughes said on Monday it would cut jobs.", "Mason Greenwood said on Monday he would appeal."]
)
def test_a_job_word_that_is_a_name_before_one_word_stays_in_the_name(rec: Recognizer, text: str) -> None:
    # no full name after it: "Baker Hughes" is not the job "Baker" before a person "Hughes"
    found = names(rec, text)
    first, second = text.split()[:2]
    assert (second, "PERSON") not in found, found
    assert any(name == f"{first} {second}" for name, _ in found), found
