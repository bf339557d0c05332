"""A name of two words or more, a comma, and a description without a determiner that a person's
relative clause or birth follows, or that ends in a job word, is a person (issue #16, round s38-e,
held-out 31's errors: an obituary's headline "Obituary: Seitoku Higa, sanshin maker who rebuilt
..." and its footer "Seitoku Higa, sanshin maker; born 3 March 1930; died ..." named no one). The
reported lines and variants with names of other traditions; a firm's "which" makes no person
(guard)."""

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
        ("Obituary: Seitoku Higa, sanshin maker who rebuilt Okinawa's music after the war", "Seitoku Higa"),
        ("Seitoku Higa, sanshin maker; born 3 March 1930; died 27 November 2026", "Seitoku Higa"),
        ("Kaufusi Talakai, canoe builder who taught three generations, dies at 88", "Kaufusi Talakai"),
        ("Ulziibat Dorjsuren, felt maker; born 12 May 1941; died 3 June 2026", "Ulziibat Dorjsuren"),
        ("Teruhiko Makishi, shamisen teacher, has died at the age of 91.", "Teruhiko Makishi"),
    ],
)
def test_bare_description_after_a_name(rec: Recognizer, text: str, person: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got


def test_a_firms_which_makes_no_person(rec: Recognizer) -> None:
    got = names(rec, "Tenri Laut, seaweed exporter which listed in 2019, said prices fell.")
    assert ("Tenri Laut", "PERSON") not in got, got
