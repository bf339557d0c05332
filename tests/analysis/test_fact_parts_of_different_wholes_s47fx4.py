"""A part of a long thing is owned by the whole its "of" phrase names (review s47-rv2 finding 2,
round s47-fx4): "a 480-metre section of the bridge" and "a 12-km stretch of the motorway" are two
rows, never one disagreement; a part naming no whole joins the one whole the corpus names."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _row(facts: list[Fact], value: float) -> Fact:
    rows = [f for f in facts if any(float(v.value) == value for v in f.values if not isinstance(v.value, str))]
    assert len(rows) == 1, [(f.label, [v.value for v in f.values]) for f in facts]
    return rows[0]


@pytest.mark.parametrize(
    ("texts", "part", "others"),
    [
        # reported (review s47-rv2 finding 2)
        (
            (
                "A 480-metre section of the Halden Strait Bridge collapsed on Friday morning, killing four people. "
                "Police closed a 12-kilometre stretch of the E6 motorway on both sides of the bridge.",
                "Four people died when part of the Halden Strait Bridge fell into the water on Friday. "
                "Traffic was diverted after police shut a 9-kilometre stretch of the motorway.",
            ),
            480.0,
            (12.0, 9.0),
        ),
        # variants of my own: other wholes, part nouns and numbers
        (
            (
                "A 60-metre span of the Kessel viaduct gave way at dawn. "
                "Engineers inspected a 3-mile segment of the railway line nearby.",
                "Officials closed a 4-mile portion of the railway after the viaduct failed.",
            ),
            60.0,
            (3.0, 4.0),
        ),
        (
            (
                "Floodwater swept away a 200-metre section of the river embankment. "
                "A 5 km stretch of the canal was drained.",
            ),
            200.0,
            (5.0,),
        ),
    ],
)
def test_parts_of_different_wholes_stay_apart(texts: tuple[str, ...], part: float, others: tuple[float, ...]) -> None:
    facts = sheet(*texts)
    row = _row(facts, part)
    for other in others:
        assert _row(facts, other) is not row, (row.label, [v.value for v in row.values])
    assert row.status != "disagree", row.label


def test_parts_of_one_whole_still_join() -> None:
    facts = sheet(
        "Police closed a 12-kilometre stretch of the E6 motorway.",
        "Traffic was diverted after police shut a 9-kilometre stretch of the motorway.",
    )
    assert _row(facts, 12.0) is _row(facts, 9.0)
    assert _row(facts, 12.0).status == "disagree"
