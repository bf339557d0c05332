"""A word numbered as a part of a site ("Gate 7", "Platform 4", "Door 12") is no place's name,
whatever preposition comes before it (t13u F11, round s32-b: "standing near Gate 7" gave a GPE
"Gate"). The reported sentence and invented variants; a place before a count stays a place."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (  # reported (t13u F11)
            "CORDALEZA, June 4 (AFP) - French tourist Julien Macron, 29, was standing near Gate 7 when "
            "the crowd began to sway.",
            "Gate",
        ),
        ("Commuters waited near Platform 4 for more than an hour.", "Platform"),
        ("Fans gathered outside Door 12 on Sunday evening.", "Door"),
    ],
)
def test_a_numbered_part_is_no_place(rec: Recognizer, text: str, part: str) -> None:
    found = names(rec, text)
    assert not any(part in name.split() for name, _ in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [("He works in Harwick 3 days a week.", "Harwick"), ("The bus stopped in Tarsk 40 km away.", "Tarsk")],
)
def test_a_place_before_a_count_stays_a_place(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "GPE") in names(rec, text)
