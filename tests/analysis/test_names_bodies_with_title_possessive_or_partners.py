"""Three kinds of a body's name cut short (issue #16, round s40-e, held-out 33): an institution
named after a titled person keeps the title, a clergy's as a king's ("Bishop Murray Medical
Centre", as round s33-n read "Princess Margaret Hospital"); a body's name opened
by a word in the possessive no other name covers keeps it ("the Lord's Resistance Army"); a
partnership named by surnames listed with commas before "& Associates" is one ORG ("Olanya,
Kidega & Associates"). The reported text first in each, then variants invented for the kind, and
a guard each."""

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
        # reported (held-out 33)
        ("Wedding\n\nShe was treated at Bishop Murray Medical Centre in Makurdi.\n", "Bishop Murray Medical Centre"),
        # invented: other clergy titles, other institutions
        ("Ward\n\nPatients were moved to Cardinal Otunga Hospital on Monday.\n", "Cardinal Otunga Hospital"),
        ("Clinic\n\nNurses at Archbishop Romero Clinic went on strike.\n", "Archbishop Romero Clinic"),
    ],
)
def test_institution_keeps_the_title(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found


def test_titled_person_alone_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "Clinic\n\nBishop Murray said the clinic would close.\n")
    assert ("Murray", "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # reported (held-out 33)
        ("Land\n\nThe Lord's Resistance Army attacked the camp in 1996.\n", "Lord's Resistance Army"),
        # invented: after a preposition and "the", another body
        ("War\n\nRebels of the Lord's Resistance Army crossed the river.\n", "Lord's Resistance Army"),
        ("Care\n\nA report by the Queen's Nursing Institute found gaps in rural care.\n", "Queen's Nursing Institute"),
    ],
)
def test_possessive_opens_the_body(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found


def test_place_in_the_possessive_stays_apart(rec: Recognizer) -> None:
    found = names(rec, "Pay\n\nTeachers said Kenya's Teachers Service Commission pays late.\n")
    assert ("Kenya", "GPE") in found, found
    assert ("Teachers Service Commission", "ORG") in found, found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # reported (held-out 33)
        ("Lease\n\nThe firm Olanya, Kidega & Associates acts for the clan.\n", "Olanya, Kidega & Associates"),
        # invented: three partners and "Partners"; opening the sentence
        (
            "Deal\n\nThe clan hired Bowmans, Gilfillan, Dube & Partners last year.\n",
            "Bowmans, Gilfillan, Dube & Partners",
        ),
        ("Appeal\n\nMensah, Boateng & Associates said the clan would appeal.\n", "Mensah, Boateng & Associates"),
    ],
)
def test_listed_partners_are_one_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found


def test_place_before_a_partnership_stays_apart(rec: Recognizer) -> None:
    found = names(rec, "Appeal\n\nIn Nairobi, Kidega & Associates said it would appeal.\n")
    assert ("Nairobi", "GPE") in found, found
    assert ("Kidega & Associates", "ORG") in found, found
