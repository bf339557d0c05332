"""A value of one article superseded by a later sentence of the same article (t13n F9/F12): Lusa's
explainer says "Three people were killed …" and later "By nightfall the toll had risen to four";
the 3 was a value of the death toll beside the 4, the article disagreeing with itself and with
every outlet reporting four. When a later sentence says the measure rose, fell or was revised to
a new value, the earlier value of that measure (same label) is no value of it; a value of another
label ("two villages evacuated") and a value said again are kept."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

LUSA = (
    "Three people were killed and seventeen injured when a solvent tank exploded at the Quimibral chemical "
    "works in Alcobrena on Sunday morning, officials said.\n\nFirefighters worked through the afternoon. By "
    "nightfall the toll had risen to four. One thousand two hundred residents had been moved out of their homes."
)
INJURED = (
    "Ten people were injured when a bus left the coast road near Vila Serra on Friday, police said.\n\n"
    "Rescuers worked for hours to free the passengers. By the evening the number of injured rose to 14, the "
    "regional hospital said."
)
EVACUATED = (
    "About 500 residents were evacuated from two villages as the fire spread on Saturday, the civil "
    "protection agency said.\n\nThe number of evacuees was later revised to 800 as the wind turned."
)


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (LUSA, "death toll", "4"),  # reported (t13n)
        (INJURED, "people injured", "14"),
        (EVACUATED, "people evacuated", "800"),
    ],
)
def test_the_later_value_is_the_articles_value(text: str, label: str, value: str) -> None:
    rows = [r for r in _rows(text) if r[0] == label]
    assert [r[2] for r in rows] == [[value]], _rows(text)


@pytest.mark.parametrize(
    ("text", "other", "label", "value"),
    [
        (LUSA, "Four people died at the Quimibral plant, the mayor said.", "death toll", "4"),
        (INJURED, "Fourteen people were injured in the crash, the hospital said.", "people injured", "14"),
        (EVACUATED, "800 people were evacuated from their homes.", "people evacuated", "800"),
    ],
)
def test_no_disagreement_with_an_outlet_giving_the_later_value(text: str, other: str, label: str, value: str) -> None:
    rows = [r for r in _rows(text, other) if r[0] == label]
    assert rows == [(label, "agree", [value, value])], _rows(text, other)


def test_another_label_of_the_measure_and_a_value_said_again_are_kept() -> None:
    rows = _rows(EVACUATED)
    assert "villages evacuated" in {r[0] for r in rows}, rows
    again = "Four people were killed in the blast.\n\nBy nightfall the toll had risen to four, police said."
    assert [r[:2] for r in _rows(again) if r[0] == "death toll"] == [("death toll", "single source")], _rows(again)
