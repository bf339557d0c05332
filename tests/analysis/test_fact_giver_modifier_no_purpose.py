"""Money's noun modified by the government that gives it ("$25 million in state aid", "federal
funding") names its giver, no purpose: one row with the other outlets' money pledged (t13aw N5,
round s52-f2: the governor's aid was *money for state aid agree $25 million* beside *money pledged*
$2.5 million vs $25 million). The first case is the reported input; the others are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        (  # the reported input
            [
                "Ngozi MacAuliffe-Brandt declared a state of emergency and promised $25 million in state aid.",
                "Governor Ngozi MacAuliffe-Brandt said in a statement that the state would release $2.5 "
                "million in emergency funds.",
                "Rebuild with what? The governor has promised $25 million.",
            ],
            {25e6, 2.5e6},
        ),
        (
            [
                "The minister pledged €40 million in federal funding after the floods.",
                "The government has promised €45 million to the flooded towns, officials said.",
            ],
            {40e6, 45e6},
        ),
        (
            [
                "The council promised A$12 million in public money on Monday.",
                "The council has pledged A$15 million, its mayor said.",
            ],
            {12e6, 15e6},
        ),
    ],
)
def test_money_of_a_named_giver_is_money_pledged(texts: list[str], values: set[float]) -> None:
    rows = [f for f in sheet(*texts) if any(v.kind == "money" for v in f.values)]
    assert len(rows) == 1, [(f.label, [v.text for v in f.values]) for f in rows]
    assert {float(v.value) for v in rows[0].values} == values
