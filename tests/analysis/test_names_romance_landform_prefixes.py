"""A mountain, cape, point, peak, lake or valley named by its kind first in Italian, French or
Romansh ("Monte Stello", "Cap Corse", "Capo Testa", "Punta Penna", "Piz Linard", "Lago Maggiore",
"Valle Maira") is a LOC, not a person (issue #16, round s31-c: heldout24's Corsican opinion piece
had "Cap Corse" twice and "Monte Stello" as PERSONs, as "Lac Léman" or "Cerro Rico" were read
already). "Val", a given name too ("Val McDermid"), is left out. The reported sentences first, then
variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # reported (heldout24)
        (
            "When the boat rounds Cap Corse at dawn, and the light comes up over Monte Stello, my children "
            "always go out on deck.",
            ["Cap Corse", "Monte Stello"],
        ),
        ("No plane has fallen out of the sky over Cap Corse.", ["Cap Corse"]),
        # invented: other kinds, other places
        ("Hikers set off for Piz Linard and camped by Lago Bianco.", ["Piz Linard", "Lago Bianco"]),
        (
            "The ferry passed Capo Testa and Punta Penna before noon; snow closed Valle Maira.",
            ["Capo Testa", "Punta Penna", "Valle Maira"],
        ),
    ],
)
def test_landforms_named_by_kind_first_are_places(rec: Recognizer, text: str, places: list[str]) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert [p for p in places if (p, "LOC") not in found] == [], found


def test_val_stays_a_given_name(rec: Recognizer) -> None:
    found = names(rec, "Story\n\nThe author Val McDermid said the book was done.\n")
    assert ("Val McDermid", "PERSON") in found, found
