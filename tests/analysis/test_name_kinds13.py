"""Name kinds from tester report t13 item 6 (session 16, issues #13/#16); the names are made up
or, for the reported sentences, the tester's.

- a title ending in "Master" ("Harbour Master Hiroshi Ueda", "Station Master", "Harbourmaster"):
  the name after it is a person, not the town a word of it names (Ueda, Nagano);
- a lone word opening a sentence, then a person's job in commas and a speech verb ("Ueda, the
  harbour master, said"): a person (an organisation's description, "the national carrier", is not
  a job, and leaves it as it was).
"""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        (
            "PORTMERE, March 14, 2025 (Reuters) - A passenger ferry capsized off the port of Portmere on Friday, "
            "killing at least 12 people, Harbour Master Hiroshi Ueda said.",
            "Hiroshi Ueda",
            "PERSON:Hiroshi Ueda",
        ),
        (
            "Station Master Anna Kowalski said the 8.15 would run late all week.",
            "Anna Kowalski",
            "PERSON:Anna Kowalski",
        ),
        ("The pier reopened on Monday, Harbourmaster Kenji Sakai said.", "Kenji Sakai", "PERSON:Kenji Sakai"),
    ],
)
def test_a_master_title_opens_no_part_of_the_name(rec: Recognizer, text: str, name: str, key: str) -> None:
    assert keys(rec, text, name) == [("PERSON", key)]
    assert not [n for n in names(rec, text) if n[1] == "GPE" and n[0] in name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ueda, the harbour master, said "the sea was calm but the ship listed suddenly".', "Ueda"),
        ("Brandvik, the director, said the museum would reopen in May.", "Brandvik"),
        ("The strike ended. Okonmare, a union organiser, told reporters the deal was fair.", "Okonmare"),
    ],
)
def test_a_lone_word_with_a_job_in_commas_before_a_speech_verb_is_a_person(
    rec: Recognizer, text: str, name: str
) -> None:
    assert (name, "PERSON") in names(rec, text)


def test_an_organisation_described_in_commas_stays_one(rec: Recognizer) -> None:
    assert ("Baltair", "ORG") in names(rec, "Baltair, the national carrier, said it would appeal.")
