"""A lone compound surname (two words, with a space or a hyphen: the two surnames of Spanish and
Portuguese names) joins the corpus's one person whose full name ends with it, compared folded, as
a one-word surname does (t13t F1, round s31-j: "Harbour master Ríos Vidal said" stayed a person of
its own beside "Elena Ríos Vidal"). The reported names and two invented variants."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.index.analysis.entities.person_joins import surname_aliases

CASES = [
    ("Elena Ríos Vidal", "Ríos Vidal"),  # reported (t13t F1)
    ("Joaquim Souza Teixeira", "Souza-Teixeira"),  # hyphened alone, spaced in full
    ("Gabriela Fernández-Ochoa", "Fernandez Ochoa"),  # spaced and unaccented alone
]


@pytest.mark.parametrize(("full", "lone"), CASES)
def test_the_lone_compound_surname_joins_the_full_name(full: str, lone: str) -> None:
    out = surname_aliases([f"PERSON:{full}", f"PERSON:{lone}"])
    assert out.get(key_form(f"PERSON:{lone}")) == f"PERSON:{full}", out


def test_the_first_surname_form_and_the_lone_compound_join_the_same_person() -> None:
    out = surname_aliases(["PERSON:Elena Ríos Vidal", "PERSON:Elena Rios", "PERSON:Ríos Vidal"])
    assert out.get("person:elena rios") == "PERSON:Elena Ríos Vidal", out
    assert out.get("person:rios vidal") == "PERSON:Elena Ríos Vidal", out


def test_two_people_ending_so_leave_the_lone_surname_apart() -> None:
    out = surname_aliases(["PERSON:Elena Ríos Vidal", "PERSON:Pablo Ríos Vidal", "PERSON:Ríos Vidal"])
    assert "person:rios vidal" not in out, out


def test_a_firm_of_that_name_leaves_it_apart() -> None:
    out = surname_aliases(["PERSON:Elena Ríos Vidal", "PERSON:Ríos Vidal", "ORG:Ríos Vidal"])
    assert "person:rios vidal" not in out, out
