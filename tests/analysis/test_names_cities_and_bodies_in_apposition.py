"""Two kinds from the names eval's heldout20 (session 27). A city of several words that opens with
a given name is the city after a place's preposition or a firm's "… of" ("Čelik Skele d.o.o. of
Novi Sad", "a firm in Novi Sad": were a PERSON "Novi Sad"); alone it may still be a person
("Vasco da Gama"). A public body's kind in apposition names the body in commas after it ("The
national fisheries service, Sernapesca, said": was a PERSON). Reported shapes and invented
variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The company, which buys its tubes from Čelik Skele d.o.o. of Novi Sad, had no previous convictions.",
            ("Novi Sad", "GPE"),
        ),
        ("The tubes came from a firm in Novi Sad.", ("Novi Sad", "GPE")),
        ("The parts are made by Halden Peripherals Ltd of Santa Rosa.", ("Santa Rosa", "GPE")),
        ("She grew up near Santa Rosa and studied law.", ("Santa Rosa", "GPE")),
    ],
)
def test_city_after_a_place_word(rec: Recognizer, text: str, found: tuple[str, str]) -> None:
    assert found in names(rec, text)


def test_person_of_a_city_name_alone_is_kept(rec: Recognizer) -> None:
    assert ("Vasco da Gama", "PERSON") in names(rec, "A statue of Vasco da Gama stands by the harbour.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The national fisheries service, Sernapesca, said the bloom had spread.", "Sernapesca"),
        ("The forestry agency, Serfor, said it was studying the hills.", "Serfor"),
        ("The union, Unite, said members would strike on Monday.", "Unite"),
        ("The water authority, Vatnavirk, said the pipes were old.", "Vatnavirk"),
    ],
)
def test_body_named_in_apposition(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text)


def test_a_speaker_after_the_comma_stays_a_person(rec: Recognizer) -> None:
    assert ("Harlow", "PERSON") in names(rec, "He left the service, Harlow said.")
