"""Issue #16, round s53-e: the biggest kinds of error on the tuning halves held-out 45, 44, 43 and
42, each fixed generally. Every case is a reported sentence of a half or a variant with names of
other traditions written for this round; each failed before the round's change.

* A person named in commas after a person noun, a relative or a member of the audience with its
  determiner ("A reader, Mangal Tisso, asks", "a nine-year-old boy, Lindok Hanse.", "One woman in
  Kechushevo, Anisya Fyodorovna Devyatkina, sang") was no name: the clause before the comma is a
  role (persons._role_before) as a job's is.
"""

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
        # held-out 45's sentences
        (
            "14:40 — A reader, Mangal Tisso, asks in the comments whether the relief camps are taking animals.",
            "Mangal Tisso",
        ),
        ("Rescuers are still searching for a nine-year-old boy, Lindok Hanse.", "Lindok Hanse"),
        # variants of this round: other names, other nouns
        ("Her neighbour, Tavake Fonua, switched half his land to yams.", "Tavake Fonua"),
        ("A listener, Oyuuna Batbold, called in to complain about the roads.", "Oyuuna Batbold"),
        ("The youngest pupil, Aigerim Zhaksylyk, read the poem.", "Aigerim Zhaksylyk"),
    ],
)
def test_person_in_commas_after_a_person_noun(rec: Recognizer, text: str, person: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got
