"""A nationality before "Embassy", "Consulate" or "Consulate-General" names that country's mission,
one ORG ("the Philippine Embassy" of heldout26 was a NORP "Philippine" alone; "the French Embassy
said" read "Embassy" as a person; issue #16, round s33-n). Invented variants: other nationalities,
the mission as subject and object, a consulate; "Embassy of X" stays one ORG."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "mission"),
    [
        ("She asked the Philippine Embassy for help on Monday.", "Philippine Embassy"),
        ("The Kenyan Embassy in Oslo issued a statement.", "Kenyan Embassy"),
        ("A spokesman for the Thai Consulate said the office was closed.", "Thai Consulate"),
        ("The French Embassy said nothing about the visas.", "French Embassy"),
        ("The Embassy of Peru in Canberra reopened on Tuesday.", "Embassy of Peru"),
    ],
)
def test_a_nationalitys_mission_is_one_organisation(rec: Recognizer, text: str, mission: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (mission, "ORG") in found
    assert not any(label in ("PERSON", "NORP") for _, label in found)
