"""Name kinds of issue #16's seventh round, found on heldout7 once it became tuning data. Each kind is
general evidence a rule-based recogniser can use without a model (the article's other mentions of
a name, its shape, the words around it), tested with the reported shape and variants invented
here, plus inputs the kind must leave alone."""

from __future__ import annotations

import pytest
from name_helpers import Art, keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


# -- any word of a person's full name, written alone later, is that person --------------------------


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # the reported shape: a family name first, then the family name alone at a sentence's start
        (
            "Tay Wen Hock, 52, a trader, was jailed on Friday.\n\nTay was a director of two firms.",
            "Tay",
            "Tay Wen Hock",
        ),
        # the first of two surnames after two given names
        (
            "Rodrigo Andrés Quenaya Ibarra, the union's leader, spoke first.\n\nQuenaya said the offer was too low.",
            "Quenaya",
            "Rodrigo Andrés Quenaya Ibarra",
        ),
        # a given name no list holds, used alone later as news copy in some countries does
        (
            "The firm was founded by Selam Gebrezgi in 2021.\n\nSelam said the money would arrive next month.",
            "Selam",
            "Selam Gebrezgi",
        ),
    ],
)
def test_a_word_of_a_full_name_alone_is_the_person(rec: Recognizer, text: str, short: str, full: str) -> None:
    assert keys(rec, text, short) == [("PERSON", f"PERSON:{full}")]


def test_a_relation_does_not_make_a_persons_name_an_organisation(rec: Recognizer) -> None:
    """A relation ("owned by X") types X an organisation, but the article names a person X ("Batu Dorjsuren
    told reporters"): the person's name wins, every mention of it."""
    text = (
        "Batu Dorjsuren told reporters the listing would go ahead.\n\n"
        "The miner is 60% owned by Dorjsuren and his brother. Dorjsuren said sales would double."
    )
    assert keys(rec, text, "Dorjsuren") == [("PERSON", "PERSON:Batu Dorjsuren")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # a word two people of the article share is neither's
        "Tay Wen Hock and Tay Lin Mei were charged.\n\nTay was a director.",
        # a word the article also writes in lower case is a word
        "Lindo Park Rivas spoke.\n\nPark officials said the gates would close at dusk; the park stays shut.",
        # a word written beside other capitalised words is a word of several names, no one's
        "Keel Bravanto, a tester, said the skis were stiff.\n\nKeel was stiff; the Keel 108 and Blister Keel were softer.",
    ],
)
def test_an_ambiguous_or_common_word_of_a_name_is_left_alone(rec: Recognizer, text: str) -> None:
    short = text.split("\n\n")[1].split(maxsplit=1)[0]
    assert all(label != "PERSON" for label, _ in keys(rec, text, short))


# -- bare initials before a surname (results lines) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shape: a stage's results line
        (
            "Tarik Welde won the stage.\n\nSTAGE 4 (Ampang - Raub, 140km): 1 T Welde (Eritrea) 3hr 50min; 2 P Osk at 4sec",
            "T Welde",
        ),
        # two initials before a double surname
        (
            "Jhon Fredy Quintero Llano was second.\n\nResults: 1 J F Quintero Llano (Colombia) 2hr 01min",
            "J F Quintero Llano",
        ),
        # an initial with a diacritic
        ("Žan Merkun was third.\n\n3 Ž Merkun (Slovenia) at 9sec", "Ž Merkun"),
    ],
)
def test_bare_initials_are_part_of_the_name(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)


def test_a_lone_a_or_i_is_no_initial(rec: Recognizer) -> None:
    text = "Tarik Welde won.\n\nIt was a day I Welde fans will remember, and A Welde win at last."
    found = names(rec, text)
    assert ("I Welde", "PERSON") not in found and ("A Welde", "PERSON") not in found


# -- a surname's particle, capitalised at a sentence's start ------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shape
        ("Its leader, Pieter-Jan de Kluiver, a farmer, spoke.\n\nDe Kluiver said the levy was unfair.", "De Kluiver"),
        ("The engineer Marieke van Olst led the survey.\n\nVan Olst said the dyke had held.", "Van Olst"),
        ("Inspector Paolo di Venzone spoke.\n\nDi Venzone said the bridge was safe.", "Di Venzone"),
    ],
)
def test_a_capitalised_particle_at_a_sentence_start_stays_with_the_surname(
    rec: Recognizer, text: str, person: str
) -> None:
    assert (person, "PERSON") in names(rec, text)
    assert (person.split()[1], "PERSON") not in names(rec, text)


# -- a one-word name after "a man named" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shape: an ancient official known by one (hyphenated) name
        ("The tomb belonged to a man named Hori-Amenem, who kept the granaries.", "Hori-Amenem"),
        ("The boat was rented by a woman named Tafrout, a teacher.", "Tafrout"),
        ("A fisherman named Okonkwaro found the wreck.", "Okonkwaro"),
    ],
)
def test_a_one_word_name_after_named_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)


