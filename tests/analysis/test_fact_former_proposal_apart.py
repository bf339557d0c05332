"""A proposal's former version and its successor are two facts, never one figure flipping back
(issue #16, round s46-f, S1): "Unions rejected a 3% offer on Monday. Ministers said a fresh offer of
4.5% would be put to members next week", "The union has rejected the 3% pay offer" and "Ministers
will put a 4.5% offer to union members next week" drew one row ``4.5% → 3% → 4.5%`` in
disagreement. A value its clause marks as rejected or as a previous, original or old version is a
row of its own where another article gives the measure another value or says it was superseded;
the rejected offer's row and the new offer's each agree. The reported texts first, then two
variants; a guard keeps two outlets' one rejected offer in one row."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _offers(facts: list[Fact]) -> list[tuple[str, str, list[tuple[str, float]]]]:
    return sorted(
        (f.label, f.status, sorted((v.doc, float(v.value)) for v in f.values))
        for f in facts
        if any(v.measure.startswith("pay offered") for v in f.values)
    )


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            (
                "Unions rejected a 3% offer on Monday. Ministers said a fresh offer of 4.5% would be put to members "
                "next week.",
                "The union has rejected the 3% pay offer.",
                "Ministers will put a 4.5% offer to union members next week.",
            ),
            [
                ("pay rise offered", "agree", [("a", 4.5), ("c", 4.5)]),
                ("pay rise offered (rejected)", "agree", [("a", 3.0), ("b", 3.0)]),
            ],
        ),
        (
            (
                "Teachers turned down a 5% pay offer in May. The council has since offered 6.5%.",
                "Teachers refused the 5% pay offer.",
                "The council offered 6.5% on Friday.",
            ),
            [
                ("pay rise offered", "agree", [("a", 6.5), ("c", 6.5)]),
                ("pay rise offered (rejected)", "agree", [("a", 5.0), ("b", 5.0)]),
            ],
        ),
        (
            (
                "The union rejected a 2% offer from the airline.",
                "The airline made a new offer of 3.5% on Tuesday.",
                "Pilots are still angry about the previous 2% offer, union officials said.",
            ),
            [
                ("pay rise offered", "single source", [("b", 3.5)]),
                ("pay rise offered (earlier)", "agree", [("a", 2.0), ("c", 2.0)]),
            ],
        ),
    ],
    ids=["reported", "turned-down-refused", "previous-no-article-gives-both"],
)
def test_former_proposal_is_a_row_of_its_own(texts: tuple[str, ...], expected: list[object]) -> None:
    assert _offers(sheet(*texts)) == expected


def test_one_rejected_offer_of_two_outlets_stays_one_row() -> None:
    # (a guard: no other value of the offer, so nothing to tell the rejected one apart from)
    found = _offers(
        sheet(
            "Nurses voted to strike after rejecting a 3% pay offer.",
            "Some 3,000 nurses went on strike on Monday, rejecting a 3 per cent pay offer.",
        )
    )
    assert found == [("pay rise offered", "agree", [("a", 3.0), ("b", 3.0)])]
