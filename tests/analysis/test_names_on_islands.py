"""A place no gazetteer lists written right after "on" ("On Terschelling, where about 4,900 people
live") is an island or a mountain (OntoNotes LOC), at its other mentions in the article too;
towns are "in" a place (issue #16, round s29-c: heldout22's Wadden island was GPE twice). A listed
town after "on" ("snow falling on Bishkek") and a place's possessive ("on Brazil's border") stay
GPE. The reported shape first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "island"),
    [
        # reported (heldout22)
        (
            "Residents of Terschelling say they will be cut off after the ferry firm confirmed the cut.\n\n"
            "On Terschelling, where about 4,900 people live, nurses rely on the late crossing.",
            "Terschelling",
        ),
        # invented: other islands, other wording
        (
            "A new clinic will open on Ouessant in May. Doctors in Ouessant have waited ten years.",
            "Ouessant",
        ),
        ("Anna Berg grew up on Utsira. She still teaches at the school in Utsira.", "Utsira"),
    ],
)
def test_a_place_one_is_on_is_an_island(rec: Recognizer, text: str, island: str) -> None:
    found = names(rec, text)
    assert (island, "LOC") in found
    assert (island, "GPE") not in found


@pytest.mark.parametrize(
    ("text", "town", "label"),
    [
        ("Heavy snow has been falling on Bishkek since about 9am, officials said.", "Bishkek", "GPE"),
        ("Shares rose 2.9% on Seoul's main market, traders in Busan said.", "Seoul", "GPE"),
    ],
)
def test_a_listed_town_or_a_possessive_stays_a_town(rec: Recognizer, text: str, town: str, label: str) -> None:
    assert (town, label) in names(rec, text)
