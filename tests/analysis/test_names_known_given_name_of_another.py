"""A full name an article writes is never the gazetteer's person who shares only its first word
("Anwar Kabir", a fire official, was "Anwar Ibrahim" plus a separate "Kabir": t13ag N1, issue #16),
and a known body's one-word name before a portfolio holder's title is a job title, no organisation
("Labour Minister Farida Chowdhury" gave ORG "Labour Party": t13ag N8). The reported inputs and
invented variants; the known person and the party written as such are kept."""

from __future__ import annotations

import pytest
from name_helpers import Art, keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "full", "surname"),
    [
        # reported (t13ag N1)
        (
            'Notes.\n\nFire official Anwar Kabir said stairwell doors were locked. "We saw it," Kabir said.',
            "Anwar Kabir",
            "Kabir",
        ),
        (
            "Notes.\n\nAnwar Hossain, a rescuer, reached the roof first. Hossain said the stairs were blocked.",
            "Anwar Hossain",
            "Hossain",
        ),
        ("Notes.\n\nXi Mingze studied in Boston for four years. Later Mingze left the city.", "Xi Mingze", "Mingze"),
    ],
)
def test_full_name_is_its_own_person(rec: Recognizer, text: str, full: str, surname: str) -> None:
    assert keys(rec, text, full) == [("PERSON", f"PERSON:{full}")]
    assert keys(rec, text, surname) == [("PERSON", f"PERSON:{full}")]
    assert all("Ibrahim" not in m.key and "Jinping" not in m.key for m in rec.recognize(Art("x", text)))


def test_the_known_person_is_kept(rec: Recognizer) -> None:
    text = "Notes.\n\nAnwar Ibrahim spoke in Putrajaya. Later Anwar said the budget would pass."
    assert keys(rec, text, "Anwar") == [("PERSON", "PERSON:Anwar Ibrahim")]
    assert keys(rec, text, "Anwar Ibrahim") == [("PERSON", "PERSON:Anwar Ibrahim")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (t13ag N8)
        ("Notes.\n\nThe fund stands at $2.5 million, Labour Minister Farida Chowdhury said.", "Farida Chowdhury"),
        ("Notes.\n\nLabour Secretary Nasir Uddin visited the site on Friday.", "Nasir Uddin"),
        ("Notes.\n\nOn Monday the Labour Ministers Rina Das and Omar Faruk met unions.", "Rina Das"),
    ],
)
def test_portfolio_before_a_title_is_no_party(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not [n for n in found if n[1] in ("ORG", "NORP")]


@pytest.mark.parametrize(
    "text",
    [
        "Notes.\n\nHealth Minister Nasima Akter visited the hospital.",
        "Notes.\n\nFinance Secretary Kamal Uddin spoke on Monday.",
        "Notes.\n\nTransport Commissioner Rina Das agreed to the plan.",
    ],
)
def test_other_portfolios_give_no_body(rec: Recognizer, text: str) -> None:
    assert not [n for n in names(rec, text) if n[1] == "ORG"]


def test_the_party_is_kept(rec: Recognizer) -> None:
    text = "Notes.\n\nLabour MP Jon Ashby said Labour would vote against the bill."
    assert [k for k in keys(rec, text, "Labour")] == [("ORG", "ORG:Labour Party")] * 2


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (t13ag N8, The Dhaka Ledger's form)
        ("Notes.\n\nLabour and Employment Minister Farida Chowdhury announced compensation.", "Farida Chowdhury"),
        ("Notes.\n\nLabour and Welfare Secretary Omar Faruk spoke on Friday.", "Omar Faruk"),
        ("Notes.\n\nOn Monday Labour & Social Affairs Minister Rina Das met unions.", "Rina Das"),
    ],
)
def test_portfolios_joined_by_and_are_no_party(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not [n for n in found if "Labour" in n[0]]


def test_party_joined_to_another_by_and_is_kept(rec: Recognizer) -> None:
    text = "Notes.\n\nLabour and the Greens voted against the bill."
    assert keys(rec, text, "Labour") == [("ORG", "ORG:Labour Party")]
