"""A Russian or Ukrainian given name written as English-language news romanises it ("Anatoly",
"Yevgeny", "Andriy", "Lyudmila") opens a person's name before an unknown surname, with no title or
speech verb, as the name lists' Latin-script given names do (issue #16, round s36-e, held-out 29:
"When Anatoly Serotetto dug through the snow" gave no person; Faker lists those locales' names in
Cyrillic only). Invented surnames; "Darya" closing a river's name (Persian "river": "Amu Darya")
stays the river, though "Darya" is a Russian given name too."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.given_names import given_names, romanised
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ice\n\nWhen Anatoly Serotetto dug through the snow he found a sheet of ice.\n", "Anatoly Serotetto"),
        ("Ice\n\nWhen Vyacheslav Okhotetto crossed the river he found ice.\n", "Vyacheslav Okhotetto"),
        ("Ice\n\nWhen Andriy Lapsui reached the camp he found ice.\n", "Andriy Lapsui"),
        ("Ice\n\nWhen Lyudmila Khudi opened the notebook she found ice.\n", "Lyudmila Khudi"),
        ("Ice\n\nWhen Yevgeny Vanuito reached the camp he found ice.\n", "Yevgeny Vanuito"),
    ],
)
def test_romanised_given_name_opens_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("cyrillic", "language", "latin"),
    [
        ("Анатолий", "ru", {"Anatoly", "Anatoliy"}),
        ("Евгений", "ru", {"Yevgeny", "Yevgeniy"}),
        ("Надежда", "ru", {"Nadezhda"}),
        ("Андрій", "uk", {"Andriy", "Andrii"}),
        ("Олександр", "uk", {"Oleksandr"}),
        ("Name", "ru", set()),
    ],
)
def test_romanised_spellings(cyrillic: str, language: str, latin: set[str]) -> None:
    assert romanised(cyrillic, language) == latin


def test_river_word_is_no_given_name(rec: Recognizer) -> None:
    text = "Sea\n\nPlanners diverted the Amu Darya and the Syr Darya to grow cotton.\n"
    found = names(rec, text)
    assert ("Amu Darya", "LOC") in found and ("Syr Darya", "LOC") in found, found
    assert "Darya" not in given_names()
