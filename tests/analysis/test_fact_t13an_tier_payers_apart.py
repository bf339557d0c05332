"""A national body's sum and a province's are two payers' sums (t13an N2): "The Department of Social
Welfare and Development said it had released ₱1.5 million in food packs" and "Governor … tells
reporters the province will release ₱5 million in emergency funds" were one row, "money pledged (the
government) DISAGREE 1.5 million → 5 million". A tier's unit as the payer ("the province", "the
county", "the district") is that tier's government, and its sum is never set against the coarse
donor's other sum; the same value stays one row. The texts are cut down from the tester's corpus or
invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "national", "tier"),
    [
        # reported (t13an N2: dzrb-broadcast.htm, liveblog-channel5.txt, opinion-harbour-watch.txt)
        (
            (
                "The Department of Social Welfare and Development said it had released ₱1.5 million in food packs"
                " and cash aid to families in Gasan and Boac.",
                "Governor Ma. Lourdes Cataquiz tells reporters the province will release ₱5 million in emergency"
                " funds.",
                "Governor Cataquiz says the province will spend ₱5 million on emergency aid.",
            ),
            1.5e6,
            5e6,
        ),
        # variants: a ministry and a county; a national agency's "government" and a district
        (
            (
                "The Ministry of Health has released $2 million in emergency aid.",
                "Governor Ann Reyes said the county would release $500,000 in relief funds.",
            ),
            2e6,
            5e5,
        ),
        (
            (
                "The national disaster agency said the government had released 40 million rupees for relief.",
                "State minister Meena Rao said the district would release 5 million rupees in aid.",
            ),
            4e7,
            5e6,
        ),
    ],
)
def test_a_tiers_sum_is_never_in_disagreement_with_the_governments(
    texts: tuple[str, ...], national: float, tier: float
) -> None:
    money = [f for f in sheet(*texts) if any(v.kind == "money" for v in f.values)]
    assert all(f.status != "disagree" for f in money), [(f.label, f.status) for f in money]
    rows = {frozenset(float(v.value) for v in f.values) for f in money}
    assert rows == {frozenset({national}), frozenset({tier})}, rows
