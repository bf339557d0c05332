"""A percentage change said by a verb of its object or after a modal (issue #16, review s43-rv
finding 16, round s44-y2): "will raise council tax by 4.99%" was a row "raise council tax" apart
from "a council tax rise of almost 5%" ("change in council tax"), and "Council tax will rise by
4.99%" a bare "percentage": one measure, the change in council tax, however its verb is placed.
Each test: the reviewer's input first, then two variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b", "label", "status"),
    [
        (
            "Northshire County Council will raise council tax by 4.99%, the maximum allowed.",
            "The council has agreed a budget that includes a council tax rise of almost 5%.",
            "change in council tax",
            "agree",
        ),
        (
            "The operator will raise fares by 6% in January.",
            "Fares will rise by 8% in January.",
            "change in fares",
            "disagree",
        ),
        ("The council will increase rents by 3%.", "Rents will go up by 3 per cent.", "change in rents", "agree"),
    ],
)
def test_one_change_whatever_its_verb(a: str, b: str, label: str, status: str) -> None:
    rows = sheet(a, b)
    (row,) = [f for f in rows if f.values[0].unit == "%"]
    assert (row.label, row.status) == (label, status)
    assert {v.doc for v in row.values} == {"a", "b"}


def test_a_level_after_a_modal_stays_a_level() -> None:
    # (a guard: "will rise to 5%" is the level reached, no change)
    (row,) = sheet("Inflation will rise to 5% next year.")
    assert not row.label.startswith("change")
