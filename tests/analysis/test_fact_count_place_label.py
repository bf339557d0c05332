"""A count of a bare noun whose clause says where its things were is labelled by that place: "1,500
people were in shelters" is "people in shelters" (t13air: a row "people", which says nothing of
what the 1,500 are)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (t13air variants/R4-traps2 a, b, c)
        (
            (
                "Mayor Rosa Diaz, 54, said 1,500 people were in shelters.",
                "Mayor Rosa Diaz said 1,500 people had gone to shelters.",
                "Some 1,500 people stayed in shelters, the mayor said.",
            ),
            "people in shelters",
        ),
        # variants of my own: one article alone, another noun and place
        (("About 2,000 residents were in the shelters on Monday.",), "residents in the shelters"),
        (("Some 40 families were in tents after the quake.", "About 40 families lived in tents."), "families in tents"),
    ],
)
def test_a_bare_counts_place_labels_it(texts: tuple[str, ...], label: str) -> None:
    assert label in {f.label for f in sheet(*texts)}
