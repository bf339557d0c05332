"""Whose a pay offer is, read over the story (review s44-rv findings 1, 2 and 7; facts/pay_parties.py).
Whom an offer is told to is no party of it ("told reporters the 4.5 per cent offer"), and a union
and the group it speaks for are one party; an offer of no party joins the story's one party's row.
Each kind: the reported input, then two of my own; and two groups' or two unions' offers stay apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """label → (status, [(doc, value as shown)])"""
    return {f.label: (f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # the reported probe (s44-rv p8.py reporters_true_dis): a true disagreement was two rows
        (
            (
                "The union says drivers were offered a 4.2% pay rise.",
                "Union official Dana Okafor told reporters the 4.5 per cent offer was an insult.",
            ),
            "disagree",
        ),
        (
            (
                "Bus drivers were offered a 4.2% pay rise.",
                "The union leader told journalists the 4.2% offer was an insult.",
            ),
            "agree",
        ),
        (("Nurses were offered 3%.", "A spokesman briefed the reporters that the 4% offer was final."), "disagree"),
    ],
)
def test_whom_an_offer_is_told_to_is_no_party(texts: tuple[str, str], status: str) -> None:
    rows = _rows(*texts)
    offered = {label: row for label, row in rows.items() if label.startswith("pay rise offered")}
    # one row, labelled by no listener ("pay rise offered (told reporters)" was the reported label)
    assert list(offered) == ["pay rise offered"], rows
    assert offered["pay rise offered"][0] == status and len(offered["pay rise offered"][1]) == 2, rows


@pytest.mark.parametrize(
    "texts",
    [
        ("The TWU rejected a 4.2% offer.", "Bus drivers have been offered 4.5%."),  # reported (p2.py)
        ("Bus drivers were offered 4.2%.", "Drivers rejected a 4.2% offer.", "The TWU rejected a 4.5% offer."),
        ("Members of the NNU rejected a 3% offer.", "Nurses were offered 4%.", "The nurses' offer of 3% is too low."),
    ],
)
def test_a_union_and_the_group_it_speaks_for_are_one_party(texts: tuple[str, ...]) -> None:
    rows = _rows(*texts)
    offered = [(label, row) for label, row in rows.items() if label.startswith("pay rise offered")]
    assert len(offered) == 1 and offered[0][1][0] == "disagree", rows
    assert offered[0][0] == "pay rise offered" and len(offered[0][1][1]) == len(texts), rows


def test_two_groups_and_their_unions_stay_apart() -> None:
    # each union named with its group in one sentence of the story: two parties, each row of its own
    first = "The teachers' pay offer of 3.5% is too low, the NEU said. The nurses' offer of 4% was rejected by the NNU."
    rows = _rows(first, "The NEU rejected a 5% offer. The NNU rejected a 4% offer.")
    assert rows["pay rise offered (teachers)"] == ("disagree", [("a", "3.5%"), ("b", "5%")]), rows
    assert rows["pay rise offered (nurses)"] == ("agree", [("a", "4%"), ("b", "4%")]), rows


def test_a_group_asking_for_a_rise_is_its_party() -> None:
    # "asked" tells whom a question is put to ("asked reporters"), but "asked for" is a demand
    rows = _rows("Nurses asked for a 7% pay rise. Teachers want 8%.", "Nurses want 6%. Teachers want 8%.")
    assert rows["pay rise demanded (nurses)"] == ("disagree", [("a", "7%"), ("b", "6%")]), rows
