"""Quotes of round s51-q (issue #16, "who said what"). Each kind: the reported input first
(t13au N7, N8, t13av N7, N8), then variants of my own.

1. "the company said" is the firm the article names: of organisations named as often before
   it, one whose name ends in a legal form ("Ostrander Gold Corporation") over a body named
   after it ("Royal Flying Doctor Service"); never a day's name the recogniser typed an
   organisation ("Saturday").
2. A noun for people before a preposition of place and a name ("Fishers on the Salt Coast",
   "My cousin in Marrow Point") speaks; the place never does, whatever type the recogniser
   gave its name (an organisation, a person).
3. One body's name of the "X and Y" kind the recogniser cut at its "and" ("The Mining and Energy
   Union says": "Mining" spoke) speaks whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}``."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: q.speaker.name if q.speaker else None for q in quotes}


# --- 1. "the company" is the firm, never another kind of body nor a day -----------------------------


@pytest.mark.parametrize(
    ("text", "words", "firm"),
    [
        (  # reported (t13au N7, goldfields-herald)
            "Seventeen workers were brought to the surface alive by Sunday morning, according to "
            "Ostrander Gold Corporation, which operates the mine 60 kilometres north of Halvorsen "
            "Creek. Three of them were flown to Perth by the Royal Flying Doctor Service with crush "
            "injuries.\nThe collapse happened at about 2:40am on Saturday, when a ground-support "
            "failure brought down part of the 17 Level decline during a shift change, the company said.",
            "The collapse happened at about 2:40am on Saturday, when a ground-support failure brought "
            "down part of the 17 Level decline during a shift change",
            "Ostrander Gold Corporation",
        ),
        (  # variant: another legal form, an ambulance service named after it
            "Output resumed on Monday at the smelter run by Kessling Metals Ltd. Injured staff were "
            "taken to hospital by the Northern Ambulance Service.\nThe furnace failed shortly after "
            "midnight, the company said.",
            "The furnace failed shortly after midnight",
            "Kessling Metals Ltd",
        ),
        (  # variant: a rescue service named after the firm, "Company" spelt out
            "Tarrow Quarrying Company said the pit would stay shut. Two drivers were airlifted by "
            "the Coastal Rescue Service.\n\nThe slope gave way without warning, the company said.",
            "The slope gave way without warning",
            "Tarrow Quarrying Company",
        ),
        (  # reported (t13au N7, reuters-brindabella: "Saturday" was the speaker)
            "PERTH, March 14 (Reuters) - Three miners were killed and six were missing after part of "
            "an underground gold mine operated by Ostrander Gold Corp collapsed in Western "
            "Australia's Goldfields region early on Saturday, the company and emergency officials "
            "said.\n\nTwenty-three workers were underground at the Brindabella Deep mine when a "
            "section of tunnel gave way at around 2:40 a.m. local time, Ostrander said in a "
            "statement.\n\nFourteen workers had been brought to the surface by Saturday afternoon, "
            "the company said. Ostrander shares were halted on the Australian Securities Exchange "
            "pending an announcement.",
            "Fourteen workers had been brought to the surface by Saturday afternoon",
            "Ostrander Gold Corp",
        ),
    ],
)
def test_the_company_is_the_firm(rec: Recognizer, text: str, words: str, firm: str) -> None:
    assert said(rec, text)[words] == firm


# --- 2. people at a place speak, never the place ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (  # reported (t13av N7)
            "MARROW POINT — Fishers on the Salt Coast said on Sunday that the oil from the Coral "
            "Meridian had wiped out the season.",
            "the oil from the Coral Meridian had wiped out the season",
            "Salt Coast",
        ),
        (  # reported (t13av N8, a reader's comment)
            "My cousin in Marrow Point says 3,000 people left, not 1,200.",
            "3,000 people left, not 1,200",
            "Marrow Point",
        ),
        (  # variants: other nouns, prepositions and places
            "Anglers on the Brenn Estuary said the fish had gone.",
            "the fish had gone",
            "Brenn Estuary",
        ),
        ("My aunt in Port Selwyn says nobody warned them.", "nobody warned them", "Port Selwyn"),
        ("Our neighbour in Kessra Bay said the beach was black by noon.", "the beach was black by noon", "Kessra"),
    ],
)
def test_people_at_a_place_speak(rec: Recognizer, text: str, words: str, place: str) -> None:
    speaker = said(rec, text)[words]
    assert speaker is None or place not in speaker


def test_people_at_a_firm_are_the_firms(rec: Recognizer) -> None:
    # unchanged: "at" a firm or an institution is membership ("Engineers at Hydrolyne Corp")
    assert said(rec, "Engineers at Hydrolyne Corp said the pump failed.")["the pump failed"] == "Hydrolyne Corp"


# --- 3. one body's "X and Y" name cut at its "and" speaks whole --------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (  # reported (t13au N8: "Mining" spoke)
            "The Mining and Energy Union says workers warned Ostrander about seismic activity weeks "
            "before the collapse.",
            "workers warned Ostrander about seismic activity weeks before the collapse",
            "Mining and Energy Union",
        ),
        (  # variants (the recogniser keeps these whole: they hold as before)
            "The Fishing and Aquaculture Union says crews were never warned about the reef.",
            "crews were never warned about the reef",
            "Fishing and Aquaculture Union",
        ),
        (
            "The Farming and Forestry Union said growers had lost the harvest.",
            "growers had lost the harvest",
            "Farming and Forestry Union",
        ),
    ],
)
def test_and_body_cut_speaks_whole(rec: Recognizer, text: str, words: str, body: str) -> None:
    assert said(rec, text)[words] == body


def test_two_firms_stay_a_list(rec: Recognizer) -> None:
    assert said(rec, "Shell and BP said the talks had failed.")["the talks had failed"] == "Shell and BP"


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (  # reported (t13au N8: the comment's "The union said" was "Energy Union")
            "Mining and Energy Union organiser Mihaela Kowalczyk-Obi said workers had raised concerns "
            "for weeks.\n\nGazza_K says: 15 March 2026 at 10:12 am\nMy brother-in-law is on that crew. "
            "The union said 5 were dead last night.",
            "5 were dead last night",
            "Mining and Energy Union",
        ),
        (  # variant: another "X and Y Union", the description later in the text
            "Rail and Maritime Union delegate Oskar Brandt said the ferry crew had complained. Hours later "
            "the union said two deckhands were missing.",
            "two deckhands were missing",
            "Rail and Maritime Union",
        ),
    ],
)
def test_description_names_the_whole_and_body(rec: Recognizer, text: str, words: str, body: str) -> None:
    assert said(rec, text)[words] == body
