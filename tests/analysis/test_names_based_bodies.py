"""A name right after "<place>-based" is an organisation's (ORG), a place's name written next to it
closing it: news writes a body "X-based", a person with a job between ("London-based artist Jane
Doe"). Issue #16, round s37-e: heldout30's "of Jakarta-based Tamara Riset Asia" was a PERSON
"Tamara Riset" and a LOC "Asia" (every name right after "-based" in the names set is an ORG, 18 of
18). The reported sentence first, then variants invented for the kind; guard: a job between."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # reported (heldout30, 01_wire_jakarta_minangkabau_restaurant_ipo)
        (
            "IPO\n\nMelati Koto-Siregar of Jakarta-based Tamara Riset Asia noted that beef costs had risen 17%.\n",
            "Tamara Riset Asia",
        ),
        # invented: other bodies named like people, a country or a region closing them
        (
            "Retail\n\nAnalyst Dewi Lestari of Surabaya-based Maria Riset Indonesia said demand was weak.\n",
            "Maria Riset Indonesia",
        ),
        ("Report\n\nThe report came from Manila-based Carmela Data Asia on Tuesday.\n", "Carmela Data Asia"),
        ("Jobs\n\nHe joined Hanoi-based Linh Tran Vietnam last year.\n", "Linh Tran Vietnam"),
        ("Shares\n\nShares of Oslo-based Ingrid Solberg rose on Monday.\n", "Ingrid Solberg"),
    ],
)
def test_based_name_is_a_body(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found
    assert not any(label == "PERSON" and n in body for n, label in found), found


def test_job_between_keeps_the_person(rec: Recognizer) -> None:
    found = names(rec, "Art\n\nThe London-based artist Jane Doe said so.\n")
    assert ("Jane Doe", "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a given name and a surname, nothing closing them, a person's verb: a person (the older
        # guard "The London-based Sarah Okafor said so." had failed once round s37-e merged)
        ("Talks\n\nNairobi-based Kofi Mensah told reporters the plan was sound.\n", "Kofi Mensah"),
        ("Court\n\nThe Kyiv-based Olga Bondar, a lawyer, said the ruling would be appealed.\n", "Olga Bondar"),
    ],
)
def test_given_name_and_surname_after_based_stay_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
