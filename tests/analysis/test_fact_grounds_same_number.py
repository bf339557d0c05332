"""A row whose values all give one number never says its "values differ" (t13as N3, re-tested by
t13r, round s51-f3). Found: ``people evacuated | agree | "values differ but their bounds are
compatible"`` for six values all 3,700 ("3,700 people", "3,700 residents"), and "(some 5,200
reads 5,000 to 5,400)" for three values all 5,200."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "said"),
    [
        # found (t13as: the Guardian's people, Reuters' residents)
        (
            (
                "Police said 3,700 people were evacuated from Hafnarvik overnight.",
                "Authorities evacuated 3,700 residents in Hafnarvik overnight.",
            ),
            "same value",
        ),
        # variants of my own (t13r var/v1-evac's layout, other words and numbers)
        (
            (
                "Some 5,200 people were evacuated from Corvino.",
                "Officials said 5,200 people were evacuated from Corvino.",
                "5,200 residents were evacuated from Corvino on Friday.",
            ),
            "the same value, qualified in some reports (some 5,200)",
        ),
        (
            (
                "About 860 villagers were evacuated from Lisca.",
                "Rescuers evacuated 860 inhabitants of Lisca.",
            ),
            "the same value, qualified in some reports (about 860)",
        ),
    ],
)
def test_one_number_is_no_difference(texts: tuple[str, ...], said: str) -> None:
    rows = [f for f in sheet(*texts) if f.label == "people evacuated"]
    assert len(rows) == 1 and rows[0].status == "agree", [(f.label, f.grounds) for f in sheet(*texts)]
    assert "values differ" not in rows[0].grounds and said in rows[0].grounds, rows[0].grounds


def test_different_numbers_still_differ() -> None:
    rows = [f for f in sheet("Around 5,000 evacuees left Corvino.", "5,200 residents were evacuated from Corvino.")]
    assert any("values differ but their bounds are compatible" in f.grounds for f in rows), [f.grounds for f in rows]
