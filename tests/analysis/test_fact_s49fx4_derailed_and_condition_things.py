"""Two readings of round s49-f2 kept to their senses (review s49-rv2 findings 12 and 13, round
s49-fx4), each a kind, each with the reviewer's input and two invented variants:

- leaving the track or the rails is a derailment only for railway vehicles (``roles.derailing``,
  ``_RAIL_VEHICLES``): horses and riders leave a racetrack, strikers "the line";
- a count without a noun "in a serious condition" is people in that condition only when the count
  it refers back to is of people: "30 bridges; five are in a serious condition" is no casualty
  (``measures._things_counted_before``). The round's carriages and casualties still read."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def labels(*texts: str) -> list[str]:
    return [f.label for f in sheet(*texts)]


@pytest.mark.parametrize(
    "text",
    [
        "Two of the 12 horses left the track after the first fence, and three riders went off the rails at the"
        " water jump.",
        "More than 200 workers left the line on Friday to join the strike.",
        "Four of the nine runners went off the track at the second bend.",
        "Some 150 dockers left the picket line after the vote, and 40 drivers came off the tracks.",
    ],
    ids=["reported", "reported_strike_line", "variant_runners", "variant_dockers_drivers"],
)
def test_leaving_the_track_is_derailing_only_for_rail_vehicles(text: str) -> None:
    got = labels(text)
    assert not any("derailed" in lab for lab in got), got


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The train left the track on a curve. Six of its eight carriages came off the rails.", "carriages derailed"),
        ("Three of its five wagons left the track at the points.", "wagons derailed"),
    ],
)
def test_rail_vehicles_still_derail(text: str, label: str) -> None:
    assert label in labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council owns 30 bridges; five are in a serious condition and need repairs.",
        "The city has 40 schools. Six are in poor condition and eight are in a fair condition.",
        "The airline grounded 14 jets; three are in good condition.",
    ],
    ids=["reported", "variant_previous_sentence", "variant_jets"],
)
def test_things_in_a_condition_are_no_people(text: str) -> None:
    got = labels(text)
    assert not any(lab.startswith("people in") for lab in got), got


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Twenty people were injured. Five are in a serious condition.", "people in serious condition"),
        ("Twelve were hurt in the crash and five are in critical condition.", "people in critical condition"),
        ("Five are in critical condition, the hospital said.", "people in critical condition"),
    ],
)
def test_people_in_a_condition_still_count(text: str, label: str) -> None:
    assert label in labels(text)
