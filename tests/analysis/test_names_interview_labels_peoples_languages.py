"""Names of held-out 38's kinds (issue #16, round s45-e), each with an invented text of the kind
and two variants:

- an interview's speaker label of two words, the tail of the article's one person named in full
  ("Gharti Budha:" after "Prakash Gharti Budha"), is one PERSON, not each word alone;
- a people's name a person of the article bears as a surname ("Sumitra Ale Magar") is the people
  where the text uses it as one ("the Magar people", "a Magar singer"), the person's elsewhere;
- a language before a noun of a thing in it ("bilingual units", "a Russian name", "street signs"),
  and each language of a pair before the noun ("a Kumyk and a Russian name"), is the LANGUAGE."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Before the show she spoke to Prakash Gharti Budha.\n\nGharti Budha: You were a teacher.\n\n"
            "Sumitra Ale Magar: By accident.",
            "Gharti Budha",
        ),
        (
            "After the service she spoke to Mele Losa Tukuitonga.\n\nLosa Tukuitonga: Why sing in church?\n\n"
            "Ana Pihigia: Because.",
            "Losa Tukuitonga",
        ),
        (
            "Before the show she spoke to Rangi Mere Tamatea.\n\nMere Tamatea: Why sing?\n\nAna Reis: Because.",
            "Mere Tamatea",
        ),
    ],
)
def test_a_two_word_speaker_label_is_the_named_person(rec: Recognizer, text: str, label: str) -> None:
    found = names(rec, text)
    assert (label, "PERSON") in found
    assert not any((word, "PERSON") in found for word in label.split())


@pytest.mark.parametrize(
    ("text", "people", "person"),
    [
        (
            "Sumitra Ale Magar, 34, grew up singing the songs the Magar people perform at weddings. "
            "Magar said the songs were old.",
            "Magar",
            "Sumitra Ale Magar",
        ),
        (
            "Pasang Dorje Gurung, 41, leads a choir. It sings the songs the Gurung people sing at harvest, "
            "and Gurung said a Gurung singer needs no stage.",
            "Gurung",
            "Pasang Dorje Gurung",
        ),
        (
            "Mingma Lhamu Sherpa, 29, guides climbers. The Sherpa people have lived in Khumbu for centuries, "
            "and twelve Sherpa villages sent porters.",
            "Sherpa",
            "Mingma Lhamu Sherpa",
        ),
    ],
)
def test_a_people_a_person_is_named_after_stays_the_people(
    rec: Recognizer, text: str, people: str, person: str
) -> None:
    found = names(rec, text)
    assert (people, "NORP") in found
    assert (person, "PERSON") in found


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Many villages have both a Kumyk and a Russian name; the maps use one.", ("Kumyk", "Russian")),
        ("The ministry runs Samoan and Tongan bilingual units in Auckland schools.", ("Samoan", "Tongan")),
        ("Chuvash street signs went up in the town last year.", ("Chuvash",)),
    ],
)
def test_a_language_before_a_thing_in_it(rec: Recognizer, text: str, languages: tuple[str, ...]) -> None:
    found = names(rec, text)
    for language in languages:
        assert (language, "LANGUAGE") in found


def test_a_name_in_a_peoples_tradition_stays_the_people(rec: Recognizer) -> None:
    # a person's name after a possessive: the people's, no name in the language
    text = "Samuel Kitka, whose Tlingit name was Kaalkaawu, died on Friday. He was the first Tlingit carver there."
    assert ("Tlingit", "LANGUAGE") not in names(rec, text)


def test_a_surname_before_clan_stays_the_persons(rec: Recognizer) -> None:
    # "clan" after a surname is the family's ("the Xiong clan's elders"), no people
    text = "Pao Xiong, 52, ran the home. Vang said the Xiong clan's elders had apologised to the families."
    found = names(rec, text)
    assert ("Xiong", "PERSON") in found and ("Xiong", "NORP") not in found
