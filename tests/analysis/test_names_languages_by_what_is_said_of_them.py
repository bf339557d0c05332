"""A language named by what the sentence says of it is a LANGUAGE, not its people: the main,
everyday or only language of a place ("Russian remains the main language of public life"), the
one spoken by a people ("the modern Aramaic spoken by Assyrians"), a thing's name in it ("the
Bashkir name of the Belaya river"), a kind of song in it ("a Hindi film song"), and one someone is
singing in ("singing in Mooré through the rain"), listed or not. heldout28 kind: these were NORP,
GPE or no name. Invented sentences in other languages' settings."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In the highland markets Quechua remains the main language of trade, the survey found.", "Quechua"),
        ("On the buses Wolof is the everyday language of the city, drivers say.", "Wolof"),
        ("She collects the old Tamil spoken by the fishing families of the coast.", "Tamil"),
        ("The town takes its name from the Amharic name of the river, which floods each year.", "Amharic"),
        ("The band closed with a parody of a Tagalog pop song that the crowd knew by heart.", "Tagalog"),
        ("Supporters marched from the station drumming and singing in Dagbani through the night.", "Dagbani"),
    ],
)
def test_a_language_named_by_what_is_said_of_it(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Voters singing in Accra cheered the result.", "Accra", "GPE"),
        ("The Kenyan name of the company was changed in May.", "Kenyan", "NORP"),
    ],
)
def test_a_place_or_people_stays(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)
