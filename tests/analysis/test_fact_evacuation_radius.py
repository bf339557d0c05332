"""An evacuation's count and radius (issue #16, t13n F6).

(a) a count whose noun is followed by a participle phrase of where its people live ("About 1,200
residents living within 2 kilometres of the plant were evacuated") is counted by the verb past
the phrase, its own figure included (*people evacuated*; was a row "residents"); a count summing
up the clause before it after a dash ("Residents within 2 km remain evacuated – about 1,200
people") is a value of that clause's measure (was "people").
(b) a length "within" which people were evacuated is the evacuation radius, one fact compared
across outlets (2 km vs 3 km were "length evacuated" and "distance to Quimibral")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in sheet(*texts)}


CASES = [
    # reported (Reuters, live blog, AFP)
    (
        (
            "About 1,200 residents living within 2 kilometres of the plant were evacuated as a precaution, the mayor said.",
            "Residents within 2 km remain evacuated – about 1,200 people.",
            "Some 1,500 people were evacuated from homes within three kilometres of the Quimibral site overnight.",
        ),
        [("a", "about 1,200"), ("b", "about 1,200"), ("c", "some 1,500")],
        [("a", "2 km"), ("b", "2 km"), ("c", "3 km")],
    ),
    # variants of my own
    (
        (
            "Nearly 800 villagers staying within 5 km of the dam were evacuated overnight.",
            "Some 950 people were moved out of homes within a radius of seven kilometres of the dam.",
        ),
        [("a", "nearly 800"), ("b", "some 950")],
        [("a", "5 km"), ("b", "7 km")],
    ),
    (
        (
            "About 300 residents who live within 1 mile of the refinery were evacuated.",
            "Officials evacuated 400 people within two miles of the refinery.",
            "Homes within 3 km remain empty – about 350 people were evacuated.",
        ),
        [("a", "about 300"), ("b", "400"), ("c", "about 350")],
        [("a", "1 mi"), ("b", "2 mi"), ("c", "3 km")],
    ),
]


@pytest.mark.parametrize(("texts", "people", "radius"), CASES)
def test_evacuated_count_and_radius(
    texts: tuple[str, ...], people: list[tuple[str, str]], radius: list[tuple[str, str]]
) -> None:
    rows = _rows(*texts)
    assert rows.get("people evacuated") == people, rows
    assert rows.get("evacuation radius") == radius, rows
