"""A legislature is an organisation named by its last word, the state or province before it part
of its name: "the South Dakota Legislature", "the Oregon Legislature", "the Provincial
Legislature" (issue #16, round s33-c: heldout26's PERSON "Dakota Legislature", "Dakota" read as a
given name; heldout7's and heldout25's "Legislature" no name). The reported shape first, then
variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Next month the South Dakota Legislature will debate a change to the school rules.",
            "South Dakota Legislature",
        ),
        ("The West Virginia Legislature adjourned without a budget.", "West Virginia Legislature"),
        ("Members of the Provincial Legislature stood for a minute's silence.", "Provincial Legislature"),
    ],
)
def test_a_legislature_is_one_organisation(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (body, "ORG") in found and not any(label == "PERSON" for _, label in found)
