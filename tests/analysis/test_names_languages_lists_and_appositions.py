"""Languages no list holds, read by the list or the apposition they stand in (issue #16, round
s38-e, held-out 31's errors): a list after "in" that "as well as" and a core language close ("in
Drehu, Nengone and Iaai as well as French"), a list a language opens going on after "not in" ("only
in Indonesian, not in Makassarese or Buginese"), a name after "in" in apposition to "the ...
language" or "tongue" ("lessons in Shaetlan, the islands' own tongue"), and a name before
"-language" ("a Kreol-language catch app"). The reported sentences and variants with invented or
other traditions' names; places in the same shapes stay places (guards)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        # a list after "in" closed by "as well as" and a core language
        (
            "Many of the warnings tonight have gone out on the provincial station in Drehu, Nengone and Iaai as "
            "well as French.",
            ["Drehu", "Nengone", "Iaai", "French"],
        ),
        ("The ballot papers are printed in Kriolu, Balanta and Papel as well as Portuguese.", ["Kriolu", "Balanta"]),
        ("Radio Wanampi broadcasts in Pintupi and Martu as well as English every night.", ["Pintupi", "Martu"]),
        # a list going on after "not in"
        (
            "The listing had been explained to farmers only in Indonesian, not in Makassarese or Buginese.",
            ["Makassarese", "Buginese"],
        ),
        ("The form was published only in Russian, not in Selkup or Ket.", ["Selkup", "Ket"]),
        ("The sermon was given in Spanish but not in Tseltal or Chol.", ["Tseltal", "Chol"]),
        # in apposition to "the ... language" or "tongue"
        (
            "The trust also plans lessons in Shaetlan, the islands' own tongue, with help from the college.",
            ["Shaetlan"],
        ),
        (
            "The team recorded interviews in Yugtun, the Central Alaskan Yup'ik language, and tied each to places.",
            ["Yugtun"],
        ),
        ("Road signs will be added in Vuanu, the valley's old tongue, next year.", ["Vuanu"]),
        ("The council answers letters in Mirandese, the region's second language, on request.", ["Mirandese"]),
        # before "-language"
        ("Lapes launched a Kreol-language catch app for fishers.", ["Kreol"]),
        ("The station airs a Wolastoqey-language podcast each week.", ["Wolastoqey"]),
        ("It is the first Palawa-language picture book for children.", ["Palawa"]),
    ],
)
def test_unlisted_languages_by_list_or_apposition(rec: Recognizer, text: str, languages: list[str]) -> None:
    got = names(rec, text)
    for name in languages:
        assert (name, "LANGUAGE") in got, (name, got)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a town in apposition to "the ... capital" or a place's list stays a place
        ("The talks were held in Nouméa, the territory's capital, on Monday.", "Nouméa", "GPE"),
        ("She has lived in Lagos and Accra as well as London.", "Lagos", "GPE"),
        ("The fair was held in Osaka, not in Kyoto or Nara.", "Kyoto", "GPE"),
    ],
)
def test_places_in_the_same_shapes_stay_places(rec: Recognizer, text: str, name: str, label: str) -> None:
    got = names(rec, text)
    assert (name, label) in got, got
    assert (name, "LANGUAGE") not in got, got
