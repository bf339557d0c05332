"""German capitalised kind nouns before a vessel's name are no part of it, and a title after its
article followed by "von"/"di"/"van" and one word names the place it is of, no person (issue
#16, round s38-y4, t13af N7: "Frachtschiffs Nordic Swan" a PERSON, "Containerschiff Kestrel Bay"
a LOC, "der Bürgermeister von Tromvik" a PERSON "Tromvik")."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "vessel"),
    [
        ("Das Containerschiff Kestrel Bay ist gesunken.", "Kestrel Bay"),
        ("Der Kapitän des Frachtschiffs Nordic Swan wurde gerettet.", "Nordic Swan"),
        ("Gestern kollidierte der Tanker Storm Petrel vor der Küste.", "Storm Petrel"),
    ],
)
def test_german_vessel_noun_outside_name(rec: Recognizer, text: str, vessel: str) -> None:
    got = names(rec, text)
    assert (vessel, "PRODUCT") in got, got
    assert not [n for n in got if n[0] != vessel and vessel in n[0]], got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("„Wir suchen weiter“, sagte der Bürgermeister von Tromvik, Per Lien.", "Tromvik"),
        ("Das bestätigte die Bürgermeisterin von Halsnøy am Abend.", "Halsnøy"),
        ("«Siamo fortunati», ha detto il Sindaco di Brennvik ieri.", "Brennvik"),
    ],
)
def test_title_of_place_is_no_person(rec: Recognizer, text: str, place: str) -> None:
    got = names(rec, text)
    assert (place, "PERSON") not in got, got


def test_title_and_particled_surname_stays_person(rec: Recognizer) -> None:
    got = names(rec, "Das sagte Bundespräsident Richard von Weizsäcker gestern.")
    assert ("Richard von Weizsäcker", "PERSON") in got, got


def test_english_kind_word_in_a_body_stays_whole(rec: Recognizer) -> None:
    got = names(rec, "The Sindh Trawlers Association in Karachi said so.")
    assert ("Sindh Trawlers Association", "ORG") in got, got
