"""One article's earlier and current pay offers (#16, t13ak-r S4): "…the union rejected a 4% pay
offer. The employers had earlier offered 3%." read as the offer falling from 4% to 3% within one
article at one time. A value whose clause says it came earlier ("had earlier offered", "had
previously offered") is its article's first said value, carried by the later one, even where the
later one names the side it was made to and the earlier names none. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def offers(facts: list[Fact]) -> list[tuple[bool, list[tuple[str, float, list[float]]]]]:
    return [
        (f.agree, sorted((v.doc, float(v.value), [float(e.value) for e in v.earlier]) for v in f.values))
        for f in facts
        if any(v.measure.startswith("pay offered") for v in f.values)
    ]


@pytest.mark.parametrize(
    ("texts", "current", "first"),
    [
        # reported (t13ak-r variants/R1 a, b)
        (
            [
                "About 3,000 nurses walked out on Monday after the Velmar Nurses Union (VNU) rejected a 4% pay offer."
                " The employers had earlier offered 3%.",
                "Some 3,000 nurses went on strike on Monday, rejecting a 4 per cent pay offer, the VNU said.",
            ],
            4.0,
            3.0,
        ),
        # variants: "had previously offered", "had originally offered"
        (
            [
                "Bus drivers rejected a 6% pay offer on Monday. The company had previously offered 5%.",
                "The drivers turned down a 6% pay offer, the union said.",
            ],
            6.0,
            5.0,
        ),
        (
            [
                "Dock workers rejected a 7% pay offer from the port. The port had originally offered 5 per cent.",
                "Dockers rejected a 7 per cent pay offer.",
            ],
            7.0,
            5.0,
        ),
    ],
)
def test_earlier_offer_is_first_said(texts: list[str], current: float, first: float) -> None:
    found = offers(sheet(*texts))
    assert found == [(True, [("a", current, [first]), ("b", current, [])])], found


def test_two_groups_offers_stay_apart() -> None:
    """No false disagreement: an earlier offer to another group is that group's."""
    found = offers(sheet("Teachers were offered 3.5%. Nurses had earlier been offered 4%."))
    assert sorted(vals for _agree, vals in found) == [[("a", 3.5, [])], [("a", 4.0, [])]], found
