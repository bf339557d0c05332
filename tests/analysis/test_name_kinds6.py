"""Name kinds of issue #16's sixth round, found on heldout6 once it became tuning data. Each kind is
a general mechanism (evidence around a name, the article's own other mentions), tested with names
invented here: the reported shape and variants of our own, and inputs the kind must leave alone."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


# -- an organisation named by its officer right after it ------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        # the reported shape: a one-word insurer, then its chief executive
        (
            "The loss was within budget, Vorlund chief executive Mira Stoltvik told analysts.",
            "Vorlund",
            "Mira Stoltvik",
        ),
        # a two-word firm whose words look like a person's name, before "chairman"
        ("The deal was signed by Tamir Energo chairman Arman Sadykbek on Monday.", "Tamir Energo", "Arman Sadykbek"),
        ("Quillbar spokeswoman Ines Harrowgate declined to comment.", "Quillbar", "Ines Harrowgate"),
        # words that are common and a given name ("Golden") mid-sentence: the capitals are the name's
        ("The fee was confirmed by Golden Oaks chief executive Ama Fosu on Monday.", "Golden Oaks", "Ama Fosu"),
    ],
)
def test_an_officer_after_a_name_makes_it_an_organisation(rec: Recognizer, text: str, org: str, person: str) -> None:
    found = names(rec, text)
    assert (org, "ORG") in found
    assert (person, "PERSON") in found


def test_the_officer_cue_types_the_name_where_the_article_repeats_it(rec: Recognizer) -> None:
    text = (
        "Tamir Energo chief executive Dilya Rakhmet signed the deal.\n\n"
        "Under the agreement, Tamir Energo will supply power in winter."
    )
    assert [label for n, label in names(rec, text) if n == "Tamir Energo"] == ["ORG"]
    assert sum(1 for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == "Tamir Energo") == 2


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a title before "chairman" is no organisation
        ("The talks were led by Deputy Chairman Arman Sadykbek on Monday.", "Arman Sadykbek", "PERSON"),
        # a sentence's first common word is no organisation's name
        ("Former chief executive Tomas Harrowby said costs rose.", "Tomas Harrowby", "PERSON"),
    ],
)
def test_no_organisation_before_an_officer_word_without_one(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found
    assert not any(label == "ORG" for _, label in found)


# -- legal forms of other countries end a firm's name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # the reported shape: a Nordic "ASA" after a firm's name and before its ticker
        (
            "OSLO (Nordwire) - Vorlund Forsikring ASA <VORL.OL> said on Tuesday it expected a loss.",
            "Vorlund Forsikring ASA",
        ),
        ("State-controlled Tamir Gas JSC and its partner signed a deal.", "Tamir Gas JSC"),
        ("Shares of Borvik Shipping AB fell 4% in Stockholm.", "Borvik Shipping AB"),
        ("Cement maker Semen Karsa Tbk raised prices.", "Semen Karsa Tbk"),
    ],
)
def test_a_foreign_legal_form_ends_the_firms_name(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found
    assert not any(n != firm and n in firm for n, _ in found)  # neither half alone


def test_a_firm_with_a_foreign_legal_form_is_its_first_word_later(rec: Recognizer) -> None:
    text = "Vorlund Forsikring ASA said it expected a loss.\n\nVorlund covers the tanker's hull."
    assert ("Vorlund", "ORG") in names(rec, text)


# -- short forms of several words take the long form's type at the article's other mentions -------


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # the reported shape: an Irish surname with its particle, after the full name, mid-sentence
        ("Then Cian Ó Dúnlaing picked a line.\n\nHe gave Ó Dúnlaing the space to step inside.", "Ó Dúnlaing"),
        ("Then Niamh Ó Cearbhaill scored twice.\n\nLater Ó Cearbhaill added a third try.", "Ó Cearbhaill"),
        # a Spanish double surname after the given name
        ("Forward Juan Pérez Lindo scored.\n\nThe home side could not stop Pérez Lindo.", "Pérez Lindo"),
    ],
)
def test_a_surname_of_several_words_is_the_person_later(rec: Recognizer, text: str, short: str) -> None:
    found = names(rec, text)
    assert (short, "PERSON") in found
    assert not any(n != short and n in short for n, _ in found)  # no part of it alone


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # the reported shape: the firm's name without its legal form, in the headline and text
        ("Tam Long Sao to build plant\n\nHANOI - Tam Long Sao JSC said on Tuesday it would invest.", "Tam Long Sao"),
        ("Tam Long Sao JSC said it would invest.\n\nThe chairman of Tam Long Sao spoke.", "Tam Long Sao"),
        (
            "Brenvik Marine Holdings ASA cut costs.\n\nAnalysts expect Brenvik Marine Holdings to recover.",
            "Brenvik Marine Holdings",
        ),
    ],
)
def test_a_firm_without_its_legal_form_is_the_firm(rec: Recognizer, text: str, short: str) -> None:
    found = names(rec, text)
    assert (short, "ORG") in found
    assert not any(label != "ORG" for n, label in found if n == short)
    assert not any(n in short and n != short for n, _ in found)  # no part of it alone


def test_a_club_named_after_its_designator_is_its_name_later(rec: Recognizer) -> None:
    text = "He joins Belgian club KV Westerlo-Noord from Kumasi.\n\nWesterlo-Noord finished fifth last season."
    found = names(rec, text)
    assert ("KV Westerlo-Noord", "ORG") in found
    assert ("Westerlo-Noord", "ORG") in found


def test_a_short_form_inside_a_longer_name_is_left_alone(rec: Recognizer) -> None:
    text = (
        "Niamh Ó Cearbhaill scored twice.\n\nThe Ó Cearbhaill Foundation gave a grant.\n\n"
        "Brenvik Marine ASA said so. Brenvik Marine Holdings is another firm."
    )
    found = names(rec, text)
    assert ("Ó Cearbhaill", "PERSON") not in found
    assert ("Brenvik Marine", "ORG") not in found or ("Brenvik Marine Holdings", "ORG") in found


# -- credit lines: authors with where they write from, photographers with their outlet -----------


@pytest.mark.parametrize(
    ("text", "people", "places"),
    [
        # the reported shape: a wire's credit line naming each reporter's city
        (
            "The ship stayed aground.\n\n(Reporting by Lise Ottesen in Bergen and Rikke Holm Vestergaard in "
            "Aarhus; Editing by Tom Rivers)",
            {"Lise Ottesen", "Rikke Holm Vestergaard", "Tom Rivers"},
            {"Bergen", "Aarhus"},
        ),
        # a byline of two authors, each with a city of several words
        (
            "Gas deal signed\n\nBy Arman Sadykbek in Astana and Dilya Rakhmet in Ho Chi Minh City\n\nThe deal was signed.",
            {"Arman Sadykbek", "Dilya Rakhmet"},
            {"Astana", "Ho Chi Minh City"},
        ),
        ("Cup tie\n\nBy Selin Aydemir in Konya\n\nThe home side won.", {"Selin Aydemir"}, {"Konya"}),
    ],
)
def test_credit_lines_name_authors_and_their_cities(
    rec: Recognizer, text: str, people: set[str], places: set[str]
) -> None:
    found = names(rec, text)
    assert {(p, "PERSON") for p in people} <= found
    assert {(p, "GPE") for p in places} <= found


@pytest.mark.parametrize(
    ("text", "person", "outlet"),
    [
        # the reported shape: a photo credit in brackets at the article's end
        ("He will say goodbye on Sunday.\n\n(Photo: Kojo Mensima/Golden Oaks FC)\n", "Kojo Mensima", "Golden Oaks FC"),
        ("The tour is in doubt.\n\n(Photo: Seo Min-ha/Busan Star Daily)\n", "Seo Min-ha", "Busan Star Daily"),
        # a caption's credit in brackets, after the caption
        (
            "Photo: Two pilots at the air base. (Rashid Al-Amri/Desert Wings Review)\n",
            "Rashid Al-Amri",
            "Desert Wings Review",
        ),
        ("Picture: Tom Rivers/Harbour News", "Tom Rivers", "Harbour News"),
    ],
)
def test_a_photo_credit_is_a_photographer_and_an_outlet(rec: Recognizer, text: str, person: str, outlet: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert (outlet, "ORG") in found


def test_a_slash_in_brackets_outside_a_caption_is_no_credit(rec: Recognizer) -> None:
    text = "The route (Kumasi Road/Harbour Street) was closed."
    found = names(rec, text)
    assert not any(label == "PERSON" for _, label in found)


# -- a person's full name of four or five words ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        # the reported shape: two given names and two surnames, then a surname of two words later
        (
            "Early in the half flanker Juan Ignacio Pérez Lindo barged over.\n\nThey could not stop Pérez Lindo.",
            "Juan Ignacio Pérez Lindo",
            "Pérez Lindo",
        ),
        # a surname's particle inside the name, then the last surname alone
        (
            "The court upheld a ban on former governor Raimundo Tadeu dos Reis Falcão, ending his bid.\n\n"
            "Falcão, 67, governed the state until 2022.",
            "Raimundo Tadeu dos Reis Falcão",
            "Falcão",
        ),
        # a family name first, then three given names
        (
            '"We want more," Kestrel chairwoman Nguyen Thi Thu Ha told reporters.',
            "Nguyen Thi Thu Ha",
            None,
        ),
    ],
)
def test_a_full_name_of_four_or_five_words_is_one_person(
    rec: Recognizer, text: str, person: str, short: str | None
) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n != person and n in person and n != short for n, _ in found)  # no piece of it
    if short is not None:
        assert (short, "PERSON") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # four capitalised words with a kind word are an organisation, not a person
        ("Shares of Carlos Mendes Santos Holdings fell.", "Carlos Mendes Santos Holdings"),
        # a given name as a word of the article is no evidence ("Summer")
        ("Summer Rain Over Lisbon opened last summer.", None),
    ],
)
def test_four_capitalised_words_without_a_persons_shape_are_no_person(
    rec: Recognizer, text: str, name: str | None
) -> None:
    found = names(rec, text)
    assert not any(label == "PERSON" and len(n.split()) >= 4 for n, label in found)
    if name is not None:
        assert (name, "ORG") in found


# -- a syllabic acronym defined in brackets -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # the reported shape: a body's syllabic acronym in brackets, then used alone
        (
            "The Board on Transport (Botrans) has ordered a review.\n\nA Botrans official said the review "
            "would begin in May. Later, Botrans will publish it.",
            "Board on Transport",
            "Botrans",
        ),
        (
            "The Office of Maritime Affairs (Ofmar) fined the owner.\n\nOfmar said the fine stood.",
            "Office of Maritime Affairs",
            "Ofmar",
        ),
    ],
)
def test_a_syllabic_acronym_in_brackets_is_the_body_later(rec: Recognizer, text: str, long: str, short: str) -> None:
    found = names(rec, text)
    assert (long, "ORG") in found
    assert (short, "ORG") in found
    assert sum(1 for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == short) == text.count(short)


def test_a_word_in_brackets_that_is_no_syllabic_acronym_is_no_short_form(rec: Recognizer) -> None:
    text = "The Board on Transport (Halvik) met.\n\nHalvik said so."
    assert ("Halvik", "ORG") not in names(rec, text)


# -- a nickname in quotes inside a person's name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "short"),
    [
        # the reported shape: a title, a given name, a nickname in quotes, a surname and "Jr."
        (
            'She lost to Mayor Eduardo "Eddie" Banaag Jr. by 900 votes.\n\nBanaag said he would appeal.',
            'Eduardo "Eddie" Banaag Jr.',
            "Banaag",
        ),
        # an abbreviated first given name ("Ma." for Maria) and a surname with particles
        ('Sen. Ma. Lourdes "Malou" de la Paz, who chairs the panel, spoke.', 'Ma. Lourdes "Malou" de la Paz', None),
        # a given name no list holds, after a title; a hyphenated surname later alone
        (
            'The court backed Councillor Marites "Tess" Villareal-Cruz on Monday.\n\nVillareal-Cruz declined to comment.',
            'Marites "Tess" Villareal-Cruz',
            "Villareal-Cruz",
        ),
    ],
)
def test_a_nickname_in_quotes_is_inside_the_persons_name(
    rec: Recognizer, text: str, person: str, short: str | None
) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n != person and n in person and n != short for n, _ in found)  # no piece of it
    if short is not None:
        assert (short, "PERSON") in found


def test_a_quoted_word_inside_a_name_that_is_no_persons_is_no_nickname(rec: Recognizer) -> None:
    found = names(rec, 'He sang at the Harbour "Nights" Festival last year.')
    assert not any(label == "PERSON" for _, label in found)


# -- a language by the words after it -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the reported shape: a census's "mother tongue"
        ("Half its residents report Gujarati as their mother tongue, down from 61 per cent.", "Gujarati"),
        ("The minister responsible for the Welsh language rejected that.", "Welsh"),
        ("Young Basque-speaking families moved to the town.", "Basque"),
        ("She has Tamil as a first language.", "Tamil"),
    ],
)
def test_a_language_named_as_a_language_by_the_words_after_it(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found
    assert (language, "NORP") not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Charter of the Welsh Language was amended.", "Charter of the Welsh Language", "LAW"),
        ("A Basque-born chef opened a restaurant in Bilbao.", "Bilbao", "GPE"),
    ],
)
def test_a_language_word_inside_a_name_or_before_born_is_no_language(
    rec: Recognizer, text: str, name: str, label: str
) -> None:
    found = names(rec, text)
    assert not any(lab == "LANGUAGE" for _, lab in found)
    assert (name, label) in found


# -- kind words and kind nouns: teams, agencies, ensembles, series, streets -----------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the reported shapes: a club by its last word, an agency by "Management", a team after "side"
        ("Royal Oaks face Dunmore United at home on Sunday.", "Dunmore United", "ORG"),
        ("His agent, Musa Ndour of Teranga Sports Management, said so.", "Teranga Sports Management", "ORG"),
        ("Premier League side Tamale Golden Eagles have accepted a fee.", "Tamale Golden Eagles", "ORG"),
        ("Saudi side Al-Waha Club were reported to have offered more.", "Al-Waha Club", "ORG"),
        # a firm after where it is based
        ("Clubs were reported by Accra-based Kente Sports to have offered more.", "Kente Sports", "ORG"),
        # an ensemble, a series of events, a crescent
        ("He was elected in 2025 for the municipal party Rigaud Ensemble.", "Rigaud Ensemble", "ORG"),
        ("Ireland closed the Winter Nations Series with a third win.", "Winter Nations Series", "EVENT"),
        ("The tower would be visible from the Lansdown Crescent and the hills.", "Lansdown Crescent", "FAC"),
    ],
)
def test_kind_words_and_nouns_type_the_name(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found
    assert not any(n != name and n in name for n, _ in found)


def test_a_person_after_based_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "The London-based Sarah Okafor said so.")
    assert ("Sarah Okafor", "PERSON") in found


# -- administrative regions and natural parks -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the reported shapes: an administrative region, a national park
        ("The pipeline crosses Zhambyl Region before it reaches the border.", "Zhambyl Region", "GPE"),
        ("Police in Durham Region said two men were charged.", "Durham Region", "GPE"),
        ("The fire burned through Tallowa Gorge National Park for a week.", "Tallowa Gorge National Park", "LOC"),
        ("Divers surveyed Kestrel Bay Marine Park on Monday.", "Kestrel Bay Marine Park", "LOC"),
        # a built park stays a facility
        ("Fans gathered at Riverside Amusement Park.", "Riverside Amusement Park", "FAC"),
    ],
)
def test_regions_and_parks_by_their_kind(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)


# -- nationalities of two parts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "norp"),
    [
        # the reported shapes: a hyphenated identity, a point of the compass before a nationality
        ("Jiyu, a Korean-Canadian singer, joined the group in 2021.", "Korean-Canadian"),
        ("The ruling angered the Japanese-Peruvian community in the state.", "Japanese-Peruvian"),
        ("He is the most expensive West African player sold by the club.", "West African"),
        ("Central Asian governments signed the accord.", "Central Asian"),
    ],
)
def test_a_nationality_of_two_parts_is_one(rec: Recognizer, text: str, norp: str) -> None:
    found = names(rec, text)
    assert (norp, "NORP") in found
    assert not any(n != norp and n in norp for n, _ in found)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("A Saudi-Dutch consortium won the tender.", "Saudi", "Dutch"),
        ("He said a Japanese-Chinese collaboration's detector was planned.", "Japanese", "Chinese"),
    ],
)
def test_two_nations_working_together_stay_two(rec: Recognizer, text: str, first: str, second: str) -> None:
    assert {(first, "NORP"), (second, "NORP")} <= names(rec, text)


# -- a maker's name and a model's code ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # the reported shape: a maker and a model code, then the code alone
        (
            "Shares of Aerovia rose after it sold 40 Aerovia A350-1000 jets.\n\nDelays to the A350-1000 programme hurt.",
            {"Aerovia A350-1000", "A350-1000"},
        ),
        (
            "Shares of Aerovia rose.\n\nRivals weighed the Aerovia 787-9 and the Aerovia 777X.",
            {"Aerovia 787-9", "Aerovia 777X"},
        ),
        ("Shares of Aerovia rose.\n\nIt also ordered 25 Aerovia A321neo jets.", {"Aerovia A321neo"}),
    ],
)
def test_a_makers_name_and_a_model_code_are_a_product(rec: Recognizer, text: str, products: set[str]) -> None:
    found = names(rec, text)
    assert {(p, "PRODUCT") for p in products} <= found
    assert ("Aerovia", "ORG") in found  # the maker alone stays the maker


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Aerovia rose on Aerovia Q3 results and Aerovia 2025 guidance.",
        "Shares of Aerovia rose.\n\nAerovia 300 workers struck.",
    ],
)
def test_a_quarter_a_year_or_a_count_after_a_maker_is_no_model(rec: Recognizer, text: str) -> None:
    assert not any(label == "PRODUCT" for _, label in names(rec, text))


# -- organisations by a listing code, a list after their kind, a maker of a thing -----------------


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the reported shapes: a listing code after the name, a list after a plural kind, "printer maker"
        (
            "Clients include units of Taiwan's Qinglan Precision Works <2391.TW> and others.",
            {"Qinglan Precision Works"},
        ),
        ("Buyers turned to cheaper models from Chinese brands such as Velocar and Ruiteng.", {"Velocar", "Ruiteng"}),
        ("It lists lenders including Banco Rialto, Norvik and Estgrid among its backers.", {"Norvik", "Estgrid"}),
        ("It counts Japanese printer maker Kurogane Optics among its customers.", {"Kurogane Optics"}),
        # a participle before the name is no part of it
        ("State-controlled Tovek Gas JSC <TVK.KZ> signed the deal.", {"Tovek Gas JSC"}),
    ],
)
def test_organisations_by_listing_code_list_or_maker(rec: Recognizer, text: str, orgs: set[str]) -> None:
    found = names(rec, text)
    assert {(o, "ORG") for o in orgs} <= found


def test_people_listed_after_a_kind_stay_people(rec: Recognizer) -> None:
    found = names(rec, "Rivals including Maria Okafor and Tom Rivers spoke.")
    assert ("Maria Okafor", "PERSON") in found


# -- bylines: a title before the author, a venue after --------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dark matter hunt\n\nBy Dr Anjali Raghavan, Science Correspondent\n\nPhysicists met.", "Anjali Raghavan"),
        (
            "Late try\n\nBy Eoin Mac Giolla Bhríde at the Harbour Stadium\n\nFor 75 minutes it rained.",
            "Eoin Mac Giolla Bhríde",
        ),
        ("Cup tie\n\nBy Prof. Tomas Harrowby\n\nThe home side won.", "Tomas Harrowby"),
    ],
)
def test_a_bylines_author_without_title_and_before_a_venue(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(label == "PERSON" and n != person and person in n for n, label in found)


# -- things named by their kind: detectors, experiments, ships ------------------------------------


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # the reported shapes: a code in apposition with its kind, "the X experiment", a tanker
        ("The first results from KORVA-3, a detector holding 9 tonnes of argon, were shown.", "KORVA-3"),
        ("The record was set by the QZ experiment in South Dakota.", "QZ"),
        ("She leads the HAXO axion experiment in Seattle.", "HAXO"),
        ("The grounding of the product tanker Baltic Terne off Hirtshals cost $40 mln.", "Baltic Terne"),
        ("It hopes to pump the cargo into a lightering tanker, the Lesso Star, before Thursday.", "Lesso Star"),
    ],
)
def test_things_named_by_their_kind_are_products(rec: Recognizer, text: str, product: str) -> None:
    found = names(rec, text)
    assert (product, "PRODUCT") in found
    assert not any(n == product and label != "PRODUCT" for n, label in found)


def test_a_kind_after_a_country_or_a_person_makes_no_product(rec: Recognizer) -> None:
    found = names(rec, "Trials of the US drug began. Maria Okafor, the vessel's captain, said so.")
    assert not any(label == "PRODUCT" for _, label in found)


def test_a_thing_typed_once_is_that_thing_at_its_other_mentions(rec: Recognizer) -> None:
    text = "KORVA-3, a detector holding argon, saw nothing.\n\nKORVA-3 will run until 2030."
    assert [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == "KORVA-3"] == [
        "PRODUCT",
        "PRODUCT",
    ]


# -- a team named by its captain, coach or manager; a typed name inside a longer one --------------


@pytest.mark.parametrize(
    ("text", "team", "person"),
    [
        ('"We were patient," he said.\n\nOdrava coach Tomasz Krawiec blamed fatigue.', "Odrava", "Tomasz Krawiec"),
        ("The club confirmed that Dunmore Rovers manager Ellis Harrow had resigned.", "Dunmore Rovers", "Ellis Harrow"),
        ("He was called up by Tamale Eagles captain Kojo Mensima.", "Tamale Eagles", "Kojo Mensima"),
    ],
)
def test_a_teams_captain_coach_or_manager_names_the_team(rec: Recognizer, text: str, team: str, person: str) -> None:
    found = names(rec, text)
    assert (team, "ORG") in found
    assert (person, "PERSON") in found


def test_a_country_before_its_coach_stays_a_country(rec: Recognizer) -> None:
    assert ("Argentina", "GPE") in names(rec, "Argentina coach Matías Bertoldi was furious.")


def test_a_name_typed_once_is_not_cut_out_of_a_longer_name(rec: Recognizer) -> None:
    text = "Kaya scored twice against Odrava Wrocław on Sunday.\n\nOdrava coach Tomasz Krawiec blamed fatigue."
    found = names(rec, text)
    assert ("Odrava", "ORG") in found
    assert ("Odrava", "ORG") not in {
        (text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text)) if m.start < 40
    }


# -- a region whose last words are a known place alone --------------------------------------------


@pytest.mark.parametrize(
    ("text", "region", "part"),
    [
        ("The report goes to the Governor of New South Wales by June 30.", "New South Wales", "Wales"),
        ("He moved to South Australia in 2019.", "South Australia", "South"),
        ("Farmers in Western Australia said so.", "Western Australia", "Western"),
    ],
)
def test_a_region_named_with_a_known_place_is_the_whole_region(
    rec: Recognizer, text: str, region: str, part: str
) -> None:
    found = names(rec, text)
    assert (region, "GPE") in found
    assert not any(n == part for n, _ in found)
