"""A fact box's or a table row's label may give its bare number a unit of measure: "| Acres burned |
41,000 |" is "41,000 acres were burned", the area burned, as every other row of the table is read
(issue #16, t13ap N17: Ember Watch's area was missing from "area burned", not even single source)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("prose", "box", "label", "values"),
    [
        # the tester's table row (emberwatch-harlow.md)
        (
            "The Harlow Ridge Fire has burned 41,000 acres, officials said.",
            "| Measure | Figure |\n|---|---|\n| Acres burned | 41,000 |\n| Deaths | 4 |",
            "area burned",
            [("a", "41,000 acres"), ("b", "41,000 acres")],
        ),
        # another unit, a disagreeing value
        (
            "By Monday 3,000 hectares had burned, the fire service said.",
            "| Key figures | |\n|---|---|\n| Hectares burned | 3,200 |\n| Homes lost | 40 |",
            "area burned",
            [("a", "3,000 ha"), ("b", "3,200 ha")],
        ),
        # a fact box's line, a length
        (
            "About 800 kilometres of track were damaged.",
            "What we know:\n\n- Kilometres of track damaged: 800\n- Trains cancelled: 1,200",
            "length damaged",
            [("a", "about 800 km"), ("b", "800 km")],
        ),
    ],
)
def test_label_unit_measures_the_number(prose: str, box: str, label: str, values: list[tuple[str, str]]) -> None:
    rows = {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(prose, box)}
    assert rows.get(label) == values, rows
