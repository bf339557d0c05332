"""A count scoped to a whole country, a sector or a period is a statistic, never the story's count
(#16, tester t13ah N1): Reuters' "More than 3,100 people died in road accidents in the country in
2024" was read as its own death toll for a bus crash, "first said 19, later 3,100". The texts are
invented; the first is the tester's sentence, the others the same kind worded otherwise."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

CRASH = "A bus plunged into a ravine near La Oroya on Sunday, killing 19 people, police said."


@pytest.mark.parametrize(
    ("statistic", "label"),
    [
        (
            "More than 3,100 people died in road accidents in the country in 2024, according to official figures.",
            "death toll (in the country in 2024)",
        ),
        (
            "Nationwide, some 1,240 people have been killed on the roads so far this year.",
            "death toll (in the country so far this year)",
        ),
        ("The mining sector recorded 38 deaths in 2025.", "death toll (in the mining sector in 2025)"),
    ],
)
def test_a_scoped_toll_is_a_row_of_its_own(statistic: str, label: str) -> None:
    facts = sheet(CRASH, f"A bus crash near La Oroya killed 19 people on Sunday. {statistic}")
    rows = {f.label: f for f in facts}
    toll = rows["death toll"]
    assert [(v.doc, value_text(v)) for v in toll.values] == [("a", "19"), ("b", "19")]
    assert toll.status == "agree"
    assert [v.doc for v in rows[label].values] == ["b"]


def test_two_outlets_national_tolls_of_one_year_are_compared() -> None:
    facts = sheet(
        CRASH,
        "More than 3,100 people died in road accidents in the country in 2024, according to official figures.",
        "Nationwide, 3,050 people died in road crashes in 2024, the police said.",
    )
    rows = {f.label: f for f in facts}
    assert rows["death toll (in the country in 2024)"].status == "disagree"
    assert [v.doc for v in rows["death toll"].values] == ["a"]


def test_a_ranking_scope_leaves_the_toll_the_story_s() -> None:
    # the whole and the year after a superlative rank this crash: its 19 stays the toll
    facts = sheet(
        CRASH,
        "The crash killed 19 people in the country's deadliest accident this year.",
        "A bus crash near La Oroya killed 19 people on Sunday, the deadliest crash in the country this year.",
    )
    rows = {f.label: f for f in facts}
    assert [v.doc for v in rows["death toll"].values] == ["a", "b", "c"]
    assert not [label for label in rows if label.startswith("death toll (")]
