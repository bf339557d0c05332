"""A sentence telling a measure's steps with a change ("had risen from three on Saturday evening to
five and then seven by midnight", "climbed from X to Y", "rose to Y from X", "Y, up from X") gives
every step in text order: the value the change replaced is what the article said first, carried by
the value replacing it, never dropped (t13u F8, round s32-g: the Evening Post's toll read "first
said 5", its 3 lost, while the live blog's 3 → 5 → 7 read "first said 3, then 5"). The value after
"from" was given no measure (the change's object, so no value of its own: s26), so no step."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

CASES = [
    # reported (t13u data/table-layout.html, its two paragraphs)
    (
        "A stadium steward was questioned by police on Sunday over the crush at the Estadio Monteluz that "
        "killed seven people, Commissioner Rafael Ortiz Baena said.\n\n"
        "The toll had risen from three on Saturday evening to five and then seven by midnight.",
        "death toll",
        "7",
        ["3", "5"],
    ),
    # variants of my own: other measures and wording, digits, a comma before "then"
    (
        "The number of injured climbed from 14 on Friday night to 22, then 31 by Sunday.",
        "people injured",
        "31",
        ["14", "22"],
    ),
    (
        "Rescuers said the number of missing fell from nine in the morning to four and then two by dusk.",
        "people missing",
        "2",
        ["9", "4"],
    ),
    # one change alone: "climbed from X to Y", "rose to Y from X", "Y, up from X"
    ("The death toll climbed from four to nine.", "death toll", "9", ["4"]),
    ("The death toll rose to nine from four.", "death toll", "9", ["4"]),
    ("Officials said 1,200 people had been evacuated, up from 800 on Tuesday.", "people evacuated", "1,200", ["800"]),
]


@pytest.mark.parametrize(("text", "label", "value", "earlier"), CASES)
def test_every_step_in_order(text: str, label: str, value: str, earlier: list[str]) -> None:
    facts = sheet(text)
    rows = [f for f in facts if f.label == label]
    got = [[(value_text(v), [value_text(e) for e in v.earlier]) for v in f.values] for f in rows]
    assert got == [[(value, earlier)]], [(f.label, [value_text(v) for v in f.values]) for f in facts]
    (v,) = rows[0].values
    assert [e.start for e in v.earlier] == sorted(e.start for e in v.earlier)  # text order


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a count of where the things came from after "from" is no earlier value of the change
        (
            "The number of evacuees rose to 1,200 from 12 villages.",
            {("people evacuated", "1,200", ()), ("villages", "12", ())},
        ),
        # a range and an alternative stay as they were
        ("Between 3 and 5 people were hurt.", {("people injured", "3–5", ())}),
        ("About 280 evacuees were housed instead of 400.", {("people evacuated", "about 280", ())}),
    ],
)
def test_no_step_without_a_change(text: str, rows: set[tuple[str, str, tuple[str, ...]]]) -> None:
    got = {(f.label, value_text(v), tuple(value_text(e) for e in v.earlier)) for f in sheet(text) for v in f.values}
    assert got == rows
