"""Name kinds of issue #16's fourth round, found on heldout4 once it became tuning data: each kind
with an input shaped like the reported one and variants of our own, names invented."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported shape: a long name with "on" and "and" inside, its acronym in brackets
        (
            "Advice came from the Joint Committee on Grain and Seed Safety (JCGSS) on Monday.",
            {("Joint Committee on Grain and Seed Safety", "ORG"), ("JCGSS", "ORG")},
        ),
        # an acronym whose letters are not the name's initials (a name in another language)
        (
            "Officials from the National Bureau of Soil and Water Quality (ONSE) arrived late.",
            {("National Bureau of Soil and Water Quality", "ORG"), ("ONSE", "ORG")},
        ),
        # a sentence-initial word before the name: the initials say where the name starts
        (
            "Yesterday Brenvale Marine Systems (BMS) cut its forecast.",
            {("Brenvale Marine Systems", "ORG"), ("BMS", "ORG")},
        ),
    ],
)
def test_a_name_defined_by_its_acronym_is_the_whole_run_before_it(
    rec: Recognizer, text: str, expected: set[tuple[str, str]]
) -> None:
    found = names(rec, text)
    assert expected <= found
    long_name = next(n for n, label in expected if " " in n)
    assert not any(n != long_name and n in long_name for n, _ in found)  # no fragment of it


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell across Valdmark (AP) and the roads closed.",  # one word before: no long name
        "Officials said the plan (ABC) was late.",  # lower case before the bracket
    ],
)
def test_no_long_name_without_a_run_of_capitalised_words(rec: Recognizer, text: str) -> None:
    assert not any(" " in n and label == "ORG" for n, label in names(rec, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported shape: "<City>-based <Company>" after a relation only organisations have
        (
            "It is a joint venture between Oslo-based Fjordvik Energy and the Danish firm Skarnholt.",
            {("Oslo", "GPE"), ("Fjordvik Energy", "ORG")},
        ),
        (
            "Shares of Lagos-born Adeyemi Holdings rose.",
            {("Lagos", "GPE"), ("Adeyemi Holdings", "ORG")},
        ),
        (
            "The plant was bought by Texas-based Corvane Solar on Monday.",
            {("Texas", "GPE"), ("Corvane Solar", "ORG")},
        ),
    ],
)
def test_a_place_made_an_adjective_is_no_part_of_the_name_after_it(
    rec: Recognizer, text: str, expected: set[tuple[str, str]]
) -> None:
    found = names(rec, text)
    assert expected <= found
    assert not any("-based" in n or "-born" in n for n, _ in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Police arrested Marcus D. Whitfield on Friday.", "Marcus D. Whitfield"),  # the reported shape
        ("Deputies said Lorna T. Baskerville, 41, was released.", "Lorna T. Baskerville"),
        ("The trial of Ignatius R. Okafor-Banks began.", "Ignatius R. Okafor-Banks"),
    ],
)
def test_a_middle_initial_is_inside_the_name(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)


def test_a_letter_ending_a_sentence_starts_no_name(rec: Recognizer) -> None:
    assert names(rec, "He chose Plan B. Then he left.") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # towns of 50,000 to 100,000 people (GeoNames), written mid-sentence, are places
        ("Volunteers drove from Harrogate to help.", "Harrogate"),
        ("The bus was diverted through Oshkosh on Sunday.", "Oshkosh"),
        ("The ferry from Nanaimo arrived late.", "Nanaimo"),
    ],
)
def test_towns_of_fifty_thousand_people_are_places(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Crews in Thunder Bay worked overnight.", "Thunder Bay"),  # the reported shape: "... Bay" a city
        ("Green Bay police said the road was closed.", "Green Bay"),
        ("Tourists flocked to Cape Town beaches.", "Cape Town"),  # a place word first
    ],
)
def test_a_city_named_with_a_place_word_is_a_city(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shape: a sport's or a band's job word before an unknown name
        ("Part-time off-spinner Velu Aramaki had him caught at slip.", "Velu Aramaki"),
        ("Frontman Tadhg Corrigan told the crowd he was tired.", "Tadhg Corrigan"),
        ("The visitors began with opener Naveed Osmani unbeaten on 22.", "Naveed Osmani"),
        # a job or kinship word in commas, and "a ... named"
        ("The boatman, Bounmy Sithong, charged us double.", "Bounmy Sithong"),
        ("His wife, Malee Chanrak, runs cookery classes.", "Malee Chanrak"),
        ("A shop owner named Tavi Renko served tea.", "Tavi Renko"),
    ],
)
def test_job_and_kinship_words_mark_unknown_names_as_people(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n != person and person in n for n, _ in found)  # the job word stays outside


def test_a_congress_defined_by_its_acronym_is_a_body(rec: Recognizer) -> None:
    text = "He won for the United Reform Congress (URC) on Sunday."
    assert {("United Reform Congress", "ORG"), ("URC", "ORG")} <= names(rec, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the reported shape: an unknown name typed by a last word the cue lexicon lacked
        ("The Southern Grain Programme said it would send rice.", "Southern Grain Programme", "ORG"),
        ("A unit of the Coastal Rescue Force spent the night there.", "Coastal Rescue Force", "ORG"),
        ("The study appeared in Harbour Ecology Letters on Monday.", "Harbour Ecology Letters", "ORG"),
        ("It was signed to Blue Heron Records last year.", "Blue Heron Records", "ORG"),
        ("She sells food near the Oduya Market in town.", "Oduya Market", "FAC"),
        ("Walkers used the Kettle Creek Trail on Sunday.", "Kettle Creek Trail", "FAC"),
    ],
)
def test_programmes_forces_journals_labels_markets_and_trails(
    rec: Recognizer, text: str, name: str, label: str
) -> None:
    assert (name, label) in names(rec, text)


@pytest.mark.parametrize(
    ("text", "long_name", "short"),
    [
        # the reported shape: a German firm named by its kind first, then by its own word alone
        (
            "The company will keep the Brauerei Hollfeld name. Many, like Hollfeld, depend on festivals.",
            "Brauerei Hollfeld",
            "Hollfeld",
        ),
        ("It made an offer for Laiteries Morvan, the dairy. Morvan said yes.", "Laiteries Morvan", "Morvan"),
        ("Funding came from the Stiftung Velmar in Kiel. Velmar later said more.", "Stiftung Velmar", "Velmar"),
    ],
)
def test_a_firm_named_by_its_kind_first_and_its_short_form(
    rec: Recognizer, text: str, long_name: str, short: str
) -> None:
    found = names(rec, text)
    assert (long_name, "ORG") in found
    assert (short, "ORG") in found
    assert (short, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Paris food group Garnier-Velay has made an offer. Garnier-Velay said no.", "Garnier-Velay"),
        ("The state investment bank Caixafin holds 6 per cent.", "Caixafin"),
        ("It will sell gas to network operator Nordgas from 2031.", "Nordgas"),
    ],
)
def test_a_kind_of_organisation_before_its_name(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


def test_an_ethnic_group_is_no_organisation(rec: Recognizer) -> None:
    assert not any(label == "ORG" for _, label in names(rec, "The ethnic group Hmong lives here."))


@pytest.mark.parametrize(
    "text",
    [
        "Critics, including the Cyclists' Union, say the ferry is late.",  # a town's name inside a name
        "The 25 Toughest Colleges to Get Into (TheStreet) ran on Monday.",  # no acronym in brackets
        "The measure passed after the group People for the Ethical Treatment of Goats objected.",
    ],
)
def test_no_place_or_organisation_from_a_word_inside_a_longer_name(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(n in ("Union", "Get Into", "People") for n, _ in found), found


def test_a_city_named_after_a_person_stays_a_person_and_a_province_a_place(rec: Recognizer) -> None:
    assert ("Vasco da Gama", "GPE") not in names(rec, "Lorries were diverted to the Vasco da Gama crossing.")
    assert ("Bắc Giang", "GPE") in names(rec, "Buses to Bắc Giang leave at six.")


def test_a_firm_named_after_a_known_person_leaves_the_person_alone(rec: Recognizer) -> None:
    text = "The Instituto Lula said on Monday that Lula would speak."
    assert ("Lula", "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        # the reported shape: a list of languages after "in"
        ("Leaflets are available in Urdu, Punjabi, Somali and Romanian.", ["Urdu", "Punjabi", "Somali", "Romanian"]),
        # after a verb of speaking or learning, with a word between
        ("Tovan spoke Hmong with his sons and learned his Swahili from the radio.", ["Hmong", "Swahili"]),
        ("The singer kept switching between Welsh and Breton mid-verse.", ["Welsh", "Breton"]),
    ],
)
def test_languages_used_as_languages(rec: Recognizer, text: str, languages: list[str]) -> None:
    found = names(rec, text)
    assert {(lang, "LANGUAGE") for lang in languages} <= found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("They ate in Thai restaurants near the port.", "Thai", "NORP"),  # an adjective before a noun
        ("The Irish government said so on Monday.", "Irish", "NORP"),
        ("Fighting spread in Somali and Afar regions.", "Somali", "NORP"),  # a place's name too: no bare "in"
    ],
)
def test_a_language_name_before_a_noun_stays_a_nationality(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found
    assert (name, "LANGUAGE") not in found


def test_a_language_inside_a_longer_name_is_left_alone(rec: Recognizer) -> None:
    assert not any(label == "LANGUAGE" for _, label in names(rec, "He wrote in English Heritage Today on Monday."))


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # the reported shape: a product in apposition to its kind, then named again
        ("Orlo showed its first folding phone, the Orlo Flip, at a launch. The Orlo Flip costs less.", ["Orlo Flip"]),
        ("It also made a smartwatch, the Kite Band 2, which tracks sleep.", ["Kite Band 2"]),
        ("A new assistant called Wren, built on a language model, ships soon.", ["Wren"]),
        # an operating system by its name's end; a company's model by its last word
        ("It runs LumaOS 5 and beats Orlo's Nimbus X Fold on price.", ["LumaOS 5", "Nimbus X Fold"]),
    ],
)
def test_products_named_by_their_kind_or_model_word(rec: Recognizer, text: str, products: list[str]) -> None:
    found = names(rec, text)
    assert {(p, "PRODUCT") for p in products} <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Air Vessa's Flight 447 crashed in 2009.",  # a number of a word is no model
        "She met the model, the actress Ivy Rowe.",  # "model" names no product kind
    ],
)
def test_no_product_from_a_numbered_word_or_a_person(rec: Recognizer, text: str) -> None:
    assert not any(label == "PRODUCT" for _, label in names(rec, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the reported shape: an unknown town after a way of going or a place noun
        ("He took the six-hour trip downstream to Pakbeng with his nephew.", "Pakbeng"),
        ("Thanks to everyone who got the last bus from Ardmoy that night.", "Ardmoy"),
        ("It struck 10 kilometres from the district headquarters of Tolamba on Monday.", "Tolamba"),
        ("Vessa Air now flies daily from Hanoi to Sơn La twice.", "Sơn La"),
        ("I reached Pakbeng at dusk.", "Pakbeng"),
    ],
)
def test_a_town_after_a_way_of_going_or_a_place_noun(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "He is switching from Kestrel to Plover this year.",  # "from ... to" without a way of going
        "Much of the criticism comes from Marwick, the judge.",  # "comes from" a person
        "Crowds gathered outside the headquarters of Yoon's party.",  # a possessive: a person's
    ],
)
def test_no_place_from_a_move_between_things_or_people(rec: Recognizer, text: str) -> None:
    assert not any(label == "GPE" for _, label in names(rec, text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Vaccines were ordered by NHS England on Monday.", "NHS England"),  # the reported shape: an acronym
        ("Public Health Scotland said cases rose.", "Public Health Scotland"),  # a kind word before the place
        ("She studied at Imperial College London and later at Brenmoor University.", "Imperial College London"),
    ],
)
def test_an_organisation_named_with_its_place_is_one_name(rec: Recognizer, text: str, org: str) -> None:
    found = names(rec, text)
    assert (org, "ORG") in found
    assert not any(label == "GPE" for _, label in found)


def test_an_organisation_and_a_place_joined_by_and_stay_two(rec: Recognizer) -> None:
    assert {("EU", "ORG"), ("Britain", "GPE")} <= names(rec, "Officials from the EU and Britain met.")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # the reported shape: a candidate named with the party they stand for, then by surname
        (
            "The commission declared Tade Okonkwo-Bello of the Unity Progress Congress the winner. "
            "Okonkwo-Bello thanked voters.",
            ["Tade Okonkwo-Bello", "Okonkwo-Bello"],
        ),
        ("He polled more than Ada Kemi Ojo of the People's Democratic Front.", ["Ada Kemi Ojo"]),
        ("Votes for Idris Mallam of the Northern Alliance rose.", ["Idris Mallam"]),
    ],
)
def test_a_candidate_named_with_their_party(rec: Recognizer, text: str, people: list[str]) -> None:
    found = names(rec, text)
    assert {(p, "PERSON") for p in people} <= found, found


def test_a_party_of_a_body_is_no_person(rec: Recognizer) -> None:
    assert not any(label == "PERSON" for _, label in names(rec, "Members of the National Party met."))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Deputies from the Harlan County Sheriff's Office arrived.", "Harlan County Sheriff's Office"),
        ("The Oakvale District Attorney's Office declined to comment.", "Oakvale District Attorney's Office"),
        ("A clerk at the Pell City Mayor's Office said no.", "Pell City Mayor's Office"),
    ],
)
def test_an_officers_office_keeps_its_possessive(rec: Recognizer, text: str, org: str) -> None:
    assert (org, "ORG") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the reported shape: a title after its kind of work, small words inside it
        ("They played their second album, Salt on the Wire, from start to finish.", "Salt on the Wire"),
        ("He read from his debut mixtape Harbour Road Hymns, switching styles.", "Harbour Road Hymns"),
        ("Her version of the traditional song Mo Ghile Mear silenced the tent.", "Mo Ghile Mear"),
    ],
)
def test_a_title_after_its_kind_of_work(rec: Recognizer, text: str, title: str) -> None:
    assert (title, "WORK_OF_ART") in names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is a single European market.",  # "single" is no kind of work here
        "She met the album's producer, Ana Ruiz, later.",  # a possessive: a person after it
    ],
)
def test_no_title_without_a_kind_of_work_before_it(rec: Recognizer, text: str) -> None:
    assert not any(label == "WORK_OF_ART" for _, label in names(rec, text))


def test_a_person_after_a_bare_the_film_is_no_title(rec: Recognizer) -> None:
    assert not any(label == "WORK_OF_ART" for _, label in names(rec, "In the film, Marvane joins him."))
