"""A sentence telling a running count's steps joined by "and" (no "then"), each step followed by
its own time phrase ("in the evening", "by midnight", "on Sunday", "at 10pm"), gives every step in
order, the last the article's value (t13v F8, round s32-t: "The toll had risen from three on
Saturday afternoon to five in the evening and seven by midnight" read 5, first said 3: the seven,
its measure's words too far before it, was no value, and "to five" was no step of the change)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

CASES = [
    # reported (t13v repro/v2/a.txt)
    (
        "TOULON, Aug 16 (Reuters) - The toll had risen from three on Saturday afternoon to five in the evening "
        "and seven by midnight, the prefecture said.",
        "death toll",
        "7",
        ["3", "5"],
    ),
    # variants of my own: another measure with days, clock times, "then" with time phrases
    (
        "The number of injured climbed from 14 on Friday to 22 on Saturday and 31 on Sunday, the coastguard said.",
        "people injured",
        "31",
        ["14", "22"],
    ),
    (
        "Officials said the death toll rose from two at 8am to four at 10pm and six by midnight.",
        "death toll",
        "6",
        ["2", "4"],
    ),
    (
        "The number of missing fell from nine in the early morning of Monday to four around noon and then two by dusk.",
        "people missing",
        "2",
        ["9", "4"],
    ),
]


@pytest.mark.parametrize(("text", "label", "value", "earlier"), CASES)
def test_every_step_with_its_own_time(text: str, label: str, value: str, earlier: list[str]) -> None:
    facts = sheet(text)
    rows = [f for f in facts if f.label == label]
    got = [[(value_text(v), [value_text(e) for e in v.earlier]) for v in f.values] for f in rows]
    assert got == [[(value, earlier)]], [(f.label, [value_text(v) for v in f.values]) for f in facts]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # counts of their own days, no running count: no steps
        (
            "Two people died on Monday and three on Tuesday in separate crashes.",
            {("death toll", "2", ()), ("death toll", "3", ())},
        ),
    ],
)
def test_no_steps_without_a_running_count(text: str, rows: set[tuple[str, str, tuple[str, ...]]]) -> None:
    got = {(f.label, value_text(v), tuple(value_text(e) for e in v.earlier)) for f in sheet(text) for v in f.values}
    assert got == rows
