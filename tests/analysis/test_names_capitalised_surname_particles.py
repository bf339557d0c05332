"""A person's full name of four to six words whose surnames open with capitalised particles (Italian
"Di", "Lo", "Li", "Della"; Portuguese "Dos", "Da"; Spanish "De La", "Del"; Dutch "Van Der") after a
known given name is one PERSON (issue #16, round s38-e, held-out 31's errors: "His wife Carmela Di
Stefano Lo Presti, 55, said" was no name). The reported sentence and variants of other traditions;
a firm or a place of as many words keeps its own kind (guards)."""

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
        (
            "His wife Carmela Di Stefano Lo Presti, 55, said the feud had split the family.",
            "Carmela Di Stefano Lo Presti",
        ),
        ("Maria Dos Santos Da Silva said the harvest was late.", "Maria Dos Santos Da Silva"),
        ("The claim was filed by Ana De La Cruz Del Rio on Monday.", "Ana De La Cruz Del Rio"),
        ("Jan Van Der Berg, 61, has kept bees for 30 years.", "Jan Van Der Berg"),
    ],
)
def test_full_name_with_capitalised_particles(rec: Recognizer, text: str, person: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Banco Di Napoli Credit Union said rates would rise.", "Banco Di Napoli Credit Union"),
        ("The match was played at the Estadio Da Luz Stadium.", "Estadio Da Luz Stadium"),
    ],
)
def test_no_person_of_a_firm_or_a_place(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text)
