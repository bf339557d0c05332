"""A police body named by its kind last, "Constabulary" or "Gendarmerie", is an organisation, the
place before it inside its name ("The Isle of Man Constabulary confirmed", "the Royal Papua New
Guinea Constabulary's fraud squad"; issue #16, round s31-c: heldout24 had a LOC "Isle of Man
Constabulary" and a GPE "Papua New Guinea"). The reported sentences first, then variants invented
for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # reported (heldout24)
        ("The Isle of Man Constabulary confirmed a 63-year-old man had been arrested.", "Isle of Man Constabulary"),
        (
            "The commission took over the case from the Royal Papua New Guinea Constabulary's fraud squad.",
            "Royal Papua New Guinea Constabulary",
        ),
        # invented: other bodies and places
        ("A spokesman for the Kent Constabulary said the road would reopen.", "Kent Constabulary"),
        ("The Royal Gendarmerie of Cambodia said two suspects fled.", "Royal Gendarmerie of Cambodia"),
    ],
)
def test_police_bodies_are_organisations(rec: Recognizer, text: str, org: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (org, "ORG") in found, found
