"""Who gives money is the subject that pledges it, never a noun its clause only mentions, and never
the outlet that writes the article (issue #16, t13ap N3: the governor's $40 million was split into
"money pledged (the county)" and "(the government)" rows; the opinion page's "It asked for $2.3
billion", "It" the utility named just before, was "money demanded (Coastal Ledger)")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@pytest.mark.parametrize(
    "texts",
    [
        # the tester's sentences (valley-courier, northwire-0818, opinion-harlow)
        (
            "Governor Rosalind Vantongeren declared a state of emergency for the county and announced $40 million "
            "in emergency funds.",
            "Governor Rosalind Vantongeren, who toured the area, released $40 million from the state's disaster fund.",
            "The governor's $45 million in emergency funds is welcome.",
        ),
        # another unit, another verb
        (
            "The premier visited the province on Sunday and pledged $12 million in relief.",
            "Premier Ana Ruiz released $12 million from the regional disaster fund.",
            "The premier's $15 million relief package drew criticism.",
        ),
        (
            "The minister flew to the region and announced $8 million in aid.",
            "Minister Paul Okafor released $8 million from the national emergency fund.",
            "The minister has pledged $9 million, an aide said.",
        ),
    ],
)
def test_one_payer_one_row(texts: tuple[str, str, str]) -> None:
    money = [f for f in sheet(*texts) if f.values[0].kind == "money"]
    assert len(money) == 1, [(f.label, [v.doc for v in f.values]) for f in money]
    assert sorted({v.doc for v in money[0].values}) == ["a", "b", "c"]
    assert money[0].status == "disagree", money[0].status


@dataclass
class _Paper:
    doc: str
    text: str
    outlet: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


@pytest.mark.parametrize(
    ("outlet", "text", "payer"),
    [
        # the tester's opinion page: "It" is the firm whose legal form ends its name
        (
            "The Coastal Ledger",
            "OPINION | The Coastal Ledger\n\nIt did not. Sierra Crest Power Co. told regulators in 2024 that 1,100 "
            "miles of its lines ran through high-risk terrain. It asked for $2.3 billion to bury them.",
            "Sierra Crest Power Co",
        ),
        (
            "The Daily Item",
            "The Daily Item\n\nIt did not. Jordan Valley Mills Inc. told regulators in 2024 that its dam was safe. It "
            "asked for $40 million in state aid.",
            "Jordan Valley Mills Inc",
        ),
        # no firm named before: no payer at all, never the masthead's outlet
        (
            "Harbour Gazette",
            "Harbour Gazette\n\nThe dispute goes back years. It asked for $5 million in damages.",
            "",
        ),
    ],
)
def test_payer_is_the_subject_never_the_outlet(outlet: str, text: str, payer: str) -> None:
    facts = fact_sheet([(_Paper("a", text, outlet), [])])
    owners = [v.owner for f in facts for v in f.values if v.kind == "money"]
    assert owners == [payer], owners
