"""A people named before "community", "communities", "families" or a singular "elder" is that
people, NORP (round s32-n, issue #16: "Mennonite communities in Texas", "Makonde and Mwani
communities", "many of them Brasiguayo families", "Abenaki community" were no names), as "Masalit
women" and "Murut voters" were already. Invented examples; guards: a town typed as a place stays
one, and a word the article writes in lower case is no people."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The outbreak spread fastest among Amish communities in the valley, officials said.", "Amish"),
        ("Growers near the river, many of them Garifuna families, lost their harvest.", "Garifuna"),
        ("On Tuesday the Wiradjuri elder opened the hearing with a welcome.", "Wiradjuri"),
        ("Leaders said the Tsonga community had not been consulted about the dam.", "Tsonga"),
    ],
)
def test_a_people_before_community_families_or_elder(rec: Recognizer, text: str, people: str) -> None:
    assert (people, "NORP") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Toronto community raised money for the shelter.", "Toronto", "GPE"),
    ],
)
def test_a_place_community_stays_a_place(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text), names(rec, text)


def test_a_word_written_in_lower_case_is_no_people(rec: Recognizer) -> None:
    text = "The Business community welcomed the plan. Small business owners were less sure."
    assert ("Business", "NORP") not in names(rec, text), names(rec, text)
