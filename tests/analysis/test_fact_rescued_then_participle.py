"""A count that a verb before it does something to ("had rescued 27 people") is that verb's, the
participle after its noun saying only what state they were in ("… people trapped on Ridge Road")
(t13aw N3, round s52-f2: Reuters' "searchers had rescued 27 people trapped on Ridge Road
overnight" was a single-source row *people trapped*, missing from *people rescued*). The first case
is the reported input; the others are invented (another participle, nouns and places; a casualty word after the noun, "stranded", is still read as its own measure: left undone)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (  # the reported input
            "Sheriff Dagny Thorsdottir-Reyes said searchers had rescued 27 people trapped on Ridge Road overnight.",
            "Sheriff Þórsdóttir-Reyes said deputies had rescued 31 people from Ridge Road since Friday night.",
            [27.0, 31.0],
        ),
        (
            "Lifeboat crews had rescued 14 people trapped on the sandbank by the tide, the coastguard said.",
            "The coastguard said 16 people were rescued from the sandbank.",
            [14.0, 16.0],
        ),
        (
            "Helicopter crews rescued 40 villagers caught by the floods on Tuesday.",
            "Some 45 villagers were rescued by helicopter, officials said.",
            [40.0, 45.0],
        ),
    ],
)
def test_a_rescue_verb_before_the_count_governs_it(first: str, second: str, values: list[float]) -> None:
    facts = sheet(first, second)
    [row] = [f for f in facts if any(v.measure == "rescued" for v in f.values)]
    assert sorted(float(v.value) for v in row.values) == values
    assert not [f for f in facts if any(v.measure.startswith(("trapped", "stranded")) for v in f.values)]
