"""Issue #16, round s53-e: the biggest kinds of error on the tuning halves held-out 45, 44, 43 and
42, each fixed generally. Every case is a reported sentence of a half or a variant with names of
other traditions written for this round; each failed before the round's change.

* A person named in commas after a person noun, a relative or a member of the audience with its
  determiner ("A reader, Mangal Tisso, asks", "a nine-year-old boy, Lindok Hanse.", "One woman in
  Kechushevo, Anisya Fyodorovna Devyatkina, sang") was no name: the clause before the comma is a
  role (persons._role_before) as a job's is.
* A word no list holds said, asked, told or explained "in", then a clause of reported speech or
  quoted words ("said in Izon that", "asks in Karbi whether", "told me in Kuanua this morning,
  'Run'", "explain in Emberá why") was a GPE: it is the language (languages._SAID_IN_CLAUSE_CUE),
  unless the article writes it after a preposition of place elsewhere or lists it as a town.
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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # held-out 45's sentences
        (
            "A fisherman, Seiyefa Boloubo, said in Izon that the creeks around the town had been black.",
            "Izon",
        ),
        ("14:40 — A reader asks in Karbi whether the relief camps are taking animals.", "Karbi"),
        (
            '"I was just praying. My grandmother told me in Kuanua this morning, \'Run like the wind,\' so I ran," '
            "he said.",
            "Kuanua",
        ),
        # variants of this round: other languages, other verbs
        ("The elder said in Wapishana that the river had moved its bed twice.", "Wapishana"),
        ("She asked me in Tsakhur whether the bus to the valley still ran.", "Tsakhur"),
        ("Visitors can hear the guide explain in Ngarluma why the rock is sacred.", "Ngarluma"),
    ],
)
def test_language_said_in_before_what_is_said(rec: Recognizer, text: str, language: str) -> None:
    got = names(rec, text)
    assert (language, "LANGUAGE") in got, got


def test_town_said_in_stays_a_place(rec: Recognizer) -> None:
    """A town the article writes after "in" elsewhere is where the words were said."""
    text = (
        "Ganbold told us in Baganuur that the mine would shut in May.\n\n"
        "(Reporting by Munkh Bat in Baganuur; Editing by Ann Lee)"
    )
    got = names(rec, text)
    assert ("Baganuur", "LANGUAGE") not in got, got
