"""A French street named by its kind first ("Rue du Marais", "Chemin de la Gare"), with its article
written as part of the name ("Le Chemin du Moulin"), is one FAC (issue #16, round s40-e2: held-out
33's PERSON "Le Chemin du Moulin", held-out 8's and 18's missed "Rue du Quartier", "Rue du
Marais"). The reported texts first, then a variant invented for the kind; guard: an article
before a person's name leaves the person."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # reported (held-out 33; held-out 18)
        (
            "Signs\n\nThe signs go up along La Route de Vinchelez and Le Chemin du Moulin next spring.\n",
            "Le Chemin du Moulin",
        ),
        ("Glasshouses\n\nWorkers blocked the Rue du Marais on Monday.\n", "Rue du Marais"),
        # invented: a street after a lower-case article
        ("Fire\n\nThe shop in la Rue des Écoles closed after the fire.\n", "Rue des Écoles"),
    ],
)
def test_french_street_is_one_fac(rec: Recognizer, text: str, street: str) -> None:
    found = names(rec, text)
    assert (street, "FAC") in found, found


def test_article_before_a_person_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "Cinema\n\nThe film stars Le Thi Lan as the mother, the studio said.\n")
    assert not any(label == "FAC" for _, label in found), found
