"""Name kinds from a tester's report on one story told by many outlets (#16 names, session 15).
The texts are invented in the reports' shapes; the names are made up.

- A body named with its town is no person: "Greenwatch Portmere said it had found ..." in an
  article whose dateline and prose name Portmere as a place was typed a PERSON (an unknown word,
  two capitals and "said"), and "through Portmere harbour", "would visit Portmere" then joined
  that person as its surname.
"""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body", "town"),
    [
        # reported
        (
            "PORTMERE, March 14 (DW) - A blast hit a plant in Portmere on Saturday. Exports leave through "
            "Portmere harbour. Greenwatch Portmere said it had found nitrate downstream. The prime minister "
            "said she would visit Portmere on Sunday.",
            "Greenwatch Portmere",
            "Portmere",
        ),
        # variants: another body and town, the town named only after "in"; a body that speaks first
        (
            "Floods closed schools in Tollan on Monday. Riverkeep Tollan said the water was still rising, "
            "and the mayor will visit Tollan on Tuesday.",
            "Riverkeep Tollan",
            "Tollan",
        ),
        (
            "Cleanseas Dunmarrow said on Friday that oil had reached the beach. Fishing boats stayed in "
            "Dunmarrow harbour, and ferries from Dunmarrow were cancelled.",
            "Cleanseas Dunmarrow",
            "Dunmarrow",
        ),
    ],
)
def test_a_body_named_with_its_town_is_no_person(rec: Recognizer, text: str, body: str, town: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found and (body, "PERSON") not in found
    assert all(label != "PERSON" for label, _ in keys(rec, text, town))


def test_a_person_named_like_a_town_stays_a_person(rec: Recognizer) -> None:
    text = "Floods closed schools in Tollan on Monday. Maria Tollan said the water was still rising."
    assert ("Maria Tollan", "PERSON") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "surname", "person"),
    [
        # reported
        (
            "Halvorsen Chemicals said it was cooperating. Its chief executive, Margit Halvorsen, travelled "
            'to Oslo. "I am devastated," Halvorsen said in a short statement.',
            "Halvorsen",
            "Margit Halvorsen",
        ),
        # variants: the verb before the name; "told" and a firm named first by its founder
        (
            "Brandvik Shipping lost two vessels. Tove Brandvik, its founder, flew to Bergen. "
            '"We are praying for the crews," said Brandvik.',
            "Brandvik",
            "Tove Brandvik",
        ),
        (
            "Grace Okoro built Okoro Foods over thirty years. Okoro told reporters the factory would reopen.",
            "Okoro",
            "Grace Okoro",
        ),
    ],
)
def test_a_surname_that_speaks_is_the_person_not_the_firm(
    rec: Recognizer, text: str, surname: str, person: str
) -> None:
    assert keys(rec, text, surname) == [("PERSON", f"PERSON:{person}")]


def test_the_firms_short_form_that_does_not_speak_stays_the_firm(rec: Recognizer) -> None:
    text = "Halvorsen Chemicals said it was cooperating. Margit Halvorsen flew to Oslo. Halvorsen shares fell."
    assert keys(rec, text, "Halvorsen") == [("ORG", "ORG:Halvorsen Chemicals")]


def test_the_quote_is_credited_to_the_person(rec: Recognizer) -> None:
    from pathlib import Path

    from waic_reader.index.analysis.quotes.recognise import find_quotes
    from waic_reader.index.corpus.reader import Article

    text = (
        "Halvorsen Chemicals said it was cooperating. Its chief executive, Margit Halvorsen, travelled to "
        'Oslo. "I am devastated," Halvorsen said in a short statement.'
    )
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    [devastated] = [q for q in quotes if "devastated" in text[q.start : q.end]]
    assert devastated.speaker is not None and devastated.speaker.key == "PERSON:Margit Halvorsen"


@pytest.mark.parametrize(
    "text",
    [
        # reported
        "Residents heard a bang. Windows were shattered across the Eastbank district.",
        # variants: "are", "have been"
        "The storm passed at noon. Windows are boarded up along the seafront.",
        "Nobody was hurt. Windows have been blown out in three streets.",
    ],
)
def test_a_plural_common_noun_at_a_sentence_start_is_no_product(rec: Recognizer, text: str) -> None:
    assert not any(label == "PRODUCT" for _, label in names(rec, text))


def test_the_product_with_a_singular_verb_stays(rec: Recognizer) -> None:
    assert ("Windows", "PRODUCT") in names(rec, "The bank's tills crashed. Windows is installed on all of them.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # reported: a share button's word, and the network people post to
        ("Share this article on Facebook Twitter Email", "Facebook"),
        ("The mayor posted a video to Facebook on Sunday.", "Facebook"),
        ("Facebook Inc. was renamed in 2021.", "Facebook Inc."),
    ],
)
def test_facebook_is_named_as_itself_not_as_meta(rec: Recognizer, text: str, name: str) -> None:
    assert keys(rec, text, name) == [("ORG", "ORG:Facebook")]


def test_meta_stays_meta(rec: Recognizer) -> None:
    assert keys(rec, "Meta Platforms reported a profit.", "Meta Platforms") == [("ORG", "ORG:Meta")]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # reported
        ("Several warehouses belonging to Baltic Freight Lines were destroyed.", "Baltic Freight Lines"),
        # variants: another sea, a ferry operator, a freight firm named by its kind word alone
        ("Ships of Atlantic Cruise Lines stayed in port.", "Atlantic Cruise Lines"),
        ("Adriatic Ferries cancelled its crossings.", "Adriatic Ferries"),
    ],
)
def test_a_firm_named_after_a_sea_is_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found and not any(label == "LOC" for _, label in found)


def _quotes(rec: Recognizer, text: str) -> list[tuple[str, str | None]]:
    from pathlib import Path

    from waic_reader.index.analysis.quotes.recognise import find_quotes
    from waic_reader.index.corpus.reader import Article

    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (text[q.start : q.end], q.speaker.key if q.speaker else None)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # reported
        ("A blast hit Portmere. Hospitals in Portmere said they were treating 48 people.", "GPE:Portmere"),
        # variants: "across", a lower-case subject after a clause
        ("Flooding hit Tollan overnight. Schools across Tollan said they would stay closed.", "GPE:Tollan"),
        ("The storm passed, and shops in Dunmarrow said they had run out of bread.", "GPE:Dunmarrow"),
    ],
)
def test_a_place_where_the_subject_is_is_no_speaker(rec: Recognizer, text: str, place: str) -> None:
    assert all(key != place for _, key in _quotes(rec, text))


def test_a_place_that_is_the_subject_still_speaks(rec: Recognizer) -> None:
    text = "Flooding hit Bergen overnight. The city of Bergen said aid was coming."
    assert [key for _, key in _quotes(rec, text)] == ["GPE:Bergen"]
