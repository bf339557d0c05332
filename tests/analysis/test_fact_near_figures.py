"""An approximate value and another that is no rounding of it are near figures, never plain
agreement (t13aq N7: Meridian's "about 320 passengers" beside AlpenRail's "312" read "agree"). An
approximator reaches two units of its last significant digit (grouping._approximation: "about 320"
meets 300 to 340), so no conflict; but "about 320" is a round figure of tens, 315 to 325, and 312
is outside it: the row's status is "near" and its grounds say which values are only near. A value
within the rounding ("roughly 60" and "64", "about 300" and "300") still agrees. The first case is
the tester's (t13aq corpus); the others are invented variants (other counts, approximators and
scales)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def row(texts: tuple[str, ...], label: str) -> tuple[str, str, list[str]]:
    (found,) = [f for f in sheet(*texts) if f.label == label]
    return found.status, found.grounds, [value_text(v) for v in found.values]


@pytest.mark.parametrize(
    ("texts", "label", "apart"),
    [
        pytest.param(
            (
                "About 312 passengers were on board.",
                "The train carried 312 passengers and 6 crew.",
                "There were about 320 passengers on the train, police said.",
            ),
            "passengers",
            "about 320",
            id="reported",
        ),
        pytest.param(
            ("Around 1,200 people were evacuated from the valley.", "Officials said 1,130 people were evacuated."),
            "people evacuated",
            "around 1,200",
            id="variant_thousands",
        ),
        pytest.param(
            ("Roughly 60 homes were destroyed by the fire.", "The fire destroyed 66 homes, the council said."),
            "homes destroyed",
            "roughly 60",
            id="variant_tens",
        ),
    ],
)
def test_near_figures_are_not_plain_agreement(texts: tuple[str, ...], label: str, apart: str) -> None:
    status, grounds, values = row(texts, label)
    assert status == "near", (status, grounds, values)
    assert "near, not the same figure" in grounds and apart in grounds, grounds


@pytest.mark.parametrize(
    "texts",
    [
        ("Roughly 60 homes were destroyed by the fire.", "The fire destroyed 64 homes, the council said."),
        ("About 300 homes were destroyed by the fire.", "The fire destroyed 300 homes, the council said."),
    ],
)
def test_a_rounding_still_agrees(texts: tuple[str, ...]) -> None:
    status, grounds, _ = row(texts, "homes destroyed")
    assert status == "agree", grounds
