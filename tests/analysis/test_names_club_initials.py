"""A football club named by its initials last ("Cordaleza FC", "Norvik AFC", "Salvia CF") is one
organisation, not an ORG of the initials alone (t13u F11, round s32-b: "Cordaleza FC sign Brazilian
striker" gave an ORG "FC"). The reported line and invented variants in English, Spanish and French."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Most popular\n\n2. Cordaleza FC sign Brazilian striker\n", "Cordaleza FC"),  # reported (t13u F11)
        ("He joined Norvik AFC in 2019 after two seasons abroad.", "Norvik AFC"),
        ("El delantero fichó por el Salvia CF el lunes.", "Salvia CF"),
        ("Le gardien a signé au Brévine FC mardi.", "Brévine FC"),
    ],
)
def test_a_club_with_its_initials_is_one_organisation(rec: Recognizer, text: str, club: str) -> None:
    found = names(rec, text)
    assert (club, "ORG") in found, found
    initials = club.rsplit(" ", 1)[-1]
    assert (initials, "ORG") not in found, found