def test_named_after_a_thing_is_no_person(rec: Recognizer) -> None:
    text = "They built a ship named Valkyrie in the yard."
    assert ("Valkyrie", "PERSON") not in names(rec, text)


# -- a language after "translated from the", and its other mentions in the article -----------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the reported shape: a shortlist's line
        ("The Long Harbour by Mira Szalai, translated from the Hungarian by Tom Avery (Pell Press).", "Hungarian"),
        ("Her memoir, translated from the Estonian by Rhys Colter, sold well.", "Estonian"),
        ("Eleven stories, translated from the Basque, won the prize.", "Basque"),
    ],
)
def test_a_language_after_translated_from_the(rec: Recognizer, text: str, language: str) -> None:
    assert (language, "LANGUAGE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the reported shape: the headline lists the languages, the text says "in X" once and
        # uses the word before a noun (where "in X" had made a place of every mention)
        (
            "Novels from Kannada and Slovak lead shortlist\n\n"
            "A Kannada family saga leads the list. Its author is the first writer in Kannada to be shortlisted.",
            "Kannada",
        ),
        (
            "Prize list\n\nThe Telugu diaspora in Canada loved it. It is the first novel in Telugu to win.",
            "Telugu",
        ),
        (
            "Gujarati poets honoured\n\nA Gujarati family farm hosted the reading, given in Gujarati and English.",
            "Gujarati",
        ),
    ],
)
def test_a_language_used_as_one_is_that_language_or_its_people_elsewhere(
    rec: Recognizer, text: str, language: str
) -> None:
    labels = {m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == language}
    assert labels <= {"LANGUAGE", "NORP"} and "LANGUAGE" in labels
    before_noun = text.index(f"{language} ", text.index("\n\n"))
    [m] = [m for m in rec.recognize(Art("x", text)) if m.start == before_noun]
    assert m.label == "NORP"


def test_a_compound_nationality_keeps_its_parts(rec: Recognizer) -> None:
    """A compound ("Korean-American") is one nationality even where the article uses "Korean" as a language."""
    text = "The singer, a Korean-American, held up banners in Korean and English."
    found = names(rec, text)
    assert ("Korean-American", "NORP") in found and ("Korean", "LANGUAGE") in found


