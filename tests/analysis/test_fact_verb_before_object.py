"""A fire's or a flood's verb before the figure it acts on names the measure, as after it (a
probe of issue #16 on an invented wildfire story, session 25): "The Sage Fire had burned 12,400
acres", "has scorched about 14,000 acres" and "had now burned 13,900 acres" were three rows
"area (acre)" (two of them in "disagreement", the third alone), and "the blaze, which destroyed
at least 86 homes" was a row "homes" apart from "has destroyed 94 homes". They are one *area
burned* and one *homes destroyed*, ordered by date; a verb of another sense before an area
("bought 500 hectares") names no measure, and an acre's value reads "12,400 acres"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def rows(facts: list[Fact]) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in facts if f.sources > 1}


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # reported: the probe's three outlets
        (
            (
                "The Sage Fire had burned 12,400 acres by Wednesday morning and was 15% contained.",
                "The blaze has scorched about 14,000 acres and crews battled gusty winds.",
                "The Sage Fire has now burned 13,900 acres, the sheriff said.",
            ),
            "area burned",
            ["12,400 acres", "about 14,000 acres", "13,900 acres"],
        ),
        # variants: a flood's verbs before and after, in hectares; a burnt area in other words
        (
            (
                "Floodwater inundated 2,000 hectares of farmland along the river on Monday.",
                "By Tuesday some 2,400 hectares had been flooded, the ministry said.",
            ),
            "area flooded",
            ["2,000 ha", "some 2,400 ha"],
        ),
        (
            (
                "The bushfire charred 5,600 hectares of pine plantation near the coast.",
                "Officials said the fire had blackened more than 6,000 hectares.",
            ),
            "area burned",
            ["5,600 ha", "more than 6,000 ha"],
        ),
    ],
)
def test_an_areas_fire_or_flood_verb_before_it_names_the_measure(
    texts: tuple[str, ...], label: str, values: list[str]
) -> None:
    got = rows(sheet(*texts))
    assert got.get(label) == values, got


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # reported
        (
            (
                "More than 1,100 firefighters were assigned to the blaze, which destroyed at least 86 homes.",
                "The Sage Fire has destroyed 94 homes and burned more than 14,000 acres.",
            ),
            ["at least 86", "94"],
        ),
        # variants: damaged before and after; flooded before
        (
            (
                "The storm damaged 300 homes across the valley overnight.",
                "Officials said 240 homes were damaged across the valley.",
            ),
            ["300", "240"],
        ),
        (
            (
                "The river flooded 120 homes in the lower town.",
                "Rising water had flooded 150 homes by dawn, the mayor said.",
            ),
            ["120", "150"],
        ),
    ],
)
def test_a_damage_verb_right_before_a_count_of_things_names_the_measure(
    texts: tuple[str, ...], values: list[str]
) -> None:
    got = rows(sheet(*texts))
    homes = [label for label in got if label.startswith("homes ")]
    assert len(homes) == 1 and got[homes[0]] == values, got


def test_a_verb_of_another_sense_before_an_area_names_nothing() -> None:
    facts = sheet(
        "The farm cooperative bought 500 hectares of grazing land near the lake.",
        "A timber firm sold 1,200 hectares of forest to the county.",
    )
    # (the row apart names its stuff, "area (ha): forest": t13ad N23, round s37-x2)
    assert {f.label for f in facts} == {"area (ha)", "area (ha): forest"}, [
        (f.label, [value_text(v) for v in f.values]) for f in facts
    ]
    assert all(f.sources == 1 for f in facts)


def test_acres_read_as_acres() -> None:
    (fact,) = [f for f in sheet("The fire burned 12,400 acres.", "The fire burned one acre more.") if f.sources]
    assert value_text(fact.values[0]) == "12,400 acres"
