"""A surname opened by a number word, as Lakota and other Plains nations' surnames are made of
English words ("Two Bulls", "Three Stars", "One Feather"), is part of the person's name after a
given name the lists know, and that surname alone elsewhere in the article is the person (issue #16,
round s34-b: heldout26's "Lorraine Two Bulls" was a PERSON "Lorraine", a CARDINAL "Two" and a
PERSON "Bulls"). The reported shape with other names first, then variants invented for the kind;
guards: a count of days or things after a name stays a count."""

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
        # the reported shape, other names
        ("Maria Two Eagles is a Lakota educator and a co-founder of the school in Kyle.", "Maria Two Eagles"),
        # invented: other number words, other places in the sentence
        ("Robert Three Stars, a rancher near Manderson, said the road was closed.", "Robert Three Stars"),
        ("Officials said Dennis One Feather would attend the hearing.", "Dennis One Feather"),
        ("The drum group was founded in 1990 by Angela Four Bears and her brothers.", "Angela Four Bears"),
    ],
)
def test_a_number_word_opens_the_surname(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(label == "CARDINAL" for _, label in found if _ in person.split()), found


def test_the_surname_alone_is_the_person(rec: Recognizer) -> None:
    text = "Maria Two Eagles teaches at the school. Two Eagles said the bill would close it."
    assert ("Two Eagles", "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "Coach Maria spent Two Weeks in Oslo.",
        "Jonas Three Days Later is the film's title.",
    ],
)
def test_a_count_after_a_name_stays_a_count(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(label == "PERSON" and (" Two " in f" {n} " or " Three " in f" {n} ") for n, label in found), found
