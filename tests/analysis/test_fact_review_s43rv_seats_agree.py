"""One party's seats, the same number in every outlet, agree even where one outlet names no party
(review s43-rv finding 8: "14" in three outlets was "not compared", its grounds speaking of vote
shares): vote figures of no named party are listed apart only when they could be another party's,
never when they restate the one named value. The first case is the reported input; the others are
my own; two parties' unowned shares stay apart and differing seats still disagree."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Souza's Green Alliance (GA) will hold 14 of the council's 35 seats.",
            "The GA now has 14 seats on the 35-seat council.",
            "Her Green Alliance won 14 seats, four short of a majority.",
        ),
        ("Labour won 26 seats.", "The party now has 26 seats on the council.", "Labour took 26 seats."),
        (
            "The Liberal Party won 9 seats in the assembly.",
            "The Liberal Party now has 9 seats in the assembly.",
            "Its Liberal Party won 9 seats, three short of a majority.",
        ),
    ],
)
def test_one_partys_seats_restated_agree(texts: tuple[str, ...]) -> None:
    rows = [(f.label, f.status, f.grounds) for f in sheet(*texts) if f.label == "seats won"]
    assert len(rows) == 1 and rows[0][1] == "agree", rows


def test_two_unnamed_shares_stay_apart_and_differing_seats_disagree() -> None:
    shares = [
        f.status
        for f in sheet("The ruling party won 40% of the vote.", "The main opposition alliance won 40% of the vote.")
        if "40%" in str([v.value for v in f.values]) or f.values[0].value == 40
    ]
    assert "agree" not in shares, shares
    seats = [f.status for f in sheet("Labour won 26 seats.", "The party has 26 seats.", "Labour took 28 seats.")]
    assert "disagree" in seats, seats
