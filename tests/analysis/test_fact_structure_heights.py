"""A length fused before a structure that stands ("The mine's 150-foot headframe", "Its 35-metre
headframe", "the 60 m bridge pier") is the structure's height, whatever the rest of its sentence
says and after a possessive (issue #16; t13y G5, round s34-u): the headframe's 35 m and 150 ft were
a bare ``length (m)`` joined by context and a single-source ``length (ft)``, the disagreement hidden."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def _rows(facts: list[Fact]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(f.label, f.status, sorted((v.doc, value_text(v)) for v in f.values)) for f in facts]


# t13y repro v5 (reported)
REPORTED_V5 = (
    "PONTEGRIS, Calveira, March 9 (Nordwire) - The mine's 35-metre headframe can be seen from the town.",
    "The headframe, 35 metres high, was built in 1987.",
    "The headframe stands 115 feet tall over the shaft.",
    "The mine's 150-foot headframe is a landmark in the valley.",
)
# variants of my own: the whole story's "Its"/"its" possessives; a lighthouse and a bridge's pier,
# the unit apart from its number ("a 60 m pier") after a possessive
VARIANT_ITS = (
    "Its 35-metre headframe can be seen from the town.",
    "The headframe, 35 metres high, was built in 1987.",
    "Locals say its 150-foot headframe is a landmark.",
)
VARIANT_LIGHTHOUSE = (
    "The island's 40-metre lighthouse survived the storm.",
    "The lighthouse stands 40 metres tall.",
    "Its 180-foot lighthouse was damaged by the waves.",
)
VARIANT_PIER = (
    "The bridge's 60 m pier gave way first.",
    "Divers inspected the 60-metre bridge pier that gave way.",
    "The pier, 45 metres high, gave way first.",
)


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        pytest.param(
            REPORTED_V5,
            "height of the headframe",
            [("a", "35 m"), ("b", "35 m"), ("c", "115 ft"), ("d", "150 ft")],
            id="reported",
        ),
        pytest.param(VARIANT_ITS, "height of the headframe", [("a", "35 m"), ("b", "35 m"), ("c", "150 ft")], id="its"),
        pytest.param(
            VARIANT_LIGHTHOUSE,
            "height of the lighthouse",
            [("a", "40 m"), ("b", "40 m"), ("c", "180 ft")],
            id="lighthouse",
        ),
        pytest.param(VARIANT_PIER, "height of the pier", [("a", "60 m"), ("b", "60 m"), ("c", "45 m")], id="pier"),
    ],
)
def test_a_length_fused_before_a_structure_is_its_height(
    texts: tuple[str, ...], label: str, values: list[tuple[str, str]]
) -> None:
    rows = _rows(sheet(*texts))
    lengths = [row for row in rows if row[0].startswith(("length", "height"))]
    assert lengths == [(label, "disagree", values)], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "The mine's 35-metre headframe can be seen from the town.",
        "The mine's 35-metre headframe is a landmark in the valley.",
        "The mine's 35-metre headframe was built in 1987.",
        "Its 35-metre headframe overlooks the square.",
        "The mine’s 35 m headframe overlooks the square.",
    ],
)
def test_whatever_follows_the_structure(sentence: str) -> None:
    facts = sheet(sentence)
    assert [(f.label, [value_text(v) for v in f.values]) for f in facts if "35" in value_text(f.values[0])] == [
        ("height of the headframe", ["35 m"])
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The 300-metre bridge was closed.", "Its 35-metre trench was dug overnight.", "The road's 5 km stretch was shut."],
)
def test_a_length_before_other_nouns_is_no_height(sentence: str) -> None:
    # a bridge's or a trench's length may be its length: left to the other rules (lengths.py)
    assert not [f.label for f in sheet(sentence) if f.label.startswith("height")]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The fort's 30-metre watchtower collapsed.", "height of the watchtower"),
        ("The town's 4 m seawall was overtopped.", "height of the seawall"),
        ("Its 80-foot smokestack was felled.", "height of the smokestack"),
    ],
)
def test_a_compound_ending_in_a_structure_is_one(sentence: str, label: str) -> None:
    assert [f.label for f in sheet(sentence)] == [label]
