"""The value a change replaced, its object written between the verb and "from", is no value of the
measure (issue #16, session 26 probe of an invented typhoon). Found: the local paper's "The
provincial disaster office raised the toll from four to six" put 4 in the death toll after 6, so
the toll read 4 → 6 → 4 → 9."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # found (Casilang Courier)
        ("The provincial disaster office raised the toll from four to six shortly after 9 a.m.", "death toll", "6"),
        # variants of my own
        ("Police revised the number of people injured from 12 to 15 on Monday.", "people injured", "15"),
        ("The council lowered its count of the missing from nine to seven.", "people missing", "7"),
    ],
)
def test_the_replaced_value_is_no_value_of_the_measure(text: str, label: str, value: str) -> None:
    facts = sheet(text)
    rows = [f for f in facts if f.label == label]
    assert len(rows) == 1 and [value_text(v) for v in rows[0].values] == [value], [
        (f.label, [value_text(v) for v in f.values]) for f in facts
    ]


def test_a_count_from_somewhere_is_still_counted() -> None:
    # "from" after a change verb and its object, but no "to" value after: a count of its own
    facts = sheet("The storm cut power from 300 homes in the valley.")
    assert [(f.label, [value_text(v) for v in f.values]) for f in facts] == [("homes", ["300"])]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The disaster office raised the toll from 4 to 6 after 9 a.m.", [4, 6]),
        ("Police revised the number of people injured from 12 to 15 on Monday.", [12, 15]),
        ("The agency increased its estimate of damaged homes from 300 to 450.", [300, 450]),
    ],
)
def test_a_change_with_its_object_before_from_is_two_figures(text: str, values: list[float]) -> None:
    figs = figures_of(text)
    assert [(f.value, f.high) for f in figs if f.kind == "count"] == [(v, None) for v in values], figs
