"""Name kinds of round s20-m (issue #16, held-out 13 as tuning data); the names are made up.

- A legislator's abbreviated title is a job, never an organisation, and the person after it is a
  person: "Northgate MLA Orrin Tasker said" was one organisation "MLA" and no person (MLA, MLC,
  MPP, MNA, MHA as MP, MEP and MSP already were).
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # the kind as held-out 13 had it: a constituency, the title, the person
        ("Bridge closure\n\nBut Northgate MLA Orrin Tasker blasted the decision as daft.\n", "Orrin Tasker", "MLA"),
        ("Bill delayed\n\nProvincial MPP Delphine Aubry said the vote would wait a week.\n", "Delphine Aubry", "MPP"),
        ("Ferry cuts\n\nThe cuts were criticised by MNA Ysolde Carran on Monday.\n", "Ysolde Carran", "MNA"),
    ],
)
def test_legislator_abbreviation_is_a_job(rec: Recognizer, text: str, person: str, title: str) -> None:
    """The person after the abbreviation is a person; the abbreviation is no name."""
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(title in n for n, _ in found), found
