"""Money figures about one thing are one fact, whatever the cost's word (tester, issue #16,
session 16: "The repair bill came to $4.2 million" was *amount (USD)* and "Repairs will cost
$4.5 million" *cost*, so the outlets' disagreement was never shown); money about different
things (the damage, aid pledged, a fine, another thing's cost) stays apart.

The first case is the reported input; the others are invented (other nouns and cost words)."""

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
    ("first", "second", "label", "values"),
    [
        (  # the reported input
            "Dam repairs\n\nThe repair bill came to $4.2 million, the council said.",
            "Dam repair costs\n\nRepairs will cost $4.5 million.",
            "repair cost",
            [4.2e6, 4.5e6],
        ),
        (  # the cost of ..., a price, pounds
            "Pumping station\n\nThe cost of the new pumps was put at £800,000 by the water board.",
            "Pumping station update\n\nThe price of the pumps is £750,000, engineers said.",
            "pump cost",
            [8e5, 7.5e5],
        ),
        (  # a subject with a place after it, a figure before its bill
            "Lunde bridge\n\nRepairs to the Lunde bridge are expected to cost €12 million.",
            "Bridge works\n\nThe council approved a €14 million repair bill on Monday.",
            "repair cost",
            [1.2e7, 1.4e7],
        ),
    ],
)
def test_costs_of_one_thing_are_one_fact_in_disagreement(
    first: str, second: str, label: str, values: list[float]
) -> None:
    facts = sheet(first, second)
    [fact] = [f for f in facts if f.label == label]
    assert [v.value for v in fact.values] == values and [v.doc for v in fact.values] == ["a", "b"]
    assert not fact.agree


def test_the_same_value_of_one_cost_agrees() -> None:
    [fact] = [
        f
        for f in sheet(
            "Dam repairs\n\nThe repair bill came to $4.2 million.",
            "Dam repair costs\n\nRepairs will cost $4.2 million, officials said.",
        )
        if f.sources == 2
    ]
    assert fact.label == "repair cost" and fact.agree


def test_different_money_things_stay_apart() -> None:
    facts = sheet(
        "Flood money\n\nThe repair bill came to $4.2 million. Insurers put the damage at $20 million. "
        "The government pledged $5 million in aid. The utility was fined $1 million.",
        "Flood money update\n\nRepairs will cost $4.5 million. The damage was estimated at $25 million. "
        "Donors pledged $6 million. The new sea wall is expected to cost $30 million.",
    )
    by_label = {f.label: sorted(v.value for v in f.values) for f in facts}
    assert by_label["repair cost"] == [4.2e6, 4.5e6]
    assert by_label["damage"] == [2e7, 2.5e7]
    assert by_label["money pledged"] == [5e6, 6e6]
    assert by_label["fine"] == [1e6]
    assert by_label["wall cost"] == [3e7]


def test_a_cost_whose_clause_names_no_thing_is_grouped_by_context_alone() -> None:
    facts = sheet(
        "Dam plan\n\nIt will cost $4.2 million, the council said.",
        "Dam repair costs\n\nRepairs will cost $4.5 million.",
    )
    assert {f.label for f in facts} == {"cost", "repair cost"} and all(f.sources == 1 for f in facts)
    # a reporter's estimate names a person, not the thing: "Albrecht estimated would cost"
    [fact] = sheet("Ferry\n\nThe ferry, which Albrecht estimated would cost $9 million, was sold.")
    assert fact.label == "cost"
