"""A cost joins the damage only where its own clause names the damage (tester, session 15: "the
work would cost 40 million euros" beside "Insurers estimated the damage ... at 80 million euros"
was a *damage* disagreement). The first case is the reported input (/tmp/t17/c1: rows.csv c2,
dump.json); the others are invented."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Art:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def sheet(*texts: str) -> list[Fact]:
    return fact_sheet([(Art(chr(ord("a") + i), t), []) for i, t in enumerate(texts)])


@pytest.mark.parametrize(
    ("cost", "damage", "label"),
    [
        (  # the reported input
            "Oster dam repair plan\n\nThe Valdmark Water Authority presented a plan to rebuild the Oster dam. "
            "Ilse Korvan said the work would cost 40 million euros.",
            "Insurers count the cost of Valdmark flood\n\nInsurers estimated the damage from the Oster dam "
            "breach at 80 million euros. Ilse Korvan met insurers in Halvik.",
            "work cost",
        ),
        (
            "Bridge plan\n\nRepairs to the Lunde bridge will cost 12 million euros, the council said.",
            "Storm losses\n\nLosses from the storm were put at 20 million euros by insurers.",
            "repair cost",
        ),
        (
            "New sea wall\n\nThe sea wall is expected to cost $300 million over five years.",
            "Flood bill\n\nThe flood caused damage worth $90 million along the coast.",
            "wall cost",
        ),
    ],
)
def test_a_cost_is_no_value_of_the_damage(cost: str, damage: str, label: str) -> None:
    facts = sheet(cost, damage)
    dmg = [f for f in facts if f.label == "damage"]
    assert [[v.doc for v in f.values] for f in dmg] == [["b"]]
    assert all(f.agree for f in facts)
    # labelled by what it is the cost of (session 16: "Repairs will cost" and "the repair bill"
    # are one fact, test_fact_cost_things.py)
    assert any(f.label == label and [v.doc for v in f.values] == ["a"] for f in facts)


def test_a_cost_of_the_damage_is_the_damage_and_still_disagrees() -> None:
    facts = sheet(
        "Flood bill\n\nThe damage will cost insurers 80 million euros, the association said.",
        "Flood insurers\n\nInsurers estimated the damage at 60 million euros.",
    )
    [dmg] = [f for f in facts if f.label == "damage"]
    assert sorted(v.value for v in dmg.values) == [6e7, 8e7] and not dmg.agree
