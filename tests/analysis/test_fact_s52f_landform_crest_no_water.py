"""A capitalised dry landform that "crests" is no river (review s51-rv F13, left undone by s51-fx1;
round s52-f: "Kestrel Pass crests at 2,100 metres" was a depth of the water). The leftover's
sentence and two variants of my own (the generic word first, "Mount Skarn"; another generic,
"Ridge"); a named river's crest stays the water's depth."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "text",
    [
        # found (s51-fx1.md, "left undone", F13)
        "Kestrel Pass crests at 2,100 metres.",
        # variants of my own
        "Mount Skarn crests at 1,900 metres above the fjord.",
        "The trail over Haldor Ridge crests at 900 metres, the park service said.",
    ],
)
def test_a_dry_landform_cresting_is_no_water_depth(text: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert not any("water" in label for label in labels), labels


@pytest.mark.parametrize(
    "text", ["The Ouse is forecast to crest at 5.2 metres.", "The Red River crested at 11.2 metres on Sunday."]
)
def test_a_named_river_cresting_is_still_the_water_depth(text: str) -> None:
    assert [f.label for f in sheet(text)] == ["depth of the water"]
