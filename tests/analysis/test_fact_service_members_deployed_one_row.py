"""A count of a state's armed service members deployed is one measure whatever noun a report gives
them, "troops", "soldiers", "servicemen", "guardsmen" (round s48-f3, s48-f2's leftover: "troops
deployed" and "soldiers deployed" were two rows of one count, ``words.SAME_NOUN``); firefighters
and police officers are other responders and stay apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    "texts",
    [
        # s48-f2's leftover: the two nouns of its troops case
        pytest.param(
            (
                "Nearly 900 troops were sent to the flooded towns.",
                "About 1,200 soldiers were deployed to the flooded towns.",
            ),
            id="reported_troops_soldiers",
        ),
        pytest.param(
            (
                "Some 450 soldiers are working through the night in the valley.",
                "About 600 servicemen were dispatched to the valley.",
            ),
            id="variant_service_members",
        ),
        pytest.param(
            (
                "Around 2,000 guardsmen were mobilized after the quake.",
                "Officials said 2,400 troops were on the ground.",
            ),
            id="variant_guardsmen",
        ),
    ],
)
def test_one_row_of_service_members(texts: tuple[str, ...]) -> None:
    rows = {f.label: f for f in sheet(*texts) if f.values[0].kind == "count" and f.label.endswith("deployed")}
    assert len(rows) == 1, {k: [value_text(v) for v in f.values] for k, f in rows.items()}
    (fact,) = rows.values()
    assert sorted({v.doc for v in fact.values}) == ["a", "b"], [(v.doc, value_text(v)) for v in fact.values]
    assert fact.status == "disagree", fact.status


def test_other_responders_stay_apart() -> None:
    """Firefighters and police officers deployed are no soldiers: three rows, not one."""
    facts = sheet(
        "About 1,200 troops were deployed to the flooded towns.",
        "About 1,500 firefighters were deployed to the flooded towns.",
        "About 1,300 police officers were deployed to the flooded towns.",
    )
    labels = sorted(f.label for f in facts if f.label.endswith("deployed"))
    assert len(labels) == 3, labels
