"""A river whose name ends in a water's generic word crests in water, whatever word opens its name
(review s52-rv finding 8, round s52-fx2: "Butte Creek" and "Mountain Creek" crests were a "length
(m)" once a dry landform's word anywhere in the name refused the river). The reviewer's input and a
variant of my own; a dry landform's own name still crests dry (s52-f's tests)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # found (s52-rv finding 8: tmp-rv/cf/a.txt)
        (
            "Butte Creek is forecast to crest at 4.5 metres on Sunday, the weather service said. Mountain Creek"
            " crested at 3.2 metres overnight. Haldor Ridge crests at 2,100 metres.",
            ["3.2 m", "4.5 m"],
        ),
        # variant of my own: other landform words, another water word, feet
        (
            "The Summit Brook crested at 9 feet on Monday, and Bluff River is expected to crest at 14 feet.",
            ["14 ft", "9 ft"],
        ),
    ],
)
def test_a_water_name_opened_by_a_landform_word_crests_in_water(text: str, values: list[str]) -> None:
    rows = {f.label: sorted(value_text(v) for v in f.values) for f in sheet(text)}
    assert rows.get("depth of the water") == values, rows
