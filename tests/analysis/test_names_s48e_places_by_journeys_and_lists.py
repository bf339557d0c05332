"""Unknown places read by where they stand (issue #16, round s48-e; held-out 40's leftovers and
held-out 41's island and village names): a list of names after a preposition of where something
is or goes ("at", "to", "of") is a list of places once one of them is a known place, as after
"in" or "from" (since round s48-fx3 only after a word of going or of a place's people: "the ferry
runs to", "call at", "the people of"); the origin of "from X to Y" is a place when a verb of going
comes before and Y is a listed town; a verb of going on foot, riding or paddling ("walked from X to
Y") is a verb of going where a journey has both ends. Each with variants of other names, verbs and
layouts."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("My grandfather walked from Gamètì to Behchokǫ̀ with dogs.", ("Behchokǫ̀",)),
        ("Her uncle rode from Kalvik to Orsund on a mule every spring.", ("Kalvik", "Orsund")),
        ("The elders paddled from Tavuni to Merrak in two days.", ("Tavuni", "Merrak")),
    ],
)
def test_a_journey_on_foot_or_by_paddle(rec: Recognizer, text: str, places: tuple[str, ...]) -> None:
    found = names(rec, text)
    for place in places:
        assert (place, "GPE") in found, found


# (Round s48-e read "from X to <listed town>" with no verb of going — "in houses from Ust-Dzheguta
# to Konya", "sung in kitchens from Abrenno to Dublin", "heard from Kessavik to Oslo" — and so
# "transferred from Celtic to Barcelona" typed Celtic a place: review s48-rve finding 2. Round
# s48-fx3 asks for a verb of going, and these cases say so.)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The carpet makers moved from Ust-Dzheguta to Konya in the 1990s.", "Ust-Dzheguta"),
        ("Her nephew went from Abrenno to Dublin to study, she said.", "Abrenno"),
        ("The family headed from Kessavik to Oslo by night, the survey found.", "Kessavik"),
    ],
)
def test_from_a_place_to_a_listed_town(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, text)
    assert (place, "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Relief boats will call at Tonoas, Fefan and Guam this week.", ("Tonoas", "Fefan")),
        ("The ferry runs to Orsavik, Tromsø and Kvaløy twice a day.", ("Orsavik", "Kvaløy")),
        ("The people of Borodam, Moghban and Rangamati lost their land.", ("Borodam", "Moghban")),
    ],
)
def test_a_list_of_places_after_at_to_of(rec: Recognizer, text: str, places: tuple[str, ...]) -> None:
    found = names(rec, text)
    for place in places:
        assert (place, "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("He served as Governor of Zhejiang and Party Secretary of Jiangsu.", "Party Secretary"),
        ("She was Mayor of Leeds and Deputy Minister of Finance.", "Deputy Minister"),
        ("He is the chairman of Acme Holdings and Party Secretary of the province.", "Party Secretary"),
    ],
)
def test_an_office_in_a_list_after_of_is_no_place(rec: Recognizer, text: str, office: str) -> None:
    found = names(rec, text)
    assert (office, "GPE") not in found, found
