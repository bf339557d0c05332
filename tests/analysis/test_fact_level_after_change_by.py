"""A level after a change "by" so many points (#16, t13ak-r S5): in "Inflation rose by 2 percentage
points to 6% last year" the 6% was labelled "percentage points in 2025" (the change's unit read as
the level's noun) and compared with nothing. The level after "to" is its subject's ("inflation"),
compared with other outlets' values of it; the change keeps its own row. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # reported (t13ak-r variants/R1 a): the level, labelled by its subject (undated here: no year)
        (["Inflation rose by 2 percentage points to 6% last year, the union said."], "inflation", [6.0]),
        # variants: "fell by 0.5 points to", "by 1 percentage point to", compared with another outlet
        (
            ["Unemployment fell by 0.5 points to 4.1%.", "Unemployment stands at 4.1%, official figures show."],
            "unemployment",
            [4.1, 4.1],
        ),
        (
            ["The jobless rate rose by 1 percentage point to 7% in March.", "The jobless rate was 7% in March."],
            "jobless rate",
            [7.0, 7.0],
        ),
    ],
)
def test_level_after_change_is_the_subjects(texts: list[str], label: str, values: list[float]) -> None:
    facts = sheet(*texts)
    rows = {f.label: sorted(float(v.value) for v in f.values if v.unit == "%") for f in facts}
    assert rows.get(label) == values, rows
    levels = [f.label for f in facts if any(v.unit == "%" and "point" not in v.text for v in f.values)]
    assert not any("point" in lab for lab in levels), levels
