"""An article's headline value of a measure its body states otherwise is an earlier report of the
article (superseded, first in its time order), never a second value of its own (t13v F9a, round
s32-t: a live blog headed "LIVE: Var wildfire – three dead as fire reaches village", its entries
going 3 → 5 → 7, gave 3 beside its 7, "first said 3, then 5": the article disagreed with itself)."""

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
    title: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def _toll(text: str, label: str = "death toll") -> list[tuple[str, list[str]]]:
    """The article's values of ``label``, each with what it said first; its title is its first line."""
    art = Titled("a", text, text.split("\n", 1)[0])
    return [
        (value_text(v), [value_text(e) for e in v.earlier])
        for f in fact_sheet([(art, [])])
        if f.label == label
        for v in f.values
    ]


@pytest.mark.parametrize(
    ("text", "label", "want"),
    [
        # reported (t13v repro/v10/live.txt)
        (
            "LIVE: Var wildfire – three dead as fire reaches village\n\nRiviera Live · Updated 15 August 2026 23:58"
            "\n\n17.30 CEST\n\nOfficials confirm three people have died.\n\n19.30 CEST\n\nThe death toll has risen "
            "to five, the prefecture says.\n\n23.58 CEST\n\nThe death toll has risen to seven, the prefecture says.",
            "death toll",
            [("7", ["3", "5"])],
        ),
        # variants of my own: an ordinary article, no change word in its body; a headline value no
        # entry repeats, a blog written newest first; another measure
        (
            "Ferry fire kills four off Halvik\n\nHALVIK (AP) - Six people were killed when fire swept a ferry off "
            "Halvik, the coast guard said.",
            "death toll",
            [("6", ["4"])],
        ),
        (
            "Quake live: two dead in Oresund City\n\n21:40\n\nOfficials now say nine people have died.\n\n18:15\n\n"
            "The death toll rises to five, the mayor says.",
            "death toll",
            [("9", ["2", "5"])],
        ),
        (
            "Flood: 40 people hurt in Tarn\n\nThe regional hospital said 65 people were injured in the flood.",
            "people injured",
            [("65", ["40"])],
        ),
    ],
)
def test_headline_value_is_an_earlier_report(text: str, label: str, want: list[tuple[str, list[str]]]) -> None:
    assert _toll(text, label) == want


@pytest.mark.parametrize(
    "title",
    [
        # reported (t13v data/riviera-live.txt): corpus.yaml gives another title than the text's headline
        "LIVE: Var wildfire – toll rises to seven",
        "",
    ],
)
def test_headline_line_under_another_title(title: str) -> None:
    text = (
        "LIVE: Var wildfire – three dead as fire reaches Saint-Aubrac-des-Pins\n\nRiviera Live · Updated 15 August "
        "2026 23:58\n\n17.30 CEST\n\nOfficials confirm three people have died.\n\n19.30 CEST\n\nThe death toll "
        "has risen to five.\n\n23.58 CEST\n\nThe death toll has risen to seven."
    )
    got = [
        (value_text(v), [value_text(e) for e in v.earlier])
        for f in fact_sheet([(Titled("a", text, title), [])])
        if f.label == "death toll"
        for v in f.values
    ]
    assert got == [("7", ["3", "5"])]


def test_headline_alone_keeps_its_value() -> None:
    # guard: a measure only the headline gives is the article's value
    assert _toll("Storm kills three in Tarn\n\nThe storm hit the coast on Friday, officials said.") == [("3", [])]


def test_headline_same_as_body() -> None:
    # guard: the headline repeating the body's value is one value
    text = "Fire kills seven\n\nThree people died on Saturday. By midnight the toll had risen to seven."
    assert [v for v, _e in _toll(text)] == ["7"]
