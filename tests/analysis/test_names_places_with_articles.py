"""A place named with its article ("Le Locle", "El Geneina", "Los Mochis") after a place's
preposition or a verb of going is a place, not a person (the names eval, session 27: "Workers in
Le Locle", "Families fled El Geneina" were PERSONs). A person so named elsewhere is left alone
("Le Pen said", "a letter to Les Dennis"). Reported shapes and invented variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Workers in Le Locle lost their jobs when the plant shut.", "Le Locle"),
        ("Families fled El Geneina last week.", "El Geneina"),
        ("The night bus from Los Mochis was four hours late.", "Los Mochis"),
        ("In Las Tablas, the market reopened on Friday.", "Las Tablas"),
    ],
)
def test_place_with_its_article(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [("Le Pen said the vote was close.", "Le Pen"), ("A letter to Les Dennis arrived on Monday.", "Les Dennis")],
)
def test_people_so_named_stay_people(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
