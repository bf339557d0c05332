"""A length is grouped by what it is of and what it measures, never by its unit (issue #16; t13x F1
and F8, round s34-f): "The town is 7.5 miles below the dam" is a distance downstream (was a
*depth*, against a reservoir's 30 m); a reservoir's depth and the flood water's are two facts (were
one row in disagreement); "Water rose to 10 feet in Market Street" is the water's depth (was
``length (ft)``); "12 kilometres downstream", "7.5 miles downstream" and "20 km downstream" are one
row compared after conversion (were ``length (km)`` agreeing and a single source apart); "The
52-metre dam", "The 160-foot dam", "48 metres high" and "stood 48 m tall" are the dam's height."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def _rows(facts: list[Fact]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in facts]


def _row_of(facts: list[Fact], doc: str, shown: str) -> Fact:
    return next(f for f in facts if any(v.doc == doc and value_text(v) == shown for v in f.values))


# --- F1: a distance is no depth; a reservoir's depth is not the flood water's -----------------------

REPORTED_V1 = (
    "KELLBY, March 9 (Nordwire) - The dam held back a reservoir about 30 metres deep. Water stood up to 3 metres "
    "deep in the town centre. Kellby lies 12 kilometres downstream.",
    "KELLBY, March 9 (Courier) - Water rose to 10 feet in Market Street. The town is 7.5 miles below the dam, and "
    "the water was 10 feet deep in places.",
    "KELLBY, March 9 (KXYZ) - The town sits about 7 miles downstream of the dam.",
)
# variants of my own: another river, other words for the water and the stored water, feet
VARIANT_LAKE = (
    "The barrage holds back a lake some 40 metres deep. Floodwaters were 2 metres deep on the high street. "
    "Osterby is 5 km downstream of the barrage.",
    "Floodwater reached about 6 feet in the square. The village sits 3 miles below the barrage.",
)
VARIANT_FEET = (
    "The reservoir was 100 feet deep before the breach. Hollin lies 20 miles downstream.",
    "The water stood 4 feet deep in the church. The town is about 32 km downstream of the dam.",
)


@pytest.mark.parametrize(
    ("texts", "stored", "water", "distance"),
    [
        pytest.param(REPORTED_V1, ("a", "about 30 m"), [("a", "up to 3 m"), ("b", "10 ft")], 3, id="reported"),
        pytest.param(VARIANT_LAKE, ("a", "some 40 m"), [("a", "2 m"), ("b", "about 6 ft")], 2, id="lake_floodwaters"),
        pytest.param(VARIANT_FEET, ("a", "100 ft"), [("b", "4 ft")], 2, id="feet"),
    ],
)
def test_depths_of_two_things_and_a_distance_are_three_facts(
    texts: tuple[str, ...], stored: tuple[str, str], water: list[tuple[str, str]], distance: int
) -> None:
    facts = sheet(*texts)
    rows = _rows(facts)
    kept = _row_of(facts, *stored)
    assert [(v.doc, value_text(v)) for v in kept.values] == [stored], rows
    assert kept.label.startswith("depth"), rows
    flood = _row_of(facts, *water[0])
    assert flood is not kept, rows
    assert flood.label.startswith("depth") and flood.agree, rows
    assert set(water) <= {(v.doc, value_text(v)) for v in flood.values}, rows
    far = [f for f in facts if f.label.startswith("distance")]
    assert len(far) == 1 and len(far[0].values) == distance, rows
    assert far[0].label == "distance downstream" and far[0].status == "agree", rows
    assert not any(f.status == "disagree" for f in facts), rows


# --- F8: one distance or height in any unit is one row, compared after conversion --------------------

REPORTED_V11 = (
    "KELLBY, March 9 (Alpha) - Kellby lies 12 kilometres downstream of the dam.",
    "KELLBY, March 9 (Beta) - Kellby lies 7.5 miles downstream of the dam.",
    "KELLBY, March 9 (Gamma) - Kellby lies 20 km downstream of the dam.",
)
VARIANT_UPSTREAM = (
    "The intake sits 4 miles upstream of the weir.",
    "The intake is 6.4 km upstream of the weir, engineers said.",
    "The intake lies 9 km upstream of the weir.",
)
VARIANT_BELOW = (
    "Marnau lies 30 km below the dam.",
    "Marnau, 19 miles below the dam, was flooded first.",
    "Marnau is 45 kilometres downstream of the dam.",
)


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        pytest.param(REPORTED_V11, "distance downstream", id="reported"),
        pytest.param(VARIANT_UPSTREAM, "distance upstream", id="upstream_miles"),
        pytest.param(VARIANT_BELOW, "distance downstream", id="below_the_dam"),
    ],
)
def test_one_distance_in_two_units_is_one_row_and_disagrees(texts: tuple[str, ...], label: str) -> None:
    facts = sheet(*texts)
    rows = _rows(facts)
    lengths = [f for f in facts if any(v.kind == "quantity" for v in f.values)]
    assert len(lengths) == 1, rows
    row = lengths[0]
    assert row.label == label, rows
    assert sorted(v.doc for v in row.values) == ["a", "b", "c"], rows
    assert row.status == "disagree", rows


def test_converted_distances_agree() -> None:
    facts = sheet(REPORTED_V11[0], REPORTED_V11[1], "KELLBY, March 9 - Kellby lies about 7 miles downstream.")
    rows = _rows(facts)
    (row,) = [f for f in facts if f.label.startswith("distance")]
    assert row.status == "agree" and len(row.values) == 3, rows


REPORTED_V12 = (
    "KELLBY, March 9 (Alpha) - The dam, 48 metres high, was built in 1964.",
    "KELLBY, March 9 (Beta) - The 52-metre dam was built in 1964.",
    "KELLBY, March 9 (Gamma) - The 160-foot dam collapsed before dawn.",
    "KELLBY, March 9 (Delta) - The dam stood 48 m tall and held back 12 million cubic metres of water.",
)
VARIANT_TOWER = (
    "The 300-foot tower was evacuated on Monday.",
    "The tower, 91 metres tall, was evacuated.",
    "Engineers inspected the 95-metre tower overnight.",
)
VARIANT_WAVE = (
    "A wave 10 metres high struck the harbour.",
    "The 40-foot wave struck the harbour at dawn.",
    "The wave was 14 metres high when it struck the harbour.",
)


@pytest.mark.parametrize(
    ("texts", "label", "odd"),
    [
        pytest.param(REPORTED_V12, "height of the dam", ("b", "52 m"), id="reported"),
        pytest.param(VARIANT_TOWER, "height of the tower", ("c", "95 m"), id="tower"),
        pytest.param(VARIANT_WAVE, "height of the wave", ("c", "14 m"), id="wave"),
    ],
)
def test_adjectival_heights_are_one_row(texts: tuple[str, ...], label: str, odd: tuple[str, str]) -> None:
    facts = sheet(*texts)
    rows = _rows(facts)
    row = _row_of(facts, *odd)
    assert row.label == label, rows
    assert row.status == "disagree", rows
    assert len({v.doc for v in row.values}) == len(texts), rows
    assert not [f for f in facts if f.label.startswith("length")], rows


def test_a_height_in_feet_agrees_with_its_metres() -> None:
    facts = sheet(REPORTED_V12[2], REPORTED_V12[3], REPORTED_V12[0])
    rows = _rows(facts)
    (row,) = [f for f in facts if f.label.startswith("height")]
    assert row.status == "agree" and sorted(v.doc for v in row.values) == ["a", "b", "c"], rows


def test_two_towns_distances_are_two_rows() -> None:
    """A guard (passed before too, as two unit rows): each town's distance is its own, labelled by
    the town when the sheet has two; never one row in disagreement."""
    facts = sheet(
        "Kellby lies 12 kilometres downstream of the dam.",
        "Hollin lies 30 km downstream of the dam. Kellby lies 7.5 miles downstream.",
    )
    rows = _rows(facts)
    far = sorted((f.label, f.status, len(f.values)) for f in facts if f.label.startswith("distance"))
    assert far == [
        ("distance downstream (Hollin)", "single source", 1),
        ("distance downstream (Kellby)", "agree", 2),
    ], rows


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        pytest.param(REPORTED_V11, "12 km (a; 7.5 mi: b) → 20 km (c)", id="reported"),
        pytest.param(
            ("The 160-foot dam collapsed.", "The dam stood 48 m tall.", "The 52-metre dam was built in 1964."),
            "160 ft (a; 48 m: b) → 52 m (c)",
            id="feet_then_metres",
        ),
    ],
)
def test_one_amount_in_two_units_is_no_step(texts: tuple[str, ...], shown: str) -> None:
    """A disagreement's timeline lists one amount in two units as one entry ("12 km → 7.5 mi" read
    as a change)."""
    from waic_reader.index.analysis.facts import timeline

    facts = sheet(*texts)
    (row,) = [f for f in facts if f.status == "disagree"]
    assert timeline(row, {}) == shown


# --- review s34-r item 5 (round s34-q): a level "above"/"below" a landmark is no distance along the
# river: only a distance unit (km, mi) with no rising verb governing the length is one; a landmark
# written after a possessive ("the town's weir") is its noun, not the possessor


@pytest.mark.parametrize(
    "text",
    [
        # reported: a rise in the river's level, was "distance upstream"
        "KELLBY, March 10, 2026 - The river rose 2 metres above the bridge on Tuesday, officials said.",
        # variants: floodwater rising by feet above a dam; a lake standing in metres below a weir
        "Floodwater rose 4 feet above the dam before dawn.",
        "The lake was 3 metres below the weir on Monday.",
    ],
)
def test_a_level_above_a_landmark_is_no_distance(text: str) -> None:
    facts = sheet(text)
    rows = _rows(facts)
    assert not [f for f in facts if f.label.startswith("distance")], rows
    lengths = [f.label for f in facts if any(v.kind == "quantity" for v in f.values)]
    assert len(lengths) == 1 and lengths[0].startswith("water level "), rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # variants: the landmark after a possessive; a compound landmark whose head is on the river
        ("Osterby lies 7 miles below the town's weir.", "distance downstream"),
        ("The intake sits 4 km above the Kellby road bridge.", "distance upstream"),
    ],
)
def test_a_distance_below_a_possessed_landmark(text: str, label: str) -> None:
    facts = sheet(text)
    rows = _rows(facts)
    assert [f.label for f in facts if any(v.kind == "quantity" for v in f.values)] == [label], rows


def test_a_rise_above_a_possessed_landmark_reads_as_the_bridge_one() -> None:
    """The reported pair: "3 metres above the town's flood wall" (was ``length (m)``) and "2 metres
    above the bridge" (was ``distance upstream``) are read alike, the water's level at two things:
    two rows, neither a distance."""
    facts = sheet(
        "KELLBY, March 10, 2026 - The river rose 2 metres above the bridge on Tuesday, officials said.",
        "OSTRAND, March 10, 2026 (Reuters) - The River Kell climbed 3 metres above the town's flood wall on Tuesday.",
    )
    rows = _rows(facts)
    assert not [f for f in facts if f.label.startswith("distance")], rows
    assert sorted((f.label, f.status) for f in facts if any(v.kind == "quantity" for v in f.values)) == [
        ("water level above the bridge", "single source"),
        ("water level above the wall", "single source"),
    ], rows
