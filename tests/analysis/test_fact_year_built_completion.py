"""When a structure was built is one measure however worded (t13aa K16, round s36-g, left undone
by s36-c): "was completed in 1974", "The 1974 bridge" and "Built half a century ago" are all
*year built* (extract.year_event, extract._completion_built), so outlets' agreeing years agree and
a 1974 against a 1976 is a disagreement. Opening stays its own measure ("opened to traffic in
1976": a bridge may be finished one year and opened the next; round s48-f had joined them in
disagreement, restored by round s48-fx1, review s48-rv finding 1: facts/structure_years.py). A completion of something that is
no built thing ("The sale was completed in 2019") stays *year of completion*.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Dated:
    doc: str
    text: str
    date: str | None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def _sheet(*texts: str) -> list[Fact]:
    return fact_sheet([(Dated(chr(ord("a") + i), f"Story\n\n{t}", "2026-07-14"), []) for i, t in enumerate(texts)])


def _years(*texts: str) -> dict[str, tuple[bool, dict[str, int]]]:
    return {
        f.label: (f.agree, {v.doc: int(v.value) for v in f.values})
        for f in _sheet(*texts)
        if f.values[0].kind == "year"
    }


@pytest.mark.parametrize(
    ("texts", "built", "agree"),
    [
        # found (t13aa repro v16, as written)
        (
            (
                "The Corvenna Bridge was completed in 1974. It is to be replaced by 2030.",
                "The Corvenna Bridge opened to traffic in 1976. Its replacement is due in 2031.",
                "Built half a century ago, the Corvenna Bridge was due to be replaced in four years.",
                "The 1974 bridge carried 40,000 cars a day. Work on a new bridge will start in 2029.",
            ),
            {"a": 1974, "c": 1976, "d": 1974},
            True,
        ),
        # variants of my own: a dam, "construction … was completed", a real disagreement
        (
            (
                "Construction of the Harrow Vale dam was completed in 1961.",
                "The 1963 dam holds back the Aske reservoir.",
            ),
            {"a": 1961, "b": 1963},
            False,
        ),
        # a stadium: "completed" and "constructed" agreeing, "It" as the subject
        (
            (
                "The Velmont stadium was finally completed in 1998 after years of delays.",
                "Velmont's arena, constructed in 1998, seats 40,000.",
                "It was completed in 1998, the club said.",
            ),
            {"a": 1998, "b": 1998, "c": 1998},
            True,
        ),
    ],
)
def test_completion_and_built_one_measure(texts: tuple[str, ...], built: dict[str, int], agree: bool) -> None:
    years = _years(*texts)
    assert "year of completion" not in years, years
    assert years["year built"] == (agree, built), years


def test_opening_stays_its_own_measure() -> None:
    years = _years(
        "The Corvenna Bridge was completed in 1974.",
        "The Corvenna Bridge opened to traffic in 1976.",
    )
    assert years["year built"][1] == {"a": 1974}, years
    assert years["year of opening"][1] == {"b": 1976}, years


def test_completion_of_no_built_thing() -> None:
    years = _years("The sale of the port operator was completed in 2019.", "The sale was completed in 2020.")
    assert "year built" not in years, years
    assert years["year of completion"][1] == {"a": 2019, "b": 2020}, years
