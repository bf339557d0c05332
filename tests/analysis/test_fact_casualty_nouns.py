"""A casualty measure said of things is labelled by the things' noun (tester, session 15: "120
homes had been evacuated" beside "150 homes" was the fact *people evacuated*, in the fact
sheet, the timeline and the TUI), and never joins the count of people the measure names.

The first case is the reported input (/tmp/t17/r2); the others are invented."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Art:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def sheet(*texts: str) -> list[Fact]:
    return fact_sheet([(Art(chr(ord("a") + i), t), []) for i, t in enumerate(texts)])


def labels(facts: list[Fact]) -> dict[str, list[float | str]]:
    return {f.label: [v.value for v in f.values] for f in facts}


@pytest.mark.parametrize(
    ("first", "second", "label", "values"),
    [
        (  # the reported input
            "Dam breach\n\nEmergency minister Ilse Korvan said 120 homes had been evacuated.",
            "Dam breach update\n\nEmergency minister Ilse Korvan said 150 homes had been evacuated.",
            "homes evacuated",
            [120, 150],
        ),
        (
            "Fire at the depot\n\nPolice said 40 vehicles were evacuated from the car park.",
            "Depot fire\n\nThe fire service said 55 vehicles were evacuated from the car park.",
            "vehicles evacuated",
            [40, 55],
        ),
        (
            "Barn flood\n\nFarmers said 300 cattle were rescued from the fields overnight.",
            "Farm flooding\n\nVolunteers said 320 cattle had been rescued by boat.",
            "cattle rescued",
            [300, 320],
        ),
    ],
)
def test_things_counted_by_a_casualty_measure_are_labelled_by_their_noun(
    first: str, second: str, label: str, values: list[float]
) -> None:
    got = labels(sheet(first, second))
    assert got[label] == values
    assert not any(k.startswith("people") for k in got)


def test_things_never_join_the_people_the_measure_counts() -> None:
    facts = sheet(
        "Dam breach\n\nOfficials said 120 homes had been evacuated.",
        "Dam breach\n\nOfficials said 500 people had been evacuated.",
        "Dam breach\n\nOfficials said 3,500 residents had been evacuated.",
    )
    got = labels(facts)
    assert got["homes evacuated"] == [120]
    assert sorted(got["people evacuated"]) == [500, 3500]  # residents are people: one fact


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Storms left 40 buildings damaged.", "buildings damaged"),
        ("Officials said 2,000 passengers were stranded at the port.", "people stranded"),
        ("Snow left 300 stranded on the motorway.", "people stranded"),
        ("Police said 12 were evacuated.", "people evacuated"),
    ],
)
def test_people_of_any_kind_keep_the_measure_label(text: str, label: str) -> None:
    assert [f.label for f in sheet(text)] == [label]


# Session 24 (found by hand): a count noun without a plural "-s" followed by the participle ("1,200
# fish died") was counted as "died", so the fish joined the people's death toll (one row "death
# toll", 1,200 beside 12); the participle is what happened to the things, not what is counted.
@pytest.mark.parametrize(
    ("things", "label"),
    [
        ("About 1,200 fish died in the river after the spill.", "fish killed"),
        ("Some 300 cattle died in the floods.", "cattle killed"),
        ("At least 40 sheep were killed by the landslide.", "sheep killed"),
        ("Nearly 5,000 poultry died at the farm.", "poultry killed"),
    ],
)
def test_things_without_a_plural_s_never_join_the_death_toll(things: str, label: str) -> None:
    facts = sheet(f"Spill\n\n{things} Twelve people were killed.", "Spill\n\nThe death toll rose to 14.")
    got = labels(facts)
    assert sorted(got["death toll"]) == [12, 14]
    assert label in got and len(got[label]) == 1
