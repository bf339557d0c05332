"""Names a new user's corpus typed wrong (issue #16, t13ai N6–N8, t13ah-r N7, R1, S5; round s41-y2).

- A firm written as one word that closes in its trade ("Taipower", t13ai N6) was no entity, while
  Quotes listed it as a Person: it is an organisation, for entities and speakers alike.
- An airline "<initials or people> Air" ("EVA Air", t13ai N7) was an ORG "EVA" and a PERSON "Air".
- Words in capitals after a terminal's colour code ("\\x1b[31mRED ALERT", "\\x1b[32mGREEN", t13ai N8,
  t13ah-r N7) were organisations: a console's styled banner names nothing.
- A newspaper's name opening with its article, alone on its line ("Le Dauphiné", t13ah-r S5), was
  a PERSON: it is the paper, an ORG.
- A body named by its members' trade ("Garment Workers Solidarity Federation", t13ah-r R1) took a
  lone "Garment" of "Garment unions" for its short form: that first word is a common noun.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

HEAD = "Storm hits the island\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        # the reported input (t13ai's Harbour Herald and Nordic pages)
        ("Taipower says 412,000 households are without electricity.", "Taipower"),
        # variants of my own: another stem, another trade mid-sentence
        ("Kestrelpower says the lines are down.", "Kestrelpower"),
        ("The grid failed twice, and Nordenergy blamed the wind.", "Nordenergy"),
    ],
)
def test_firm_in_one_word_with_its_trade_is_an_organisation(rec: Recognizer, sentence: str, firm: str) -> None:
    assert (firm, "ORG") in names(rec, HEAD + sentence)


def test_compound_words_of_those_trades_stay_no_name(rec: Recognizer) -> None:
    found = names(rec, HEAD + "Manpower was short, and the Riverbank path flooded near the riverbank.")
    assert not any(label == "ORG" for _, label in found), found


@pytest.mark.parametrize(
    ("sentence", "carrier"),
    [
        # the reported input (t13ai's AP wire)
        ("EVA Air and China Airlines said 240 flights were cancelled.", "EVA Air"),
        # variants of my own: a people's name before "Air", initials mid-sentence
        ("Thai Air said flights were grounded on Monday.", "Thai Air"),
        ("Both KLX Air and Garuda cancelled flights.", "KLX Air"),
    ],
)
def test_airline_named_air_is_one_organisation(rec: Recognizer, sentence: str, carrier: str) -> None:
    found = names(rec, HEAD + sentence)
    assert (carrier, "ORG") in found, found
    assert ("Air", "PERSON") not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # the reported inputs (t13ai's hostile file, t13ah-r's N7/a)
        "The blog says \x1b[31mRED ALERT\x1b[0m and \x07bell\x07 characters.",
        "\x1b[32mGREEN alert was raised by the city.",
        # a variant of my own: another code (bold blue), two words
        "The sign showed \x1b[1;34mBLUE ZONE\x1b[0m over the road.",
    ],
)
def test_words_styled_by_a_terminal_code_are_no_organisation(rec: Recognizer, sentence: str) -> None:
    found = names(rec, HEAD + sentence)
    assert not any(label == "ORG" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        # the reported input (t13ag's Labourwire feed)
        (
            "DHAKA - Garment unions on Friday demanded the arrest of the owner. Shirin Begum is "
            "president of the Garment Workers Solidarity Federation.",
            "Garment",
        ),
        # variants of my own: other trades, other members
        ("Mine owners said the pits were safe, according to the Mine Workers Federation.", "Mine"),
        ("Textile unions marched behind the Textile Employees Federation banner.", "Textile"),
    ],
)
def test_members_trade_alone_is_no_short_form(rec: Recognizer, text: str, trade: str) -> None:
    found = names(rec, HEAD + text)
    assert not any(name == trade for name, _ in found), found


def test_a_firms_first_word_is_still_its_short_form(rec: Recognizer) -> None:
    found = names(rec, HEAD + "Quillfen Systems said the plant shut. Quillfen said more.")
    assert ("Quillfen", "ORG") in found, found


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        # the reported input (t13ah-r's N15/a fr.txt: the outlet's line under the headline)
        (
            "Avalanche dans les Alpes\nLe Dauphiné\n3 février 2026\n\nUne avalanche a emporté trois skieurs.\n",
            "Le Dauphiné",
        ),
        # variants of my own: another paper over a date, one alone closing the page
        (
            "Storm hits\nLe Courrier\n3 March 2026\n\nThe storm hit the coast on Monday, officials said.\n",
            "Le Courrier",
        ),
        ("Storm hits\n\nThe storm hit the coast on Monday.\n\nEl Comercio\n", "El Comercio"),
    ],
)
def test_newspaper_named_with_its_article_alone_on_a_line_is_no_person(rec: Recognizer, text: str, paper: str) -> None:
    found = names(rec, text)
    assert (paper, "PERSON") not in found, found
    assert (paper, "ORG") in found, found


def test_a_person_with_such_a_particle_in_a_sentence_stays_a_person(rec: Recognizer) -> None:
    assert ("Le Pen", "PERSON") in names(rec, HEAD + "Le Pen said the storm hit the coast.")
