"""One value of one counted thing in two articles, one of them naming a kind of it ("1.2 million
patient records", "Records at risk: 1.2 million"), is one row, as the same noun and modifiers are
(#16, t13z H2: `patient records` and `records` were two single-source rows of one 1.2 million).
People are still left to their context, and a different value is never linked this way."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        (  # reported (The Northern Herald, TechWatch's fact list)
            (
                '"Paying would only fund the next attack," Miriam Okafor told The Northern Herald. She said about '
                "1.2 million patient records may have been copied before the systems were shut down.",
                "## The ransom\n\nThe gang asked for $4.5m.\n\n- Ambulances diverted: 80\n- Records at risk: 1.2 million\n",
            ),
            1_200_000,
        ),
        (  # another story: buses
            (
                "A fleet of 37 electric buses stood at the depot when the fire broke out, the operator said.",
                "## What we know\n\n- Cause: unknown, firefighters still searching the hangar\n- Buses: 37\n",
            ),
            37,
        ),
        (  # and another: turbines, the kind in the other article
            (
                "Engineers counted 212 turbines out of action on Tuesday, the grid operator said, warning customers "
                "that bills could rise sharply over winter.",
                "A survey commissioned by fishermen found 212 offshore turbines idle in the North Sea, "
                "blades locked against gales.",
            ),
            212,
        ),
    ],
    ids=["reported", "buses", "turbines"],
)
def test_one_value_of_a_thing_and_its_kind_is_one_row(texts: tuple[str, str], value: int) -> None:
    rows = [f for f in sheet(*texts) if any(v.value == value for v in f.values)]
    assert [(f.sources, f.status) for f in rows] == [(2, "agree")], [(f.label, f.status) for f in rows]


def test_a_different_value_of_a_kind_is_not_linked_so() -> None:
    rows = [
        f
        for f in sheet(
            "A fleet of 37 electric buses stood at the depot when the fire broke out, the operator said.",
            "## What we know\n\n- Buses: 41\n",
        )
        if f.values[0].kind == "count"
    ]
    assert all(f.sources == 1 for f in rows), [(f.label, f.status) for f in rows]


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        (  # reported (Medwire's blog, The Northern Herald, TechWatch's fact list)
            (
                "Two days after the gang broke into Velmont General Hospital, the picture is clearer. The hospital "
                "now says 1.2 million patient records were copied.",
                "Miriam Okafor said about 1.2 million patient records may have been, as she put it, lost to the gang.",
                "## The ransom\n\nThe gang asked for $4.5m.\n\n- Records at risk: 1.2 million\n",
            ),
            "patient records copied",
        ),
        (  # another story: buses a fire destroyed, a fact list's buses
            (
                "The depot fire destroyed 37 buses overnight, the operator said.",
                "## What we know\n\n- Cause: unknown, firefighters still searching the hangar\n- Buses: 37\n",
            ),
            "buses destroyed",
        ),
    ],
    ids=["reported", "buses"],
)
def test_a_count_joins_the_measure_that_holds_its_value(texts: tuple[str, ...], label: str) -> None:
    facts = sheet(*texts)
    rows = [f for f in facts if f.values[0].kind == "count" and f.values[0].head in ("records", "buses")]
    assert [(f.label, f.sources, f.status) for f in rows] == [(label, len(texts), "agree")], [
        (f.label, f.status) for f in rows
    ]


def test_a_count_two_measures_hold_joins_neither() -> None:
    facts = sheet(
        "The depot fire destroyed 37 buses overnight, the operator said.",
        "Storm winds damaged 37 buses at a second depot on Monday.",
        "## What we know\n\n- Cause: unknown, firefighters still searching the hangar\n- Buses: 37\n",
    )
    rows = [(f.label, f.sources) for f in facts if f.values[0].kind == "count"]
    assert ("buses", 1) in rows, rows
