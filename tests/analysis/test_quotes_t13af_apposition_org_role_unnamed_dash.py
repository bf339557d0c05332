"""Four kinds of speaker the quote recogniser lost or got wrong (t13af N5, N14, N21, N6):

* "The owner of the container ship Sea Falcon, Brandt Lines, said …" credits the organisation in
  apposition, never the ship or product the recogniser typed as a thing (the capitalised run of
  its name was taken for a person's and preferred to the organisation);
* 'Lenna Ferries spokesman Piet Lorn: "…"' credits the person: an organisation's name before the
  role changes nothing ('Harbour director Sigrid Holm: "…"' already worked);
* '"…," said one pharmacist in Nantes.' never credits the town: the speaker is unnamed, the town
  only where they are;
* a dash signature typed with a hyphen or two ('"…" - Rosa Quint, mayor of Delmar', '"…" -- Name,
  role', a line "- Name, role" under the quotation) credits the name as "—" does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    article = Article("t", Path("/x/t.txt"), "Port report\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted, q.kind) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported sentence (t13af repro/v6/a.txt)
        (
            "PORTMERE, April 2 (Coastwire) - The container ship Sea Falcon was detained in Portmere on "
            "Wednesday after an inspection.\n\nThe owner of the container ship Sea Falcon, Brandt Lines, "
            "said its crew had followed all procedures.",
            "Brandt Lines",
            "its crew had followed all procedures",
        ),
        # variants of my own: an operator of a tanker, a maker of a drone
        (
            "The tanker Nordic Swan ran aground on Sunday. The operator of the tanker Nordic Swan, "
            "Halvard Shipping, said the hull was intact.",
            "Halvard Shipping",
            "the hull was intact",
        ),
        (
            "The drone Sky Hawk crashed on Monday. The maker of the drone Sky Hawk, Aerolis Systems, "
            "said a battery had failed.",
            "Aerolis Systems",
            "a battery had failed",
        ),
        (
            "The ferry Nordic Star was delayed. The operator of the ferry Nordic Star, Vesta Ferries, "
            "said the crossing would resume on Friday.",
            "Vesta Ferries",
            "the crossing would resume on Friday",
        ),
    ],
)
def test_organisation_in_apposition_speaks_not_the_ship(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words, "reported") in said(rec, text)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported lines (t13af repro/v15b/c.txt, v15/a.txt)
        (
            'Lenna Ferries spokesman Piet Lorn: "All crossings are cancelled."',
            "Piet Lorn",
            "All crossings are cancelled",
        ),
        ('Brightwater Docks chief executive Ana Vell: "Our cranes are safe."', "Ana Vell", "Our cranes are safe"),
        ('Tessaly Coatings spokesman Piet Lorn: "No one was inside."', "Piet Lorn", "No one was inside"),
        # variants of my own: other organisations and roles, a signature under the quotation
        (
            'Norvik Rail press officer Jon Dahl: "Trains will run again from tomorrow morning."',
            "Jon Dahl",
            "Trains will run again from tomorrow morning",
        ),
        (
            'Kestrel Energy Group chief financial officer Maja Lund: "The costs will be covered in full."',
            "Maja Lund",
            "The costs will be covered in full",
        ),
        (
            '"The terminal stays closed until the inspection is over."\n— Brightwater Docks harbour master Ana Vell',
            "Ana Vell",
            "The terminal stays closed until the inspection is over",
        ),
        # the control that worked before
        ('Harbour director Sigrid Holm: "We will reopen on Monday."', "Sigrid Holm", "We will reopen on Monday"),
    ],
)
def test_organisation_before_role_and_name_changes_nothing(
    rec: Recognizer, text: str, speaker: str, words: str
) -> None:
    assert (speaker, words, "direct") in said(rec, text)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        # the reported sentences (t13af repro/v34)
        ('"Patients are angry," said one pharmacist in Nantes.', "Patients are angry", "Nantes"),
        ('"It is a mess," said one pharmacist in Lyon, who asked not to be named.', "It is a mess", "Lyon"),
        ('"We had no warning," said a pharmacist in Bremen, who asked not to be named.', "We had no warning", "Bremen"),
        # variants of my own: other nouns, "near", a country after the town, the verb first
        (
            '"The shelves have been empty since Monday," said one baker in Lille.',
            "The shelves have been empty since Monday",
            "Lille",
        ),
        ('"Nobody came to help us at all," said a farmer near Tarnow.', "Nobody came to help us at all", "Tarnow"),
        (
            '"We were never told about the recall," said one teacher in Ghent, Belgium.',
            "We were never told about the recall",
            "Ghent",
        ),
    ],
)
def test_unnamed_person_in_a_town_is_not_the_town(rec: Recognizer, text: str, words: str, place: str) -> None:
    found = [(s, w) for s, w, _ in said(rec, text) if w == words]
    assert found, said(rec, text)
    assert all(s != place for s, _ in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported lines (t13af repro/v5b/a.txt, v5/a.txt)
        (
            '"This is the longest outage this city has seen in a decade."\n- Rosa Quint, mayor of Delmar',
            "Rosa Quint",
            "This is the longest outage this city has seen in a decade",
        ),
        (
            '"This is the longest outage this city has seen in a decade." - Rosa Quint, mayor of Delmar',
            "Rosa Quint",
            "This is the longest outage this city has seen in a decade",
        ),
        (
            '"Crews will work through the night." -- Paul Ebbe, grid director',
            "Paul Ebbe",
            "Crews will work through the night",
        ),
        # variants of my own: other names and roles, a title before the name
        (
            '"We will rebuild every house that was lost." - Jonas Berg, fire chief of Kellby',
            "Jonas Berg",
            "We will rebuild every house that was lost",
        ),
        (
            '"Stay indoors and keep your windows shut." -- Dr Ilse Brandvik, Sarnholm Volcano Observatory',
            "Ilse Brandvik",
            "Stay indoors and keep your windows shut",
        ),
        (
            '"The harbour will stay closed until the storm has passed."\n- Marta Eklund, harbour master',
            "Marta Eklund",
            "The harbour will stay closed until the storm has passed",
        ),
    ],
)
def test_hyphen_signature_credits_the_name(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words, "direct") in said(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen before words that are no name alone signs nothing
        '"The plan was never funded properly." - a line from the 2019 audit, page four',
        '"We need answers about the outage."\n- the council has asked for a report by Friday',
        # a hyphen joined to a word is no dash
        '"The outage lasted all night."-Rosa Quint',
    ],
)
def test_hyphen_before_no_name_signs_nothing(rec: Recognizer, text: str) -> None:
    assert all(s is None for s, _, _ in said(rec, text)), said(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        # the reported sentences (t13af repro/v34): a source who asked not to be named, in a town
        '"It is a mess," said one pharmacist in Lyon, who asked not to be named.',
        '"We had no warning," said a pharmacist in Bremen, who asked not to be named.',
        # a variant of my own: another noun and place, "near"
        '"The wells ran dry in a week," said one farmer near Tarnow, who spoke on condition of anonymity.',
    ],
)
def test_unnamed_source_in_a_town_is_anonymous(rec: Recognizer, text: str) -> None:
    article = Article("t", Path("/x/t.txt"), "Port report\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    assert quotes and all(q.anonymous for q in quotes), quotes
