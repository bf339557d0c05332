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
