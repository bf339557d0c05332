"""Held-out 41's names written with combining marks (issue #16, round s48-e): a name's letters are
letters whatever marks are written on them. Tłı̨chǫ Dene writes an ogonek (U+0328) on a dotless
"ı" and a grave (U+0300) on "ǫ"; a name so written broke off at its mark in the one list of a
text's words (``tokens.text_words``: "Tłı̨chǫ" was "Tłı" and "chǫ", so the language after
"speaking in" was no language), in the letter classes (``letters.LOWER``/``UPPER``: a people
before its noun) and in the dateline's place ("BEHCHOKǪ̀ —" was no place). Each with variants of
other names, marks and layouts."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Elder Rosalie Wetrade, speaking in Tłı̨chǫ through interpreter Francis Nitsiza, said the trails moved.",
            "Tłı̨chǫ",
        ),
        (
            "The chief, speaking in Dene\u0328zhati\u0301e\u0300 through an interpreter, thanked the crews.",
            "Dene\u0328zhati\u0301e\u0300",
        ),
        (
            "Most of the hunters still speak Wı\u0328ı\u0328lı\u0328de\u0300 at home, the survey found.",
            "Wı\u0328ı\u0328lı\u0328de\u0300",
        ),
    ],
)
def test_a_language_written_with_marks(rec: Recognizer, text: str, name: str) -> None:
    found = names(rec, text)
    assert (name, "LANGUAGE") in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BEHCHOKǪ̀ — The winter roads to two communities will open late this season.\n\nMore follows.", "BEHCHOKǪ̀"),
        (
            "DE\u0301LI\u0328NE\u0328 — The ferry will not run this week, officials said.\n\nMore follows.",
            "DE\u0301LI\u0328NE\u0328",
        ),
        ("WHATI\u0300, N.W.T. — The school reopened on Monday after a week of cold.\n\nMore follows.", "WHATI\u0300"),
    ],
)
def test_a_dateline_place_written_with_marks(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Tłı̨chǫ people have hunted caribou here for centuries, and Tłı̨chǫ elders say the herds moved.", "Tłı̨chǫ"),
        (
            "Many Sahtı\u0301ı\u0328ne\u0300 families fish the lake, and Sahtı\u0301ı\u0328ne\u0300 elders keep the nets.",
            "Sahtı\u0301ı\u0328ne\u0300",
        ),
        (
            "Indigenous Kʼa\u0328sho\u0300 hunters met the board; Kʼa\u0328sho\u0300 families want the road.",
            "Kʼa\u0328sho\u0300",
        ),
    ],
)
def test_a_people_written_with_marks(rec: Recognizer, text: str, people: str) -> None:
    found = names(rec, text)
    assert (people, "NORP") in found, found
