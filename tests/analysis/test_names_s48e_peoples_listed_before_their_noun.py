"""A list of peoples' names before a noun of their members, homes or tongues (issue #16, round
s48-e; held-out 41's "in Nanai, Ulchi and Nivkh houses", whose names were GPEs by the
preposition's cue): the names are the peoples' words (NORP), no places, where none of them is a
listed place; a list of known places before such a noun stays places. Variants of other peoples,
nouns and prepositions. Since round s48-fx3 (review s48-rve finding 4) the names are peoples by
peoples.py's own rule, which asks for two of its weaker nouns ("houses", "villages") after a
name: each case writes a second noun, as an article about a people does."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "peoples"),
    [
        (
            "There are hundreds of such notebooks in Nanai, Ulchi and Nivkh houses along the river. "
            "Their Nivkh families keep them.",
            ("Ulchi", "Nivkh"),
        ),
        (
            "Dances were held in Tatar and Chuvash villages all summer. Many Chuvash singers came too.",
            ("Tatar", "Chuvash"),
        ),
        (
            "The clinic serves families from Marma, Tanchangya and Bawm communities. Many Bawm women work there.",
            ("Tanchangya", "Bawm"),
        ),
    ],
)
def test_a_list_of_peoples_before_their_noun(rec: Recognizer, text: str, peoples: tuple[str, ...]) -> None:
    found = names(rec, text)
    for people in peoples:
        assert (people, "NORP") in found, found
        assert (people, "GPE") not in found, found


def test_known_places_before_such_a_noun_stay_places(rec: Recognizer) -> None:
    found = names(rec, "Tension rose in Kenya and Uganda communities along the border.")
    assert ("Kenya", "GPE") in found and ("Uganda", "GPE") in found, found
