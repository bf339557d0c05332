"""A magazine whose title reads as a person's or a place's name is an organisation, as the
gazetteer's other outlets are ("Marie Claire" was a PERSON after "told" and a GPE after "in": a
reported leftover, round s39-e), while the given names and the place in its title keep their
own readings elsewhere. Invented sentences."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "magazine"),
    [
        ("Notes.\n\nShe told Marie Claire that the collection was personal.", "Marie Claire"),
        ("Notes.\n\nThe interview ran in Marie Claire in May.", "Marie Claire"),
        ("Notes.\n\nSpeaking to Paris Match, she said the dress was old.", "Paris Match"),
    ],
)
def test_person_shaped_magazine_is_an_organisation(rec: Recognizer, text: str, magazine: str) -> None:
    assert (magazine, "ORG") in names(rec, text)


def test_the_words_keep_their_own_readings(rec: Recognizer) -> None:
    found = names(rec, "Notes.\n\nMarie Dubois told Claire Martin that Paris was cold.")
    assert {("Marie Dubois", "PERSON"), ("Claire Martin", "PERSON"), ("Paris", "GPE")} <= found
