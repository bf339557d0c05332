"""A capitalised word no list holds, formed from a place's name by a demonym's ending ("Okinawa" and
"Okinawan", "Goa" and "Goan", "Sicily" and "Sicilian", "Makassar" and "Makassarese") and written
before a lower-case noun inside a sentence, is that place's people (NORP) (issue #16, round s38-e,
held-out 31's errors: "at the heart of Okinawan music", "the Goan spirit" were no names). The
reported sentences and variants with invented places; a word whose stem is no place stays
unnamed, a place before its own noun stays a place (guards)."""

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
        (
            "He rebuilt Okinawa's music after the war. The sanshin is the lute at the heart of Okinawan music.",
            "Okinawan",
        ),
        ("The plant in Goa will bottle cashew feni, the Goan spirit, under its own label.", "Goan"),
        ("Storms cut power in Pelturika overnight. Pelturikan fishermen sold their catch at dawn.", "Pelturikan"),
        ("Most families in Zorvany keep goats, and Zorvanian cheese sells in every market.", "Zorvanian"),
        ("The road from Tamvalar is closed, and Tamvalarese traders have stopped coming.", "Tamvalarese"),
    ],
)
def test_demonym_of_a_named_place(rec: Recognizer, text: str, people: str) -> None:
    got = names(rec, text)
    assert (people, "NORP") in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Morgan family sold the farm.", "Morgan"),
        ("Votes in Pelturika were counted, and the Pelturika council met.", "Pelturika"),
    ],
)
def test_no_demonym_without_a_place(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "NORP") not in names(rec, text)
