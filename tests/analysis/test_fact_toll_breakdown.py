"""A breakdown of a casualty group is no new value of its toll (t13x F2, round s34-f): "The dead
included two children" after "Seven people were killed" in one article was the article's death
toll, 2, "first said 7", and the row "not compared"; it is a part of the dead ("children among the dead"),
as "Two children were among the dead" already was."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

OTHER = "KELLBY, March 9 (Nordwire) - Seven people were killed when the dam burst, officials said."


@pytest.mark.parametrize(
    ("text", "group", "part"),
    [
        # reported (t13x repro v2, a.txt)
        pytest.param(
            "KELLBY, March 9 (Beacon) - Seven people were killed when the Velmora dam burst early on Monday, the "
            "crisis office said.\n\nThe dead included two children, officials said.",
            "death toll",
            "children among the dead",
            id="reported",
        ),
        # variants of my own: other subjects, tenses and verbs of inclusion
        pytest.param(
            "Seven people were killed when the dam burst. Those killed include three firefighters from Osterby.",
            "death toll",
            "firefighters among the dead",
            id="those_killed_include",
        ),
        pytest.param(
            "Seven people died in the flood on Monday. The victims who died also included four tourists.",
            "death toll",
            "tourists among the dead",
            id="victims_who_died",
        ),
        pytest.param(
            "Seven people were killed and 30 were injured. The injured included 12 children, doctors said.",
            "people injured",
            "children among the injured",
            id="injured_included",
        ),
    ],
)
def test_included_count_is_a_part(text: str, group: str, part: str) -> None:
    facts = sheet(text, OTHER if group == "death toll" else text.replace("12 children", "nine pupils"))
    rows = [
        (f.label, f.status, [(v.doc, value_text(v), [e.value for e in v.earlier]) for v in f.values]) for f in facts
    ]
    toll = next(f for f in facts if f.label == group)
    assert toll.status == "agree", rows
    assert all(not v.earlier for v in toll.values), rows
    assert len({value_text(v) for v in toll.values}) == 1, rows
    assert any(f.label == part for f in facts), rows


def test_toll_whose_parts_are_listed_keeps_its_value() -> None:
    text = "Seven people were killed. The dead included two children and a firefighter."
    facts = sheet(text, OTHER)
    toll = next(f for f in facts if f.label == "death toll")
    assert [value_text(v) for v in toll.values] == ["7", "7"]
