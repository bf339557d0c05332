"""A ceiling and an amount under it are no agreement (#16, t13am N4): "would seek a fine of up to €40
million" (three outlets) and "would seek a fine of €14 million" (one) were a row "fine agree", its
grounds "values differ but their bounds are compatible". The README's rule makes a lower bound the
larger figure meets agree ("at least 7" and "9"); a ceiling is the most an amount may be, so an
amount under it neither agrees nor conflicts: the row says "within ceiling". The texts are
invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (t13am): the fine sought
        (
            [
                "She said the government would seek a fine of up to €40 million from the company.",
                "She says the company will face a fine of up to €40m.",
                "Environment Minister Ilse Varnholt said the government would seek a fine of €14 million.",
            ],
            "fine",
        ),
        # variants: "as much as" a sum of damages; "at most" a count of people evacuated
        (
            [
                "The airline could face damages of as much as $12 million, lawyers said.",
                "The airline faces damages of $4 million.",
            ],
            "damage",
        ),
        (
            [
                "At most 300 people were evacuated from the valley.",
                "Some 120 people were evacuated from the valley.",
            ],
            "people evacuated",
        ),
    ],
)
def test_an_amount_under_a_ceiling_is_within_it_not_agreeing(texts: list[str], label: str) -> None:
    facts = {f.label: f for f in sheet(*texts)}
    fact = facts[label]
    assert fact.status == "within ceiling", (fact.status, fact.grounds)
    assert fact.to_json()["agree"] is None
    assert "is a ceiling" in fact.grounds and "compatible" not in fact.grounds, fact.grounds


@pytest.mark.parametrize(
    "texts",
    [
        # a lower bound the larger figure meets, as the README says, and a ceiling beside its own amount
        ["At least 7 people were taken to hospital.", "Nine people were taken to hospital."],
        ["The firm faces a fine of up to €40m.", "The firm faces a fine of €40 million."],
    ],
)
def test_bounds_met_still_agree(texts: list[str]) -> None:
    (fact,) = [f for f in sheet(*texts) if f.sources > 1]
    assert fact.status == "agree", (fact.status, fact.grounds)
