"""Issue #16 (round s34-c): the English names of sub-national units ISO 3166-2 writes in their own
language ("Chechenskaya Respublika" is Chechnya, "Severnaya Osetiya" North Ossetia, "Saha" Sakha,
"Udmurtskaya Respublika" Udmurtia) are regions (regions.txt, from pycountry and countryinfo), and a
place's other name after a slash or in brackets is that place too ("Bautzen/Budyšin", "the Republic
of Sakha (Yakutia)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.gazetteer import english_spelling, region_names
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(art)}


@pytest.mark.parametrize(
    "name",
    ["Chechnya", "North Ossetia", "Bashkortostan", "Sakha", "Udmurtia", "Kabardino-Balkaria", "Adygea", "Ingushetia"],
)
def test_the_regions_hold_english_names(name: str) -> None:
    assert name in region_names()


def test_english_spelling_of_a_russian_romanisation() -> None:
    assert english_spelling("Udmurtiya") == "Udmurtia"
    assert english_spelling("Kabardino-Balkariya") == "Kabardino-Balkaria"
    assert english_spelling("Adygeya") == "Adygea"
    assert english_spelling("Tatarstan") == "Tatarstan"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the gold's kind (heldout27: the capitals of two republics meet in a derby), other names
        (
            "The derby between the capitals of Udmurtia and Kabardino-Balkaria drew 9,000 fans.",
            ["Udmurtia", "Kabardino-Balkaria"],
        ),
        ("Diamond exports from Sakha and Udmurtia rose in March, the ministry said.", ["Sakha", "Udmurtia"]),
        ('"For us this is not Ingushetia against Adygea," he said.', ["Ingushetia", "Adygea"]),
        ("Officials from Chechnya and Karelia signed the deal on Monday.", ["Chechnya", "Karelia"]),
    ],
)
def test_a_republic_by_its_english_name(rec: Recognizer, text: str, names: list[str]) -> None:
    got = _found(rec, text)
    for name in names:
        assert (name, "GPE") in got, (name, got)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the gold's kind (heldout27: a Sorbian town's two names, a republic's second name), other places
        ("Its office in Leipzig/Lipsk employs 14 people.", [("Lipsk", "GPE")]),
        ("The studio works with partners in Dresden and Hoyerswerda/Wojerecy.", [("Wojerecy", "GPE")]),
        ("It is the largest employer in the Republic of Buryatia (Buryaad), officials said.", [("Buryaad", "GPE")]),
        ("Flights to Chemnitz (Karl-Marx-Stadt) resumed on Monday.", [("Karl-Marx-Stadt", "GPE")]),
    ],
)
def test_a_places_other_name(rec: Recognizer, text: str, pairs: list[tuple[str, str]]) -> None:
    got = _found(rec, text)
    for pair in pairs:
        assert pair in got, (pair, got)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Shares fell on Monday.",
        "Prices in Oslo (NOK) rose.",
        "He moved to Leeds (his home town) in May.",
    ],
)
def test_no_other_name_where_a_name_or_a_phrase_is_in_brackets(rec: Recognizer, text: str) -> None:
    got = _found(rec, text)
    assert not any(label == "GPE" and t in ("Reuters", "NOK", "his") for t, label in got), got
