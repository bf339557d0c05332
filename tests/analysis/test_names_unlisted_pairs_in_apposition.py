"""A name of two words no list knows, described as a person in commas beside it, is a PERSON: a
bare job word and what it is of ("X Y, director of the weather office, said"), or a job after a
possessive or "the" a few words on ("X Y, its finance controller, would act", "with X Y, the
company's export manager."), or a job phrase closing before it ("an accountant at the broker's
head office, X Y, noticed"). heldout28 kind: "Biram Jorbon", "Hamlet Dkhar", "Banteilang
Suchiang", "Nthabiseng Mofokeng-Tau" were no name at all. Invented names of other traditions; a
firm so described stays no person."""

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
        ("Tevita Fifita, director of the island's fisheries office, said the catch had halved.", "Tevita Fifita"),
        ("The board said that Oyunbileg Tsend, its finance controller, would act in the role.", "Oyunbileg Tsend"),
        ("She toured the farms in May with Kofiwaa Ntim, the cooperative's export manager.", "Kofiwaa Ntim"),
        (
            "The error was found when an accountant at the bank's head office, Siosaia Lolohea, checked the ledger.",
            "Siosaia Lolohea",
        ),
        ("Aigerim Zhaksylyk, chairman of the herders' union in the district, said prices fell.", "Aigerim Zhaksylyk"),
    ],
)
def test_an_unlisted_pair_described_as_a_person_is_one(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Invest, the bank's asset manager, said fees would rise.", "Kestrel Invest"),
        ("Shipments go through Ondangwa Freight, the region's main contractor, it said.", "Ondangwa Freight"),
    ],
)
def test_a_body_or_place_so_described_is_no_person(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text)
