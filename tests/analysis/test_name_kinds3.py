"""Name kinds of issue #16's third round, found on the tuning sets (tests/gold/names/tuned,
heldout, heldout2, heldout3): each kind with an input like the reported one and variants of our
own, names invented."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name, then a two-syllable given name with a lower-case second part
        (
            "Chief executive Yoo Tae-hwan told reporters the plant would open in 2028.",
            {("Yoo Tae-hwan", "PERSON")},
        ),
        (
            "The series was written by Gong Mi-rae and directed by Seok Jin-ho, who said little.",
            {("Gong Mi-rae", "PERSON"), ("Seok Jin-ho", "PERSON")},
        ),
        # given name first, and the family name alone later
        (
            "Reviewer Hyo-bin Chae liked it. Later the show cut Seok Jin-ho's best scene, and Seok said nothing.",
            {("Hyo-bin Chae", "PERSON"), ("Seok Jin-ho", "PERSON"), ("Seok", "PERSON")},
        ),
    ],
)
def test_hyphenated_two_syllable_given_names(rec: Recognizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= names(rec, text)


@pytest.mark.parametrize(
    "text", ["Year-end Sale starts at Cobbly Mart.", "Post-war Britain was poor.", "Self-made Bakers won."]
)
def test_hyphenated_english_words_are_no_given_names(rec: Recognizer, text: str) -> None:
    assert not any(label == "PERSON" for _, label in names(rec, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a job word in capitals because it opens the sentence, then the name
        ("Striker Tovin Brask scored twice after the break.", "Tovin Brask"),
        ("Substitute Quillon Dace, on loan for the season, added a third.", "Quillon Dace"),
        ("Reviewer Ossip Tarn was less kind.", "Ossip Tarn"),
    ],
)
def test_a_job_word_opening_the_sentence_is_no_part_of_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(text.startswith(name) for name, _ in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("She is survived by her son and her daughter Yarrick, who lives abroad.", "Yarrick"),
        ("The dish was cooked by chef Korin for the judges.", "Korin"),
        ("The new treasurer, Varro Quist, noticed the payments.", "Varro Quist"),
        ("He spoke at length with his wife Ossip Dace about the move.", "Ossip Dace"),
    ],
)
def test_a_name_after_a_kinship_or_job_word(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a state, province or county of the world (ISO 3166-2 via pycountry), written mid-sentence
        ("The firm moved its plant to Nebraska after the floods.", "Nebraska"),
        ("Health workers in Bihar and Jharkhand will be trained.", "Jharkhand"),
        ("Volunteers came from Kent and Cornwall to help.", "Cornwall"),
    ],
)
def test_states_provinces_and_counties_are_places(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        ("Rovers edge Albion\n\nBy Tovin Brask in Leeds\n\nRovers won 2-1.", "Tovin Brask", "Leeds"),
        ("Quake response\n\nBy Quillon Dace in Kushiro\n\nCrews worked overnight.", "Quillon Dace", "Kushiro"),
    ],
)
def test_a_byline_with_the_place_it_was_written(rec: Recognizer, text: str, person: str, place: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found and (place, "GPE") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tovin Brask, 58, of Penarth, admitted fraud.", "Penarth"),
        ("The court heard that Ossip Tarn, 34, of Glossop, had fled.", "Glossop"),
    ],
)
def test_where_a_person_named_with_an_age_lives(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Defending, Agata Dace KC said his client was ashamed.", "Agata Dace"),
        ("Agata Quist OBE, the founder, thanked the volunteers.", "Agata Quist"),
    ],
)
def test_post_nominal_letters_are_no_organisation(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(label == "ORG" for _, label in found)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a possessive inside an organisation's name
        ("Tovin Brask, who leads the rural Polish People's Party, resigned.", "Polish People's Party", "ORG"),
        ("Lessons continue at St Agnes's Primary School in the meantime.", "St Agnes's Primary School", "ORG"),
        ("The Farmers' Union and the Varro Women's Institute met.", "Varro Women's Institute", "ORG"),
        # a charity named "Friends of ..."
        ("The Friends of Millbrook Library will present the petition.", "Friends of Millbrook Library", "ORG"),
        ("A group called Friends of Ossip Park objected.", "Friends of Ossip Park", "ORG"),
        # a building or place named in Spanish, Portuguese, Italian or French
        ("She restored the Mercado del Grao, a glass-and-iron hall.", "Mercado del Grao", "FAC"),
        ("Fans gathered outside the Estadio Quillon Dace before kick-off.", "Estadio Quillon Dace", "FAC"),
        # a river named before its kind word
        ("Nobody knew that the River Sheaf ran beneath the station.", "River Sheaf", "LOC"),
        # a road with its number
        ("A tornado touched down near Highway 48 around 4:40 a.m.", "Highway 48", "FAC"),
        ("Traffic on Route 9 was stopped.", "Route 9", "FAC"),
        # a law's name with "of" inside
        ("She ordered a hearing under the Proceeds of Crime Act to recover it.", "Proceeds of Crime Act", "LAW"),
        ("It was passed as the Protection of Wetlands Act in 1998.", "Protection of Wetlands Act", "LAW"),
        # an investment house's name in Portuguese
        ("Analysts at Itaúna Investimentos expect a cut.", "Itaúna Investimentos", "ORG"),
    ],
)
def test_name_forms(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)


@pytest.mark.parametrize(
    "text", ["The service confirmed an EF-2 tornado.", "Crews rated it EF-3 after a survey.", "An SR-71 flew over."]
)
def test_a_scale_grade_or_model_code_is_no_organisation(rec: Recognizer, text: str) -> None:
    assert not any(label == "ORG" for _, label in names(rec, text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Its spokesman told broadcaster Radio Quillon that the coalition was over.", "Radio Quillon"),
        ("Nine years later their company, Tovin Pay, processes more payments than most banks.", "Tovin Pay"),
        ("The deal was approved by regulator Ossipco last week.", "Ossipco"),
    ],
)
def test_a_kind_of_organisation_written_before_its_name(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


def test_a_name_typed_by_its_context_keeps_its_type_where_repeated(rec: Recognizer) -> None:
    text = (
        "Nine years later their company, Tovin Pay, processes more payments than most banks. "
        "Tovin Pay signed up 200,000 merchants in a year. Today Tovin Pay employs 3,400 people."
    )
    found = [(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))]
    assert found.count(("Tovin Pay", "ORG")) == 3


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a first name alone after the full name
        ('Striker Emre Tovin scored twice. "Emre is in the form of his life," the coach said.', ["Emre Tovin", "Emre"]),
        # an unknown pair coordinated with a person
        ("When Agata Brask and Rohit Quillon left the bank, nobody noticed.", ["Agata Brask", "Rohit Quillon"]),
        ("When Tovin Dace and Agata Brask left the bank, nobody noticed.", ["Tovin Dace", "Agata Brask"]),
        # a nationality or a country's possessive before an unknown pair
        ("He pulled away from Ethiopian Tesfa Quillon in the last five kilometres.", ["Tesfa Quillon"]),
        ("Alemo finished second, with Japan's Kento Varrow third.", ["Kento Varrow"]),
    ],
)
def test_more_people(rec: Recognizer, text: str, people: list[str]) -> None:
    found = names(rec, text)
    for person in people:
        assert (person, "PERSON") in found, found


def test_a_country_possessive_before_a_company_is_no_person(rec: Recognizer) -> None:
    text = "Japan's Nippon Tovin Steel and Kenya's Ossip Motors both grew."
    assert not any(label == "PERSON" for _, label in names(rec, text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("said Dr. Tovin Brask, Director of VQRI. The VQRI report follows.", "VQRI"),
        ("Quillon Dace, Chief Executive Officer of Ossipco Systems, said so.", "Ossipco Systems"),
    ],
)
def test_an_organisation_after_a_title_and_of(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


def test_a_state_abbreviation_in_a_dateline(rec: Recognizer) -> None:
    text = "MAGNOLIA, Miss. (WQRT) — A tornado tore through the county early Saturday, officials said."
    found = names(rec, text)
    assert ("Miss.", "GPE") in found and ("MAGNOLIA", "GPE") in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("On loan from Real Ossipa, he added a third.", "Real Ossipa", "ORG"),
        (
            "Two people were treated at Quillon Valley Regional Medical Center in Tovin.",
            "Quillon Valley Regional Medical Center",
            "ORG",
        ),
        ("It was one of the platform's Korean hits.", "Korean", "NORP"),
        ("The Greens and the Social Democrats signed the coalition deal.", "Social Democrats", "ORG"),
    ],
)
def test_clubs_institutions_nationalities_and_parties(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)


def test_real_before_an_acronym_is_no_club(rec: Recognizer) -> None:
    assert not any(label == "ORG" for _, label in names(rec, "Real GDP grew by 2% last year."))
