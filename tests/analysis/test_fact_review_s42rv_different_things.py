"""Figures of different things are never one row that disagrees, and the values of one thing meet
in one row (review s42-rv findings 7, 8 and 11; tester t13aj N2 and N3). Each kind: the reported
input, then two of my own.

- A pay rise offered and a pay rise demanded are two measures in percent as in money (the same
  role reading: money_roles.percent_offer_or_demand); a raised offer is the offer's later value.
- A party's seats are that party's row; the size of a body and the seats a majority needs are rows
  of their own (votes.seat_measure).
- An amount of the average one of many ("the average Band D bill", "for the average household")
  is per that unit (words.average_unit), never compared with a body's total; a body's budget is
  a measure of its own (money_roles._a_budget), never set against what it spends on one service."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """label → (status, [(doc, value as shown)])"""
    return {f.label: (f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)}


def _disagreeing(rows: dict[str, tuple[str, list[tuple[str, str]]]]) -> list[str]:
    return [label for label, (status, _) in rows.items() if status == "disagree"]


@pytest.mark.parametrize(
    ("texts", "offered", "demanded"),
    [
        (
            # t13aj N2/N3: the Gazette's demand (8%) beside the wires' 9%, one offer of 4.5%
            (
                "The union is demanding a wage increase of 8% over two years; the employers have offered 4.5%.",
                "The union wants a 9 percent pay rise over two years. Employers have offered 4.5 percent.",
                "The union is seeking a pay rise of 9 percent over two years, in line with inflation.",
                "The union said its members would stay out until the employers improved their offer of 4.5 percent.",
            ),
            ("agree", ["a", "b", "d"]),
            ("disagree", ["a", "b", "c"]),
        ),
        (
            # s42-rv finding 7: a raised offer is the offer's later value, in the offer's row
            (
                "The employers offered a pay rise of 3.5%, far below the 8% the unions have demanded.",
                "The unions want an 8 per cent pay rise. Employers have offered 3.5 per cent.",
                "The employers raised their offer to a 5% pay rise on Wednesday. The unions had demanded 8%.",
            ),
            ("disagree", ["a", "b", "c"]),
            ("agree", ["a", "b", "c"]),
        ),
        (
            (
                "Nurses are seeking a 12% pay rise. The health board has offered 6%.",
                "The board's offer of 6 per cent was rejected; the nurses' union has demanded 10 per cent.",
            ),
            ("agree", ["a", "b"]),
            ("disagree", ["a", "b"]),
        ),
    ],
)
def test_a_percent_offered_and_a_percent_demanded_are_two_rows(
    texts: tuple[str, ...], offered: tuple[str, list[str]], demanded: tuple[str, list[str]]
) -> None:
    rows = _rows(*texts)
    for label, (status, docs) in (("pay rise offered", offered), ("pay rise demanded", demanded)):
        assert label in rows, rows
        assert rows[label][0] == status, (label, rows)
        assert sorted({doc for doc, _ in rows[label][1]}) == docs, (label, rows)
    # the offer's and the demand's values never meet in any row
    offers = {v for _, v in rows["pay rise offered"][1]}
    demands = {v for _, v in rows["pay rise demanded"][1]}
    assert not [
        label
        for label, (_, values) in rows.items()
        if {v for _, v in values} & offers and {v for _, v in values} & demands
    ], rows


def test_a_percent_another_noun_stands_before_is_no_demand() -> None:
    # "wants inflation at 2%": the bank wants a level of inflation, demands no rise of 2%
    rows = _rows("The central bank wants inflation at 2% by next year.", "The union wants a 2% rise.")
    assert [d for d, _ in rows.get("pay rise demanded", ("", []))[1]] == ["b"], rows


@pytest.mark.parametrize(
    ("texts", "won", "total", "majority"),
    [
        (
            (
                "Labour won 26 of the 57 seats.",
                "Labour took 26 seats, three short of a majority in the 57-seat council.",
            ),
            ("agree", [("a", "26"), ("b", "26")]),
            [("a", "57")],
            [],
        ),
        (
            ("Labour won 26 seats, the commission said.", "Labour fell short of the 29 seats needed for a majority."),
            ("single source", [("a", "26")]),
            [],
            [("b", "29")],
        ),
        (
            ("The Greens won 4 of the 40 seats on the council.", "The council has 40 seats. The Greens won 4 seats."),
            ("agree", [("a", "4"), ("b", "4")]),
            [("a", "40"), ("b", "40")],
            [],
        ),
    ],
)
def test_a_partys_seats_the_bodys_size_and_a_majority_are_rows_apart(
    texts: tuple[str, str],
    won: tuple[str, list[tuple[str, str]]],
    total: list[tuple[str, str]],
    majority: list[tuple[str, str]],
) -> None:
    rows = _rows(*texts)
    # no row sets a party's seats against the body's size or a majority's seats
    apart = {v for _, v in total + majority}
    assert not [
        label
        for label, (_, values) in rows.items()
        if {v for _, v in values} & apart and {v for _, v in won[1]} & {v for _, v in values}
    ], rows
    seats = [(s, v) for label, (s, v) in rows.items() if label.startswith("seats won")]
    assert seats == [won], rows
    assert rows.get("seats in total", ("", []))[1] == total, rows
    assert rows.get("seats needed for a majority", ("", []))[1] == majority, rows


@pytest.mark.parametrize(
    ("texts", "unit_label", "unit_values"),
    [
        (
            (
                "The council approved a £620m budget for 2026/27.",
                "The average Band D bill will rise by £89 a year to £1,872, the council said.",
            ),
            "average bill",
            [("b", "£1,872")],
        ),
        (
            (
                "The council approved a £620m budget.",
                "The average bill will be £1,872, the council said.",
                "The average Band D bill will rise to £1,900.",
            ),
            "average bill",
            [("b", "£1,872"), ("c", "£1,900")],
        ),
        (
            (
                "The council approved a £620m budget for 2026/27.",
                "Bills will rise to £1,872 for the average Band D household, the council said.",
            ),
            "cost per household",
            [("b", "£1,872")],
        ),
    ],
)
def test_a_bodys_total_and_one_units_amount_are_rows_apart(
    texts: tuple[str, ...], unit_label: str, unit_values: list[tuple[str, str]]
) -> None:
    rows = _rows(*texts)
    assert rows.get(unit_label, ("", []))[1] == unit_values, rows
    assert not [label for label, (_, values) in rows.items() if ("a", "£620 million") in values and len(values) > 1], (
        rows
    )
    if len(unit_values) > 1:
        # two outlets' values of one unit's amount are still one row, compared
        assert rows[unit_label][0] == "disagree", rows
    else:
        assert _disagreeing(rows) == [], rows


def test_a_bodys_budget_is_its_own_row_apart_from_what_it_spends() -> None:
    # s42-rv corpus "budget": with the bill apart, the £280m spent on one service was set against
    # the £620m budget; a budget is a measure of its own, and two outlets' budgets compared
    rows = _rows(
        "Leeds City Council has approved a £620m budget for 2026/27.",
        "Councillors approved the authority's £620 million budget for the 2026/27 financial year.",
        "Leeds will spend £280m on adult social care in 2026/27, about 45% of its budget. The council's budget"
        " is £640m, its leader said.",
    )
    assert rows.get("budget") == ("disagree", [("a", "£620 million"), ("b", "£620 million"), ("c", "£640 million")]), (
        rows
    )
    assert not [label for label, (_, values) in rows.items() if ("c", "£280 million") in values and len(values) > 1], (
        rows
    )
