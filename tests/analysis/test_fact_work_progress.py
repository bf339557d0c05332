"""How far a tool or a work in progress has got is a fact of its own, never the story's main depth or
distance (issue #16; t13y G3, round s35-a): "Rescuers drilling a rescue shaft had reached a depth of
310 metres", "The drill has reached 340 metres", "The drill is at 120 metres" were the trapped
miners' depth (420 m = 1,380 ft = 0.42 km, all agreeing), a false disagreement, or bare ``length (m)``
rows. The progress verb ("reached", "is at", "has advanced", "drilled") belongs to the tool or work
its clause names (a drill, a bit, a well, a shaft, a tunnel boring machine, a search): *depth reached
by the drill*, *distance reached by the tunnel*. A size fused before a bore in small units ("a
60-centimetre rescue shaft", "a 6-inch pipe") is the bore's width, compared with "24 inches wide"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def _row(facts: list[Fact], label: str) -> Fact:
    rows = [f for f in facts if f.label == label]
    assert len(rows) == 1, [(f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in facts]
    return rows[0]


def _values(fact: Fact) -> list[tuple[str, str]]:
    return sorted((v.doc, value_text(v)) for v in fact.values)


# t13y repro v3 (reported), the live blog's two entries as two articles
REPORTED = (
    "PONTEGRIS, Calveira, March 9 (Nordwire) - Seventeen miners were trapped 420 metres underground on "
    "Monday. Rescuers drilling a 60-centimetre rescue shaft had reached a depth of 310 metres by Monday "
    "evening, rescue chief Ángela Ríos said.",
    "The trapped miners of San Telmo are 420 metres below ground. Ríos said the rescue shaft, 24 inches "
    "wide, would take at least two days to finish.",
    "The drill has reached 340 metres, Ángela Ríos said. The trapped men are at about 1,380 feet below the surface.",
    "The drill is at 120 metres.",
    "The collapse at San Telmo trapped 17 miners at a depth of 0.42 km.",
)


def test_reported_depth_agrees_without_the_drill() -> None:
    facts = sheet(*REPORTED)
    depth = _row(facts, "depth")
    assert depth.status == "agree"
    assert _values(depth) == [("a", "420 m"), ("b", "420 m"), ("c", "about 1,380 ft"), ("e", "0.42 km")]


def test_reported_drill_progress_is_its_own_fact() -> None:
    facts = sheet(*REPORTED)
    drill = _row(facts, "depth reached by the drill")
    assert _values(drill) == [("a", "310 m"), ("c", "340 m"), ("d", "120 m")]
    assert not any(f.label.startswith("length") for f in facts), [f.label for f in facts]


def test_reported_shaft_width_compared() -> None:
    width = _row(sheet(*REPORTED), "width of the shaft")
    assert width.status == "agree"
    assert _values(width) == [("a", "60 cm"), ("b", "24 in")]


# Variant: an oil well's relief drilling, in feet and metres: the blown-out well's depth (its size,
# "is 5,500 metres deep") is no value of how far the relief well's drill bit has got.
WELL = (
    "The blown-out well is 5,500 metres deep. The relief well's drill bit has reached 3,600 metres, the company said.",
    "The original well is 18,000 feet deep. Drilling on the relief well had reached 11,800 feet by Sunday.",
    "The relief well is now at 3,600 metres, officials said.",
)


def test_well_drill_bit_progress_apart_from_the_well_depth() -> None:
    facts = sheet(*WELL)
    assert _values(_row(facts, "depth of the well")) == [("a", "5,500 m"), ("b", "18,000 ft")]
    drill = _row(facts, "depth reached by the drill")
    assert drill.status == "agree"
    assert _values(drill) == [("a", "3,600 m"), ("b", "11,800 ft"), ("c", "3,600 m")]


# Variant: a tunnel boring machine's progress along a tunnel planned 5 km long, in metres and km.
TUNNEL = (
    "Engineers said the tunnel boring machine had reached 800 metres by Friday. The tunnel will be 5 km long.",
    "The TBM is at 0.8 km, the contractor said. The new tunnel, 5 kilometres long, opens in 2028.",
    "The boring machine has advanced 1,100 metres, officials said.",
)


def test_tunnel_boring_machine_progress_is_its_own_fact() -> None:
    facts = sheet(*TUNNEL)
    assert _values(_row(facts, "length of the tunnel")) == [("a", "5 km"), ("b", "5 km")]
    progress = _row(facts, "distance reached by the tunnel")
    assert progress.status == "disagree"
    assert _values(progress) == [("a", "800 m"), ("b", "0.8 km"), ("c", "1,100 m")]


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        pytest.param(
            (
                "Rescuers lowered a 15-centimetre pipe to the chamber.",
                "The 6-inch pipe carries food and water to the men.",
            ),
            "width of the pipe",
            [("a", "15 cm"), ("b", "6 in")],
            id="pipe",
        ),
        pytest.param(
            ("Crews drilled a 200-millimetre borehole to the refuge.", "The borehole, 8 inches wide, now carries air."),
            "width of the borehole",
            [("a", "200 mm"), ("b", "8 in")],
            id="borehole",
        ),
    ],
)
def test_size_fused_before_a_bore_is_its_width(
    texts: tuple[str, ...], label: str, values: list[tuple[str, str]]
) -> None:
    width = _row(sheet(*texts), label)
    assert width.status == "agree"
    assert _values(width) == values


def test_water_rising_stays_the_water_depth() -> None:
    # no tool in its clause, or a work only in a phrase after the subject: the water's depth
    facts = sheet(
        "Floodwater reached 6 feet in Market Street.",
        "The water was 2 metres deep in Market Street.",
        "Water in the shaft has reached 2 metres.",
    )
    assert _values(_row(facts, "depth of the water")) == [("a", "6 ft"), ("b", "2 m"), ("c", "2 m")]
    assert not any("reached by" in f.label for f in facts)
