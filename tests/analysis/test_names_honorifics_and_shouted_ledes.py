"""Names of issue #16's round s41-e leftovers (names invented, or the reported text): an honorific
of another tradition before a name ("Rwot Lawrence Ojara Abalo said" named no one), a department
whose name holds "and" before its country ("Fisheries and Oceans Canada"), a rescue service by its
last word ("Marine Rescue" was a PERSON), a byline in capitals with its place ("BY ATULA LONGKUMER
IN KOHIMA" was one PERSON), an obituary's subject named in capitals opening the lede ("ROY TUQŁUK
OKPEAHA, who has died" was an ORG "ROY"), a people's hyphened name ("Toraja-Sa'dan" was none), a
given name before a town's kind word ("from Alice Springs" was a PERSON), a job word before a
name ("Advisor Moatemsu Imchen said" was one PERSON, "Pitcher Shirleen Napaljarri Ross" none), and a
language described by a clause with no "that" ("in Zazaki, the language her grandmother spoke": a GPE).
Each kind: the reported text and two variants; and the names the rules must leave alone."""

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
        ("Rwot Lawrence Ojara Abalo said the clan would meet.", "Lawrence Ojara Abalo"),  # reported
        ("Nenek Kamariah said the rice harvest was late.", "Kamariah"),
        ("Oba Adeyemi said the palace would stay closed.", "Adeyemi"),
        ("Tan Sri Muhyiddin Yassin said he would stand again.", "Muhyiddin Yassin"),
        ("Puan Sri Noorainee Abdul Rahman said the fund was ready.", "Noorainee Abdul Rahman"),
        # an honorific no list holds, before a given name the lists know and two more names
        ("Ogiame Lawrence Ojara Abalo said the clan would meet.", "Lawrence Ojara Abalo"),
    ],
)
def test_an_honorific_stays_outside_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(label == "PERSON" and name != person for name, label in found)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Sri Mulyani Indrawati said the budget was sound.", "Sri Mulyani Indrawati", "PERSON"),
        ("Ibu Sri Endah Lestari, who runs a workshop, said the river was dyed.", "Sri Endah Lestari", "PERSON"),
        ("Tan Wei Ming said the shop would open.", "Tan Wei Ming", "PERSON"),
        ("Traders at Oba Market said prices rose.", "Oba Market", "FAC"),
    ],
)
def test_names_the_honorifics_leave_alone(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officials at Fisheries and Oceans Canada said the stock fell.", "Fisheries and Oceans Canada"),  # reported
        ("Agriculture and Agri-Food Canada said on Monday that prices rose.", "Agriculture and Agri-Food Canada"),
        ("Environment and Water Ghana issued a flood warning.", "Environment and Water Ghana"),
    ],
)
def test_a_department_of_two_fields_before_its_country(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text)


def test_a_body_of_its_own_before_and_stays_apart(rec: Recognizer) -> None:
    found = names(rec, "We spoke to Oxfam and Statistics Canada on Monday.")
    assert ("Statistics Canada", "ORG") in found
    assert not any("Oxfam and" in name for name, _ in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Volunteers from Marine Rescue said the boat sank.", "Marine Rescue"),  # reported
        ("Volunteers from Mountain Rescue said the climber fell.", "Mountain Rescue"),
        ("Crews from Lakes Rescue said the ice was thin.", "Lakes Rescue"),
    ],
)
def test_a_rescue_service_is_an_organisation(rec: Recognizer, text: str, body: str) -> None:
    assert (body, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("byline", "person", "place"),
    [
        ("BY ATULA LONGKUMER IN KOHIMA", "ATULA LONGKUMER", "KOHIMA"),  # reported
        ("BY MARIA KOWALSKA IN GLIWICE", "MARIA KOWALSKA", "GLIWICE"),
        ("BY ANNA LIND AND TOM RIVERS IN OSLO", "TOM RIVERS", "OSLO"),
    ],
)
def test_a_byline_in_capitals_names_its_place_apart(rec: Recognizer, byline: str, person: str, place: str) -> None:
    text = f"Chilli contest ends in tears\n\n{byline}\n\nThe judges met on Saturday.\n"
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert (place, "GPE") in found


def test_a_photo_credit_keeps_its_person(rec: Recognizer) -> None:
    text = "Photo: Two pilots at the base. (Khaled Fadhel/Gulf Aviation Review)"
    assert ("Khaled Fadhel", "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    ("lede", "person"),
    [
        ("ROY TUQŁUK OKPEAHA, who has died aged 85 in Utqiaġvik, was a whaling captain.", "ROY TUQŁUK OKPEAHA"),
        ("JUDITH ANNE MORTON, 79, a nurse for forty years, died on Monday.", "JUDITH ANNE MORTON"),
        ("ROY OKPEAHA, who has died aged 85, was a whaling captain.", "ROY OKPEAHA"),
    ],
)
def test_an_obituary_names_its_subject_in_capitals(rec: Recognizer, lede: str, person: str) -> None:
    found = names(rec, f"Obituary: a whaling captain\n\n{lede}\n")
    assert (person, "PERSON") in found
    assert not any(label == "ORG" for _, label in found)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Toraja-Sa'dan people live in the highlands.", "Toraja-Sa'dan"),  # reported
        ("After the drought the Kel-Tamasheq herders moved south.", "Kel-Tamasheq"),
        ("We met the Kel-Ayr, a nomadic people of the Sahara.", "Kel-Ayr"),
    ],
)
def test_a_peoples_hyphened_name(rec: Recognizer, text: str, people: str) -> None:
    assert (people, "NORP") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The team drove from Alice Springs on Friday.", "Alice Springs"),  # held-out 34's kind
        ("Flights from Grace County resumed on Monday.", "Grace County"),
        ("The bus to Rose Springs was late.", "Rose Springs"),
    ],
)
def test_a_given_name_before_a_towns_kind_word_is_the_town(rec: Recognizer, text: str, town: str) -> None:
    assert (town, "GPE") in names(rec, text)


def test_a_given_name_before_a_buildings_kind_word_stays_a_person(rec: Recognizer) -> None:
    assert ("Alice Hall", "PERSON") in names(rec, "Alice Hall said the vote was close.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Advisor Moatemsu Imchen said the contest would get a second judge.", "Moatemsu Imchen"),  # held-out 34
        ("Pitcher Shirleen Napaljarri Ross was named player of the carnival.", "Shirleen Napaljarri Ross"),
        ("Catcher Dalia Ortiz Vega was named player of the game.", "Dalia Ortiz Vega"),
    ],
)
def test_a_job_word_before_a_name_stays_outside_it(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(label == "PERSON" and name != person for name, label in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She sang the lament in Zazaki, the language her grandmother spoke.", "Zazaki"),  # held-out 34's kind
        ("He wrote to us in Kven, the tongue we spoke at home.", "Kven"),
        ("They prayed in Tuvan, the language their parents used.", "Tuvan"),
    ],
)
def test_a_language_described_by_a_clause_with_no_that(rec: Recognizer, text: str, language: str) -> None:
    assert (language, "LANGUAGE") in names(rec, text)
