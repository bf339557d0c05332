"""Jobs cut in two more wordings (t13k F14): "cut its workforce by 240" (no fact) and "make 240
people redundant" (a row "people") are the *jobs cut*, compared with "shed 250 jobs"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # reported (t13k F14)
        ("Brattli Sag will cut its workforce by 240 after the fire.", "240"),
        ("The firm will make 240 people redundant.", "240"),
        # variants of my own
        ("The council will reduce staff by 80 next year.", "80"),
        ("The mill is to make about 90 workers redundant.", "about 90"),
    ],
)
def test_a_workforce_cut_is_jobs_cut(text: str, value: str) -> None:
    facts = sheet(text, "The company said it would shed 250 jobs.")
    row = [f for f in facts if f.label == "jobs cut"]
    assert len(row) == 1 and [value_text(v) for v in row[0].values] == [value, "250"], [
        (f.label, [value_text(v) for v in f.values]) for f in facts
    ]


def test_a_rise_by_a_number_is_no_cut() -> None:
    assert not [f for f in sheet("Prices rose by 240 last year.") if f.label == "jobs cut"]
