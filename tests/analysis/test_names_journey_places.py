"""A capitalised name at either end of a journey ("the service from Kerrow to Dunmere", "the
07:40 express from Ardley", "Passengers from Kerrow", "Passengers travelling to Dunmere") is a
place, as "from Leeds" is, though no list holds it and no other article names it (t13ab L14, issue
#16: invented towns were no entities). A "from … to" with no way of going ("switching from
Kestrel to Plover") stays no place."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(article)}


REPORTED = (
    "Express derails\n\nThe 06:12 service from Kerrow to Dunmere was carrying 212 passengers when it derailed.\n\n"
    "Passengers travelling to Dunmere were put on buses.\n"
)


def test_the_reported_journey_names_two_places(rec: Recognizer) -> None:
    got = found(rec, REPORTED)
    assert ("Kerrow", "GPE") in got, got
    assert ("Dunmere", "GPE") in got, got


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Passengers from Kerrow were taken to the hall by bus.", {"Kerrow"}),
        ("Commuters travelling to Ballyrane faced delays on Monday.", {"Ballyrane"}),
        ("The 07:40 express from Ardley to Penhollow was cancelled.", {"Ardley", "Penhollow"}),
        ("The evening tram from Oskaby to Veldmark stopped at the bridge.", {"Oskaby", "Veldmark"}),
        ("Travellers from Carnbrae said the platform was crowded.", {"Carnbrae"}),
    ],
)
def test_journey_ends_are_places(rec: Recognizer, text: str, places: set[str]) -> None:
    got = found(rec, "Delays on the line\n\n" + text + "\n")
    assert {p for p in places if (p, "GPE") in got} == places, got


@pytest.mark.parametrize(
    "text",
    [
        "He is switching from Kestrel to Plover this year.",
        "The service from Marlow Bakery was praised by diners.",
    ],
)
def test_no_journey_no_place(rec: Recognizer, text: str) -> None:
    got = found(rec, "Notes\n\n" + text + "\n")
    assert not any(label == "GPE" for _name, label in got), got
