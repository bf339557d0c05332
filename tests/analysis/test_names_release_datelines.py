"""Two kinds of dateline name their places (heldout25, round s32-b):

- a press release's dateline naming several places in capitals, each perhaps with its country,
  joined by a spaced slash or "and", then a date and a dash ("GUNTUR / HYDERABAD, 4 December 2026
  –": "GUNTUR" was an ORG and "HYDERABAD" nothing): every place and country a GPE;
- a dateline in capitals closed by a colon ("PESHAWAR: The Peshawar High Court ..." was no name),
  when its place is a city, state or country the lists know; "WATCH:" stays a label.

Invented examples of both."""

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
        (
            "KISUMU / ELDORET, 12 March 2026 – Maji Safi Holdings, a water-meter maker, said on Monday it "
            "had raised $4 million.",
            ["KISUMU", "ELDORET"],
        ),
        (
            "TROMSØ, Norway / OULU, Finland – 5 May 2026 – Arktis Sensor AS and a Finnish partner said on "
            "Tuesday they would test ice radars on the Bothnian coast.",
            ["TROMSØ", "Norway", "OULU", "Finland"],
        ),
        (
            "LEÓN and SALAMANCA, 3 June 2026 – Two regional dairies said on Wednesday they would merge.",
            ["LEÓN", "SALAMANCA"],
        ),
        (
            "KANDY: Police on Friday arrested three men over the theft of a temple's brass lamps.",
            ["KANDY"],
        ),
        (
            "MOMBASA: The port authority said on Monday that two cranes had been repaired.",
            ["MOMBASA"],
        ),
    ],
)
def test_dateline_places_are_places(rec: Recognizer, text: str, places: list[str]) -> None:
    found = names(rec, text)
    for place in places:
        assert (place, "GPE") in found, found


@pytest.mark.parametrize(
    "text",
    ["WATCH: The mayor explains the new bus lanes", "UPDATE: The ferry sailed at noon, the operator said."],
)
def test_a_label_before_a_colon_is_no_place(rec: Recognizer, text: str) -> None:
    assert not any(label == "GPE" for _, label in names(rec, text)), names(rec, text)
