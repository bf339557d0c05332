"""A pay offer or demand is its group's (review s43-rv finding 1): the group of workers offered or
demanding, or the union named with it (facts/pay_parties.py). Two groups' offers are two rows that
each agree, never one that disagrees; a percentage a wanting verb governs ("deserve 7%") is a
demand even before "after being offered". Each kind: the reported input, then two of my own; and
one group's offers that differ still disagree."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """label → (status, [(doc, value as shown)])"""
    return {f.label: (f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            # the reported corpus's sentences (review s43-rv, corpus "strike"): the NEU's 3.5% and
            # 8%, the NNU's 4% and 7%; a third outlet names the teachers' offer and the NEU
            (
                "The National Education Union (NEU) says the council's offer of a 3.5% pay rise is too "
                "low and is demanding 8%. The National Nurses Union (NNU) rejected a 4% offer from the "
                "hospital trust and wants 7%.",
                "Members of the NEU have been offered 3.5% but want 8%, while the NNU says its members "
                "deserve 7% after being offered 4%.",
                "The teachers' pay offer of 3.5% compares with inflation of 4.1%, the NEU said.",
            ),
            {"3.5%": "agree", "4%": "agree", "8%": "agree", "7%": "agree"},
        ),
        (
            (
                "Teachers have been offered a 3.5% pay rise. Nurses rejected a 4% offer from the hospital trust.",
                "Teachers were offered 3.5%.",
                "The nurses were offered 4%.",
            ),
            {"3.5%": "agree", "4%": "agree"},
        ),
        (
            (
                "The teachers' union is demanding 8%. The nurses' union wants 7%.",
                "Teachers want 8% and nurses want 7%.",
            ),
            {"8%": "agree", "7%": "agree"},
        ),
    ],
)
def test_two_groups_offers_and_demands_are_rows_of_their_own(texts: tuple[str, ...], expected: dict[str, str]) -> None:
    rows = _rows(*texts)
    for value, status in expected.items():
        # each value in a row of its own, with no other group's value, and in agreement
        holding = [(label, st, vals) for label, (st, vals) in rows.items() if any(v == value for _, v in vals)]
        assert len(holding) == 1, (value, rows)
        label, st, vals = holding[0]
        assert label.startswith("pay rise"), (value, rows)
        assert {v for _, v in vals} == {value} and st == status, (value, rows)


@pytest.mark.parametrize(
    ("texts", "demand"),
    [
        (
            (
                "The union says its members deserve 7% after being offered 4%.",
                "The union wants 7%. Members were offered 4%.",
            ),
            "7%",
        ),
        (("Nurses deserve 7% after being offered 4%, the union said.", "Nurses want 7%. They were offered 4%."), "7%"),
        (
            ("Doctors say they deserve a 9% rise after being offered 5%.", "Doctors want 9%. They were offered 5%."),
            "9%",
        ),
    ],
)
def test_a_percentage_deserved_is_a_demand_after_being_offered(texts: tuple[str, str], demand: str) -> None:
    rows = _rows(*texts)
    demanded = {(d, v) for label, (_, vals) in rows.items() if label.startswith("pay rise demanded") for d, v in vals}
    offered = {v for label, (_, vals) in rows.items() if label.startswith("pay rise offered") for _, v in vals}
    assert {("a", demand), ("b", demand)} <= demanded and demand not in offered, rows


def test_one_groups_different_offers_still_disagree() -> None:
    rows = _rows(
        "Teachers have been offered a 3.5% pay rise. Nurses rejected a 4% offer.",
        "Teachers were offered 5%. The nurses were offered 4%.",
    )
    teachers = [(st, vals) for label, (st, vals) in rows.items() if any(v == "3.5%" for _, v in vals)]
    assert teachers == [("disagree", [("a", "3.5%"), ("b", "5%")])], rows
