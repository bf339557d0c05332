"""Airlifted people are rescued only in a clause of the event's danger (review s48-rv finding 5,
round s48-fx1): round s48-f read any airlifted people but a force's own (roles._SENT_PEOPLE) as
rescued, so "The government airlifted 300 pilgrims to Mecca" joined a flood's *people rescued*.
They are rescued when got out of a place of danger ("from rooftops"), in danger ("stranded",
"flooded", "the danger zone": roles._IN_DANGER) or in a rescue's clause (a rescue or casualty
word: roles._in_rescue); else the count is a plain count of its noun."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[tuple[str, int]]]:
    return {f.label: sorted((v.doc, int(v.value)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("carried", "noun", "number"),
    [
        # reported
        ("The government airlifted 300 pilgrims to Mecca this week, officials said.", "pilgrims", 300),
        # variants of my own: tourists home after a holiday, fans to a final
        ("A charter airline airlifted 450 tourists home from Crete on Saturday.", "tourists", 450),
        ("Charter flights airlifted 200 fans to the final in Lisbon.", "fans", 200),
    ],
)
def test_people_airlifted_out_of_no_danger_are_no_rescue(carried: str, noun: str, number: int) -> None:
    rows = _rows(
        carried,
        "Floods swept the valley. Helicopters airlifted 8 residents from rooftops. Two people drowned.",
        "Floods swept the valley. Crews rescued 8 people. Two people drowned.",
    )
    assert rows.get("people rescued") == [("b", 8), ("c", 8)], rows
    assert any(label.startswith(noun) and docs == [("a", number)] for label, docs in rows.items()), rows


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters airlifted 8 residents from the flooded valley, police said.",
        "An army helicopter airlifted 8 villagers out of the danger zone.",
        "Rescue helicopters airlifted 8 hikers off the mountain on Sunday.",
    ],
)
def test_people_airlifted_in_danger_are_rescued(text: str) -> None:
    rows = _rows(text, "Crews rescued 8 people, the governor said.")
    assert rows.get("people rescued") == [("a", 8), ("b", 8)], rows
