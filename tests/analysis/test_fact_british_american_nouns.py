"""British and American words for one thing count one thing (issue #16, t13ajr S3): "Some 1,200
lorries were stuck" and "1,500 trucks were stranded" at one border were two single-source rows,
a missed disagreement; so were flats and apartments, trams and streetcars. Different things stay
apart (flats and houses, lorries and cars)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _counts(*texts: str) -> list[tuple[str, list[float]]]:
    return [(f.status, [float(v.value) for v in f.values]) for f in sheet(*texts) if f.values[0].kind == "count"]


@pytest.mark.parametrize(
    ("british", "american", "values"),
    [
        # reported (t13ajr N4/v2)
        (
            "Some 1,200 lorries were stuck at the border crossing on Sunday, police said.",
            "Police said 1,500 trucks were stranded at the border crossing on Sunday.",
            [1200.0, 1500.0],
        ),
        # variants: homes damaged, services cancelled
        (
            "Some 300 flats were damaged by the blast, officials said.",
            "About 450 apartments were damaged by the blast.",
            [300.0, 450.0],
        ),
        ("Some 40 trams were cancelled on Monday.", "About 60 streetcars were cancelled on Monday.", [40.0, 60.0]),
    ],
)
def test_one_thing_in_either_english_is_one_row(british: str, american: str, values: list[float]) -> None:
    assert _counts(british, american) == [("disagree", values)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Some 300 flats were damaged by the blast.", "About 450 houses were damaged by the blast."),
        ("Some 1,200 lorries were stuck at the border.", "About 900 cars were stranded at the border."),
    ],
)
def test_different_things_stay_apart(one: str, other: str) -> None:
    assert all(status == "single source" for status, _values in _counts(one, other))
