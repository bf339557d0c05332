"""A title before a person's name is no part of it, and a surname that is also a place's name
after a title and a given name is the person's (t13n F3, round s27-i): "Padre Custódio Leitão"
was a PERSON with the title inside; "Prime Minister Luís Montenegro" was the country, GPE
"Montenegro". The reported sentences and two invented variants of each (other names, other
titles)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # reported (t13n F3)
        ("A funeral mass will be said by Padre Custódio Leitão on Tuesday.", "Custódio Leitão", "Padre"),
        # invented: a friar, another name
        ("The blessing was given by Frei Belmiro Quaresma at the gate.", "Belmiro Quaresma", "Frei"),
        # invented: the title opening the sentence
        ("Frei Custódio Nogueira said the convent would open.", "Custódio Nogueira", "Frei"),
        ("The mass was said by Padre Belmiro Teixeira on Friday.", "Belmiro Teixeira", "Padre"),
    ],
)
def test_a_clergy_title_is_left_out_of_the_name(rec: Recognizer, text: str, person: str, title: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got
    assert not any(title in t for t, _ in got), got


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # reported (t13n F3)
        (
            "Prime Minister Luís Montenegro visited the site and said the state would pledge 4.5 million euros.",
            "Luís Montenegro",
            "Montenegro",
        ),
        # invented: another title and country
        ("Minister Ana Jordan toured the flooded streets on Monday.", "Ana Jordan", "Jordan"),
        ("Senator Paul Kenya said the bill would pass.", "Paul Kenya", "Kenya"),
    ],
)
def test_a_titled_given_name_makes_a_place_word_a_surname(rec: Recognizer, text: str, person: str, place: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got
    assert (place, "GPE") not in got, got


def test_countries_alone_stay_places(rec: Recognizer) -> None:
    got = names(rec, "Montenegro and Jordan signed a treaty, President Milo Novak said.")
    assert ("Montenegro", "GPE") in got and ("Jordan", "GPE") in got, got
