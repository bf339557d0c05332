"""An institution named by its kind word and then its town ("Medical Centre Leeuwarden",
"Leisure Centre Tilburg") is an ORG, never a person, even when a speech verb follows its
sentence's clause ("who works night shifts at the Medical Centre Leeuwarden, said she ...")
(issue #16, round s29-c: heldout22's hospital was a PERSON). The reported shape first, then
variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # reported (heldout22)
        (
            "Wytske Postma, who works night shifts at the Medical Centre Leeuwarden, said she would now "
            "have to sleep in a rented room in Harlingen.",
            "Wytske Postma",
            "Medical Centre Leeuwarden",
        ),
        # invented: other bodies, other towns
        (
            "Femke Bos, who swims at the Leisure Centre Tilburg, said the pool was cold.",
            "Femke Bos",
            "Leisure Centre Tilburg",
        ),
        (
            "Ruud Prins, who works at the Conference Center Maastricht, said he was tired.",
            "Ruud Prins",
            "Conference Center Maastricht",
        ),
        (
            "Emma Jansen, who trains at the Sports Centre Arnhem, said the hall was cold.",
            "Emma Jansen",
            "Sports Centre Arnhem",
        ),
    ],
)
def test_a_body_and_its_town_is_no_person(rec: Recognizer, text: str, person: str, body: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert (body, "ORG") in found
    assert (body, "PERSON") not in found
