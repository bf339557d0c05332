"""A relation's owner written as a possessive before a kin or person noun is a person (heldout21,
round s28-e; names invented): "a family winery in Telavi run by Beridze's cousin Davit Chkheidze"
typed "Beridze" an ORG ("run by X" names an organisation), and so every "Beridze" of the article,
Levan Beridze's surname. Firms have no cousins, widows or sons. The reported shape and two variants;
and the relation still types a firm."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (  # reported (a tabloid's "Furious Beridze" made the surname two people's, so no short form claimed it)
            "Levan Beridze, 44, runs a restaurant.\n\nFurious Beridze told pals it was his.\n\nThe wine came from "
            "a family winery in Telavi run by Beridze's cousin Davit Chkheidze.\n\nBeridze said he would fight.",
            "Beridze",
        ),
        (
            "Carla Moretti, 61, opened the shop in 1998.\n\nHeartbroken Moretti told friends it was over.\n\nThe "
            "bakery is now owned by Moretti's nephew Paolo Bassi.\n\nMoretti said she would sell.",
            "Moretti",
        ),
        (
            "Tomasz Wrzesniak, 52, built the yard.\n\nDefiant Wrzesniak told reporters he would stay.\n\nThe yard "
            "is operated by Wrzesniak's son Marek.\n\nWrzesniak said he would appeal.",
            "Wrzesniak",
        ),
    ],
)
def test_a_possessive_before_kin_after_a_relation_is_no_org(rec: Recognizer, text: str, surname: str) -> None:
    found = names(rec, text)
    assert (surname, "ORG") not in found, found
    assert (surname, "PERSON") in found, found


def test_the_relation_still_types_a_firm(rec: Recognizer) -> None:
    text = "The depot is run by Norlinka's logistics arm, the council said."
    assert ("Norlinka", "ORG") in names(rec, text)
