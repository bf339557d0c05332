"""An airport named by its city, "Airport" and its own name ("Oslo Airport Gardermoen", "Bergen
Airport Flesland", "Stavanger Airport Sola") is one FAC, not the city alone nor nothing (issue
#16, round s38-y4, t13af N27)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "airport"),
    [
        ("Storm Ingunn closed Bergen Airport Flesland on Wednesday.", "Bergen Airport Flesland"),
        ("The storm hit hard. Oslo Airport Gardermoen stayed open.", "Oslo Airport Gardermoen"),
        ("Flights to Heathrow were diverted to Stavanger Airport Sola.", "Stavanger Airport Sola"),
        ("Copenhagen Airport Kastrup reopened at noon.", "Copenhagen Airport Kastrup"),
    ],
)
def test_city_airport_name_is_one_facility(rec: Recognizer, text: str, airport: str) -> None:
    got = names(rec, text)
    assert (airport, "FAC") in got, got
    city = airport.split(" ", 1)[0]
    assert (city, "GPE") not in got, got


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("The storm closed Bergen Airport on Wednesday.", "Bergen Airport on"),
        ("Bergen Airport Police said two planes were damaged.", "Bergen Airport Police"),
    ],
)
def test_no_word_after_the_airport_taken(rec: Recognizer, text: str, not_name: str) -> None:
    got = names(rec, text)
    assert not [n for n in got if n[0] == not_name and n[1] == "FAC"], got
