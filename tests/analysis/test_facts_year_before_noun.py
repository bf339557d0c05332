"""A year written before a plural noun is a year, never a count of the noun: four digits from 1800
to 2099 without a separator, straight after a determiner, a possessive or a preposition of time
("the 2019 renovation plans", "its 2021 expansion plans", "Their 1998 recordings"), are the figure
recogniser's year, as before a singular noun ("the 2026 budget"); a round hundred stays a count
("the 2000 homes"). A count of people in a plural without "-s" is a count as one in "-s" is
("2019 people were evacuated", "displaced 2000 people", "1900 children": were years), and a
count written with its separator or after no determiner is kept ("2,019 people", "1500 workers",
"2000 homes"). t13u F9, round s32-g: analysis.md's "Adebayo, who reviewed the 2019 renovation
plans, said …" was a fact row "renovation plans · 1 source · 2,019"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of

YEARS = [
    # reported (t13u data/analysis.md)
    ("Adebayo, who reviewed the 2019 renovation plans, said the tunnel was 3.2 metres wide.", "2019"),
    # variants of my own: another possessive determiner, other nouns and years
    ("The council shelved its 2021 expansion plans after the landslide.", "2021"),
    ("Their 1998 recordings of the choir were reissued in May.", "1998"),
    ("Cardenas said the city's 2017 flood maps were out of date.", "2017"),
]

COUNTS = [
    # a count of people in a plural without "-s"
    ("2019 people were evacuated from the valley.", "2019", "people evacuated"),
    ("The fire displaced 2000 people overnight.", "2000", None),
    ("About 1900 children were evacuated from schools.", "1900", "people evacuated"),
    # counts that were counts before: a separator, no determiner, a round hundred
    ("Officials said 2,019 people were evacuated.", "2,019", "people evacuated"),
    ("Officials said that 1850 people were evacuated.", "1850", "people evacuated"),
    ("About 1500 workers lost their jobs when the plant shut.", "1500", None),
    ("The floods destroyed 2000 homes.", "2000", "homes destroyed"),
    ("The 2000 homes destroyed by the fire were insured.", "2000", "homes destroyed"),
]


@pytest.mark.parametrize(("text", "year"), YEARS)
def test_a_year_before_a_plural_noun_is_a_year(text: str, year: str) -> None:
    [fig] = [f for f in figures_of(text) if text[f.num_start : f.num_end] == year]
    assert fig.kind == "year", fig
    facts = sheet(text)
    assert not [f.label for f in facts for v in f.values if v.kind == "count" and v.value == float(year)], [
        (f.label, [value_text(v) for v in f.values]) for f in facts
    ]


@pytest.mark.parametrize(("text", "number", "label"), COUNTS)
def test_a_count_stays_a_count(text: str, number: str, label: str | None) -> None:
    [fig] = [f for f in figures_of(text) if text[f.num_start : f.num_end] == number]
    assert fig.kind == "count", fig
    if label is not None:
        facts = sheet(text)
        assert [v.value for f in facts if f.label == label for v in f.values] == [fig.value], [
            (f.label, [value_text(v) for v in f.values]) for f in facts
        ]
