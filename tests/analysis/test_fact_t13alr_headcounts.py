"""A head count of one body is one measure however it is worded (t13al-r N6, S8, issue #16):
"employs 5,100 workers", "a workforce of 5,300" and "Nordwagen's 5,100 employees learned …" were
three single rows (staff, workforce, employees learned), a table's "| Nurses | 1,800 |" and "has
1,800 nurses on its books" rows apart from "About 1,650 nurses work at the trust", and "cut 400
jobs from its 5,000 staff" a bare row beside "employs 5,000 people" and "a workforce of 5,000":
the real disagreement (or agreement) never showed. Two bodies' head counts stay apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> list[tuple[str, list[str], bool]]:
    return [(f.label, [value_text(v) for v in f.values], f.agree) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("texts", "values", "agree"),
    [
        # reported (N6/a): a staff verb, a workforce, a possessive with a verb of its own
        (
            (
                "Nordwagen employs 5,100 workers at the plant, the company said.",
                "The plant has a workforce of 5,300, union officials said.",
                "Nordwagen's 5,100 employees learned of the closure on Monday.",
            ),
            ["5,100", "5,300", "5,100"],
            False,
        ),
        # reported (N6/b): "on its books", "work at", a table's row
        (
            (
                "The trust has 1,800 nurses on its books, managers said.",
                "About 1,650 nurses work at the trust's three hospitals.",
                "| Measure | Figure |\n|---|---|\n| Beds | 900 |\n| Nurses | 1,800 |",
            ),
            ["1,800", "about 1,650", "1,800"],
            False,
        ),
        # reported (S8, REG/c): the whole a cut is taken from, "employs", "a workforce of"
        (
            (
                "The operator will cut 400 jobs from its 5,000 staff.",
                "About 600 jobs will go at the operator, which employs 5,000 people.",
                "The operator, with a workforce of 5,000, plans 400 job cuts.",
            ),
            ["5,000", "5,000", "5,000"],
            True,
        ),
        # variants: a firm's name in the possessive, a workforce, "employs … people"
        (
            (
                "Halvorsen Foods has a workforce of 2,400, the union said.",
                "Halvorsen Foods employs 2,600 people at the site.",
                "Halvorsen's 2,400 workers were told of the sale on Friday.",
            ),
            ["2,400", "2,600", "2,400"],
            False,
        ),
        # a job's plural "on its payroll", "work in", a table
        (
            (
                "The district has 1,300 teachers on its payroll.",
                "About 1,150 teachers work in the district's schools.",
                "| Staff | Count |\n|---|---|\n| Schools | 40 |\n| Teachers | 1,300 |",
            ),
            ["1,300", "about 1,150", "1,300"],
            False,
        ),
        # a headcount, "its … employees" a cut is taken from
        (
            (
                "The mill will shed 120 jobs from its 900 employees.",
                "The mill, which employs 900 people, will cut 150 jobs.",
                "The mill has a headcount of 900.",
            ),
            ["900", "900", "900"],
            True,
        ),
    ],
)
def test_one_body_head_count_is_one_row(texts: tuple[str, ...], values: list[str], agree: bool) -> None:
    got = rows(*texts)
    staff = [r for r in got if r[0].startswith("staff")]
    assert len(staff) == 1, got
    assert staff[0][1] == values and staff[0][2] is agree, got


def test_two_bodies_head_counts_stay_apart() -> None:
    got = rows("Rába Works employs 900 people.", "Dunaferr's 1,200 employees learned of the deal on Monday.")
    staff = [r for r in got if r[0].startswith("staff")]
    assert sorted(v for r in staff for v in r[1]) == ["1,200", "900"] and all(len(r[1]) == 1 for r in staff), got
    got = rows("The trust has 1,800 nurses on its books.", "The trust has 240 doctors on its books.")
    assert ("staff (nurses)", ["1,800"], True) in got and ("staff (doctors)", ["240"], True) in got, got


def test_what_befell_a_body_is_no_head_count() -> None:
    # a casualty said of "its 300 workers" stays the casualty, never the staff
    got = rows("Its 300 workers were injured in the blast.", "The factory employs 300 workers.")
    assert ("people injured", ["300"], True) in got and ("staff", ["300"], True) in got, got
