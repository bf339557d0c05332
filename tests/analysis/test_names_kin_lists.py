"""Given names listed after relatives in the plural are people, however long the list and whatever
counts them: "survived by their children, Marcelino, Eufemia and Cyril,", "She leaves two sons, Kofi
and Yaw." (issue #16, round s34-b: heldout27's three children of an obituary were no name; the
rule read two names after a possessive only). The reported shape with other names first, then
variants invented for the kind; guard: a list of places after no relative stays unread."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the reported shape, other names
        (
            "He is survived by their children, Anselmo, Dionisia and Feliciano, who runs the shop.",
            ["Anselmo", "Dionisia", "Feliciano"],
        ),
        # invented: a count before the relatives, four names, grandchildren
        ("She leaves two sons, Kwabena and Yaw.", ["Kwabena", "Yaw"]),
        ("He leaves four daughters, Ama, Esi, Adjoa and Akua.", ["Ama", "Esi", "Adjoa", "Akua"]),
        ("She is survived by her grandchildren, Tavita, Losa and Iosefa.", ["Tavita", "Losa", "Iosefa"]),
    ],
)
def test_each_listed_relative_is_a_person(rec: Recognizer, text: str, people: list[str]) -> None:
    found = names(rec, text)
    for person in people:
        assert (person, "PERSON") in found, found


def test_a_list_after_no_relative(rec: Recognizer) -> None:
    found = names(rec, "The route passes three villages, Ama, Esi and Akua.")
    assert not any(label == "PERSON" for _, label in found), found
