"""A German sentence opened by a preposition and its noun before "von" ("Nach Angaben von Jonas
Weber") names the person after "von": the noun and "von" are no name's (issue #16, round s40-e: a
leftover of held-out 32, the person was missed). The reported form first, then variants invented
for the kind; guard: a given name before "von" keeps its particle ("Ludwig von Beethoven")."""

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
        # reported (held-out 32's leftover)
        ("Brücke gesperrt\n\nNach Angaben von Jonas Weber wurde niemand verletzt.\n", "Jonas Weber"),
        # invented: another preposition, another noun
        ("Brücke marode\n\nLaut Angaben von Petra Schulz war die Brücke marode.\n", "Petra Schulz"),
        ("Lärm\n\nNach Aussage von Anna Vogel war es laut.\n", "Anna Vogel"),
    ],
)
def test_person_after_the_prepositions_noun(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


def test_given_name_keeps_its_particle(rec: Recognizer) -> None:
    found = names(rec, "Straße\n\nNach Ludwig von Beethoven ist die Straße benannt.\n")
    assert ("Ludwig von Beethoven", "PERSON") in found, found
