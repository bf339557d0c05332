"""A language CLDR names (languages.txt) that no rule reads as a language, written before a noun
inside a sentence ("a visiting Haida carver", "the first Tlingit dugout", "the Minangkabau
system"), after "a" with no noun after it ("a Tsimshian from Metlakatla") or in the plural
("Kalmyks are the only Buddhist people") is the people who speak it (OntoNotes NORP), as a core
language already was ("a Tamil acoustician"). Issue #16, round s37-e: heldout30 had no name at
each of those. The reported sentences first, then variants invented for the kind."""

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
        # reported (heldout30: 07_obituary_sitka_tlingit_canoe_carver, 01_wire_jakarta…, 05_liveblog_elista…)
        ("Canoe\n\nWhen a visiting Haida carver asked how long a canoe took, he laughed.\n", "Haida"),
        ("Canoe\n\nIt was the first Tlingit dugout to make the trip in half a century.\n", "Tlingit"),
        ("IPO\n\nIn the Minangkabau system property passes through the female line.\n", "Minangkabau"),
        ("Canoe\n\nHis wife of 58 years, Hazel Kitka, a Tsimshian from Metlakatla, died in 2021.\n", "Tsimshian"),
        ("Chess\n\nKalmyks are the only Buddhist people in Europe.\n", "Kalmyks"),
        # invented: other peoples, other shapes
        ("Market\n\nThe shop is run by two Bikol sisters from the south.\n", "Bikol"),
        ("Ferry\n\nThe crew took on a Chipewyan from Fort Chipewyan before dawn.\n", "Chipewyan"),
        ("Mines\n\nMany Buriats left the villages when the mine opened.\n", "Buriats"),
    ],
)
def test_listed_language_as_its_people(rec: Recognizer, text: str, people: str) -> None:
    found = names(rec, text)
    assert (people, "NORP") in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # guards: a language used as one stays a LANGUAGE; a word of a longer name is no people
        ("Canoe\n\nShe spoke Tlingit at home and English at school.\n", "Tlingit", "LANGUAGE"),
        ("Canoe\n\nThe Haida Gwaii ferry was cancelled.\n", "Haida", None),
    ],
)
def test_language_guards(rec: Recognizer, text: str, name: str, label: str | None) -> None:
    found = names(rec, text)
    if label is None:
        assert (name, "NORP") not in found, found
    else:
        assert (name, label) in found, found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # reported (heldout30: 10_science_chukotka…; heldout17: 11_philippines_outlet_abaca)
        (
            "Walrus\n\nTheir words for behaviour - in Chukchi there are separate terms for a nervous herd "
            "and a sleeping one - now shape the count.\n",
            "Chukchi",
        ),
        ("Abaca\n\n\"In Bikol we call this 'hagotan'. It is hard work,\" he said.\n", "Bikol"),
        # invented: other languages, listed or not
        ("Land\n\nIn Gullah we say the marsh remembers, she told the court.\n", "Gullah"),
        ("Snow\n\nIn Nenets there are twelve words for a reindeer's age.\n", "Nenets"),
    ],
)
def test_language_after_in_before_a_clause_naming_words(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found


def test_place_after_in_before_a_clause_stays_a_place(rec: Recognizer) -> None:
    found = names(rec, "Derby\n\nIn Kinshasa they play football every night.\n")
    assert ("Kinshasa", "GPE") in found, found
