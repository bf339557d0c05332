"""A fraction of a scale word is that part of it (review s44-rv finding 10; figures.py): "Nearly a
quarter of a million dishwashers" is 250,000, never "a million", and sits in the row of the
outlets' 240,000. The reported input, then two of my own; a fraction of a thing stays a share."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import find_figures


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Nearly a quarter of a million dishwashers are being recalled.", 250_000, "count"),  # reported
        ("Three-quarters of a million people were evacuated.", 750_000, "count"),
        ("The scheme cost a third of a billion dollars.", 1e9 / 3, "money"),
    ],
)
def test_a_fraction_of_a_scale_is_that_part_of_it(text: str, value: float, kind: str) -> None:
    figs = find_figures(text)
    assert [(round(f.value), f.kind) for f in figs] == [(round(value), kind)], figs


def test_a_fraction_of_things_is_still_a_share() -> None:
    assert [(round(f.value), f.unit) for f in find_figures("A quarter of the homes were flooded.")] == [(25, "%")]


@pytest.mark.parametrize(
    ("other", "status"),
    [("240,000", "agree"), ("300,000", "disagree")],  # "nearly" 250,000 is at most it
)
def test_the_fraction_joins_the_outlets_count(other: str, status: str) -> None:
    rows = {
        f.label: (f.status, [value_text(v) for v in f.values])
        for f in sheet(
            f"{other} dishwashers are being recalled.", "Nearly a quarter of a million dishwashers are being recalled."
        )
    }
    assert list(rows.values()) == [(status, [other, "nearly 250,000"])], rows
