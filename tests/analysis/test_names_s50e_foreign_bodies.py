"""Held-out 42's and 43's bodies named in Spanish, Portuguese, French or Italian by their kind first
(issue #16, round s50-e): a fund, a federation, an organisation, a council, a union named so is an
ORG, its name going on over "de las" / "de los"; the half's kind and two variants of other bodies
and places. A given name before such a word stays a person's."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Funding came from the Fondo Nacional de Desarrollo Científico, the study said.",
            "Fondo Nacional de Desarrollo Científico",
        ),
        (
            "The Confederación de Sindicatos de los Trabajadores Rurales called a strike on Monday.",
            "Confederación de Sindicatos de los Trabajadores Rurales",
        ),
        (
            "A grant from the Federazione Italiana della Pesca Sportiva paid for the boats.",
            "Federazione Italiana della Pesca Sportiva",
        ),
    ],
)
def test_a_body_named_by_its_kind_first_is_an_organisation(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found


def test_a_given_name_before_the_kind_word_stays_a_person(rec: Recognizer) -> None:
    assert ("Maria Consejo", "PERSON") in names(rec, "Maria Consejo said the boats were late.")
