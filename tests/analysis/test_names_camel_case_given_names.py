"""A given name written with a capital inside ("DeShawn", "LaToya", "McKenzie") before a
capitalised surname is a person's name, as the name lists' own spelling ("Deshawn") is, even at a
sentence's start with no speech verb (issue #16, round s35-v: "DeShawn Ellis had left" gave no
person). Invented surnames; firms written in camel case the given names do not open stay apart."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.given_names import camel_forms, given_names
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Fire\n\nDeShawn Ellis had left the building before noon.\n", "DeShawn Ellis"),
        ("Fire\n\nLaToya Pierceworth had left early.\n", "LaToya Pierceworth"),
        ("Fire\n\nMcKenzie Rowbottom had gone home by then.\n", "McKenzie Rowbottom"),
    ],
)
def test_camel_case_given_name_opens_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


def test_camel_forms() -> None:
    assert camel_forms("Deshawn") == {"DeShawn"}
    assert camel_forms("Anna") == set()
    assert "LaToya" in given_names() and "DeShawn" in given_names()
    assert not {"McDonald", "DeWalt", "LaGuardia", "DiCaprio"} & given_names()
