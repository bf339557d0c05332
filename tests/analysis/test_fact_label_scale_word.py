"""A row kept apart is never told by its figure's scale word: "damage: million" said nothing, every
damage value saying "million" (t13av N6, round s51-f3); its amount tells it ("damage · €38 million")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # found (feeds/pacificgazette)
        (
            "Damage from the spill was put at $45 million by the insurer.",
            "Damage estimates range from $45 million to €38 million, the insurers said.",
        ),
        # variants of my own
        (
            "Damage to the port was put at $120 million by the harbour board.",
            "Estimates of the damage run from $120 million to £90 million, the harbour board said.",
        ),
        (
            "Insurers put the damage at $3 billion on Monday.",
            "Damage estimates range from $3 billion to ¥400 billion, insurers said on Monday.",
        ),
    ],
)
def test_no_label_told_by_a_scale_word(first: str, second: str) -> None:
    labels = [f.label for f in sheet(first, second)]
    assert not any(label.endswith((": million", ": billion", ": thousand")) for label in labels), labels
