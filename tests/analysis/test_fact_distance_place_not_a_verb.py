"""A distance's place is never the verb after its clause: "some 80 km east of the capital, killing
21 people" is the distance to the capital (t13air N5 v2: a row "distance to the killing", measure
"distance|killing"); "the capital" is read past to a name only when one follows ("the capital,
Lima")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (t13air variants/N5-v2-metric/b.txt)
        (
            "The landslide struck near Barhabise in Sindhupalchok District, some 80 km east of the capital, "
            "killing 21 people.",
            "distance to the capital",
        ),
        # variants of my own: other verbs after the comma
        ("The quake struck 30 miles north of the capital, forcing 2,000 people to flee.", "distance to the capital"),
        ("The blast hit a depot 12 km west of the capital, destroying 40 homes.", "distance to the capital"),
    ],
)
def test_distance_place_is_no_verb(text: str, label: str) -> None:
    [distance] = [f for f in sheet(text) if f.label.startswith("distance")]
    assert distance.label == label


def test_the_capitals_name_after_it_is_the_place() -> None:
    [distance] = [f for f in sheet("The quake struck 30 miles north of the capital, Lima, on Friday.")]
    assert distance.label == "distance to Lima"
