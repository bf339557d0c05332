"""Things stopped or shut, counted after the verb or before it, are one fact (issue #16, session 26
probe of an invented typhoon). Found: AP's "The civil aviation authority cancelled 146 flights" was a
row "flights" apart from the other outlets' *flights cancelled*; and Reuters' "more than 140
domestic and international flights were cancelled" was dropped: "domestic" alone was no counted
noun."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "other", "label", "status"),
    [
        # found (AP, the live blog)
        (
            "The civil aviation authority cancelled 146 flights, and the coast guard said thousands of ferry passengers were stranded in ports.",
            "Manila's airport says 146 flights have been cancelled today.",
            "flights cancelled",
            "agree",
        ),
        # variants of my own
        (
            "The city closed 1,300 schools on Tuesday.",
            "Classes stopped as 1,300 schools were closed.",
            "schools closed",
            "agree",
        ),
        (
            "The airline grounded 40 planes after the fault.",
            "Some 45 planes were grounded.",
            "planes grounded",
            "disagree",
        ),
    ],
)
def test_a_stopping_verb_before_a_count_is_its_fact(text: str, other: str, label: str, status: str) -> None:
    rows = _rows(text, other)
    assert [(r[0], r[1]) for r in rows if r[0] == label] == [(label, status)], rows


def test_another_verb_before_a_count_names_nothing() -> None:
    rows = _rows("The fair attracted over 800 companies.", "Over 800 companies took part.")
    assert [(r[0], r[1]) for r in rows] == [("companies", "agree")], rows


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # found (Reuters)
        (
            "The civil aviation authority said more than 140 domestic and international flights were cancelled.",
            "domestic and international flights",
        ),
        # variants of my own
        ("About 300 local and foreign tourists were stranded.", "local and foreign tourists"),
        ("The plant makes 500 red or blue bicycles a day.", "red or blue bicycles"),
    ],
)
def test_two_modifiers_of_one_noun_are_its_phrase(text: str, noun: str) -> None:
    [fig] = [f for f in figures_of(text) if f.kind == "count"]
    assert fig.noun == noun, fig


def test_the_dropped_count_is_on_the_sheet() -> None:
    rows = _rows("The authority said more than 140 domestic and international flights were cancelled.")
    assert rows == [("domestic and international flights cancelled", "single source", ["more than 140"])], rows


def test_a_noun_before_and_ends_the_phrase() -> None:
    # "crew" counts without a plural -s: the "and" after it joins the sentence's next verb
    [fig] = [
        f for f in figures_of("The ship is licensed to carry 40 crew and joins the fleet in May.") if f.kind == "count"
    ]
    assert fig.noun == "crew", fig