# -- a legislator's party letter and home, a state's initials in a dateline ------------------------


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # the reported shape: AP style, the party's letter and the home town in commas
        ("House Speaker Ramon Quintana, D-Los Lunas, said he hoped to pass a bill.", "Ramon Quintana", "Los Lunas"),
        ("Minority Leader Dale Farrow, R-Artesia, said it spent too much.", "Dale Farrow", "Artesia"),
        # in brackets, a state's initials
        ("The bill was filed by Sen. Nora Pell (D-N.M.) on Monday.", "Nora Pell", "N.M."),
    ],
)
def test_a_party_letter_and_home_make_a_place(rec: Recognizer, text: str, person: str, place: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found and (place, "GPE") in found
    assert not any(n.startswith(("D-", "R-")) for n, _ in found)


@pytest.mark.parametrize(
    ("text", "place", "state"),
    [
        # the reported shape
        ("SANTA FE, N.M. (AP) — The budget stalled on Monday.", "SANTA FE", "N.M."),
        ("TRENTON, N.J. (AP) — Lawmakers met on Friday.", "TRENTON", "N.J."),
        ("WASHINGTON, D.C. (AP) — Congress met.", "WASHINGTON", "D.C."),
    ],
)
def test_a_states_initials_in_a_dateline_are_a_place(rec: Recognizer, text: str, place: str, state: str) -> None:
    found = names(rec, text)
    assert (place, "GPE") in found and (state, "GPE") in found


# -- "and" inside a body's name: fields of activity, fields of two words ----------------------------


@pytest.mark.parametrize(
    "org",
    [
        # the reported shapes: a committee and a party named by fields of activity
        "Planning and Budget Committee",
        "Justice and Development Party",
        "Housing and Transport Agency",
    ],
)
def test_fields_of_activity_joined_by_and_are_one_name(rec: Recognizer, org: str) -> None:
    text = f"The report goes to the {org}, which meets in January, officials said."
    assert (org, "ORG") in names(rec, text)


def test_two_firms_joined_by_and_stay_two(rec: Recognizer) -> None:
    """A made-up firm's name before "and" is a name of its own ("owned by Estgrid and Latvenergo
    Transmission"), as before."""
    text = "The line is owned by Korvale and Pendrith Transmission, the regulator said."
    found = names(rec, text)
    assert ("Korvale and Pendrith Transmission", "ORG") not in found


@pytest.mark.parametrize(
    "ministry",
    [
        # the reported shapes: a field of two words, with and without a list before "and"
        "Ministry of Infrastructure and Water Management",
        "Ministry of Environment, Urbanisation and Climate Change",
        "Ministry of Housing and Urban Renewal",
    ],
)
def test_a_ministry_of_fields_of_two_words(rec: Recognizer, ministry: str) -> None:
    text = f"The {ministry} pays most of the cost, the board said."
    assert (ministry, "ORG") in names(rec, text)


def test_a_body_of_its_own_after_and_is_no_field(rec: Recognizer) -> None:
    text = "The Ministry of Defence and Home Office said the plan was sound."
    assert ("Ministry of Defence and Home Office", "ORG") not in names(rec, text)


# -- bylines: a name in capitals then the outlet, a correspondent's "From NAME in Place" ------------


@pytest.mark.parametrize(
    ("byline", "person", "outlet"),
    [
        # the reported shape: AP's byline, the author in capitals and the agency in title case
        ("By MARGARITA OCHOA-LUNDY Associated Press", "MARGARITA OCHOA-LUNDY", "Associated Press"),
        ("By TOM HARKIN Reuters", "TOM HARKIN", "Reuters"),
        ("By JUNE ABARA Kestrel News Service", "JUNE ABARA", "Kestrel News Service"),
    ],
)
def test_a_byline_in_capitals_then_its_outlet(rec: Recognizer, byline: str, person: str, outlet: str) -> None:
    text = f"Lawmakers deadlock\n\n{byline}\n\nThe budget stalled on Monday, officials said."
    found = names(rec, text)
    assert (person, "PERSON") in found and (outlet, "ORG") in found


@pytest.mark.parametrize(
    ("byline", "person", "place"),
    [
        # the reported shape: a correspondent's byline with where they write from
        ("From ROSNAH BINTI ISHAK in Cameron Highlands", "ROSNAH BINTI ISHAK", "Cameron Highlands"),
        ("From DEV KHANNA in Shimla", "DEV KHANNA", "Shimla"),
        ("From ADAEZE OBI", "ADAEZE OBI", None),
    ],
)
def test_a_correspondents_from_byline(rec: Recognizer, byline: str, person: str, place: str | None) -> None:
    text = f"Rider takes yellow\n\n{byline}\n\nThe stage was won on the last climb, officials said."
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert place is None or (place, "GPE") in found
    assert not any(label == "ORG" for _, label in found)


def test_a_from_heading_in_title_case_is_no_byline(rec: Recognizer) -> None:
    text = "Notes\n\nFrom Hollow Ridge Farms\n\nThe stage was won on the last climb."
    assert ("Hollow Ridge Farms", "PERSON") not in names(rec, text)


# -- military and police ranks are titles -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shape: an inverted attribution with a rank
        ('"Nobody wins these games," said Colonel Tiina Vesker, the centre\'s director.', "Tiina Vesker"),
        ('"We held," said Lieutenant Colonel Aivar Roos on Friday.', "Aivar Roos"),
        ("Detective Inspector Rhona Gall said the van was found.", "Rhona Gall"),
    ],
)
def test_a_rank_is_no_part_of_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n != person and n.endswith(person) for n, _ in found)


# -- a ruler's number after the name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the reported shape: a pharaoh known by one name and his number, no title before it
        ("The tomb of a scribe who served under Sethenu II was found near the pyramid.", "Sethenu II"),
        # a given name; another unknown name
        ("The palace was built for Louis XIV and later sold.", "Louis XIV"),
        ("Coins from the reign of Tahmuret IX were found in the sand.", "Tahmuret IX"),
    ],
)
def test_a_regnal_number_is_part_of_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(label == "ORG" for _, label in found)


@pytest.mark.parametrize(
    "text",
    [
        "Funding under Title IX was cut after Phase II of the review.",
        "The council met before World War II ended.",
    ],
)
def test_numbered_things_are_no_rulers(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(label in ("PERSON", "ORG") for _, label in found)


# -- a bill's or a station's number is part of its name ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the reported shape: a state bill by its chamber and number
        ("He hoped to pass a bill, House Bill 1, that funds schools.", "House Bill 1", "LAW"),
        ("Senate Bill 214 died in committee on Friday.", "Senate Bill 214", "LAW"),
        ("She presents a show on BBC Radio 3 on Sundays.", "BBC Radio 3", "ORG"),
    ],
)
def test_a_number_after_bill_or_radio_is_part_of_the_name(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found
    assert not any(kind == "CARDINAL" for _, kind in found)


def test_an_amount_after_the_name_is_no_part_of_it(rec: Recognizer) -> None:
    text = "The House Bill 3 million people read was long."
    assert ("House Bill 3", "LAW") not in names(rec, text)


# -- a place's kind word ends its name, whatever the word before it ------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # the reported shapes: a given name or a word before a kind word no list held
        ("The climb to Genting Highlands decided the race on Friday.", "Genting Highlands", "LOC"),
        ("It would harm the setting of Grosvenor Place, a listed terrace.", "Grosvenor Place", "FAC"),
        ("He was stopped at Woodlands Checkpoint with the documents.", "Woodlands Checkpoint", "FAC"),
        ("Homes in Amberley Heights flooded overnight.", "Amberley Heights", "LOC"),
        ("The ferry left from Trevane Quay at dawn.", "Trevane Quay", "FAC"),
    ],
)
def test_a_place_kind_word_types_the_name(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)


