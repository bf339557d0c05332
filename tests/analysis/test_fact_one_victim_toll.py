"""A toll of one written as the word "one" (#16, t13ak-r S1): "One person was killed" was no figure,
while "killed 1 person" was, so a rise from one death to two was never shown, and "One worker was
killed" beside "Two workers have died" left the toll a single source. "one" before a victim and a
casualty's verb counts one (figures._ONE_VICTIM), a worker is of the workers' kind
(words.people_kind); "one of the workers", "one day" stay no count. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def rows(*texts: str) -> dict[str, list[tuple[str, float]]]:
    return {f.label: sorted((v.doc, float(v.value)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # reported (t13ak-r S_one): "One person was killed" beside "killed 1 person" and "Two people"
        (
            [
                "One person was killed and nine were injured when a crane collapsed in Haldor on Friday, police said.",
                "Two people have died after a crane collapsed in Haldor, police said. Nine people were injured.",
                "A crane collapse in Haldor killed 1 person and injured 9, police said on Friday.",
            ],
            "death toll",
            [("a", 1.0), ("b", 2.0), ("c", 1.0)],
        ),
        # variant (t13ak-r N1a): a worker, then workers
        (
            [
                "One worker was killed and 41 people were injured when chlorine leaked at the plant on Sunday.",
                "Two workers have died after the chlorine leak at the plant, the company said on Monday.",
            ],
            "death toll",
            [("a", 1.0), ("b", 2.0)],
        ),
        # variant: "one … has died", a climber of the climbers' kind
        (
            ["One climber has died on the north face, rescuers said.", "Three climbers died on the north face."],
            "death toll",
            [("a", 1.0), ("b", 3.0)],
        ),
    ],
)
def test_one_victim_is_a_count_of_one(texts: list[str], label: str, values: list[tuple[str, float]]) -> None:
    found = rows(*texts)
    assert found.get(label) == values, found


def test_one_of_many_and_one_day_are_no_count() -> None:
    """No false disagreement: "one of the workers died" and "one day" count no toll of one."""
    found = rows("One of the workers died in hospital on Monday.", "Two workers were killed, one day after the fire.")
    assert found.get("death toll") == [("b", 2.0)], found
