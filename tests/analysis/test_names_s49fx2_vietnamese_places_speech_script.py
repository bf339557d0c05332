"""Two regressions of round s49-e's names (review s49-rv findings 7 and 17, round s49-fx2), each a
kind, each with the reviewer's input and two variants of other places, languages and layouts:

- a Vietnamese place whose first word is also a common Vietnamese family name ("Phan Thiet",
  "Ly Son", "Duong Dong") is a place, not a person, after a place cue ("flew to", "in",
  "Residents of"); the family names still keep a role noun out of a full name ("Refugee Dang Thi
  Hong Nhung", round s49-e's test); a place cue ("flew to", "near") beats a family name
  opening a name of the older list too ("Long Xuyen", "Tan Uyen");
- "speech" and "script" after a people's adjective ("a French speech at the UN", "the Turkish
  script of the deal") leave it a people's (NORP); only "in <Language> speech/script" or a writing
  system's "script" read it as the language."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Storm news\n\nHe flew to Phan Thiet on Monday.", "Phan Thiet"),
        ("Storm news\n\nResidents of Duong Dong on Phu Quoc island were evacuated.", "Duong Dong"),
        ("Storm news\n\nThe ferry took them from Hanoi to Phan Rang by night, officials said.", "Phan Rang"),
    ],
)
def test_a_vietnamese_place_opening_with_a_family_name_is_no_person(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "PERSON") not in found, found
    assert all(label != "PERSON" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Storm news\n\nHe flew to Long Xuyen on Monday.", "Long Xuyen"),
        ("Storm news\n\nFarms near Tan Uyen were flooded overnight.", "Tan Uyen"),
    ],
)
def test_a_place_cue_beats_a_family_name_opener(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


def test_a_family_name_first_after_a_role_noun_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "Storm news\n\nRefugee Vo Thi Sau said she lost everything.")
    assert ("Vo Thi Sau", "PERSON") in found, found


def test_a_list_of_vietnamese_places_has_no_person(rec: Recognizer) -> None:
    found = names(rec, "Storm news\n\nThe storm hit Vung Tau and Phan Thiet overnight, the agency said.")
    assert all(label != "PERSON" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("In a French speech at the UN, Macron urged calm.", "French"),
        ("The Turkish script of the deal was leaked to reporters.", "Turkish"),
        ("A Polish speech by the minister opened the summit in Geneva.", "Polish"),
    ],
)
def test_a_people_before_speech_or_script_stays_norp(rec: Recognizer, text: str, adjective: str) -> None:
    found = names(rec, text)
    assert (adjective, "LANGUAGE") not in found, found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He wrote the verses first in Arabic script and later in Latin letters.", "Arabic"),
        ("The elders prayed in Aramaic speech, the priest said.", "Aramaic"),
        ("The Armenian script on the stones is old.", "Armenian"),
    ],
)
def test_in_a_language_speech_or_a_writing_systems_script_is_the_language(
    rec: Recognizer, text: str, language: str
) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found
