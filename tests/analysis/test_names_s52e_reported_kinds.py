"""Reported faults of testers and review (issue #16, round s52-e), each with the reported input
and two variants of other words, names and layout:

- a German common noun the word before makes no place ("am Boden zerstört", "in Höhe von 2,5
  Millionen", t13au N6) is no place, while a town no list knows stays one ("in Kalgoorlie");
- a day of the week alone is a date, never an organisation ("early on Saturday, the company and
  emergency officials said", t13au N6)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "„Wir sind am Boden zerstört“, sagte der Chef der Firma. Die Behörde in Berlin bestätigte, dass "
            "die Arbeiter gerettet wurden. Der Betreiber hat einen Hilfsfonds in Höhe von 2,5 Millionen "
            "australischen Dollar eingerichtet.",
            ("Boden", "Höhe"),
        ),
        (
            "Die Mannschaft lag nach der Pause am Boden, sagte der Trainer der Gäste. Die Stadt hat für "
            "den Umbau einen Zuschuss in Höhe von 400.000 Euro bewilligt, die Arbeiten beginnen im Mai.",
            ("Boden", "Höhe"),
        ),
        (
            "Der Vorstand der Bank blieb im Amt, die Aktionäre stimmten zu. Die Bank zahlt eine Dividende "
            "in Form von neuen Aktien, teilte die Gesellschaft in Frankfurt mit.",
            ("Amt", "Form"),
        ),
    ],
)
def test_a_german_noun_after_an_article_or_in_a_measure_phrase_is_no_place(
    rec: Recognizer, text: str, noun: tuple[str, str]
) -> None:
    found = names(rec, text)
    assert not any(w in noun for w, _ in found), found


def test_a_german_articles_unknown_town_stays_a_place(rec: Recognizer) -> None:
    text = (
        "Die Familie des Bergmanns lebt in Kleinmachnow, ein Bruder arbeitet in Kalgoorlie. Die Behörde "
        "in Wien bestätigte, dass die Angehörigen informiert wurden."
    )
    found = names(rec, text)
    assert ("Kalgoorlie", "GPE") in found, found
    assert ("Wien", "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Three miners were killed after part of an underground gold mine collapsed in the Goldfields "
            "region early on Saturday, the company and emergency officials said.",
            "Saturday",
        ),
        (
            "The ferry ran aground late on Tuesday, the operator and the coastguard said in a statement.",
            "Tuesday",
        ),
        (
            "Talks broke down on Friday, the union said, and a strike was called for Monday, the company added.",
            "Friday",
        ),
    ],
)
def test_a_weekday_alone_is_a_date_never_a_body(rec: Recognizer, text: str, day: str) -> None:
    found = names(rec, text)
    assert not any(w == day and label != "DATE" for w, label in found), found
    assert (day, "DATE") in found, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "A mine collapsed in Western Australia on Saturday. WA Premier Corinne Abernathy-Vu said she would "
            "travel to the site.\nTags: Mining, Disasters, Halvorsen Creek, WA",
            "WA",
        ),
        ("Floods closed roads across Australia's east. Police said QLD paramedics and crews flew north.", "QLD"),
        ("Bushfires burned near Darwin, Australia. Crews from the NT arrived, and Tasmania sent help.", "NT"),
    ],
)
def test_an_australian_states_code_is_a_place_no_body(rec: Recognizer, text: str, state: str) -> None:
    found = names(rec, text)
    assert (state, "GPE") in found, found
    assert not any(w == state and label == "ORG" for w, label in found), found


def test_a_saints_body_with_a_states_code_is_no_person(rec: Recognizer) -> None:
    text = "A mine collapsed in Western Australia. St John WA says eleven workers have been assessed at the site."
    found = names(rec, text)
    assert not any(label == "PERSON" and "John" in w for w, label in found), found


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (
            "Rangers closed Crater Lake, Oregon, to swimmers on Monday. Crater Lake is the deepest lake in the "
            "United States.",
            "Crater Lake",
        ),
        (
            "Ice jams formed on the Red River, Manitoba, and water levels on the Red River kept rising.",
            "Red River",
        ),
        ("Anglers said the fishing on Moosehead Lake, Maine, was the worst in years.", "Moosehead Lake"),
    ],
)
def test_a_landform_before_a_state_stays_a_natural_place(rec: Recognizer, text: str, feature: str) -> None:
    found = names(rec, text)
    assert (feature, "LOC") in found, found
    assert (feature, "GPE") not in found, found


def test_a_town_named_for_a_landform_before_its_state_stays_a_town(rec: Recognizer) -> None:
    text = "The casino in Cripple Creek, Colorado, reopened on Friday. Cripple Creek has about 1,200 residents."
    assert ("Cripple Creek", "GPE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "norp"),
    [
        ("Smoke forced the evacuation of several Canadian First Nation communities on Monday.", "Canadian"),
        ("American First Nation leaders met the delegation in Ottawa.", "American"),
        ("The fund helps Australian First Nation artists sell their work.", "Australian"),
    ],
)
def test_a_demonym_before_first_nation_is_no_body(rec: Recognizer, text: str, norp: str) -> None:
    found = names(rec, text)
    assert not any(label == "ORG" and "First Nation" in w for w, label in found), found
    assert (norp, "NORP") in found, found


def test_a_bands_name_before_first_nation_stays_a_body(rec: Recognizer) -> None:
    assert ("Tsawout First Nation", "ORG") in names(rec, "The Tsawout First Nation said it would help.")


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        (
            "PORT AUBRAC, March 14 (Nordwire) - Salvage crews on Saturday began pumping fuel from the Coral "
            "Meridian, a bulk carrier that struck Kessra Reef before dawn.",
            "Coral Meridian",
        ),
        ("Tugs reached the Nordic Swan, an ore carrier that lost power off the cape.", "Nordic Swan"),
        ("Crews boarded the Grace Halloran, a liquefied gas carrier, on Monday.", "Grace Halloran"),
    ],
)
def test_a_name_in_apposition_to_a_ship_type_is_the_ship(rec: Recognizer, text: str, ship: str) -> None:
    found = names(rec, text)
    assert (ship, "PRODUCT") in found, found
    assert not any(w == ship and label != "PRODUCT" for w, label in found), found


def test_an_airline_called_a_carrier_stays_a_body(rec: Recognizer) -> None:
    assert ("Qantas", "ORG") in names(rec, "Qantas, the national carrier, said flights resumed on Monday.")


def test_a_state_code_in_a_live_blog_dated_in_an_australian_zone_is_a_place(rec: Recognizer) -> None:
    text = (
        "19:45 AWST\n\nWA Premier Corinne Abernathy-Vu says she will travel to the mine, she told ABC Radio.\n\n"
        "Tags: Mining, Disasters, WA"
    )
    found = names(rec, text)
    assert ("WA", "GPE") in found, found
    assert not any(w == "WA" and label == "ORG" for w, label in found), found


def test_a_us_address_code_is_no_australian_state(rec: Recognizer) -> None:
    found = names(rec, "The firm is based in Seattle, WA and employs 300 people.")
    assert not any(w == "WA" and label == "GPE" for w, label in found), found
