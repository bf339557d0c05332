"""A grant is money given as a fund is (#16, t13ak-r N4b): "the emergency grant now stood at
£1.2m" and "would raise the emergency grant to £1.2m" were bare amounts ("amount (GBP)") beside
"approved an emergency grant of £800,000", so the rise was never flagged, while the same sentences
with "fund" were. The noun "grant" is a word of money given (words.MONEY_ROLES), whatever verb sets
its level. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # reported (t13ak-r variants/N4b), and its "would raise … to" wording
        (
            [
                "Haldor council has approved an emergency grant of £800,000 after the fire, council leader Tom Aske said.",
                "Council leader Tom Aske said the council had earmarked £0.8m for the emergency.",
                "Council leader Tom Aske said on Wednesday that the emergency grant now stood at £1.2m.",
                "Council leader Tom Aske said the council would raise the emergency grant to £1.2m.",
            ],
            [8e5, 8e5, 1.2e6, 1.2e6],
        ),
        # variants: euros, "now stands at"; dollars, plural "grants … now stood at"
        (
            [
                "The minister said the government had approved an emergency grant of €300,000.",
                "The minister said the emergency grant now stands at €450,000.",
            ],
            [3e5, 4.5e5],
        ),
        (
            [
                "The governor said the state would pay $2 million in disaster grants.",
                "The governor said disaster grants now stood at $2.5 million.",
            ],
            [2e6, 2.5e6],
        ),
    ],
)
def test_a_grant_is_money_given(texts: list[str], values: list[float]) -> None:
    rows = [(f.agree, sorted(float(v.value) for v in f.values)) for f in sheet(*texts)]
    assert rows == [(False, values)], [(f.label, r) for f, r in zip(sheet(*texts), rows)]
