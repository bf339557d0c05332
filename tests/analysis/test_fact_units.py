"""Two values in one unit are compared as written; a conversion's rounding is allowed only
between units (review: putting time units among the convertible ones let "30 days" and
"29 days" agree, by the 3% meant for "25 miles" against "40 km")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class _Article:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def shared(x: str, y: str) -> list[tuple[str, bool]]:
    a = _Article("a", f"Rescuers searched the flooded Kelso mine for {x} before the pumps failed.")
    b = _Article("b", f"Rescuers searched the flooded Kelso mine for {y} before the pumps failed.")
    return [(f.label, f.agree) for f in fact_sheet([(a, []), (b, [])]) if f.sources > 1]


@pytest.mark.parametrize(("x", "y"), [("30 days", "29 days"), ("72 hours", "70 hours"), ("12 km", "12.3 km")])
def test_values_in_one_unit_that_differ_disagree(x: str, y: str) -> None:
    got = shared(x, y)
    assert got and not any(agree for _, agree in got), got


@pytest.mark.parametrize(("x", "y"), [("72 hours", "three days"), ("40 kilometres", "25 miles")])
def test_one_amount_in_two_units_agrees(x: str, y: str) -> None:
    got = shared(x, y)
    assert got and all(agree for _, agree in got), got
