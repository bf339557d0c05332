"""A sentence telling a measure's steps in time gives the article one value, its last step, the
steps before it what the article said first, in text order; a count of the things the last step
added ("after two guests died") is no value of the measure (t13s F8, round s31-i: "Officials first
reported three deaths at dawn, then five by midday, and seven by evening after two guests died in
hospital" gave the outlet 7, 5 and 2, first said 3, so its toll seemed to fall)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

CASES = [
    # reported (t13s pages/costa-herald-saved)
    (
        "Seven people died and at least 16 were injured in the fire, the city's fire chief said.\n\n"
        "The toll rose through the day. Officials first reported three deaths at dawn, then five by "
        "midday, and seven by evening after two guests died in hospital.",
        "death toll",
        "7",
        ["3", "5"],
    ),
    # variants of my own: other words, names and measures
    (
        "Police said four people had died by noon, then six by mid-afternoon, and nine by nightfall "
        "after three patients died in hospital.",
        "death toll",
        "9",
        ["4", "6"],
    ),
    (
        "The death toll climbed from two to five, then to eight after three climbers died overnight.",
        "death toll",
        "8",
        # the value the change replaced is the first step (t13u F8, round s32-g: the 2 was lost)
        ["2", "5"],
    ),
    (
        "At first 10 people were reported injured, then 14, and later 20 as six more passengers were treated.",
        "people injured",
        "20",
        ["10", "14"],
    ),
]


@pytest.mark.parametrize(("text", "label", "value", "earlier"), CASES)
def test_the_last_step_is_the_value(text: str, label: str, value: str, earlier: list[str]) -> None:
    rows = [f for f in sheet(text) if f.label == label]
    assert [[(value_text(v), [value_text(e) for e in v.earlier]) for v in f.values] for f in rows] == [
        [(value, earlier)]
    ], [(f.label, [(value_text(v), [value_text(e) for e in v.earlier]) for v in f.values]) for f in sheet(text)]
    (v,) = rows[0].values
    assert [e["display"] for e in v.to_json()["superseded"]] == [e.display for e in v.earlier]
    assert [e.start for e in v.earlier] == sorted(e.start for e in v.earlier)  # text order


@pytest.mark.parametrize(
    "text",
    [
        "Five people died in the crash, then two more died in hospital.",
        "Two people died in Harwick on Monday and four in Oldbury on Tuesday.",
        # counts of their own days and places, no running count
        "Two people died on Monday, then three on Tuesday, police said.",
        "The quake killed 12 people in Tarn, then 30 in Oldbury.",
    ],
)
def test_no_sequence_no_steps(text: str) -> None:
    for f in sheet(text):
        assert all(not v.earlier for v in f.values), f