# -- an acronym in another language's order defines the body after "of the" -------------------------


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # the reported shape: a person "of the" a party whose acronym is in its own language's order
        (
            "Opposition senator Ilinca Dobrescu-Vlad of the Social Democratic Party (PSD) said she would appeal.",
            "Ilinca Dobrescu-Vlad",
            "Social Democratic Party",
        ),
        (
            "The motion, said lawmaker Ivo Brandt of the Christian Democratic Union (UCD), would fail.",
            "Ivo Brandt",
            "Christian Democratic Union",
        ),
        (
            "A spokeswoman, Mira Kallas of the National Reform Party (PRN), said the vote was close.",
            "Mira Kallas",
            "National Reform Party",
        ),
    ],
)
def test_a_person_of_a_body_defined_by_its_acronym(rec: Recognizer, text: str, person: str, org: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found and (org, "ORG") in found


# -- a possessive ends a listed name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        # the reported shape: a bank's branch named by its city after the possessive
        (
            "It borrowed from lenders including Straits Mercantile Bank and Bank Tanjung Permai's Singapore branch.",
            "Bank Tanjung Permai",
            "Singapore",
        ),
        ("Its rivals such as Norrvik Fibre's Oslo unit cut prices.", "Norrvik Fibre", "Oslo"),
        ("It hired firms including Caldera Ventures and Quarrow Tide's London office.", "Quarrow Tide", "London"),
    ],
)
def test_a_possessive_ends_a_listed_name(rec: Recognizer, text: str, org: str, place: str) -> None:
    found = names(rec, text)
    assert (org, "ORG") in found and (place, "GPE") in found


def test_a_possessive_inside_a_name_stays(rec: Recognizer) -> None:
    text = "Parties such as Polish People's Party and Civic Platform objected."
    assert ("Polish People's Party", "ORG") in names(rec, text)


# -- a shouted word of a run-in label is no acronym where the article writes it in lower case -------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the reported shape: a market report's run-in label
        ("TEA AUCTION: High-growns firm on demand\n\nThe tea sold well at the weekly sale, brokers said.", "TEA"),
        ("RICE PRICES: Exporters hold firm\n\nThe rice harvest was late this year, traders said.", "RICE"),
        ("WOOL SALE: Fine grades ease\n\nWool buyers held back as wool stocks rose, brokers said.", "WOOL"),
    ],
)
def test_a_shouted_label_word_is_no_acronym(rec: Recognizer, text: str, word: str) -> None:
    assert (word, "ORG") not in names(rec, text)


def test_an_acronym_in_a_label_stays_an_organisation(rec: Recognizer) -> None:
    text = "IMF REVIEW: Talks end early\n\nThe fund's staff left on Friday, officials said."
    assert ("IMF", "ORG") in names(rec, text)


# -- a firm's short name without its trade and legal form; a bracketed legal form ----------------------


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # the reported shape: a trading firm, then its first two words
        (
            "He was a director of Coralwick Spice Trading Pte Ltd, which traded pepper.\n\n"
            "The fraud came to light when Coralwick Spice failed to repay several loans.",
            "Coralwick Spice Trading Pte Ltd",
            "Coralwick Spice",
        ),
        # a bracketed legal form, then the firm's first word alone
        (
            "Prices rose, according to Ravanel Brokers (Pvt) Ltd.\n\n"
            '"Demand was firm," Ravanel director Ajith Perera said.',
            "Ravanel Brokers (Pvt) Ltd",
            "Ravanel",
        ),
        (
            "The mill is owned by Karoo Fibre Holdings (Pty) Ltd, the filing showed.\n\nKaroo Fibre said output rose.",
            "Karoo Fibre Holdings (Pty) Ltd",
            "Karoo Fibre",
        ),
    ],
)
def test_a_firms_short_name_leaves_out_its_trade_and_legal_form(
    rec: Recognizer, text: str, long: str, short: str
) -> None:
    found = names(rec, text)
    assert (long, "ORG") in found and (short, "ORG") in found
    assert keys(rec, text, short) == keys(rec, text, long)
