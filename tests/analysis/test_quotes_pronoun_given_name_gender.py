"""A pronoun ("He said", "she said") skips a person whose given name is of the other gender
(t13v F10a: "Firefighter Marc Aubin was also at the scene. Witness Julia Brandt, 41. He said the
road was closed." gave Marc's words to Julia Brandt, and "she said she ran" after Sophie Marchal
to Marc Aubin). The gender of a given name comes from name lists that give it one gender only
(``given_names.given_name_genders``, Faker's providers); a name listed as both ("Jean",
"Andrea", "Kim") tells nothing, and the text's own cues (an honorific) come first."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.given_names import given_name_genders, given_names
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), "Fire\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported (t13v repro/v8/p.txt)
        (
            "Firefighter Marc Aubin was also at the scene. Witness Julia Brandt, 41. He said the road was closed.",
            [("Marc Aubin", "the road was closed")],
        ),
        (
            "Firefighter Marc Aubin was also at the scene. Witness Sophie Marchal, 52. He said the road was"
            " closed, and she said she ran.",
            [("Marc Aubin", "the road was closed"), ("Sophie Marchal", "she ran")],
        ),
        # variants: other names and verbs
        (
            "Paramedic Thierry Lenoir treated the injured. Resident Nadia Farouk, 29. He added that two"
            " ambulances had arrived.",
            [("Thierry Lenoir", "two ambulances had arrived")],
        ),
        (
            "Councillor Margaret Hale toured the site. Farmer Peter Olsen, 60. She said the council would pay.",
            [("Margaret Hale", "the council would pay")],
        ),
    ],
)
def test_a_pronoun_skips_a_given_name_of_the_other_gender(rec: Recognizer, text: str, expected: list) -> None:
    assert said(rec, text) == expected


def test_a_name_of_both_genders_tells_nothing(rec: Recognizer) -> None:
    # guard: "Andrea" is a woman's name in some languages, a man's in Italian: the pronoun stays
    # with the person introduced last, as without the name lists
    genders = given_name_genders()
    assert "Andrea" not in genders and "Jean" not in genders and "Kim" not in genders
    text = "Firefighter Marc Aubin was also at the scene. Witness Andrea Rossi, 41. She said the road was closed."
    assert said(rec, text) == [("Andrea Rossi", "the road was closed")]


def test_the_genders_are_of_kept_given_names_only() -> None:
    genders = given_name_genders()
    assert set(genders.values()) == {"f", "m"}
    assert set(genders) <= given_names()
    assert genders["Julia"] == "f" and genders["Thierry"] == "m"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Premier Li Qiang opened the forum. He said cooperation mattered.", "Li Qiang"),
        ("Minister Wang Yi arrived on Monday. He said talks would go on.", "Wang Yi"),
    ],
)
def test_a_family_name_written_first_tells_no_gender(rec: Recognizer, text: str, speaker: str) -> None:
    # guard: "Li" is a woman's given name in Swedish lists and a Chinese family name written
    # first: no gender is read from it
    assert "Li" not in given_name_genders() and "Wang" not in given_name_genders()
    assert [s for s, _ in said(rec, text)] == [speaker]
