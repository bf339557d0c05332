"""A percentage rating the story's event in a state is one measure however written: "The fire was
10% contained", "Containment stands at 12%" (the state's noun), "had the blaze 25 percent
contained", so outlets' different values disagree (or change over time) in one row (issue #16,
t13ap N4: rows "contained" 10% and "containment" 12%, each agreeing, the outlets' difference hidden)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in sheet(*texts) if f.values[0].kind == "percent"}


@pytest.mark.parametrize(
    "texts",
    [
        # the tester's sentences (valley-courier, kmrw-liveblog, northwire-0819)
        (
            "The Harlow Ridge Fire was 10% contained on Monday evening, officials said.",
            "11:20 — Containment stands at 12%.",
            "Containment rose to 15 percent on Tuesday as the wind eased.",
        ),
        # other events, other wordings, other figures
        (
            "Crews had the blaze 25 percent contained by nightfall.",
            "Containment of the wildfire reached 40 percent on Thursday, Cal Fire said.",
            "The wildfire is now 30% contained.",
        ),
        (
            "The bushfire was 5 per cent contained, the Rural Fire Service said.",
            "Containment was put at 8% late on Friday.",
            "Containment stood at 5% in the morning.",
        ),
    ],
)
def test_one_row_values_differ(texts: tuple[str, str, str]) -> None:
    rows = _rows(*texts)
    assert len(rows) == 1, rows
    (values,) = rows.values()
    assert sorted(d for d, _v in values) == ["a", "b", "c"], rows
    (fact,) = [f for f in sheet(*texts) if f.values[0].kind == "percent"]
    assert fact.status == "disagree", fact.status


def test_other_rates_stay_apart() -> None:
    """A rate of another thing is no value of the fire's containment."""
    rows = _rows("Annual inflation stood at 3.4%.", "The fire was 10% contained.")
    assert len(rows) == 2, rows
