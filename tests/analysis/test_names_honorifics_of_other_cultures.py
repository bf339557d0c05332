"""Respect titles of other cultures before a name stay outside the PERSON and mark a person
(round s32-n, issue #16: "Aunty Lorraine Murray-Bell", "Dayang Siti Aminah binti Abdul Karim",
"Adi Litia Nakalevu" were PERSONs with the title inside). Invented
examples; guards: a firm named with such a word, and given names that are also titles elsewhere
("Sri", "Mai"), stay whole."""

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
        ("Wiradjuri elder Aunty Beryl Coomber-Hart opened the meeting with a welcome.", "Beryl Coomber-Hart"),
        ("Uncle Norman Tjapaltjarri told the hearing the river had changed.", "Norman Tjapaltjarri"),
        ("The project manager, Dayang Rosmawati binti Ahmad, said the road was ready.", "Rosmawati binti Ahmad"),
        ("Capitaine Jules Rakotondrabe said the boat had left at dawn.", "Jules Rakotondrabe"),
        ("Shri Dattatreya Hosmane inaugurated the new library on Monday.", "Dattatreya Hosmane"),
        ("The hall was opened by Adi Senimili Tuivanualevu, the paramount chief's sister.", "Senimili Tuivanualevu"),
        ("Ustaz Fadzil Ramli led the prayers at the mosque.", "Fadzil Ramli"),
    ],
)
def test_the_title_stays_outside_the_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(label == "PERSON" and name.endswith(person) and name != person for name, label in found), found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Tata Steel said profits rose in the third quarter.", "Tata Steel", "ORG"),
        ("Sri Mulyani Indrawati said the budget would hold.", "Sri Mulyani Indrawati", "PERSON"),
        ("She was treated at the Nkwanta Bu Teaching Hospital in March.", "Nkwanta Bu Teaching Hospital", "ORG"),
        ("The case was heard at Dunfermline Sheriff Court on Tuesday.", "Dunfermline Sheriff Court", "ORG"),
    ],
)
def test_names_with_such_words_stay_whole(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text), names(rec, text)
