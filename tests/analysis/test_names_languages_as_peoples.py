"""A language's name before a lower-case noun inside a sentence is the people who speak it
(OntoNotes NORP), as a demonym is: "a Tamil acoustician", "other Bengali wives" (the names eval's
heldout20, session 27: no name, or a GPE "Bengali"); CLDR's former English names ("Bengali",
"Oriya", "Farsi") are languages too ("a column in Bengali"). The reported shapes and invented
variants; a language used as one stays LANGUAGE, and a sentence's first word is left alone
("Even so, …": Even is a language too)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She wrote recipes for other Bengali wives in a newsletter.", ("Bengali", "NORP")),
        ("Dr Tharshini Sivakumar, a Tamil acoustician, built the recorders.", ("Tamil", "NORP")),
        ("She wrote a Sunday column in Bengali for the paper.", ("Bengali", "LANGUAGE")),
        # invented variants
        ("The band hired a Punjabi singer and a Gujarati cook for the tour.", ("Gujarati", "NORP")),
        ("Leaflets went to every Somali household on the estate.", ("Somali", "NORP")),
        ("The poems were translated from Oriya by her daughter.", ("Oriya", "LANGUAGE")),
        ("He reads the news in Farsi on the night shift.", ("Farsi", "LANGUAGE")),
    ],
)
def test_language_word_read_by_its_use(rec: Recognizer, text: str, found: tuple[str, str]) -> None:
    assert found in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "Even so, the ferry sailed on time.",  # a sentence's first word
        "He took Tamil lessons every week.",  # a language's noun: LANGUAGE, not NORP
    ],
)
def test_no_people_read(rec: Recognizer, text: str) -> None:
    assert not {n for n in names(rec, text) if n[1] == "NORP"}


@pytest.mark.parametrize(
    ("text", "firm", "owner"),
    [
        ("The farm is owned by Iceland's Hafgola hf. and two banks.", "Hafgola hf.", ("Iceland", "GPE")),
        ("Czechia's Vltava Aero s.r.o. built the airframe.", "Vltava Aero s.r.o.", ("Czechia", "GPE")),
        ("Norway's Fjordkraft plc signed the deal.", "Fjordkraft plc", ("Norway", "GPE")),
    ],
)
def test_owner_possessive_outside_a_lower_case_form_firm(
    rec: Recognizer, text: str, firm: str, owner: tuple[str, str]
) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found and owner in found


@pytest.mark.parametrize(
    "text",
    ["About Norðurflug ehf.\n\nNorðurflug ehf. is an airline.", "About Skerrow Petroleum plc\n\nIt drills."],
)
def test_about_heading_outside_the_firm(rec: Recognizer, text: str) -> None:
    assert not any(n.startswith("About") for n, _ in names(rec, text))
