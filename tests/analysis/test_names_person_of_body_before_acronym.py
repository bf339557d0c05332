"""A person named before "of the" and a body whose acronym in brackets follows in another
language's letters ("Petrus Tangdilintin of the Indonesian Coffee Exporters Association (AEKI)")
is a person and the body, not one ORG over both (issue #16, round s40-e: held-out 33). The
reported sentence first, then variants invented for the kind; guard: a body's own "of" stays in
its name."""

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
        # reported (held-out 33)
        (
            "Coffee\n\nGuests included members, and Petrus Tangdilintin of the Indonesian Coffee Exporters "
            "Association (AEKI), the firm said.\n",
            "Petrus Tangdilintin",
            "Indonesian Coffee Exporters Association",
        ),
        # invented: another body and acronym; two people listed before "of"
        (
            "Amber\n\nTalks were led by Anna Kowalski of the Polish Amber Traders Union (PSHB) on Monday.\n",
            "Anna Kowalski",
            "Polish Amber Traders Union",
        ),
        (
            "Coffee\n\nGuests included Maria Lopez and Petrus Tangdilintin of the Indonesian Coffee Exporters "
            "Association (AEKI), the firm said.\n",
            "Maria Lopez",
            "Indonesian Coffee Exporters Association",
        ),
    ],
)
def test_person_and_body_apart(rec: Recognizer, text: str, person: str, body: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert (body, "ORG") in found, found


def test_body_of_its_own_keeps_of(rec: Recognizer) -> None:
    found = names(rec, "Roads\n\nThe Office of Roads and Drainage (ORD) said the bridge was safe.\n")
    assert ("Office of Roads and Drainage", "ORG") in found, found
