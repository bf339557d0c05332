"""A noun or verb ending in "-est" ("arrest", "protest", "unrest", "contest") ranks nothing: a
country's or a year's count after it is a statistic of its own, never the story's toll (review
s41-rv finding 14: the superlative shape ``[a-z]{3,}est`` read "since the arrest of" as a ranking,
so a national count written after it stayed the story's death toll). The first text is the
reviewer's wording; the others the same kind worded otherwise."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

CRASH = "A bus plunged into a ravine near La Oroya on Sunday, killing 19 people, police said."


@pytest.mark.parametrize(
    ("statistic", "label"),
    [
        (
            "Since the arrest of the opposition leader 1,240 people have been killed across the country.",
            "death toll (in the country)",
        ),
        (
            "Some 212 people have been killed in the unrest nationwide so far this year.",
            "death toll (in the country so far this year)",
        ),
        (
            "The contest over grazing land has killed 85 people across the country in 2025.",
            "death toll (in the country in 2025)",
        ),
    ],
)
def test_a_scope_after_an_est_noun_is_a_statistic(statistic: str, label: str) -> None:
    facts = sheet(CRASH, f"A bus crash near La Oroya killed 19 people on Sunday. {statistic}")
    rows = {f.label: f for f in facts}
    assert [v.doc for v in rows["death toll"].values] == ["a", "b"], sorted(rows)
    assert [v.doc for v in rows[label].values] == ["b"], sorted(rows)
