"""Ports and islands named by their kind first ("Puerto X", "Port X", "Isla X", "Isle of X") are
places, never people (t13t F2, round s31-j: "between Puerto Calder and Isla Merced" gave two
PERSONs). "Isla" is a given name too: a person's cue keeps "Isla Fisher said" a person. The
reported sentence and two invented variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "port", "island"),
    [
        (  # reported (t13t F2)
            "The crossing between Puerto Calder and Isla Merced has been run by the same operator for two decades.",
            "Puerto Calder",
            "Isla Merced",
        ),
        ("The crossing between Port Haldane and Isla Brava reopened on Monday.", "Port Haldane", "Isla Brava"),
        ("Residents of Puerto Esquivel and Isla Sombra gathered at the pier.", "Puerto Esquivel", "Isla Sombra"),
    ],
)
def test_ports_and_islands_are_places(rec: Recognizer, text: str, port: str, island: str) -> None:
    found = names(rec, text)
    assert (port, "GPE") in found, found
    assert (island, "LOC") in found, found


@pytest.mark.parametrize(
    "text",
    ["Actress Isla Fisher said she was shocked.", "Isla Fisher said she was shocked.", "She met Isla Grant on Monday."],
)
def test_a_person_named_isla_stays_a_person(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert any(label == "PERSON" and name.startswith("Isla ") for name, label in found), found
