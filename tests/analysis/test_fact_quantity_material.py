"""A quantity's "of" phrase names what it measures (t13j F10, issue #16 "facts grouped by what is
counted"): "500,000 litres of diesel" in one outlet and "Around half a million litres of diesel"
in another are one fact even when the sentences around them share no other word (they were two
rows, "agree" and "1 source", of one diesel), and quantities of different stuff are never one
fact or a disagreement, however alike their sentences."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def rows_with(facts: list[Fact], unit: str) -> list[Fact]:
    return [f for f in facts if any(v.unit == unit for v in f.values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # reported (t13j F10): the wire's sentence shares only "diesel" with the ministry's
        (
            "Children watched from the football pitch behind the tape. The minister said 500,000 "
            "litres of diesel had been on the train. The evening brought anger, mostly tiredness.",
            "The fishing boats looked smaller than last summer. Around half a million litres of diesel "
            "were on board, the operator said. Residents found the repainted wall familiar.",
        ),
        # variants of my own: tonnes of crude oil, and a longer name of the same stuff
        (
            "Divers reached the hull on Tuesday. The tanker held 12,000 tonnes of crude oil, its owner "
            "said. Schools in the bay stayed closed.",
            "Seabirds were seen along the dunes at dawn. Nearly 12,000 tonnes of oil were aboard when "
            "she grounded. A hotel offered rooms to volunteers.",
        ),
        (
            "The warehouse roof had been replaced in May. Firefighters found 40 tonnes of ammonium "
            "nitrate inside. The mayor cancelled the parade.",
            "Traffic on the ring road was diverted by noon. About 40 tonnes of nitrate were stored "
            "there, inspectors wrote. A choir sang at the vigil.",
        ),
    ],
)
def test_one_value_of_one_stuff_is_one_fact(first: str, second: str) -> None:
    unit = "l" if "litres" in first else "t"
    rows = rows_with(sheet(first, second), unit)
    assert len(rows) == 1, [(f.label, [v.display for v in f.values]) for f in rows]
    assert rows[0].sources == 2 and rows[0].agree


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one value, different stuff, sentences alike
        (
            "After the derailment at the river crossing, crews pumped 500,000 litres of water from the "
            "flooded cutting near the station, the rail operator said on Friday.",
            "After the derailment at the river crossing, 500,000 litres of diesel leaked near the "
            "station into the flooded cutting, the rail operator said on Friday.",
        ),
        # different values, different stuff, sentences alike: no disagreement
        (
            "After the derailment at the river crossing, crews pumped 300 tonnes of grain from the "
            "wagons near the station, the rail operator said on Friday.",
            "After the derailment at the river crossing, crews pumped 450 tonnes of fertiliser from "
            "the wagons near the station, the rail operator said on Friday.",
        ),
        (
            "At the flooded depot by the harbour, workers moved 80 cubic metres of sand to the quay "
            "before the storm, the harbour master said.",
            "At the flooded depot by the harbour, workers moved 60 cubic metres of gravel to the quay "
            "before the storm, the harbour master said.",
        ),
    ],
)
def test_quantities_of_different_stuff_are_never_one_fact(first: str, second: str) -> None:
    facts = sheet(first, second)
    quantities = [f for f in facts if any(v.kind == "quantity" for v in f.values)]
    assert quantities, [(f.label, [v.display for v in f.values]) for f in facts]
    assert all(f.sources == 1 for f in quantities), [(f.label, [v.display for v in f.values]) for f in quantities]
