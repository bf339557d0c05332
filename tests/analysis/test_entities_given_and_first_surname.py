"""The corpus grouping joins a given name and a first surname to the one three-word name opening
with them, and a lone surname of that person with it (t13o F4, round s29-g: "Rosario Quispe" and
"Rosario Quispe Mamani" were two entities). The reported keys and two invented variants."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.index.analysis.entities.person_joins import surname_aliases

CASES = [
    ("Rosario Quispe Mamani", "Rosario Quispe", "Quispe"),  # reported
    ("Lucía Huamán Torres", "Lucía Huamán", "Huamán"),
    ("Tomás Condori Apaza", "Tomás Condori", "Condori"),
]


@pytest.mark.parametrize(("full", "short", "lone"), CASES)
def test_the_short_and_lone_forms_join_the_full_name(full: str, short: str, lone: str) -> None:
    out = surname_aliases([f"PERSON:{full}", f"PERSON:{short}", f"PERSON:{lone}"])
    assert out.get(key_form(f"PERSON:{short}")) == f"PERSON:{full}", out
    assert out.get(key_form(f"PERSON:{lone}")) == f"PERSON:{full}", out


def test_two_longer_names_join_nothing() -> None:
    out = surname_aliases(["PERSON:Rosario Quispe Mamani", "PERSON:Rosario Quispe Huanca", "PERSON:Rosario Quispe"])
    assert key_form("PERSON:Rosario Quispe") not in out, out
