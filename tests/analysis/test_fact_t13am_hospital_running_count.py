"""The number in hospital, one running count (#16, t13am N2). A live blog's entries "Nineteen people
have been taken to hospital", "The number in hospital has risen to 27" and "31 people are being
treated in hospital" were 19 in "people taken to hospital" and 31 in "people in hospital", its 27 no
figure at all; KXVN's "31 people were now being treated in hospital, up from 27 earlier in the day"
was "taken to hospital" and carried no 27. The README promises a live blog's running count, however
each entry words it, is its one value, the latest, carrying the others. Those taken to hospital and
those in hospital stay two measures elsewhere (the README's rule): a blog's larger count taken
there beside fewer there later is kept. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def hospital(facts: list[Fact]) -> dict[str, list[tuple[float, list[float]]]]:
    """label → (value, earlier values) of the rows of people in or taken to hospital, by doc."""
    return {
        f.label: [(float(v.value), [float(e.value) for e in v.earlier]) for v in sorted(f.values, key=lambda v: v.doc)]
        for f in facts
        if "hospital" in f.label
    }


@pytest.mark.parametrize(
    ("blog", "value", "earlier"),
    [
        # reported (t13am): the live blog's 19 → 27 → 31
        (
            "LIVE: Vessna River cyanide spill - latest updates\n\n08.30 GMT\nNineteen people have been taken to"
            " hospital, the health service says.\n\n10.41 GMT\nThe number in hospital has risen to 27, according to"
            " the regional health service.\n\n17.20 GMT\nThe health service now says 31 people are being treated"
            " in hospital.",
            31.0,
            [19.0, 27.0],
        ),
        # variants: "the number of people in hospital now stands at"; "remain in hospital" after
        # "hospitalised"
        (
            "LIVE: Storm updates\n\n09:10\nTwelve people were taken to hospital after the roof collapsed.\n\n"
            "11:45\nThe number of people in hospital now stands at 20, doctors said.",
            20.0,
            [12.0],
        ),
        (
            "LIVE: Bus crash updates\n\n07:00\nSix passengers were hospitalised.\n\n13:30\nNine passengers remain"
            " in hospital, the trust said.",
            9.0,
            [6.0],
        ),
    ],
)
def test_a_live_blogs_hospital_count_is_its_latest_value(blog: str, value: float, earlier: list[float]) -> None:
    rows = hospital(sheet(blog))
    assert rows == {"people in hospital": [(value, earlier)]}, rows


@pytest.mark.parametrize(
    ("text", "value", "earlier"),
    [
        # reported (t13am): KXVN's "were now being treated in hospital, up from 27 earlier in the day"
        (
            "The regional health service said 31 people were now being treated in hospital, up from 27 earlier"
            " in the day.",
            31.0,
            [27.0],
        ),
        # variants: "currently in hospital, down from 16 on Monday"; "still in hospital, up from 9"
        ("Officials said 14 people were currently in hospital, down from 16 on Monday.", 14.0, [16.0]),
        ("Eleven miners are still in hospital, up from 9 on Sunday.", 11.0, [9.0]),
    ],
)
def test_a_count_in_hospital_carries_the_value_it_rose_from(text: str, value: float, earlier: list[float]) -> None:
    rows = hospital(sheet(text, "Story of another town."))
    assert rows == {"people in hospital": [(value, earlier)]}, rows


def test_more_taken_to_hospital_than_remain_stay_two_counts() -> None:
    """No false merge: a blog's 40 taken to hospital and its later 12 still there are two counts."""
    rows = hospital(
        sheet(
            "LIVE: Fire updates\n\n09:10\nForty people were taken to hospital overnight.\n\n15:00\nTwelve people"
            " remain in hospital, the hospital said."
        )
    )
    assert rows == {"people taken to hospital": [(40.0, [])], "people in hospital": [(12.0, [])]}, rows
