"""A count scoped to a country named after "across" or "throughout" is that country's statistic, as
"in the country" is: "More than 1,200 people died in sea accidents across the Philippines in 2023"
is "death toll (across the Philippines in 2023)", never an earlier event's toll "(2023 accident)"
(t13ahr S6: a scope of a country and a year labelled as one accident, in an article dated 2026);
never the story's toll."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (t13ahr variants/N1/a, wire/reuters)
        (
            "MANILA, June 3 (Reuters) - At least 28 people died when a ferry sank. More than 1,200 people died "
            "in sea accidents across the Philippines in 2023.",
            "death toll (across the Philippines in 2023)",
        ),
        # variants of my own: "throughout", a country's name opening the sentence
        (
            "NAIROBI, May 2 (Wire) - A bus crash killed 14 people. More than 4,000 people died on the roads "
            "throughout Kenya in 2024.",
            "death toll (throughout Kenya in 2024)",
        ),
        (
            "TOKYO, May 2 (Wire) - A quake killed 9 people. Across Japan, 2,600 people were killed in traffic "
            "accidents in 2022.",
            "death toll (across Japan in 2022)",
        ),
    ],
)
def test_a_named_countrys_scope_is_a_statistic(text: str, label: str) -> None:
    # (in an article dated after the year, as the reported one is, and in an undated one)
    labels = {f.label for f in sheet(f"Reuters\nApril 6, 2026 10:00\n\n{text}")}
    assert {"death toll", label} <= labels
    labels = {f.label for f in sheet(text)}
    assert {"death toll", label} <= labels
    assert not any("accident" in lab for lab in labels if lab.startswith("death toll"))
