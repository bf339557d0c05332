"""People pulled, lifted or hauled from a place are rescued only from a place of danger (review
s35-rv2 finding 6, round s35-p4): "Rescuers pulled 45 people from the water" is *people rescued*,
"The programme lifted 2,000 people out of poverty" and "The army pulled 300 soldiers from the
region" are not (roles._DANGER_PLACES)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _labels(*texts: str) -> dict[str, list[str]]:
    return {f.label: sorted(v.doc for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    "text",
    [
        # found (rv2-tmp/t1 a, b)
        "The programme lifted 2,000 people out of poverty last year, officials said.",
        "The army pulled 300 soldiers from the region.",
        "The army pulled 300 soldiers out of the region.",
        # variants of my own: other verbs, other places
        "The scheme has hauled 4,500 workers out of unemployment since 2020.",
        "The company pulled 120 staff from its Berlin office.",
    ],
)
def test_out_of_a_place_of_no_danger_is_no_rescue(text: str) -> None:
    labels = _labels(text)
    assert "people rescued" not in labels, labels


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled 45 people from the water.",
        "Divers hauled 12 people out of the river on Tuesday.",
        "Firefighters lifted 30 residents from the burning building.",
        "Volunteers plucked 18 people from rooftops.",
    ],
)
def test_out_of_a_place_of_danger_is_a_rescue(text: str) -> None:
    labels = _labels(text)
    assert "people rescued" in labels, labels
