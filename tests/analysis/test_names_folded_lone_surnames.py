"""A lone surname written with other accents than the full name before it (or none) is that
person's mention, as ``who:`` folds names (t13o F4, round s29-g): "The chief executive, Joaquin
Cespedes, …" then "… Céspedes said" gave a separate PERSON "Céspedes". The reported input and
two invented variants (other names, accents the other way round)."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (t13o F4, the Guardian's notes)
        'The chief executive, Joaquin Cespedes, rejected the claim. "We followed every rule," Céspedes said.\n',
        "Joaquin Cespedes",
        "Céspedes",
    ),
    (  # the accent on the full name, none on the surname
        "The mayor, Zoltán Kovács, opened the bridge on Monday. Residents later thanked Kovacs for the repairs.\n",
        "Zoltán Kovács",
        "Kovacs",
    ),
    (  # another letter folded (ø) and the surname in a quote's attribution
        'Coach Soren Mikkelsen praised the squad. "They ran until the end," Mikkelsén said.\n',
        "Soren Mikkelsen",
        "Mikkelsén",
    ),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("text", "full", "lone"), CASES)
def test_a_lone_surname_with_other_accents_is_the_full_name(rec: Recognizer, text: str, full: str, lone: str) -> None:
    keys = {text[m.start : m.end]: m.key for m in rec.recognize(Art("x", text))}
    assert keys.get(lone) == f"PERSON:{full}", keys


def test_two_people_of_one_folded_surname_leave_it_alone(rec: Recognizer) -> None:
    text = "Ana Peña met Luis Pena in Lima. Pena said the talks went well.\n"
    keys = {text[m.start : m.end]: m.key for m in rec.recognize(Art("x", text))}
    assert keys.get("Pena") != "PERSON:Ana Peña", keys
