"""A headline's bare number beside its body's bound on the same value is one value, the body's
with its bound (issue #16, round s53-f, fault 6): "Bridge collapse kills seven" over "At least
seven people died" kept the headline's 7, and another outlet's 8 read as a disagreement, where
the article reports "at least 7", which 8 meets. The headline is no earlier report of it either
(the same value: test_facts_headline_earlier_report keeps a headline's *other* value an earlier
report)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Titled:
    doc: str
    text: str

    @cached_property
    def title(self) -> str:
        return self.text.split("\n", 1)[0]

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


@pytest.mark.parametrize(
    ("headed", "other", "label", "kept"),
    [
        # reported
        (
            "Bridge collapse kills seven\n\nAt least seven people died when the bridge collapsed on Monday, police said.",
            "Eight people died when the bridge over the river collapsed, officials said.",
            "death toll",
            "at least 7",
        ),
        # variants of my own: digits in the headline, another measure, another bound
        (
            "Ferry capsizes off Varna, 12 passengers missing\n\nAt least 12 passengers are missing after the ferry capsized, the coast guard said.",
            "The coast guard said 14 passengers were missing after the ferry capsized.",
            "people missing",
            "at least 12",
        ),
        (
            "Factory blast injures 30 workers in Tessin\n\nMore than 30 workers were injured in the blast at the plant, the fire service said.",
            "Some 35 workers were injured in the blast, the plant's owner said.",
            "people injured",
            "more than 30",
        ),
    ],
)
def test_a_headlines_bare_number_is_the_bodys_bound(headed: str, other: str, label: str, kept: str) -> None:
    [fact] = [f for f in fact_sheet([(Titled("a", headed), []), (Titled("b", other), [])]) if f.label == label]
    assert [(value_text(v), [value_text(e) for e in v.earlier]) for v in fact.values if v.doc == "a"] == [(kept, [])]
    assert fact.status == "agree", fact.grounds
