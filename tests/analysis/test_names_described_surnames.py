"""A tabloid's adjective opening a sentence before a person's surname ("Furious Beridze told pals")
is no given name (heldout21, round s28-e; names invented): it made a PERSON "Furious Beridze",
who then took the article's later "Beridze" from Levan Beridze. The reported shape and two
variants; and an unknown given name inside a sentence stays a name."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "described", "surname", "person"),
    [
        (  # reported
            "Row\n\nLevan Beridze, 44, claims the recipe was his.\n\nFurious Beridze told pals it was stolen.\n\n"
            "Beridze said he would fight.\n",
            "Furious Beridze",
            "Beridze",
            "PERSON:Levan Beridze",
        ),
        (
            "Row\n\nCarla Moretti, 61, opened the shop in 1998.\n\nHeartbroken Moretti told friends it was over.\n\n"
            "Moretti said she would sell.\n",
            "Heartbroken Moretti",
            "Moretti",
            "PERSON:Carla Moretti",
        ),
        (
            "Row\n\nTomasz Wrzesniak, 52, built the yard.\n\nDefiant Wrzesniak told reporters he would stay.\n\n"
            "Wrzesniak said he would appeal.\n",
            "Defiant Wrzesniak",
            "Wrzesniak",
            "PERSON:Tomasz Wrzesniak",
        ),
    ],
)
def test_the_adjective_is_no_part_of_the_name(
    rec: Recognizer, text: str, described: str, surname: str, person: str
) -> None:
    assert (described, "PERSON") not in names(rec, text)
    assert keys(rec, text, surname) == [("PERSON", person)] * 2
