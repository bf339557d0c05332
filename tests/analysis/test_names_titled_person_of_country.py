"""A title with its department before a name, the name followed by "of" and the country the
person serves, gives the PERSON whatever verb comes next (t13p F8, round s29-j: "Minister for
Health Tomas Arvid of Sweden pledged €2.5m in aid" gave no PERSON, while "... Tomas Arvid said"
gave one). The reported input and two invented variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    ("Minister for Health Tomas Arvid of Sweden pledged €2.5m in aid.", "Tomas Arvid", "Sweden"),  # reported
    ("Secretary of State for Defence Ruth Okonjo of Nigeria announced new funds.", "Ruth Okonjo", "Nigeria"),
    ("Minister for Energy Lars Holm of Norway visited the site on Friday.", "Lars Holm", "Norway"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("sentence", "person", "country"), CASES)
def test_the_person_and_the_country(rec: Recognizer, sentence: str, person: str, country: str) -> None:
    found = names(rec, f"Aid pledged\n\n{sentence}\n")
    assert (person, "PERSON") in found and (country, "GPE") in found, found
