"""One count however its verb is worded (issue #16, t13aa K14): shutting things is closing them
("shut 14 schools" and "12 schools were closed" are one row *schools closed*), and people pulled,
plucked or lifted out of the water or rubble were rescued ("Rescuers pulled 45 people from the
water" and "40 people were rescued" are one row *people rescued*): roles._STOP_VERB_FORMS and
_PEOPLE_VERB_FORMS, one table each."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "other", "label", "values"),
    [
        # found (t13aa repro v14)
        (
            "The closure forced the council to shut 14 schools.",
            "12 schools were closed.",
            "schools closed",
            ["14", "12"],
        ),
        (
            "Rescuers pulled 45 people from the water.",
            "40 people were rescued from the water.",
            "people rescued",
            ["45", "40"],
        ),
        # variants of my own: other forms, other things, other places
        (
            "The floods shut 30 roads across the county.",
            "Police closed 28 roads across the county.",
            "roads closed",
            ["30", "28"],
        ),
        (
            "Some 22 clinics were shut on Monday.",
            "The health board is closing 25 clinics on Monday.",
            "clinics closed",
            ["some 22", "25"],
        ),
        (
            "Firefighters plucked 12 residents from the rubble of the block.",
            "Fifteen residents were rescued from the block.",
            "people rescued",
            ["12", "15"],
        ),
        (
            "Helicopter crews lifted 30 villagers out of the flood water.",
            "The army rescued 34 villagers after the flood.",
            "people rescued",
            ["30", "34"],
        ),
    ],
)
def test_one_count_whatever_the_verb_s_wording(text: str, other: str, label: str, values: list[str]) -> None:
    rows = _rows(text, other)
    got = [r for r in rows if r[0] == label]
    assert len(got) == 1 and sorted(got[0][2]) == sorted(values), rows
    assert got[0][1] == "disagree", rows
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    "text",
    [
        # a crowd drawn, no rescue: "pulled" counts as a rescue only out of somewhere
        "The festival pulled 45,000 people on Saturday.",
        "The club lifted 300 members last year.",
    ],
)
def test_pulled_people_without_where_from_are_no_rescue(text: str) -> None:
    assert not [r for r in _rows(text) if r[0] == "people rescued"], _rows(text)


def test_bodies_pulled_out_stay_bodies_recovered() -> None:
    rows = _rows("Divers pulled the bodies of four people from the river.")
    assert [r[0] for r in rows] == ["bodies recovered"], rows
