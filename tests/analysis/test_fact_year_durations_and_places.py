"""Years of events (review s35-rv items 7 and 8, round s35-y).

* "in N years" is a year to come only with a verb to come in its clause ("will reopen in two
  years", "is expected to reopen in three years") or "in two years' time"; after a past tense or a
  participle it is how long something took: "The bridge was built in two years" was the year 2028
  and a false "year built DISAGREE 2028 · 2024".
* The word after "to" is an event's verb only where the words before it take a verb ("is due to
  close", "is scheduled to shut") and written in lower case: "returned to Kellby in 2019" was a row
  "year of kellbying", as "returned to Paris" (the comment's promise) and "returned to school"."""

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
    return fact_sheet([(Dated(chr(ord("a") + i), f"Story\n\n{t}", "2026-03-09"), []) for i, t in enumerate(texts)])


def _years(facts: list[Fact]) -> dict[str, dict[str, int]]:
    return {f.label: {v.doc: int(v.value) for v in f.values} for f in facts if f.values[0].kind == "year"}


@pytest.mark.parametrize(
    ("texts", "year"),
    [
        # found (review s35-rv item 7, rv-tmp/f1)
        (("The bridge was built in two years by a local firm.", "The bridge was built in 2024 by a local firm."), 2028),
        # variants of my own: other participles and past tenses
        (("The hospital wing was completed in three years.", "The hospital wing was completed in 2025."), 2029),
        (("The loan will be repaid in five years.", "The loan will be repaid in 2030."), 2031),
        (("The town grew in two years into a city.", "The town became a city in 2027."), 2028),
    ],
)
def test_a_duration_is_no_year_to_come(texts: tuple[str, str], year: int) -> None:
    years = _years(_sheet(*texts))
    assert not [label for label, by_doc in years.items() if year in by_doc.values()], years


@pytest.mark.parametrize(
    ("texts", "label", "years"),
    [
        (
            ("The bridge will reopen in two years.", "The bridge will reopen in 2027."),
            "year of reopening",
            {"a": 2028, "b": 2027},
        ),
        (
            ("The tunnel is expected to open in three years.", "The tunnel will open in 2030."),
            "year of opening",
            {"a": 2029, "b": 2030},
        ),
        (
            ("The mine will close in two years’ time.", "The mine will close in 2029."),
            "year of closing",
            {"a": 2028, "b": 2029},
        ),
    ],
)
def test_a_year_to_come_is_still_one(texts: tuple[str, str], label: str, years: dict[str, int]) -> None:
    assert _years(_sheet(*texts)).get(label) == years, _years(_sheet(*texts))


@pytest.mark.parametrize(
    "place",
    [
        # found (review s35-rv item 8, rv-tmp/f1)
        "Kellby",
        # the comment's own example, and variants of my own
        "Paris",
        "Oslo",
        "school",
    ],
)
def test_a_place_after_to_is_no_verb(place: str) -> None:
    facts = _sheet(
        f"Mayor Anna Berg returned to {place} in 2019 after a decade abroad.",
        f"Mayor Anna Berg returned to {place} in 2017, the council said.",
    )
    # no event of the place's name ("year|kellby"): a year of no measure, labelled by its clause
    # (issue #16, s40-x1: was the bare "year")
    rows = [(f.label, [v.measure for v in f.values]) for f in facts]
    assert rows == [(f"year Mayor Anna Berg returned to {place}", ["", ""])], rows


def test_a_verb_after_to_is_still_an_event() -> None:
    labels = [
        f.label
        for f in _sheet("The plant is scheduled to shut down in 2029.", "The plant is due to shut down in 2030.")
    ]
    assert labels == ["year shut"], labels
