"""Romanised Russian and Ukrainian given names that English writes as words or as other things'
names (review s36-rv2 finding 9, round s36-z): round s36-e's romanised lists added "Modest",
"Tit", "Firs", "Spas", "Semen", "Mir", "Nikon" and "Spartak", so "Sales saw Modest Gains in June"
gave a PERSON and "Spartak Moscow" lost its ORG to the city. A romanised form an English
dictionary lists (in either case) is left out of ``given_names.txt``; a club's word before its
town ("Spartak", "Lokomotiv", as "Dynamo") cues the club."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize("word", ["Modest", "Tit", "Firs", "Spas", "Semen", "Mir", "Nikon", "Spartak"])
def test_romanised_word_is_no_given_name(word: str) -> None:
    assert word not in given_names()


@pytest.mark.parametrize("name", ["Anatoly", "Yevgeny", "Andriy", "Lyudmila", "Oleh", "Ihor", "Gleb"])
def test_romanised_given_names_kept(name: str) -> None:
    assert name in given_names()


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # reported (rv2-tmp/en2)
        ("Derby\n\nFans of Spartak Moscow and Lokomotiv Moscow travelled to the final.\n", "Spartak Moscow"),
        # invented: another town, the club's name alone in a score line
        (
            "Cup\n\nSpartak Trnava beat Slovan 2-0 on Sunday, and coach Ivan Petrov praised his side.\n",
            "Spartak Trnava",
        ),
        ("Cup\n\nLokomotiv Plovdiv drew 1-1 with Levski on Saturday.\n", "Lokomotiv Plovdiv"),
    ],
)
def test_club_named_by_its_word_and_town(rec: Recognizer, text: str, org: str) -> None:
    found = names(rec, text)
    assert (org, "ORG") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # reported (rv2-tmp/en1)
        "Retail\n\nSales saw Modest Gains in June, the trade body said.\n",
        # invented: other romanised words opening a capitalised pair
        "Gardens\n\nFirs Road was closed after the storm, the council said.\n",
        "Retail\n\nNikon Cameras sold well in June, the trade body said.\n",
    ],
)
def test_romanised_word_opens_no_person(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(label == "PERSON" for _n, label in found), found
