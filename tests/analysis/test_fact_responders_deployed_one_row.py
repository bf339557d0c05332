"""Responders deployed to the story's event are one count however their clause says so: "were
assigned to it", "were on the lines", "are at the scene", a fact box's bare "Firefighters | 1,600"
(issue #16, t13ap N5: "firefighters assigned" and "firefighters on the lines" were two rows of one
count, the 1,450 against 1,600 disagreement shown in one of them only)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("texts", "noun"),
    [
        # the tester's sentences (valley-courier, northwire-0818, emberwatch-harlow, channel9-harlow)
        (
            (
                "More than 1,450 firefighters, 38 bulldozers and 12 air tankers were assigned to it, the chief said.",
                "The blaze was 10 percent contained. About 1,450 firefighters were on the lines.",
                "| Measure | Figure |\n|---|---|\n| Firefighters | 1,600 |",
                "The fire has destroyed 280 homes, and more than 1,600 firefighters are now on the lines.",
            ),
            "firefighters",
        ),
        # other responders, other verbs and places of work
        (
            (
                "Some 300 rescuers were deployed to the collapsed mine.",
                "About 350 rescuers are at the scene, officials said.",
                "Rescuers: 350",
                "Nearly 350 rescuers are working through the night.",
            ),
            "rescuers",
        ),
        (
            (
                "Nearly 900 troops were sent to the flooded towns.",
                "About 1,200 troops are battling the floodwaters.",
                "Troops: 1,200",
                "The army has 1,200 troops on the ground.",
            ),
            "troops",
        ),
    ],
)
def test_one_row_of_responders(texts: tuple[str, ...], noun: str) -> None:
    rows = {f.label: f for f in sheet(*texts) if f.values[0].kind == "count" and noun in f.label}
    assert list(rows) == [f"{noun} deployed"], {k: [value_text(v) for v in f.values] for k, f in rows.items()}
    (fact,) = rows.values()
    assert sorted({v.doc for v in fact.values}) >= ["a", "b", "c"], [(v.doc, value_text(v)) for v in fact.values]
    assert fact.status == "disagree", fact.status


def test_responders_hurt_are_no_deployment() -> None:
    """What befell responders is its own measure: "Three firefighters were injured" is no deployed count."""
    labels = [f.label for f in sheet("Three firefighters were injured.", "About 1,450 firefighters were on the lines.")]
    assert "firefighters deployed" in labels and any("injured" in label for label in labels), labels
