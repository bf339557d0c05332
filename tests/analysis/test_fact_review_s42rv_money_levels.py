"""A sum after "cut/reduce/raise … to" is its object's new level, and a household's savings are
no cut (issue #16, review s42-rv finding 5, round s42-z1). Each test: the reviewer's input first,
then two variants of my own.

Before: "The council cut its budget to £620m" was £620m "money cut or saved" and disagreed with
"will cut £58m from services"; "lost life savings of £40,000" was money cut, split from "The fraud
cost each victim £40,000"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council cut its budget to £620m for next year.", "The council will cut £58m from services next year."),
        ("The airline cut its fare to £49.", "The airline cut £10 from its fare."),
        ("The council cuts its grant to £5m this year.", "The council will cut £2m from the grant."),
    ],
)
def test_a_sum_cut_to_is_a_level_never_the_sum_cut(a: str, b: str) -> None:
    rows = sheet(a, b)
    assert all(f.status != "disagree" for f in rows)
    cut = [f for f in rows if f.label == "money cut or saved"]
    assert [v.doc for f in cut for v in f.values] == ["b"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pensioners lost life savings of £40,000 each in the fraud.", "The fraud cost each victim £40,000."),
        ("Savers lost their savings of £12,000 in the collapse.", "The collapse cost each saver £12,000."),
    ],
)
def test_savings_held_are_no_cut(a: str, b: str) -> None:
    rows = sheet(a, b)
    assert len(rows) == 1 and rows[0].status == "agree"
    assert rows[0].label != "money cut or saved"


@pytest.mark.parametrize(
    "a",
    [
        "The council must make savings of £58m.",  # savings made: a cut, as before
        "The council cut its budget by £58m.",  # the change a cut makes: the sum cut
    ],
)
def test_savings_made_and_a_cut_by_stay_cuts(a: str) -> None:
    rows = sheet(a, "The council will cut £58m from services.")
    assert [(f.label, f.status) for f in rows] == [("money cut or saved", "agree")]
