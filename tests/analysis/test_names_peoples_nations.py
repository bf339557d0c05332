"""A people's name (a language's of the CLDR list, or a known people) before "Nation" names that
nation, one GPE ("the Navajo Nation" of heldout25 was no name, or a NORP "Navajo"; issue #16,
round s33-n), and with "of" and its seat after it the nation's government there, an ORG ("the
Cree Nation of Mistissini" was a GPE "Mistissini"). A kind word after "Nation" makes its body
("the Navajo Nation Council", as before); other words before it make no nation ("Fast Food
Nation", "Red Sox Nation"), "Nations" is none ("Six Nations"), and "a First Nation" is a common
noun. Invented variants: other nations, other seats, inside and opening sentences."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Voters across the Chickasaw Nation went to the polls on Tuesday.", "Chickasaw Nation", "GPE"),
        ("The Osage Nation will hold its own vote in the spring.", "Osage Nation", "GPE"),
        ("Leaders of the Cherokee Nation met the governor on Friday.", "Cherokee Nation", "GPE"),
        ("The Ojibwe Nation of Kettle Point signed the agreement.", "Ojibwe Nation of Kettle Point", "ORG"),
        ("Chief Amos said the Innu Nation of Sheshatshiu would appeal.", "Innu Nation of Sheshatshiu", "ORG"),
    ],
)
def test_a_peoples_nation(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (name, label) in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The band became a First Nation in 1984, the chief said.", "First Nation"),
        ("Ireland won the Six Nations on Saturday.", "Six Nation"),
        ("He wrote Fast Food Nation in 2001.", "Fast Food Nation"),
        ("Fans of Red Sox Nation cheered the win.", "Red Sox Nation"),
    ],
)
def test_no_nation_of_a_common_noun(rec: Recognizer, text: str, absent: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert not any(name == absent and label == "GPE" for name, label in found)
